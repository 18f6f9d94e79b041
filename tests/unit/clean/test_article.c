// The article builder: paragraphs joined by blank lines, white space
// squeezed, and the text limit keeping the first part of an endless body.
// cmocka needs these first; keep the order.
// clang-format off
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>
// clang-format on

#include "clean/clean.h"
#include "newsfold.h"

static nf_doc *new_doc(nf_ctx *ctx) {
  nf_doc *doc = NULL;
  assert_int_equal(nf_doc_from_memory(ctx, "t.txt", "x", 1, &doc), NF_OK);
  return doc;
}

static void joins_and_squeezes(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  nf_doc *doc = new_doc(ctx);
  nf_article_builder ab;
  Nf_ab_init(&ab, doc);
  assert_int_equal(
      Nf_ab_add(&ab, NF_SV_LIT("  One\xC2\xA0 two\n three. "), NF_PARA_TEXT),
      NF_OK);
  assert_int_equal(Nf_ab_add(&ab, NF_SV_LIT(" \t\n"), NF_PARA_TEXT), NF_OK);
  assert_int_equal(
      Nf_ab_add(&ab, NF_SV_LIT("Sub\xE2\x80\x8Bhead"), NF_PARA_HEADING), NF_OK);
  assert_int_equal(Nf_ab_finish(&ab), NF_OK);
  Nf_ab_fini(&ab);
  assert_string_equal(doc->text, "One two three.\n\nSubhead");
  assert_int_equal(doc->n_paras, 2);
  assert_int_equal(doc->paras[1].kind, NF_PARA_HEADING);
  assert_int_equal(doc->paras[1].start, 16);
  nf_doc_free(doc);
  nf_ctx_free(ctx);
}

static void an_endless_paragraph_keeps_its_first_part(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  assert_int_equal(nf_ctx_set_limit(ctx, NF_LIMIT_TEXT_BYTES, 100), NF_OK);
  nf_doc *doc = new_doc(ctx);
  char big[1000];
  for (size_t i = 0; i < sizeof big; i++) big[i] = "\xC3\xA9 word "[i % 8];
  nf_article_builder ab;
  Nf_ab_init(&ab, doc);
  assert_int_equal(Nf_ab_add(&ab, Nf_sv(big, sizeof big), NF_PARA_TEXT), NF_OK);
  assert_int_equal(Nf_ab_add(&ab, NF_SV_LIT("later"), NF_PARA_TEXT), NF_OK);
  assert_int_equal(Nf_ab_finish(&ab), NF_OK);
  assert_true(ab.truncated);
  Nf_ab_fini(&ab);
  assert_true(doc->text_len > 50 && doc->text_len <= 100);
  assert_null(strstr(doc->text, "later"));
  assert_int_equal(doc->n_paras, 1);
  assert_int_equal(doc->n_diags, 1);  // a note says it was cut
  nf_doc_free(doc);
  nf_ctx_free(ctx);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(joins_and_squeezes),
      cmocka_unit_test(an_endless_paragraph_keeps_its_first_part),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
