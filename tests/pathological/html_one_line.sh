#!/usr/bin/env bash
# A 20 MB page on one line: paragraphs with no newline anywhere, and one
# 20 MB text node with no markup at all.
. "$(dirname "$0")/html_common.bash"
bin=$1; dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import sys
d = sys.argv[1]
p = '<p>The council voted to close the old bridge, citing cracks in two supports.</p>'
open(d + '/paras.html', 'w').write('<html><body><div class="article-body">' + p * 260000 + '</div></body></html>')
open(d + '/text.html', 'w').write('<html><body><p>' + 'word, ' * 3500000 + '</p></body></html>')
PY
fail=0
check_page "$bin" "$dir/paras.html" "close the old bridge" || fail=1
check_page "$bin" "$dir/text.html" "word, word" || fail=1
exit $fail
