#!/usr/bin/env bash
# The acceptance test of the facts stage on the first example: figures
# scored by ../shared/tools/eval-facts must reach precision and recall 0.95
# and qualifier, category and attribution agreement 0.9; no number the gold
# lists as not a figure may come out; every relative "Thursday" resolves to
# 2025-03-06; the example's places resolve to Syria or Lebanon; the direct
# quotes have the right speakers.
#
# It runs twice: on the reports as saved (page residue and all, cleaned by
# the extraction stage), and on clean text made from the gold articles
# (title and paragraphs), so that the facts stage is held to the bar even
# while the cleaning is not.
set -uo pipefail
bin=$1
shared=${NF_SHARED_DIR:-../shared}
ex=$shared/examples/syria-coast-2025-03
eval=$shared/tools/eval-facts
if [ ! -d "$ex" ] || [ ! -x "$eval" ]; then
  echo "example_facts: $ex or $eval not found"; exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/clean"
python3 - "$ex/gold/articles.json" "$tmp/clean" <<'PY'
import json, sys, os
arts = json.load(open(sys.argv[1], encoding="utf-8"))
for name, a in arts.items():
    paras = ([a["title"]] if a.get("title") else []) + a.get("optional_paragraphs", []) + a["body_paragraphs"]
    if a.get("published"):
        # plain text has no metadata: the date goes in as a dateline
        y, m, d = a["published"][:10].split("-")
        months = ["January", "February", "March", "April", "May", "June", "July",
                  "August", "September", "October", "November", "December"]
        paras.insert(1, "Published %d %s %s" % (int(d), months[int(m) - 1], y))
    open(os.path.join(sys.argv[2], name), "w", encoding="utf-8").write("\n\n".join(paras) + "\n")
PY
fail=0
check() {  # check LABEL OUTPUT.jsonl STRICT
  local label=$1 out=$2 strict=$3
  local score
  score=$("$eval" "$ex/gold/facts.json" "$out") || { echo "FAIL $label: eval-facts failed"; fail=1; return; }
  echo "$label:"; echo "$score" | sed 's/^/  /'
  python3 - "$ex/gold" "$out" "$label" "$strict" <<'PY' || fail=1
import json, os, re, sys
gold_dir, out, label, strict = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1"
bad = []
docs = [json.loads(l) for l in open(out, encoding="utf-8") if l.strip()]
gold = json.load(open(os.path.join(gold_dir, "facts.json"), encoding="utf-8"))["reports"]
for d in docs:
    gid = os.path.basename(d.get("source") or d.get("id") or "")
    g = gold.get(gid)
    if not g:
        continue
    for f in d["figures"]:
        text = (f.get("text") or "").lower()
        for nf in g.get("not_figures", []):
            if "700 million" in nf.lower() and not strict:
                continue  # page residue, the extraction stage's to drop
            if text and (text in nf.lower() or nf.lower() in text):
                bad.append("%s: not a figure came out: %r" % (gid, f["text"]))
    for dt in d["dates"]:
        if re.fullmatch(r"(on |early |late )?Thursday", dt["text"], re.I) and dt["value"] != "2025-03-06":
            bad.append("%s: %r resolved to %s" % (gid, dt["text"], dt["value"]))
want_places = ["Latakia", "Jableh", "Tartus", "Baniyas", "Tuwaym", "Hmeimim", "Damascus", "Lebanon", "Syria"]
seen = {}
for d in docs:
    for p in d["places"]:
        seen.setdefault(p["text"].rstrip("."), set()).add(p["country"])
for w in want_places:
    if w not in seen:
        bad.append("place %s not found" % w)
    elif not seen[w] <= {"SY", "LB"}:
        bad.append("place %s resolved to %s" % (w, sorted(seen[w])))
speakers = {
    "The attack came from abandoned buildings": "Dr. Mohammed",
    "The attackers infiltrated these structures": "Dr. Mohammed",
    "I was near the window": "Khaled Al Raad",
    "A bullet struck my hand": "Khaled Al Raad",
    "We don’t want a war of revenge": "Ahmad Al Najar",
    "We want peace": "Ahmad Al Najar",
    "Bodies were on the streets": "Ali Sheha",
    "The gunmen were less than 100 meters away": "Ali Sheha",
    "Paris condemns in the strongest possible terms": "France’s foreign ministry",
    "The international community should protect Alawites": "Haidar Nasser",
    "Gunmen were firing at houses": "Ali Sheha",
    "one of the biggest massacres": "Rami Abdurrahman",
    "the total number of civilian martyrs": "Syrian Observatory for Human Rights",
}
quotes = [q for d in docs for q in d["quotes"] if q["direct"]]
for start, who in speakers.items():
    qs = [q for q in quotes if q["text"].startswith(start)]
    if not qs:
        bad.append("quote %r not found" % start)
    elif any(q["speaker"] != who for q in qs):
        bad.append("quote %r: speaker %r, want %r" % (start, qs[0]["speaker"], who))
for b in bad:
    print("FAIL %s: %s" % (label, b))
sys.exit(1 if bad else 0)
PY
  echo "$score" | python3 -c '
import re, sys
t = sys.stdin.read()
v = {k: float(x) for k, x in re.findall(r"(\w+)=([0-9.]+)", t)}
need = {"precision": .95, "recall": .95, "qualifier": .9, "category": .9, "attribution": .9}
bad = [k for k, m in need.items() if v.get(k, 0) < m]
if bad:
    print("FAIL below the bar: " + ", ".join("%s=%.3f" % (k, v.get(k, 0)) for k in bad))
    sys.exit(1)
' || fail=1
}
"$bin" facts -q "$tmp/clean"/*.txt > "$tmp/clean.jsonl" || { echo "FAIL: newsfold facts (clean) exited $?"; fail=1; }
check "clean text" "$tmp/clean.jsonl" 1
"$bin" facts -q "$ex"/*.txt > "$tmp/raw.jsonl" || { echo "FAIL: newsfold facts exited $?"; fail=1; }
# The teaser is page residue: held to it once the extraction stage drops
# "Read More:" lines (it is on main in parallel with this stage).
strict=1
grep -q 'Read More: World Bank' "$tmp/raw.jsonl" && strict=0
[ $strict = 0 ] && echo "note: the extraction stage keeps page residue; the teaser check is skipped on the saved pages"
check "saved pages" "$tmp/raw.jsonl" $strict
[ $fail = 0 ] && echo "example_facts: ok"
exit $fail
