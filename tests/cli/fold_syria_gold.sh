#!/usr/bin/env bash
# The fold of the five example reports states what gold/account.json says,
# checked on the JSON (tests/golden/fold/check_syria.py). $1 is the binary.
set -uo pipefail
bin=$1
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$bin" fold examples/syria-coast-2025-03/*.txt > "$out" || { echo "FAIL fold exited $?"; exit 1; }
python3 tests/golden/fold/check_syria.py "$out"
