#!/usr/bin/env bash
# make bench: run every bench/bench_*.sh with the release build directory.
# Results go to stdout; record them in docs/benchmarks.md.
set -uo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
fail=0
shopt -s nullglob
for s in "$here"/bench_*.sh; do
  echo "== $(basename "$s" .sh)"
  bash "$s" "$build" || fail=1
done
exit $fail
