#!/usr/bin/env bash
# Inputs that try to take the machine: a file over the input limit, a gzip
# bomb, a billion-newline JSON Lines bomb. Each gives one error or a
# bounded best effort.   ingest_bombs.sh NEWSFOLD
. "$(dirname "$0")/../lib/harness.sh" "$@"

# run LABEL MAX_RSS_MB ARGS...: extract; exit status must be 0 or 1 and the
# peak resident memory under MAX_RSS_MB.
run() {
  local label=$1 max=$2; shift 2
  # A small ASan quarantine, so that the peak measures what is live.
  ASAN_OPTIONS="${ASAN_OPTIONS:-}:quarantine_size_mb=16" \
    /usr/bin/time -f %M -o "$tmp/rss" "$bin" extract -j2 "$@" > "$tmp/out" 2> "$tmp/err"
  local rc=$?
  local rss=$(( $(tail -1 "$tmp/rss") / 1024 ))
  echo "$label: exit $rc, peak ${rss} MB, $(wc -l < "$tmp/out") documents, $(wc -l < "$tmp/err") errors"
  [ "$rc" -le 1 ] || { fail "$label: exit $rc"; head -5 "$tmp/err"; }
  [ "$rss" -lt "$max" ] || fail "$label: peak memory ${rss} MB over ${max} MB"
}

# Over the input limit (128 MB): refused before it is read.
head -c 140000000 /dev/zero | tr '\0' 'a' > "$tmp/huge.txt"
run "140 MB page" 300 "$tmp/huge.txt"
grep -q "over the input size limit" "$tmp/err" || fail "140 MB page: $(cat "$tmp/err")"
# The same through standard input, which cannot be measured first: read up
# to the limit, then refused.
ASAN_OPTIONS="${ASAN_OPTIONS:-}:quarantine_size_mb=16" \
  /usr/bin/time -f %M -o "$tmp/rss" "$bin" extract - < "$tmp/huge.txt" > "$tmp/out" 2> "$tmp/err"
echo "140 MB on stdin: exit $?, peak $(( $(tail -1 "$tmp/rss") / 1024 )) MB"
grep -q "^newsfold: -: input over 134217728 bytes" "$tmp/err" || fail "stdin: $(cat "$tmp/err")"
[ $(( $(tail -1 "$tmp/rss") / 1024 )) -lt 800 ] || fail "stdin: memory"
rm -f "$tmp/huge.txt"

# A gzip bomb: 400 MB of spaces (three times the input limit) in ~400 KB.
# The decoder stops at the limit.
head -c 400000000 /dev/zero | tr '\0' ' ' | gzip -1 -c > "$tmp/bomb.html.gz"
run "gzip bomb" 800 "$tmp/bomb.html.gz"
grep -q "decompresses to more than" "$tmp/err" || fail "bomb: $(cat "$tmp/err")"
# A bomb of blank lines as JSON Lines: streamed, bounded, and the record
# after it still found at the right line.
{ printf '{"id":"a","text":"x"}\n' | gzip -c
  head -c 200000000 /dev/zero | tr '\0' '\n' | gzip -1 -c
  printf '{"id":"b","text":"y"}\n' | gzip -c; } > "$tmp/bomb.jsonl.gz"
run "blank-line bomb" 300 "$tmp/bomb.jsonl.gz"
[ "$(jq -r .source < "$tmp/out" | tail -1)" = "$tmp/bomb.jsonl.gz:200000002" ] \
  || fail "blank-line bomb: $(jq -r .source < "$tmp/out")"


finish
