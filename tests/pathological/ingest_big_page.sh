#!/usr/bin/env bash
# A 100 MB page, as HTML and as text, generated here (never committed):
# read, decoded and passed on with bounded memory, never a crash.   ingest_big_page.sh NEWSFOLD
# Peaks (ASan, quarantine 16 MB): about 410 MB for the HTML, 270 MB for
# the text; release about 380 and 220 MB. The text cleaner took 88-390 s
# under ASan here until its line classifier stopped scanning every line
# once per separator and phrase (now about 22 s of CPU, was 72 s).
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

# 100 MB of HTML: paragraphs in a page.
python3 - "$tmp/big.html" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("<!DOCTYPE html><html><head><title>Big</title></head><body>\n")
    para = "<p>" + "A sentence of a very long page, repeated until it is big. " * 20 + "</p>\n"
    for _ in range(100 * 1024 * 1024 // len(para)):
        f.write(para)
    f.write("</body></html>\n")
PY
run "100 MB HTML page" 1200 "$tmp/big.html"
# The same as page text.
python3 - "$tmp/big.txt" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    para = "A sentence of a very long page, repeated until it is big. " * 20 + "\n\n"
    for _ in range(100 * 1024 * 1024 // len(para)):
        f.write(para)
PY
run "100 MB text page" 1200 "$tmp/big.txt"

finish
