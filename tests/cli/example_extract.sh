#!/usr/bin/env bash
# The example's extraction gold: run `newsfold extract` on the five reports
# of syria-coast-2025-03 (in one run, as a user would) and check each
# against gold/articles.json: every body paragraph is a paragraph of the
# extracted text, no residue line appears anywhere in it, and title,
# byline and published match exactly.
#   example_extract.sh NEWSFOLD
set -euo pipefail
bin=$1
dir=examples/syria-coast-2025-03
[ -f "$dir/gold/articles.json" ] || dir=../shared/examples/syria-coast-2025-03
[ -f "$dir/gold/articles.json" ] || { echo "example not found"; exit 1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$bin" extract "$dir"/*.txt > "$out"
python3 - "$dir/gold/articles.json" "$out" <<'PY'
import json, os, sys
gold = json.load(open(sys.argv[1]))
got = {}
for line in open(sys.argv[2], encoding="utf-8"):
    o = json.loads(line)
    got[os.path.basename(o["source"])] = o
fails = 0
def fail(name, msg):
    global fails
    fails += 1
    print(f"FAIL {name}: {msg}")
for name, g in sorted(gold.items()):
    o = got.get(name)
    if o is None:
        fail(name, "no output"); continue
    text = o.get("text") or ""
    paras = set(text.split("\n\n"))
    for p in g["body_paragraphs"]:
        if p.strip() not in paras:
            fail(name, f"body paragraph missing: {p[:70]!r}")
    for r in g["residue_lines"]:
        if r in text:
            fail(name, f"residue kept: {r[:70]!r}")
    for field in ("title", "byline", "published"):
        if o.get(field) != g[field]:
            fail(name, f"{field} is {o.get(field)!r}, gold {g[field]!r}")
print(f"example_extract: {len(gold)} reports, {fails} failures")
sys.exit(1 if fails else 0)
PY
