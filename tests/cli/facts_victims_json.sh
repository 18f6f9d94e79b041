#!/usr/bin/env bash
# `newsfold facts` prints people told one by one with the keys docs/facts.md
# gives them: a victim of this event, and one of an earlier event
# (`background`), each with its age.   facts_victims_json.sh NEWSFOLD
. "$(dirname "$0")/../lib/harness.sh" "$@"

cat > "$tmp/r.jsonl" <<'J'
{"id": "r1", "published": "2016-06-20", "title": "Man killed in shooting", "text": "A 23-year-old man was shot and killed on Main Street on Sunday, police said. In December, a 9-year-old boy was killed two blocks away."}
J
"$bin" facts "$tmp/r.jsonl" > "$tmp/out" 2> "$tmp/err" || fail "facts: exit $?: $(cat "$tmp/err")"
got=$(jq -c '[.victims[] | select(.measure == "killed") | {age, background, perpetrator}] | sort_by(.age)' < "$tmp/out")
want='[{"age":9,"background":true,"perpetrator":false},{"age":23,"background":false,"perpetrator":false}]'
[ "$got" = "$want" ] || fail "victims: got $got, want $want"

finish
