// Lines shared across the plain-text inputs of a run: counting, the
// threshold, the bound, and their use by page-text cleaning through the
// public API (nf_ctx_learn_boilerplate).
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
// clang-format off
#include <cmocka.h>
// clang-format on

#include "clean/text.h"
#include "core/alloc.h"
#include "newsfold.h"

static void counts_documents_not_lines(void **state) {
  (void)state;
  nf_run_lines *t = Nf_run_lines_new(&Nf_default_allocator, 42);
  assert_non_null(t);
  // "Menu" is in every document (twice in the first); "Only here" in one.
  assert_int_equal(Nf_run_lines_add(t, Nf_sv_cstr("Menu\nOnly here\nMenu\n")),
                   NF_OK);
  assert_int_equal(Nf_run_lines_add(t, Nf_sv_cstr("  MENU  \nB\n")), NF_OK);
  assert_int_equal(Nf_run_lines_add(t, Nf_sv_cstr("* [Menu](/menu)\nC")),
                   NF_OK);
  assert_int_equal(Nf_run_lines_add(t, Nf_sv_cstr("Two docs\n")), NF_OK);
  assert_int_equal(Nf_run_lines_add(t, Nf_sv_cstr("two docs!\n")), NF_OK);
  Nf_run_lines_freeze(t);
  assert_int_equal(Nf_run_lines_docs(t), 5);
  // Case, white space, list marks, links and punctuation do not matter.
  assert_int_equal(Nf_run_lines_count(t, Nf_sv_cstr("Menu")), 3);
  assert_int_equal(Nf_run_lines_count(t, Nf_sv_cstr("menu:")), 3);
  // Below the threshold of three documents: not shared.
  assert_int_equal(Nf_run_lines_count(t, Nf_sv_cstr("Two docs")), 0);
  assert_int_equal(Nf_run_lines_count(t, Nf_sv_cstr("Only here")), 0);
  assert_int_equal(Nf_run_lines_count(t, Nf_sv_cstr("")), 0);
  assert_int_equal(Nf_run_lines_kept(t), 1);
  // Frozen: no more counting.
  assert_int_equal(Nf_run_lines_add(t, Nf_sv_cstr("Menu")), NF_EINVAL);
  Nf_run_lines_free(t);
  Nf_run_lines_free(NULL);
}

static void grows_past_many_lines(void **state) {
  (void)state;
  // Enough distinct lines to make the table grow several times; every
  // line is in three documents.
  nf_run_lines *t = Nf_run_lines_new(&Nf_default_allocator, 7);
  nf_buf b;
  Nf_buf_init(&b, &Nf_default_allocator, 1 << 24);
  for (int i = 0; i < 20000; i++) Nf_buf_printf(&b, "line number %d\n", i);
  for (int d = 0; d < 3; d++)
    assert_int_equal(Nf_run_lines_add(t, Nf_sv(b.data, b.len)), NF_OK);
  Nf_run_lines_freeze(t);
  assert_int_equal(Nf_run_lines_kept(t), 20000);
  assert_int_equal(Nf_run_lines_count(t, Nf_sv_cstr("line number 19999")), 3);
  assert_int_equal(Nf_run_lines_count(t, Nf_sv_cstr("line number 20000")), 0);
  Nf_buf_fini(&b);
  Nf_run_lines_free(t);
}

// Four pages of one site: a different story each, the same menu lines and
// the same title-like promo line between the paragraphs.
static const char *const PARAS[4][2] = {
    {"The city council voted on Tuesday to expand the bus network, adding "
     "three routes that will serve the northern districts from next year.",
     "Officials said the plan would cost about 40 million dollars, most of "
     "it paid by a regional grant approved last month."},
    {"Heavy rain flooded several streets in the old town overnight, and "
     "firefighters pumped water from dozens of cellars, the fire service said.",
     "No one was hurt, but two schools stayed closed on Wednesday while "
     "engineers checked the buildings for damage."},
    {"The regional hospital opened a new maternity ward on Monday after two "
     "years of building work that ran well over its budget.",
     "The ward has 40 beds and will take patients from three neighbouring "
     "districts whose own units closed in the spring."},
    {"Police are looking for witnesses after a fire destroyed a warehouse "
     "near the harbour late on Saturday evening, a spokesman said.",
     "The cause of the fire is not yet known, and investigators were at the "
     "site on Sunday morning, according to the police."},
};

static char *page(int i) {
  static char buf[4][2048];
  snprintf(
      buf[i], sizeof buf[i],
      "Harbour Gazette Daily Edition\n\n%s\n\nThe Gazette Weekend Magazine "
      "Highlights\n\n%s\n\nGazette Sports Roundup Special\n",
      PARAS[i][0], PARAS[i][1]);
  return buf[i];
}

static nf_doc *extract(nf_ctx *ctx, int i) {
  char name[32];
  snprintf(name, sizeof name, "page%d.txt", i);
  nf_doc *doc = NULL;
  const char *p = page(i);
  assert_int_equal(nf_doc_from_memory(ctx, name, p, strlen(p), &doc), NF_OK);
  assert_int_equal(nf_doc_extract(doc), NF_OK);
  return doc;
}

static void learned_lines_are_dropped(void **state) {
  (void)state;
  // Without learning, the promo line between two paragraphs looks like a
  // subheading and is kept.
  nf_ctx *plain = nf_ctx_new(NULL);
  nf_doc *d0 = extract(plain, 0);
  assert_non_null(strstr(nf_doc_text(d0), "Weekend Magazine"));
  nf_doc_free(d0);
  nf_ctx_free(plain);

  nf_ctx *ctx = nf_ctx_new(NULL);
  nf_reader *r;
  assert_int_equal(nf_reader_new(ctx, &r), NF_OK);
  for (int i = 0; i < 4; i++) {
    char name[32];
    snprintf(name, sizeof name, "page%d.txt", i);
    assert_int_equal(nf_reader_add_memory(r, name, page(i), strlen(page(i))),
                     NF_OK);
  }
  assert_int_equal(nf_ctx_learn_boilerplate(ctx, r), NF_OK);
  nf_reader_free(r);
  for (int i = 0; i < 4; i++) {
    nf_doc *d = extract(ctx, i);
    const char *text = nf_doc_text(d);
    assert_null(strstr(text, "Weekend Magazine"));
    assert_null(strstr(text, "Sports Roundup"));
    assert_non_null(strstr(text, PARAS[i][0]));
    assert_non_null(strstr(text, PARAS[i][1]));
    nf_doc_free(d);
  }
  nf_ctx_free(ctx);
}

static void shared_prose_is_kept(void **state) {
  (void)state;
  // The same wire story in four inputs: every paragraph is shared, none
  // is residue.
  nf_ctx *ctx = nf_ctx_new(NULL);
  nf_reader *r;
  assert_int_equal(nf_reader_new(ctx, &r), NF_OK);
  const char *wire =
      "Storm Leaves Thousands Without Power\n\n"
      "A powerful storm swept across the coast on Friday, cutting power to "
      "thousands of homes and closing the main highway for several hours.\n\n"
      "Utility crews worked through the night, and most customers had their "
      "power back by Saturday afternoon, the company said in a statement.\n";
  for (int i = 0; i < 4; i++) {
    char name[32];
    snprintf(name, sizeof name, "wire%d.txt", i);
    assert_int_equal(nf_reader_add_memory(r, name, wire, strlen(wire)), NF_OK);
  }
  assert_int_equal(nf_ctx_learn_boilerplate(ctx, r), NF_OK);
  nf_reader_free(r);
  nf_doc *d = NULL;
  assert_int_equal(nf_doc_from_memory(ctx, "wire0.txt", wire, strlen(wire), &d),
                   NF_OK);
  assert_int_equal(nf_doc_extract(d), NF_OK);
  assert_non_null(strstr(nf_doc_text(d), "A powerful storm swept"));
  assert_non_null(strstr(nf_doc_text(d), "Utility crews worked"));
  assert_string_equal(nf_doc_title(d), "Storm Leaves Thousands Without Power");
  nf_doc_free(d);
  assert_int_equal(nf_ctx_learn_boilerplate(NULL, NULL), NF_EINVAL);
  nf_ctx_free(ctx);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(counts_documents_not_lines),
      cmocka_unit_test(grows_past_many_lines),
      cmocka_unit_test(learned_lines_are_dropped),
      cmocka_unit_test(shared_prose_is_kept),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
