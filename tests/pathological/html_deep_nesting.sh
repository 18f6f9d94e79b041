#!/usr/bin/env bash
# 100,000 nested <div>s (closed, unclosed, and closed by stray end tags),
# nested inline elements, nested tables, and misplaced end tags: each
# costs the HTML parser a scan of the open elements.
. "$(dirname "$0")/html_common.bash"
bin=$1; dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import sys
d, n = sys.argv[1], 100000
t = '<p>Deep text here, with words.</p>'
open(d + '/closed.html', 'w').write('<html><body>' + '<div>' * n + t + '</div>' * n + '</body></html>')
open(d + '/unclosed.html', 'w').write('<html><body>' + '<div>' * n + t)
open(d + '/stray.html', 'w').write('<html><body>' + '<div>' * n + t + '</span>' * n + '</body></html>')
open(d + '/inline.html', 'w').write('<html><body><p>' + '<b><i><span>' * n + 'Deep text here, with words.')
open(d + '/links.html', 'w').write('<html><body><p>' + '<a href=x><b>' * n + 'Deep text here, with words.')
open(d + '/tables.html', 'w').write('<html><body>' + '<table><tr><td>' * n + t)
open(d + '/misplaced.html', 'w').write('<html><body>' + '<div>' * 500 + '</x>' * 2000000 + t)
open(d + '/pdiv.html', 'w').write('<html><body>' + '<p>x<div>y</p>' * 200000 + t)
open(d + '/bodies.html', 'w').write('<html><body>' + '<div>' * 400 + '<body>' * 1000000 + t)
PY
fail=0
for f in closed unclosed stray inline tables misplaced pdiv bodies; do
  check_page "$bin" "$dir/$f.html" "Deep text here" || fail=1
done
# All of it inside links: nothing is article text, but it must end well.
check_page "$bin" "$dir/links.html" || fail=1
exit $fail
