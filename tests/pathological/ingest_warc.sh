#!/usr/bin/env bash
# WARC files that lie: lengths of 4 GB, negative, not numbers, past the end
# of the file; garbage between records; 20,000 records as Common Crawl
# writes them (one gzip member each). One error per bad record, every good
# record read, no hang, memory bounded.   ingest_warc.sh NEWSFOLD
. "$(dirname "$0")/../lib/harness.sh" "$@"

python3 - "$tmp" <<'PY'
import sys, os, gzip
d = sys.argv[1]
page = b"<!DOCTYPE html><html><head><title>T</title></head><body><p>A story.</p></body></html>"
n = [0]
def rec(uri, block, clen=None, typ=b"response"):
    n[0] += 1
    return (b"WARC/1.0\r\nWARC-Type: " + typ + b"\r\nWARC-Target-URI: " + uri +
            b"\r\nWARC-Record-ID: <urn:uuid:%08d>\r\n" % n[0] +
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: " +
            (str(len(block)).encode() if clen is None else clen) + b"\r\n\r\n" + block + b"\r\n\r\n")
http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
good = lambda i: rec(b"http://a.org/%d" % i, http)
lies = [b"4294967296", b"99999999999999999999", b"-1", b"12abc", b"", str(len(http) + 7).encode(),
        str(len(http) - 7).encode()]
parts = [good(0)]
for i, l in enumerate(lies):
    parts.append(rec(b"http://bad.org/%d" % i, http, clen=l))
    parts.append(good(i + 1))
parts.append(b"garbage between records\n" * 1000)
parts.append(good(100))
parts.append(rec(b"http://bad.org/end", http, clen=b"5000000"))
open(os.path.join(d, "lies.warc"), "wb").write(b"".join(parts))
open(os.path.join(d, "lies.warc.gz"), "wb").write(b"".join(gzip.compress(p) for p in parts))
with open(os.path.join(d, "many.warc.gz"), "wb") as f:
    for i in range(20000):
        f.write(gzip.compress(rec(b"http://a.org/req", b"GET / HTTP/1.1\r\n\r\n", typ=b"request"), 1))
        f.write(gzip.compress(good(i), 1))
PY

for w in lies.warc lies.warc.gz; do
  timeout 120 "$bin" extract "$tmp/$w" > "$tmp/out" 2> "$tmp/err"
  rc=$?
  [ "$rc" = 1 ] || fail "$w: exit $rc"
  urls=$(jq -r .url < "$tmp/out" | tr '\n' ' ')
  [ "$urls" = "http://a.org/0 http://a.org/1 http://a.org/2 http://a.org/3 http://a.org/4 http://a.org/5 http://a.org/6 http://a.org/7 http://a.org/100 " ] \
    || fail "$w: good records: $urls"
  # HTML extraction errors are not the reader's; count the reader's.
  errs=$(grep -c "$w: " "$tmp/err")
  [ "$errs" = 9 ] || { fail "$w: $errs reader errors, expected 9"; grep "$w: " "$tmp/err"; }
  grep -q "Content-Length 4294967296 is over the input size limit" "$tmp/err" || fail "$w: 4 GB"
  grep -q "runs past the end of the input" "$tmp/err" || fail "$w: past the end"
done

ASAN_OPTIONS="${ASAN_OPTIONS:-}:quarantine_size_mb=16" \
  /usr/bin/time -f %M -o "$tmp/rss" "$bin" extract -j2 "$tmp/many.warc.gz" > "$tmp/out" 2> /dev/null
docs=$(wc -l < "$tmp/out")
rss=$(( $(tail -1 "$tmp/rss") / 1024 ))
echo "20,000-record WARC: $docs documents, peak $rss MB"
[ "$docs" = 20000 ] || fail "many.warc.gz: $docs documents"
[ "$rss" -lt 200 ] || fail "many.warc.gz: peak $rss MB"

finish
