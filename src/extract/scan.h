// The token scanner the passes of this stage share: a window [a, b) of one
// text's tokens (a sentence, or a paragraph for quotes) and bounds-checked
// tests on token i, false (or 0) outside the window so that rules can look
// ahead and behind without checks of their own.
#ifndef NF_EXTRACT_SCAN_H
#define NF_EXTRACT_SCAN_H

#include "extract/fx.h"

typedef struct sc {
  fx *x;
  size_t si;  // the sentence (the first one when the window spans several)
  const char *s;
  const nf_tok *t;
  size_t a, b;  // the tokens looked at
} sc;

// The scanner over the tokens of sentence si.
static inline sc sc_sent(fx *x, size_t si) {
  const fx_sent *st = &x->sents[si];
  return (sc){x, si, fx_s(x, st), fx_tk(x, st), st->t0, st->t1};
}

static inline bool IS(const sc *c, size_t i, const char *w) {
  return i >= c->a && i < c->b && Nf_tok_is(c->s, &c->t[i], w);
}
static inline uint64_t CL(const sc *c, size_t i) {
  return i >= c->a && i < c->b ? Nf_lex_cls(&c->t[i]) : 0;
}
static inline const nf_lex *LX(const sc *c, size_t i) {
  return i < c->b ? Nf_lex_of(&c->t[i]) : NULL;
}
static inline bool KIND(const sc *c, size_t i, int k) {
  return i >= c->a && i < c->b && c->t[i].kind == k;
}
static inline bool NUM(const sc *c, size_t i) {
  return KIND(c, i, NF_TOK_NUM);
}
// A word other than the possessive "'s".
static inline bool WORD(const sc *c, size_t i) {
  return KIND(c, i, NF_TOK_WORD) && !(c->t[i].flags & NF_TF_POSS);
}
// A capitalised word (the tokenizer marks words only, never "'s").
static inline bool CAP(const sc *c, size_t i) {
  return KIND(c, i, NF_TOK_WORD) && (c->t[i].flags & NF_TF_CAP);
}
static inline bool PUNCT(const sc *c, size_t i, uint32_t cp) {
  return KIND(c, i, NF_TOK_PUNCT) && c->t[i].cp == cp;
}
static inline bool HYPHEN(const sc *c, size_t i) {
  return KIND(c, i, NF_TOK_PUNCT) && Nf_cp_is_hyphen(c->t[i].cp);
}
// The plain digits of number token i, or -1 ("1,018" and "1.5" are not);
// ndig, when given, gets their count.
static inline long INT(const sc *c, size_t i, size_t *ndig) {
  if (!NUM(c, i)) return -1;
  long v = 0;
  size_t n = 0;
  for (uint32_t k = c->t[i].start; k < c->t[i].end; k++) {
    char ch = c->s[k];
    if (ch < '0' || ch > '9') return -1;
    if (++n > 9) return -1;
    v = v * 10 + (ch - '0');
  }
  if (ndig) *ndig = n;
  return v;
}
// No white space between token i and the one before it.
static inline bool GLUED(const sc *c, size_t i) {
  return i < c->b && (c->t[i].flags & NF_TF_GLUE);
}

#endif
