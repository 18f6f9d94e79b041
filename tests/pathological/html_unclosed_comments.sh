#!/usr/bin/env bash
# Unclosed comments (the rest of the page is a comment), a million tiny
# comments, and comment look-alikes.
. "$(dirname "$0")/html_common.bash"
bin=$1; dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import sys
d = sys.argv[1]
t = '<p>Before the comment, some text with words.</p>'
open(d + '/unclosed.html', 'w').write('<html><body>' + t + '<!--' + '<p>hidden</p> - -- ->' * 1000000)
open(d + '/many.html', 'w').write('<html><body><p>Before the comment' + '<!-- -->' * 2000000 + ', some text with words.</p></body></html>')
open(d + '/lookalike.html', 'w').write('<html><body>' + t + '<!' * 3000000 + '</body></html>')
open(d + '/bogus.html', 'w').write('<html><body>' + t + '<!DOCTYPE' * 1000000 + '<?xml' * 1000000 + '</body></html>')
PY
fail=0
check_page "$bin" "$dir/unclosed.html" "Before the comment" || fail=1
check_page "$bin" "$dir/many.html" "Before the comment, some text" || fail=1
# "<!" that opens nothing is text (3 MB of it, which outweighs the paragraph).
check_page "$bin" "$dir/lookalike.html" "<!<!<!" || fail=1
check_page "$bin" "$dir/bogus.html" "Before the comment" || fail=1
exit $fail
