// Tokens and sentences: tables of texts and how they must split.
// cmocka needs these first; keep the order.
// clang-format off
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>
// clang-format on

#include "text/sentence.h"
#include "text/token.h"

// Tokens joined by "|", glued ones marked with "~" before them.
static void tokens_str(const char *s, char *out, size_t cap) {
  nf_toks t;
  Nf_toks_init(&t, NULL, 0);
  assert_int_equal(Nf_tokenize(&t, s, 0, strlen(s)), NF_OK);
  size_t len = 0;
  out[0] = 0;
  for (size_t i = 0; i < t.n; i++) {
    int n = snprintf(out + len, cap - len, "%s%s%.*s", i ? "|" : "",
                     (t.v[i].flags & NF_TF_GLUE) ? "~" : "",
                     (int)(t.v[i].end - t.v[i].start), s + t.v[i].start);
    if (n < 0 || (size_t)n >= cap - len) break;
    len += (size_t)n;
  }
  Nf_toks_fini(&t);
}

static const struct {
  const char *text, *want;
} TOKENS[] = {
    {"The death toll reached 1,018.", "The|death|toll|reached|1,018|~."},
    {"Syria’s 14-year conflict", "Syria|~’s|14|~-|~year|conflict"},
    {"$700m and 1.5 million", "$|~700|~m|and|1.5|million"},
    {"don't O'Brien's", "don't|O'Brien|~'s"},
    {"12% of “massacres”", "12|~%|of|“|~massacres|~”"},
    {"U.S. officials", "U|~.|~S|~.|officials"},
    {"Bāniyās — al-Sham", "Bāniyās|—|al|~-|~Sham"},
    {"05:53 2025-03-10", "05|~:|~53|2025|~-|~03|~-|~10"},
    {"wait...", "wait|~..."},
    {"", ""},
};

static void token_table(void **state) {
  (void)state;
  char got[512];
  for (size_t i = 0; i < sizeof TOKENS / sizeof TOKENS[0]; i++) {
    tokens_str(TOKENS[i].text, got, sizeof got);
    if (strcmp(got, TOKENS[i].want) != 0)
      fail_msg("tokens of %s: got %s, want %s", TOKENS[i].text, got,
               TOKENS[i].want);
  }
}

// Sentences joined by " || ".
static void sentences_str(const char *s, char *out, size_t cap) {
  nf_toks t;
  Nf_toks_init(&t, NULL, 0);
  assert_int_equal(Nf_tokenize(&t, s, 0, strlen(s)), NF_OK);
  size_t len = 0, i = 0;
  out[0] = 0;
  while (i < t.n) {
    size_t e = Nf_sentence_end(s, t.v, i, t.n);
    int n = snprintf(out + len, cap - len, "%s%.*s", len ? " || " : "",
                     (int)(t.v[e - 1].end - t.v[i].start), s + t.v[i].start);
    if (n < 0 || (size_t)n >= cap - len) break;
    len += (size_t)n;
    i = e;
  }
  Nf_toks_fini(&t);
}

static const struct {
  const char *text, *want;
} SENTENCES[] = {
    {"Dr. Mohammed spoke. He left.", "Dr. Mohammed spoke. || He left."},
    {"It cost 1.5 million dollars. Then it rose.",
     "It cost 1.5 million dollars. || Then it rose."},
    {"John F. Kennedy was shot in Dallas.",
     "John F. Kennedy was shot in Dallas."},
    {"The fighting began on Jan. 5 in the north.",
     "The fighting began on Jan. 5 in the north."},
    {"“The attack came from the buildings,” he said. “They fired.”",
     "“The attack came from the buildings,” he said. || “They fired.”"},
    {"He said: “Bodies were on the streets. The gunmen were close.”",
     "He said: “Bodies were on the streets. || The gunmen were close.”"},
    {"Police in Ardmore, Okla. said the teen was shot.",
     "Police in Ardmore, Okla. said the teen was shot."},
    // "St." is a saint before a name, a street after one.
    {"He was taken to St. Bernard Hospital.",
     "He was taken to St. Bernard Hospital."},
    {"It happened on Main St. The man ran.",
     "It happened on Main St. || The man ran."},
    {"Shots rang out at 1500 Elm St. Officers found two men.",
     "Shots rang out at 1500 Elm St. || Officers found two men."},
    {"They live on Fort Hill Rd. Upon arrival, deputies found him.",
     "They live on Fort Hill Rd. || Upon arrival, deputies found him."},
    {"He moved to the U.S. The next year he died.",
     "He moved to the U.S. || The next year he died."},
    // An initial after an initialism, even "I" or "A", goes on with it.
    {"He was a former F.B. I. agent.", "He was a former F.B. I. agent."},
    {"Regina Benjamin, M.D., M.B. A., was nominated.",
     "Regina Benjamin, M.D., M.B. A., was nominated."},
    // A police force named by its initials is no sentence start...
    {"Both then-D.C. Police Chief Cathy Lanier and the mayor spoke.",
     "Both then-D.C. Police Chief Cathy Lanier and the mayor spoke."},
    {"Anyone with information is asked to contact D.C. Police.",
     "Anyone with information is asked to contact D.C. Police."},
    // ... but "Police said" after a place is.
    {"The shooting happened in Washington, D.C. Police said two men died.",
     "The shooting happened in Washington, D.C. || Police said two men "
     "died."},
    {"Casualties and Violence\nCivilians: 745 civilians died.",
     "Casualties and Violence || Civilians: 745 civilians died."},
    {"Is it over? Nobody knows!", "Is it over? || Nobody knows!"},
    {"The company (Acme Inc.) grew. Shares rose.",
     "The company (Acme Inc.) grew. || Shares rose."},
    {"It happened at 5 p.m. Police arrived later.",
     "It happened at 5 p.m. || Police arrived later."},
    // ... but the day, date or zone of the time goes on with it.
    {"There was a shooting just before 2 a.m. Friday inside the home.",
     "There was a shooting just before 2 a.m. Friday inside the home."},
    {"The call came at 10:40 p.m. Jan. 2 from a neighbor.",
     "The call came at 10:40 p.m. Jan. 2 from a neighbor."},
    {"Updated at 4 p.m. ET with the names.",
     "Updated at 4 p.m. ET with the names."},
    // Page text often loses the space after a full stop.
    {"He was treated and released.Police were called.",
     "He was treated and released. || Police were called."},
    {"The gunfire stopped.\u201cWe ran,\u201d she said.",
     "The gunfire stopped. || \u201cWe ran,\u201d she said."},
    {"\"I am not worried about it.\"Police are still looking.",
     "\"I am not worried about it.\" || Police are still looking."},
    {"He died on Aug. 6.Mancera was arrested.",
     "He died on Aug. 6. || Mancera was arrested."},
    // ... after a capitalised word too, and before "A" or "I".
    {"It happened on Main Street.Officers found him.",
     "It happened on Main Street. || Officers found him."},
    {"She was not injured.A third man was shot.",
     "She was not injured. || A third man was shot."},
    {"He died Sunday.I saw it.", "He died Sunday. || I saw it."},
    // ... but not inside names, initialisms, numbers and web addresses.
    {"She read it on Yahoo!News today.", "She read it on Yahoo!News today."},
    {"Ask the U.S.Army about it.", "Ask the U.S.Army about it."},
    {"See news.Google.com for more.", "See news.Google.com for more."},
    {"It rose 1.5 percent.", "It rose 1.5 percent."},
    {"He wrote in the e.g.Example style.",
     "He wrote in the e.g.Example style."},
    {"Write to Jessica.Lussenhop@example.com today.",
     "Write to Jessica.Lussenhop@example.com today."},
};

static void sentence_table(void **state) {
  (void)state;
  char got[1024];
  for (size_t i = 0; i < sizeof SENTENCES / sizeof SENTENCES[0]; i++) {
    sentences_str(SENTENCES[i].text, got, sizeof got);
    if (strcmp(got, SENTENCES[i].want) != 0)
      fail_msg("sentences of %s:\n  got  %s\n  want %s", SENTENCES[i].text, got,
               SENTENCES[i].want);
  }
}

// Never past the end: a cut in the middle of a UTF-8 sequence or of a
// number still tokenizes within the bytes given.
static void bounded(void **state) {
  (void)state;
  const char *s = "1,018 Bāniyās ’s";
  for (size_t n = 0; n <= strlen(s); n++) {
    nf_toks t;
    Nf_toks_init(&t, NULL, 0);
    assert_int_equal(Nf_tokenize(&t, s, 0, n), NF_OK);
    for (size_t i = 0; i < t.n; i++) assert_true(t.v[i].end <= n);
    Nf_toks_fini(&t);
  }
  nf_toks t;
  Nf_toks_init(&t, NULL, 2);
  assert_int_equal(Nf_tokenize(&t, "one two three", 0, 13), NF_ETOOBIG);
  assert_int_equal(t.n, 2);
  Nf_toks_fini(&t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(token_table),
      cmocka_unit_test(sentence_table),
      cmocka_unit_test(bounded),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
