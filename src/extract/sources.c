// Who gives each figure: "according to X", "X said/reported/told AFP",
// "X's earlier estimates", a headline's ": Monitor"; carried over from the
// sentence before when the report plainly goes on with the same source.
// Also hedges ("not independently verified", "reportedly").
#include <string.h>

#include "extract/scan.h"

// Can tokens [a, b) name a source? A name, an organisation or an official
// descriptor ("state media", "the monitor"), not "residents".
static bool source_like(const sc *c, size_t a, size_t b) {
  bool named = false, desc = false;
  for (size_t k = a; k < b; k++) {
    uint64_t cl = CL(c, k);
    if (cl & L_GENERIC) return false;
    if (cl & (L_SRCDESC | L_ORGW | L_MEDIA | L_TITLE)) desc = true;
    if (CAP(c, k) && !(cl & (L_FUNC | L_SAY))) named = true;
  }
  return named || desc;
}

// The noun phrase that ends just before token e (the subject of a
// reporting verb), skipping an apposition: "Ali Sheha, a 57-year-old
// resident, told".
static size_t subject_start(const sc *c, size_t e, size_t *end) {
  size_t k = e;
  while (k > c->a && (CL(c, k - 1) & L_AUX) && !(CL(c, k - 1) & L_SAY)) k--;
  // A closing bracket: "(SOHR) said"
  if (k > c->a + 2 && PUNCT(c, k - 1, ')')) {
    size_t o = k - 1;
    while (o > c->a && !PUNCT(c, o, '(') && k - o < 6) o--;
    if (PUNCT(c, o, '(')) k = o;
  }
  if (k > c->a && PUNCT(c, k - 1, ',')) {
    // apposition: find the comma before it
    size_t p = k - 1;
    size_t q = p;
    while (q > c->a && !PUNCT(c, q - 1, ',') && p - q < 14) q--;
    if (q > c->a && PUNCT(c, q - 1, ',') && q < p &&
        (IS(c, q, "a") || IS(c, q, "an") || IS(c, q, "the") ||
         (CL(c, q) & L_TITLE)))
      k = q - 1;
    else
      return SIZE_MAX;
  }
  *end = k;
  size_t s = k, n = 0;
  while (s > c->a && n < 12) {
    const nf_tok *t = &c->t[s - 1];
    uint64_t cl = Nf_lex_cls(t);
    if (t->kind == NF_TOK_PUNCT && !Nf_cp_is_hyphen(t->cp) && t->cp != 0x2019 &&
        t->cp != '\'')
      break;
    if (t->kind == NF_TOK_NUM) break;
    if (cl & (L_SAY | L_BREAK)) break;
    // "Observatory for Human Rights", "Residents of Alawite villages":
    // a preposition inside the subject.
    if ((IS(c, s - 1, "for") || IS(c, s - 1, "of") || IS(c, s - 1, "in") ||
         IS(c, s - 1, "from")) &&
        s >= c->a + 2 && c->t[s - 2].kind == NF_TOK_WORD &&
        !(Nf_lex_cls(&c->t[s - 2]) & (L_FUNC | L_SAY | L_AUX))) {
      s--;
      n++;
      continue;
    }
    if ((cl & L_FUNC) && !(cl & L_DET)) break;
    s--;
    n++;
    if (cl & L_DET) break;
  }
  return s < k ? s : SIZE_MAX;
}

static void set_source(sc *c, fx_sent *st, size_t a, size_t b) {
  if (a >= b || !source_like(c, a, b)) return;
  int32_t id = Nf_fx_actor_for(c->x, c->si, a, b, true);
  st->source = id;
  if (id >= 0) {
    st->source_name = c->x->f->actors[id].name;
  } else {
    size_t aa = a;
    while (aa < b && (CL(c, aa) & L_DET)) aa++;
    st->source_name = Nf_fx_text(c->x, c->si, aa, b);
  }
}

// The end of a noun phrase starting at a (after "according to"): up to
// a comma, a full stop or a clause word.
static size_t np_after(const sc *c, size_t a) {
  size_t k = a, n = 0;
  while (k < c->b && n < 10) {
    const nf_tok *t = &c->t[k];
    if (t->kind == NF_TOK_PUNCT && !Nf_cp_is_hyphen(t->cp) &&
        !(t->cp == 0x2019 || t->cp == '\'') && t->cp != '(' && t->cp != ')')
      break;
    uint64_t cl = Nf_lex_cls(t);
    if ((cl & (L_BREAK | L_SAY)) || IS(c, k, "that")) break;
    k++;
    n++;
  }
  return k;
}

static void find_source(fx *x, size_t si) {
  fx_sent *st = &x->sents[si];
  sc c = sc_sent(x, si);
  // "according to X" (an apposed name wins: "the Observatory's chief,
  // Rami Abdurrahman")
  for (size_t k = c.a; k + 1 < c.b; k++) {
    if (!(CL(&c, k) & L_SAY)) continue;
    if (IS(&c, k, "according") && IS(&c, k + 1, "to")) {
      size_t e = np_after(&c, k + 2);
      if (PUNCT(&c, e, ',') && CAP(&c, e + 1)) {
        size_t e2 = np_after(&c, e + 1);
        bool person = true;
        for (size_t m = e + 1; m < e2; m++)
          if (!CAP(&c, m) && c.t[m].kind == NF_TOK_WORD) person = false;
        if (person && e2 > e + 1) {
          set_source(&c, st, e + 1, e2);
          if (st->source_name) return;
        }
      }
      set_source(&c, st, k + 2, e);
      if (st->source_name) return;
    }
  }
  // "X's earlier estimates put", "X's figures"
  for (size_t k = c.a + 1; k + 1 < c.b; k++) {
    if (!(c.t[k].flags & NF_TF_POSS)) continue;
    size_t j = k + 1;
    while (j < c.b && (CL(&c, j) & L_SUPER)) j++;
    if (!(CL(&c, j) & L_TOLL)) continue;
    size_t e = k, s0 = k;
    while (s0 > c.a && c.t[s0 - 1].kind == NF_TOK_WORD && k - s0 < 6 &&
           !(CL(&c, s0 - 1) & (L_FUNC & ~L_DET)))
      s0--;
    set_source(&c, st, s0, e);
    if (st->source_name) return;
  }
  // "X said / reported / told", ", the Observatory reported."
  for (size_t k = c.a; k < c.b; k++) {
    uint64_t cl = CL(&c, k);
    if (!(cl & L_SAY) || IS(&c, k, "according") || IS(&c, k, "called") ||
        IS(&c, k, "estimated") || IS(&c, k, "put") || IS(&c, k, "puts") ||
        IS(&c, k, "described") || IS(&c, k, "recounted") ||
        IS(&c, k, "confirmed") || IS(&c, k, "urged") ||
        IS(&c, k, "condemned") || IS(&c, k, "expressed") ||
        IS(&c, k, "emphasized") || IS(&c, k, "emphasised"))
      continue;
    size_t e;
    size_t s0 = subject_start(&c, k, &e);
    if (s0 != SIZE_MAX) {
      set_source(&c, st, s0, e);
      if (st->source_name) return;
    }
    // "..., said Dr. Mohammed"
    if (k > c.a && PUNCT(&c, k - 1, ',') && CAP(&c, k + 1)) {
      set_source(&c, st, k + 1, np_after(&c, k + 1));
      if (st->source_name) return;
    }
  }
  // A headline ending ": Rights group", ": Monitor", ": police".
  if (st->in == NF_IN_TITLE || !st->full) {
    for (size_t k = c.b; k-- > c.a;) {
      if (PUNCT(&c, k, ':')) {
        if (c.b - (k + 1) <= 4) set_source(&c, st, k + 1, c.b);
        break;
      }
    }
  }
}

static bool hedge_in(const sc *c, bool *only) {
  bool h = false, demonstr = false;
  for (size_t k = c->a; k < c->b; k++) {
    if (!(CL(c, k) & (L_HEDGE | L_TRIG | L_DET))) continue;
    if (IS(c, k, "reportedly") || IS(c, k, "allegedly") ||
        IS(c, k, "unconfirmed") || IS(c, k, "unverified"))
      h = true;
    if ((IS(c, k, "verified") || IS(c, k, "confirmed") || IS(c, k, "verify") ||
         IS(c, k, "confirm")) &&
        k > c->a) {
      for (size_t j = k >= c->a + 5 ? k - 5 : c->a; j < k; j++)
        if (IS(c, j, "not") || IS(c, j, "cannot") || IS(c, j, "unable") ||
            IS(c, j, "independently"))
          h = true;
    }
    if ((IS(c, k, "these") || IS(c, k, "the") || IS(c, k, "those")) &&
        (CL(c, k + 1) & L_TOLL))
      demonstr = true;
  }
  *only = h && demonstr;
  return h;
}

static bool topic_shift(const sc *c) {
  return IS(c, c->a, "meanwhile") || IS(c, c->a, "elsewhere") ||
         (IS(c, c->a, "in") && IS(c, c->a + 1, "other")) ||
         IS(c, c->a, "separately");
}

static bool casualty(uint8_t m) {
  return m == NF_M_KILLED || m == NF_M_INJURED || m == NF_M_MISSING ||
         m == NF_M_ARRESTED || m == NF_M_BURIED || m == NF_M_DISPLACED;
}

void Nf_fx_sources(fx *x) {
  for (size_t si = 0; si < x->n_sents && !x->status; si++) {
    fx_sent *st = &x->sents[si];
    sc c = sc_sent(x, si);
    find_source(x, si);
    st->hedge = hedge_in(&c, &st->hedge_only);
    if (!st->n_figs && !st->hedge_only) st->hedge_only = false;
    st->topic_shift = topic_shift(&c);
  }
  // Carry a source over to the next sentence when it goes on with the
  // same figures: a full sentence, in the body, right after (in the same
  // paragraph, or opening the next one), not a change of subject.
  for (size_t si = 1; si < x->n_sents; si++) {
    fx_sent *st = &x->sents[si], *pv = &x->sents[si - 1];
    if (st->source_name || st->in != NF_IN_BODY || pv->in != NF_IN_BODY)
      continue;
    if (!st->full || st->topic_shift || !pv->source_name) continue;
    if (!st->n_figs) continue;
    if (pv->para != st->para && pv->para + 1 != st->para) continue;
    st->source = pv->source;
    st->source_name = pv->source_name;
    st->source_inherited = true;
  }
  nf_facts *F = x->f;
  for (size_t i = 0; i < F->n_figures; i++) {
    nf_figure *f = &F->figures[i];
    const fx_sent *st = &x->sents[f->span.sentence];
    if (st->source_name && (!st->source_inherited || casualty(f->measure))) {
      f->source = st->source;
      f->attributed_to = st->source_name;
      f->attribution_inherited = st->source_inherited;
    }
    f->hedged = st->hedge;
    // "However, these numbers have not been independently verified."
    size_t nx = (size_t)f->span.sentence + 1;
    if (nx < x->n_sents && x->sents[nx].hedge && !x->sents[nx].n_figs &&
        x->sents[nx].para == st->para && x->sents[nx].in == st->in)
      f->hedged = true;
  }
}
