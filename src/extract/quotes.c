// Quotes: direct ones in quotation marks (straight or curly, over several
// sentences, split around "he said") and reported speech ("X said that",
// "revealed that", "described ... as", "urged"), each with its speaker:
// the name next to the cue, "he said" -> the nearest person before it, and
// an uncued quote -> the speaker of the quote before it in the paragraph.
#include <string.h>

#include "extract/scan.h"

static bool is_pronoun(const sc *c, size_t i) {
  return IS(c, i, "he") || IS(c, i, "she") || IS(c, i, "they");
}

// The sentence holding token i (sentences of one paragraph are in order).
static size_t sent_of(const fx *x, size_t s0, size_t s1, size_t i) {
  for (size_t k = s0; k < s1; k++)
    if (i >= x->sents[k].t0 && i < x->sents[k].t1) return k;
  return s1 ? s1 - 1 : 0;
}

// The nearest person named before byte offset `at` of the body.
static int nearest_person(const fx *x, uint8_t in, uint32_t at) {
  int best = -1;
  uint32_t best_at = 0;
  for (size_t i = 0; i < x->f->n_actors; i++) {
    const nf_actor *a = &x->f->actors[i];
    if (a->kind != NF_ACTOR_PERSON) continue;
    for (size_t m = 0; m < a->n_mentions; m++) {
      const nf_span *sp = &a->mentions[m];
      if (sp->in != in || sp->end > at) continue;
      if (best < 0 || sp->start >= best_at) {
        best = (int)i;
        best_at = sp->start;
      }
    }
  }
  return best;
}

typedef struct who {
  int32_t actor;
  const char *name;
  size_t cue0, cue1;  // tokens of the cue
} who;

// A name phrase from token i: capitalised words (with "al-", "of").
static size_t name_from(const sc *c, size_t i) {
  size_t j = i;
  while (j < c->b) {
    if (CAP(c, j) && !(CL(c, j) & (L_FUNC | L_SAY | L_AUX))) {
      j++;
      continue;
    }
    if (PUNCT(c, j, '.') && GLUED(c, j) && j > i && (CL(c, j - 1) & L_TITLE)) {
      j++;
      continue;
    }
    if ((c->t[j].kind == NF_TOK_PUNCT && Nf_cp_is_hyphen(c->t[j].cp) &&
         GLUED(c, j)) ||
        ((IS(c, j, "al") || IS(c, j, "of") || IS(c, j, "for") ||
          IS(c, j, "el") || IS(c, j, "bin")) &&
         j > i)) {
      j++;
      continue;
    }
    if ((c->t[j].flags & NF_TF_POSS) && j > i) {
      j++;
      continue;
    }
    if (j > i && !(CL(c, j) & (L_FUNC | L_SAY | L_AUX)) &&
        c->t[j].kind == NF_TOK_WORD && (CL(c, j) & (L_ORGW | L_TITLE))) {
      j++;  // "France's foreign ministry"
      continue;
    }
    break;
  }
  while (j > i && c->t[j - 1].kind != NF_TOK_WORD) j--;
  return j;
}

static bool resolve(fx *x, size_t si, const sc *c, size_t a, size_t b,
                    uint32_t at, who *w) {
  if (a >= b) return false;
  if (is_pronoun(c, a) && b == a + 1) {
    int p = nearest_person(x, x->sents[si].in, at);
    if (p < 0) return false;
    w->actor = p;
    w->name = x->f->actors[p].name;
    return true;
  }
  if (CL(c, a) & L_GENERIC) {
    w->actor = -1;
    w->name = Nf_fx_text(x, si, a, b);
    return w->name != NULL;
  }
  int32_t id = Nf_fx_actor_for(x, si, a, b, true);
  if (id >= 0) {
    w->actor = id;
    w->name = x->f->actors[id].name;
    // "Dr. Mohammed": a one-word name keeps its title
    const nf_actor *ac = &x->f->actors[id];
    if (ac->kind == NF_ACTOR_PERSON && !strchr(ac->name, ' ') && ac->role &&
        strlen(ac->role) <= 6 && strchr(ac->role, '.'))
      w->name = Nf_arena_printf(x->arena, "%s %s", ac->role, ac->name);
    return true;
  }
  w->actor = -1;
  w->name = Nf_fx_text(x, si, a, b);
  return w->name != NULL;
}

// The subject before a verb at k: a name, a pronoun, or the nearest person
// named earlier in the sentence ("Haidar Nasser urged ..., telling AP").
static bool subject_before(fx *x, size_t si, const sc *c, size_t k, size_t s0,
                           uint32_t at, who *w) {
  size_t e = k;
  while (e > s0 && (CL(c, e - 1) & L_AUX) && !(CL(c, e - 1) & L_SAY)) e--;
  if (e > s0 && is_pronoun(c, e - 1)) return resolve(x, si, c, e - 1, e, at, w);
  // "The Syrian Observatory for Human Rights (SOHR) said"
  if (e > s0 + 2 && PUNCT(c, e - 1, ')')) {
    size_t o = e - 1;
    while (o > s0 && !PUNCT(c, o, '(') && e - o < 6) o--;
    if (PUNCT(c, o, '(')) e = o;
  }
  // "X, a 57-year-old resident, said": skip an apposition
  if (e > s0 && PUNCT(c, e - 1, ',')) {
    size_t q = e - 1;
    while (q > s0 && !PUNCT(c, q - 1, ',') && e - q < 14) q--;
    if (q > s0 && PUNCT(c, q - 1, ',') &&
        (IS(c, q, "a") || IS(c, q, "an") || IS(c, q, "the") ||
         (CL(c, q) & L_TITLE)))
      e = q - 1;
  }
  size_t a = e;
  while (a > s0 && a + 8 > e) {
    size_t p = a - 1;
    if (CAP(c, p) || (c->t[p].flags & NF_TF_POSS) ||
        (c->t[p].kind == NF_TOK_PUNCT && Nf_cp_is_hyphen(c->t[p].cp)) ||
        IS(c, p, "al") ||
        ((IS(c, p, "of") || IS(c, p, "for")) && p > s0 && CAP(c, p - 1)) ||
        ((CL(c, p) & (L_ORGW | L_TITLE | L_SRCDESC | L_GENERIC | L_PEOPLE)) &&
         !(CL(c, p) & L_FUNC))) {
      a = p;
      continue;
    }
    break;
  }
  bool named = false, org = false;
  for (size_t m = a; m < e; m++) {
    if (CAP(c, m)) named = true;
    if (CL(c, m) & (L_ORGW | L_SRCDESC | L_MEDIA)) org = true;
  }
  // "Ali Sheha, a 57-year-old resident of Baniyas was quoted": the
  // phrase is the tail of an apposition; the person before it speaks.
  bool tail = a > s0 && (IS(c, a - 1, "of") || IS(c, a - 1, "in") ||
                         IS(c, a - 1, "from"));
  if (a < e && !tail && (named || org || (CL(c, a) & (L_GENERIC | L_PEOPLE))))
    return resolve(x, si, c, a, e, at, w);
  // the nearest person earlier in the sentence
  int p = nearest_person(x, x->sents[si].in, at);
  if (p >= 0) {
    for (size_t m = 0; m < x->f->actors[p].n_mentions; m++) {
      const nf_span *sp = &x->f->actors[p].mentions[m];
      if (sp->sentence == (int32_t)si && sp->start < c->t[k].start) {
        w->actor = p;
        w->name = x->f->actors[p].name;
        return true;
      }
    }
  }
  return false;
}

static bool speech_verb(const sc *c, size_t k) {
  uint64_t cl = CL(c, k);
  if (!(cl & L_SAY)) return false;
  return !IS(c, k, "according") && !IS(c, k, "estimated") && !IS(c, k, "put") &&
         !IS(c, k, "puts") && !IS(c, k, "counted") && !IS(c, k, "recorded") &&
         !IS(c, k, "documented");
}

// Cue after the closing mark: ", he said", "” said Dr. Mohammed", ",”
// Raad said from his hospital bed".
static bool cue_after(fx *x, size_t si, const sc *c, size_t k, size_t send,
                      uint32_t at, who *w) {
  if (PUNCT(c, k, ',')) k++;
  if (k >= send) return false;
  if (speech_verb(c, k)) {
    size_t e = name_from(c, k + 1);
    if (is_pronoun(c, k + 1)) e = k + 2;
    if (e > k + 1 && resolve(x, si, c, k + 1, e, at, w)) {
      w->cue0 = k;
      w->cue1 = e;
      return true;
    }
    return false;
  }
  size_t e = k;
  if (is_pronoun(c, k))
    e = k + 1;
  else
    e = name_from(c, k);
  if (e == k) {
    // "the Observatory said", "the minister told reporters"
    size_t m = k;
    while (m < send && m < k + 6 && !speech_verb(c, m) &&
           c->t[m].kind == NF_TOK_WORD && !(CL(c, m) & L_BREAK))
      m++;
    if (m < send && speech_verb(c, m) && m > k)
      e = m;
    else
      return false;
  }
  size_t v = e;
  while (v < send && (CL(c, v) & L_AUX) && !(CL(c, v) & L_SAY)) v++;
  if (v < send && speech_verb(c, v) && resolve(x, si, c, k, e, at, w)) {
    w->cue0 = k;
    w->cue1 = v + 1;
    return true;
  }
  return false;
}

// Cue before the opening mark: "X said, “", "telling AP, “", "was quoted
// as saying, “", "a statement saying, “".
static bool cue_before(fx *x, size_t si, const sc *c, size_t qo, size_t s0,
                       uint32_t at, who *w) {
  size_t k = qo;
  if (k > s0 && (PUNCT(c, k - 1, ',') || PUNCT(c, k - 1, ':'))) k--;
  size_t n = 0;
  // the reporting verb: up to a few words back ("told AFP news agency")
  for (size_t v = k; v > s0 && n < 5; v--, n++) {
    if (!speech_verb(c, v - 1)) continue;
    size_t vk = v - 1;
    if (IS(c, vk, "saying") && vk > s0 + 1 && IS(c, vk - 1, "statement")) {
      // "France's foreign ministry releasing a statement saying"
      size_t m = vk - 1;
      while (m > s0 && !(c->t[m - 1].kind == NF_TOK_PUNCT) &&
             !(CL(c, m - 1) & L_ORGW) && vk - m < 8)
        m--;
      if (m > s0 && (CL(c, m - 1) & L_ORGW)) {
        size_t e = m, a = m - 1;
        while (a > s0 && (CAP(c, a - 1) || (c->t[a - 1].flags & NF_TF_POSS) ||
                          (CL(c, a - 1) & L_TITLE)))
          a--;
        if (resolve(x, si, c, a, e, at, w)) {
          w->cue0 = vk;
          w->cue1 = vk + 1;
          return true;
        }
      }
    }
    if (IS(c, vk, "saying") && vk > s0 + 2 && IS(c, vk - 1, "as") &&
        IS(c, vk - 2, "quoted"))
      vk -= 2;
    if (vk > s0 && IS(c, vk - 1, "was") && IS(c, vk, "quoted")) vk--;
    if (subject_before(x, si, c, vk, s0, at, w)) {
      w->cue0 = vk;
      w->cue1 = v;
      return true;
    }
    return false;
  }
  return false;
}

static void add_quote(fx *x, size_t si, size_t a, size_t b, bool direct,
                      const who *w, size_t si_cue) {
  if (a >= b) return;
  nf_quote *q = Nf_fx_push(x, (void **)&x->f->quotes, &x->f->n_quotes,
                           &x->cap_quote, sizeof *q);
  if (!q) return;
  memset(q, 0, sizeof *q);
  q->span = Nf_fx_span(x, si, a, b);
  q->direct = direct;
  q->speaker = w ? w->actor : -1;
  q->speaker_name = w ? w->name : NULL;
  if (w && w->cue1 > w->cue0)
    q->cue = Nf_fx_span(x, si_cue, w->cue0, w->cue1);
  else
    q->cue = (nf_span){0, 0, -1, q->span.in};
}

static bool opens(const nf_tok *t) {
  return t->kind == NF_TOK_PUNCT &&
         (t->cp == 0x201C || t->cp == 0x201E || t->cp == 0xAB || t->cp == '"');
}
static bool closes(const nf_tok *t, uint32_t open) {
  if (t->kind != NF_TOK_PUNCT) return false;
  if (open == '"') return t->cp == '"';
  return t->cp == 0x201D || t->cp == 0xBB ||
         (open == 0x201E && t->cp == 0x201C);
}

// Reported speech: "X revealed that ...", "He described the violence as
// ...", "X stated that ...", "X urged ...".
static void reported(fx *x, size_t si, const sc *c, size_t s0, size_t s1) {
  for (size_t k = s0; k < s1; k++) {
    // "told AFP that ...": the words after "that"
    size_t told_that = 0;
    if (IS(c, k, "told"))
      for (size_t m = k + 1; m < s1 && m < k + 6; m++)
        if (IS(c, m, "that")) {
          told_that = m;
          break;
        }
    if (!speech_verb(c, k) || (IS(c, k, "told") && !told_that) ||
        IS(c, k, "saying") || IS(c, k, "quoted") || IS(c, k, "reported") ||
        IS(c, k, "reports") || IS(c, k, "confirmed") || IS(c, k, "posted") ||
        IS(c, k, "cited") || IS(c, k, "citing"))
      continue;
    if (k + 1 < s1 &&
        (opens(&c->t[k + 1]) ||
         (PUNCT(c, k + 1, ',') && k + 2 < s1 && opens(&c->t[k + 2]))))
      continue;  // a direct quote follows
    if (k > s0 + 1 && PUNCT(c, k - 1, ',') &&
        c->t[k - 2].kind == NF_TOK_PUNCT &&
        Nf_cp_is_close_quote(c->t[k - 2].cp))
      continue;  // ",” he said." after a quote
    who w = {-1, NULL, 0, 0};
    if (!subject_before(x, si, c, k, s0, c->t[k].start, &w)) continue;
    size_t a = told_that ? told_that : k + 1;
    if (IS(c, a, "that")) a++;
    size_t b = s1;
    while (b > a && c->t[b - 1].kind == NF_TOK_PUNCT) b--;
    if (b <= a + 2) continue;
    w.cue0 = k;
    w.cue1 = k + 1;
    add_quote(x, si, a, b, false, &w, si);
    return;
  }
}

void Nf_fx_quotes(fx *x) {
  size_t si = 0;
  while (si < x->n_sents && !x->status) {
    // One paragraph at a time: its sentences are consecutive.
    size_t s0 = si;
    uint8_t in = x->sents[si].in;
    uint32_t para = x->sents[si].para;
    while (si < x->n_sents && x->sents[si].in == in &&
           x->sents[si].para == para)
      si++;
    size_t s1 = si;
    sc c = sc_sent(x, s0);
    c.b = x->sents[s1 - 1].t1;  // the whole paragraph
    who last = {-1, NULL, 0, 0};
    bool have_last = false;
    bool any_direct = false;
    for (size_t i = c.a; i < c.b; i++) {
      if (!opens(&c.t[i])) continue;
      uint32_t open = c.t[i].cp;
      size_t j = i + 1;
      while (j < c.b && !closes(&c.t[j], open)) j++;
      size_t qa = i + 1, qb = j;  // the quoted words
      if (qb <= qa) {
        i = j;
        continue;
      }
      size_t sq = sent_of(x, s0, s1, qa);
      size_t sa = sent_of(x, s0, s1, j < c.b ? j : c.b - 1);
      uint32_t at = c.t[i].start;
      who w = {-1, NULL, 0, 0};
      bool found =
          (j < c.b && cue_after(x, sa, &c, j + 1, x->sents[sa].t1, at, &w));
      if (!found) {
        size_t sb = sent_of(x, s0, s1, i);
        found = cue_before(x, sb, &c, i, x->sents[sb].t0, at, &w);
        if (found) sa = sb;
      }
      if (!found && have_last) {
        w = last;
        w.cue0 = w.cue1 = 0;
        found = true;
      }
      // Quote marks around a word or two are a phrase, not speech, unless
      // a cue says who said it.
      size_t words = 0;
      for (size_t k = qa; k < qb; k++) words += c.t[k].kind == NF_TOK_WORD;
      if (words <= 3 && !(w.cue1 > w.cue0) && !found) {
        i = j;
        continue;
      }
      // A quote may run over sentences: its span is cut per sentence.
      size_t sqe = sent_of(x, s0, s1, qb - 1);
      if (sqe == sq) {
        add_quote(x, sq, qa, qb, true, found ? &w : NULL, sa);
      } else {
        for (size_t s = sq; s <= sqe; s++) {
          size_t a2 = s == sq ? qa : x->sents[s].t0;
          size_t b2 = s == sqe ? qb : x->sents[s].t1;
          add_quote(x, s, a2, b2, true, found ? &w : NULL, sa);
        }
      }
      if (found) {
        last = w;
        have_last = true;
      }
      any_direct = true;
      i = j;
    }
    (void)any_direct;
    for (size_t s = s0; s < s1; s++) {
      bool has_direct = false;
      for (size_t k = x->sents[s].t0; k < x->sents[s].t1; k++)
        if (opens(&c.t[k])) has_direct = true;
      if (!has_direct && x->sents[s].in == NF_IN_BODY)
        reported(x, s, &c, x->sents[s].t0, x->sents[s].t1);
    }
  }
}
