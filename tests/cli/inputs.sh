#!/usr/bin/env bash
# Inputs of every kind through `newsfold extract`: what comes out, the one
# stderr line per failed input, and the exit status (0 all read, 1 some
# failed, 2 usage).   inputs.sh NEWSFOLD
. "$(dirname "$0")/../lib/harness.sh" "$@"

# run EXPECTED_STATUS ARGS...: runs extract, keeps stdout/stderr in $out/$err.
run() {
  local want=$1; shift
  "$bin" extract -j2 "$@" > "$tmp/out" 2> "$tmp/err"
  local rc=$?
  [ "$rc" = "$want" ] || { fail "extract $*: exit $rc, expected $want"; cat "$tmp/err"; }
}
ids() { jq -r .id < "$tmp/out" | tr '\n' ' ' | sed 's/ $//'; }
err_lines() { wc -l < "$tmp/err" | tr -d ' '; }
has_err() { grep -qF -- "$1" "$tmp/err" || fail "stderr lacks '$1': $(cat "$tmp/err")"; }

# --- JSON Lines, plain and compressed, with a bad line in the middle.
cat > "$tmp/a.jsonl" <<'J'
{"id": "one", "url": "https://www.example.com/a", "title": "A", "published": "2025-03-10", "text": "Alpha paragraph.", "topic": 7}
this line is not JSON
{"text": "Beta paragraph."}
J
run 1 "$tmp/a.jsonl"
[ "$(ids)" = "one $tmp/a.jsonl:3" ] || fail "jsonl ids: $(ids)"
[ "$(err_lines)" = 1 ] || fail "jsonl: one error line expected: $(cat "$tmp/err")"
has_err "a.jsonl:2: not JSON"
[ "$(jq -c .extra < "$tmp/out" | head -1)" = '{"topic":7}' ] || fail "extra: $(jq -c .extra < "$tmp/out")"
[ "$(jq -r .outlet < "$tmp/out" | head -1)" = example.com ] || fail "outlet from url"
gzip -c "$tmp/a.jsonl" > "$tmp/a.jsonl.gz"
run 1 "$tmp/a.jsonl.gz"
[ "$(ids)" = "one $tmp/a.jsonl.gz:3" ] || fail "jsonl.gz ids: $(ids)"
zstd -q -c "$tmp/a.jsonl" > "$tmp/a.jsonl.zst"
run 1 "$tmp/a.jsonl.zst"
[ "$(ids)" = "one $tmp/a.jsonl.zst:3" ] || fail "jsonl.zst ids: $(ids)"
# A record whose body is empty or is only page furniture but which has a
# title is kept as a title-only article with a note; one with neither fails.
cat > "$tmp/t.jsonl" <<'J'
{"id": "t1", "title": "Two hurt in downtown shooting", "text": ""}
{"id": "t2", "title": "Fire guts warehouse", "text": "Please check the box next to one or more of our email newsletters."}
{"id": "t3", "text": ""}
J
run 1 "$tmp/t.jsonl"
[ "$(ids)" = "t1 t2 t3" ] || fail "title-only ids: $(ids)"
jq -s -e 'map(select(.id=="t3"))[0].error' < "$tmp/out" > /dev/null || fail "t3 has no error field"
[ "$(jq -r 'select(.id=="t1") | .title + "|" + .text' < "$tmp/out")" = "Two hurt in downtown shooting|" ] || fail "title-only record: $(cat "$tmp/out")"
jq -s -e 'map(select(.id=="t1"))[0].notes | any(test("title alone"))' < "$tmp/out" > /dev/null || fail "title-only note"
has_err "t.jsonl:3: the record's text is empty"
# Standard input, sniffed.
"$bin" extract - < "$tmp/a.jsonl.gz" > "$tmp/out" 2> "$tmp/err"
[ $? = 1 ] || fail "stdin jsonl.gz status"
[ "$(ids)" = "one -:3" ] || fail "stdin ids: $(ids)"

# --- Plain text pages: named files are read whatever their name.
printf 'A headline\n\nThe first paragraph of the story, long enough to be a paragraph of an article.\n' > "$tmp/story.dat"
run 0 "$tmp/story.dat"
[ "$(ids)" = "$tmp/story.dat" ] || fail "text page id: $(ids)"
gzip -c "$tmp/story.dat" > "$tmp/story.txt.gz"
run 0 "$tmp/story.txt.gz"
jq -r .text < "$tmp/out" | grep -q "first paragraph" || fail "gzip page text"

# --- Bad inputs: each one line on stderr, the others still read.
: > "$tmp/empty.txt"
head -c 3000 /dev/urandom > "$tmp/noise.txt"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' > "$tmp/image.html"
head -c 20000 /dev/urandom | gzip -c | head -c 3000 > "$tmp/cut.txt.gz"
printf '{\n  "a": 1\n}\n' > "$tmp/doc.json"
run 1 "$tmp/empty.txt" "$tmp/noise.txt" "$tmp/image.html" "$tmp/missing.txt" \
  "$tmp/doc.json" "$tmp/story.dat"
[ "$(ids)" = "$tmp/story.dat" ] || fail "good input after bad ones: $(ids)"
[ "$(err_lines)" = 5 ] || { fail "5 error lines expected"; cat "$tmp/err"; }
has_err "empty.txt: empty file"
has_err "noise.txt: not text (binary data)"
has_err "image.html: not text (PNG image)"
has_err "missing.txt: No such file or directory"
has_err "doc.json: a JSON document, not JSON Lines"
# A truncated gzip page: best effort, never a crash.
seq 1 30000 | sed 's/^/A sentence of the page, number /' | gzip -c > "$tmp/full.txt.gz"
head -c 20000 "$tmp/full.txt.gz" > "$tmp/cut.txt.gz"
"$bin" extract "$tmp/cut.txt.gz" > "$tmp/out" 2> "$tmp/err"
rc=$?
[ "$rc" -le 1 ] || fail "truncated gzip: exit $rc"
jq -e '.notes // [] | any(test("gzip data truncated"))' < "$tmp/out" > /dev/null \
  || fail "truncated gzip note: $(cat "$tmp/out")"

# --- Folders: recursive, name order, known extensions only.
mkdir -p "$tmp/dir/b" "$tmp/dir/a"
cp "$tmp/story.dat" "$tmp/dir/a/2.txt"
cp "$tmp/story.txt.gz" "$tmp/dir/a/1.txt.gz"
cp "$tmp/a.jsonl" "$tmp/dir/b/x.jsonl"
cp "$tmp/doc.json" "$tmp/dir/b/gold.json"
echo "readme" > "$tmp/dir/README.md"
ln -s .. "$tmp/dir/b/loop"
run 1 "$tmp/dir"
[ "$(ids)" = "$tmp/dir/a/1.txt.gz $tmp/dir/a/2.txt one $tmp/dir/b/x.jsonl:3" ] \
  || fail "folder order: $(ids)"
[ "$(err_lines)" = 1 ] || { fail "folder: one error expected"; cat "$tmp/err"; }

# --- WARC: response records of HTML pages only, each record its own gzip
# member as in Common Crawl News; a record with a lying length costs one
# error and the reader goes on.
python3 - "$tmp" <<'PY'
import sys, os, gzip
d = sys.argv[1]
page = b"<!DOCTYPE html><html><head><title>T</title></head><body><p>A story.</p></body></html>"
def rec(typ, uri, rid, block, clen=None, ct=b"application/http; msgtype=response"):
    return (b"WARC/1.0\r\nWARC-Type: " + typ + b"\r\nWARC-Target-URI: " + uri +
            b"\r\nWARC-Date: 2025-03-10T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + rid +
            b">\r\nContent-Type: " + ct + b"\r\nContent-Length: " +
            (clen or str(len(block)).encode()) + b"\r\n\r\n" + block + b"\r\n\r\n")
ok = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
recs = [rec(b"warcinfo", b"", b"w0", b"software: test\r\n", ct=b"application/warc-fields"),
        rec(b"request", b"https://a.org/1", b"q1", b"GET /1 HTTP/1.1\r\n\r\n"),
        rec(b"response", b"https://a.org/1", b"r1", ok),
        rec(b"response", b"https://a.org/img.png", b"r2", b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG"),
        rec(b"response", b"https://a.org/lie", b"r3", ok, clen=b"-12"),
        rec(b"response", b"https://a.org/4", b"r4", ok)]
open(os.path.join(d, "news.warc.gz"), "wb").write(b"".join(gzip.compress(r) for r in recs))
PY
"$bin" extract "$tmp/news.warc.gz" > "$tmp/out" 2> "$tmp/err"
[ "$(ids)" = "urn:uuid:r1 urn:uuid:r4" ] || fail "warc ids: $(ids)"
[ "$(jq -r .url < "$tmp/out" | tr '\n' ' ')" = "https://a.org/1 https://a.org/4 " ] || fail "warc urls"
[ "$(jq -r .source < "$tmp/out" | head -1)" = "$tmp/news.warc.gz#3" ] || fail "warc source"
[ "$(jq -r .published < "$tmp/out" | head -1)" = null ] || fail "a crawl date is not a publication date"
[ "$(grep -c "news.warc.gz: record" "$tmp/err")" = 1 ] || fail "warc: one record error expected: $(cat "$tmp/err")"
has_err "news.warc.gz: record 5 at byte"
has_err 'Content-Length "-12" is not a length'

# --- A folder of mixed inputs, read in name order.
mkdir -p "$tmp/mixed/sub"
cp "$tmp/news.warc.gz" "$tmp/mixed/3.warc.gz"
cp "$tmp/story.dat" "$tmp/mixed/1.txt"
printf '{"id":"j1","text":"From JSON Lines."}\n' > "$tmp/mixed/2.jsonl"
printf '<html><body><p>A page.</p></body></html>' | gzip -c > "$tmp/mixed/sub/4.html.gz"
"$bin" extract "$tmp/mixed" > "$tmp/out" 2> "$tmp/err"
[ "$(ids)" = "$tmp/mixed/1.txt j1 urn:uuid:r1 urn:uuid:r4 $tmp/mixed/sub/4.html.gz" ] \
  || fail "mixed folder: $(ids)"

# --- Usage errors exit 2.
"$bin" extract > /dev/null 2>&1; [ $? = 2 ] || fail "no input: expected 2"
"$bin" extract --format nope x > /dev/null 2>&1; [ $? = 2 ] || fail "bad format: expected 2"
"$bin" extract --no-such-option x > /dev/null 2>&1; [ $? = 2 ] || fail "bad option: expected 2"

# --- A folder without permission (root reads everything: skip then).
mkdir "$tmp/locked"; cp "$tmp/story.dat" "$tmp/locked/s.txt"; chmod 000 "$tmp/locked"
if [ ! -r "$tmp/locked" ]; then
  run 1 "$tmp/locked" "$tmp/story.dat"
  has_err "locked: Permission denied"
  [ "$(ids)" = "$tmp/story.dat" ] || fail "after locked folder: $(ids)"
fi
chmod 755 "$tmp/locked"

finish
