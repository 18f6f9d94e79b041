#include "group/group.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/hash.h"
#include "group/boiler.h"
#include "group/shingle.h"
#include "model/fact.h"
#include "text/terms.h"

const char Nf_group_version[] = "17";

// ------------------------------------------------------------ parameters
// Tuned on the development collections (ECB+, Giveme5W1H news clusters, the
// GVA half) as general rules; see docs/internals/group.md.

enum {
  TERMS_PER_REPORT = 48,  // terms of a report's vector (highest TF-IDF)
  CENTROID_TERMS = 128,   // terms kept in a story's centroid
  QUERY_TERMS = 16,       // a new report's terms looked up in the index
  POST_TERMS = 12,        // terms a joining report posts its story under
  POSTING_MAX = 256,      // stories kept per term: the most recent
  CANDIDATES = 24,        // stories scored in full per report
  TOKENS_MAX = 20000,     // words of a body read for terms (the lead tells
                          // the event; this bounds a page of endless text)
  LEAD_WORDS = 60,        // words of the body counted as its lead
  SHINGLES_MAX = 100000,  // shingles of a body compared for copies
  FPS_MAX = 4096,         // fingerprints kept per report
  LSH_BUCKET_MAX = 48,    // reports kept per LSH bucket: one boilerplate
                          // paragraph in 10^4 pages stays 48 candidates
  COPY_CANDIDATES = 8,    // reports checked for shared text per report
  COPIES_PER_REPORT = 4,  // copies kept per report (the most shared)
  PASSAGES_PER_COPY = 32,
  LANGS_MAX = 64,        // stemmers kept (one per language met)
  SENTENCES_MAX = 2048,  // sentences of a body checked for furniture
  TITLE_TERMS_MAX = 32,  // title words checked against a story
  HEAD_TERMS = 64,       // headline terms kept per story
  HEADLINED_MIN = 3,     // headlined reports a story needs before its
                         // headlines can keep it from a merge
  REPORT_REGIONS = 2,    // regions of a report: its most named
  STORY_REGIONS = 8      // regions kept per story (when more, no telling)
};

// Weight of a word in the title, in the lead, and of a capitalised word
// inside a sentence (names of people and places), relative to 1.
static const double TITLE_WEIGHT = 3.0;
static const double LEAD_WEIGHT = 1.5;
static const double NAME_WEIGHT = 1.5;
// Weight of one fact key (a place, an actor, a casualty figure, a date).
static const double FACT_WEIGHT = 2.0;
// A city's key weighs half: every incident of a city shares it (two
// shootings of one week in Fort Lauderdale, Memphis or Carbondale), and its
// name already counts as a capitalised word. Once towns misread inside
// longer names ("Martin Luther King" as Martin, Tennessee) are gone, the
// real city was left as the one shared key and joined other incidents.
static const double CITY_WEIGHT = 1.0;
// Documents assumed besides the input when weighting terms, so a handful
// of reports of one story does not make the story's own words look common.
static const double IDF_PRIOR_DOCS = 100.0;
// A report joins the best story whose score (cosine x time factor, or the
// share of text copied from one of its reports) reaches this.
static const double JOIN_THRESHOLD = 0.23;
// The bar when both the report and the story are dated: time then tells
// like events apart (the entity part fades with it, below), so the scores
// of reports of one event run lower than without dates.
static const double JOIN_DATED = 0.19;
// Days apart within which time does not count, and the scale past it.
static const double TIME_SLACK_DAYS = 3.0;
static const double TIME_SCALE_DAYS = 14.0;
static const double TIME_FLOOR = 0.25;
// Days apart from which a report whose counts of dead and hurt are none of
// the story's is taken for another incident, and the time factor it gets
// within the slack (past the slack: TIME_FLOOR).
static const double COUNTS_APART_DAYS = 2.0;
static const double COUNTS_APART_FACTOR = 0.5;
// A dated report whose regions (states, provinces: of the places it names
// most) are none of a dated story's is that much less close in time: like
// incidents of one day in two states share the day, the counts and the
// words, not the region.
static const double OTHER_REGION_FACTOR = 0.5;
// Without a date on either side, closeness in time is unknown: a middle
// factor, so a topic alone does not make a story.
static const double NO_DATE_FACTOR = 0.4;
// Share of the score given to names, numbers and fact keys alone (they
// tell one shooting in Chicago from the next).
static const double ENTITY_SHARE = 0.5;
// Taken off the score of a story by the share of the report's headline
// names it never mentions, when closeness in time is unknown.
static const double TITLE_MISSING_PENALTY = 0.2;
// A report (or story) scores at least this x the IDF cosine of its
// headline words with the story's headlines x the time factor: outlets
// headline one event alike even when their bodies share few words.
static const double HEADLINE_SHARE = 0.4;
// At finish, two headlined stories (see headlined()) whose headlines have
// an IDF cosine below this stay apart whatever their bodies share.
static const double MERGE_HEADLINES_MIN = 0.25;
// At finish, a story joins an earlier one whose score, centroid against
// centroid, reaches this. Reports of a like event that joined early move
// to their own story afterwards (reassign()), so the merge of two grown
// stories can ask for more than a report's join.
static const double MERGE_THRESHOLD = 0.36;
// The bar for a story of one report: it found no story when it came, often
// because its story had not grown its words yet; at finish the stories
// and the weights are complete. Still above what one shared topic gives
// (an undated page on Syria in 2019 scores 0.15 against the 2025 example).
static const double MERGE_SINGLE = 0.20;
// The same when both are dated (time then does part of the telling apart,
// as for JOIN_DATED).
static const double MERGE_SINGLE_DATED = 0.15;
// Share of the shorter report's unquoted words in common passages from
// which two reports are copies.
static const double COPY_MIN_SHARED = 0.5;

#define NO_DAY INT32_MIN
#define NONE UINT32_MAX
#define LEAVE (UINT32_MAX - 1)  // reassign(): to a story of its own

// ---------------------------------------------------------------- types

typedef struct tw {
  uint32_t term;
  float w;  // sublinear weighted term frequency (no IDF)
} tw;

typedef struct term_info {
  uint32_t df;
  uint32_t n_posts;  // entries used in posts (<= POSTING_MAX)
  uint32_t next;     // ring position once full
  uint32_t cap_posts;
  uint32_t *posts;  // story indices
  int32_t capital;  // reports writing it capitalised inside sentences,
                    // less those writing it in lower case
  uint8_t kind;     // TERM_WORD, TERM_NUMBER, TERM_FACT, TERM_COUNT, TERM_DAY
  float log_df;     // log(df + 1)
} term_info;

// TERM_COUNT: a fact key of people killed or injured ("f:killed=3");
// TERM_DAY: a day the report's text names ("d:16437").
enum { TERM_WORD = 0, TERM_NUMBER, TERM_FACT, TERM_COUNT, TERM_DAY };

typedef struct report {
  uint32_t story;
  uint32_t id;      // offset in the string pool, or NONE
  uint64_t fp_off;  // first fingerprint in the pool
  uint32_t n_fp;
  uint32_t n_words;   // unquoted body words
  uint32_t text_len;  // bytes of the body
  // Kept to check the report against the finished stories (reassign()):
  uint32_t title;     // offset in the string pool, or NONE
  uint64_t vec_off;   // its term vector in g->rvecs (sorted by term)
  uint64_t head_off;  // its headline terms in g->rheads
  uint8_t n_vec, n_head;
  // A short body's sentences (at most BODY_SENTENCES, in g->rsent), to
  // check at finish whether they all turned out to be page furniture.
  uint32_t sent_off;
  uint8_t n_sent;
  bool stripped;  // its body was all furniture: scored on its title alone
  int32_t day;
  nf_datetime published;
} report;

typedef struct story {
  uint32_t first;  // first report
  uint32_t n_reports;
  uint32_t n_dated;  // members with a publication day
  uint32_t title;    // offset in the string pool, or NONE
  int32_t day_min, day_max;
  int32_t *days;  // its reports' days, ascending (n_days of them)
  uint32_t n_days, cap_days;
  int32_t skip_day;  // one of days to leave out (a story without a report)
  nf_datetime first_seen, last_seen;
  tw *centroid;  // sorted by term; sums of members' unit vectors
  uint32_t n_centroid;
  tw *heads;  // sorted by term; members whose headline has it
  uint32_t n_heads;
  uint32_t n_headed;  // members with a headline
  // Regions its reports named most (see report_regions()), for joining
  // (Nf_group_add); regions_full: more than STORY_REGIONS, none compared.
  uint32_t regions[STORY_REGIONS];
  uint8_t n_regions;
  bool regions_full;
} story;

enum { COPY_SENTENCES = 8 };  // sentences of a copy kept to recheck it
enum { BODY_SENTENCES = 8 };  // sentences of a short body kept to recheck

typedef struct copy_rec {
  uint32_t a, b;
  float shared;
  uint32_t n_pass;
  uint64_t pass_off;
  // The later report's sentences its passages cover, to check at finish
  // whether they all turned out to be page furniture (n_sent 0: more than
  // COPY_SENTENCES, a copy whatever the furniture).
  uint64_t sent[COPY_SENTENCES];
  uint8_t n_sent;
  bool furniture;  // all its sentences are page furniture: no copy
  // Both reports dated, so far apart that the time factor is at its floor:
  // text one outlet's template repeats (a sign-up box, a paywall line over
  // a short body) rather than one event's wire copy. Listed when the two
  // end up in one story, but it neither joins nor holds them together.
  bool far;
} copy_rec;

// A u64 -> u32 open-addressing map (key 0 is free; keys are hashes, a 0
// hash is stored as 1).
typedef struct u64map {
  uint64_t *keys;
  uint32_t *vals;
  size_t cap, count;
} u64map;

// A scratch map from 64-bit keys to float sums, cleared per report.
typedef struct accmap {
  uint64_t *keys;
  double *vals;
  uint32_t *used;  // slots in use, for clearing
  size_t cap, count;
} accmap;

typedef struct lsh_entry {
  uint32_t key;
  uint32_t report;  // report index + 1; 0 = empty slot
} lsh_entry;

struct nf_group {
  nf_ctx *ctx;
  const nf_allocator *alloc;
  uint64_t seed;

  report *reports;
  size_t n_reports, cap_reports;
  story *stories;
  size_t n_stories, cap_stories;

  char *strings;  // NUL-terminated ids and titles
  size_t n_strings, cap_strings;

  tw *rvecs;  // every report's term vector (report.vec_off)
  size_t n_rvecs, cap_rvecs;
  uint32_t *rheads;  // every report's headline terms (report.head_off)
  size_t n_rheads, cap_rheads;
  uint64_t *rsent;  // short bodies' sentence hashes (report.sent_off)
  size_t n_rsent, cap_rsent;

  nf_fp *fps;
  size_t n_fps, cap_fps;
  copy_rec *copies;
  size_t n_copies, cap_copies;
  nf_passage *passages;
  size_t n_passages, cap_passages;

  double log_docs;     // log(reports + 1 + IDF_PRIOR_DOCS)
  u64map dict;         // term key -> term index
  u64map title_tails;  // folded title tails ("- FOX5 Vegas") -> reports
  term_info *terms;
  size_t n_terms, cap_terms;

  lsh_entry *lsh;
  size_t lsh_cap, lsh_count;

  struct {
    const char *code;
    nf_stemmer *stemmer;
  } langs[LANGS_MAX];
  size_t n_langs;

  // Scratch, reused per report.
  accmap acc;
  accmap caps;  // per term: capitalised minus lower-case uses
  tw *vec;
  size_t cap_vec;
  nf_passage pass_tmp[PASSAGES_PER_COPY];
  nf_boiler *boiler;
  nf_sentence_key sent[SENTENCES_MAX];  // of the report being added
  size_t n_sent;
  uint64_t sent_hash[SENTENCES_MAX];
  // Furniture sentences, then the passages of far copies (copy_far()).
  nf_range skip[SENTENCES_MAX + COPIES_PER_REPORT * PASSAGES_PER_COPY];
  uint64_t title_keys[TITLE_TERMS_MAX];  // title words of the report
  size_t n_title_keys;
  uint32_t title_terms[TITLE_TERMS_MAX];  // the same as term indices
  size_t n_title_terms;
  uint64_t count_keys[64];  // killed / injured keys of the report
  size_t n_count_keys;
  uint64_t day_keys[64];  // keys of the days the report's text names
  size_t n_day_keys;
  // Regions of the report being added (none at finish: see score()).
  uint32_t regions[REPORT_REGIONS];
  size_t n_regions;
};

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

// --------------------------------------------------------------- helpers

static uint64_t mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xFF51AFD7ED558CCDull;
  x ^= x >> 33;
  x *= 0xC4CEB9FE1A85EC53ull;
  return x ^ (x >> 33);
}

static nf_status map_grow(const nf_allocator *a, u64map *m) {
  size_t ncap = m->cap ? m->cap * 2 : 1024;
  uint64_t *keys = Nf_calloc(a, ncap, sizeof *keys);
  uint32_t *vals = Nf_calloc(a, ncap, sizeof *vals);
  if (!keys || !vals) {
    Nf_free(a, keys);
    Nf_free(a, vals);
    return NF_ENOMEM;
  }
  for (size_t i = 0; i < m->cap; i++) {
    if (!m->keys[i]) continue;
    size_t j = mix64(m->keys[i]) & (ncap - 1);
    while (keys[j]) j = (j + 1) & (ncap - 1);
    keys[j] = m->keys[i];
    vals[j] = m->vals[i];
  }
  Nf_free(a, m->keys);
  Nf_free(a, m->vals);
  m->keys = keys;
  m->vals = vals;
  m->cap = ncap;
  return NF_OK;
}

// Slot of key (inserting it when absent and there is room).
static size_t map_slot(const u64map *m, uint64_t key) {
  size_t mask = m->cap - 1, i = mix64(key) & mask;
  while (m->keys[i] && m->keys[i] != key) i = (i + 1) & mask;
  return i;
}

static void map_fini(const nf_allocator *a, u64map *m) {
  Nf_free(a, m->keys);
  Nf_free(a, m->vals);
}

static nf_status acc_init(const nf_allocator *a, accmap *m, size_t cap) {
  m->keys = Nf_calloc(a, cap, sizeof *m->keys);
  m->vals = Nf_calloc(a, cap, sizeof *m->vals);
  m->used = Nf_calloc(a, cap, sizeof *m->used);
  m->cap = cap;
  m->count = 0;
  return m->keys && m->vals && m->used ? NF_OK : NF_ENOMEM;
}

static void acc_fini(const nf_allocator *a, accmap *m) {
  Nf_free(a, m->keys);
  Nf_free(a, m->vals);
  Nf_free(a, m->used);
}

static void acc_clear(accmap *m) {
  for (size_t i = 0; i < m->count; i++) {
    m->keys[m->used[i]] = 0;
    m->vals[m->used[i]] = 0;
  }
  m->count = 0;
}

// Add v to key's sum. False when the map is full (the caller stops
// adding: the scratch maps are sized for the bounded inputs).
static bool acc_add(accmap *m, uint64_t key, double v) {
  if (!key) key = 1;
  size_t mask = m->cap - 1, i = mix64(key) & mask;
  while (m->keys[i] && m->keys[i] != key) i = (i + 1) & mask;
  if (!m->keys[i]) {
    if ((m->count + 1) * 2 > m->cap) return false;
    m->keys[i] = key;
    m->used[m->count++] = (uint32_t)i;
  }
  m->vals[i] += v;
  return true;
}

#define GROW(g, arr, n, cap) \
  Nf_grow((g)->alloc, (void **)&(g)->arr, &(g)->cap, (n), sizeof *(g)->arr)

static uint32_t add_string(nf_group *g, const char *s) {
  if (!s) return NONE;
  size_t n = strlen(s);
  if (g->n_strings + n + 1 >= NONE) return NONE;
  if (GROW(g, strings, g->n_strings + n + 1, cap_strings)) return NONE;
  uint32_t off = (uint32_t)g->n_strings;
  memcpy(g->strings + off, s, n + 1);
  g->n_strings += n + 1;
  return off;
}

static int32_t day_of(const nf_datetime *t) {
  if (t->precision < NF_PREC_DAY || !Nf_datetime_valid(t)) return NO_DAY;
  return (int32_t)Nf_days_from_civil(t->year, t->month, t->day);
}

// ------------------------------------------------------------ lifecycle

nf_status Nf_group_new(nf_ctx *ctx, nf_group **out) {
  if (!ctx || !out) return NF_EINVAL;
  *out = NULL;
  nf_group *g = Nf_calloc(&ctx->alloc, 1, sizeof *g);
  if (!g) return NF_ENOMEM;
  g->ctx = ctx;
  g->alloc = &ctx->alloc;
  g->seed = ctx->seed;
  // The scratch map holds a report's distinct terms (at most TOKENS_MAX
  // words plus title and facts) or its candidate reports and stories.
  if (acc_init(g->alloc, &g->acc, 65536) ||
      acc_init(g->alloc, &g->caps, 65536) || map_grow(g->alloc, &g->dict) ||
      map_grow(g->alloc, &g->title_tails) ||
      Nf_boiler_new(g->alloc, &g->boiler)) {
    Nf_group_free(g);
    return NF_ENOMEM;
  }
  *out = g;
  return NF_OK;
}

void Nf_group_free(nf_group *g) {
  if (!g) return;
  const nf_allocator *a = g->alloc;
  for (size_t i = 0; i < g->n_stories; i++) {
    Nf_free(a, g->stories[i].centroid);
    Nf_free(a, g->stories[i].heads);
    Nf_free(a, g->stories[i].days);
  }
  for (size_t i = 0; i < g->n_terms; i++) Nf_free(a, g->terms[i].posts);
  for (size_t i = 0; i < g->n_langs; i++) Nf_stemmer_free(g->langs[i].stemmer);
  Nf_free(a, g->reports);
  Nf_free(a, g->stories);
  Nf_free(a, g->strings);
  Nf_free(a, g->rvecs);
  Nf_free(a, g->rheads);
  Nf_free(a, g->rsent);
  Nf_free(a, g->fps);
  Nf_free(a, g->copies);
  Nf_free(a, g->passages);
  Nf_free(a, g->terms);
  Nf_free(a, g->lsh);
  Nf_free(a, g->vec);
  map_fini(a, &g->dict);
  map_fini(a, &g->title_tails);
  acc_fini(a, &g->acc);
  acc_fini(a, &g->caps);
  Nf_boiler_free(g->boiler);
  Nf_free(a, g);
}

size_t Nf_group_reports(const nf_group *g) {
  return g ? g->n_reports : 0;
}
size_t Nf_group_stories(const nf_group *g) {
  return g ? g->n_stories : 0;
}

static nf_stemmer *stemmer_for(nf_group *g, const char *language) {
  const char *code = Nf_language_code(language);
  if (!code) code = "en";
  for (size_t i = 0; i < g->n_langs; i++)
    if (strcmp(g->langs[i].code, code) == 0) return g->langs[i].stemmer;
  nf_stemmer *s = Nf_stemmer_new(g->alloc, code);
  if (!s) return NULL;
  if (g->n_langs == LANGS_MAX) {  // cannot happen with the known codes
    Nf_stemmer_free(s);
    return g->langs[0].stemmer;
  }
  g->langs[g->n_langs].code = Nf_stemmer_language(s);
  g->langs[g->n_langs++].stemmer = s;
  return s;
}

// ------------------------------------------------------------- terms

// log(N + 1 + prior) is kept per report (g->log_docs) and log(df + 1) per
// term, so weighting costs no logarithm.
static double idf(const nf_group *g, uint32_t term) {
  return g->log_docs - g->terms[term].log_df;
}

static void count_report(nf_group *g) {
  g->log_docs = log((double)(g->n_reports + 1) + IDF_PRIOR_DOCS);
}

// Key of a stem: seeded hash, never 0.
static uint64_t term_key(const nf_group *g, nf_sv s, uint64_t salt) {
  uint64_t h = Nf_hash64(s.p, s.n, g->seed ^ salt);
  return h ? h : 1;
}

static void add_words(nf_group *g, nf_stemmer *st, nf_sv text, bool title,
                      double title_w, const nf_range *skip, size_t n_skip) {
  nf_tokenizer tz;
  nf_token tok;
  size_t cursor = 0;
  Nf_tok_init(&tz, text);
  size_t words = 0;
  while (words < TOKENS_MAX && Nf_tok_next(&tz, &tok)) {
    words++;
    if (skip && Nf_in_ranges(skip, n_skip, tok.start, &cursor)) continue;
    if (Nf_stemmer_is_stop(st, tok.folded)) continue;
    // One letter or digit alone says little ("a", "s", "3" in "3 p.m.").
    if (tok.folded.n == 1) continue;
    // Weekday and month names are capitalised but name no one.
    bool calendar = (tok.flags & NF_TOK_CAPITAL) &&
                    (Nf_weekday_from_name(tok.folded) >= 0 ||
                     Nf_month_from_name(tok.folded) > 0);
    double w = 1.0;
    if (title)
      w = title_w;
    else if (words <= LEAD_WORDS)
      w = LEAD_WEIGHT;
    bool number = (tok.flags & NF_TOK_NUMBER) != 0;
    bool name = (tok.flags & NF_TOK_CAPITAL) && !calendar && !number &&
                !(tok.flags & NF_TOK_QUOTED);
    if (name && !(tok.flags & NF_TOK_SENTENCE) && !title) w *= NAME_WEIGHT;
    nf_sv stem = number ? tok.folded : Nf_stem(st, tok.folded);
    if (!stem.n) continue;
    uint64_t key = term_key(g, stem, 0);
    if (!acc_add(&g->acc, key, w)) return;
    if (title && title_w >= TITLE_WEIGHT && g->n_title_keys < TITLE_TERMS_MAX)
      g->title_keys[g->n_title_keys++] = key;
    if (number)
      acc_add(&g->caps, key, 1e9);
    else if (!title && !(tok.flags & NF_TOK_SENTENCE))
      acc_add(&g->caps, key,
              (tok.flags & NF_TOK_CAPITAL) && !calendar ? 1.0 : -1.0);
  }
}

// Start of the last " - ", " | ", " :: ", " — " or " – " separated tail of
// t[0, n) and the end of the head before it; false when there is none.
static bool title_tail(nf_sv t, size_t *head_end, size_t *tail_start) {
  static const char *const SEPS[] = {
      " - ", " | ", " :: ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " \xC2\xB7 "};
  for (size_t i = t.n; i-- > 1;) {
    for (size_t k = 0; k < sizeof SEPS / sizeof *SEPS; k++) {
      size_t m = strlen(SEPS[k]);
      if (i + m > t.n || memcmp(t.p + i, SEPS[k], m) != 0) continue;
      size_t e = i;
      while (e > 0 && (t.p[e - 1] == ' ' || t.p[e - 1] == '\n')) e--;
      if (e == 0 || i + m >= t.n) continue;
      *head_end = e;
      *tail_start = i + m;
      return true;
    }
  }
  return false;
}

// Title words count TITLE_WEIGHT, but outlets end their titles with their
// own name ("... - KSLA News 12 Shreveport"), which would tie every story
// of one outlet together. A tail already seen ending another report's
// title is the outlet's: left out. A tail seen first counts as body words
// (it may still be the outlet's). At most TITLE_TAILS tails are peeled.
static void add_title(nf_group *g, nf_stemmer *st, nf_sv t) {
  enum { TITLE_TAILS = 3 };
  for (int k = 0; k < TITLE_TAILS; k++) {
    size_t he, ts;
    if (!title_tail(t, &he, &ts)) break;
    char buf[128];
    size_t o = 0;
    for (size_t i = ts; i < t.n && o < sizeof buf; i++)
      buf[o++] = (char)Nf_ascii_lower((unsigned char)t.p[i]);
    uint64_t key = term_key(g, Nf_sv(buf, o), 0x5461696Cull);
    bool seen = false;
    if ((g->title_tails.count + 1) * 2 <= g->title_tails.cap ||
        !map_grow(g->alloc, &g->title_tails)) {
      size_t i = map_slot(&g->title_tails, key);
      if (g->title_tails.keys[i]) {
        seen = true;
        if (g->title_tails.vals[i] < UINT32_MAX) g->title_tails.vals[i]++;
      } else {
        g->title_tails.keys[i] = key;
        g->title_tails.vals[i] = 1;
        g->title_tails.count++;
      }
    }
    if (!seen) add_words(g, st, Nf_sv(t.p + ts, t.n - ts), true, 1.0, NULL, 0);
    t.n = he;
  }
  add_words(g, st, t, true, TITLE_WEIGHT, NULL, 0);
}

// Fact keys: a tag and a name, hashed apart from words.
static uint64_t add_fact_key(nf_group *g, char tag, const char *name, size_t n,
                             double weight) {
  char buf[96];
  if (n > sizeof buf - 2) n = sizeof buf - 2;
  buf[0] = tag;
  buf[1] = ':';
  size_t o = 2;
  for (size_t i = 0; i < n; i++)
    buf[o++] = (char)Nf_ascii_lower((unsigned char)name[i]);
  uint64_t key = term_key(g, Nf_sv(buf, o), 0x46616374ull);
  acc_add(&g->acc, key, weight);
  acc_add(&g->caps, key, 2e9);
  return key;
}

// The report's regions: the first-level divisions (states, provinces) of
// the towns it names and the regions it names, the most named first, at
// most REPORT_REGIONS (a place named once in passing weighs least).
static void report_regions(nf_group *g, const nf_facts *f) {
  uint32_t key[64];
  unsigned count[64];
  size_t n = 0;
  for (size_t i = 0; i < f->n_places; i++) {
    const nf_place *p = &f->places[i];
    const char *name =
        p->kind == NF_PLACE_REGION                                 ? p->name
        : p->kind == NF_PLACE_CITY || p->kind == NF_PLACE_DISTRICT ? p->admin1
                                                                   : NULL;
    if (!name) continue;
    char buf[96];
    int len = snprintf(buf, sizeof buf, "%s/%s", p->country, name);
    if (len <= 0) continue;
    size_t m = (size_t)len < sizeof buf ? (size_t)len : sizeof buf - 1;
    uint32_t k = (uint32_t)Nf_hash64(buf, m, g->seed);
    size_t j = 0;
    while (j < n && key[j] != k) j++;
    if (j == n) {
      if (n == sizeof key / sizeof *key) continue;
      key[n] = k;
      count[n++] = 0;
    }
    count[j]++;
  }
  for (size_t q = 0; q < REPORT_REGIONS && q < n; q++) {
    size_t best = q;
    for (size_t j = q + 1; j < n; j++)
      if (count[j] > count[best]) best = j;
    uint32_t k = key[best];
    unsigned c = count[best];
    key[best] = key[q];
    count[best] = count[q];
    key[q] = k;
    count[q] = c;
    g->regions[g->n_regions++] = k;
  }
}

// Both name regions, and none of the report's is the story's.
static bool other_regions(const nf_group *g, const story *s) {
  if (!g->n_regions || !s->n_regions || s->regions_full) return false;
  for (size_t i = 0; i < g->n_regions; i++)
    for (size_t j = 0; j < s->n_regions; j++)
      if (g->regions[i] == s->regions[j]) return false;
  return true;
}

// The report's regions added to story s's.
static void story_regions_add(const nf_group *g, story *s) {
  for (size_t i = 0; i < g->n_regions && !s->regions_full; i++) {
    size_t j = 0;
    while (j < s->n_regions && s->regions[j] != g->regions[i]) j++;
    if (j < s->n_regions) continue;
    if (s->n_regions == STORY_REGIONS)
      s->regions_full = true;
    else
      s->regions[s->n_regions++] = g->regions[i];
  }
}

static void add_facts(nf_group *g, const nf_facts *f) {
  char tmp[64];
  report_regions(g, f);
  for (size_t i = 0; i < f->n_places && i < 64; i++) {
    const nf_place *p = &f->places[i];
    double w = p->kind == NF_PLACE_CITY ? CITY_WEIGHT : FACT_WEIGHT;
    if (p->geonameid) {
      int n = snprintf(tmp, sizeof tmp, "%u", p->geonameid);
      add_fact_key(g, 'p', tmp, (size_t)n, w);
    } else if (p->name) {
      add_fact_key(g, 'p', p->name, strlen(p->name), w);
    }
  }
  for (size_t i = 0; i < f->n_actors && i < 64; i++)
    if (f->actors[i].name)
      add_fact_key(g, 'a', f->actors[i].name, strlen(f->actors[i].name),
                   FACT_WEIGHT);
  for (size_t i = 0; i < f->n_figures && i < 64; i++) {
    const nf_figure *fg = &f->figures[i];
    if (fg->measure != NF_M_KILLED && fg->measure != NF_M_INJURED &&
        fg->measure != NF_M_MISSING && fg->measure != NF_M_ARRESTED)
      continue;
    if (!isfinite(fg->value) || fg->value < 0 || fg->value > 1e9) continue;
    int n = snprintf(tmp, sizeof tmp, "%s=%.0f", Nf_measure_name(fg->measure),
                     fg->value);
    uint64_t key = add_fact_key(g, 'f', tmp, (size_t)n, FACT_WEIGHT);
    if ((fg->measure == NF_M_KILLED || fg->measure == NF_M_INJURED) &&
        g->n_count_keys < sizeof g->count_keys / sizeof *g->count_keys)
      g->count_keys[g->n_count_keys++] = key;
  }
  for (size_t i = 0; i < f->n_dates && i < 64; i++) {
    int32_t d = day_of(&f->dates[i].value);
    if (d == NO_DAY) continue;
    int n = snprintf(tmp, sizeof tmp, "%d", d);
    uint64_t key = add_fact_key(g, 'd', tmp, (size_t)n, FACT_WEIGHT);
    if (g->n_day_keys < sizeof g->day_keys / sizeof *g->day_keys)
      g->day_keys[g->n_day_keys++] = key;
  }
}

static int cmp_tw_weight_desc(const void *a, const void *b) {
  const tw *x = a, *y = b;
  if (x->w != y->w) return x->w > y->w ? -1 : 1;
  return x->term < y->term ? -1 : x->term > y->term;
}

static int cmp_tw_term(const void *a, const void *b) {
  const tw *x = a, *y = b;
  return x->term < y->term ? -1 : x->term > y->term;
}

// Intern a term key; NONE when memory runs out.
static uint32_t intern(nf_group *g, uint64_t key) {
  if ((g->dict.count + 1) * 2 > g->dict.cap && map_grow(g->alloc, &g->dict))
    return NONE;
  size_t i = map_slot(&g->dict, key);
  if (g->dict.keys[i]) return g->dict.vals[i];
  if (g->n_terms >= NONE - 1 || GROW(g, terms, g->n_terms + 1, cap_terms))
    return NONE;
  uint32_t t = (uint32_t)g->n_terms++;
  memset(&g->terms[t], 0, sizeof g->terms[t]);
  g->dict.keys[i] = key;
  g->dict.vals[i] = t;
  g->dict.count++;
  return t;
}

// The report's term vector into g->vec (sorted by term), and its length.
// Document frequencies are counted here.
static nf_status build_vector(nf_group *g, const nf_doc *doc,
                              const nf_range *skip, size_t n_skip,
                              size_t *n_out) {
  *n_out = 0;
  nf_stemmer *st = stemmer_for(g, doc->language);
  if (!st) return NF_ENOMEM;
  acc_clear(&g->acc);
  acc_clear(&g->caps);
  g->n_title_keys = 0;
  g->n_title_terms = 0;
  g->n_count_keys = 0;
  g->n_day_keys = 0;
  g->n_regions = 0;
  if (doc->title) add_title(g, st, Nf_sv_cstr(doc->title));
  if (doc->text)
    add_words(g, st, Nf_sv(doc->text, doc->text_len), false, 0, skip, n_skip);
  if (doc->facts) add_facts(g, doc->facts);
  size_t n = g->acc.count;
  if (GROW(g, vec, n + 1, cap_vec)) return NF_ENOMEM;
  size_t kept = 0;
  for (size_t i = 0; i < n; i++) {
    uint32_t slot = g->acc.used[i];
    uint32_t t = intern(g, g->acc.keys[slot]);
    if (t == NONE) return NF_ENOMEM;
    g->terms[t].df++;
    g->terms[t].log_df = (float)log((double)g->terms[t].df + 1.0);
    {
      size_t mask = g->caps.cap - 1, ci = mix64(g->acc.keys[slot]) & mask;
      while (g->caps.keys[ci] && g->caps.keys[ci] != g->acc.keys[slot])
        ci = (ci + 1) & mask;
      double c = g->caps.keys[ci] ? g->caps.vals[ci] : 0.0;
      term_info *ti = &g->terms[t];
      if (c >= 2e9)
        ti->kind = TERM_FACT;
      else if (c >= 1e9)
        ti->kind = TERM_NUMBER;
      else if (c > 0 && ti->capital < INT32_MAX)
        ti->capital++;
      else if (c < 0 && ti->capital > INT32_MIN)
        ti->capital--;
      for (size_t k = 0; k < g->n_count_keys; k++)
        if (g->count_keys[k] == g->acc.keys[slot]) ti->kind = TERM_COUNT;
      for (size_t k = 0; k < g->n_day_keys; k++)
        if (g->day_keys[k] == g->acc.keys[slot]) ti->kind = TERM_DAY;
    }
    g->vec[kept++] = (tw){t, (float)log1p(g->acc.vals[slot])};
  }
  for (size_t i = 0; i < g->n_title_keys; i++) {
    size_t at = map_slot(&g->dict, g->title_keys[i]);
    if (!g->dict.keys[at]) continue;
    uint32_t t = g->dict.vals[at];
    bool seen = false;
    for (size_t k = 0; k < g->n_title_terms && !seen; k++)
      seen = g->title_terms[k] == t;
    if (!seen) g->title_terms[g->n_title_terms++] = t;
  }
  acc_clear(&g->acc);
  acc_clear(&g->caps);
  // Keep the terms that weigh most with the IDF as it stands now.
  for (size_t i = 0; i < kept; i++)
    g->vec[i].w *= (float)idf(g, g->vec[i].term);
  qsort(g->vec, kept, sizeof *g->vec, cmp_tw_weight_desc);
  if (kept > TERMS_PER_REPORT) kept = TERMS_PER_REPORT;
  for (size_t i = 0; i < kept; i++)
    g->vec[i].w /= (float)idf(g, g->vec[i].term);
  qsort(g->vec, kept, sizeof *g->vec, cmp_tw_term);
  *n_out = kept;
  return NF_OK;
}

// ------------------------------------------------------------- scoring

static double gap_factor(double gap) {
  if (gap <= TIME_SLACK_DAYS) return 1.0;
  double f = exp(-(gap - TIME_SLACK_DAYS) / TIME_SCALE_DAYS);
  return f < TIME_FLOOR ? TIME_FLOOR : f;
}

// Days from day to the nearest of the story's days (one s->skip_day left
// out); -1 when the story has none.
static double nearest_gap(int32_t day, const story *s) {
  const int32_t *d = s->days;
  size_t n = s->n_days, lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (d[mid] < day)
      lo = mid + 1;
    else
      hi = mid;
  }
  // d[lo] is the first day >= day; a skipped day seen once is passed over.
  size_t r = lo;
  bool skipped = false;
  if (r < n && d[r] == s->skip_day && (r + 1 >= n || d[r + 1] != d[r])) {
    r++;
    skipped = true;
  }
  size_t l = lo;  // candidates below: d[l - 1]
  if (!skipped && l > 0 && d[l - 1] == s->skip_day &&
      (l < 2 || d[l - 2] != d[l - 1]))
    l--;
  double best = -1;
  if (r < n) best = (double)d[r] - day;
  if (l > 0 && (best < 0 || (double)day - d[l - 1] < best))
    best = (double)day - d[l - 1];
  return best;
}

// Days between a report and a story: to the story's nearest dated report,
// not to its date range. One follow-up a year on (a trial, or a page dated
// when it was archived) would make the range a year long, and every like
// event of the city in between would then be "on the story's dates". -1
// when either side has no date.
static double story_gap(int32_t day, const story *s) {
  if (day == NO_DAY || s->day_min == NO_DAY) return -1;
  if (s->n_days) {
    double g = nearest_gap(day, s);
    if (g >= 0) return g;
  }
  return day < s->day_min   ? (double)s->day_min - day
         : day > s->day_max ? (double)day - s->day_max
                            : 0.0;
}

static double gap_time_factor(double gap) {
  return gap < 0 ? NO_DATE_FACTOR : gap_factor(gap);
}

// Closeness in time of a report and a story.
static double time_factor(int32_t day, const story *s) {
  return gap_time_factor(story_gap(day, s));
}

// Add a day to a story's ascending days.
static void days_add(nf_group *g, story *s, int32_t day) {
  if (day == NO_DAY) return;
  size_t cap = s->cap_days;
  if (Nf_grow(g->alloc, (void **)&s->days, &cap, (size_t)s->n_days + 1,
              sizeof *s->days))
    return;
  s->cap_days = (uint32_t)cap;
  size_t at = s->n_days;
  while (at > 0 && s->days[at - 1] > day) {
    s->days[at] = s->days[at - 1];
    at--;
  }
  s->days[at] = day;
  s->n_days++;
}

// Merge another story's ascending days into s's, in one pass.
static void days_merge(nf_group *g, story *s, const int32_t *d, size_t n) {
  if (!n) return;
  size_t total = (size_t)s->n_days + n;
  int32_t *m = Nf_malloc(g->alloc, total * sizeof *m);
  if (!m) return;
  size_t i = 0, j = 0, k = 0;
  while (i < s->n_days || j < n)
    m[k++] =
        j >= n || (i < s->n_days && s->days[i] <= d[j]) ? s->days[i++] : d[j++];
  Nf_free(g->alloc, s->days);
  s->days = m;
  s->n_days = s->cap_days = (uint32_t)total;
}

// Names, numbers and fact keys: what tells one event from a like one. A
// word is a name when more reports write it capitalised inside sentences
// than in lower case.
static bool is_entity(const nf_group *g, uint32_t t) {
  const term_info *ti = &g->terms[t];
  return ti->kind != TERM_WORD || ti->capital > 0;
}

// Whether term t counts in a comparison: the days a text names can be left
// out (see same_days_low()).
static bool counted(const nf_group *g, uint32_t t, bool days) {
  return days || g->terms[t].kind != TERM_DAY;
}

// Squared IDF-weighted length of a report's vector over the terms some
// other report has too: a term only it has cannot be shared, and counting
// it would only hold long or noisy reports to a higher bar.
static double shared_norm2(const nf_group *g, const tw *v, size_t n,
                           bool days) {
  double sum = 0;
  for (size_t k = 0; k < n; k++) {
    if (g->terms[v[k].term].df <= 1 || !counted(g, v[k].term, days)) continue;
    double x = v[k].w * idf(g, v[k].term);
    sum += x * x;
  }
  return sum;
}

// How close a report is to a story: TF-IDF cosine over all terms, and over
// the entity terms alone, the report's length over its shared terms.
typedef struct similarity {
  double all, entities;
} similarity;

static similarity compare(const nf_group *g, const tw *v, size_t n,
                          const story *s, bool days) {
  const tw *cv = s->centroid;
  size_t cn = s->n_centroid;
  double dot = 0, nv = shared_norm2(g, v, n, days), nc = 0, edot = 0, enc = 0;
  for (size_t k = 0; k < cn; k++) {
    if (!counted(g, cv[k].term, days)) continue;
    double x = cv[k].w * idf(g, cv[k].term);
    nc += x * x;
    if (is_entity(g, cv[k].term)) enc += x * x;
  }
  size_t i = 0, j = 0;
  while (i < n && j < cn) {
    if (v[i].term < cv[j].term) {
      i++;
    } else if (v[i].term > cv[j].term) {
      j++;
    } else {
      if (counted(g, v[i].term, days)) {
        double w = idf(g, v[i].term);
        double d = v[i].w * cv[j].w * w * w;
        dot += d;
        if (is_entity(g, v[i].term)) edot += d;
      }
      i++;
      j++;
    }
  }
  similarity sim;
  sim.all = nv > 0 && nc > 0 ? dot / sqrt(nv * nc) : 0.0;
  // The entity part is measured against the report's whole length, so one
  // shared name in a report of common words counts for little.
  sim.entities = nv > 0 && enc > 0 ? edot / sqrt(nv * enc) : 0.0;
  return sim;
}

static bool in_centroid(const story *s, uint32_t t) {
  size_t lo = 0, hi = s->n_centroid;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (s->centroid[mid].term < t)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < s->n_centroid && s->centroid[lo].term == t;
}

// Share (by IDF) of the names in the report's headline that the story
// never mentions. A headline names its event's subject: "Peter Capaldi to
// replace Matt Smith" against a story of Matt Smith's casting.
static double title_missing(const nf_group *g, const story *s) {
  double all = 0, miss = 0;
  for (size_t i = 0; i < g->n_title_terms; i++) {
    uint32_t t = g->title_terms[i];
    if (!is_entity(g, t)) continue;
    double x = idf(g, t);
    all += x;
    if (!in_centroid(s, t)) miss += x;
  }
  return all > 0 ? miss / all : 0.0;
}

// How much of the time between a report and a story is unknown: 1 when
// either has no date, else the share of the story's reports without one.
static double time_unknown(int32_t day, const story *s) {
  if (day == NO_DAY || s->day_min == NO_DAY) return 1.0;
  return 1.0 - (double)s->n_dated / s->n_reports;
}

// Both give counts of people killed or injured, and none of the report's
// is among the story's: the counts of another incident.
static bool counts_differ(const nf_group *g, const tw *v, size_t n,
                          const story *s) {
  bool theirs = false, mine = false;
  for (size_t k = 0; k < s->n_centroid && !theirs; k++)
    theirs = g->terms[s->centroid[k].term].kind == TERM_COUNT;
  if (!theirs) return false;
  for (size_t i = 0; i < n; i++) {
    if (g->terms[v[i].term].kind != TERM_COUNT) continue;
    if (in_centroid(s, v[i].term)) return false;
    mine = true;
  }
  return mine;
}

// The topical part of a similarity faded by tf, the entity part by etf.
// When both sides are dated, etf is the square root of the time factor:
// the same city and the same kind of victim months apart is mostly another
// incident, while a trial that names the same people still scores on them.
static double blend(similarity sim, double tf, double etf) {
  return (1.0 - ENTITY_SHARE) * sim.all * tf +
         ENTITY_SHARE * sim.entities * etf;
}

// The score a report gives a story: the topical part fades with the days
// between them, the shared names do not (a trial a year later names the
// same people).
static double score(const nf_group *g, const tw *v, size_t n, int32_t day,
                    const story *s, bool days) {
  similarity sim = compare(g, v, n, s, days);
  double gap = story_gap(day, s);
  double tf = gap_time_factor(gap);
  // Days apart and other counts of dead and hurt: as far apart as time
  // tells (two shootings of one city a week apart, "six wounded at a
  // party" against "man shot dead in his car"). Within the slack, counts
  // still change as the news comes in the next day; from two days apart
  // the time factor is halved.
  if (tf > TIME_FLOOR && gap >= COUNTS_APART_DAYS && s->n_days &&
      counts_differ(g, v, n, s))
    tf = tf < 1.0 ? TIME_FLOOR : COUNTS_APART_FACTOR;
  // Both dated, and the report's regions are none of the story's.
  if (day != NO_DAY && s->day_min != NO_DAY && other_regions(g, s))
    tf *= OTHER_REGION_FACTOR;
  double etf = day == NO_DAY || s->day_min == NO_DAY ? 1.0 : sqrt(tf);
  if (day != NO_DAY && s->day_min != NO_DAY) {
    // A story whose reports are mostly undated has a date range that says
    // little of when its event happened: the time factors lean towards
    // "unknown" by the share of its reports without a date.
    double f = (double)s->n_dated / s->n_reports;
    tf = f * tf + (1 - f) * NO_DATE_FACTOR;
    etf = f * etf + (1 - f);
  }
  return blend(sim, tf, etf);
}

// ------------------------------------------------------------- stories

// Headline terms of the report being added, as a sorted vector of ones.
static size_t report_heads(const nf_group *g, tw *out) {
  size_t n = 0;
  for (size_t i = 0; i < g->n_title_terms; i++)
    out[n++] = (tw){g->title_terms[i], 1.0f};
  qsort(out, n, sizeof *out, cmp_tw_term);
  return n;
}

// IDF-weighted cosine of two headline vectors. Terms only one report has
// are left out: they cannot be shared.
static double heads_cos(const nf_group *g, const tw *a, size_t na, const tw *b,
                        size_t nb) {
  double dot = 0, xa = shared_norm2(g, a, na, true), xb = 0;
  for (size_t i = 0; i < nb; i++) {
    double x = b[i].w * idf(g, b[i].term);
    xb += x * x;
  }
  size_t i = 0, j = 0;
  while (i < na && j < nb) {
    if (a[i].term < b[j].term)
      i++;
    else if (a[i].term > b[j].term)
      j++;
    else {
      double w = idf(g, a[i].term);
      dot += a[i].w * b[j].w * w * w;
      i++;
      j++;
    }
  }
  return xa > 0 && xb > 0 ? dot / sqrt(xa * xb) : 0.0;
}

// Merge v[0, n), each weight divided by scale, into the term-sorted *dst,
// summing the weights of shared terms and keeping the keep terms that weigh
// most (by weight x IDF).
static nf_status tw_merge(nf_group *g, tw **dst, uint32_t *n_dst, const tw *v,
                          size_t n, double scale, size_t keep) {
  const tw *d = *dst;
  size_t nd = *n_dst;
  size_t need = nd + n;
  tw *merged = Nf_malloc(g->alloc, (need ? need : 1) * sizeof *merged);
  if (!merged) return NF_ENOMEM;
  size_t i = 0, j = 0, m = 0;
  while (i < nd || j < n) {
    if (j >= n || (i < nd && d[i].term < v[j].term)) {
      merged[m++] = d[i++];
    } else if (i >= nd || v[j].term < d[i].term) {
      merged[m++] = (tw){v[j].term, (float)(v[j].w / scale)};
      j++;
    } else {
      merged[m++] = (tw){v[j].term, (float)(d[i].w + v[j].w / scale)};
      i++;
      j++;
    }
  }
  if (m > keep) {
    for (size_t k = 0; k < m; k++) merged[k].w *= (float)idf(g, merged[k].term);
    qsort(merged, m, sizeof *merged, cmp_tw_weight_desc);
    m = keep;
    for (size_t k = 0; k < m; k++) merged[k].w /= (float)idf(g, merged[k].term);
    qsort(merged, m, sizeof *merged, cmp_tw_term);
  }
  Nf_free(g->alloc, *dst);
  *dst = merged;
  *n_dst = (uint32_t)m;
  return NF_OK;
}

// Add headline counts to a story's, keeping the HEAD_TERMS most frequent.
static nf_status heads_add(nf_group *g, story *s, const tw *v, size_t n) {
  return tw_merge(g, &s->heads, &s->n_heads, v, n, 1.0, HEAD_TERMS);
}

// Add the report's unit vector (unit) or a centroid to the story's
// centroid, keeping the CENTROID_TERMS terms that weigh most.
static nf_status centroid_add(nf_group *g, story *s, const tw *v, size_t n,
                              bool unit) {
  double norm = 0;
  for (size_t i = 0; i < n; i++) norm += (double)v[i].w * v[i].w;
  norm = norm > 0 && unit ? sqrt(norm) : 1;
  return tw_merge(g, &s->centroid, &s->n_centroid, v, n, norm, CENTROID_TERMS);
}

// Widen a story's days and first/last seen to cover [day_min, day_max]
// and [first, last]; NO_DAY and NF_PREC_NONE leave them as they are.
static void story_span_add(story *s, int32_t day_min, int32_t day_max,
                           const nf_datetime *first, const nf_datetime *last) {
  if (day_min != NO_DAY) {
    if (s->day_min == NO_DAY || day_min < s->day_min) s->day_min = day_min;
    if (s->day_max == NO_DAY || day_max > s->day_max) s->day_max = day_max;
  }
  if (first->precision != NF_PREC_NONE &&
      (s->first_seen.precision == NF_PREC_NONE ||
       Nf_datetime_cmp(first, &s->first_seen) < 0))
    s->first_seen = *first;
  if (last->precision != NF_PREC_NONE &&
      (s->last_seen.precision == NF_PREC_NONE ||
       Nf_datetime_cmp(last, &s->last_seen) > 0))
    s->last_seen = *last;
}

// Post story s under term t (once; the oldest story leaves a full list).
static nf_status post(nf_group *g, uint32_t t, uint32_t s) {
  term_info *ti = &g->terms[t];
  for (uint32_t i = 0; i < ti->n_posts; i++)
    if (ti->posts[i] == s) return NF_OK;
  if (ti->n_posts < POSTING_MAX) {
    size_t cap = ti->cap_posts;
    if (Nf_grow(g->alloc, (void **)&ti->posts, &cap, ti->n_posts + 1,
                sizeof *ti->posts))
      return NF_ENOMEM;
    ti->cap_posts = (uint32_t)(cap > POSTING_MAX ? POSTING_MAX : cap);
    ti->posts[ti->n_posts++] = s;
  } else {
    ti->posts[ti->next] = s;
    ti->next = (ti->next + 1) % POSTING_MAX;
  }
  return NF_OK;
}

// Post story s under a report's heaviest terms by TF-IDF, where later
// reports look for it.
static void post_report(nf_group *g, const tw *v, size_t n, uint32_t s) {
  tw tmp[TERMS_PER_REPORT];
  memcpy(tmp, v, n * sizeof *tmp);
  for (size_t i = 0; i < n; i++) tmp[i].w *= (float)idf(g, tmp[i].term);
  qsort(tmp, n, sizeof *tmp, cmp_tw_weight_desc);
  for (size_t i = 0; i < n && i < POST_TERMS; i++)
    (void)post(g, tmp[i].term, s);
}

typedef struct cand {
  uint32_t id;
  double score;
} cand;

static int cmp_cand(const void *a, const void *b) {
  const cand *x = a, *y = b;
  if (x->score != y->score) return x->score > y->score ? -1 : 1;
  return x->id > y->id ? -1 : x->id < y->id;  // later first on ties
}

// Insert x into the sorted array a of n (at most cap) best candidates;
// returns the new count.
static size_t keep_best(cand *a, size_t n, size_t cap, cand x) {
  if (n == cap && cmp_cand(&x, &a[n - 1]) >= 0) return n;
  size_t i = n < cap ? n : cap - 1;
  while (i > 0 && cmp_cand(&x, &a[i - 1]) < 0) {
    a[i] = a[i - 1];
    i--;
  }
  a[i] = x;
  return n < cap ? n + 1 : n;
}

// --------------------------------------------------------------- copies

static void lsh_insert(nf_group *g, uint32_t key, uint32_t rep) {
  size_t mask = g->lsh_cap - 1, i = mix64(key) & mask;
  unsigned same = 0;
  for (; g->lsh[i].report; i = (i + 1) & mask)
    if (g->lsh[i].key == key && ++same >= LSH_BUCKET_MAX) return;
  g->lsh[i] = (lsh_entry){key, rep + 1};
  g->lsh_count++;
}

static nf_status lsh_reserve(nf_group *g, size_t more) {
  if ((g->lsh_count + more) * 2 <= g->lsh_cap) return NF_OK;
  size_t ncap = g->lsh_cap ? g->lsh_cap : 4096;
  while ((g->lsh_count + more) * 2 > ncap) ncap *= 2;
  lsh_entry *old = g->lsh;
  size_t ocap = g->lsh_cap;
  lsh_entry *t = Nf_calloc(g->alloc, ncap, sizeof *t);
  if (!t) return NF_ENOMEM;
  g->lsh = t;
  g->lsh_cap = ncap;
  g->lsh_count = 0;
  // Reinsert in index order so buckets keep their earliest reports.
  for (size_t i = 0; i < ocap; i++)
    if (old[i].report) {
      size_t j = mix64(old[i].key) & (ncap - 1);
      while (t[j].report) j = (j + 1) & (ncap - 1);
      t[j] = old[i];
      g->lsh_count++;
    }
  Nf_free(g->alloc, old);
  return NF_OK;
}

typedef struct copy_found {
  uint32_t a;
  float shared;
  size_t n_pass;
  nf_passage pass[PASSAGES_PER_COPY];
} copy_found;

// Find the earlier reports this one copies. Fills found (best first).
// Fingerprints pin a passage down to within a window of words at each
// end. Where an end falls that close to a sentence boundary of the later
// report, the passage runs to the boundary, and the earlier report's span
// moves by as many bytes (exact for verbatim copy, near for a rewrite).
// Returns the later report's words in the passages.
static size_t snap_passages(const nf_group *g, const report *a,
                            const nf_shingle *sh, size_t n_sh, nf_passage *p,
                            size_t n) {
  enum { SNAP_BYTES = 12 * NF_WINNOW_WINDOW };
  for (size_t k = 0; k < n; k++) {
    for (size_t i = 0; i < g->n_sent; i++) {
      const nf_sentence_key *s = &g->sent[i];
      if (s->start <= p[k].b_start && p[k].b_start < s->end) {
        uint32_t d = p[k].b_start - s->start;
        uint32_t floor_a =
            k && p[k - 1].a_end <= p[k].a_start ? p[k - 1].a_end : 0;
        if (d <= SNAP_BYTES && p[k].a_start >= floor_a + d) {
          p[k].b_start -= d;
          p[k].a_start -= d;
        }
      }
      if (s->start < p[k].b_end && p[k].b_end <= s->end) {
        uint32_t d = s->end - p[k].b_end;
        if (d <= SNAP_BYTES && p[k].a_end + (uint64_t)d <= a->text_len) {
          p[k].b_end += d;
          p[k].a_end += d;
        }
      }
    }
  }
  // Words of the later report starting inside a passage.
  size_t covered = 0, k = 0;
  for (size_t i = 0; i < n_sh; i++) {
    while (k < n && p[k].b_end <= sh[i].start) k++;
    if (k < n && p[k].b_start <= sh[i].start) covered++;
  }
  // The last NF_SHINGLE_WORDS - 1 words start no shingle.
  if (n_sh && p[n - 1].b_end >= sh[n_sh - 1].end)
    covered += NF_SHINGLE_WORDS - 1;
  return covered;
}

static nf_status find_copies(nf_group *g, const uint32_t keys[NF_LSH_BANDS],
                             const nf_shingle *sh, size_t n_sh, size_t n_words,
                             copy_found *found, size_t *n_found) {
  *n_found = 0;
  if (!g->lsh_cap || !n_sh) return NF_OK;
  acc_clear(&g->acc);
  size_t mask = g->lsh_cap - 1;
  for (int b = 0; b < NF_LSH_BANDS; b++) {
    for (size_t i = mix64(keys[b]) & mask; g->lsh[i].report; i = (i + 1) & mask)
      if (g->lsh[i].key == keys[b]) acc_add(&g->acc, g->lsh[i].report, 1.0);
  }
  cand best[COPY_CANDIDATES];
  size_t nb = 0;
  for (size_t i = 0; i < g->acc.count; i++) {
    uint32_t slot = g->acc.used[i];
    cand c = {(uint32_t)(g->acc.keys[slot] - 1), g->acc.vals[slot]};
    nb = keep_best(best, nb, COPY_CANDIDATES, c);
  }
  acc_clear(&g->acc);
  for (size_t k = 0; k < nb; k++) {
    const report *a = &g->reports[best[k].id];
    size_t n_pass, covered;
    nf_status st = Nf_align(g->alloc, g->fps + a->fp_off, a->n_fp, sh, n_sh,
                            g->pass_tmp, PASSAGES_PER_COPY, &n_pass, &covered);
    if (st) return st;
    if (n_pass) covered = snap_passages(g, a, sh, n_sh, g->pass_tmp, n_pass);
    size_t shorter = a->n_words < n_words ? a->n_words : n_words;
    double shared = shorter ? (double)covered / (double)shorter : 0.0;
    if (shared > 1.0) shared = 1.0;
    if (shared < COPY_MIN_SHARED) continue;
    // Insert by shared, keeping the best COPIES_PER_REPORT.
    size_t at = *n_found;
    while (at > 0 && found[at - 1].shared < shared) at--;
    if (at >= COPIES_PER_REPORT) continue;
    size_t last =
        *n_found < COPIES_PER_REPORT ? *n_found : COPIES_PER_REPORT - 1;
    for (size_t m = last; m > at; m--) found[m] = found[m - 1];
    found[at].a = best[k].id;
    found[at].shared = (float)shared;
    found[at].n_pass = n_pass;
    memcpy(found[at].pass, g->pass_tmp, n_pass * sizeof *g->pass_tmp);
    if (*n_found < COPIES_PER_REPORT) (*n_found)++;
  }
  return NF_OK;
}

// ------------------------------------------------------------------ add

// Candidate stories for a report: those posted under its heaviest terms,
// scored by the weight they share, and under its headline words h. Fills
// c (best first) and returns their count.
static size_t find_candidates(nf_group *g, const tw *v, size_t n, const tw *h,
                              size_t nh, cand c[CANDIDATES]) {
  tw top[QUERY_TERMS];
  size_t nq = 0;
  {
    tw tmp[TERMS_PER_REPORT];
    memcpy(tmp, v, n * sizeof *v);
    for (size_t i = 0; i < n; i++) tmp[i].w *= (float)idf(g, tmp[i].term);
    qsort(tmp, n, sizeof *tmp, cmp_tw_weight_desc);
    nq = n < QUERY_TERMS ? n : QUERY_TERMS;
    memcpy(top, tmp, nq * sizeof *tmp);
  }
  acc_clear(&g->acc);
  for (size_t q = 0; q < nq; q++) {
    const term_info *ti = &g->terms[top[q].term];
    for (uint32_t i = 0; i < ti->n_posts; i++)
      acc_add(&g->acc, (uint64_t)ti->posts[i] + 1, top[q].w);
  }
  // The headline's words too: a body of other words (a gallery, a
  // round-up) can crowd them out of the heaviest terms.
  for (size_t k = 0; k < nh; k++) {
    bool queried = false;
    for (size_t q = 0; q < nq && !queried; q++)
      queried = top[q].term == h[k].term;
    if (queried) continue;
    const term_info *ti = &g->terms[h[k].term];
    for (uint32_t i = 0; i < ti->n_posts; i++)
      acc_add(&g->acc, (uint64_t)ti->posts[i] + 1, idf(g, h[k].term));
  }
  size_t nc = 0;
  for (size_t i = 0; i < g->acc.count; i++) {
    uint32_t slot = g->acc.used[i];
    cand x = {(uint32_t)(g->acc.keys[slot] - 1), g->acc.vals[slot]};
    nc = keep_best(c, nc, CANDIDATES, x);
  }
  acc_clear(&g->acc);
  return nc;
}

// The score a report (vector v, headline words h, and g->title_terms)
// gives story s.
static double story_score(const nf_group *g, const tw *v, size_t n, int32_t day,
                          const story *s, const tw *h, size_t nh, bool days) {
  // Without time to tell like events apart, the headline's names must.
  double sc = score(g, v, n, day, s, days) - TITLE_MISSING_PENALTY *
                                                 time_unknown(day, s) *
                                                 title_missing(g, s);
  // Headlines that say what the story's headlines say are one event
  // however different the bodies (a gallery page, a live blog).
  double hs = HEADLINE_SHARE * heads_cos(g, h, nh, s->heads, s->n_heads) *
              time_factor(day, s);
  return hs > sc ? hs : sc;
}

// The score a report needs to join story s.
static double join_bar(int32_t day, const story *s) {
  return day != NO_DAY && 2 * s->n_dated >= s->n_reports ? JOIN_DATED
                                                         : JOIN_THRESHOLD;
}

// Two dated reports so far apart that time alone puts them at the floor.
static bool copy_far(const nf_group *g, uint32_t a, int32_t day) {
  int32_t da = g->reports[a].day;
  if (day == NO_DAY || da == NO_DAY) return false;
  return gap_factor(fabs((double)day - da)) <= TIME_FLOOR;
}

static int cmp_range(const void *a, const void *b) {
  const nf_range *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

// Text a report shares with one months before it is a template (copy_far()):
// its passages are left out of the report's words, like furniture, so the
// template's names ("Sacto 911", a reporter's byline box) do not join the
// two. Keeps g->skip sorted and without overlaps; returns its new count.
static size_t skip_far_copies(nf_group *g, size_t n_skip,
                              const copy_found *found, size_t n_found,
                              int32_t day) {
  size_t n = n_skip;
  for (size_t i = 0; i < n_found; i++) {
    if (!copy_far(g, found[i].a, day)) continue;
    for (size_t p = 0; p < found[i].n_pass; p++)
      g->skip[n++] =
          (nf_range){found[i].pass[p].b_start, found[i].pass[p].b_end};
  }
  if (n == n_skip) return n;
  qsort(g->skip, n, sizeof *g->skip, cmp_range);
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    if (o && g->skip[i].start <= g->skip[o - 1].end) {
      if (g->skip[i].end > g->skip[o - 1].end)
        g->skip[o - 1].end = g->skip[i].end;
    } else {
      g->skip[o++] = g->skip[i];
    }
  }
  return o;
}

static nf_status choose_story(nf_group *g, const tw *v, size_t n, int32_t day,
                              const copy_found *copies, size_t n_copies,
                              uint32_t *out) {
  *out = NONE;
  tw h[TITLE_TERMS_MAX];
  size_t nh = report_heads(g, h);
  cand c[CANDIDATES];
  size_t nc = find_candidates(g, v, n, h, nh, c);
  double best = 0;
  uint32_t best_id = NONE;
  for (size_t i = 0; i < nc; i++) {
    double sc = story_score(g, v, n, day, &g->stories[c[i].id], h, nh, true);
    if (sc > best || (sc == best && best_id != NONE && c[i].id > best_id)) {
      best = sc;
      best_id = c[i].id;
    }
  }
  // A report that copies another's text belongs with it, unless the two
  // are far apart in time.
  for (size_t i = 0; i < n_copies; i++) {
    if (copy_far(g, copies[i].a, day)) continue;
    uint32_t sid = g->reports[copies[i].a].story;
    const story *s = &g->stories[sid];
    double sc = copies[i].shared * time_factor(day, s);
    double ts = score(g, v, n, day, s, true);
    if (ts > sc) sc = ts;
    if (sc > best) {
      best = sc;
      best_id = sid;
    }
  }
  if (best_id != NONE && best >= join_bar(day, &g->stories[best_id]))
    *out = best_id;
  return NF_OK;
}

nf_status Nf_group_add(nf_group *g, const nf_doc *doc, uint32_t *index) {
  if (!g || !doc) return NF_EINVAL;
  if (g->n_reports >= NONE - 1) return NF_ETOOBIG;
  nf_status st;
  // Reserve everything first so a failure leaves the grouper as it was
  // (term frequencies aside, which only shift weights).
  if ((st = GROW(g, reports, g->n_reports + 1, cap_reports)) ||
      (st = GROW(g, stories, g->n_stories + 1, cap_stories)) ||
      (st = lsh_reserve(g, NF_LSH_BANDS)))
    return st;

  // Shared text.
  nf_shingle *sh = NULL;
  size_t n_sh = 0, n_words = 0;
  // Page furniture seen in many reports over weeks is left out.
  size_t n_sent = Nf_sentence_keys(Nf_sv(doc->text, doc->text_len), g->seed,
                                   g->sent, SENTENCES_MAX);
  g->n_sent = n_sent;
  size_t n_skip = 0;
  for (size_t i = 0; i < n_sent; i++)
    if (Nf_boiler_is(g->boiler, g->sent[i].hash))
      g->skip[n_skip++] = (nf_range){g->sent[i].start, g->sent[i].end};
  st = Nf_shingles(g->alloc, Nf_sv(doc->text, doc->text_len), g->seed, g->skip,
                   n_skip, SHINGLES_MAX, &sh, &n_sh, &n_words);
  if (st) return st;
  uint32_t sig[NF_MINHASH_K], keys[NF_LSH_BANDS];
  Nf_minhash(sh, n_sh, g->seed, sig);
  Nf_lsh_keys(sig, g->seed, keys);
  copy_found *found = Nf_malloc(g->alloc, COPIES_PER_REPORT * sizeof *found);
  size_t n_found = 0;
  if (!found) st = NF_ENOMEM;
  if (!st) st = find_copies(g, keys, sh, n_sh, n_words, found, &n_found);
  size_t need_fps = n_sh ? (n_sh < FPS_MAX ? n_sh : FPS_MAX) : 0;
  if (!st) st = GROW(g, fps, g->n_fps + need_fps + 1, cap_fps);
  size_t n_pass_total = 0;
  for (size_t i = 0; i < n_found; i++) n_pass_total += found[i].n_pass;
  if (!st) st = GROW(g, copies, g->n_copies + n_found + 1, cap_copies);
  if (!st)
    st = GROW(g, passages, g->n_passages + n_pass_total + 1, cap_passages);

  // Terms and the story.
  count_report(g);
  size_t n_vec = 0;
  if (!st)
    n_skip =
        skip_far_copies(g, n_skip, found, n_found, day_of(&doc->published));
  if (!st) st = build_vector(g, doc, g->skip, n_skip, &n_vec);
  if (!st) st = GROW(g, rvecs, g->n_rvecs + n_vec + 1, cap_rvecs);
  if (!st) st = GROW(g, rheads, g->n_rheads + g->n_title_terms + 1, cap_rheads);
  if (!st) st = GROW(g, rsent, g->n_rsent + BODY_SENTENCES + 1, cap_rsent);
  int32_t day = day_of(&doc->published);
  uint32_t sid = NONE;
  if (!st) st = choose_story(g, g->vec, n_vec, day, found, n_found, &sid);
  if (st) {
    Nf_free(g->alloc, sh);
    Nf_free(g->alloc, found);
    return st;
  }

  uint32_t r = (uint32_t)g->n_reports;
  uint32_t title =
      doc->title && doc->title[0] ? add_string(g, doc->title) : NONE;
  if (sid == NONE) {
    sid = (uint32_t)g->n_stories++;
    story *s = &g->stories[sid];
    memset(s, 0, sizeof *s);
    s->first = r;
    s->title = NONE;
    s->day_min = s->day_max = NO_DAY;
    s->skip_day = NO_DAY;
  }
  story *s = &g->stories[sid];
  s->n_reports++;
  if (s->title == NONE) s->title = title;
  if (day != NO_DAY) s->n_dated++;
  story_span_add(s, day, day, &doc->published, &doc->published);
  days_add(g, s, day);
  // A failure from here on costs only index quality, not consistency.
  (void)centroid_add(g, s, g->vec, n_vec, true);
  story_regions_add(g, s);
  {
    tw h[TITLE_TERMS_MAX];
    size_t nh = report_heads(g, h);
    (void)heads_add(g, s, h, nh);
    if (nh) s->n_headed++;
  }
  post_report(g, g->vec, n_vec, sid);

  report *rep = &g->reports[r];
  rep->story = sid;
  rep->id = add_string(g, doc->id);
  rep->fp_off = g->n_fps;
  rep->n_fp = (uint32_t)Nf_winnow(sh, n_sh, NF_WINNOW_WINDOW, g->fps + g->n_fps,
                                  FPS_MAX);
  g->n_fps += rep->n_fp;
  rep->n_words = n_words > UINT32_MAX ? UINT32_MAX : (uint32_t)n_words;
  rep->text_len =
      doc->text_len > UINT32_MAX ? UINT32_MAX : (uint32_t)doc->text_len;
  rep->title = title;
  rep->vec_off = g->n_rvecs;
  rep->n_vec = (uint8_t)n_vec;
  memcpy(g->rvecs + g->n_rvecs, g->vec, n_vec * sizeof *g->vec);
  g->n_rvecs += n_vec;
  rep->head_off = g->n_rheads;
  rep->n_head = (uint8_t)g->n_title_terms;
  memcpy(g->rheads + g->n_rheads, g->title_terms,
         g->n_title_terms * sizeof *g->title_terms);
  g->n_rheads += g->n_title_terms;
  rep->sent_off = (uint32_t)g->n_rsent;
  rep->n_sent = 0;
  rep->stripped = false;
  if (n_sent <= BODY_SENTENCES && g->n_rsent + n_sent < UINT32_MAX) {
    for (size_t i = 0; i < n_sent; i++)
      g->rsent[g->n_rsent++] = g->sent[i].hash;
    rep->n_sent = (uint8_t)n_sent;
  }
  rep->day = day;
  rep->published = doc->published;
  g->n_reports++;
  if (n_sh)
    for (int b = 0; b < NF_LSH_BANDS; b++) lsh_insert(g, keys[b], r);

  for (size_t i = 0; i < n_found; i++) {
    copy_rec *c = &g->copies[g->n_copies++];
    c->a = found[i].a;
    c->b = r;
    c->shared = found[i].shared;
    c->n_pass = (uint32_t)found[i].n_pass;
    c->pass_off = g->n_passages;
    memcpy(g->passages + g->n_passages, found[i].pass,
           found[i].n_pass * sizeof *found[i].pass);
    g->n_passages += found[i].n_pass;
    c->n_sent = 0;
    c->furniture = false;
    c->far = copy_far(g, found[i].a, day);
    size_t n_cov = 0;
    for (size_t k = 0; k < n_sent && n_cov <= COPY_SENTENCES; k++) {
      bool covered = false;
      for (size_t p = 0; p < found[i].n_pass && !covered; p++)
        covered = g->sent[k].start < found[i].pass[p].b_end &&
                  found[i].pass[p].b_start < g->sent[k].end;
      if (!covered) continue;
      if (n_cov < COPY_SENTENCES) c->sent[n_cov] = g->sent[k].hash;
      n_cov++;
    }
    c->n_sent = n_cov <= COPY_SENTENCES ? (uint8_t)n_cov : 0;
  }
  // Count the report's sentences once each.
  for (size_t i = 0; i < n_sent; i++) g->sent_hash[i] = g->sent[i].hash;
  qsort(g->sent_hash, n_sent, sizeof *g->sent_hash, cmp_u64);
  for (size_t i = 0; i < n_sent; i++)
    if (i == 0 || g->sent_hash[i] != g->sent_hash[i - 1])
      (void)Nf_boiler_count(g->boiler, g->sent_hash[i], day);
  Nf_free(g->alloc, sh);
  Nf_free(g->alloc, found);
  if (index) *index = r;
  return NF_OK;
}

// ---------------------------------------------------------------- merge

// A story whose headlines say what it is about: HEADLINED_MIN of its
// reports, and most of them, have one.
static bool headlined(const story *s) {
  return s->n_headed >= HEADLINED_MIN && 2 * s->n_headed >= s->n_reports;
}

// Closeness in time of two stories' date ranges.
static double ranges_factor(const story *a, const story *b) {
  if (a->day_min == NO_DAY || b->day_min == NO_DAY) return NO_DATE_FACTOR;
  double gap = 0;
  if (a->day_min > b->day_max)
    gap = (double)a->day_min - b->day_max;
  else if (b->day_min > a->day_max)
    gap = (double)b->day_min - a->day_max;
  return gap_factor(gap);
}

static uint32_t root(uint32_t *parent, uint32_t s) {
  while (parent[s] != s) {
    parent[s] = parent[parent[s]];
    s = parent[s];
  }
  return s;
}

static nf_status compact_stories(nf_group *g);

// Stories started apart can turn out to be one once more reports are in
// (a follow-up that came before its story grew words in common). Each
// story, in order, is compared with the earlier stories its heaviest terms
// find, and joins the best at MERGE_THRESHOLD or more. Bounded like adding
// a report: at most CANDIDATES comparisons a story.
static nf_status merge_stories(nf_group *g) {
  size_t ns = g->n_stories;
  if (ns < 2) return NF_OK;
  uint32_t *parent = Nf_calloc(g->alloc, ns, sizeof *parent);
  if (!parent) return NF_ENOMEM;
  for (size_t i = 0; i < ns; i++) parent[i] = (uint32_t)i;
  bool merged = false;
  for (size_t si = 1; si < ns; si++) {
    story *s = &g->stories[si];
    size_t n = s->n_centroid;
    tw top[QUERY_TERMS];
    size_t nq = 0;
    for (size_t k = 0; k < n; k++) {
      tw x = {s->centroid[k].term,
              (float)(s->centroid[k].w * idf(g, s->centroid[k].term))};
      size_t at = nq < QUERY_TERMS ? nq : QUERY_TERMS - 1;
      if (nq == QUERY_TERMS && cmp_tw_weight_desc(&x, &top[at]) >= 0) continue;
      while (at > 0 && cmp_tw_weight_desc(&x, &top[at - 1]) < 0) {
        top[at] = top[at - 1];
        at--;
      }
      top[at] = x;
      if (nq < QUERY_TERMS) nq++;
    }
    acc_clear(&g->acc);
    for (size_t q = 0; q < nq; q++) {
      const term_info *ti = &g->terms[top[q].term];
      for (uint32_t i = 0; i < ti->n_posts; i++) {
        uint32_t t = root(parent, ti->posts[i]);
        if (t < si) acc_add(&g->acc, (uint64_t)t + 1, top[q].w);
      }
    }
    cand c[CANDIDATES];
    size_t nc = 0;
    for (size_t i = 0; i < g->acc.count; i++) {
      uint32_t slot = g->acc.used[i];
      cand x = {(uint32_t)(g->acc.keys[slot] - 1), g->acc.vals[slot]};
      nc = keep_best(c, nc, CANDIDATES, x);
    }
    acc_clear(&g->acc);
    double best = 0;
    uint32_t best_id = NONE;
    for (size_t i = 0; i < nc; i++) {
      const story *t = &g->stories[c[i].id];
      similarity sim = compare(g, s->centroid, n, t, true);
      double rf = ranges_factor(s, t);
      double erf =
          s->day_min == NO_DAY || t->day_min == NO_DAY ? 1.0 : sqrt(rf);
      double sc = blend(sim, rf, erf);
      double hs = HEADLINE_SHARE *
                  heads_cos(g, s->heads, s->n_heads, t->heads, t->n_heads) * rf;
      if (hs > sc) sc = hs;
      if (sc > best) {
        best = sc;
        best_id = c[i].id;
      }
    }
    if (best_id == NONE) continue;
    double bar = MERGE_THRESHOLD;
    if (s->n_reports == 1) {
      const story *t = &g->stories[best_id];
      bar = s->n_dated && 2 * t->n_dated >= t->n_reports ? MERGE_SINGLE_DATED
                                                         : MERGE_SINGLE;
    }
    if (best < bar) continue;
    story *t = &g->stories[best_id];
    if (s->n_reports == 1 && best < JOIN_DATED && ranges_factor(s, t) >= 1.0) {
      // Scored again without the days the texts name (same_days_low()).
      double sc = blend(compare(g, s->centroid, n, t, false), 1.0, 1.0);
      double hs = HEADLINE_SHARE *
                  heads_cos(g, s->heads, s->n_heads, t->heads, t->n_heads);
      if (hs > sc) sc = hs;
      if (sc < bar) continue;
    }
    // Two stories that each have their outlets' headlines, and whose
    // headlines share next to nothing, are two events on one topic ("FBI
    // clears Clinton", "Lady Gaga protests at Trump Tower").
    if (headlined(s) && headlined(t) &&
        heads_cos(g, s->heads, s->n_heads, t->heads, t->n_heads) <
            MERGE_HEADLINES_MIN)
      continue;
    if (centroid_add(g, t, s->centroid, n, false)) continue;
    (void)heads_add(g, t, s->heads, s->n_heads);
    t->n_headed += s->n_headed;
    parent[si] = best_id;
    merged = true;
    t->n_reports += s->n_reports;
    t->n_dated += s->n_dated;
    if (t->title == NONE) t->title = s->title;
    story_span_add(t, s->day_min, s->day_max, &s->first_seen, &s->last_seen);
    days_merge(g, t, s->days, s->n_days);
  }
  nf_status st = NF_OK;
  if (merged) {
    // Reports and postings go to the story each merged one joined; the
    // merged ones, left empty, are dropped.
    for (size_t i = 0; i < ns; i++) {
      uint32_t r = root(parent, (uint32_t)i);
      if (r != i) g->stories[i].n_reports = 0;
    }
    for (size_t i = 0; i < g->n_reports; i++)
      g->reports[i].story = root(parent, g->reports[i].story);
    for (size_t t = 0; t < g->n_terms; t++) {
      term_info *ti = &g->terms[t];
      for (uint32_t i = 0; i < ti->n_posts; i++)
        ti->posts[i] = root(parent, ti->posts[i]);
    }
    st = compact_stories(g);
  }
  Nf_free(g->alloc, parent);
  return st;
}

// ------------------------------------------------------------- reassign

// A lone report of the same days as story t (time factor 1) that would
// join it at the lower bar of lone reports (MERGE_SINGLE_DATED), scoring
// `best`, under JOIN_DATED, and does not reach `bar` without the days the
// texts name. Within those days every incident's reports name the same
// days, and the time factor has already counted them: two shootings of one
// weekend in two cities ("Shot that killed 7-year-old boy in Humboldt
// Park", "Louisville murder victim had feared for his family") scored
// 0.17 on the shared days, the count of one dead and the words every such
// report has. A report without named days (a short note of the event's
// words) still moves as before.
static bool same_days_low(const nf_group *g, const tw *v, size_t n, int32_t day,
                          const story *t, const tw *h, size_t nh, double best,
                          double bar) {
  if (best >= JOIN_DATED || day == NO_DAY || t->day_min == NO_DAY ||
      time_factor(day, t) < 1.0)
    return false;
  return story_score(g, v, n, day, t, h, nh, false) < bar;
}

// Load report r's headline terms as those of the report being scored.
static size_t load_heads(nf_group *g, const report *r, tw *h) {
  g->n_title_terms = r->n_head;
  memcpy(g->title_terms, g->rheads + r->head_off,
         r->n_head * sizeof *g->title_terms);
  return report_heads(g, h);
}

// Story s as it would be without report r, into *out; its centroid and
// headline counts go to c (CENTROID_TERMS) and h (HEAD_TERMS).
static void story_without(const nf_group *g, const story *s, const report *r,
                          story *out, tw *c, tw *h) {
  *out = *s;
  const tw *v = g->rvecs + r->vec_off;
  double norm = 0;
  for (size_t i = 0; i < r->n_vec; i++) norm += (double)v[i].w * v[i].w;
  norm = norm > 0 ? sqrt(norm) : 1;
  size_t i = 0, m = 0;
  for (size_t k = 0; k < s->n_centroid; k++) {
    uint32_t t = s->centroid[k].term;
    double w = s->centroid[k].w;
    while (i < r->n_vec && v[i].term < t) i++;
    if (i < r->n_vec && v[i].term == t) w -= v[i].w / norm;
    if (w > 1e-6) c[m++] = (tw){t, (float)w};
  }
  out->centroid = c;
  out->n_centroid = (uint32_t)m;
  const uint32_t *rh = g->rheads + r->head_off;
  m = 0;
  for (size_t k = 0; k < s->n_heads; k++) {
    double w = s->heads[k].w;
    for (size_t j = 0; j < r->n_head; j++)
      if (rh[j] == s->heads[k].term) w -= 1;
    if (w > 1e-6) h[m++] = (tw){s->heads[k].term, (float)w};
  }
  out->heads = h;
  out->n_heads = (uint32_t)m;
  out->n_reports--;
  if (r->n_head && out->n_headed) out->n_headed--;
  if (r->day != NO_DAY) {
    out->skip_day = r->day;
    out->n_dated--;
    // The story's days are ascending: without r, an end moves in when r
    // held it alone.
    const int32_t *d = s->days;
    size_t n = s->n_days;
    if (!out->n_dated) {
      out->day_min = out->day_max = NO_DAY;
    } else if (n >= 2) {
      out->day_min = r->day == d[0] && d[1] != d[0] ? d[1] : d[0];
      out->day_max =
          r->day == d[n - 1] && d[n - 2] != d[n - 1] ? d[n - 2] : d[n - 1];
    }
  }
}

// The touched stories summed again from their reports (centroid, headline
// counts, dates, title, first report).
static void resum_stories(nf_group *g, const bool *touched) {
  for (size_t i = 0; i < g->n_stories; i++) {
    if (!touched[i]) continue;
    story *s = &g->stories[i];
    Nf_free(g->alloc, s->centroid);
    Nf_free(g->alloc, s->heads);
    Nf_free(g->alloc, s->days);
    memset(s, 0, sizeof *s);
    s->first = NONE;
    s->title = NONE;
    s->day_min = s->day_max = NO_DAY;
    s->skip_day = NO_DAY;
  }
  for (size_t r = 0; r < g->n_reports; r++) {
    const report *rep = &g->reports[r];
    if (!touched[rep->story]) continue;
    story *s = &g->stories[rep->story];
    if (s->first == NONE) s->first = (uint32_t)r;
    if (s->title == NONE) s->title = rep->title;
    s->n_reports++;
    if (rep->day != NO_DAY) s->n_dated++;
    story_span_add(s, rep->day, rep->day, &rep->published, &rep->published);
    days_add(g, s, rep->day);
    (void)centroid_add(g, s, g->rvecs + rep->vec_off, rep->n_vec, true);
    tw h[TITLE_TERMS_MAX];
    size_t nh = load_heads(g, rep, h);
    (void)heads_add(g, s, h, nh);
    if (nh) s->n_headed++;
  }
}

// A short body whose sentences all turned out to be page furniture ("Thank
// you for registering!", a paywall line, a sign-up box) says nothing of
// its event: the report is scored on its headline words and facts alone.
// When it came, the furniture table had not yet seen those lines in enough
// reports over enough days, and its words may have joined it to another
// report of the same box. Its story is summed again.
static nf_status strip_furniture_bodies(nf_group *g) {
  bool *touched = NULL;
  for (size_t r = 0; r < g->n_reports; r++) {
    report *rep = &g->reports[r];
    if (!rep->n_sent || rep->stripped) continue;
    bool all = true;
    for (size_t k = 0; k < rep->n_sent && all; k++)
      all = Nf_boiler_is(g->boiler, g->rsent[rep->sent_off + k]);
    if (!all) continue;
    if (!touched &&
        !(touched = Nf_calloc(g->alloc, g->n_stories + 1, sizeof *touched)))
      return NF_ENOMEM;
    tw *v = g->rvecs + rep->vec_off;
    const uint32_t *h = g->rheads + rep->head_off;
    size_t m = 0;
    for (size_t i = 0; i < rep->n_vec; i++) {
      bool keep = g->terms[v[i].term].kind >= TERM_FACT;
      for (size_t k = 0; k < rep->n_head && !keep; k++)
        keep = h[k] == v[i].term;
      if (keep) v[m++] = v[i];
    }
    rep->n_vec = (uint8_t)m;
    rep->stripped = true;
    touched[rep->story] = true;
  }
  if (!touched) return NF_OK;
  resum_stories(g, touched);
  Nf_free(g->alloc, touched);
  return NF_OK;
}

// Drop the stories left without reports, order the rest by their first
// report, and point reports and postings at the new indices.
static nf_status compact_stories(nf_group *g) {
  size_t ns = g->n_stories;
  // First report and story index in one key, sorted as numbers.
  uint64_t *order = Nf_malloc(g->alloc, (ns + 1) * sizeof *order);
  uint32_t *renum = Nf_malloc(g->alloc, (ns + 1) * sizeof *renum);
  story *moved = Nf_malloc(g->alloc, (ns + 1) * sizeof *moved);
  if (!order || !renum || !moved) {
    Nf_free(g->alloc, order);
    Nf_free(g->alloc, renum);
    Nf_free(g->alloc, moved);
    return NF_ENOMEM;
  }
  size_t kept = 0;
  for (size_t i = 0; i < ns; i++) {
    renum[i] = NONE;
    if (g->stories[i].n_reports)
      order[kept++] = (uint64_t)g->stories[i].first << 32 | i;
    else {
      Nf_free(g->alloc, g->stories[i].centroid);
      Nf_free(g->alloc, g->stories[i].heads);
      Nf_free(g->alloc, g->stories[i].days);
    }
  }
  qsort(order, kept, sizeof *order, cmp_u64);
  for (size_t k = 0; k < kept; k++) {
    uint32_t i = (uint32_t)order[k];
    renum[i] = (uint32_t)k;
    moved[k] = g->stories[i];
  }
  memcpy(g->stories, moved, kept * sizeof *moved);
  g->n_stories = kept;
  for (size_t i = 0; i < g->n_reports; i++)
    g->reports[i].story = renum[g->reports[i].story];
  for (size_t t = 0; t < g->n_terms; t++) {
    term_info *ti = &g->terms[t];
    uint32_t o = 0;
    for (uint32_t i = 0; i < ti->n_posts; i++)
      if (renum[ti->posts[i]] != NONE) ti->posts[o++] = renum[ti->posts[i]];
    if (o < ti->n_posts) ti->next = 0;
    ti->n_posts = o;
  }
  Nf_free(g->alloc, order);
  Nf_free(g->alloc, renum);
  Nf_free(g->alloc, moved);
  return NF_OK;
}

// Once every report is in, each is checked against the finished stories:
// when another story scores higher than its own story does without it
// (and reaches the bar to join), it moves there. A report placed early
// was judged against stories that had not grown their words yet and with
// weights from the few reports seen so far (a follow-up that joined a
// like story before its own event's reports came). All reports are judged
// against the same stories, then moved at once; reports that copy or are
// copied stay with their text. Bounded like adding a report: at most
// CANDIDATES stories scored per report.
static nf_status reassign(nf_group *g) {
  size_t nr = g->n_reports, ns = g->n_stories;
  if (ns < 2) return NF_OK;
  nf_status st = NF_ENOMEM;
  uint32_t *target = Nf_malloc(g->alloc, nr * sizeof *target);
  bool *touched = Nf_calloc(g->alloc, ns, sizeof *touched);
  tw *c = Nf_malloc(g->alloc, CENTROID_TERMS * sizeof *c);
  tw *hs = Nf_malloc(g->alloc, HEAD_TERMS * sizeof *hs);
  bool *pinned = Nf_calloc(g->alloc, nr, sizeof *pinned);
  if (!target || !touched || !c || !hs || !pinned) goto done;
  // Reports in a copy pair stay with the text they share.
  for (size_t i = 0; i < g->n_copies; i++) {
    const copy_rec *cp = &g->copies[i];
    if (cp->furniture || cp->far) continue;
    pinned[cp->a] = pinned[cp->b] = true;
  }
  size_t n_moved = 0;
  for (size_t r = 0; r < nr; r++) {
    const report *rep = &g->reports[r];
    target[r] = NONE;
    if (pinned[r]) continue;
    const tw *v = g->rvecs + rep->vec_off;
    size_t n = rep->n_vec;
    tw h[TITLE_TERMS_MAX];
    size_t nh = load_heads(g, rep, h);
    double best = -1;
    // How close in time its own story is without it; -1 when either side
    // has no date (or the report is alone).
    double own_tf = -1;
    // A report scored on its headline alone (strip_furniture_bodies())
    // that no longer reaches the bar of its own story leaves it for one of
    // its own when no other story takes it: what held it there was the
    // furniture it shared with the story's reports.
    bool leave = false;
    const story *own = &g->stories[rep->story];
    if (own->n_reports > 1) {
      story without;
      story_without(g, own, rep, &without, c, hs);
      best = story_score(g, v, n, rep->day, &without, h, nh, true);
      if (rep->day != NO_DAY && without.day_min != NO_DAY)
        own_tf = time_factor(rep->day, &without);
      leave = rep->stripped && best < join_bar(rep->day, &without);
    }
    cand cs[CANDIDATES];
    size_t nc = find_candidates(g, v, n, h, nh, cs);
    uint32_t best_id = NONE;
    for (size_t i = 0; i < nc; i++) {
      if (cs[i].id == rep->story) continue;
      double sc =
          story_score(g, v, n, rep->day, &g->stories[cs[i].id], h, nh, true);
      if (sc > best || (sc == best && best_id != NONE && cs[i].id > best_id)) {
        best = sc;
        best_id = cs[i].id;
      }
    }
    if (leave) {
      target[r] = LEAVE;
      n_moved++;
    }
    if (best_id == NONE) continue;
    // A report alone in its story needs what a story of one report needs
    // to merge at finish (merge_stories()), whichever story came first.
    const story *t = &g->stories[best_id];
    double bar = join_bar(rep->day, t);
    if (own->n_reports == 1)
      bar = rep->day != NO_DAY && 2 * t->n_dated >= t->n_reports
                ? MERGE_SINGLE_DATED
                : MERGE_SINGLE;
    // A report dated near its own story does not move to a story so far
    // from it in time that the time factor is at its floor: the same city
    // and the same kind of shooting a year apart is another incident, and
    // the move would only follow the words they share.
    if (own_tf > TIME_FLOOR && rep->day != NO_DAY && t->day_min != NO_DAY &&
        time_factor(rep->day, t) <= TIME_FLOOR)
      continue;
    if (best >= bar && own->n_reports == 1 &&
        same_days_low(g, v, n, rep->day, t, h, nh, best, bar))
      continue;
    if (best >= bar) {
      if (!leave) n_moved++;
      target[r] = best_id;
    }
  }
  st = NF_OK;
  if (!n_moved) goto done;
  size_t n_new = 0;
  for (size_t r = 0; r < nr; r++) n_new += target[r] == LEAVE;
  if (n_new) {
    st = NF_ENOMEM;
    bool *more = NULL;
    if (GROW(g, stories, ns + n_new, cap_stories) ||
        !(more = Nf_calloc(g->alloc, ns + n_new, sizeof *more)))
      goto done;
    memcpy(more, touched, ns * sizeof *more);
    Nf_free(g->alloc, touched);
    touched = more;
    for (size_t r = 0; r < nr; r++) {
      if (target[r] != LEAVE) continue;
      story *s = &g->stories[g->n_stories];
      memset(s, 0, sizeof *s);
      target[r] = (uint32_t)g->n_stories++;
    }
    st = NF_OK;
  }
  for (size_t r = 0; r < nr; r++) {
    if (target[r] == NONE) continue;
    touched[g->reports[r].story] = true;
    touched[target[r]] = true;
    g->reports[r].story = target[r];
  }
  resum_stories(g, touched);
  // Later reports find a moved one's story under its terms.
  for (size_t r = 0; r < nr; r++)
    if (target[r] != NONE) {
      const report *rep = &g->reports[r];
      post_report(g, g->rvecs + rep->vec_off, rep->n_vec, rep->story);
    }
  st = compact_stories(g);
done:
  Nf_free(g->alloc, target);
  Nf_free(g->alloc, touched);
  Nf_free(g->alloc, c);
  Nf_free(g->alloc, hs);
  Nf_free(g->alloc, pinned);
  return st;
}

// --------------------------------------------------------------- finish

static int cmp_passage(const void *a, const void *b) {
  const nf_passage *x = a, *y = b;
  return x->b_start < y->b_start ? -1 : x->b_start > y->b_start;
}

// A copy whose shared passages are all sentences that turned out to be page
// furniture (an outlet's copyright and "The Associated Press contributed"
// lines under two short stories) was only a template: it is no copy, and
// its reports are free to move at finish. When the copy was found, the
// furniture table had not seen those lines over enough days yet.
static void unfurnish_copies(nf_group *g) {
  for (size_t i = 0; i < g->n_copies; i++) {
    copy_rec *c = &g->copies[i];
    if (!c->n_sent) continue;
    bool all = true;
    for (size_t k = 0; k < c->n_sent && all; k++)
      all = Nf_boiler_is(g->boiler, c->sent[k]);
    c->furniture = all;
  }
}

nf_status Nf_group_finish(nf_group *g, nf_story_set **out) {
  if (!g || !out) return NF_EINVAL;
  *out = NULL;
  // The regions serve joining only: the stories' sets are not kept up to
  // date through the merge and the reassignment, so finish compares none.
  g->n_regions = 0;
  unfurnish_copies(g);
  nf_status mst = strip_furniture_bodies(g);
  if (!mst) mst = merge_stories(g);
  if (!mst) mst = reassign(g);
  if (mst) return mst;
  nf_story_set *set = Nf_story_set_new(g->alloc);
  if (!set) return NF_ENOMEM;
  nf_arena *ar = &set->arena;
  size_t nr = g->n_reports, ns = g->n_stories;
  set->n_reports = nr;
  set->n_stories = ns;
  set->report_ids = Nf_arena_calloc(ar, nr + 1, sizeof *set->report_ids);
  set->story_of = Nf_arena_calloc(ar, nr + 1, sizeof *set->story_of);
  set->stories = Nf_arena_calloc(ar, ns + 1, sizeof *set->stories);
  uint32_t *members = Nf_arena_calloc(ar, nr + 1, sizeof *members);
  size_t *fill = Nf_calloc(g->alloc, ns + 1, sizeof *fill);
  if (!set->report_ids || !set->story_of || !set->stories || !members || !fill)
    goto oom;
  for (size_t i = 0; i < nr; i++) {
    const report *r = &g->reports[i];
    set->story_of[i] = r->story;
    if (r->id != NONE &&
        !(set->report_ids[i] = Nf_arena_strndup(ar, g->strings + r->id,
                                                strlen(g->strings + r->id))))
      goto oom;
  }
  // Members in input order: count, then place.
  size_t off = 0;
  for (size_t s = 0; s < ns; s++) {
    set->stories[s].reports = members + off;
    off += g->stories[s].n_reports;
  }
  for (size_t i = 0; i < nr; i++) {
    uint32_t s = g->reports[i].story;
    set->stories[s].reports[fill[s]++] = (uint32_t)i;
  }
  for (size_t s = 0; s < ns; s++) {
    const story *gs = &g->stories[s];
    nf_story *o = &set->stories[s];
    o->n_reports = fill[s];
    const char *first_id = set->report_ids[gs->first];
    char idx[32];
    if (!first_id) {
      snprintf(idx, sizeof idx, "#%u", gs->first);
      first_id = idx;
    }
    snprintf(o->id, sizeof o->id, "st-%016llx",
             (unsigned long long)Nf_hash64(first_id, strlen(first_id), 0));
    if (gs->title != NONE) {
      const char *t = g->strings + gs->title;
      if (!(o->title = Nf_arena_strndup(ar, t, strlen(t)))) goto oom;
    }
    o->first_seen = gs->first_seen;
    o->last_seen = gs->last_seen;
    fill[s] = 0;
  }
  // Copies inside a story (a copy across two stories is left out: the
  // report that copied was placed elsewhere on other evidence).
  for (size_t i = 0; i < g->n_copies; i++) {
    const copy_rec *c = &g->copies[i];
    if (!c->furniture && g->reports[c->a].story == g->reports[c->b].story)
      fill[g->reports[c->b].story]++;
  }
  for (size_t s = 0; s < ns; s++) {
    if (!fill[s]) continue;
    set->stories[s].copies = Nf_arena_calloc(ar, fill[s], sizeof(nf_copy));
    if (!set->stories[s].copies) goto oom;
  }
  for (size_t i = 0; i < g->n_copies; i++) {
    const copy_rec *c = &g->copies[i];
    uint32_t s = g->reports[c->b].story;
    if (c->furniture || g->reports[c->a].story != s) continue;
    nf_story *o = &set->stories[s];
    nf_copy *cp = &o->copies[o->n_copies++];
    cp->a = c->a;
    cp->b = c->b;
    cp->shared = c->shared;
    cp->n_passages = c->n_pass;
    cp->passages = Nf_arena_calloc(ar, c->n_pass + 1, sizeof *cp->passages);
    if (!cp->passages) goto oom;
    memcpy(cp->passages, g->passages + c->pass_off,
           c->n_pass * sizeof *cp->passages);
    qsort(cp->passages, c->n_pass, sizeof *cp->passages, cmp_passage);
  }
  Nf_free(g->alloc, fill);
  *out = set;
  return NF_OK;
oom:
  Nf_free(g->alloc, fill);
  Nf_story_set_free(set);
  return NF_ENOMEM;
}
