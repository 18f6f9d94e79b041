// Word tokens, quotes, stop words and stems (src/text/terms).
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

#include "text/terms.h"

// Render the tokens of a text as "folded/flags ..." where flags are
// C (capital), N (number), Q (quoted), S (sentence start), I (ideograph).
static void tokens(const char *text, char *out, size_t cap) {
  nf_tokenizer tz;
  nf_token tok;
  size_t o = 0;
  out[0] = 0;
  Nf_tok_init(&tz, Nf_sv_cstr(text));
  while (Nf_tok_next(&tz, &tok)) {
    char flags[8];
    size_t f = 0;
    if (tok.flags & NF_TOK_CAPITAL) flags[f++] = 'C';
    if (tok.flags & NF_TOK_NUMBER) flags[f++] = 'N';
    if (tok.flags & NF_TOK_QUOTED) flags[f++] = 'Q';
    if (tok.flags & NF_TOK_SENTENCE) flags[f++] = 'S';
    if (tok.flags & NF_TOK_IDEOGRAPH) flags[f++] = 'I';
    flags[f] = 0;
    int n = snprintf(out + o, cap - o, "%s%.*s%s%s", o ? " " : "",
                     (int)tok.folded.n, tok.folded.p, f ? "/" : "", flags);
    if (n < 0 || (size_t)n >= cap - o) break;
    o += (size_t)n;
    // Spans point at the source bytes.
    assert_true(tok.end > tok.start);
    assert_true(tok.end <= strlen(text));
  }
}

static const struct {
  const char *text, *want;
} TOKEN_CASES[] = {
    {"The toll rose to 1,018.", "the/CS toll rose to 1018/N"},
    {"Syria's coast; U.S. forces", "syria's/CS coast u.s/C forces"},
    {"Syria’s coast", "syria's/CS coast"},
    {"al-Assad loyalists", "al/S assad/C loyalists"},
    {"magnitude 4.6 quake", "magnitude/S 4.6/N quake"},
    {"He said \"we will stay\" and left.",
     "he/CS said we/Q will/Q stay/Q and left"},
    {"She said: “Stay here.” Then she left.",
     "she/CS said stay/CQ here/Q then/CS she left"},
    {"German „Zitat hier“ ende", "german/CS zitat/CQ hier/Q ende"},
    {"a ‘quoted phrase’ and don’t", "a/S quoted/Q phrase/Q and don't"},
    {"Unclosed \"quote runs\nto the line end",
     "unclosed/CS quote/Q runs/Q to/S the line end"},
    {"ÉCOLE Straße", "école/CS strasse/C"},
    {"東京都 in Japan", "東/SI 京/I 都/I in japan/C"},
    {"one. Two! three? Four", "one/S two/CS three four/CS"},
    {"Mr. Smith met approx. 40 people.",
     "mr/CS smith/CS met approx 40/NS people"},
    {"", ""},
    {"  ...  ", ""},
};

static void tokenizer_table(void **state) {
  (void)state;
  char got[512];
  for (size_t i = 0; i < sizeof TOKEN_CASES / sizeof TOKEN_CASES[0]; i++) {
    tokens(TOKEN_CASES[i].text, got, sizeof got);
    if (strcmp(got, TOKEN_CASES[i].want) != 0)
      fail_msg("case %zu: \"%s\"\n  got:  %s\n  want: %s", i,
               TOKEN_CASES[i].text, got, TOKEN_CASES[i].want);
  }
}

static void tokenizer_survives_bad_bytes_and_long_words(void **state) {
  (void)state;
  char text[400];
  memset(text, 'x', 300);
  memcpy(text + 300, " \xff\xfe ok \xc3", 8);
  text[308] = 0;
  nf_tokenizer tz;
  nf_token tok;
  Nf_tok_init(&tz, Nf_sv_cstr(text));
  size_t n = 0;
  while (Nf_tok_next(&tz, &tok)) {
    assert_true(tok.folded.n <= NF_TOKEN_MAX);
    n++;
  }
  assert_true(n >= 2);
}

static const struct {
  const char *lang, *word, *stem;
} STEM_CASES[] = {
    {"en", "shootings", "shoot"},
    {"en", "killed", "kill"},
    {NULL, "killings", "kill"},
    {"en-GB", "syria's", "syria"},
    {"english", "hospitals", "hospit"},
    {"fr", "tuées", "tu"},
    {"fr", "tué", "tu"},
    {"de", "häusern", "haus"},
    {"en", "bogotá", "bogota"},
    {"xx", "running", "run"},  // unknown language: English
    {"zh", "東京", "東京"},    // no stemmer: unchanged
};

static void stemmer_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof STEM_CASES / sizeof STEM_CASES[0]; i++) {
    nf_stemmer *s = Nf_stemmer_new(NULL, STEM_CASES[i].lang);
    assert_non_null(s);
    nf_sv got = Nf_stem(s, Nf_sv_cstr(STEM_CASES[i].word));
    if (!Nf_sv_eq(got, Nf_sv_cstr(STEM_CASES[i].stem)))
      fail_msg("case %zu (%s) %s: got %.*s, want %s", i,
               STEM_CASES[i].lang ? STEM_CASES[i].lang : "NULL",
               STEM_CASES[i].word, (int)got.n, got.p, STEM_CASES[i].stem);
    Nf_stemmer_free(s);
  }
}

static void languages_resolve(void **state) {
  (void)state;
  assert_string_equal(Nf_language_code("en-US"), "en");
  assert_string_equal(Nf_language_code("ENG"), "en");
  assert_string_equal(Nf_language_code("German"), "de");
  assert_string_equal(Nf_language_code("pt_BR"), "pt");
  assert_null(Nf_language_code("klingon"));
  assert_null(Nf_language_code(NULL));
}

static void stop_words(void **state) {
  (void)state;
  nf_stemmer *en = Nf_stemmer_new(NULL, "en");
  nf_stemmer *fr = Nf_stemmer_new(NULL, "fr");
  assert_true(Nf_stemmer_is_stop(en, NF_SV_LIT("the")));
  assert_true(Nf_stemmer_is_stop(en, NF_SV_LIT("which")));
  assert_false(Nf_stemmer_is_stop(en, NF_SV_LIT("police")));
  assert_false(Nf_stemmer_is_stop(en, NF_SV_LIT("le")));
  assert_true(Nf_stemmer_is_stop(fr, NF_SV_LIT("le")));
  assert_false(Nf_stemmer_is_stop(fr, NF_SV_LIT("police")));
  Nf_stemmer_free(en);
  Nf_stemmer_free(fr);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(tokenizer_table),
      cmocka_unit_test(tokenizer_survives_bad_bytes_and_long_words),
      cmocka_unit_test(stemmer_table),
      cmocka_unit_test(languages_resolve),
      cmocka_unit_test(stop_words),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
