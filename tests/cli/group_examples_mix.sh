#!/usr/bin/env bash
# The five example reports form exactly one story when mixed with the 181
# pages of the scrapinghub extraction benchmark (as HTML, through
# extraction, and as their ground-truth bodies), and no page joins it.
set -uo pipefail
bin=$1
shared=${NF_SHARED_DIR:-../shared}
pages=$shared/data/extraction/scrapinghub
if [ ! -d "$pages/html" ]; then
  echo "skip: $pages/html not found"
  exit 0
fi
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
one_story_of_five() {
  python3 - "$1" <<'PY'
import json, sys
stories = json.load(open(sys.argv[1]))["stories"]
ex = [s for s in stories if any("syria-coast" in a for a in s["articles"])]
ok = (len(ex) == 1 and len(ex[0]["articles"]) == 5
      and all("syria-coast" in a for a in ex[0]["articles"]))
if not ok:
    print([s["articles"] for s in ex])
sys.exit(0 if ok else 1)
PY
}
"$bin" group -q examples/syria-coast-2025-03/*.txt "$pages/html" > "$tmp/html.json"
if one_story_of_five "$tmp/html.json"; then
  echo "ok   the five examples are one story among the 181 HTML pages, alone"
else
  echo "FAIL the five examples among the 181 HTML pages"; fail=1
fi
if [ -f "$pages/ground-truth.json" ]; then
  python3 - "$pages/ground-truth.json" > "$tmp/pages.jsonl" <<'PY'
import json, sys
for k, v in json.load(open(sys.argv[1], encoding="utf-8")).items():
    print(json.dumps({"id": "page-" + k, "url": v.get("url"), "text": v["articleBody"]}))
PY
  "$bin" group -q examples/syria-coast-2025-03/*.txt "$tmp/pages.jsonl" > "$tmp/bodies.json"
  if one_story_of_five "$tmp/bodies.json"; then
    echo "ok   the five examples are one story among the 181 page bodies, alone"
  else
    echo "FAIL the five examples among the 181 page bodies"; fail=1
  fi
fi
exit $fail
