#!/usr/bin/env bash
# Deep nesting: a page of 100,000 nested tags (the reader passes it on;
# extraction must finish) and a JSON Lines line nested 100,000 deep (one
# error for that line, the next line still read).   ingest_nesting.sh NEWSFOLD
. "$(dirname "$0")/../lib/harness.sh" "$@"

python3 - "$tmp" <<'PY'
import sys, os
d = sys.argv[1]
n = 100000
with open(os.path.join(d, "nested.html"), "w") as f:
    f.write("<!DOCTYPE html><html><body>" + "<div>" * n + "<p>Deep text.</p>" + "</div>" * n + "</body></html>")
with open(os.path.join(d, "unclosed.html"), "w") as f:
    f.write("<html><body>" + "<div><span><b><i>" * (n // 4) + "text")
with open(os.path.join(d, "deep.jsonl"), "w") as f:
    f.write('{"id":"deep","text":"x","d":' + "[" * n + "]" * n + "}\n")
    f.write('{"id":"deep-open","text":"x","d":' + "{\"a\":" * n + "\n")
    f.write('{"id":"after","text":"A paragraph after the deep lines."}\n')
PY
for page in nested unclosed; do
  ASAN_OPTIONS="${ASAN_OPTIONS:-}:quarantine_size_mb=16" \
    /usr/bin/time -f %M -o "$tmp/rss" "$bin" extract "$tmp/$page.html" > "$tmp/out" 2> "$tmp/err"
  rc=$?
  echo "$page tags: exit $rc, peak $(( $(tail -1 "$tmp/rss") / 1024 )) MB"
  [ "$rc" -le 1 ] || { fail "$page: exit $rc"; head -5 "$tmp/err"; }
  [ "$(jq -r .id < "$tmp/out")" = "$tmp/$page.html" ] || fail "$page: no document out"
done

"$bin" extract "$tmp/deep.jsonl" > "$tmp/out" 2> "$tmp/err"
rc=$?
[ "$rc" = 1 ] || fail "deep JSON: exit $rc"
[ "$(jq -r .id < "$tmp/out")" = after ] || fail "deep JSON: $(cat "$tmp/out")"
grep -q "deep.jsonl:1: JSON nested deeper than" "$tmp/err" || fail "deep JSON line 1: $(cat "$tmp/err")"
grep -q "deep.jsonl:2: JSON nested deeper than" "$tmp/err" || fail "deep JSON line 2: $(cat "$tmp/err")"

finish
