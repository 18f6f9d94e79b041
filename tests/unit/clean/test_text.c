// The plain-text cleaner as a whole (Nf_clean_text): pages that normalise
// to nothing give an empty body, not an error or undefined behaviour; and
// the stop-word lookup it leans on.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
// clang-format off
#include <cmocka.h>
// clang-format on

#include "clean/clean.h"
#include "clean/text.h"
#include "clean/text_stopwords.h"
#include "core/alloc.h"
#include "newsfold.h"

// Pages with no visible text once normalised: format characters and
// white space only. The first is the fuzz input that found an offset
// added to a NULL buffer (UBSan).
static const struct {
  const char *name;
  const char *page;
} NOTHING[] = {
    {"lone soft hyphen", "\xC2\xAD"},
    {"soft hyphen in a line", "\xC2\xAD\x10mhl"},
    {"soft hyphens on lines", "\xC2\xAD\n\n\xC2\xAD\xC2\xAD\n"},
    {"zero-width spaces", "\xE2\x80\x8B\xE2\x80\x8B\n\xEF\xBB\xBF"},
    {"blank lines", " \n\t\n \n"},
};

// A document whose raw bytes are p as given (the reader would refuse a
// page of format characters before the cleaner saw it).
static nf_doc *page_doc(nf_ctx *ctx, const char *p) {
  nf_doc *doc = NULL;
  assert_int_equal(nf_doc_from_memory(ctx, "page.txt", "x", 1, &doc), NF_OK);
  size_t n = strlen(p);
  char *raw = Nf_malloc(&doc->ctx->alloc, n + 1);
  assert_non_null(raw);
  memcpy(raw, p, n + 1);
  Nf_doc_set_raw(doc, raw, n);
  return doc;
}

static void nothing_left_gives_an_empty_body(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  assert_non_null(ctx);
  for (size_t i = 0; i < sizeof NOTHING / sizeof NOTHING[0]; i++) {
    nf_doc *doc = page_doc(ctx, NOTHING[i].page);
    nf_status st = Nf_clean_text(doc);
    if (st != NF_OK) fail_msg("%s: status %d", NOTHING[i].name, (int)st);
    const char *text = nf_doc_text(doc);
    // The only letters any of these pages hold are "mhl" after a control
    // character; whatever is kept, no format character survives alone.
    if (text && *text && strcmp(text, "mhl") != 0)
      fail_msg("%s: body \"%s\"", NOTHING[i].name, text);
    nf_doc_free(doc);
  }
  nf_ctx_free(ctx);
}

// Article text given as such (a JSON Lines "text"): paragraphs are kept
// as they come, but residue that is unambiguous even inside an article
// goes, such as the account and paywall prompt a page shows instead of
// its story.
static const struct {
  const char *name, *text, *want;
} ARTICLES[] = {
    {"story kept", "Two men were shot on Main Street.\n\nOne died.",
     "Two men were shot on Main Street.\n\nOne died."},
    {"verification prompt",
     "We have sent you a verification email. Please check your email and "
     "click on the link to activate your profile.\n\nIf you do not "
     "receive the verification message within a few minutes of signing "
     "up, please check your Spam or Junk folder.",
     ""},
    {"registration prompt around a story",
     "A woman was shot in the leg on Monday.\n\nWe look forward to seeing "
     "you frequently. Visit us and sign in to update your profile, receive "
     "the latest news and keep up to date with mobile alerts.",
     "A woman was shot in the leg on Monday."},
    {"caption printed twice in a row",
     "Two of the victims remain in critical condition. (Source: WMC)\n\n"
     "Two of the victims remain in critical condition (Source: WMC)\n\n"
     "Police issued an arrest warrant on Monday.",
     "Two of the victims remain in critical condition. (Source: WMC)\n\n"
     "Police issued an arrest warrant on Monday."},
    {"wire dateline is the story's first sentence",
     "FLINT (WWJ/AP) \xE2\x80\x93 Police say a 3-year-old boy has been "
     "found dead after finding a loaded gun.",
     "FLINT (WWJ/AP) \xE2\x80\x93 Police say a 3-year-old boy has been "
     "found dead after finding a loaded gun."},
    {"account prompt",
     "Click on the button below to set up your account or log in if you "
     "already have one.",
     ""},
};

static void article_residue_goes(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  assert_non_null(ctx);
  for (size_t i = 0; i < sizeof ARTICLES / sizeof ARTICLES[0]; i++) {
    nf_doc *doc = page_doc(ctx, ARTICLES[i].text);
    nf_status st = Nf_clean_article(doc);
    if (st != NF_OK) fail_msg("%s: status %d", ARTICLES[i].name, (int)st);
    const char *text = nf_doc_text(doc);
    if (strcmp(text ? text : "", ARTICLES[i].want) != 0)
      fail_msg("%s: body \"%s\", want \"%s\"", ARTICLES[i].name,
               text ? text : "", ARTICLES[i].want);
    nf_doc_free(doc);
  }
  nf_ctx_free(ctx);
}

// The hashed stop-word lookup answers as the sorted table does: every
// entry, its prefixes and extensions, and words that are not there.
static void stop_words_by_hash_match_the_table(void **state) {
  (void)state;
  size_t n = sizeof NF_STOPWORDS / sizeof *NF_STOPWORDS;
  for (size_t i = 0; i < n; i++) {
    nf_sv w = Nf_sv_cstr(NF_STOPWORDS[i].word);
    assert_int_equal(Nf_stopword_langs(w), NF_STOPWORDS[i].langs);
    assert_int_equal(Nf_stopword_langs_sorted(w), NF_STOPWORDS[i].langs);
    char longer[80];
    int k = snprintf(longer, sizeof longer, "%sq", NF_STOPWORDS[i].word);
    nf_sv l = Nf_sv(longer, (size_t)k);
    assert_int_equal(Nf_stopword_langs(l), Nf_stopword_langs_sorted(l));
    nf_sv shorter = Nf_sv(w.p, w.n - 1);
    assert_int_equal(Nf_stopword_langs(shorter),
                     Nf_stopword_langs_sorted(shorter));
  }
  static const char *const NOT[] = {"", "zzzz", "newsfold", "sentence",
                                    "\xC3\xA9t\xC3\xA9s"};
  for (size_t i = 0; i < sizeof NOT / sizeof *NOT; i++) {
    nf_sv w = Nf_sv_cstr(NOT[i]);
    assert_int_equal(Nf_stopword_langs(w), Nf_stopword_langs_sorted(w));
  }
  assert_int_equal(Nf_stopword_langs(NF_SV_LIT("sentence")), 0);
  assert_true(Nf_stopword_langs(NF_SV_LIT("the")) != 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(nothing_left_gives_an_empty_body),
      cmocka_unit_test(article_residue_goes),
      cmocka_unit_test(stop_words_by_hash_match_the_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
