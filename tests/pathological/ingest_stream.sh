#!/usr/bin/env bash
# JSON Lines far bigger than the reading window stream through in flat
# memory, every record read.   ingest_stream.sh NEWSFOLD
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

# A JSON Lines stream of 30 MB (1 KB records, a hundred times the
# reading window): memory stays flat.
python3 - "$tmp/many.jsonl" <<'PY'
import sys, json
text = "Words of an article. " * 45
with open(sys.argv[1], "w") as f:
    for i in range(30000):
        f.write(json.dumps({"id": "r%d" % i, "title": "T", "text": text}) + "\n")
PY
gzip -1 "$tmp/many.jsonl"
run "30 MB of JSON Lines" 150 "$tmp/many.jsonl.gz"
[ "$(wc -l < "$tmp/out")" = 30000 ] || fail "JSON Lines: $(wc -l < "$tmp/out") records, expected 30000"


finish
