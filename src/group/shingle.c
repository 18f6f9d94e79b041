#include "group/shingle.h"

#include <string.h>

#include "core/alloc.h"
#include "core/hash.h"
#include "text/terms.h"

nf_status Nf_shingles(const nf_allocator *alloc, nf_sv text, uint64_t seed,
                      const nf_range *skip, size_t n_skip, size_t max,
                      nf_shingle **out, size_t *n, size_t *n_words) {
  *out = NULL;
  *n = 0;
  *n_words = 0;
  nf_shingle *sh = NULL;
  size_t cap = 0, count = 0, words = 0;
  uint64_t ring[NF_SHINGLE_WORDS];
  uint32_t ring_start[NF_SHINGLE_WORDS];
  nf_tokenizer tz;
  nf_token tok;
  size_t cursor = 0;
  Nf_tok_init(&tz, text);
  while (Nf_tok_next(&tz, &tok)) {
    if (tok.flags & NF_TOK_QUOTED) continue;
    if (skip && Nf_in_ranges(skip, n_skip, tok.start, &cursor)) continue;
    size_t slot = words % NF_SHINGLE_WORDS;
    ring[slot] = Nf_hash_sv(tok.folded, seed);
    ring_start[slot] = tok.start;
    words++;
    if (words < NF_SHINGLE_WORDS || count >= max) continue;
    // The oldest word of the window sits in the slot after this one.
    uint64_t h = seed ^ 0x5368696E676C6531ull;
    size_t first = words % NF_SHINGLE_WORDS;
    for (size_t j = 0; j < NF_SHINGLE_WORDS; j++)
      h = Nf_hash_mix(h, ring[(first + j) % NF_SHINGLE_WORDS]);
    if (count == cap &&
        Nf_grow(alloc, (void **)&sh, &cap, count + 1, sizeof *sh)) {
      Nf_free(alloc, sh);
      return NF_ENOMEM;
    }
    sh[count++] = (nf_shingle){h, ring_start[first], tok.end};
  }
  *out = sh;
  *n = count;
  *n_words = words;
  return NF_OK;
}

// splitmix64: the per-permutation multipliers from the seed.
static uint64_t splitmix(uint64_t *x) {
  uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

void Nf_minhash(const nf_shingle *sh, size_t n, uint64_t seed,
                uint32_t sig[NF_MINHASH_K]) {
  // h_i(x) = high 32 bits of (a_i * x + b_i) with a_i odd: a family of
  // multiply-shift hashes, one per signature value.
  uint64_t a[NF_MINHASH_K], b[NF_MINHASH_K];
  uint64_t st = seed ^ 0x4D696E4861736821ull;
  for (int i = 0; i < NF_MINHASH_K; i++) {
    a[i] = splitmix(&st) | 1u;
    b[i] = splitmix(&st);
    sig[i] = UINT32_MAX;
  }
  for (size_t j = 0; j < n; j++) {
    uint64_t x = sh[j].hash;
    for (int i = 0; i < NF_MINHASH_K; i++) {
      uint32_t v = (uint32_t)((a[i] * x + b[i]) >> 32);
      if (v < sig[i]) sig[i] = v;
    }
  }
}

void Nf_lsh_keys(const uint32_t sig[NF_MINHASH_K], uint64_t seed,
                 uint32_t keys[NF_LSH_BANDS]) {
  for (int band = 0; band < NF_LSH_BANDS; band++)
    keys[band] =
        (uint32_t)Nf_hash64(sig + band * NF_LSH_ROWS,
                            NF_LSH_ROWS * sizeof sig[0], seed + (uint64_t)band);
}

static uint32_t fp_hash(const nf_shingle *s) {
  return (uint32_t)(s->hash >> 32);
}

size_t Nf_winnow(const nf_shingle *sh, size_t n, size_t window, nf_fp *out,
                 size_t cap) {
  if (!n || !cap) return 0;
  if (window < 1) window = 1;
  size_t kept = 0, last = SIZE_MAX;
  size_t windows = n >= window ? n - window + 1 : 1;
  size_t span = n >= window ? window : n;
  for (size_t w = 0; w < windows && kept < cap; w++) {
    size_t best = w;
    for (size_t i = w + 1; i < w + span; i++)
      if (fp_hash(&sh[i]) <= fp_hash(&sh[best])) best = i;
    if (best != last) {
      out[kept++] = (nf_fp){fp_hash(&sh[best]), sh[best].start, sh[best].end};
      last = best;
    }
  }
  return kept;
}

// How far apart, in shingles of the later report, two fingerprints of one
// passage may be: the window, and a few words of slack for small edits.
enum { CHAIN_GAP_B = NF_WINNOW_WINDOW + NF_SHINGLE_WORDS };
// Fingerprints of the earlier report a passage may skip (edited words).
enum { CHAIN_SKIP_A = 3 };
// Fingerprints a passage needs: one matching 5-word shingle is often a
// stock phrase ("according to the health ministry").
enum { MIN_PASSAGE_FPS = 2 };

typedef struct run {
  bool open;
  size_t first_b, last_b, first_a, last_a, fps;
} run;

static void close_run(run *r, const nf_fp *a, const nf_shingle *b,
                      nf_passage *out, size_t cap, size_t *n_out,
                      size_t *covered, size_t *covered_to) {
  if (!r->open) return;
  r->open = false;
  if (r->fps < MIN_PASSAGE_FPS) return;
  // Words of the later report in the run: shingles first_b..last_b cover
  // words first_b .. last_b + K - 1; overlapping runs are counted once.
  size_t from = r->first_b, to = r->last_b + NF_SHINGLE_WORDS;
  if (from < *covered_to) from = *covered_to;
  if (to > from) *covered += to - from;
  if (to > *covered_to) *covered_to = to;
  if (*n_out < cap)
    out[(*n_out)++] = (nf_passage){a[r->first_a].start, a[r->last_a].end,
                                   b[r->first_b].start, b[r->last_b].end};
}

nf_status Nf_align(const nf_allocator *alloc, const nf_fp *a, size_t na,
                   const nf_shingle *b, size_t nb, nf_passage *out, size_t cap,
                   size_t *n_out, size_t *covered) {
  *n_out = 0;
  *covered = 0;
  if (!na || !nb) return NF_OK;
  // Open addressing over a's fingerprints: slot holds index + 1.
  size_t tcap = 16;
  while (tcap < na * 2) tcap *= 2;
  uint32_t *table = Nf_calloc(alloc, tcap, sizeof *table);
  if (!table) return NF_ENOMEM;
  size_t mask = tcap - 1;
  for (size_t j = 0; j < na; j++) {
    size_t i = (a[j].hash * 0x9E3779B1u) & mask;
    while (table[i]) i = (i + 1) & mask;
    table[i] = (uint32_t)(j + 1);
  }
  run r = {false, 0, 0, 0, 0, 0};
  size_t covered_to = 0;
  for (size_t ib = 0; ib < nb; ib++) {
    uint32_t h = fp_hash(&b[ib]);
    // Of a's fingerprints with this hash, prefer the one that continues
    // the open run; else the first.
    size_t pick = SIZE_MAX, i = (h * 0x9E3779B1u) & mask;
    for (; table[i]; i = (i + 1) & mask) {
      size_t j = table[i] - 1;
      if (a[j].hash != h) continue;
      if (r.open && j > r.last_a && j - r.last_a <= CHAIN_SKIP_A + 1) {
        pick = j;
        break;
      }
      if (pick == SIZE_MAX || j < pick) pick = j;
    }
    if (pick == SIZE_MAX) continue;
    if (r.open && pick > r.last_a && pick - r.last_a <= CHAIN_SKIP_A + 1 &&
        ib - r.last_b <= CHAIN_GAP_B) {
      r.last_b = ib;
      r.last_a = pick;
      r.fps++;
      continue;
    }
    if (r.open && pick == r.last_a) continue;  // the same fingerprint again
    close_run(&r, a, b, out, cap, n_out, covered, &covered_to);
    r = (run){true, ib, ib, pick, pick, 1};
  }
  close_run(&r, a, b, out, cap, n_out, covered, &covered_to);
  Nf_free(alloc, table);
  return NF_OK;
}
