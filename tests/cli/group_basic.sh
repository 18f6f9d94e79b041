#!/usr/bin/env bash
# newsfold group: options, exit statuses, and the five example reports
# forming one story.
set -uo pipefail
bin=$1
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$bin" group --help > "$tmp/help"; rc=$?
check "--help exits 0" '[ $rc = 0 ] && grep -q "usage: newsfold group" "$tmp/help"'
"$bin" group > /dev/null 2>&1; rc=$?
check "no input exits 2" '[ $rc = 2 ]'
"$bin" group --format xml examples/syria-coast-2025-03 > /dev/null 2>&1; rc=$?
check "bad format exits 2" '[ $rc = 2 ]'
"$bin" group /nonexistent/file.txt > "$tmp/out" 2> "$tmp/err"; rc=$?
check "missing input exits 1" '[ $rc = 1 ] && [ -s "$tmp/err" ]'

"$bin" group -j 2 examples/syria-coast-2025-03/*.txt > "$tmp/out"; rc=$?
check "examples exit 0" '[ $rc = 0 ]'
check "examples form one story of five" \
  'python3 -c "import json,sys; s=json.load(open(sys.argv[1]))[\"stories\"]; sys.exit(0 if len(s)==1 and len(s[0][\"articles\"])==5 else 1)" "$tmp/out"'
"$bin" group -f jsonl -j 1 examples/syria-coast-2025-03/*.txt > "$tmp/one"
"$bin" group -f jsonl -j 2 examples/syria-coast-2025-03/*.txt > "$tmp/two"
check "same output with 1 and 2 threads" 'cmp -s "$tmp/one" "$tmp/two"'
check "jsonl is one story per line" '[ "$(wc -l < "$tmp/one")" = 1 ]'
"$bin" group -o "$tmp/file.json" examples/syria-coast-2025-03 > "$tmp/stdout"; rc=$?
check "-o writes the file" '[ $rc = 0 ] && [ -s "$tmp/file.json" ] && [ ! -s "$tmp/stdout" ]'
exit $fail
