// Framing: how each report tells the story. Its headline; the words it uses
// much more than the story's other reports (log-odds ratio with an
// informative Dirichlet prior, Monroe, Colaresi and Quinn 2008, "Fightin'
// Words"); loaded and hedging terms from the lexicon; and who it names as
// the actor of the killing. Described, not judged.
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "model/datetime.h"
#include "reconcile/lexicon.h"
#include "reconcile/rc_int.h"

// Prior strength: the story's own word frequencies, scaled to this many
// pseudo-words (Monroe et al. scale the corpus counts the same way).
#define PRIOR_WORDS 500.0
// A word is distinctive at |z| >= 1.96 (two-sided 5%) and two uses.
#define MIN_Z 1.96
#define MAX_DISTINCTIVE 8
// Noun-phrase length kept when reading an actor's words.
#define MAX_AGENT_WORDS 8

// Function words: never distinctive, and they end an actor's words.
static const char *const STOP[] = {
    "a",     "about", "after", "all",  "also",  "an",      "and",    "any",
    "are",   "as",    "at",    "be",   "been",  "before",  "being",  "but",
    "by",    "can",   "could", "did",  "do",    "does",    "during", "each",
    "for",   "from",  "had",   "has",  "have",  "he",      "her",    "here",
    "him",   "his",   "how",   "i",    "if",    "in",      "into",   "is",
    "it",    "its",   "it's",  "just", "more",  "most",    "no",     "not",
    "now",   "of",    "on",    "one",  "or",    "other",   "our",    "out",
    "over",  "said",  "says",  "say",  "she",   "should",  "since",  "so",
    "some",  "such",  "than",  "that", "the",   "their",   "them",   "then",
    "there", "these", "they",  "this", "those", "through", "to",     "told",
    "up",    "very",  "was",   "we",   "were",  "what",    "when",   "where",
    "which", "while", "who",   "whom", "why",   "will",    "with",   "would",
    "you",   "your"};

static int str_cmp(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool in_list(nf_sv w, const char *const *list, size_t n) {
  char buf[32];
  if (w.n >= sizeof buf) return false;
  memcpy(buf, w.p, w.n);
  buf[w.n] = 0;
  const char *key = buf;
  return bsearch(&key, list, n, sizeof *list, str_cmp) != NULL;
}

static bool is_stop(nf_sv w) {
  return in_list(w, STOP, sizeof STOP / sizeof STOP[0]);
}

// ------------------------------------------------------------- words

typedef struct tok {
  nf_sv w;  // folded, interned
  uint32_t start, end;
  uint8_t in;
  bool cap;         // starts with a capital letter in the text
  bool stop_after;  // punctuation follows (ends a phrase)
  uint32_t sent;    // running sentence number (., !, ? or a line break)
} tok;

typedef struct vocab {
  nf_hmap map;  // word -> id
  nf_sv *words;
  uint32_t *story;  // story counts
  uint32_t *mine;   // this report's counts (reset after each report)
  size_t n, cap;
} vocab;

typedef struct toks {
  rc *r;
  vocab *v;
  tok *t;
  size_t n, cap;
  nf_sv text;
  uint8_t in;
  bool count_story;
  uint32_t sent;
} toks;

static bool add_tok(void *user, nf_sv w, size_t s, size_t e) {
  toks *c = user;
  rc *r = c->r;
  bool ins;
  uint64_t *id = Nf_hmap_get(&c->v->map, w);
  if (!id) {
    char *k = Nf_arena_strndup(&r->scratch, w.p, w.n);
    if (!k) return rc_fail(r, NF_ENOMEM);
    id = Nf_hmap_put(&c->v->map, Nf_sv(k, w.n), &ins);
    if (!id) return rc_fail(r, NF_ENOMEM);
    *id = c->v->n;
    size_t cap = c->v->cap;
    if (!Nf_rc_grow(r, &r->scratch, (void **)&c->v->words, &cap, c->v->n + 1,
                    sizeof *c->v->words))
      return false;
    cap = c->v->cap;
    if (!Nf_rc_grow(r, &r->scratch, (void **)&c->v->story, &cap, c->v->n + 1,
                    sizeof *c->v->story))
      return false;
    cap = c->v->cap;
    if (!Nf_rc_grow(r, &r->scratch, (void **)&c->v->mine, &cap, c->v->n + 1,
                    sizeof *c->v->mine))
      return false;
    c->v->cap = cap;
    c->v->words[c->v->n] = Nf_sv(k, w.n);
    c->v->story[c->v->n] = 0;
    c->v->mine[c->v->n] = 0;
    c->v->n++;
  }
  if (c->count_story) {
    c->v->story[*id]++;
    return true;
  }
  if (!Nf_rc_grow(r, &r->scratch, (void **)&c->t, &c->cap, c->n + 1,
                  sizeof *c->t))
    return false;
  tok *t = &c->t[c->n++];
  t->w = c->v->words[*id];
  t->start = (uint32_t)s;
  t->end = (uint32_t)e;
  t->in = c->in;
  unsigned char first = (unsigned char)c->text.p[s];
  t->cap = first >= 'A' && first <= 'Z';
  // Punctuation right after the word ends a phrase.
  t->stop_after = false;
  t->sent = c->sent;
  for (size_t i = e; i < c->text.n && i < e + 3; i++) {
    unsigned char ch = (unsigned char)c->text.p[i];
    if (ch == ' ') continue;
    t->stop_after = ch == ',' || ch == '.' || ch == ';' || ch == ':' ||
                    ch == '"' || ch == '(' || ch == ')' || ch == '!' ||
                    ch == '?' || ch == '\n' || ch == 0xE2;
    break;
  }
  // The gap to the next word ends a sentence when it holds ., ! or ? (not
  // inside a number or an abbreviation of one letter) or a line break.
  for (size_t i = e; i < c->text.n; i++) {
    unsigned char ch = (unsigned char)c->text.p[i];
    if (Nf_ascii_alpha(ch) || Nf_ascii_digit(ch) || ch >= 0xC0) break;
    if (ch == '\n' || ((ch == '.' || ch == '!' || ch == '?') && e - s > 1)) {
      c->sent++;
      break;
    }
  }
  c->v->mine[*id]++;
  return true;
}

static void tokenize(toks *c, const nf_doc *d, bool story) {
  c->count_story = story;
  c->n = 0;
  c->sent++;
  c->text = Nf_sv_cstr(d->title);
  c->in = NF_IN_TITLE;
  Nf_rc_words(c->text, add_tok, c);
  if (c->r->st) return;
  c->text = Nf_sv(d->text, d->text_len);
  c->in = NF_IN_BODY;
  c->sent++;
  Nf_rc_words(c->text, add_tok, c);
}

// ----------------------------------------------------- lexicon terms

static bool add_term(rc *r, nf_acc_term **arr, size_t *n, size_t *cap,
                     const nf_lex_entry *e, nf_acc_ref ref) {
  for (size_t i = 0; i < *n; i++)
    if (strcmp((*arr)[i].term, e->form) == 0) {
      (*arr)[i].count++;
      return true;
    }
  if (!Nf_rc_grow(r, &r->acc->arena, (void **)arr, cap, *n + 1, sizeof **arr))
    return false;
  (*arr)[(*n)++] = (nf_acc_term){e->form, e->group, 1, 0, ref};
  return true;
}

static void lexicon_terms(rc *r, nf_acc_framing *fr, const toks *c,
                          uint32_t rep) {
  size_t cap_l = 0, cap_h = 0;
  nf_sv win[6];
  for (size_t i = 0; i < c->n && !r->st;) {
    size_t k = 0;
    for (; k < 6 && i + k < c->n && c->t[i + k].in == c->t[i].in; k++)
      win[k] = c->t[i + k].w;
    size_t used;
    const nf_lex_entry *e = Nf_lexicon_match(win, k, &used);
    if (!e || e->kind == NF_LEX_MEDIA) {
      i++;
      continue;
    }
    const tok *a = &c->t[i], *b = &c->t[i + used - 1];
    nf_acc_ref ref = {rep, a->start, b->end, -1, a->in};
    if (e->kind == NF_TERM_LOADED) {
      add_term(r, &fr->loaded, &fr->n_loaded, &cap_l, e, ref);
      fr->loaded_count++;
    } else {
      add_term(r, &fr->hedges, &fr->n_hedges, &cap_h, e, ref);
    }
    i += used;
  }
}

// --------------------------------------------------- distinctive words

static int term_z_cmp(const void *a, const void *b) {
  double x = ((const nf_acc_term *)a)->z, y = ((const nf_acc_term *)b)->z;
  return x < y ? 1 : x > y ? -1 : 0;
}

static void distinctive(rc *r, nf_acc_framing *fr, const toks *c,
                        const vocab *v, double n_story, uint32_t rep) {
  nf_acc_term top[MAX_DISTINCTIVE];
  size_t n_top = 0;
  double n_i = (double)c->n, n_j = n_story - n_i;
  if (n_i < 1 || n_j < 1) return;
  for (size_t k = 0; k < c->n; k++) {
    const tok *t = &c->t[k];
    uint64_t *id = Nf_hmap_get(&v->map, t->w);
    if (!id) continue;
    uint32_t y_i = v->mine[*id];
    if (y_i == 0) continue;  // already scored (counts are cleared below)
    v->mine[*id] = 0;
    if (y_i < 2 || t->w.n < 3 || is_stop(t->w) ||
        Nf_ascii_digit((unsigned char)t->w.p[0]))
      continue;
    double y_j = (double)v->story[*id] - y_i;
    double alpha = PRIOR_WORDS * (double)v->story[*id] / n_story;
    double d = log((y_i + alpha) / (n_i + PRIOR_WORDS - y_i - alpha)) -
               log((y_j + alpha) / (n_j + PRIOR_WORDS - y_j - alpha));
    double z = d / sqrt(1.0 / (y_i + alpha) + 1.0 / (y_j + alpha));
    if (!(z >= MIN_Z)) continue;
    nf_acc_term term = {NULL, NULL, y_i, z, {rep, t->start, t->end, -1, t->in}};
    if (n_top < MAX_DISTINCTIVE) {
      top[n_top++] = term;
    } else {
      size_t lo = 0;
      for (size_t i = 1; i < n_top; i++)
        if (top[i].z < top[lo].z) lo = i;
      if (z <= top[lo].z) continue;
      top[lo] = term;
    }
    top[n_top - 1].term = Nf_arena_strndup(&r->acc->arena, t->w.p, t->w.n);
    if (!top[n_top - 1].term) {
      rc_fail(r, NF_ENOMEM);
      return;
    }
  }
  // Clear whatever counts remain for the next report.
  for (size_t k = 0; k < c->n; k++) {
    uint64_t *id = Nf_hmap_get(&v->map, c->t[k].w);
    if (id) v->mine[*id] = 0;
  }
  if (!n_top) return;
  qsort(top, n_top, sizeof *top, term_z_cmp);
  fr->distinctive = Nf_arena_calloc(&r->acc->arena, n_top, sizeof *top);
  if (!fr->distinctive) {
    rc_fail(r, NF_ENOMEM);
    return;
  }
  memcpy(fr->distinctive, top, n_top * sizeof *top);
  fr->n_distinctive = n_top;
}

// ------------------------------------------------------------ agents

static const char *const KILL_VERBS[] = {
    "attacked",    "butchered",  "executed", "executing",
    "gunned",      "killed",     "killing",  "liquidated",
    "massacred",   "massacring", "murdered", "shot",
    "slaughtered", "stabbed",    "targeted", "targeting"};
static const char *const KILL_NOUNS[] = {
    "attack",    "attacks", "execution", "executions", "killings", "massacre",
    "massacres", "murders", "shooting",  "shootings",  "slaughter"};
// Words for those who act: an actor's words hold one of them or a name.
static const char *const AGENT_NOUNS[] = {
    "army",     "assailant", "assailants", "attacker", "attackers", "forces",
    "fighters", "group",     "groups",     "gunman",   "gunmen",    "jihadists",
    "killer",   "loyalists", "man",        "men",      "militants", "militia",
    "militias", "officer",   "officers",   "police",   "rebels",    "shooter",
    "soldiers", "suspect",   "teen",       "troops",   "woman"};
// Words that describe the killing rather than name who did it.
static const char *const MANNER[] = {
    "alleged",     "brutal",  "deadly",    "mass",       "reported",
    "retaliatory", "revenge", "sectarian", "subsequent", "targeted"};
// A sentence with one of these credits its claims to someone else.
static const char *const SAY[] = {"according", "accused", "alleged", "claimed",
                                  "reported",  "reports", "said",    "say",
                                  "says",      "stated",  "told"};
// Words that end an actor's words besides function words.
static const char *const PHRASE_END[] = {"among",      "amid",   "are",
                                         "been",       "during", "is",
                                         "reportedly", "was",    "were"};

// Words after a participle that keep it inside a name's words.
static const char *const PARTICIPLE_NEXT[] = {"by", "from", "in", "to", "with"};
// Dates are not actors ("Friday's attacks", "attacks by March 7"):
// month and weekday names (datetime.c reads them), "today", "yesterday".
// Not the short forms, which are names too ("by Jan Kowalski", "the Sun").
static bool time_word(nf_sv w) {
  if (w.n > 2 && w.p[w.n - 2] == '\'' && w.p[w.n - 1] == 's') w.n -= 2;
  int month = Nf_month_from_name(w);
  return (month > 0 && (w.n >= 4 || month == 5)) ||
         (w.n >= 6 && Nf_weekday_from_name(w) >= 0) ||
         Nf_sv_eq(w, NF_SV_LIT("today")) || Nf_sv_eq(w, NF_SV_LIT("yesterday"));
}

#define LIST(a) a, sizeof a / sizeof a[0]

static bool ends_ed(nf_sv w) {
  return w.n > 4 && w.p[w.n - 2] == 'e' && w.p[w.n - 1] == 'd';
}

static bool ends_phrase(nf_sv w) {
  if (in_list(w, LIST(PHRASE_END)) || in_list(w, LIST(SAY))) return true;
  if (in_list(w, LIST(KILL_VERBS)) || in_list(w, LIST(KILL_NOUNS))) return true;
  // Function words end it, except the few that join a name's words
  // ("loyal to the new government", "aligned with Syria's").
  static const char *const joiners[] = {"of", "the", "to", "with"};
  return is_stop(w) && !in_list(w, LIST(joiners));
}

// Trim the phrase tokens [a, b] to an actor's words, or return false.
static bool agent_phrase(const toks *c, size_t *a, size_t *b, const nf_facts *f,
                         nf_sv field) {
  while (*a <= *b && (is_stop(c->t[*a].w) || in_list(c->t[*a].w, LIST(MANNER))))
    (*a)++;
  while (*b >= *a && *b < c->n &&
         (is_stop(c->t[*b].w) || in_list(c->t[*b].w, LIST(MANNER)))) {
    if (*b == 0) return false;
    (*b)--;
  }
  if (*a > *b || *b >= c->n) return false;
  if (time_word(c->t[*a].w)) return false;
  bool agentive = false;
  for (size_t i = *a; i <= *b; i++)
    agentive |=
        in_list(c->t[i].w, LIST(AGENT_NOUNS)) ||
        (c->t[i].cap && c->t[i].in == NF_IN_BODY) ||
        // In a headline every word is capitalised; an acronym counts.
        (c->t[i].end - c->t[i].start >= 2 && field.p[c->t[i].start] >= 'A' &&
         field.p[c->t[i].start] <= 'Z' && field.p[c->t[i].start + 1] >= 'A' &&
         field.p[c->t[i].start + 1] <= 'Z');
  if (!agentive) return false;
  // A place alone is where, not who.
  if (f && *a == *b) {
    nf_sv w = Nf_sv(field.p + c->t[*a].start, c->t[*a].end - c->t[*a].start);
    for (size_t p = 0; p < f->n_places; p++)
      if (f->places[p].name && Nf_sv_ieq(w, Nf_sv_cstr(f->places[p].name)))
        return false;
  }
  return true;
}

// Sentences of one report by field, sorted by start, for finding the
// sentence of a word.
typedef struct sent_index {
  int32_t *by_in[2];
  size_t n[2];
  const nf_facts *f;
} sent_index;

static int32_t sentence_of(const sent_index *si, uint8_t in, uint32_t pos) {
  if (!si->f || in > 1) return -1;
  const int32_t *ids = si->by_in[in];
  size_t lo = 0, hi = si->n[in];
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (si->f->sentences[ids[mid]].end <= pos)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo < si->n[in] && si->f->sentences[ids[lo]].start <= pos) return ids[lo];
  return -1;
}

static bool same_sentence(const sent_index *si, const tok *x, const tok *y) {
  (void)si;
  return x->in == y->in && x->sent == y->sent;
}

static int sent_cmp(const void *a, const void *b, const nf_facts *f) {
  uint32_t x = f->sentences[*(const int32_t *)a].start,
           y = f->sentences[*(const int32_t *)b].start;
  return x < y ? -1 : x > y;
}

static void sent_index_build(rc *r, sent_index *si, const nf_facts *f) {
  memset(si, 0, sizeof *si);
  if (!f || !f->n_sentences) return;
  for (int in = 0; in < 2; in++) {
    si->by_in[in] =
        Nf_arena_calloc(&r->scratch, f->n_sentences, sizeof(int32_t));
    if (!si->by_in[in]) {
      rc_fail(r, NF_ENOMEM);
      return;
    }
  }
  si->f = f;
  bool sorted[2] = {true, true};
  for (size_t i = 0; i < f->n_sentences; i++) {
    uint8_t in = f->sentences[i].in ? 1 : 0;
    int32_t *ids = si->by_in[in];
    if (si->n[in] &&
        sent_cmp(&ids[si->n[in] - 1], &(int32_t){(int32_t)i}, f) > 0)
      sorted[in] = false;
    ids[si->n[in]++] = (int32_t)i;
  }
  // Insertion sort for the rare out-of-order list.
  for (int in = 0; in < 2; in++) {
    if (sorted[in]) continue;
    int32_t *ids = si->by_in[in];
    for (size_t i = 1; i < si->n[in]; i++)
      for (size_t j = i; j > 0 && sent_cmp(&ids[j - 1], &ids[j], f) > 0; j--) {
        int32_t t = ids[j];
        ids[j] = ids[j - 1];
        ids[j - 1] = t;
      }
  }
}

// Is token k in a sentence that credits someone else?
static bool attributed(const toks *c, size_t k, const sent_index *si) {
  size_t a = k, b = k;
  while (a > 0 && k - a < 40 && same_sentence(si, &c->t[a - 1], &c->t[k])) a--;
  while (b + 1 < c->n && b - k < 40 &&
         same_sentence(si, &c->t[b + 1], &c->t[k]))
    b++;
  for (size_t i = a; i <= b; i++)
    if (in_list(c->t[i].w, LIST(SAY))) return true;
  return false;
}

static bool add_agent(rc *r, nf_acc_framing *fr, size_t *cap, const toks *c,
                      size_t a, size_t b, uint32_t rep, const sent_index *si,
                      size_t at) {
  nf_acc_ref ref = {rep, c->t[a].start, c->t[b].end, -1, c->t[a].in};
  ref.sentence = sentence_of(si, ref.in, ref.start);
  nf_sv text = Nf_acc_ref_text(r->acc, ref);
  for (size_t i = 0; i < fr->n_agents; i++)
    if (Nf_sv_ieq(Nf_acc_ref_text(r->acc, fr->agents[i].ref), text))
      return true;
  if (fr->n_agents >= 16) return true;
  if (!Nf_rc_grow(r, &r->acc->arena, (void **)&fr->agents, cap,
                  fr->n_agents + 1, sizeof *fr->agents))
    return false;
  fr->agents[fr->n_agents++] =
      (nf_acc_agent){ref, c->t[at].in == NF_IN_BODY && attributed(c, at, si)};
  return true;
}

static void agents(rc *r, nf_acc_framing *fr, const toks *c, uint32_t rep) {
  const nf_facts *f = rc_facts(r, rep);
  const nf_doc *d = r->story->docs[rep];
  size_t cap = 0;
  sent_index sidx;
  sent_index_build(r, &sidx, f);
  const sent_index *si = &sidx;
  for (size_t k = 0; k < c->n && !r->st; k++) {
    const tok *t = &c->t[k];
    bool verb = in_list(t->w, LIST(KILL_VERBS));
    bool noun = !verb && in_list(t->w, LIST(KILL_NOUNS));
    if (!verb && !noun) continue;
    nf_sv field = t->in == NF_IN_TITLE ? Nf_sv_cstr(d->title)
                                       : Nf_sv(d->text, d->text_len);
    // "... killed by <actor>", "massacred in Syria by <actor>".
    for (size_t j = k + 1; j < c->n && j <= k + 4 && !t->stop_after; j++) {
      if (!same_sentence(si, t, &c->t[j]) || c->t[j - 1].stop_after) break;
      if (!Nf_sv_eq(c->t[j].w, NF_SV_LIT("by"))) continue;
      size_t a = j + 1, b = a;
      while (b < c->n && b - a < MAX_AGENT_WORDS && c->t[b].in == t->in &&
             !ends_phrase(c->t[b].w) && same_sentence(si, t, &c->t[b])) {
        // A verb ends the phrase ("groups aligned with the government
        // followed an ambush"), a participle before with/to/by does not.
        if (b > a && ends_ed(c->t[b].w) &&
            !(b + 1 < c->n && in_list(c->t[b + 1].w, LIST(PARTICIPLE_NEXT))))
          break;
        if (c->t[b].stop_after) {
          b++;
          break;
        }
        b++;
      }
      if (b == a) break;
      b--;
      if (agent_phrase(c, &a, &b, f, field))
        add_agent(r, fr, &cap, c, a, b, rep, si, k);
      break;
    }
    // "<actor> (have) killed ..." and "<actor> (mass) killings": the words
    // before, unless the verb is passive ("were killed"). Headlines drop
    // "were" ("1,000 Civilians Massacred"), so there only nouns count.
    if (verb && t->in == NF_IN_TITLE) continue;
    size_t e = k;
    while (e > 0 &&
           (Nf_sv_eq(c->t[e - 1].w, NF_SV_LIT("have")) ||
            Nf_sv_eq(c->t[e - 1].w, NF_SV_LIT("has")) ||
            Nf_sv_eq(c->t[e - 1].w, NF_SV_LIT("had")) ||
            in_list(c->t[e - 1].w, LIST(MANNER)) ||
            Nf_sv_eq(c->t[e - 1].w, NF_SV_LIT("reportedly"))) &&
           same_sentence(si, t, &c->t[e - 1]) && !c->t[e - 1].stop_after)
      e--;
    if (e == 0 || c->t[e - 1].stop_after || !same_sentence(si, t, &c->t[e - 1]))
      continue;
    static const char *const passive[] = {"are", "be",  "been", "being",
                                          "is",  "was", "were"};
    if (in_list(c->t[e - 1].w, LIST(passive)) ||
        (verb && c->t[e - 1].in == NF_IN_BODY && is_stop(c->t[e - 1].w)))
      continue;
    // Without "have", a participle followed by a preposition or a stop is a
    // description of the dead ("officers killed in the fighting").
    if (verb && e == k &&
        (t->stop_after || k + 1 >= c->n ||
         !same_sentence(si, t, &c->t[k + 1]) ||
         Nf_lexicon_class_has(NF_LEXC_AFTER_PASSIVE, c->t[k + 1].w)))
      continue;
    size_t b = e - 1, a = b;
    while (a > 0 && b - a + 1 < MAX_AGENT_WORDS && !c->t[a - 1].stop_after &&
           !ends_phrase(c->t[a - 1].w) &&
           !Nf_sv_eq(c->t[a - 1].w, NF_SV_LIT("of")) &&
           same_sentence(si, t, &c->t[a - 1]))
      a--;
    if (noun) {
      // Before a noun only names and acronyms name the actor ("HTS Mass
      // Killings"), not adjectives ("revenge killings").
      while (a <= b && !(c->t[a].cap || in_list(c->t[a].w, LIST(AGENT_NOUNS))))
        a++;
      if (t->in == NF_IN_BODY)
        for (size_t i = a; i <= b && a <= b; i++)
          if (!c->t[i].cap && !in_list(c->t[i].w, LIST(MANNER))) a = b + 1;
    }
    if (a > b) continue;
    if (agent_phrase(c, &a, &b, f, field))
      add_agent(r, fr, &cap, c, a, b, rep, si, k);
  }
}

// ------------------------------------------------------------- driver

void Nf_rc_framing(rc *r) {
  nf_account *acc = r->acc;
  if (r->st) return;
  vocab v;
  memset(&v, 0, sizeof v);
  Nf_hmap_init(&v.map, r->scratch.alloc, r->seed);
  toks c = {r, &v, NULL, 0, 0, NF_SV_NULL, 0, false, 0};
  double n_story = 0;
  for (uint32_t rep = 0; rep < r->story->n_docs && !r->st; rep++) {
    tokenize(&c, r->story->docs[rep], true);
  }
  for (size_t i = 0; i < v.n; i++) n_story += v.story[i];
  // Per report: tokens again (kept only for this report), then terms.
  bool any_figures_with_source = false;
  (void)any_figures_with_source;
  for (uint32_t rep = 0; rep < r->story->n_docs && !r->st; rep++) {
    const nf_doc *d = r->story->docs[rep];
    nf_acc_framing *fr = &acc->framing[rep];
    fr->headline = Nf_sv_cstr(d->title);
    tokenize(&c, d, false);
    if (r->st) break;
    fr->words = (uint32_t)c.n;
    lexicon_terms(r, fr, &c, rep);
    fr->loaded_per_1000 = c.n ? 1000.0 * fr->loaded_count / (double)c.n : 0;
    if (acc->n_reports > 1)
      distinctive(r, fr, &c, &v, n_story, rep);
    else
      for (size_t k = 0; k < c.n; k++) {
        uint64_t *id = Nf_hmap_get(&v.map, c.t[k].w);
        if (id) v.mine[*id] = 0;
      }
    agents(r, fr, &c, rep);
  }
  Nf_hmap_fini(&v.map);
  // A report that gives casualty figures but credits none of them.
  for (size_t i = 0; i < acc->n_reports; i++) acc->framing[i].unsourced = false;
  uint8_t *has_fig = Nf_arena_calloc(&r->scratch, acc->n_reports + 1, 1);
  uint8_t *has_src = Nf_arena_calloc(&r->scratch, acc->n_reports + 1, 1);
  if (!has_fig || !has_src) {
    rc_fail(r, NF_ENOMEM);
    return;
  }
  for (size_t k = 0; k < r->n_m; k++) {
    const rc_mention *x = &r->m[k];
    if (x->measure == NF_M_MONEY || x->measure == NF_M_SHARE ||
        x->measure == NF_M_OTHER)
      continue;
    has_fig[x->report] = 1;
    if (x->name >= 0) has_src[x->report] = 1;
  }
  for (size_t i = 0; i < acc->n_reports; i++)
    acc->framing[i].unsourced = has_fig[i] && !has_src[i];
}
