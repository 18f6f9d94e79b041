// Nf_ingest_decode: raw bytes to UTF-8. Character sets (BOM, HTTP header,
// <meta>, the bytes themselves), lazy decompression with a bound, refusal
// of binary data, format sniffing.
// cmocka needs these first; keep the order.
// clang-format off
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
// clang-format on

#include "core/utf8.h"
#include "helpers.h"
#include "ingest/ingest.h"
#include "ingest/ingest_int.h"
#include "model/doc.h"

// A page document holding the bytes undecoded, as the reader makes it.
static nf_doc *page(nf_ctx *ctx, const void *bytes, size_t n,
                    const char *charset) {
  nf_doc *d = Nf_doc_new(ctx, "p", "p");
  char *raw = malloc(n + 1);
  memcpy(raw, bytes, n);
  raw[n] = 0;
  Nf_doc_set_raw(d, raw, n);
  d->charset = charset;
  return d;
}

static bool has_note(const nf_doc *d, const char *part) {
  for (size_t i = 0; i < d->n_diags; i++)
    if (strstr(d->diags[i].msg, part)) return true;
  return false;
}

// Every ASCII byte at every place of a line that has tabs and newlines
// around it: the control bytes (other than tab and newline) and DEL never
// reach the text, the others are kept as they are. (The scan for clean
// text goes a word at a time; this pins it to the byte.)
static void control_bytes_anywhere(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  static const char base[] =
      "ab\tc\nd\t\te\n\nfgh\tij\nkl mnop qrs\ttu vw xyz01";
  size_t n = sizeof base - 1;
  for (int b = 1; b < 0x80; b++) {
    bool bad = (b < 0x20 && b != '\t' && b != '\n') || b == 0x7f;
    for (size_t at = 0; at < n; at++) {
      char line[sizeof base];
      memcpy(line, base, sizeof base);
      line[at] = (char)b;
      nf_doc *d = page(ctx, line, n, NULL);
      assert_int_equal(Nf_ingest_decode(d), NF_OK);
      for (size_t i = 0; i < d->raw_len; i++) {
        unsigned char c = (unsigned char)d->raw[i];
        assert_false((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f);
      }
      if (!bad) assert_memory_equal(d->raw, line, n);
      nf_doc_free(d);
    }
  }
  nf_ctx_free(ctx);
}

static const struct charset_case {
  const char *name;
  const char *in;
  size_t len;        // 0: strlen(in)
  const char *http;  // charset from the container, or NULL
  const char *out;   // the UTF-8 text expected (a part of it for HTML)
  const char *note;  // part of a note expected, or NULL for no note
} CHARSETS[] = {
    {"utf-8 as is", "caf\xc3\xa9 na\xc3\xafve", 0, NULL,
     "caf\xc3\xa9 na\xc3\xafve", NULL},
    {"utf-8 bom", "\xef\xbb\xbfhello", 0, NULL, "hello", NULL},
    {"utf-16le bom", "\xff\xfeh\0\xe9\0", 6, NULL, "h\xc3\xa9", "UTF-16LE"},
    {"utf-16be bom", "\xfe\xff\0h\0\xe9", 6, NULL, "h\xc3\xa9", "UTF-16BE"},
    {"utf-16le no bom", "T\0h\0e\0 \0n\0e\0w\0s\0 \0t\0o\0d\0a\0y\0", 28, NULL,
     "The news today", "no byte order mark"},
    {"http windows-1252", "\x93quoted\x94 \x80", 0, "windows-1252",
     "\xe2\x80\x9cquoted\xe2\x80\x9d \xe2\x82\xac",
     "declared in the container"},
    {"http iso-8859-1 means windows-1252", "\x93x\x94", 0, "ISO-8859-1",
     "\xe2\x80\x9cx\xe2\x80\x9d", "WINDOWS-1252"},
    {"http us-ascii with high bytes", "na\xefve", 0, "us-ascii", "na\xc3\xafve",
     "WINDOWS-1252"},
    {"meta charset koi8-r",
     "<html><head><meta "
     "charset=\"koi8-r\"></head><body>\xf0\xd2\xc9\xd7\xc5\xd4</body></html>",
     0, NULL, "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82", "KOI8-R"},
    {"meta http-equiv shift_jis",
     "<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; "
     "charset=Shift_JIS\">"
     "</head><body><p>\x93\xfa\x96\x7b</p></body></html>",
     0, NULL, "\xe6\x97\xa5\xe6\x9c\xac", "CP932"},
    {"meta gbk",
     "<html><head><meta "
     "charset=gb2312><title>x</title></head><body>\xd6\xd0\xce\xc4</body></"
     "html>",
     0, NULL, "\xe4\xb8\xad\xe6\x96\x87", "GB18030"},
    {"xml declaration",
     "<?xml version=\"1.0\" "
     "encoding=\"ISO-8859-2\"?><html><body><p>\xb1</p></body></html>",
     0, NULL, "\xc4\x85", "ISO-8859-2"},
    {"meta inside a comment is not read",
     "<html><head><!-- <meta charset=\"koi8-r\"> --><meta "
     "charset=\"windows-1251\"></head>"
     "<body>\xcf\xf0\xe8</body></html>",
     0, NULL, "\xd0\x9f\xd1\x80\xd0\xb8", "WINDOWS-1251"},
    {"http header wins over meta",
     "<html><head><meta charset=\"koi8-r\"></head><body>caf\xe9</body></html>",
     0, "windows-1252", "caf\xc3\xa9", "declared in the container"},
    {"declared legacy, bytes are utf-8",
     "<html><head><meta "
     "charset=\"windows-1252\"></head><body>caf\xc3\xa9</body></html>",
     0, NULL, "caf\xc3\xa9", "the bytes are UTF-8"},
    {"no label, not utf-8: windows-1252", "caf\xe9 cr\xe8me", 0, NULL,
     "caf\xc3\xa9 cr\xc3\xa8me", "no charset declared"},
    {"declared utf-8, latin-1 bytes", "caf\xe9 cr\xe8me", 0, "utf-8",
     "caf\xc3\xa9 cr\xc3\xa8me", "declared UTF-8"},
    {"utf-8 with one broken byte",
     "\xc3\xa9t\xc3\xa9 \xe2\x80\x94 \xff \xc3\xa0 la plage", 0, NULL,
     "\xc3\xa9t\xc3\xa9 \xe2\x80\x94 \xef\xbf\xbd \xc3\xa0 la plage",
     "repaired 1"},
    {"unknown label ignored", "plain", 0, "x-no-such-charset", "plain",
     "not usable"},
    {"utf-7 label refused", "a+ACE-", 0, "utf-7", "a+ACE-", "not usable"},
    {"crlf and controls",
     "a\r\nb\rc\x01"
     "d",
     0, NULL, "a\nb\ncd", "repaired 1"},
};

static void charsets(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  for (size_t i = 0; i < sizeof CHARSETS / sizeof CHARSETS[0]; i++) {
    const struct charset_case *c = &CHARSETS[i];
    size_t n = c->len ? c->len : strlen(c->in);
    nf_doc *d = page(ctx, c->in, n, c->http);
    nf_status st = Nf_ingest_decode(d);
    if (st) fail_msg("%s: %s", c->name, d->errmsg);
    if (!strstr(d->raw, c->out)) fail_msg("%s: got \"%s\"", c->name, d->raw);
    assert_true(Nf_utf8_valid(d->raw, d->raw_len));
    assert_string_equal(d->charset, "UTF-8");
    if (c->note && !has_note(d, c->note))
      fail_msg("%s: no note with \"%s\" (%zu notes; first: %s)", c->name,
               c->note, d->n_diags, d->n_diags ? d->diags[0].msg : "-");
    if (!c->note && d->n_diags)
      fail_msg("%s: unexpected note \"%s\"", c->name, d->diags[0].msg);
    // Idempotent.
    assert_int_equal(Nf_ingest_decode(d), NF_OK);
    nf_doc_free(d);
  }
  nf_ctx_free(ctx);
}

static void formats_are_sniffed(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  static const struct {
    const char *in;
    int format;
  } cases[] = {
      {"<!DOCTYPE html><title>x</title>", NF_DOCFMT_HTML},
      {"\n\n  <html lang=en><body>x", NF_DOCFMT_HTML},
      {"<p>One.</p><p>Two.</p>", NF_DOCFMT_HTML},
      {"A headline\n\nA paragraph with x < y and <3 hearts.", NF_DOCFMT_TEXT},
      {"Plain words only.", NF_DOCFMT_TEXT},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    // The look at the first bytes agrees with the full decoding, gzipped
    // or not.
    size_t zn;
    unsigned char *z = gzip_bytes(cases[i].in, strlen(cases[i].in), &zn);
    nf_doc *g = page(ctx, z, zn, NULL);
    assert_int_equal(Nf_ingest_page_is_html(g),
                     cases[i].format == NF_DOCFMT_HTML);
    assert_int_equal(g->raw_len, zn);  // and left the page undecoded
    nf_doc_free(g);
    free(z);
    nf_doc *d = page(ctx, cases[i].in, strlen(cases[i].in), NULL);
    assert_int_equal(Nf_ingest_page_is_html(d),
                     cases[i].format == NF_DOCFMT_HTML);
    assert_int_equal(Nf_ingest_decode(d), NF_OK);
    if (d->format != cases[i].format)
      fail_msg("\"%s\": format %d, expected %d", cases[i].in, d->format,
               cases[i].format);
    nf_doc_free(d);
  }
  nf_ctx_free(ctx);
}

// Pages stay compressed until decoded (on a worker thread); the bound on
// the decompressed size turns a bomb into an error.
static void compressed_pages(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  static const char html[] = "<html><body><p>Zipped story.</p></body></html>";
  size_t n;
  unsigned char *gz = gzip_bytes(html, sizeof html - 1, &n);
  nf_doc *d = page(ctx, gz, n, NULL);
  assert_int_equal(d->raw_len, n);  // the reader left it compressed
  assert_int_equal(Nf_ingest_decode(d), NF_OK);
  assert_string_equal(d->raw, html);
  assert_int_equal(d->format, NF_DOCFMT_HTML);
  nf_doc_free(d);
  free(gz);

  unsigned char *zs = zstd_bytes(html, sizeof html - 1, &n);
  d = page(ctx, zs, n, NULL);
  assert_int_equal(Nf_ingest_decode(d), NF_OK);
  assert_string_equal(d->raw, html);
  nf_doc_free(d);
  free(zs);

  // Several members, as `cat a.gz b.gz` makes: all of them, in order; and
  // a trailer whose size field lies (it is only a hint for the buffer).
  {
    size_t n1, n2;
    unsigned char *g1 = gzip_bytes(html, sizeof html - 1, &n1);
    unsigned char *g2 = gzip_bytes("<p>more</p>", 11, &n2);
    unsigned char *both = malloc(n1 + n2);
    memcpy(both, g1, n1);
    memcpy(both + n1, g2, n2);
    d = page(ctx, both, n1 + n2, NULL);
    assert_int_equal(Nf_ingest_decode(d), NF_OK);
    assert_int_equal(d->raw_len, sizeof html - 1 + 11);
    assert_memory_equal(d->raw, html, sizeof html - 1);
    assert_string_equal(d->raw + sizeof html - 1, "<p>more</p>");
    nf_doc_free(d);
    memcpy(both + n1 - 4, "\x01\0\0\0", 4);  // ISIZE says 1 byte
    d = page(ctx, both, n1, NULL);
    assert_int_equal(Nf_ingest_decode(d), NF_OK);
    assert_string_equal(d->raw, html);
    nf_doc_free(d);
    free(both);
    free(g1);
    free(g2);
  }

  // Truncated: the bytes before the damage, and a note.
  size_t big = 200000;
  char *text = malloc(big + 1);
  for (size_t i = 0; i < big; i++)
    text[i] = (char)(i % 60 == 59 ? '\n' : 'a' + (i * 7919) % 26);
  gz = gzip_bytes(text, big, &n);
  d = page(ctx, gz, n / 2, NULL);
  assert_int_equal(Nf_ingest_decode(d), NF_OK);
  assert_true(d->raw_len > 0 && d->raw_len < big);
  assert_memory_equal(d->raw, text, d->raw_len);
  assert_true(has_note(d, "gzip data truncated"));
  nf_doc_free(d);
  free(gz);
  free(text);

  // A bomb: 64 MB of zeros (64 KB compressed) against a 1 MB limit.
  assert_int_equal(nf_ctx_set_limit(ctx, NF_LIMIT_INPUT_BYTES, 1 << 20), NF_OK);
  size_t bomb = 64u << 20;
  char *zeros = calloc(1, bomb);
  gz = gzip_bytes(zeros, bomb, &n);
  free(zeros);
  d = page(ctx, gz, n, NULL);
  assert_int_equal(Nf_ingest_decode(d), NF_ETOOBIG);
  assert_non_null(strstr(d->errmsg, "more than 1048576 bytes"));
  nf_doc_free(d);
  free(gz);
  nf_ctx_free(ctx);
}

static void binary_and_empty(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
  nf_doc *d = page(ctx, png, sizeof png - 1, NULL);
  assert_int_equal(Nf_ingest_decode(d), NF_EFORMAT);
  assert_string_equal(d->errmsg, "not text (PNG image)");
  nf_doc_free(d);
  // A few control bytes: not enough to call binary, nothing left once
  // repaired.
  d = page(ctx, "\x01\x02\x03", 3, NULL);
  assert_int_equal(Nf_ingest_decode(d), NF_EEMPTY);
  assert_string_equal(d->errmsg, "no text left after decoding");
  nf_doc_free(d);
  // A gzip of nothing decodes to nothing.
  size_t n;
  unsigned char *gz = gzip_bytes("", 0, &n);
  d = page(ctx, gz, n, NULL);
  assert_int_equal(Nf_ingest_decode(d), NF_EEMPTY);
  nf_doc_free(d);
  free(gz);
  // A gzip of an image is refused after decompression.
  gz = gzip_bytes(png, sizeof png - 1, &n);
  d = page(ctx, gz, n, NULL);
  assert_int_equal(Nf_ingest_decode(d), NF_EFORMAT);
  nf_doc_free(d);
  free(gz);
  nf_ctx_free(ctx);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(charsets),
      cmocka_unit_test(control_bytes_anywhere),
      cmocka_unit_test(formats_are_sniffed),
      cmocka_unit_test(compressed_pages),
      cmocka_unit_test(binary_and_empty),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
