#!/usr/bin/env bash
# Grouping throughput and memory on one core: 100,000 and 1,000,000 reports
# made from the real texts of ../shared/data/stories and the scrapinghub
# pages' ground-truth bodies, each repeated with perturbations.
#   bench_group.sh BUILD_DIR [COUNTS...]   (default counts: 100000 1000000)
set -uo pipefail
build=${1:-build}
shift || true
counts=("$@")
[ "${#counts[@]}" -gt 0 ] || counts=(100000 1000000)
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${NF_SHARED_DIR:-$root/../shared}
bin=$build/bench/bench_group
[ -x "$bin" ] || bin=$build/bench_group
[ -x "$bin" ] || { echo "bench_group: not built in $build"; exit 1; }
[ -d "$shared/data/stories" ] || { echo "skip: no $shared/data/stories"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
inputs=("$shared"/data/stories/*/articles.jsonl)
truth=$shared/data/extraction/scrapinghub/ground-truth.json
if [ -f "$truth" ]; then
  python3 - "$truth" > "$tmp/pages.jsonl" <<'PY'
import json, sys
for k, v in json.load(open(sys.argv[1], encoding="utf-8")).items():
    print(json.dumps({"id": "page-" + k, "url": v.get("url"), "text": v["articleBody"]}))
PY
  inputs+=("$tmp/pages.jsonl")
fi
for n in "${counts[@]}"; do
  echo "-- $n reports"
  taskset -c 0 nice "$bin" "$n" "${inputs[@]}" 2>&1 || exit 1
done
