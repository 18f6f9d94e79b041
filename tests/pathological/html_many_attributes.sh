#!/usr/bin/env bash
# 10^6 attributes on one element (distinct, and one name repeated), a
# 10^6-word class attribute, and 10^6 named character references.
. "$(dirname "$0")/html_common.bash"
bin=$1; dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import sys
d, n = sys.argv[1], 1000000
t = 'Some text here for you, with words.'
open(d + '/distinct.html', 'w').write('<html><body><div ' + ' '.join('a%d="v"' % i for i in range(n)) + '>' + t + '</div></body></html>')
open(d + '/repeated.html', 'w').write('<html><body><div ' + 'class="a" ' * n + '>' + t + '</div></body></html>')
open(d + '/longclass.html', 'w').write('<html><body><div class="' + 'article-body ' * n + '"><p>' + t + '</p></div></body></html>')
open(d + '/unquoted.html', 'w').write('<html><body><div data-x="' + 'x' * 20000000 + '>' + t + '</div></body></html>')
open(d + '/entities.html', 'w').write('<html><body><p>' + '&amp;&#x41;&nbsp;&bogus;' * n + '</p></body></html>')
PY
fail=0
for f in distinct repeated longclass; do check_page "$bin" "$dir/$f.html" "Some text here" || fail=1; done
check_page "$bin" "$dir/unquoted.html" || fail=1
check_page "$bin" "$dir/entities.html" "&A" || fail=1
exit $fail
