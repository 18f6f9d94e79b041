# Shared by tests/pathological/html_*.sh: run `newsfold extract` on a
# generated page under a generous timeout and a memory ceiling, and check
# that it ends normally (exit 0 or 1, one JSON object out).
#   check_page NEWSFOLD FILE [EXPECTED_TEXT]
set -uo pipefail
TIMEOUT=${NF_PATHO_TIMEOUT:-300}
# Peak RSS allowed, in KB. Generous: sanitizer builds use several times
# the memory of a release build.
MAX_RSS_KB=${NF_PATHO_MAX_RSS_KB:-3000000}

check_page() {
  local bin=$1 file=$2 want=${3:-}
  local out; out=$(mktemp)
  local tm; tm=$(mktemp)
  /usr/bin/time -f '%M %e' -o "$tm" timeout "$TIMEOUT" "$bin" extract -q --threads 1 "$file" > "$out"
  local rc=$?
  read -r rss secs < <(tail -1 "$tm")
  rm -f "$tm"
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
    echo "FAIL $(basename "$file"): exit status $rc (124 = timeout after ${TIMEOUT}s)"; rm -f "$out"; return 1
  fi
  if [ "${rss:-0}" -gt "$MAX_RSS_KB" ]; then
    echo "FAIL $(basename "$file"): peak RSS ${rss} KB over ${MAX_RSS_KB} KB"; rm -f "$out"; return 1
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
  echo "ok   $(basename "$file"): ${secs}s, ${rss} KB"
  rm -f "$out"
  return 0
}
