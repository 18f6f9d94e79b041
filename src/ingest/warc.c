// WARC (ISO 28500) read record by record from a stream. Common Crawl News
// files gzip each record as its own member; the stream joins members, so
// .warc and .warc.gz read the same. Every length in a record is checked
// against what is there: a lying Content-Length costs that record (one
// error) and the reader resynchronises at the next "WARC/" header line.
#include <brotli/decode.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

#include "core/alloc.h"
#include "core/limits.h"
#include "ingest/ingest_int.h"

struct nf_warc {
  nf_ctx *ctx;
  nf_stream *s;
  char *path;
  uint64_t records;   // records met so far (the current one's number)
  bool quiet_resync;  // the error for the bytes being skipped was given
};

nf_status Nf_warc_new(nf_ctx *ctx, nf_stream *s, const char *path,
                      nf_warc **out) {
  nf_warc *w = Nf_calloc(&ctx->alloc, 1, sizeof *w);
  if (!w) return NF_ENOMEM;
  w->ctx = ctx;
  w->s = s;
  if (!(w->path = Nf_strndup(&ctx->alloc, path, strlen(path)))) {
    Nf_free(&ctx->alloc, w);
    return NF_ENOMEM;
  }
  *out = w;
  return NF_OK;
}

void Nf_warc_free(nf_warc *w) {
  if (!w) return;
  Nf_free(&w->ctx->alloc, w->path);
  Nf_free(&w->ctx->alloc, w);
}

// ------------------------------------------------------------ scanning

// Position of the next "WARC/<digit>" at the start of a line in s, or -1.
static long find_warc_line(const char *s, size_t n, size_t from) {
  size_t i = from;
  while (i + 6 <= n) {
    const char *p = memchr(s + i, 'W', n - i - 5);
    if (!p) return -1;
    size_t k = (size_t)(p - s);
    if ((k == 0 || s[k - 1] == '\n') && memcmp(p, "WARC/", 5) == 0 &&
        Nf_ascii_digit((unsigned char)p[5]))
      return (long)k;
    i = k + 1;
  }
  return -1;
}

// Skip bytes up to the next WARC header line (or the end). Returns the
// number of bytes skipped in *skipped.
static nf_status resync(nf_warc *w, size_t from, uint64_t *skipped) {
  *skipped = 0;
  for (;;) {
    size_t av = Nf_stream_avail(w->s);
    long at = find_warc_line(Nf_stream_data(w->s), av, from < av ? from : av);
    if (at >= 0) {
      Nf_stream_consume(w->s, (size_t)at);
      *skipped += (size_t)at;
      return NF_OK;
    }
    // Keep a few bytes: a header line may straddle the window's end.
    size_t keep = av < 6 ? av : 6;
    Nf_stream_consume(w->s, av - keep);
    *skipped += av - keep;
    from = 0;
    bool more;
    nf_status st = Nf_stream_more(w->s, &more);
    if (st) return st;
    if (!more) {
      *skipped += Nf_stream_avail(w->s);
      Nf_stream_consume(w->s, Nf_stream_avail(w->s));
      return NF_OK;
    }
  }
}

// Offset just past the blank line ending a header block in s, or 0.
static size_t header_end(const char *s, size_t n) {
  const char *p = s, *end = s + n;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl) return 0;
    const char *q = nl + 1;
    if (q < end && *q == '\r') q++;
    if (q < end && *q == '\n') return (size_t)(q + 1 - s);
    p = nl + 1;
  }
  return 0;
}

// The value of header `name` in a block of "Name: value" lines (first one
// wins), trimmed; empty when absent.
static nf_sv header_get(nf_sv block, const char *name) {
  size_t nl = strlen(name);
  const char *p = block.p, *end = block.p + block.n;
  while (p < end) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    if (!eol) eol = end;
    if ((size_t)(eol - p) > nl && p[nl] == ':' &&
        Nf_sv_ieq(Nf_sv(p, nl), Nf_sv(name, nl)))
      return Nf_sv_trim(Nf_sv(p + nl + 1, (size_t)(eol - p - nl - 1)));
    p = eol + 1;
  }
  return NF_SV_NULL;
}

// "<urn:uuid:...>" and "<http://...>" (WARC 1.0 drafts) lose their brackets.
static nf_sv unbracket(nf_sv v) {
  if (v.n >= 2 && v.p[0] == '<' && v.p[v.n - 1] == '>')
    return Nf_sv(v.p + 1, v.n - 2);
  return v;
}

// The media type of a Content-Type value: "text/html; charset=x" ->
// "text/html".
static nf_sv media_type(nf_sv ct) {
  size_t i = 0;
  while (i < ct.n && ct.p[i] != ';') i++;
  return Nf_sv_trim(Nf_sv(ct.p, i));
}

static bool is_html_type(nf_sv mt) {
  return Nf_sv_ieq(mt, NF_SV_LIT("text/html")) ||
         Nf_sv_ieq(mt, NF_SV_LIT("application/xhtml+xml"));
}

// --------------------------------------------------------------- HTTP

typedef struct http_msg {
  int status;
  nf_sv content_type, content_encoding, transfer_encoding;
  nf_sv body;
} http_msg;

// Parse an HTTP response held in a WARC block. False when it is not one.
static bool parse_http(nf_sv block, http_msg *m) {
  memset(m, 0, sizeof *m);
  if (block.n < 12 || memcmp(block.p, "HTTP/", 5) != 0) return false;
  const char *sp = memchr(block.p, ' ', block.n < 32 ? block.n : 32);
  if (!sp || (size_t)(sp - block.p) + 4 > block.n) return false;
  const char *c = sp + 1;
  if (!Nf_ascii_digit((unsigned char)c[0]) ||
      !Nf_ascii_digit((unsigned char)c[1]) ||
      !Nf_ascii_digit((unsigned char)c[2]))
    return false;
  m->status = (c[0] - '0') * 100 + (c[1] - '0') * 10 + (c[2] - '0');
  size_t limit =
      block.n < NF_MAX_WARC_HEADER_BYTES ? block.n : NF_MAX_WARC_HEADER_BYTES;
  size_t end = header_end(block.p, limit);
  if (!end) {
    // Headers without a body (or cut off): the whole block is headers.
    end = block.n;
    if (end > limit) return false;
  }
  nf_sv hdr = Nf_sv(block.p, end);
  m->content_type = header_get(hdr, "Content-Type");
  m->content_encoding = header_get(hdr, "Content-Encoding");
  m->transfer_encoding = header_get(hdr, "Transfer-Encoding");
  m->body = Nf_sv(block.p + end, block.n - end);
  return true;
}

// Undo chunked transfer coding into out (capped). Malformed chunking keeps
// what was read before it; *bad says so.
static nf_status dechunk(nf_sv body, nf_buf *out, bool *bad) {
  *bad = false;
  size_t i = 0;
  while (i < body.n) {
    size_t k = i;
    uint64_t size = 0;
    int digits = 0;
    while (k < body.n && digits < 16) {
      unsigned char ch = (unsigned char)body.p[k];
      int v = Nf_ascii_digit(ch)         ? ch - '0'
              : (ch >= 'a' && ch <= 'f') ? ch - 'a' + 10
              : (ch >= 'A' && ch <= 'F') ? ch - 'A' + 10
                                         : -1;
      if (v < 0) break;
      size = size * 16 + (uint64_t)v;
      digits++;
      k++;
    }
    if (!digits) {
      *bad = true;
      return NF_OK;
    }
    const char *nl = memchr(body.p + k, '\n', body.n - k);  // skip extensions
    if (!nl) {
      *bad = true;
      return NF_OK;
    }
    k = (size_t)(nl - body.p) + 1;
    if (size == 0) return NF_OK;
    if (size > body.n - k) {
      *bad = true;
      size = body.n - k;
    }
    nf_status st = Nf_buf_append(out, body.p + k, (size_t)size);
    if (st) return st;
    k += (size_t)size;
    if (k < body.n && body.p[k] == '\r') k++;
    if (k < body.n && body.p[k] == '\n') k++;
    i = k;
  }
  return NF_OK;
}

// Inflate a "Content-Encoding: deflate" body (zlib-wrapped or raw, both
// seen in the wild) into out.
static nf_status inflate_body(nf_ctx *ctx, nf_sv body, nf_buf *out, bool *bad) {
  *bad = false;
  for (int attempt = 0; attempt < 2; attempt++) {
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, attempt == 0 ? 15 : -15) != Z_OK) return NF_ENOMEM;
    z.next_in = (Bytef *)body.p;
    z.avail_in = (uInt)(body.n > UINT32_MAX ? UINT32_MAX : body.n);
    int zr = Z_OK;
    nf_status st = NF_OK;
    while (zr == Z_OK) {
      if ((st = Nf_buf_reserve(out, 65536))) break;
      z.next_out = (Bytef *)out->data + out->len;
      z.avail_out = (uInt)(out->cap - 1 - out->len);
      uInt before = z.avail_out;
      zr = inflate(&z, Z_NO_FLUSH);
      out->len += before - z.avail_out;
      out->data[out->len] = 0;
      if (zr == Z_BUF_ERROR && z.avail_in == 0) break;
    }
    inflateEnd(&z);
    if (st) return st;
    if (zr == Z_STREAM_END || out->len) {
      *bad = zr != Z_STREAM_END;
      return NF_OK;
    }
    Nf_buf_clear(out);
  }
  (void)ctx;
  *bad = true;
  return NF_OK;
}

// Decode a "Content-Encoding: br" body into out (bounded by out's cap).
// *bad when the stream is damaged or cut short; what came before is kept.
static nf_status unbrotli_body(nf_sv body, nf_buf *out, bool *bad) {
  *bad = false;
  BrotliDecoderState *d = BrotliDecoderCreateInstance(NULL, NULL, NULL);
  if (!d) return NF_ENOMEM;
  const uint8_t *in = (const uint8_t *)body.p;
  size_t avail_in = body.n;
  BrotliDecoderResult r = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
  nf_status st = NF_OK;
  while (r == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) {
    if ((st = Nf_buf_reserve(out, 65536))) break;
    uint8_t *next_out = (uint8_t *)out->data + out->len;
    size_t avail_out = out->cap - 1 - out->len;
    size_t before = avail_out;
    r = BrotliDecoderDecompressStream(d, &avail_in, &in, &avail_out, &next_out,
                                      NULL);
    out->len += before - avail_out;
    out->data[out->len] = 0;
  }
  BrotliDecoderDestroyInstance(d);
  if (st) return st;
  *bad = r != BROTLI_DECODER_RESULT_SUCCESS;
  return NF_OK;
}

// ------------------------------------------------------------- records

typedef struct record {
  uint64_t number, offset;
  nf_sv type, target, id, date, content_type, truncated;
  nf_sv block;
} record;

static nf_status make_doc(nf_warc *w, const record *rec, nf_sv payload,
                          nf_sv content_type, nf_sv content_encoding,
                          nf_sv transfer_encoding, nf_doc **out, char *err,
                          size_t errcap) {
  nf_ctx *ctx = w->ctx;
  size_t max = Nf_limit(ctx, NF_LIMIT_INPUT_BYTES);
  nf_buf body;
  Nf_buf_init(&body, &ctx->alloc, max);
  nf_status st = NF_OK;
  const char *note = NULL;
  bool bad = false;
  if (transfer_encoding.n &&
      Nf_sv_ifind(transfer_encoding, NF_SV_LIT("chunked")) >= 0) {
    st = dechunk(payload, &body, &bad);
    if (!st && bad && body.len == 0) {
      // Some archivers store the body de-chunked but keep the header.
      st = Nf_buf_append(&body, payload.p, payload.n);
      note = "Transfer-Encoding says chunked but the body is not: read as is";
    } else if (bad) {
      note = "malformed chunked transfer coding: kept what came before";
    }
  } else {
    st = Nf_buf_append(&body, payload.p, payload.n);
  }
  nf_sv ce = content_encoding;
  bool deflate = ce.n && Nf_sv_ieq(ce, NF_SV_LIT("deflate"));
  bool br = ce.n && Nf_sv_ieq(ce, NF_SV_LIT("br"));
  if (!st && (deflate || br)) {
    nf_buf decoded;
    Nf_buf_init(&decoded, &ctx->alloc, max);
    st = deflate ? inflate_body(ctx, Nf_sv(body.data, body.len), &decoded, &bad)
                 : unbrotli_body(Nf_sv(body.data, body.len), &decoded, &bad);
    if (!st) {
      Nf_buf_fini(&body);
      body = decoded;
      if (bad)
        note = deflate ? "deflate body damaged: kept what came before"
                       : "brotli body damaged: kept what came before";
    } else {
      Nf_buf_fini(&decoded);
    }
  } else if (!st && ce.n && !Nf_sv_ieq(ce, NF_SV_LIT("identity")) &&
             !Nf_sv_ieq(ce, NF_SV_LIT("gzip")) &&
             !Nf_sv_ieq(ce, NF_SV_LIT("x-gzip")) &&
             !Nf_sv_ieq(ce, NF_SV_LIT("zstd"))) {
    // gzip and zstd bodies are recognised by their magic when decoded.
    Nf_buf_fini(&body);
    snprintf(err, errcap,
             "record %llu (%.*s): Content-Encoding \"%.*s\" is not supported",
             (unsigned long long)rec->number,
             (int)(rec->target.n < 200 ? rec->target.n : 200),
             rec->target.p ? rec->target.p : "", (int)(ce.n < 40 ? ce.n : 40),
             ce.p);
    return NF_EUNSUPPORTED;
  }
  if (st) {
    Nf_buf_fini(&body);
    snprintf(err, errcap, "record %llu: payload %s",
             (unsigned long long)rec->number,
             st == NF_ETOOBIG ? "over the input size limit" : nf_strerror(st));
    return st;
  }

  char source[4200];
  snprintf(source, sizeof source, "%.4096s#%llu", w->path,
           (unsigned long long)rec->number);
  nf_sv id = unbracket(rec->id);
  char idbuf[512];
  snprintf(idbuf, sizeof idbuf, "%.*s", (int)(id.n < 500 ? id.n : 500),
           id.p ? id.p : "");
  nf_doc *doc = Nf_doc_new(ctx, idbuf[0] ? idbuf : source, source);
  if (!doc) {
    Nf_buf_fini(&body);
    return NF_ENOMEM;
  }
  doc->container = NF_CONT_WARC;
  doc->record = rec->number ? rec->number - 1 : 0;
  doc->format = NF_DOCFMT_HTML;
  nf_sv target = unbracket(rec->target);
  if (target.n) doc->in_url = Nf_doc_strdup(doc, target.p, target.n);
  nf_sv cs = Nf_charset_from_content_type(content_type);
  if (cs.n) doc->charset = Nf_doc_strdup(doc, cs.p, cs.n);
  if (rec->date.n)
    Nf_doc_note(doc, "ingest", SIZE_MAX, "crawled %.*s (WARC-Date)",
                (int)(rec->date.n < 64 ? rec->date.n : 64), rec->date.p);
  if (rec->truncated.n)
    Nf_doc_note(
        doc, "ingest", SIZE_MAX, "the crawler truncated this record (%.*s)",
        (int)(rec->truncated.n < 64 ? rec->truncated.n : 64), rec->truncated.p);
  if (note) Nf_doc_note(doc, "ingest", SIZE_MAX, "%s", note);
  size_t len;
  char *raw = Nf_buf_detach(&body, &len);
  if (!raw) {
    nf_doc_free(doc);
    return NF_ENOMEM;
  }
  Nf_doc_set_raw(doc, raw, len);
  *out = doc;
  return NF_OK;
}

// True when the payload (maybe compressed) starts like an HTML page.
static bool sniff_payload_html(nf_ctx *ctx, nf_sv payload) {
  char head[4096];
  size_t n = Nf_decompress_prefix(ctx, payload.p, payload.n, head, sizeof head);
  const char *what;
  return !Nf_sniff_binary(head, n, &what) && Nf_sniff_html(head, n);
}

// A usable record becomes a document; others are skipped quietly (NF_DONE).
static nf_status take_record(nf_warc *w, const record *rec, nf_doc **out,
                             char *err, size_t errcap) {
  bool response = Nf_sv_ieq(rec->type, NF_SV_LIT("response"));
  bool resource = Nf_sv_ieq(rec->type, NF_SV_LIT("resource"));
  if (!response && !resource) return NF_DONE;
  nf_sv ct, ce = NF_SV_NULL, te = NF_SV_NULL, payload;
  if (response) {
    http_msg m;
    if (!parse_http(rec->block, &m)) return NF_DONE;  // dns:, ftp:, ...
    if (m.status < 200 || m.status > 299) return NF_DONE;
    ct = m.content_type;
    ce = m.content_encoding;
    te = m.transfer_encoding;
    payload = m.body;
  } else {
    ct = rec->content_type;
    payload = rec->block;
  }
  nf_sv mt = media_type(ct);
  if (mt.n ? !is_html_type(mt) : !sniff_payload_html(w->ctx, payload))
    return NF_DONE;
  if (payload.n == 0) return NF_DONE;
  return make_doc(w, rec, payload, ct, ce, te, out, err, errcap);
}

// Where the record at the window's start stands.
static nf_status read_record(nf_warc *w, nf_doc **out, char *err,
                             size_t errcap) {
  nf_stream *s = w->s;
  nf_status st;
  size_t hmax = NF_MAX_WARC_HEADER_BYTES;
  size_t hlen;
  // The header block.
  for (;;) {
    hlen = header_end(Nf_stream_data(s),
                      Nf_stream_avail(s) < hmax ? Nf_stream_avail(s) : hmax);
    if (hlen) break;
    if (Nf_stream_avail(s) >= hmax) {
      w->quiet_resync = true;
      snprintf(err, errcap,
               "record %llu at byte %llu: header block over %zu bytes",
               (unsigned long long)w->records,
               (unsigned long long)Nf_stream_offset(s), hmax);
      Nf_stream_consume(s, 5);
      return NF_EFORMAT;
    }
    bool more;
    if ((st = Nf_stream_more(s, &more))) {
      snprintf(err, errcap, "%s",
               st == NF_EIO ? "read error" : nf_strerror(st));
      return st;
    }
    if (!more) {
      snprintf(err, errcap,
               "record %llu at byte %llu: header block cut off by the end of "
               "the input",
               (unsigned long long)w->records,
               (unsigned long long)Nf_stream_offset(s));
      Nf_stream_consume(s, Nf_stream_avail(s));
      return NF_EFORMAT;
    }
  }
  record rec;
  memset(&rec, 0, sizeof rec);
  rec.number = w->records;
  rec.offset = Nf_stream_offset(s);
  // Header values point into the window: copy what must outlive a fill.
  char type[64], clen[64];
  nf_sv hdr = Nf_sv(Nf_stream_data(s), hlen);
  nf_sv v = header_get(hdr, "WARC-Type");
  snprintf(type, sizeof type, "%.*s", (int)(v.n < 60 ? v.n : 60),
           v.p ? v.p : "");
  v = header_get(hdr, "Content-Length");
  snprintf(clen, sizeof clen, "%.*s", (int)(v.n < 60 ? v.n : 60),
           v.p ? v.p : "");
  uint64_t len;
  size_t max = Nf_limit(w->ctx, NF_LIMIT_INPUT_BYTES);
  if (!Nf_parse_length(Nf_sv_cstr(clen), UINT64_MAX, &len)) {
    w->quiet_resync = true;
    snprintf(err, errcap, "record %llu at byte %llu: Content-Length %s%s%s",
             (unsigned long long)rec.number, (unsigned long long)rec.offset,
             clen[0] ? "\"" : "", clen[0] ? clen : "missing",
             clen[0] ? "\" is not a length" : "");
    Nf_stream_consume(s, hlen);
    return NF_EFORMAT;
  }
  bool wanted = Nf_sv_ieq(Nf_sv_cstr(type), NF_SV_LIT("response")) ||
                Nf_sv_ieq(Nf_sv_cstr(type), NF_SV_LIT("resource"));
  if (len > max) {
    // Too big to hold: skip to the next header. Quietly for records we
    // would not read anyway (a video), with an error for a page.
    Nf_stream_consume(s, hlen);
    w->quiet_resync = true;
    if (!wanted) return NF_DONE;
    snprintf(err, errcap,
             "record %llu at byte %llu: Content-Length %llu is over the input "
             "size limit (%zu)",
             (unsigned long long)rec.number, (unsigned long long)rec.offset,
             (unsigned long long)len, max);
    return NF_ETOOBIG;
  }
  // The block and what must follow it: two line ends, then the next
  // record or the end of the input.
  size_t need = hlen + (size_t)len + 4 + 6;
  if ((st = Nf_stream_fill(s, need)) && st != NF_ETOOBIG) {
    snprintf(err, errcap, "%s", st == NF_EIO ? "read error" : nf_strerror(st));
    return st;
  }
  const char *d = Nf_stream_data(s);
  size_t av = Nf_stream_avail(s);
  if (av < hlen + len) {
    snprintf(err, errcap,
             "record %llu at byte %llu: Content-Length %llu runs past the end "
             "of the input (%zu bytes left)",
             (unsigned long long)rec.number, (unsigned long long)rec.offset,
             (unsigned long long)len, av - hlen);
    Nf_stream_consume(s, hlen);
    w->quiet_resync = true;
    return NF_EFORMAT;
  }
  // The block ends with CRLF CRLF. Failing that, 1 to 4 line end bytes
  // (some writers use fewer) are enough when a header line or the end of
  // the input follows.
  size_t after = hlen + (size_t)len, k = after;
  bool ends;
  if (av - after >= 4 && memcmp(d + after, "\r\n\r\n", 4) == 0) {
    k = after + 4;
    ends = true;
  } else {
    while (k < av && k < after + 4 && (d[k] == '\r' || d[k] == '\n')) k++;
    if (k == av)
      ends = Nf_stream_at_end(s);
    else
      ends = (k > after || len == 0) && find_warc_line(d, av, k) == (long)k;
  }
  if (!ends) {
    snprintf(err, errcap,
             "record %llu at byte %llu: Content-Length %llu does not match the "
             "record (no record boundary after it)",
             (unsigned long long)rec.number, (unsigned long long)rec.offset,
             (unsigned long long)len);
    Nf_stream_consume(s, hlen);
    w->quiet_resync = true;
    return NF_EFORMAT;
  }
  hdr = Nf_sv(d, hlen);
  rec.type = Nf_sv_cstr(type);
  rec.target = header_get(hdr, "WARC-Target-URI");
  rec.id = header_get(hdr, "WARC-Record-ID");
  rec.date = header_get(hdr, "WARC-Date");
  rec.content_type = header_get(hdr, "Content-Type");
  rec.truncated = header_get(hdr, "WARC-Truncated");
  rec.block = Nf_sv(d + hlen, (size_t)len);
  st = wanted ? take_record(w, &rec, out, err, errcap) : NF_DONE;
  Nf_stream_consume(s, k);
  return st;
}

nf_status Nf_warc_next(nf_warc *w, nf_doc **out, char *err, size_t errcap) {
  nf_stream *s = w->s;
  *out = NULL;
  err[0] = 0;
  for (;;) {
    nf_status st = Nf_stream_fill(s, 8);
    if (st) {
      snprintf(err, errcap, "%s",
               st == NF_EIO ? "read error" : nf_strerror(st));
      return st;
    }
    // Line ends between records.
    size_t k = 0, av = Nf_stream_avail(s);
    const char *d = Nf_stream_data(s);
    while (k < av && (d[k] == '\r' || d[k] == '\n')) k++;
    Nf_stream_consume(s, k);
    if (k == av) {
      if (Nf_stream_at_end(s)) return NF_DONE;
      continue;
    }
    if ((st = Nf_stream_fill(s, 6))) {
      snprintf(err, errcap, "%s",
               st == NF_EIO ? "read error" : nf_strerror(st));
      return st;
    }
    d = Nf_stream_data(s);
    av = Nf_stream_avail(s);
    if (!(av >= 6 && memcmp(d, "WARC/", 5) == 0 &&
          Nf_ascii_digit((unsigned char)d[5]))) {
      uint64_t at = Nf_stream_offset(s), skipped;
      if ((st = resync(w, 1, &skipped))) {
        snprintf(err, errcap, "%s",
                 st == NF_EIO ? "read error" : nf_strerror(st));
        return st;
      }
      if (w->quiet_resync) {
        w->quiet_resync = false;
        continue;
      }
      snprintf(
          err, errcap,
          "no WARC record at byte %llu: skipped %llu bytes to the next record",
          (unsigned long long)at, (unsigned long long)skipped);
      return NF_EFORMAT;
    }
    w->quiet_resync = false;
    w->records++;
    st = read_record(w, out, err, errcap);
    if (st == NF_DONE) continue;
    return st;
  }
}
