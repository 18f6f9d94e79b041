#!/usr/bin/env bash
# Extraction speed: bench_extract (one thread, pages in memory), then the
# whole `newsfold extract` process over the gzipped pages (reading,
# decompressing, JSON Lines out) with one worker thread, five times each;
# medians of CPU time (user + system: the machine is shared, wall time
# counts other processes' turns), pages/s, MB/s and peak RSS. Record
# results in docs/benchmarks.md.
set -uo pipefail
build=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
html=$root/../shared/data/extraction/scrapinghub/html
if [ ! -d "$html" ]; then echo "bench_extract: $html not found; skipped"; exit 0; fi
"$build/bench/bench_extract" -r 5 "$html" || exit 1
n=$(ls "$html"/*.html.gz | wc -l)
mb=$(zcat "$html"/*.html.gz | wc -c)
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for i in 1 2 3 4 5; do
  /usr/bin/time -f '%U %S %e %M' -a -o "$tmp" \
    "$build/newsfold" extract -q -j1 -o /dev/null "$html"/*.html.gz || true
done
python3 - "$tmp" "$n" "$mb" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip() and l[0].isdigit()]
n, size = int(sys.argv[2]), int(sys.argv[3]) / 1e6
cpu = statistics.median(float(u) + float(s) for u, s, _, _ in rows)
wall = statistics.median(float(e) for _, _, e, _ in rows)
rss = statistics.median(int(m) for *_, m in rows) / 1024
print(f"newsfold extract -j1 (whole process, {n} gzipped pages, {size:.1f} MB of HTML), "
      f"medians of {len(rows)}: CPU {cpu:.3f} s = {n / cpu:.0f} pages/s, {size / cpu:.1f} MB/s; "
      f"wall {wall:.3f} s; peak RSS {rss:.1f} MB")
PY
