#!/usr/bin/env bash
# Folding 10,000 reports of many stories: wall time and peak memory of
# `newsfold fold` (extraction, facts, grouping, reconciliation, JSON), as
# medians of repeated runs. The reports are the real collections in
# ../shared/data/stories (3,521 articles), repeated with perturbations
# (new ids, shifted dates, sentence order rotated, numbers changed) to reach
# the count; see docs/benchmarks.md.
#   bench/bench_fold.sh [BUILD_DIR] [REPORTS] [RUNS]
set -euo pipefail
build=${1:-build}
n=${2:-10000}
runs=${3:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
shared="${NF_SHARED:-$here/../shared}/data/stories"
bin="$build/newsfold"
[ -x "$bin" ] || { echo "bench_fold: no $bin (make first)"; exit 1; }
[ -d "$shared" ] || { echo "bench_fold: SKIP: no $shared"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$shared" "$n" > "$tmp/reports.jsonl" <<'PY'
import json, sys, random, re, datetime
root, n = sys.argv[1], int(sys.argv[2])
base = []
for name in ("gva-dev", "ecbplus", "giveme5w1h"):
    with open(f"{root}/{name}/articles.jsonl", encoding="utf-8") as f:
        base += [json.loads(l) for l in f if l.strip()]
rng = random.Random(7)
out = 0
round_ = 0
while out < n:
    for a in base:
        if out >= n:
            break
        b = {k: a.get(k) for k in ("id", "title", "text", "date", "outlet", "url")}
        if round_:
            b["id"] = f"{a['id']}-r{round_}"
            paras = (b["text"] or "").split("\n\n")
            k = round_ % max(1, len(paras))
            paras = paras[k:] + paras[:k]
            b["text"] = re.sub(r"\b(\d+)\b", lambda m: str(int(m.group(1)) + round_), "\n\n".join(paras))
            try:
                d = datetime.date.fromisoformat((b.get("date") or "")[:10])
                b["date"] = (d + datetime.timedelta(days=30 * round_)).isoformat()
            except ValueError:
                pass
        print(json.dumps(b))
        out += 1
    round_ += 1
PY
mb=$(du -m "$tmp/reports.jsonl" | cut -f1)
echo "bench_fold: $n reports ($mb MB of JSON Lines), $runs runs"
times=(); cpus=(); mems=()
for i in $(seq "$runs"); do
  # Exit status 1 only says some records held no article.
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$bin" fold -q "$tmp/reports.jsonl" > "$tmp/out.json" || [ $? = 1 ]
  read -r t u s m < <(tail -1 "$tmp/time")
  c=$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.2f", u + s}')
  times+=("$t"); cpus+=("$c"); mems+=("$m")
  echo "  run $i: ${t}s wall, ${c}s CPU (user+system), peak ${m} KB"
done
stories=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['stories']))" "$tmp/out.json")
med() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "bench_fold: median $(med "${times[@]}") s wall, $(med "${cpus[@]}") s CPU, peak memory median $(med "${mems[@]}") KB, $stories stories, threads $(nproc)"
