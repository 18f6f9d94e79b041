#!/usr/bin/env bash
# Pages that are all <script> (closed, unclosed, with markup and fake end
# tags inside), all <style>, and scripts whose text must never show.
. "$(dirname "$0")/html_common.bash"
bin=$1; dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import sys
d = sys.argv[1]
s = '<script>var a = "<div><p>never shown</p></div>" + (1 < 2) + "</scr" + "ipt>";</script>'
open(d + '/scripts.html', 'w').write('<html><body>' + s * 300000 + '</body></html>')
open(d + '/unclosed.html', 'w').write('<html><body><script>' + 'document.write("<p>never shown</p>");' * 500000)
open(d + '/style.html', 'w').write('<html><head><style>' + 'p { color: red } ' * 1000000 + '</style></head><body></body></html>')
open(d + '/mixed.html', 'w').write('<html><body><div class="post-content">' +
    ('<p>The council voted to close the old bridge, citing cracks in two supports.</p>' + s) * 20000 + '</div></body></html>')
PY
fail=0
for f in scripts unclosed style; do check_page "$bin" "$dir/$f.html" || fail=1; done
check_page "$bin" "$dir/mixed.html" "close the old bridge" || fail=1
for f in scripts unclosed mixed; do
  if "$bin" extract -q "$dir/$f.html" | grep -q "never shown"; then echo "FAIL $f: script text in the output"; fail=1; fi
done
exit $fail
