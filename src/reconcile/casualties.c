// Casualty counts of a story: the rules that turn figures and people
// described one by one into the story's best count of people killed and
// injured (wholes.c runs them from Nf_rc_totals; figures.c marks the
// figures that are no count of the event: tallies, periods, ages, the
// unhurt, withdrawn figures; docs/internals/reconcile.md has them all).
// They are worded for violence of any kind: shootings, stabbings,
// vehicles, shelling.
//
//  - People hit are the dead and the wounded together: "four people were
//    shot", "shooting 11 people", "three were stabbed", "five were run
//    over", "four men, aged 20 to 27, were shot" count everyone hit, so the
//    injured are those less the dead; so does a count the dead are taken
//    out of ("one of the five people hospitalized has died"; "four people
//    were shot ..., one of the victims died" in one sentence). "Two others
//    were shot" are the rest, not everyone; "Milner and three others were
//    shot" (one count in the facts stage), "struck five pedestrians" and
//    "shooting those 4 people" are everyone.
//  - People described one by one: the most at least two reports describe
//    (one report alone describing more than any other more often tells
//    one person twice, or someone of another event, than a death the
//    others missed).
//  - One person described in two reports (wounded in an early one, dead in
//    a later one) is counted once, among the killed; one person told twice
//    in one report ("Timea Batts", "Timea"; "a 10-year-old girl", "his
//    sister") is counted once, unless names, ages, kinds, "another" or one
//    sentence naming both tell them apart; one a report tells apart from
//    its own dead ("a man was killed and another man wounded") is none of
//    the dead of any report. Likewise a count of the injured
//    no larger than the people described as killed, when no count of the
//    dead is given and nothing tells them apart ("one woman was
//    hospitalized", then "Sarah Bonner died").
//  - Someone only said to be hit ("shot his wife and children before
//    killing himself"), no word of wounds, is not counted among the
//    wounded when the story gives a count of the dead; nor is a count of
//    the injured no larger than the dead told so ("fatally shot her
//    husband and three sons"), unless it counts everyone hit.
//  - An attacker who died is added to a figure only when the figure leaves
//    them out ("killed three people and then himself", "two others dead"),
//    not when it holds them ("three dead, including the gunman"); of two
//    counts in conflict, the one that says it holds the attacker wins.
//  - A headline telling of the Nth death ("Third victim dies") makes N
//    dead; those who died since leave the wounded.
//  - Of counts of the injured in conflict that differ by the number of the
//    dead ("1 dead, 4 injured", "1 killed, 3 injured"), the smaller.
//  - People described as hit in an earlier event ("last week", "the
//    previous year", "a previous shooting", a year five or more years
//    before the story; not "the previous night"; or in a sentence of
//    several events or a period: "in overnight shootings") are another
//    story's, when the story has casualties of its own.
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/str.h"
#include "reconcile/lexicon.h"
#include "reconcile/rc_int.h"

// The words of a figure's sentence before the figure, in it, and after it,
// lower-cased (at most RC_CTX_WORDS each side).
enum { RC_CTX_WORDS = 8, RC_WORD_BYTES = 24 };
typedef struct rc_ctx {
  char before[RC_CTX_WORDS][RC_WORD_BYTES];  // nearest first
  char in[RC_CTX_WORDS][RC_WORD_BYTES];
  char after[RC_CTX_WORDS][RC_WORD_BYTES];
  size_t n_before, n_in, n_after;
} rc_ctx;

typedef struct collect {
  char (*w)[RC_WORD_BYTES];
  size_t n, max;
  bool keep_last;  // keep the last max words, not the first
} collect;

static bool collect_word(void *user, nf_sv word, size_t start, size_t end) {
  (void)start, (void)end;
  collect *c = user;
  size_t n = word.n < RC_WORD_BYTES - 1 ? word.n : RC_WORD_BYTES - 1;
  if (c->n == c->max) {
    if (!c->keep_last) return false;
    memmove(c->w[0], c->w[1], (c->max - 1) * sizeof c->w[0]);
    c->n--;
  }
  memcpy(c->w[c->n], word.p, n);
  c->w[c->n][n] = '\0';
  c->n++;
  return true;
}

static bool figure_ctx(const rc *r, uint32_t rep, const nf_span *sp,
                       rc_ctx *out) {
  memset(out, 0, sizeof *out);
  const nf_facts *f = rc_facts(r, rep);
  nf_sv field = rc_field(r, rep, sp->in);
  if (!field.p || sp->end > field.n || sp->start > sp->end) return false;
  size_t s0 = 0, s1 = field.n;
  if (f && sp->sentence >= 0 && (size_t)sp->sentence < f->n_sentences) {
    const nf_sentence *s = &f->sentences[sp->sentence];
    if (s->in == sp->in && s->start <= sp->start && s->end >= sp->end &&
        s->end <= field.n)
      s0 = s->start, s1 = s->end;
  }
  char tmp[RC_CTX_WORDS][RC_WORD_BYTES];
  collect c = {tmp, 0, RC_CTX_WORDS, true};
  Nf_rc_words(Nf_sv(field.p + s0, sp->start - s0), collect_word, &c);
  for (size_t i = 0; i < c.n; i++)
    memcpy(out->before[i], tmp[c.n - 1 - i], RC_WORD_BYTES);
  out->n_before = c.n;
  c = (collect){out->in, 0, RC_CTX_WORDS, false};
  Nf_rc_words(Nf_sv(field.p + sp->start, sp->end - sp->start), collect_word,
              &c);
  out->n_in = c.n;
  c = (collect){out->after, 0, RC_CTX_WORDS, false};
  Nf_rc_words(Nf_sv(field.p + sp->end, s1 - sp->end), collect_word, &c);
  out->n_after = c.n;
  return true;
}

static bool word_in(const char *w, const char *const *list) {
  for (; *list; list++)
    if (strcmp(w, *list) == 0) return true;
  return false;
}

// "a double shooting", "a triple stabbing": a word that multiplies a
// shooting counts everyone hit (the facts stage reads it as the injured),
// so the dead come out of it like out of "three people were shot".
static bool multiplier_of_hit(const rc_ctx *c) {
  static const char *const factors[] = {"double",    "triple",   "quadruple",
                                        "quintuple", "sextuple", NULL};
  static const char *const hits[] = {"shooting", "shootings", "stabbing",
                                     "stabbings", NULL};
  if (c->n_in == 2)
    return word_in(c->in[0], factors) && word_in(c->in[1], hits);
  // "double-shooting", one word.
  const char *dash = c->n_in == 1 ? strchr(c->in[0], '-') : NULL;
  if (!dash) return false;
  char first[RC_WORD_BYTES];
  size_t n = (size_t)(dash - c->in[0]);
  memcpy(first, c->in[0], n);
  first[n] = '\0';
  return word_in(first, factors) && word_in(dash + 1, hits);
}

// Word classes of lexicon.c.
static bool is(nf_lex_class c, const char *w) {
  return Nf_lexicon_class_has(c, Nf_sv_cstr(w));
}

// Words between a count and its verb: "were", "have been", "who were all".
static const char *const aux_words[] = {
    "were",   "was", "have",       "has",  "had",   "been", "who",    "are",
    "is",     "all", "reportedly", "also", "being", "got",  "people", "persons",
    "others", "in",  "total",      "that", "each",  "both", NULL};

static const char *const age_words[] = {"aged", "ages", "age", "ranging", NULL};
static const char *const age_links[] = {"to",      "and",   "from",  "between",
                                        "in",      "their", "years", "old",
                                        "through", NULL};

// "Three others were hurt", "six others injured": a count of the rest,
// told apart from people counted before (the dead). "Milner and three
// others": the others with someone, all of them.
static bool count_of_others(const rc_ctx *c) {
  static const char *const other_words[] = {"other", "others", "another",
                                            "more", NULL};
  bool joined = false;
  for (size_t j = 0; j < c->n_in; j++) {
    if (strcmp(c->in[j], "and") == 0) joined = true;
    if (!joined && word_in(c->in[j], other_words)) return true;
  }
  for (size_t j = 0; !joined && j < c->n_after && j < 2; j++)
    if (word_in(c->after[j], other_words)) return true;
  return false;
}

int Nf_rc_others_after(const rc *r, uint32_t rep, uint32_t i) {
  const nf_facts *facts = rc_facts(r, rep);
  const nf_figure *f = &facts->figures[i];
  if (f->measure != NF_M_INJURED || f->qualifier != NF_Q_EXACT ||
      f->span.sentence < 0)
    return -1;
  rc_ctx c;
  if (!figure_ctx(r, rep, &f->span, &c) || !count_of_others(&c)) return -1;
  // The count before it in the sentence, the nearest (then the widest:
  // "three juveniles and three adults", summed by the facts stage).
  int best = -1;
  for (uint32_t k = i, seen = 0; k-- > 0 && seen < NF_RC_MAX_OTHERS_BACK;
       seen++) {
    const nf_figure *e = &facts->figures[k];
    if (e->span.in != f->span.in || e->span.sentence != f->span.sentence)
      continue;
    if (e->measure != NF_M_INJURED || e->qualifier != NF_Q_EXACT ||
        e->superseded || e->span.end > f->span.start)
      continue;
    // "a triple shooting ... two others injured": everyone hit, not a
    // count the others add to.
    rc_ctx m;
    if (figure_ctx(r, rep, &e->span, &m) && multiplier_of_hit(&m)) continue;
    const nf_figure *b = best >= 0 ? &facts->figures[best] : NULL;
    if (b && (e->span.end < b->span.end ||
              (e->span.end == b->span.end && e->span.start >= b->span.start)))
      continue;
    best = (int)k;
  }
  if (best < 0) return -1;
  // "The fatal shooting of one man and the wounding of three others": a
  // word of death just before the first count makes it the dead.
  rc_ctx e;
  if (!figure_ctx(r, rep, &facts->figures[best].span, &e)) return -1;
  for (size_t j = 0; j < e.n_before && j < 3; j++)
    if (is(NF_LEXC_DEAD, e.before[j]) || strcmp(e.before[j], "fatal") == 0)
      return -1;
  for (size_t j = 0; j < e.n_in; j++)
    if (is(NF_LEXC_DEAD, e.in[j])) return -1;
  return best;
}

typedef struct title_words {
  char w[16][RC_WORD_BYTES];
  size_t n;
} title_words;

static bool title_word(void *user, nf_sv word, size_t start, size_t end) {
  (void)start, (void)end;
  title_words *t = user;
  if (t->n == 16) return false;
  size_t n = word.n < RC_WORD_BYTES - 1 ? word.n : RC_WORD_BYTES - 1;
  memcpy(t->w[t->n], word.p, n);
  t->w[t->n][n] = '\0';
  t->n++;
  return true;
}

// A person a headline tells of: a word of the class, or an age ("a
// 4-year-old", "Boy, 3" is "boy").
static bool headline_person(const char *w) {
  size_t n = strlen(w);
  return is(NF_LEXC_PERSON, w) || (n > 4 && strcmp(w + n - 4, "-old") == 0);
}

int Nf_rc_ordinal_death(const rc *r, uint32_t rep) {
  const char *title = r->story->docs[rep]->title;
  if (!title) return 0;
  static const char *const ordinals[] = {"first", "second", "third",   "fourth",
                                         "fifth", "sixth",  "seventh", "eighth",
                                         "ninth", "tenth",  NULL};
  title_words t = {.n = 0};
  Nf_rc_words(Nf_sv_cstr(title), title_word, &t);
  int one = 0;  // "Victim in Creekwood shooting dies": one death at least
  for (size_t i = 0; i < t.n && !one; i++) {
    if (!headline_person(t.w[i])) continue;
    for (size_t k = i + 1; k < t.n && k <= i + 8 && !one; k++)
      if (is(NF_LEXC_DIE, t.w[k])) one = 1;
  }
  for (size_t i = 0; i < t.n; i++) {
    int ord = -1;
    for (int k = 1; ordinals[k]; k++)
      if (strcmp(t.w[i], ordinals[k]) == 0) ord = k + 1;
    if (ord < 0) continue;
    // "Third victim dies", "Second teen victim of ... dies", "shootings
    // claim fifth victim".
    size_t j = i + 1;
    while (j < t.n && j <= i + 2 && !headline_person(t.w[j])) j++;
    if (j >= t.n || !headline_person(t.w[j])) continue;
    size_t c = i > 0 && strcmp(t.w[i - 1], "a") == 0 ? i - 1 : i;
    if (c > 0 &&
        (strcmp(t.w[c - 1], "claim") == 0 || strcmp(t.w[c - 1], "claims") == 0))
      return ord;
    for (size_t k = j + 1; k < t.n; k++)
      if (is(NF_LEXC_DIE, t.w[k])) return ord;
  }
  return one;
}

// "four people were shot", "5 shot", "shooting 11 people", "three were
// stabbed", "a double shooting": a count of everyone hit, the dead among
// them. "were shot and wounded", "shot dead", "shot to death" and "hit in
// the arm" are not; "run" only as "run over".
bool Nf_rc_hit_count(const rc *r, uint32_t rep, const nf_figure *f) {
  rc_ctx c;
  if (!figure_ctx(r, rep, &f->span, &c)) return false;
  if (multiplier_of_hit(&c)) return true;
  // "two others were shot": the rest, told apart from people counted
  // before (the dead), not everyone hit.
  if (count_of_others(&c)) return false;
  size_t j = 0;
  while (j < c.n_after) {
    if (word_in(c.after[j], aux_words)) {
      j++;
    } else if (word_in(c.after[j], age_words)) {
      // An apposition of ages: "four men, aged 20 to 27, were shot".
      j++;
      while (j < c.n_after && (Nf_ascii_digit((unsigned char)c.after[j][0]) ||
                               word_in(c.after[j], age_links)))
        j++;
    } else {
      break;
    }
  }
  bool verb_after = j < c.n_after && is(NF_LEXC_HIT_AFTER, c.after[j]);
  // "shooting those 4 people", "shot all three", "shot her three
  // children": a determiner between.
  static const char *const dets[] = {"those", "the", "all",   "these",
                                     "his",   "her", "their", NULL};
  size_t b0 = c.n_before > 1 && word_in(c.before[0], dets) ? 1 : 0;
  bool verb_before =
      !verb_after && c.n_before > b0 && is(NF_LEXC_HIT_BEFORE, c.before[b0]) &&
      // "fatally shot two people" counts the dead, not everyone hit.
      !(c.n_before > b0 + 1 && is(NF_LEXC_DEAD, c.before[b0 + 1]));
  if (!verb_after && !verb_before) return false;
  // What follows the verb (or the count, for "shooting three people to
  // death"): "dead", "to death", "and wounded" say which the count is.
  size_t k = verb_after ? j + 1 : 0;
  const char *n1 = k < c.n_after ? c.after[k] : "";
  const char *n2 = k + 1 < c.n_after ? c.after[k + 1] : "";
  if (verb_after && strcmp(c.after[j], "run") == 0) {
    if (strcmp(n1, "over") != 0) return false;
    k++, n1 = n2, n2 = k + 1 < c.n_after ? c.after[k + 1] : "";
  }
  if (is(NF_LEXC_DEAD, n1)) return false;
  if (strcmp(n1, "to") == 0 && strcmp(n2, "death") == 0) return false;
  // "One officer was hit in the arm": the wounded, not everyone hit.
  if (strcmp(n1, "in") == 0 && k + 2 < c.n_after &&
      is(NF_LEXC_LIMB, c.after[k + 2]))
    return false;
  if (strcmp(n1, "and") == 0 && (is(NF_LEXC_HURT, n2) || is(NF_LEXC_DEAD, n2)))
    return false;
  return true;
}

static bool attacker(const char *w) {
  return Nf_lexicon_class_has(NF_LEXC_ATTACKER, Nf_sv_cstr(w));
}
static const char *const self_words[] = {"himself", "herself", "themselves",
                                         "self", NULL};

// Whether a killed figure leaves a dead attacker out (+1), holds them (-1)
// or does not say (0): "killed three people and then himself", "left two
// others dead", "before taking his own life" against "three dead,
// including the gunman".
int Nf_rc_count_leaves_out_attacker(const rc *r, uint32_t rep,
                                    const nf_figure *f) {
  rc_ctx c;
  if (!figure_ctx(r, rep, &f->span, &c)) return 0;
  for (size_t j = 0; j + 1 < c.n_after; j++)
    if ((strcmp(c.after[j], "including") == 0 ||
         strcmp(c.after[j], "among") == 0 ||
         strcmp(c.after[j], "counting") == 0) &&
        (attacker(c.after[j + 1]) ||
         (j + 2 < c.n_after && attacker(c.after[j + 2]))))
      return -1;
  for (size_t j = 0; j < c.n_in; j++)
    if (strcmp(c.in[j], "others") == 0 || strcmp(c.in[j], "other") == 0)
      return 1;
  for (size_t j = 0; j < c.n_after; j++) {
    if (word_in(c.after[j], self_words)) return 1;
    if (strcmp(c.after[j], "own") == 0 && j + 1 < c.n_after &&
        strcmp(c.after[j + 1], "life") == 0)
      return 1;
  }
  return 0;
}

// A victim's description as a name: every word capitalised, or a particle
// of a name ("Miranda Doerr", "Khaled al Raad", "Jose de la Cruz"); not a
// description ("A 5-year-old girl", "Two men") nor a word that opens a
// sentence about people ("Police", "Officers", "Victims").
static bool named(const nf_victim *v) {
  const char *d = v->description;
  if (!d || !(*d >= 'A' && *d <= 'Z')) return false;
  static const char *const particles[] = {
      "al", "el", "bin", "ibn", "abu", "de", "del", "la",
      "da", "di", "van", "von", "der", "le", "du",  NULL};
  static const char *const generic[] = {
      "the",           "a",         "an",
      "this",          "that",      "one",
      "another",       "his",       "her",
      "their",         "police",    "officer",
      "officers",      "deputy",    "deputies",
      "victim",        "victims",   "authorities",
      "investigators", "witnesses", "family",
      "relatives",     "neighbors", "neighbours",
      "troopers",      "agents",    "soldiers",
      "residents",     NULL};
  char word[RC_WORD_BYTES];
  size_t n_words = 0;
  for (const char *p = d; *p;) {
    while (*p == ' ') p++;
    if (!*p) break;
    const char *e = p;
    while (*e && *e != ' ') e++;
    size_t n =
        (size_t)(e - p) < sizeof word - 1 ? (size_t)(e - p) : sizeof word - 1;
    for (size_t i = 0; i < n; i++) {
      char c = p[i];
      if (c >= '0' && c <= '9') return false;  // "a 5-year-old", "Man, 34"
      word[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    word[n] = '\0';
    if (n_words == 0 && word_in(word, generic)) return false;
    if (!(*p >= 'A' && *p <= 'Z') && !((unsigned char)*p >= 0x80) &&
        !word_in(word, particles))
      return false;
    n_words++;
    p = e;
  }
  return n_words > 0;
}

// A person described as the victim of an earlier event: "a man killed in
// a shooting last week", "a 19-year-old was shot and killed on the same
// block just last week", "three years ago", "in 1993" (years before the
// story's first report). Such people belong to another
// story's count when the story has casualties of its own (a follow-up
// report on one death, "sentenced for killing his friend 18 months ago",
// is about that death).
static bool victim_background(rc *r, uint32_t rep, const nf_victim *v) {
  static const char *const earlier[] = {
      "last week",          "last month",         "last year",
      "weeks ago",          "months ago",         "years ago",
      "a week earlier",     "a month earlier",    "a year earlier",
      "earlier this year",  "earlier this month", "the previous week",
      "the previous month", "the previous year",  "a previous",
      "years earlier",      "months earlier",     "weeks earlier"};
  if (!rc_facts(r, rep)) return false;
  // The facts stage's reading of the sentence (a date weeks before the
  // report, "in a separate shooting last year"), then the phrases below.
  if (v->background) return true;
  nf_sv sent = Nf_rc_span_sentence(r, rep, &v->span);
  // A sentence that makes a figure background: "a man murdered in
  // overnight shootings", "so far this year".
  if (Nf_rc_span_background(r, rep, &v->span)) return true;
  for (size_t i = 0; i < sizeof earlier / sizeof earlier[0]; i++)
    if (Nf_sv_ifind(sent, Nf_sv_cstr(earlier[i])) >= 0) return true;
  // A year well before the story's first report ("was killed there in
  // 1993"); not the year of the event that trials and anniversaries look
  // back on a year or three later.
  if (r->first_year <= 0) return false;
  int told = Nf_rc_earliest_year(sent);
  return told && told + NF_RC_HISTORY_YEARS <= r->first_year;
}

// victim_background, worked out once per person: the story's people are
// looked at for each measure and again against the dead. Per report, an
// offset into one array of 0 (not yet known), 1 (no) or 2 (yes).
static bool victim_bg(rc *r, uint32_t rep, size_t i) {
  size_t n_docs = r->story->n_docs;
  if (!r->victim_bg_at) {
    size_t total = 0;
    r->victim_bg_at =
        Nf_arena_calloc(&r->scratch, n_docs + 1, sizeof *r->victim_bg_at);
    if (!r->victim_bg_at) return rc_fail(r, NF_ENOMEM);
    for (uint32_t d = 0; d < n_docs; d++) {
      r->victim_bg_at[d] = total;
      const nf_facts *f = rc_facts(r, d);
      total += f ? f->n_victims : 0;
      int y = r->story->docs[d]->published.year;
      if (y > 0 && (!r->first_year || y < r->first_year)) r->first_year = y;
    }
    r->victim_bg_at[n_docs] = total;
    r->victim_bg = Nf_arena_calloc(&r->scratch, total + 1, 1);
    if (!r->victim_bg) {
      r->victim_bg_at = NULL;
      return rc_fail(r, NF_ENOMEM);
    }
  }
  uint8_t *known = &r->victim_bg[r->victim_bg_at[rep] + i];
  if (!*known)
    *known = victim_background(r, rep, &rc_facts(r, rep)->victims[i]) ? 2 : 1;
  return *known == 2;
}

// Another event told in the body: "in another shooting", "in an
// unrelated" incident, "a separate shooting", "two separate incidents", "a
// second shooting" (not "the second shooting victim"). One pass over the
// text (every report's body is read): only words starting with "i" or "s"
// are looked at.
static bool tells_another_event(nf_sv body) {
  static const char *const in_phrases[] = {
      "in another shooting", "in an unrelated", "in another incident"};
  static const char *const s_phrases[] = {
      "separate shooting", "separate incident", "second shooting"};
  for (size_t i = 0; i + 4 <= body.n; i++) {
    unsigned char c = Nf_ascii_lower((unsigned char)body.p[i]);
    if ((c != 'i' && c != 's') ||
        (i && Nf_ascii_alpha((unsigned char)body.p[i - 1])))
      continue;
    nf_sv rest = Nf_sv(body.p + i, body.n - i);
    if (c == 'i') {
      for (size_t k = 0; k < sizeof in_phrases / sizeof in_phrases[0]; k++)
        if (Nf_sv_istarts(rest, Nf_sv_cstr(in_phrases[k]))) return true;
      continue;
    }
    for (size_t k = 0; k < sizeof s_phrases / sizeof s_phrases[0]; k++) {
      nf_sv ph = Nf_sv_cstr(s_phrases[k]);
      if (!Nf_sv_istarts(rest, ph)) continue;
      // "The second shooting victim": a person of this event.
      size_t e = ph.n;
      while (e < rest.n && Nf_ascii_alpha((unsigned char)rest.p[e])) e++;
      while (e < rest.n && rest.p[e] == ' ') e++;
      if (!Nf_sv_istarts(Nf_sv(rest.p + e, rest.n - e), NF_SV_LIT("victim")))
        return true;
    }
  }
  return false;
}

static bool roundup(const rc *r, uint32_t rep) {
  const nf_doc *d = r->story->docs[rep];
  if (d->title && Nf_rc_background_text(Nf_sv_cstr(d->title))) return true;
  return tells_another_event(rc_field(r, rep, NF_IN_BODY));
}

const bool *Nf_rc_roundups(rc *r) {
  if (r->roundup) return r->roundup;
  size_t n_docs = r->story->n_docs;
  r->roundup = Nf_arena_calloc(&r->scratch, n_docs + 1, sizeof *r->roundup);
  if (!r->roundup) {
    rc_fail(r, NF_ENOMEM);
    return NULL;
  }
  // A story told by roundups only keeps them.
  bool any_single = false;
  for (uint32_t rep = 0; rep < n_docs; rep++)
    any_single |= !(r->roundup[rep] = roundup(r, rep));
  if (!any_single) memset(r->roundup, 0, n_docs * sizeof *r->roundup);
  return r->roundup;
}

// Does a sentence tell of people hit (shot, struck, stabbed), or of wounds
// or survival ("wounded", "in critical condition", "treated", a limb hit:
// "shot in the leg")? Word stems, any case, anywhere in the sentence.
static bool tells_of_hit(nf_sv sent) {
  static const char *const hit[] = {"shot", "struck", "stabbed", "hit"};
  for (size_t i = 0; i < sizeof hit / sizeof hit[0]; i++)
    if (Nf_sv_ifind(sent, Nf_sv_cstr(hit[i])) >= 0) return true;
  return false;
}

static bool tells_of_wound(nf_sv sent) {
  static const char *const hurt[] = {
      "wound",     "injur",  "hurt",    "hospital", "critical", "stable",
      "condition", "surviv", "treated", "recover",  "grazed",   "serious"};
  for (size_t i = 0; i < sizeof hurt / sizeof hurt[0]; i++)
    if (Nf_sv_ifind(sent, Nf_sv_cstr(hurt[i])) >= 0) return true;
  return Nf_lexicon_class_any(NF_LEXC_LIMB, sent);
}

// A person the report only says was hit ("shot his wife and children
// before killing himself", "were all shot in the head"), with no word of
// wounds or survival in the sentence, nor a limb hit ("shot in the leg"):
// one of the dead as much as one of the wounded.
static bool only_hit(const rc *r, uint32_t rep, const nf_victim *v) {
  nf_sv sent = Nf_rc_span_sentence(r, rep, &v->span);
  return tells_of_hit(sent) && !tells_of_wound(sent);
}

// One person described in a report, with the name key when named.
typedef struct rc_person {
  const nf_victim *v;
  uint32_t report;
  const char *key;  // Nf_rc_name_key of a name, or NULL
} rc_person;

static rc_person person(rc *r, uint32_t rep, const nf_victim *v) {
  rc_person p = {v, rep, NULL};
  if (named(v))
    p.key = Nf_rc_name_key(&r->scratch, v->description, strlen(v->description));
  return p;
}

// Two name keys of one person: Nf_rc_same_person, or a given name alone
// and the full name ("Timea", "Timea Batts").
static bool same_name(const char *a, const char *b) {
  if (Nf_rc_same_person(a, b)) return true;
  const char *one = strchr(a, ' ') ? b : a, *full = one == a ? b : a;
  if (strchr(one, ' ') || !strchr(full, ' ')) return false;
  size_t n = strlen(one);
  return n >= 3 && strncmp(full, one, n) == 0 && full[n] == ' ';
}

// Kinds tell people apart when they cannot be one person: a man and a
// woman; "a teen" and "a man" may be one 17-year-old (ages decide).
// Kin words that may name a child ("his sister" may be "a 10-year-old
// girl"); other words for men and women name adults ("mother", "a man").
static bool may_be_a_child(const nf_victim *v) {
  return v->description &&
         Nf_lexicon_class_any(NF_LEXC_KIN_CHILD, Nf_sv_cstr(v->description));
}

// A child young enough to be no man or woman: by age, or by a word for a
// young child ("the toddler", "a baby", "an infant", "a fourth-grader").
static bool young_child(const nf_victim *v) {
  if (v->age >= 0) return v->age < NF_RC_YOUNG_CHILD_AGE;
  return v->description &&
         Nf_lexicon_class_any(NF_LEXC_YOUNG, Nf_sv_cstr(v->description));
}

// A young child is no man or woman; "a teen" may be "a man" of 17.
static bool kinds_differ(const nf_victim *a, const nf_victim *b) {
  uint8_t ca = a->category, cb = b->category;
  if (ca == NF_C_ALL || cb == NF_C_ALL || ca == cb) return false;
  const nf_victim *child = ca == NF_C_CHILDREN   ? a
                           : cb == NF_C_CHILDREN ? b
                                                 : NULL;
  if (!child) return true;
  const nf_victim *other = child == a ? b : a;
  return young_child(child) && !may_be_a_child(other);
}

// Whether two victims plainly are the same person: the same name, or, in
// two different reports, nothing that tells them apart (category and age
// agree where both are known, and not two different names).
static bool same_victim(const rc_person *a, const rc_person *b) {
  if (a->v->perpetrator != b->v->perpetrator) return false;
  if (a->key && b->key) return same_name(a->key, b->key);
  if (a->report == b->report) return false;
  if (kinds_differ(a->v, b->v)) return false;
  if (a->v->age >= 0 && b->v->age >= 0 && a->v->age != b->v->age) return false;
  return true;
}

// A description that says it is someone else: "another man", "a second
// officer", "the other victim", "a third child".
static bool says_someone_else(const nf_victim *v) {
  static const char *const words[] = {"another", "second", "third",  "fourth",
                                      "fifth",   "other",  "others", NULL};
  if (!v->description) return false;
  char w[RC_WORD_BYTES];
  size_t n_words = 0;
  for (const char *p = v->description; *p && n_words < 3;) {
    while (*p == ' ') p++;
    size_t n = 0;
    for (; p[n] && p[n] != ' '; n++)
      if (n < sizeof w - 1)
        w[n] = (char)(p[n] >= 'A' && p[n] <= 'Z' ? p[n] + 32 : p[n]);
    w[n < sizeof w - 1 ? n : sizeof w - 1] = '\0';
    if (n && word_in(w, words)) return true;
    p += n;
    n_words++;
  }
  return false;
}

// Whether two people one report describes are one person, told twice
// ("Jayden Norton, 7, died" and "a 7-year-old was fatally shot"; "Timea"
// and "Timea Batts"): the same name; or, when not both named and not in
// one sentence, nothing that tells them apart (ages, kinds, "another").
// Attackers: one report's attacker told twice ("the gunman", "the suspect")
// unless told apart by name, age or "a second".
static bool one_person_told_twice(const rc_person *a, const rc_person *b) {
  if (a->v->perpetrator != b->v->perpetrator) return false;
  if (a->key && b->key) return same_name(a->key, b->key);
  // "a mother and her 2-year-old": one sentence names two people.
  if (a->v->span.in == b->v->span.in &&
      a->v->span.sentence == b->v->span.sentence)
    return false;
  if (says_someone_else(a->v) || says_someone_else(b->v) ||
      kinds_differ(a->v, b->v))
    return false;
  if (a->v->age >= 0 && b->v->age >= 0) return a->v->age == b->v->age;
  return true;
}

// Whether the story counts the wounded (a figure of its own event) and
// gives no count of the dead.
static bool counts_only_wounded(const rc *r) {
  bool wounded = false;
  for (size_t g = 0; g < r->acc->n_figures; g++) {
    const nf_acc_figure *f = &r->acc->figures[g];
    if (f->background || !isfinite(f->best)) continue;
    if (f->measure == NF_M_KILLED) return false;
    wounded |= f->measure == NF_M_INJURED;
  }
  return wounded;
}

// Whether the headline of some report (a roundup's too: "Three killed in
// weekend shootings" may count the death) tells of a death.
static bool headline_of_a_death(const rc *r) {
  for (uint32_t rep = 0; rep < r->story->n_docs; rep++) {
    const char *t = r->story->docs[rep]->title;
    if (t && Nf_lexicon_class_any(NF_LEXC_DEATH, Nf_sv_cstr(t))) return true;
  }
  return false;
}

// Whether a report tells of one of its dead up front (the headline or the
// first lines: its news), not further down.
static bool death_up_front(rc *r, bool own) {
  for (uint32_t rep = 0; rep < r->story->n_docs; rep++) {
    const nf_facts *f = rc_facts(r, rep);
    for (size_t i = 0; f && i < f->n_victims; i++) {
      const nf_victim *v = &f->victims[i];
      if (v->measure != NF_M_KILLED || v->perpetrator ||
          (own && victim_bg(r, rep, i)))
        continue;
      if (v->span.in == NF_IN_TITLE || v->span.start < NF_RC_LEAD_BYTES)
        return true;
    }
  }
  return false;
}

// People described one by one: the most any report describes who are not
// the attacker, and the most attackers any report says were hit. For the
// injured, someone another report (or the same name) describes as killed
// is left out: the wounded who later died are among the dead.
void Nf_rc_victim_counts(rc *r, uint8_t measure, bool dead_counted,
                         uint32_t *victims, uint32_t *perpetrators) {
  *victims = *perpetrators = 0;
  size_t n_docs = r->story->n_docs;
  bool any = false;  // most stories describe nobody for most measures
  for (uint32_t rep = 0; rep < n_docs && !any; rep++) {
    const nf_facts *f = rc_facts(r, rep);
    for (size_t i = 0; f && i < f->n_victims && !any; i++)
      any = f->victims[i].measure == measure;
  }
  if (!any) return;
  // Casualties of the story's own event: figures that are not background,
  // people described without an earlier time.
  bool own = false;
  for (size_t g = 0; g < r->acc->n_figures && !own; g++) {
    const nf_acc_figure *fg = &r->acc->figures[g];
    own = (fg->measure == NF_M_KILLED || fg->measure == NF_M_INJURED) &&
          !fg->background;
  }
  for (uint32_t rep = 0; rep < n_docs && !own; rep++) {
    const nf_facts *f = rc_facts(r, rep);
    for (size_t i = 0; f && i < f->n_victims && !own; i++)
      own = (f->victims[i].measure == NF_M_KILLED ||
             f->victims[i].measure == NF_M_INJURED) &&
            !victim_bg(r, rep, i);
  }
  // Roundups: when reports of the event alone tell of it, the people a
  // roundup describes may be another event's.
  const bool *roundup = Nf_rc_roundups(r);
  if (!roundup) return;  // out of memory: r->st says so
  // The killed, once, to check the injured against (at most
  // NF_RC_MAX_DEAD_COMPARED: keeps a story of thousands of copies linear).
  rc_person *dead = NULL;
  size_t n_dead = 0, cap = 0;
  for (uint32_t rep = 0; measure == NF_M_INJURED && rep < n_docs; rep++) {
    const nf_facts *f = roundup[rep] ? NULL : rc_facts(r, rep);
    for (size_t i = 0;
         f && i < f->n_victims && n_dead < NF_RC_MAX_DEAD_COMPARED; i++) {
      if (f->victims[i].measure != NF_M_KILLED || (own && victim_bg(r, rep, i)))
        continue;
      if (!Nf_rc_grow(r, &r->scratch, (void **)&dead, &cap, n_dead + 1,
                      sizeof *dead))
        return;
      dead[n_dead++] = person(r, rep, &f->victims[i]);
    }
  }
  uint32_t second = 0, n_describing = 0;  // the next most; reports
  // Reports describing casualties of the event, and of this measure.
  uint32_t n_telling = 0, n_telling_this = 0;
  uint32_t together = 0;     // the most people one sentence names
  int32_t top = -1;          // the report describing the most
  uint32_t most_in_one = 0;  // the most people, attackers too, of one report
  for (uint32_t rep = 0; rep < n_docs; rep++) {
    const nf_facts *f = rc_facts(r, rep);
    if (!f || roundup[rep]) continue;
    uint32_t n = 0, p = 0;
    uint32_t one_sentence = 0;  // the most of its people one sentence names
    // The people this report describes so far, each once (a report tells
    // of a handful; past NF_RC_MAX_TOLD_TWICE, each further one counts).
    rc_person told[NF_RC_MAX_TOLD_TWICE];
    size_t n_told = 0;
    for (size_t i = 0; i < f->n_victims; i++) {
      const nf_victim *v = &f->victims[i];
      if (v->measure != measure || (own && victim_bg(r, rep, i))) continue;
      // Someone only said to be hit, when a count of the dead is given,
      // may be among them: not counted as wounded.
      if (measure == NF_M_INJURED && dead_counted && only_hit(r, rep, v))
        continue;
      rc_person me = person(r, rep, v);
      // "Another man was wounded" beside a death the report tells of: the
      // report itself tells this one apart from its dead, so no report's
      // dead is this one. So does "a second person" in a report that
      // describes no dead of its own ("Boy, 15, charged with murder in
      // drive-by shooting death"): the first is the one who died.
      bool apart = says_someone_else(v);
      bool died = false;
      for (size_t k = 0; k < n_dead && !died && !apart; k++)
        died = same_victim(&me, &dead[k]);
      if (died) continue;
      bool again = false;
      for (size_t k = 0; k < n_told && !again; k++)
        again = one_person_told_twice(&me, &told[k]);
      if (again) continue;
      if (!v->perpetrator && v->span.sentence >= 0) {
        uint32_t same = 1;
        for (size_t k = 0; k < n_told; k++)
          same += !told[k].v->perpetrator && told[k].v->span.in == v->span.in &&
                  told[k].v->span.sentence == v->span.sentence;
        if (same > one_sentence) one_sentence = same;
      }
      if (n_told < NF_RC_MAX_TOLD_TWICE) told[n_told++] = me;
      if (v->perpetrator)
        p++;
      else
        n++;
    }
    if (n > *victims)
      second = *victims, *victims = n, top = (int32_t)rep;
    else if (n > second)
      second = n;
    n_describing += n > 0;
    bool tells = false, tells_this = false;
    for (size_t i = 0; i < f->n_victims; i++) {
      const nf_victim *v = &f->victims[i];
      if ((v->measure != NF_M_KILLED && v->measure != NF_M_INJURED) ||
          v->perpetrator || (own && victim_bg(r, rep, i)))
        continue;
      tells = true;
      tells_this |= v->measure == measure;
    }
    n_telling += tells;
    n_telling_this += tells_this;
    if (one_sentence > together) together = one_sentence;
    if (p > *perpetrators) *perpetrators = p;
    if (n + p > most_in_one) most_in_one = n + p;
  }
  // One report describing more people than every other report does is
  // more often one person told twice, or someone of another event, than a
  // death the others missed: the most at least two reports describe. But
  // a report naming several people in one sentence ("a father and
  // daughter were found dead", "shot a girl and a bystander") plainly
  // tells of that many. And when the report describing the most is the
  // latest and describes more dead than every earlier one, it tells of a
  // death the others did not know yet ("a teenager wounded in the
  // shooting that killed his brother died Tuesday"): the dead only.
  bool top_latest = measure == NF_M_KILLED && top >= 0;
  for (uint32_t rep = 0; top_latest && rep < n_docs; rep++)
    if (rep != (uint32_t)top && !roundup[rep])
      top_latest = Nf_rc_known_later(r, (uint32_t)top, rep);
  // People hurt or killed only one report describes, while two or more
  // other reports describe the event's casualties and none of them anyone
  // so hurt, are more often another event's ("a man had been shot at
  // another location", "Video: Police investigate deadly shooting") than
  // people the others missed; but a death the latest report alone tells
  // is news the others did not have yet.
  bool lone_later = false;
  for (uint32_t rep = 0; measure == NF_M_KILLED && top >= 0 && rep < n_docs;
       rep++) {
    lone_later = rep == (uint32_t)top || roundup[rep] ||
                 Nf_rc_known_later(r, (uint32_t)top, rep);
    if (!lone_later) break;
  }
  if ((measure == NF_M_INJURED || measure == NF_M_KILLED) && !lone_later &&
      n_telling_this == 1 && n_telling >= NF_RC_LONE_REPORTS)
    *victims = 0;
  // A death one report alone describes, further down than its lead, while
  // the story's reports count the wounded, none gives a count of the dead
  // and no headline tells of a death ("Three shot on Blue Hill Avenue",
  // "Several people wounded"): someone of another event that report tells
  // of (gva-dev: 452120, 634889, 778788 had one dead too many).
  if (measure == NF_M_KILLED && n_describing == 1 && *victims && n_docs >= 2 &&
      counts_only_wounded(r) && !headline_of_a_death(r) &&
      !death_up_front(r, own))
    *victims = 0;
  if (n_describing >= 2 && !top_latest)
    *victims = second > together ? second : together;
  // The attacker one report calls "the suspect" may be the "armed man"
  // another counts among its people: no more people than one report
  // tells of in all.
  if (*victims + *perpetrators > most_in_one) {
    if (*perpetrators > most_in_one) *perpetrators = most_in_one;
    *victims = most_in_one - *perpetrators;
  }
}

// How the figures behind a group's best estimate are worded: the current
// mentions for which pred holds (> 0) and does not (< 0); 0 says nothing.
typedef struct mention_tally {
  int yes, no;
} mention_tally;

static mention_tally mentions_tally(const rc *r, const nf_acc_figure *g,
                                    int (*pred)(const rc *, uint32_t,
                                                const nf_figure *)) {
  mention_tally t = {0, 0};
  for (size_t v = 0; v < g->n_values; v++) {
    // The wording of the figures behind the best estimate decides.
    if (!g->values[v].current || !g->values[v].fits_best) continue;
    for (size_t i = 0; i < g->values[v].n_mentions; i++) {
      const nf_acc_mention *m = &g->values[v].mentions[i];
      const nf_facts *f = rc_facts(r, m->ref.report);
      if (!f || m->figure >= f->n_figures) continue;
      int p = pred(r, m->ref.report, &f->figures[m->figure]);
      if (p > 0) t.yes++;
      if (p < 0) t.no++;
    }
  }
  return t;
}

// A count of the injured whose sentence tells of no wound, only of people
// hit or of deaths ("a mother fatally shot her husband and three sons",
// "shot his two young sons before turning the gun on himself", "mourn the
// deaths of ... their three young children"): its people may be the dead.
static int may_be_dead(const rc *r, uint32_t rep, const nf_figure *f) {
  nf_sv sent = Nf_rc_span_sentence(r, rep, &f->span);
  if (tells_of_wound(sent)) return -1;
  if (tells_of_hit(sent)) return 1;
  return Nf_lexicon_class_any(NF_LEXC_DEATH, sent) ? 1 : -1;
}

bool Nf_rc_group_may_be_dead(const rc *r, const nf_acc_figure *g) {
  mention_tally t = mentions_tally(r, g, may_be_dead);
  return t.yes > 0 && t.no == 0;
}

static int hit_vote(const rc *r, uint32_t rep, const nf_figure *f) {
  return Nf_rc_hit_count(r, rep, f) ? 1 : -1;
}

bool Nf_rc_group_counts_hit(const rc *r, const nf_acc_figure *g) {
  mention_tally t = mentions_tally(r, g, hit_vote);
  return t.yes > t.no;
}

bool Nf_rc_group_leaves_out_attacker(const rc *r, const nf_acc_figure *g) {
  mention_tally t = mentions_tally(r, g, Nf_rc_count_leaves_out_attacker);
  return t.yes > t.no;
}

bool Nf_rc_value_of_others(const rc *r, const nf_acc_value *val) {
  for (size_t i = 0; i < val->n_mentions; i++) {
    const nf_acc_mention *m = &val->mentions[i];
    const nf_facts *f = rc_facts(r, m->ref.report);
    rc_ctx c;
    if (f && m->figure < f->n_figures &&
        figure_ctx(r, m->ref.report, &f->figures[m->figure].span, &c) &&
        count_of_others(&c))
      return true;
  }
  return false;
}

// Whether a count of the injured tells its people apart from the dead: "three
// others were hurt", "one dead, one injured", "injured one person and left
// another dead" (the sentence holds a death too).
static int tells_dead_apart(const rc *r, uint32_t rep, const nf_figure *f) {
  rc_ctx c;
  if (!figure_ctx(r, rep, &f->span, &c)) return 1;
  if (count_of_others(&c)) return 1;
  static const char *const death[] = {"dead",  "killed", "died",  "fatal",
                                      "death", "dies",   "slain", "dying"};
  nf_sv sent = Nf_rc_span_sentence(r, rep, &f->span);
  for (size_t i = 0; i < sizeof death / sizeof death[0]; i++)
    if (Nf_sv_ifind(sent, Nf_sv_cstr(death[i])) >= 0) return 1;
  return 0;
}

bool Nf_rc_group_tells_dead_apart(const rc *r, const nf_acc_figure *g) {
  return mentions_tally(r, g, tells_dead_apart).yes > 0;
}

// A small count in words or digits ("five", "12"), or -1.
static int small_count(const char *w) {
  static const char *const words[] = {
      "zero",     "one",      "two",      "three",   "four",    "five",
      "six",      "seven",    "eight",    "nine",    "ten",     "eleven",
      "twelve",   "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen", "twenty",   NULL};
  for (int i = 0; words[i]; i++)
    if (strcmp(w, words[i]) == 0) return i;
  char *end;
  long v = strtol(w, &end, 10);
  return end != w && !*end && v >= 0 && v < 100000 ? (int)v : -1;
}

// "One of the five people hospitalized has died": a count of the dead
// taken out of another count, whose people were hit and some died.
static int dead_among(const rc *r, uint32_t rep, const nf_figure *f,
                      double of) {
  rc_ctx c;
  if (!figure_ctx(r, rep, &f->span, &c)) return 0;
  for (size_t j = 0; j + 2 < c.n_in; j++)
    if (strcmp(c.in[j], "of") == 0 && strcmp(c.in[j + 1], "the") == 0 &&
        small_count(c.in[j + 2]) == (int)of)
      return 1;
  // "A week after four people were shot ..., one of the victims died":
  // one of them, the count of them before it in its sentence.
  bool of_them = false;
  for (size_t j = 0; j + 1 < c.n_in && !of_them; j++)
    of_them = strcmp(c.in[j], "of") == 0 && (strcmp(c.in[j + 1], "the") == 0 ||
                                             strcmp(c.in[j + 1], "them") == 0);
  if (!of_them) return 0;
  const nf_facts *facts = rc_facts(r, rep);
  nf_sv field = rc_field(r, rep, f->span.in),
        sent = Nf_rc_span_sentence(r, rep, &f->span);
  size_t from = field.p && sent.p ? (size_t)(sent.p - field.p) : f->span.start;
  for (size_t k = 0; k < facts->n_figures; k++) {
    const nf_figure *e = &facts->figures[k];
    if (e->measure == NF_M_INJURED && e->value == of &&
        e->span.in == f->span.in && e->span.start >= from &&
        e->span.end <= f->span.start)
      return 1;
  }
  return 0;
}

bool Nf_rc_dead_among(const rc *r, const nf_acc_figure *killed, double of) {
  if (!isfinite(of) || of < 1) return false;
  for (size_t v = 0; v < killed->n_values; v++) {
    if (!killed->values[v].current) continue;
    for (size_t i = 0; i < killed->values[v].n_mentions; i++) {
      const nf_acc_mention *m = &killed->values[v].mentions[i];
      const nf_facts *f = rc_facts(r, m->ref.report);
      if (f && m->figure < f->n_figures &&
          dead_among(r, m->ref.report, &f->figures[m->figure], of))
        return true;
    }
  }
  return false;
}

static bool mention_holds_attacker(const rc *r, const nf_acc_value *val) {
  for (size_t i = 0; i < val->n_mentions; i++) {
    const nf_acc_mention *m = &val->mentions[i];
    const nf_facts *f = rc_facts(r, m->ref.report);
    if (f && m->figure < f->n_figures &&
        Nf_rc_count_leaves_out_attacker(r, m->ref.report,
                                        &f->figures[m->figure]) < 0)
      return true;
  }
  return false;
}

double Nf_rc_count_with_attacker(const rc *r, const nf_acc_figure *g,
                                 double *without) {
  if (g->status != NF_FS_CONFLICT) return NAN;
  for (size_t a = 0; a < g->n_values; a++) {
    if (!g->values[a].current) continue;
    double va = Nf_acc_value_stated(&g->values[a]);
    for (size_t b = 0; b < g->n_values; b++) {
      if (b == a || !g->values[b].current) continue;
      double vb = Nf_acc_value_stated(&g->values[b]);
      if (vb < va && va - vb <= NF_RC_MAX_ATTACKERS_APART &&
          mention_holds_attacker(r, &g->values[a])) {
        *without = vb;
        return va;
      }
    }
  }
  return NAN;
}

// "two of the victims", "one of the five", "three of them": a count taken
// out of a larger one.
static bool partitive(const rc *r, uint32_t rep, const nf_figure *f) {
  rc_ctx c;
  if (!figure_ctx(r, rep, &f->span, &c)) return false;
  static const char *const back[] = {"the",  "those", "them", "these",
                                     "whom", "which", NULL};
  for (size_t j = 0; j + 1 < c.n_in; j++)
    if (strcmp(c.in[j], "of") == 0 && word_in(c.in[j + 1], back)) return true;
  if (c.n_after >= 2 && strcmp(c.after[0], "of") == 0 &&
      word_in(c.after[1], back))
    return true;
  return false;
}

bool Nf_rc_value_partitive(const rc *r, const nf_acc_value *val) {
  for (size_t i = 0; i < val->n_mentions; i++) {
    const nf_acc_mention *m = &val->mentions[i];
    const nf_facts *f = rc_facts(r, m->ref.report);
    if (!f || m->figure >= f->n_figures ||
        !partitive(r, m->ref.report, &f->figures[m->figure]))
      return false;
  }
  return val->n_mentions > 0;
}

static int partitive_vote(const rc *r, uint32_t rep, const nf_figure *f) {
  return partitive(r, rep, f) ? 1 : -1;
}

// Every figure behind the best estimate is told as a part ("two of the").
bool Nf_rc_group_partitive(const rc *r, const nf_acc_figure *g) {
  mention_tally t = mentions_tally(r, g, partitive_vote);
  return t.yes > 0 && t.no == 0;
}

bool Nf_rc_count_of_the_unhurt(const rc *r, uint32_t rep, const nf_figure *f) {
  if (f->measure != NF_M_KILLED && f->measure != NF_M_INJURED) return false;
  rc_ctx c;
  if (!figure_ctx(r, rep, &f->span, &c)) return false;
  static const char *const denial[] = {"not",    "never",    "wasn",
                                       "weren",  "unharmed", "uninjured",
                                       "unhurt", "escaped",  NULL};
  // The first words after the count, up to a verb of harm: "two other
  // children were not injured", not "two were shot and not found".
  for (size_t j = 0; j < c.n_after && j < 5; j++) {
    if (word_in(c.after[j], denial)) return true;
    if (is(NF_LEXC_HIT_AFTER, c.after[j]) || is(NF_LEXC_HURT, c.after[j]) ||
        is(NF_LEXC_DEAD, c.after[j]))
      return false;
  }
  return false;
}
