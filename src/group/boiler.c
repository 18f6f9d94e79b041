#include "group/boiler.h"

#include "core/alloc.h"
#include "core/hash.h"
#include "text/terms.h"

// A sentence is furniture once this many reports held it, over at least
// this many days; or, whatever the dates, once this many reports held it.
enum { BOILER_REPORTS = 3, BOILER_DAYS = 30, BOILER_ANY_REPORTS = 25 };
// Entries of the table at most (24 bytes each: 96 MB): past that it no
// longer grows and only replaces sentences seen once.
enum { TABLE_MAX = 1 << 22, PROBES = 16 };
enum { MIN_WORDS = 4 };

typedef struct entry {
  uint64_t hash;  // 0 = free
  uint32_t count;
  int32_t day_min, day_max;
} entry;

struct nf_boiler {
  const nf_allocator *alloc;
  entry *t;
  size_t cap, count;
};

size_t Nf_sentence_keys(nf_sv text, uint64_t seed, nf_sentence_key *out,
                        size_t cap) {
  nf_tokenizer tz;
  nf_token tok;
  Nf_tok_init(&tz, text);
  size_t n = 0, words = 0;
  uint64_t h = 0;
  uint32_t start = 0, end = 0;
  for (;;) {
    bool more = Nf_tok_next(&tz, &tok);
    if (!more || (tok.flags & NF_TOK_SENTENCE)) {
      if (words >= MIN_WORDS && n < cap)
        out[n++] = (nf_sentence_key){h ? h : 1, start, end};
      if (!more || n >= cap) break;
      words = 0;
      h = seed ^ 0x53656E74656E6365ull;
      start = tok.start;
    }
    // Numbers are one word whatever their value: furniture counts ("1 of
    // 3 Premium Clicks used this month", "3 of 3 ...") and dates its year
    // ("Copyright 2016 WSMV", "Copyright 2017 WSMV") as it goes.
    if ((tok.flags & NF_TOK_NUMBER))
      h = Nf_hash_mix(h, seed ^ 0x4E756D626572ull);
    else
      h = Nf_hash_mix(h, Nf_hash_sv(tok.folded, seed));
    end = tok.end;
    words++;
  }
  return n;
}

nf_status Nf_boiler_new(const nf_allocator *alloc, nf_boiler **out) {
  *out = NULL;
  nf_boiler *b = Nf_calloc(alloc, 1, sizeof *b);
  if (!b) return NF_ENOMEM;
  b->alloc = alloc;
  b->cap = 1 << 12;
  b->t = Nf_calloc(alloc, b->cap, sizeof *b->t);
  if (!b->t) {
    Nf_free(alloc, b);
    return NF_ENOMEM;
  }
  *out = b;
  return NF_OK;
}

void Nf_boiler_free(nf_boiler *b) {
  if (!b) return;
  Nf_free(b->alloc, b->t);
  Nf_free(b->alloc, b);
}

static uint64_t slot_of(uint64_t h) {
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 32);
}

static entry *find(const nf_boiler *b, uint64_t hash) {
  size_t mask = b->cap - 1, i = slot_of(hash) & mask;
  for (int p = 0; p < PROBES; p++, i = (i + 1) & mask) {
    if (b->t[i].hash == hash) return &b->t[i];
    if (!b->t[i].hash) return NULL;
  }
  return NULL;
}

bool Nf_boiler_is(const nf_boiler *b, uint64_t hash) {
  const entry *e = find(b, hash);
  if (!e) return false;
  if (e->count >= BOILER_ANY_REPORTS) return true;
  return e->count >= BOILER_REPORTS && e->day_min != INT32_MIN &&
         (int64_t)e->day_max - e->day_min >= BOILER_DAYS;
}

static bool place(entry *t, size_t cap, const entry *e) {
  size_t mask = cap - 1, i = slot_of(e->hash) & mask;
  for (int p = 0; p < PROBES; p++, i = (i + 1) & mask)
    if (!t[i].hash) {
      t[i] = *e;
      return true;
    }
  return false;
}

static nf_status grow(nf_boiler *b) {
  size_t ncap = b->cap * 2;
  entry *t = Nf_calloc(b->alloc, ncap, sizeof *t);
  if (!t) return NF_ENOMEM;
  // An entry that finds no room within its probes is dropped: a lost count.
  for (size_t i = 0; i < b->cap; i++)
    if (b->t[i].hash) (void)place(t, ncap, &b->t[i]);
  Nf_free(b->alloc, b->t);
  b->t = t;
  b->cap = ncap;
  return NF_OK;
}

nf_status Nf_boiler_count(nf_boiler *b, uint64_t hash, int32_t day) {
  entry *e = find(b, hash);
  if (!e) {
    if ((b->count + 1) * 2 > b->cap && b->cap < TABLE_MAX) {
      nf_status st = grow(b);
      if (st) return st;
    }
    entry fresh = {hash, 0, INT32_MIN, INT32_MIN};
    size_t mask = b->cap - 1, home = slot_of(hash) & mask, i = home;
    for (int p = 0; p < PROBES && !e; p++, i = (i + 1) & mask)
      if (!b->t[i].hash) e = &b->t[i];
    i = home;
    for (int p = 0; p < PROBES && !e; p++, i = (i + 1) & mask)
      if (b->t[i].count <= 1) e = &b->t[i];
    if (!e) return NF_OK;  // a crowded neighbourhood: not counted
    if (!e->hash) b->count++;
    *e = fresh;
  }
  e->count++;
  if (day != INT32_MIN) {
    if (e->day_min == INT32_MIN || day < e->day_min) e->day_min = day;
    if (e->day_max == INT32_MIN || day > e->day_max) e->day_max = day;
  }
  return NF_OK;
}
