// The plain-text cleaner as a whole (Nf_clean_text): pages that normalise
// to nothing give an empty body, not an error or undefined behaviour; the
// article-text cleaner (Nf_clean_article) on a table of texts; and the
// stop-word lookup they lean on.
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
#include "clean_util.h"
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

static void nothing_left_gives_an_empty_body(void **state) {
  (void)state;
  nf_ctx *ctx = nf_ctx_new(NULL);
  assert_non_null(ctx);
  for (size_t i = 0; i < sizeof NOTHING / sizeof NOTHING[0]; i++) {
    nf_doc *doc = clean_raw_doc(ctx, NOTHING[i].page);
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
// A case of article text: the text given and the body wanted.
typedef struct article_case {
  const char *name, *text, *want;
} article_case;

static const article_case ARTICLES[] = {
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
    {"cues of a broadcast script",
     "-- LEAH --\n\nDeputies found three victims.\n\n3 SHOT\n\n"
     "1 SOT\n\nIt was a long night.\n\n2 VO/MINI-DISC\n\n"
     "The boy is recovering.",
     "Deputies found three victims.\n\nIt was a long night.\n\n"
     "The boy is recovering."},
    {"one upper-case line is no script",
     "Deputies found three victims.\n\n2 DEAD\n\nThe boy is recovering.",
     "Deputies found three victims.\n\n2 DEAD\n\nThe boy is recovering."},
    {"sentence cut by a blank line",
     "Four adults were also inside the home at the time of the\n\n"
     "shooting, but no one else was injured.\n\nThe girl is recovering.",
     "Four adults were also inside the home at the time of the shooting, "
     "but no one else was injured.\n\nThe girl is recovering."},
    {"headline, byline and address stay apart",
     "Police: Man shoots child, 3, riding in car in Memphis\n\n"
     "by Associated Press\n\nA child was shot on Sunday.\n\n"
     "Contact the reporter at\n\njane@example.com",
     "Police: Man shoots child, 3, riding in car in Memphis\n\n"
     "by Associated Press\n\nA child was shot on Sunday.\n\n"
     "Contact the reporter at\n\njane@example.com"},
    {"account prompt",
     "Click on the button below to set up your account or log in if you "
     "already have one.",
     ""},
};

// A story of some 560 bytes in ordinary case, and a newscast's transcript
// of the same story in capitals (over 300 bytes), as TV pages print their
// video's captions under the story (a transcript is 300 bytes or more in
// capitals; the story beside it 500 bytes or more).
#define STORY                                                            \
  "Four people were shot on Ardith Drive on Saturday night, and one of " \
  "them, a 27-year-old mother, died at the scene, deputies said.\n\n"    \
  "The other victims, including a 4-year-old boy, were taken to local "  \
  "hospitals with injuries that were not life-threatening.\n\n"          \
  "Deputies said the shots came from a passing car and that the people " \
  "in the yard had been at a barbecue for most of the afternoon.\n\n"    \
  "No arrests have been made, and the sheriff asked anyone who saw the " \
  "car to call the department's tip line.\n\n"                           \
  "Neighbors said the street had been quiet for years."
#define CAPTIONS                                                           \
  "WEBVTT POLICE VEHICLES SWARMED ARDITH DRIVE SATURDAY NIGHT AFTER A "    \
  "DRIVE-BY SHOOTING INJURED FOUR ADULTS AND A BOY. >> WE HEARD A LOT OF " \
  "SHOTS AND EVERYBODY STARTED RUNNING. DEPUTIES ARE STILL LOOKING FOR "   \
  "THE CAR. IN OTHER NEWS TONIGHT, A WARM WEEKEND IS AHEAD WITH HIGHS "    \
  "NEAR 90 DEGREES. STAY WITH US FOR THE FORECAST."

static const article_case TRANSCRIPTS[] = {
    {"transcript under the story", STORY "\n\n" CAPTIONS, STORY},
    {"transcript before the story", CAPTIONS "\n\n" STORY, STORY},
    {"transcript line by line",
     STORY "\n\nGOOD EVENING, I'M DANNIKA LEWIS.\n\n"
           "WE NOW KNOW THE NAMES OF THOSE INVOLVED IN YESTERDAY'S\n\n"
           "DEADLY SHOOTING IN MONTFORT.\n\n"
           "MORGAN SLAIGHT AND HER TWO SONS - 6 YEAR OLD JAXON\n\n"
           "AND 8 YEAR OLD JOSEPH - WERE ALL SHOT IN THE HEAD\n\n"
           "INSIDE THE HOME THEY HAD JUST MOVED INTO A COUPLE\n\n"
           "OF MONTHS AGO.\n\n"
           "NEWS THREE'S LEAH HAS BEEN FOLLOWING THIS STORY SINCE IT "
           "HAPPENED.",
     STORY},
    {"a transcript alone is the report", CAPTIONS, CAPTIONS},
    {"a short story keeps the transcript",
     "Four people were shot.\n\n" CAPTIONS,
     "Four people were shot.\n\n" CAPTIONS},
    {"headings in capitals stay",
     "CELEBRATION ENDS IN TRAGEDY\n\n" STORY "\n\nWHAT WE KNOW\n\n"
     "Police said the car was a white sedan.",
     "CELEBRATION ENDS IN TRAGEDY\n\n" STORY "\n\nWHAT WE KNOW\n\n"
     "Police said the car was a white sedan."},
};

// Cleans each case as article text; every failing case is listed.
static void article_cases_pass(const article_case *cases, size_t n) {
  nf_ctx *ctx = nf_ctx_new(NULL);
  assert_non_null(ctx);
  int failed = 0;
  for (size_t i = 0; i < n; i++)
    failed += clean_case_failed(ctx, cases[i].name, Nf_clean_article,
                                cases[i].text, cases[i].want);
  nf_ctx_free(ctx);
  assert_int_equal(failed, 0);
}

// A newscast's transcript in capitals goes when the story is there in
// ordinary case; it stays when it is all the report has.
static void transcripts_in_capitals_go_beside_the_story(void **state) {
  (void)state;
  article_cases_pass(TRANSCRIPTS, sizeof TRANSCRIPTS / sizeof *TRANSCRIPTS);
}

static void article_residue_goes(void **state) {
  (void)state;
  article_cases_pass(ARTICLES, sizeof ARTICLES / sizeof *ARTICLES);
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
      cmocka_unit_test(transcripts_in_capitals_go_beside_the_story),
      cmocka_unit_test(stop_words_by_hash_match_the_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
