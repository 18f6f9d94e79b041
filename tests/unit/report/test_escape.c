// Escaping for HTML and Markdown, and the account renderers on hostile
// report text: nothing from a report reaches a page unescaped.
// cmocka needs these first; keep the order.
// clang-format off
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
// clang-format on

#include <jansson.h>

#include "../reconcile/fixture.h"
#include "reconcile/reconcile.h"
#include "report/account_render.h"
#include "report/escape.h"

static void html_escape_cases(void **state) {
  (void)state;
  static const struct {
    const char *in;
    size_t n;
    const char *out;
  } cases[] = {
      {"plain", 5, "plain"},
      {"<script>alert(1)</script>", 25,
       "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"a & b", 5, "a &amp; b"},
      {"\"quoted\" 'single'", 17, "&quot;quoted&quot; &#39;single&#39;"},
      {"caf\xC3\xA9", 5, "caf\xC3\xA9"},
      {"bad \xFF byte", 10, "bad \xEF\xBF\xBD byte"},
      {"nul\0x", 5, "nulx"},
      {"bell\x07", 5, "bell"},
      {"c1 \xC2\x85!", 6, "c1 !"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    nf_buf b;
    Nf_buf_init(&b, NULL, 0);
    assert_int_equal(Nf_html_escape(&b, Nf_sv(cases[i].in, cases[i].n)), NF_OK);
    assert_string_equal(b.data ? b.data : "", cases[i].out);
    Nf_buf_fini(&b);
  }
}

static void markdown_escape_cases(void **state) {
  (void)state;
  static const struct {
    const char *in, *out;
  } cases[] = {
      {"plain words.", "plain words."},
      {"*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"},
      {"[link](javascript:x)", "\\[link\\](javascript:x)"},
      {"<img src=x>", "&lt;img src=x&gt;"},
      {"a | b", "a \\| b"},
      {"two\nlines", "two lines"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    nf_buf b;
    Nf_buf_init(&b, NULL, 0);
    assert_int_equal(Nf_md_escape(&b, Nf_sv_cstr(cases[i].in)), NF_OK);
    assert_string_equal(b.data ? b.data : "", cases[i].out);
    Nf_buf_fini(&b);
  }
}

static void links_are_http_only(void **state) {
  (void)state;
  static const struct {
    const char *url, *out;
    bool ok;
  } cases[] = {
      {"https://example.org/a?b=1&c=2", "https://example.org/a?b=1&amp;c=2",
       true},
      {"http://example.org/", "http://example.org/", true},
      {"javascript:alert(1)", "#", false},
      {"JAVASCRIPT:alert(1)", "#", false},
      {"data:text/html,<b>", "#", false},
      {"//example.org/", "#", false},
      {"https://x.org/\"onmouseover=alert(1)", "#", false},
      {"https://x.org/ a", "#", false},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    nf_buf b;
    Nf_buf_init(&b, NULL, 0);
    nf_esc e;
    Nf_esc_init(&e, &b, NF_ESC_HTML);
    assert_int_equal(Nf_esc_href(&e, Nf_sv_cstr(cases[i].url)), cases[i].ok);
    assert_string_equal(b.data, cases[i].out);
    Nf_buf_fini(&b);
  }
}

// A report whose every field tries to inject markup.
static nf_account *hostile(nf_ctx *ctx, nf_doc **d, nf_story_docs *s) {
  *d = fx_doc(
      ctx, "<b>id</b>", "<script>alert('t')</script> 3 dead",
      "Police said 3 people were killed <img src=x onerror=alert(1)>. "
      "\"</blockquote><script>x()</script>\" said Chief <i>Bob</i> Smith.",
      "2020-01-02");
  (*d)->url = "javascript:alert(1)";
  (*d)->outlet = "<svg onload=alert(1)>";
  fx_figure(*d, (fx_fig){"3 dead", 3, NF_Q_EXACT, NF_M_KILLED, NF_C_ALL, NULL,
                         .whole = -1});
  fx_figure(*d, (fx_fig){"3 people", 3, NF_Q_EXACT, NF_M_KILLED, NF_C_ALL,
                         "<b>Police</b>", .whole = -1});
  fx_quote(*d, "</blockquote><script>x()</script>", "Chief <i>Bob</i> Smith",
           true);
  *s = (nf_story_docs){d, 1, NULL, 0};
  nf_account *acc;
  assert_int_equal(Nf_reconcile(&ctx->alloc, s, &acc), NF_OK);
  return acc;
}

static char *render(nf_account *acc, nf_format fmt) {
  nf_buf b;
  Nf_buf_init(&b, NULL, 0);
  nf_acc_render ar;
  assert_int_equal(Nf_account_render_begin(&ar, &b, fmt, 1), NF_OK);
  assert_int_equal(Nf_account_render_story(&ar, acc), NF_OK);
  assert_int_equal(Nf_account_render_end(&ar), NF_OK);
  size_t n;
  return Nf_buf_detach(&b, &n);
}

static void html_page_runs_nothing_from_reports(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  nf_doc *d;
  nf_story_docs s;
  nf_account *acc = hostile(ctx, &d, &s);
  char *html = render(acc, NF_FORMAT_HTML);
  // The only <script ...> or event handler would be the report's: none.
  assert_null(strstr(html, "<script"));
  assert_null(strstr(html, "<img"));
  assert_null(strstr(html, "<svg onload"));
  assert_null(strstr(html, "<i>"));
  assert_null(strstr(html, "javascript:"));
  assert_non_null(strstr(html, "&lt;script&gt;"));
  assert_non_null(strstr(html, "Content-Security-Policy"));
  assert_non_null(strstr(html, "default-src 'none'"));
  free(html);
  char *md = render(acc, NF_FORMAT_MD);
  assert_null(strstr(md, "<script"));
  assert_null(strstr(md, "<img"));
  free(md);
  // JSON keeps the text as it is, escaped as JSON, and parses.
  char *js = render(acc, NF_FORMAT_JSON);
  json_error_t err;
  json_t *root = json_loads(js, 0, &err);
  assert_non_null(root);
  json_t *story = json_array_get(json_object_get(root, "stories"), 0);
  assert_string_equal(json_string_value(json_object_get(root, "version")),
                      NF_ACCOUNT_SCHEMA_VERSION);
  json_t *report = json_array_get(json_object_get(story, "reports"), 0);
  assert_string_equal(json_string_value(json_object_get(report, "outlet")),
                      "<svg onload=alert(1)>");
  json_t *fig = json_array_get(json_object_get(story, "figures"), 0);
  assert_string_equal(json_string_value(json_object_get(fig, "status")),
                      "single");
  assert_true(json_number_value(json_object_get(fig, "best")) == 3);
  json_decref(root);
  free(js);
  Nf_account_free(acc);
  nf_doc_free(d);
  nf_ctx_free(ctx);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(html_escape_cases),
      cmocka_unit_test(markdown_escape_cases),
      cmocka_unit_test(links_are_http_only),
      cmocka_unit_test(html_page_runs_nothing_from_reports),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
