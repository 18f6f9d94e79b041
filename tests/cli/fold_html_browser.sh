#!/usr/bin/env bash
# The HTML report of the example opens in headless Chromium with no network
# and no console error, with its charts and source links
# (tests/browser/html_report.mjs). Skips, saying why, only where Chromium or
# playwright-core cannot be had. $1 is the binary. NF_SHOT=FILE keeps the
# screenshot.
set -uo pipefail
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! command -v node > /dev/null; then echo "SKIP: node is not installed (tools/install-deps)"; exit 0; fi
if [ ! -d tests/browser/node_modules/playwright-core ]; then
  (cd tests/browser && npm install --no-audit --no-fund --silent > /dev/null 2>&1) ||
    { echo "SKIP: playwright-core cannot be installed (cd tests/browser && npm install)"; exit 0; }
fi
"$bin" fold -f html -o "$tmp/report.html" examples/syria-coast-2025-03/*.txt || { echo "FAIL fold exited $?"; exit 1; }
shot=${NF_SHOT:-$tmp/report.png}
node tests/browser/html_report.mjs "$tmp/report.html" "$shot"
rc=$?
if [ $rc = 77 ]; then exit 0; fi   # the script said SKIP and why
exit $rc
