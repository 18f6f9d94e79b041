// Scanners of the first bytes: what an input holds, and which charset a
// page or header declares.
// cmocka needs these first; keep the order.
// clang-format off
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>
// clang-format on

#include "ingest/ingest_int.h"

#define LEN(s) (sizeof(s) - 1)

// One NUL in over a thousand bytes: repaired, not refused.
#define PAD10                                                                \
  "padding padding padding padding padding padding padding padding padding " \
  "padding "
#define PAD40 PAD10 PAD10 PAD10 PAD10
#define STRAY_NUL                                                            \
  "one stray NUL\0 in a longer text that goes on, as pages do. " PAD40 PAD40 \
      PAD40 "padding."

static const struct {
  const char *in;
  size_t len;
  nf_sniff kind;
  const char *what;
} CONTAINERS[] = {
    {"", 0, NF_SNIFF_EMPTY, NULL},
    {"\xef\xbb\xbf", 3, NF_SNIFF_EMPTY, NULL},
    {" \n\t\r\n", 5, NF_SNIFF_EMPTY, NULL},
    {"WARC/1.0\r\nWARC-Type: warcinfo\r\n", 0, NF_SNIFF_WARC, NULL},
    {"\r\nWARC/1.1\r\n", 0, NF_SNIFF_WARC, NULL},
    {"WARC/x", 0, NF_SNIFF_PAGE, NULL},
    {"{\"id\": 1, \"text\": \"x\"}\n", 0, NF_SNIFF_JSONL, NULL},
    {"\xef\xbb\xbf{\"a\":1}", 0, NF_SNIFF_JSONL, NULL},
    {"\n\n  { \"a\":1}", 0, NF_SNIFF_JSONL, NULL},
    {"{}\n{}\n", 0, NF_SNIFF_JSONL, NULL},
    {"{\n  \"a\": 1\n}\n", 0, NF_SNIFF_JSON, NULL},
    {"[{\"a\":1},\n{\"a\":2}]", 0, NF_SNIFF_JSON, NULL},
    {"[Reuters] - The story begins", 0, NF_SNIFF_PAGE, NULL},
    {"{{template}} text", 0, NF_SNIFF_PAGE, NULL},
    {"<!DOCTYPE html><html>", 0, NF_SNIFF_PAGE, NULL},
    {"Plain text of a page.", 0, NF_SNIFF_PAGE, NULL},
    {"\x89PNG\r\n\x1a\n\0\0", 10, NF_SNIFF_BINARY, "PNG image"},
    {"\xff\xd8\xff\xe0\0\x10JFIF", 10, NF_SNIFF_BINARY, "JPEG image"},
    {"GIF89a\x01\0", 8, NF_SNIFF_BINARY, "GIF image"},
    {"%PDF-1.7\n%\xe2\xe3", 0, NF_SNIFF_BINARY, "PDF document"},
    {"PK\x03\x04\x14\0", 6, NF_SNIFF_BINARY,
     "ZIP archive (or office document)"},
    {"\0\0\0\x18"
     "ftypmp42",
     12, NF_SNIFF_BINARY, "MP4/QuickTime video"},
    {"BZh91AY&SY\x01", 11, NF_SNIFF_BINARY,
     "bzip2-compressed data (not supported)"},
    {"BZh is how this text begins", 0, NF_SNIFF_PAGE, NULL},
    {"ID3 tags are an MP3 thing", 0, NF_SNIFF_PAGE, NULL},
    {"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11", 12, NF_SNIFF_BINARY,
     "binary data"},
    {"text with a NUL\0 or two\0 in it", 30, NF_SNIFF_BINARY, "binary data"},
    {STRAY_NUL, LEN(STRAY_NUL), NF_SNIFF_PAGE, NULL},
    {"\xff\xfe<\0h\0t\0m\0l\0>\0", 14, NF_SNIFF_PAGE, NULL},
    {"H\0e\0l\0l\0o\0 \0w\0o\0r\0l\0d\0", 22, NF_SNIFF_PAGE, NULL},
    {"\x1b$B$3$s$K$A$O\x1b(B", 0, NF_SNIFF_PAGE, NULL},  // ISO-2022-JP
};

static void containers(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof CONTAINERS / sizeof CONTAINERS[0]; i++) {
    size_t n = CONTAINERS[i].len ? CONTAINERS[i].len : strlen(CONTAINERS[i].in);
    const char *what = NULL;
    nf_sniff k = Nf_sniff_container(CONTAINERS[i].in, n, true, &what);
    if (k != CONTAINERS[i].kind)
      fail_msg("case %zu (%.20s): kind %d, expected %d", i, CONTAINERS[i].in, k,
               CONTAINERS[i].kind);
    if (CONTAINERS[i].what) assert_string_equal(what, CONTAINERS[i].what);
  }
}

static const struct {
  const char *in;
  bool html;
} HTML[] = {
    {"<!doctype HTML>", true},
    {"<HTML>", true},
    {"  <head><title>x</title></head>", true},
    {"<div><p>x</p></div>", true},
    {"Intro text\n<p>a</p><p>b</p><br><br/><a href=x>c</a><img src=y><span>",
     true},
    {"a < b and c > d", false},
    {"Mail <john@example.com> wrote", false},
    {"Text mentioning one <p> tag.", false},
};

static void html_sniffing(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof HTML / sizeof HTML[0]; i++)
    if (Nf_sniff_html(HTML[i].in, strlen(HTML[i].in)) != HTML[i].html)
      fail_msg("\"%s\": expected %s", HTML[i].in,
               HTML[i].html ? "HTML" : "text");
}

static const struct {
  const char *in;
  const char *charset;  // "" when none
} PRESCAN[] = {
    {"<meta charset=\"utf-8\">", "utf-8"},
    {"<META CHARSET=windows-1251>", "windows-1251"},
    {"<meta charset='koi8-r'/>", "koi8-r"},
    {"<meta http-equiv=\"Content-Type\" content=\"text/html; "
     "charset=ISO-8859-2\">",
     "ISO-8859-2"},
    {"<meta content=\"text/html;charset=gbk\" http-equiv=\"content-type\">",
     "gbk"},
    {"<meta content='text/html; charset=\"big5\"' http-equiv=Content-Type>",
     "big5"},
    {"<?xml version='1.0' encoding='Shift_JIS'?><html>", "Shift_JIS"},
    {"<!-- <meta charset=\"koi8-r\"> --><meta charset=\"euc-jp\">", "euc-jp"},
    {"<script>var s = '<meta charset=x>';</script>", "x"},
    {"<title a=\"<meta charset=koi8-r>\">t</title><meta charset=utf-8>",
     "utf-8"},
    {"<metadata charset=koi8-r><meta name=x content=y>", ""},
    {"<meta name=\"description\" content=\"no charset here\">", ""},
    {"<html><body>no meta at all", ""},
    {"<meta charset=\"utf-8", "utf-8"},
    {"<!-- unterminated comment <meta charset=koi8-r>", ""},
};

static void prescan(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof PRESCAN / sizeof PRESCAN[0]; i++) {
    nf_sv cs = Nf_charset_prescan(PRESCAN[i].in, strlen(PRESCAN[i].in));
    char got[64];
    snprintf(got, sizeof got, "%.*s", (int)cs.n, cs.p ? cs.p : "");
    if (strcmp(got, PRESCAN[i].charset))
      fail_msg("%s: got \"%s\", expected \"%s\"", PRESCAN[i].in, got,
               PRESCAN[i].charset);
  }
  // Only the first 4096 bytes are looked at.
  char late[8192];
  memset(late, ' ', sizeof late);
  memcpy(late + 5000, "<meta charset=koi8-r>", 21);
  assert_int_equal(Nf_charset_prescan(late, sizeof late).n, 0);
}

static const struct {
  const char *label;
  const char *iconv;  // NULL when unusable
} LABELS[] = {
    {"utf-8", "UTF-8"},
    {" UTF8 ", "UTF-8"},
    {"\"utf-8\"", "UTF-8"},
    {"latin1", "WINDOWS-1252"},
    {"ISO-8859-1", "WINDOWS-1252"},
    {"us-ascii", "WINDOWS-1252"},
    {"iso-8859-9", "WINDOWS-1254"},
    {"tis-620", "WINDOWS-874"},
    {"gb2312", "GB18030"},
    {"GBK", "GB18030"},
    {"Shift_JIS", "CP932"},
    {"euc-kr", "CP949"},
    {"big5", "BIG5-HKSCS"},
    {"koi8-u", "KOI8-U"},
    {"utf-16", "UTF-8"},
    {"windows-1251", "WINDOWS-1251"},
    {"iso-8859-15", "ISO-8859-15"},
    {"x-user-defined", NULL},
    {"utf-7", NULL},
    {"UTF-32LE", NULL},
    {"no-such-charset", NULL},
    {"", NULL},
    {"utf-8; x", NULL},
    {"a-very-long-label-that-no-registry-has-ever-seen-x", NULL},
};

static void labels(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof LABELS / sizeof LABELS[0]; i++) {
    char buf[48];
    const char *got =
        Nf_charset_from_label(Nf_sv_cstr(LABELS[i].label), buf, sizeof buf);
    if (!LABELS[i].iconv ? got != NULL : !got || strcmp(got, LABELS[i].iconv))
      fail_msg("%s: got %s, expected %s", LABELS[i].label, got ? got : "NULL",
               LABELS[i].iconv ? LABELS[i].iconv : "NULL");
  }
}

static const struct {
  const char *ct;
  const char *charset;
} CONTENT_TYPES[] = {
    {"text/html; charset=utf-8", "utf-8"},
    {"text/html;charset=\"ISO-8859-1\"", "ISO-8859-1"},
    {"text/html; Charset = koi8-r ; q=1", "koi8-r"},
    {"text/html", ""},
    {"text/html; charset=", ""},
    {"text/html; xcharset=a; charset=b", "a"},
};

static void content_types(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof CONTENT_TYPES / sizeof CONTENT_TYPES[0]; i++) {
    nf_sv cs = Nf_charset_from_content_type(Nf_sv_cstr(CONTENT_TYPES[i].ct));
    char got[64];
    snprintf(got, sizeof got, "%.*s", (int)cs.n, cs.p ? cs.p : "");
    if (strcmp(got, CONTENT_TYPES[i].charset))
      fail_msg("%s: got \"%s\"", CONTENT_TYPES[i].ct, got);
  }
}

static const struct {
  const char *in;
  bool ok;
  uint64_t value;
} LENGTHS[] = {
    {"0", true, 0},
    {"1234", true, 1234},
    {"18446744073709551615", true, UINT64_MAX},
    {"18446744073709551616", false, 0},
    {"-1", false, 0},
    {"+1", false, 0},
    {" 1", false, 0},
    {"1e3", false, 0},
    {"", false, 0},
    {"0x10", false, 0},
};

static void lengths(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof LENGTHS / sizeof LENGTHS[0]; i++) {
    uint64_t v = 0;
    bool ok = Nf_parse_length(Nf_sv_cstr(LENGTHS[i].in), UINT64_MAX, &v);
    if (ok != LENGTHS[i].ok || (ok && v != LENGTHS[i].value))
      fail_msg("\"%s\": %s %llu", LENGTHS[i].in, ok ? "ok" : "refused",
               (unsigned long long)v);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(containers),    cmocka_unit_test(html_sniffing),
      cmocka_unit_test(prescan),       cmocka_unit_test(labels),
      cmocka_unit_test(content_types), cmocka_unit_test(lengths),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
