# Shared by tests/pathological/html_*.sh: run `newsfold extract` on a
# generated page under a generous timeout and a memory ceiling, and check
# that it ends normally (exit 0 or 1, one JSON object out).
#   check_page NEWSFOLD FILE [EXPECTED_TEXT]
set -uo pipefail
TIMEOUT=${NF_PATHO_TIMEOUT:-300}
# Peak RSS allowed, in KB: 150 MB plus 16 times the page, so that memory
# is shown to grow with the page and no faster (sanitizer builds use
# several times the memory of a release build: a 21 MB page peaks near
# 130 MB in release, 300 MB under ASan). NF_PATHO_MAX_RSS_KB overrides.
MAX_RSS_KB=${NF_PATHO_MAX_RSS_KB:-}

check_page() {
  local bin=$1 file=$2 want=${3:-}
  local out; out=$(mktemp)
  local tm; tm=$(mktemp)
  local max_kb=$MAX_RSS_KB
  [ -n "$max_kb" ] || max_kb=$(( 150000 + 16 * $(stat -c %s "$file") / 1024 ))
  /usr/bin/time -f '%M %e' -o "$tm" timeout "$TIMEOUT" "$bin" extract -q --threads 1 "$file" > "$out"
  local rc=$?
  read -r rss secs < <(tail -1 "$tm")
  rm -f "$tm"
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
    echo "FAIL $(basename "$file"): exit status $rc (124 = timeout after ${TIMEOUT}s)"; rm -f "$out"; return 1
  fi
  if [ "${rss:-0}" -gt "$max_kb" ]; then
    echo "FAIL $(basename "$file"): peak RSS ${rss} KB over ${max_kb} KB"; rm -f "$out"; return 1
  fi
  if ! python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$out"; then
    echo "FAIL $(basename "$file"): output is not JSON Lines"; rm -f "$out"; return 1
  fi
  if [ "$(wc -l < "$out")" -ne 1 ]; then
    echo "FAIL $(basename "$file"): expected one record"; rm -f "$out"; return 1
  fi
  if [ -n "$want" ] && ! grep -qF "$want" "$out"; then
    echo "FAIL $(basename "$file"): \"$want\" not in the output"; head -c 400 "$out"; echo; rm -f "$out"; return 1
  fi
  echo "ok   $(basename "$file"): ${secs}s, ${rss} KB (at most ${max_kb} KB)"
  rm -f "$out"
  return 0
}
