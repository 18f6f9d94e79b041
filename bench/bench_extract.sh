#!/usr/bin/env bash
# Extraction speed: bench_extract (one thread, pages in memory), then the
# whole `newsfold extract` process over the gzipped pages (default
# threads), five times each; medians. Record results in docs/benchmarks.md.
set -uo pipefail
build=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
html=$root/../shared/data/extraction/scrapinghub/html
if [ ! -d "$html" ]; then echo "bench_extract: $html not found; skipped"; exit 0; fi
"$build/bench/bench_extract" -r 7 "$html" || exit 1
n=$(ls "$html"/*.html.gz | wc -l)
times=()
for i in 1 2 3 4 5; do
  s=$(date +%s.%N)
  "$build/newsfold" extract -q "$html"/*.html.gz > /dev/null || true
  e=$(date +%s.%N)
  times+=("$(echo "$e - $s" | bc -l)")
done
med=$(printf '%s\n' "${times[@]}" | sort -g | sed -n 3p)
printf 'newsfold extract (whole process, %d gzipped pages): median %.3f s, %.0f pages/s\n' \
  "$n" "$med" "$(echo "$n / $med" | bc -l)"
