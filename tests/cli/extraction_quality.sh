#!/usr/bin/env bash
# Extraction quality on the ScrapingHub benchmark (181 real pages, in
# ../shared): the F1 of `newsfold extract` must stay at or above 0.95
# (trafilatura 2.0 scores 0.958; see docs/benchmarks.md for ours). Skipped
# when the data or the scorer is not there.
set -uo pipefail
bin=$1
data=../shared/data/extraction/scrapinghub
scorer=../shared/tools/eval-extraction
min=0.95
if [ ! -d "$data/html" ] || [ ! -x "$scorer" ]; then
  echo "extraction_quality: $data or $scorer not found; skipped"
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$bin" extract -q "$data"/html/*.html.gz > "$out/pred.jsonl"
rc=$?
if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
  echo "FAIL: newsfold extract exited with $rc"; exit 1
fi
"$scorer" --gt "$data" --n-bootstrap 0 --allow-extra --missing empty \
  --json "$out/score.json" "$out/pred.jsonl" > /dev/null || { echo "FAIL: the scorer failed"; exit 1; }
python3 - "$out/score.json" "$min" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
# One prediction file: its metrics are the only entry (or the top level).
m = d
if isinstance(d, dict) and 'f1' not in d:
    m = next(v for v in d.values() if isinstance(v, dict) and 'f1' in v)
f1, p, r = m['f1'], m['precision'], m['recall']
print(f"extraction_quality: F1 {f1:.3f} (precision {p:.3f}, recall {r:.3f}); minimum {float(sys.argv[2]):.2f}")
sys.exit(0 if f1 >= float(sys.argv[2]) else 1)
PY
