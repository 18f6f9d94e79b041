// WARC: response records of HTML pages become documents; other records are
// skipped quietly; a lying Content-Length costs one record (one error) and
// the reader resynchronises at the next header.
// cmocka needs these first; keep the order.
// clang-format off
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
// clang-format on

#include "helpers.h"
#include "ingest/ingest_int.h"
#include "model/doc.h"

typedef struct wbuf {
  char *p;
  size_t n, cap;
  int next_id;
} wbuf;

static void put(wbuf *w, const void *s, size_t n) {
  if (w->n + n + 1 > w->cap) {
    w->cap = (w->n + n + 1) * 2;
    w->p = realloc(w->p, w->cap);
  }
  memcpy(w->p + w->n, s, n);
  w->n += n;
  w->p[w->n] = 0;
}
static void puts_(wbuf *w, const char *s) {
  put(w, s, strlen(s));
}

// Append one record. clen: the Content-Length to write, or NULL for the
// true one.
static void record(wbuf *w, const char *type, const char *uri,
                   const char *content_type, const char *block, size_t blen,
                   const char *clen) {
  char hdr[1024], len[32];
  snprintf(len, sizeof len, "%zu", blen);
  snprintf(hdr, sizeof hdr,
           "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\n"
           "WARC-Date: 2024-05-01T10:00:00Z\r\n"
           "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012d>\r\n"
           "Content-Type: %s\r\nContent-Length: %s\r\n\r\n",
           type, uri, ++w->next_id, content_type, clen ? clen : len);
  puts_(w, hdr);
  put(w, block, blen);
  puts_(w, "\r\n\r\n");
}

static void response(wbuf *w, const char *uri, const char *http_head,
                     const char *body, const char *clen) {
  wbuf b = {0};
  puts_(&b, http_head);
  puts_(&b, "\r\n");
  puts_(&b, body);
  record(w, "response", uri, "application/http; msgtype=response", b.p, b.n,
         clen);
  free(b.p);
}

static const char PAGE[] =
    "<!DOCTYPE "
    "html><html><head><title>T</title></head><body><p>Story.</p></body></html>";

// A crawl as Common Crawl writes it: warcinfo, then request, response and
// metadata for each URL.
static void crawl(wbuf *w) {
  record(w, "warcinfo", "", "application/warc-fields", "software: test\r\n", 16,
         NULL);
  record(w, "request", "https://a.org/1", "application/http; msgtype=request",
         "GET /1 HTTP/1.1\r\nHost: a.org\r\n\r\n", 32, NULL);
  response(w, "https://a.org/1",
           "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n",
           PAGE, NULL);
  record(w, "metadata", "https://a.org/1", "application/warc-fields",
         "fetchTimeMs: 12\r\n", 17, NULL);
  response(w, "https://a.org/logo.png",
           "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n",
           "\x89PNG\r\n\x1a\n....", NULL);
  response(w, "https://a.org/gone",
           "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n", PAGE, NULL);
  response(w, "https://a.org/moved", "HTTP/1.1 301 Moved\r\nLocation: /x\r\n",
           "", NULL);
  response(w, "https://a.org/doc.pdf",
           "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n",
           "%PDF-1.4 ...", NULL);
  response(w, "https://a.org/2",
           "HTTP/1.0 200 OK\r\nContent-Type: application/xhtml+xml\r\n", PAGE,
           NULL);
  // No Content-Type: taken when the payload looks like HTML.
  response(w, "https://a.org/3", "HTTP/1.1 200 OK\r\n", PAGE, NULL);
  response(w, "https://a.org/plain", "HTTP/1.1 200 OK\r\n", "just some words",
           NULL);
  record(w, "resource", "file:///saved.html", "text/html", PAGE,
         sizeof PAGE - 1, NULL);
  record(w, "response", "dns:a.org", "text/dns", "20240501 a.org 1.2.3.4", 22,
         NULL);
}

static void reads_html_responses_only(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  wbuf w = {0};
  crawl(&w);
  yield y;
  read_memory(ctx, "c.warc", w.p, w.n, -1, &y);
  assert_int_equal(y.n_errs, 0);
  assert_int_equal(y.n_docs, 4);
  static const char *const urls[] = {"https://a.org/1", "https://a.org/2",
                                     "https://a.org/3", "file:///saved.html"};
  static const char *const ids[] = {
      "urn:uuid:00000000-0000-0000-0000-000000000003",
      "urn:uuid:00000000-0000-0000-0000-000000000009",
      "urn:uuid:00000000-0000-0000-0000-000000000010",
      "urn:uuid:00000000-0000-0000-0000-000000000012"};
  for (size_t i = 0; i < 4; i++) {
    nf_doc *d = nth_doc(&y, i);
    assert_string_equal(d->in_url, urls[i]);
    assert_string_equal(d->id, ids[i]);
    assert_int_equal(d->container, NF_CONT_WARC);
    assert_null(d->in_published);  // a crawl date is not a publication date
    assert_int_equal(Nf_ingest_decode(d), NF_OK);
    assert_int_equal(d->raw_len, sizeof PAGE - 1);
    assert_memory_equal(d->raw, PAGE, sizeof PAGE - 1);
    assert_int_equal(d->format, NF_DOCFMT_HTML);
  }
  assert_string_equal(nth_doc(&y, 0)->source, "c.warc#3");
  yield_free(&y);

  // Each record its own gzip member, as Common Crawl writes .warc.gz.
  wbuf g = {0};
  char *p = w.p, *end = w.p + w.n;
  while (p < end) {
    char *next = p + 1;
    while (next + 8 < end && memcmp(next, "\r\n\r\nWARC/", 9) != 0) next++;
    next = next + 8 < end ? next + 4 : end;
    size_t zl;
    unsigned char *z = gzip_bytes(p, (size_t)(next - p), &zl);
    put(&g, z, zl);
    free(z);
    p = next;
  }
  read_memory(ctx, "c.warc.gz", g.p, g.n, -1, &y);
  assert_int_equal(y.n_errs, 0);
  assert_int_equal(y.n_docs, 4);
  assert_string_equal(nth_doc(&y, 3)->in_url, "file:///saved.html");
  yield_free(&y);
  free(g.p);
  free(w.p);
  nf_ctx_free(ctx);
}

// HTTP details: charset to doc->charset, chunked transfer coding, gzip,
// deflate and brotli content coding; an unknown coding is one error.
static void http_payloads(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  wbuf w = {0};
  response(&w, "http://b.org/latin",
           "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n",
           "<html><body><p>caf\xe9</p></body></html>", NULL);
  response(&w, "http://b.org/chunked",
           "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: "
           "chunked\r\n",
           "6\r\n<html>\r\nb;ext=1\r\n<body>x</bo\r\n8\r\ndy></"
           "htm\r\n2\r\nl>\r\n0\r\n\r\n",
           NULL);
  size_t zl;
  static const char gz_page[] = "<html><body><p>zipped</p></body></html>";
  unsigned char *z = gzip_bytes(gz_page, sizeof gz_page - 1, &zl);
  wbuf b = {0};
  puts_(&b,
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: "
        "gzip\r\n\r\n");
  put(&b, z, zl);
  record(&w, "response", "http://b.org/gz",
         "application/http; msgtype=response", b.p, b.n, NULL);
  free(b.p);
  free(z);
  // deflate, zlib-wrapped.
  unsigned char zz[256];
  uLongf zzl = sizeof zz;
  compress(zz, &zzl, (const Bytef *)gz_page, sizeof gz_page - 1);
  memset(&b, 0, sizeof b);
  puts_(&b,
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: "
        "deflate\r\n\r\n");
  put(&b, zz, zzl);
  record(&w, "response", "http://b.org/deflate",
         "application/http; msgtype=response", b.p, b.n, NULL);
  free(b.p);
  // brotli (made with libbrotlienc from gz_page), whole and cut short.
  static const char br_page[] =
      "\x1b\x26\x00\x00\x04\x6c\x71\x88\x0f\xf2\x37\xa3\x82\x6c\x5c"
      "\x13\xb2\x08\x23\x40\x69\xca\x4a\x55\x54\x12\xa2\xf4\x30\xa8"
      "\xfc\xe9\xce\xcd\x28\xdc\x48";
  static const char br_head[] =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: "
      "br\r\n\r\n";
  for (size_t cut = 0; cut <= 8; cut += 8) {
    memset(&b, 0, sizeof b);
    puts_(&b, br_head);
    put(&b, br_page, sizeof br_page - 1 - cut);
    record(&w, "response", cut ? "http://b.org/br-cut" : "http://b.org/br",
           "application/http; msgtype=response", b.p, b.n, NULL);
    free(b.p);
  }
  response(&w, "http://b.org/compress",
           "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: "
           "compress\r\n",
           "\x1f\x9d\x90", NULL);

  yield y;
  read_memory(ctx, "h.warc", w.p, w.n, -1, &y);
  assert_int_equal(y.n_docs, 6);
  assert_int_equal(y.n_errs, 1);
  assert_non_null(
      strstr(y.errs[6], "Content-Encoding \"compress\" is not supported"));
  nf_doc *d = nth_doc(&y, 0);
  assert_string_equal(d->charset, "ISO-8859-1");
  assert_int_equal(Nf_ingest_decode(d), NF_OK);
  assert_non_null(strstr(d->raw, "caf\xc3\xa9"));
  d = nth_doc(&y, 1);
  assert_int_equal(Nf_ingest_decode(d), NF_OK);
  assert_string_equal(d->raw, "<html><body>x</body></html>");
  d = nth_doc(&y, 2);
  assert_int_equal(Nf_ingest_decode(d), NF_OK);
  assert_string_equal(d->raw, gz_page);
  d = nth_doc(&y, 3);
  assert_int_equal(Nf_ingest_decode(d), NF_OK);
  assert_string_equal(d->raw, gz_page);
  d = nth_doc(&y, 4);
  assert_int_equal(Nf_ingest_decode(d), NF_OK);
  assert_string_equal(d->raw, gz_page);
  // Cut short: the part decoded before the cut is kept, with a note.
  d = nth_doc(&y, 5);
  assert_int_equal(Nf_ingest_decode(d), NF_OK);
  assert_true(strlen(d->raw) < sizeof gz_page - 1);
  assert_int_equal(strncmp(d->raw, gz_page, strlen(d->raw)), 0);
  bool noted = false;
  for (size_t i = 0; i < d->n_diags; i++)
    noted = noted || strstr(d->diags[i].msg, "brotli body damaged") != NULL;
  assert_true(noted);
  yield_free(&y);
  free(w.p);
  nf_ctx_free(ctx);
}

// A bad record between two good ones: the bad one gives exactly one error
// and both good ones come through.
static const struct lie_case {
  const char *name;
  const char *clen;   // Content-Length written for the middle record
  const char *error;  // part of the message
} LIES[] = {
    {"longer by 10", "+10", "does not match the record"},
    {"longer by a lot", "+5000", "runs past the end of the input"},
    {"shorter by 10", "-10", "does not match the record"},
    {"shorter by all", "0", "does not match the record"},
    {"negative", "-5", "is not a length"},
    {"not a number", "abc", "is not a length"},
    {"missing", "", "Content-Length missing"},
    {"over 64 bits", "99999999999999999999999", "is not a length"},
    {"over the input limit", "4000000000", "over the input size limit"},
};

static void lying_lengths(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  // Small enough that "4000000000" is over it, big enough for the pages.
  assert_int_equal(nf_ctx_set_limit(ctx, NF_LIMIT_INPUT_BYTES, 1 << 20), NF_OK);
  for (size_t i = 0; i < sizeof LIES / sizeof LIES[0]; i++) {
    const struct lie_case *c = &LIES[i];
    wbuf w = {0};
    response(&w, "http://c.org/1",
             "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", PAGE, NULL);
    char clen[64], body[200];
    snprintf(body, sizeof body,
             "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n%s", PAGE);
    size_t true_len = strlen(body);
    if (c->clen[0] == '+')
      snprintf(clen, sizeof clen, "%zu",
               true_len + (size_t)strtol(c->clen + 1, NULL, 10));
    else if (c->clen[0] == '-' && Nf_ascii_digit((unsigned char)c->clen[1]) &&
             strcmp(c->clen, "-5"))
      snprintf(clen, sizeof clen, "%zu",
               true_len - (size_t)strtol(c->clen + 1, NULL, 10));
    else
      snprintf(clen, sizeof clen, "%s", c->clen);
    if (strcmp(c->name, "missing") == 0) {
      // A header block without the field at all.
      puts_(&w,
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: "
            "http://c.org/bad\r\n\r\n");
      puts_(&w, body);
      puts_(&w, "\r\n\r\n");
    } else {
      record(&w, "response", "http://c.org/bad",
             "application/http; msgtype=response", body, true_len, clen);
    }
    response(&w, "http://c.org/3",
             "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", PAGE, NULL);
    yield y;
    read_memory(ctx, "lie.warc", w.p, w.n, -1, &y);
    if (y.n_errs != 1 || y.n_docs != 2)
      fail_msg("%s: %zu docs, %zu errors (%s)", c->name, y.n_docs, y.n_errs,
               y.errs[1]);
    assert_string_equal(nth_doc(&y, 0)->in_url, "http://c.org/1");
    assert_string_equal(nth_doc(&y, 1)->in_url, "http://c.org/3");
    if (!strstr(y.errs[1], c->error) ||
        strncmp(y.errs[1], "lie.warc: record 2", 18))
      fail_msg("%s: error \"%s\" lacks \"%s\"", c->name, y.errs[1], c->error);
    yield_free(&y);
    free(w.p);
  }
  nf_ctx_free(ctx);
}

// The last record claims more bytes than the input holds; garbage before a
// record; a header that never ends.
static void damaged_containers(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  wbuf w = {0};
  response(&w, "http://d.org/1",
           "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", PAGE, NULL);
  response(&w, "http://d.org/2",
           "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", PAGE, "100000");
  yield y;
  read_memory(ctx, "end.warc", w.p, w.n, -1, &y);
  assert_int_equal(y.n_docs, 1);
  assert_int_equal(y.n_errs, 1);
  assert_non_null(strstr(y.errs[1], "runs past the end of the input"));
  yield_free(&y);
  free(w.p);

  memset(&w, 0, sizeof w);
  response(&w, "http://d.org/1",
           "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", PAGE, NULL);
  puts_(&w, "some junk that is no record\nand more\n");
  response(&w, "http://d.org/2",
           "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", PAGE, NULL);
  read_memory(ctx, "junk.warc", w.p, w.n, -1, &y);
  assert_int_equal(y.n_docs, 2);
  assert_int_equal(y.n_errs, 1);
  assert_non_null(strstr(y.errs[1], "skipped"));
  yield_free(&y);
  free(w.p);

  memset(&w, 0, sizeof w);
  puts_(&w, "WARC/1.0\r\nWARC-Type: response\r\n");
  for (int i = 0; i < 10000; i++) puts_(&w, "X-Filler: 0123456789\r\n");
  response(&w, "http://d.org/after",
           "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", PAGE, NULL);
  read_memory(ctx, "hdr.warc", w.p, w.n, -1, &y);
  assert_int_equal(y.n_errs, 1);
  assert_non_null(strstr(y.errs[0], "header block over"));
  assert_int_equal(y.n_docs, 1);
  assert_string_equal(nth_doc(&y, 0)->in_url, "http://d.org/after");
  yield_free(&y);
  free(w.p);

  // Only a header, cut off.
  static const char cut[] = "WARC/1.0\r\nWARC-Type: resp";
  read_memory(ctx, "cut.warc", cut, sizeof cut - 1, -1, &y);
  assert_int_equal(y.n, 1);
  assert_non_null(strstr(y.errs[0], "cut off"));
  yield_free(&y);
  nf_ctx_free(ctx);
}

// A record bigger than the window's first chunk still reads exactly.
static void big_record(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  size_t n = 3u << 20;
  char *body = malloc(n + 64);
  memcpy(body, "<html><body><p>", 15);
  for (size_t i = 15; i < n; i++) body[i] = (char)('a' + i % 26);
  body[n] = 0;
  wbuf w = {0};
  response(&w, "http://e.org/big",
           "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", body, NULL);
  response(&w, "http://e.org/next",
           "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", PAGE, NULL);
  yield y;
  read_memory(ctx, "big.warc", w.p, w.n, -1, &y);
  assert_int_equal(y.n_docs, 2);
  assert_int_equal(nth_doc(&y, 0)->raw_len, n);
  yield_free(&y);
  free(w.p);
  free(body);
  nf_ctx_free(ctx);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(reads_html_responses_only),
      cmocka_unit_test(http_payloads),
      cmocka_unit_test(lying_lengths),
      cmocka_unit_test(damaged_containers),
      cmocka_unit_test(big_record),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
