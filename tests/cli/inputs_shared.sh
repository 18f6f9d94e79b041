#!/usr/bin/env bash
# The JSON Lines story sets in ../shared/data/stories (ECB+, Giveme5W1H,
# GVA): every record comes through with its own id, in order. Skipped when
# the shared data is not there.   inputs_shared.sh NEWSFOLD
set -uo pipefail
bin=$1
data=../shared/data/stories
[ -d "$data" ] || { echo "inputs_shared: no $data, skipped"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
for set in ecbplus giveme5w1h gva-dev; do
  f=$data/$set/articles.jsonl
  [ -f "$f" ] || continue
  "$bin" extract -j2 "$f" > "$tmp/out" 2> "$tmp/err"
  jq -r .id < "$f" > "$tmp/want"
  jq -r .id < "$tmp/out" > "$tmp/got"
  if ! cmp -s "$tmp/want" "$tmp/got"; then
    echo "FAIL: $set: ids differ ($(wc -l < "$tmp/got") of $(wc -l < "$tmp/want"))"
    fails=$((fails + 1))
  fi
  # Reader errors would name a line: there must be none.
  if grep -q "articles.jsonl:[0-9]*: \(not JSON\|no \"text\"\|line longer\|JSON nested\)" "$tmp/err"; then
    echo "FAIL: $set: reader errors"; grep "articles.jsonl:" "$tmp/err" | head -3
    fails=$((fails + 1))
  fi
  echo "$set: $(wc -l < "$tmp/got") records"
done
[ "$fails" = 0 ] && echo "inputs_shared: ok" || exit 1
