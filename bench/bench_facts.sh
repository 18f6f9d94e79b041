#!/usr/bin/env bash
# make bench: speed of the facts stage (MB/s of article text, one core).
# Runs bench_facts from the release build; the median is what to quote.
set -uo pipefail
build=${1:-build}
bin=$build/bench/bench_facts
[ -x "$bin" ] || { echo "bench_facts: $bin not built (make release)"; exit 1; }
nice "$bin" "${RUNS:-7}"
