// JSON Lines: one article per line; fields and their aliases; unknown
// fields kept under "extra"; one error per bad line while the rest goes on.
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

static const char *str_or(const char *s) {
  return s ? s : "(null)";
}

// One line in, the fields the document gets.
static const struct field_case {
  const char *line;
  const char *id, *url, *title, *published, *outlet, *byline, *language;
  int format;
  const char *extra;  // exact JSON text, or NULL for none
} FIELD_CASES[] = {
    {"{\"id\":\"a1\",\"url\":\"https://x.org/a\",\"title\":\"T\",\"published\":"
     "\"2024-05-01\",\"outlet\":\"X\",\"byline\":\"Ann\",\"language\":\"en\","
     "\"text\":\"Body.\"}",
     "a1", "https://x.org/a", "T", "2024-05-01", "X", "Ann", "en",
     NF_DOCFMT_ARTICLE, NULL},
    // Aliases real datasets use (news-please, NewsAPI, schema.org names).
    {"{\"date_publish\":\"2019-01-02 10:00:00\",\"source_domain\":\"b.com\","
     "\"authors\":[\"A\",\" B \",\"\"],\"lang\":\"de\",\"maintext\":\"M\"}",
     "t.jsonl:1", NULL, NULL, "2019-01-02 10:00:00", "b.com", "A, B", "de",
     NF_DOCFMT_ARTICLE, NULL},
    {"{\"publishedAt\":\"2020-03-04T05:06:07Z\",\"source\":{\"id\":null,"
     "\"name\":\"BBC "
     "News\"},\"author\":\"C\",\"headline\":\"H\",\"content\":\"x\"}",
     "t.jsonl:1", NULL, "H", "2020-03-04T05:06:07Z", "BBC News", "C", NULL,
     NF_DOCFMT_ARTICLE, NULL},
    {"{\"datePublished\":\"2021\",\"site_name\":\"S\",\"html\":\"<p>x</p>\"}",
     "t.jsonl:1", NULL, NULL, "2021", "S", NULL, NULL, NF_DOCFMT_HTML, NULL},
    {"{\"pubDate\":\"Tue, 10 Mar 2025 10:00:00 GMT\",\"text\":\"x\"}",
     "t.jsonl:1", NULL, NULL, "Tue, 10 Mar 2025 10:00:00 GMT", NULL, NULL, NULL,
     NF_DOCFMT_ARTICLE, NULL},
    {"{\"published_at\":1700000000,\"text\":\"x\"}", "t.jsonl:1", NULL, NULL,
     "2023-11-14T22:13:20Z", NULL, NULL, NULL, NF_DOCFMT_ARTICLE, NULL},
    // Numeric ids; whitespace squeezed in metadata.
    {"{\"id\":42,\"title\":\"  Two\\n  lines \",\"text\":\"x\"}", "42", NULL,
     "Two lines", NULL, NULL, NULL, NULL, NF_DOCFMT_ARTICLE, NULL},
    // Integers past 64 bits keep every digit.
    {"{\"id\":123456789012345678901234,\"n\":-99999999999999999999,\"text\":"
     "\"x\"}",
     "123456789012345678901234", NULL, NULL, NULL, NULL, NULL, NULL,
     NF_DOCFMT_ARTICLE, "{\"n\":\"-99999999999999999999\"}"},
    // Unknown fields kept, in order; nulls of known fields dropped; an
    // alias not used (a second date) kept; a known field of the wrong type
    // kept.
    {"{\"id\":\"k\",\"event\":\"e1\",\"date\":\"2020-01-02\",\"published\":"
     "\"2020-01-01\",\"title\":null,\"tags\":[1,{\"a\":null}],\"url\":7,"
     "\"text\":\"x\"}",
     "k", NULL, NULL, "2020-01-01", NULL, NULL, NULL, NF_DOCFMT_ARTICLE,
     "{\"event\":\"e1\",\"date\":\"2020-01-02\",\"tags\":[1,{\"a\":null}],"
     "\"url\":7}"},
    // Text wins over HTML; the HTML is not copied into extra.
    {"{\"text\":\"t\",\"html\":\"<p>h</p>\",\"x\":1}", "t.jsonl:1", NULL, NULL,
     NULL, NULL, NULL, NULL, NF_DOCFMT_ARTICLE, "{\"x\":1}"},
    // An empty string id falls back to the position.
    {"{\"id\":\"\",\"text\":\"x\"}", "t.jsonl:1", NULL, NULL, NULL, NULL, NULL,
     NULL, NF_DOCFMT_ARTICLE, NULL},
};

static void fields_and_aliases(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  for (size_t i = 0; i < sizeof FIELD_CASES / sizeof FIELD_CASES[0]; i++) {
    const struct field_case *c = &FIELD_CASES[i];
    yield y;
    read_memory(ctx, "t.jsonl", c->line, strlen(c->line), NF_INGEST_AS_JSONL,
                &y);
    nf_doc *d = nth_doc(&y, 0);
    if (!d) fail_msg("case %zu: no document (%s)", i, y.errs[0]);
    assert_string_equal(d->id, c->id);
    assert_string_equal(str_or(d->in_url), str_or(c->url));
    assert_string_equal(str_or(d->in_title), str_or(c->title));
    assert_string_equal(str_or(d->in_published), str_or(c->published));
    assert_string_equal(str_or(d->in_outlet), str_or(c->outlet));
    assert_string_equal(str_or(d->in_byline), str_or(c->byline));
    assert_string_equal(str_or(d->in_language), str_or(c->language));
    assert_string_equal(str_or(d->extra_json), str_or(c->extra));
    assert_int_equal(d->format, c->format);
    assert_int_equal(d->container, NF_CONT_JSONL);
    assert_string_equal(d->source, "t.jsonl:1");
    yield_free(&y);
  }
  nf_ctx_free(ctx);
}

// Bad lines: each gives one error naming the file and line, and the
// reader goes on with the next.
static const struct bad_case {
  const char *line;
  const char *error;  // a part of the message after "bad.jsonl:2: "
} BAD_CASES[] = {
    {"not json at all", "not JSON"},
    {"{\"text\": \"unterminated", "not JSON"},
    {"[1,2,3]", "not a JSON object but an array"},
    {"\"text\"", "not a JSON object but a string"},
    {"{\"title\":\"no body\"}", "no \"text\" or \"html\""},
    {"{\"text\":42}", "no \"text\" or \"html\""},
    {"{\"text\":\"x\",\"deep\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
     "[["
     "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
     "]"
     "]]]]]]]]]]]]]}",
     "nested deeper than 64"},
};

static void bad_lines_fail_alone(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  for (size_t i = 0; i < sizeof BAD_CASES / sizeof BAD_CASES[0]; i++) {
    char buf[4096];
    snprintf(buf, sizeof buf,
             "{\"id\":\"first\",\"text\":\"a\"}\n%s\n{\"id\":\"third\","
             "\"text\":\"c\"}\n",
             BAD_CASES[i].line);
    yield y;
    read_memory(ctx, "bad.jsonl", buf, strlen(buf), NF_INGEST_AS_JSONL, &y);
    assert_int_equal(y.n, 3);
    assert_int_equal(y.n_errs, 1);
    assert_null(y.docs[1]);
    if (!strstr(y.errs[1], BAD_CASES[i].error) ||
        strncmp(y.errs[1], "bad.jsonl:2: ", 13))
      fail_msg("case %zu: error \"%s\" lacks \"%s\"", i, y.errs[1],
               BAD_CASES[i].error);
    assert_string_equal(y.docs[0]->id, "first");
    assert_string_equal(y.docs[2]->id, "third");
    yield_free(&y);
  }
  nf_ctx_free(ctx);
}

// 100,000 levels of nesting are refused before jansson (which recurses)
// sees them.
static void very_deep_line_is_refused(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  size_t depth = 100000;
  char *line = malloc(2 * depth + 64);
  size_t n = (size_t)snprintf(line, 64, "{\"text\":\"x\",\"d\":");
  for (size_t i = 0; i < depth; i++) line[n++] = '[';
  for (size_t i = 0; i < depth; i++) line[n++] = ']';
  line[n++] = '}';
  yield y;
  read_memory(ctx, "deep.jsonl", line, n, NF_INGEST_AS_JSONL, &y);
  assert_int_equal(y.n, 1);
  assert_non_null(strstr(y.errs[0], "deep.jsonl:1: JSON nested deeper than"));
  yield_free(&y);
  free(line);
  nf_ctx_free(ctx);
}

static void long_lines_are_skipped_as_they_stream(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  assert_int_equal(nf_ctx_set_limit(ctx, NF_LIMIT_LINE_BYTES, 100), NF_OK);
  // A line far longer than the limit and the window's chunk, between two
  // good ones, and a long last line without a newline.
  size_t big = 3 << 20;
  char *buf = malloc(2 * big + 200);
  size_t n =
      (size_t)snprintf(buf, 100, "{\"id\":\"a\",\"text\":\"x\"}\n{\"text\":\"");
  memset(buf + n, 'y', big);
  n += big;
  n += (size_t)snprintf(buf + n, 100,
                        "\"}\n{\"id\":\"b\",\"text\":\"x\"}\n{\"text\":\"");
  memset(buf + n, 'z', big);
  n += big;
  yield y;
  read_memory(ctx, "long.jsonl", buf, n, NF_INGEST_AS_JSONL, &y);
  assert_int_equal(y.n, 4);
  assert_string_equal(y.docs[0]->id, "a");
  assert_non_null(
      strstr(y.errs[1], "long.jsonl:2: line longer than 100 bytes"));
  assert_string_equal(y.docs[2]->id, "b");
  assert_non_null(strstr(y.errs[3], "long.jsonl:4: line longer"));
  yield_free(&y);
  free(buf);
  nf_ctx_free(ctx);
}

// CRLF, a BOM, blank lines, a last line without newline, invalid UTF-8.
static void line_shapes(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  static const char in[] =
      "\xef\xbb\xbf{\"id\":\"a\",\"text\":\"x\"}\r\n"
      "\r\n"
      "   \n"
      "{\"id\":\"b\",\"title\":\"caf\xe9\",\"text\":\"y\"}\n"
      "{\"id\":\"c\",\"text\":\"z\"}";
  yield y;
  read_memory(ctx, "s.jsonl", in, sizeof in - 1, -1, &y);
  assert_int_equal(y.n, 3);
  assert_int_equal(y.n_errs, 0);
  assert_string_equal(y.docs[0]->id, "a");
  assert_string_equal(y.docs[1]->id, "b");
  assert_string_equal(y.docs[1]->in_title, "caf\xef\xbf\xbd");
  assert_string_equal(y.docs[1]->source, "s.jsonl:4");
  assert_string_equal(y.docs[2]->id, "c");
  yield_free(&y);
  nf_ctx_free(ctx);
}

// The same records compressed with gzip (several members) and zstd.
static void compressed_jsonl(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  static const char a[] = "{\"id\":\"a\",\"text\":\"x\"}\n";
  static const char b[] = "{\"id\":\"b\",\"text\":\"y\"}\n";
  size_t la, lb, lz;
  unsigned char *ga = gzip_bytes(a, sizeof a - 1, &la);
  unsigned char *gb = gzip_bytes(b, sizeof b - 1, &lb);
  unsigned char *two = malloc(la + lb);
  memcpy(two, ga, la);
  memcpy(two + la, gb, lb);
  yield y;
  read_memory(ctx, "t.jsonl.gz", two, la + lb, -1, &y);
  assert_int_equal(y.n, 2);
  assert_string_equal(y.docs[0]->id, "a");
  assert_string_equal(y.docs[1]->id, "b");
  yield_free(&y);

  // Truncated: the first record survives; one error says what happened.
  read_memory(ctx, "t.jsonl.gz", two, la + lb / 2, -1, &y);
  assert_int_equal(y.n_docs, 1);
  assert_string_equal(nth_doc(&y, 0)->id, "a");
  assert_true(y.n_errs >= 1);
  assert_non_null(strstr(y.errs[y.n - 1], "truncated"));
  yield_free(&y);

  char both[128];
  snprintf(both, sizeof both, "%s%s", a, b);
  unsigned char *z = zstd_bytes(both, strlen(both), &lz);
  read_memory(ctx, "t.jsonl.zst", z, lz, -1, &y);
  assert_int_equal(y.n, 2);
  assert_string_equal(y.docs[1]->id, "b");
  yield_free(&y);
  free(ga);
  free(gb);
  free(two);
  free(z);
  nf_ctx_free(ctx);
}

static const struct {
  const char *json;
  size_t depth;
} DEPTH_CASES[] = {
    {"1", 0},
    {"{}", 1},
    {"[[],[[]]]", 3},
    {"{\"a\":\"[[[[\"}", 1},
    {"{\"a\":\"\\\"[[[\"}", 1},
    {"{\"a\":\"\\\\\",\"b\":[[]]}", 3},
    {"[\"unterminated [[[", 1},
    {"]]]]", 0},
};

static void json_depth_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof DEPTH_CASES / sizeof DEPTH_CASES[0]; i++) {
    size_t d =
        Nf_json_depth(DEPTH_CASES[i].json, strlen(DEPTH_CASES[i].json), 64);
    if (d != DEPTH_CASES[i].depth)
      fail_msg("%s: depth %zu, expected %zu", DEPTH_CASES[i].json, d,
               DEPTH_CASES[i].depth);
  }
  assert_int_equal(Nf_json_depth("[[[[[[", 6, 3), 4);
}

// A JSON Lines record's text goes through the decoder as UTF-8 and comes
// out as the article; its metadata reaches the public accessors.
static void record_extracts(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  static const char in[] =
      "{\"id\":\"r\",\"url\":\"https://www.example.org/x\",\"title\":\"T\","
      "\"published\":\"2025-03-10\",\"text\":\"First "
      "paragraph.\\n\\nSecond.\"}\n";
  yield y;
  read_memory(ctx, "r.jsonl", in, sizeof in - 1, -1, &y);
  nf_doc *d = nth_doc(&y, 0);
  assert_non_null(d);
  assert_int_equal(nf_doc_extract(d), NF_OK);
  assert_string_equal(nf_doc_id(d), "r");
  assert_string_equal(nf_doc_title(d), "T");
  assert_string_equal(nf_doc_published(d), "2025-03-10");
  assert_string_equal(nf_doc_outlet(d), "example.org");
  assert_non_null(strstr(nf_doc_text(d), "Second."));
  yield_free(&y);
  nf_ctx_free(ctx);
}

// Long strings take a fast path past jansson; they must come out exactly
// as jansson would give them, and bad ones must still fail as JSON.
static void long_strings(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  char pad[400];
  memset(pad, 'p', sizeof pad - 1);
  pad[sizeof pad - 1] = 0;
  char line[4096];
  snprintf(line, sizeof line,
           "{\"id\":\"L\", \"text\" : \"%s \\\"q\\\" "
           "a\\\\b\\/c\\n\\t\\u00e9\\ud83d\\ude00"
           "\\ud800x\",\"note\":\"%s\\u0041\",\"n\":[\"%s\"]}",
           pad, pad, pad);
  yield y;
  read_memory(ctx, "l.jsonl", line, strlen(line), NF_INGEST_AS_JSONL, &y);
  nf_doc *d = nth_doc(&y, 0);
  assert_non_null(d);
  char want[2048];
  snprintf(want, sizeof want,
           "%s \"q\" a\\b/c\n\t\xc3\xa9\xf0\x9f\x98\x80\xef\xbf\xbdx", pad);
  assert_int_equal(d->raw_len, strlen(want));
  assert_memory_equal(d->raw, want, d->raw_len);
  snprintf(want, sizeof want, "{\"note\":\"%sA\",\"n\":[\"%s\"]}", pad, pad);
  assert_string_equal(d->extra_json, want);
  yield_free(&y);

  // A raw control byte and a bad escape inside a long string: not JSON.
  static const char *const bad[] = {"\x01\"}", "\\q\"}", "\\u12\"}", "\"",
                                    "\"} trailing"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    snprintf(line, sizeof line, "{\"text\":\"%s%s", pad, bad[i]);
    read_memory(ctx, "l.jsonl", line, strlen(line), NF_INGEST_AS_JSONL, &y);
    if (y.n_errs != 1 || !strstr(y.errs[0], "not JSON"))
      fail_msg("bad long string %zu: %s", i, y.n_errs ? y.errs[0] : "no error");
    yield_free(&y);
  }
  nf_ctx_free(ctx);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(fields_and_aliases),
      cmocka_unit_test(bad_lines_fail_alone),
      cmocka_unit_test(very_deep_line_is_refused),
      cmocka_unit_test(long_lines_are_skipped_as_they_stream),
      cmocka_unit_test(line_shapes),
      cmocka_unit_test(compressed_jsonl),
      cmocka_unit_test(json_depth_table),
      cmocka_unit_test(record_extracts),
      cmocka_unit_test(long_strings),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
