#!/usr/bin/env bash
# newsfold fold: options, exit statuses, formats. $1 is the binary.
set -uo pipefail
bin=$1
ex=examples/syria-coast-2025-03
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }

"$bin" fold --help > "$tmp/help"; rc=$?
check "help exits 0 and documents --format" '[ $rc = 0 ] && grep -q -- "--format" "$tmp/help"'
"$bin" fold > /dev/null 2>&1; rc=$?
check "no input is a usage error" '[ $rc = 2 ]'
"$bin" fold -f pdf "$ex" > /dev/null 2>&1; rc=$?
check "unknown format is a usage error" '[ $rc = 2 ]'
"$bin" fold --stories sometimes "$ex" > /dev/null 2>&1; rc=$?
check "unknown --stories is a usage error" '[ $rc = 2 ]'

"$bin" fold "$ex"/*.txt > "$tmp/a.json"; rc=$?
check "fold of the example exits 0" '[ $rc = 0 ]'
check "JSON parses, has a version and one story of five reports" \
  'python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d[\"version\"]; assert len(d[\"stories\"])==1; assert len(d[\"stories\"][0][\"reports\"])==5" "$tmp/a.json"'
"$bin" fold -f jsonl "$ex"/*.txt > "$tmp/a.jsonl"
check "jsonl is one line that parses" '[ "$(wc -l < "$tmp/a.jsonl")" = 1 ] && python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$tmp/a.jsonl"'
"$bin" fold -f md -o "$tmp/a.md" "$ex"/*.txt; rc=$?
check "-o writes the Markdown brief" '[ $rc = 0 ] && head -1 "$tmp/a.md" | grep -q "^# "'
"$bin" fold -f html "$ex"/*.txt > "$tmp/a.html"
check "HTML is one page with no script" 'grep -q "<!DOCTYPE html>" "$tmp/a.html" && ! grep -qi "<script" "$tmp/a.html"'
check "HTML makes no request (no src= and no url())" '! grep -qiE "(src=|url\()" "$tmp/a.html"'

# The story is named by its earliest published report, not by the first
# in input order nor by the lowest id.
python3 -c "
import json, sys
a, b = (open(f, encoding='utf-8').read() for f in sys.argv[1:3])
z = {'id': 'z-first', 'title': 'First headline', 'date': '2025-03-07', 'text': a}
y = {'id': 'a-later', 'title': 'Later headline', 'date': '2025-03-10', 'text': b}
for name, rs in (('fwd', (z, y)), ('rev', (y, z))):
    with open(sys.argv[3] + '/' + name + '.jsonl', 'w') as f:
        for r in rs: f.write(json.dumps(r) + '\\n')
" "$ex"/000_*.txt "$ex"/001_*.txt "$tmp"
"$bin" fold "$tmp/fwd.jsonl" > "$tmp/fwd.json"
"$bin" fold "$tmp/rev.jsonl" > "$tmp/rev.json"
check "the story's title is its earliest report's headline, in either order" \
  'python3 -c "
import json, sys
for f in sys.argv[1:3]:
    st = json.load(open(f))[\"stories\"]
    assert len(st) == 1 and st[0][\"title\"] == \"First headline\", st[0][\"title\"]
" "$tmp/fwd.json" "$tmp/rev.json"'

# Each input a story of its own.
mkdir -p "$tmp/s1" "$tmp/s2"
cp "$ex"/000_*.txt "$ex"/001_*.txt "$tmp/s1/"; cp "$ex"/004_*.txt "$tmp/s2/"
"$bin" fold --stories input "$tmp/s1" "$tmp/s2" > "$tmp/b.json"
check "--stories input: one story per input" \
  'python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert [len(s[\"reports\"]) for s in d[\"stories\"]]==[2,1]" "$tmp/b.json"'
# Records of one JSON Lines input are one story with --stories input.
python3 -c "
import json
for i in range(3): print(json.dumps({'id': 'r%d' % i, 'title': 'Storm hits town %d' % i, 'text': 'Two people were killed when a storm hit the town on Monday, officials said.'}))
" > "$tmp/three.jsonl"
"$bin" fold --stories input "$tmp/three.jsonl" > "$tmp/d.json"
check "--stories input: the records of one JSON Lines input are one story" \
  'python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert [len(s[\"reports\"]) for s in d[\"stories\"]]==[3]" "$tmp/d.json"'
# A missing input is reported and the rest is folded.
"$bin" fold "$ex"/000_*.txt "$tmp/missing.txt" > "$tmp/c.json" 2> "$tmp/c.err"; rc=$?
check "a missing input: exit 1, message, the rest folded" \
  '[ $rc = 1 ] && grep -q missing "$tmp/c.err" && python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert len(d[\"stories\"][0][\"reports\"])==1" "$tmp/c.json"'
exit $fail
