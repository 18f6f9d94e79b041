// Shared text between reports: word shingles, MinHash signatures and
// their LSH band keys, winnowed fingerprints, and the alignment of shared
// passages. Pure functions over token streams; the grouper keeps the
// state.
#ifndef NF_GROUP_SHINGLE_H
#define NF_GROUP_SHINGLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/str.h"
#include "model/story.h"
#include "newsfold.h"

enum {
  // Words per shingle. Five words rarely repeat by chance across unrelated
  // reports, yet a rewrite that changes one word in ten keeps half its
  // shingles.
  NF_SHINGLE_WORDS = 5,
  // MinHash values per signature, cut into bands of NF_LSH_ROWS. Two rows
  // per band find pairs from a Jaccard similarity of about 0.2 up (a short
  // report copied whole into one three times its length is J = 0.33 and
  // is found with probability 0.94).
  NF_MINHASH_K = 48,
  NF_LSH_ROWS = 2,
  NF_LSH_BANDS = NF_MINHASH_K / NF_LSH_ROWS,
  // Winnowing window (in shingles): every shared run of at least
  // NF_WINNOW_WINDOW + NF_SHINGLE_WORDS - 1 = 14 words leaves at least one
  // common fingerprint, and a report keeps about 2 / (window + 1) of its
  // shingles.
  NF_WINNOW_WINDOW = 10
};

// K consecutive unquoted words of a body. Quoted words are left out of the
// word stream, so the shingles bridge a quotation and two reports that
// share only a quote share no shingle.
typedef struct nf_shingle {
  uint64_t hash;
  uint32_t start, end;  // bytes of the body: first word's start, last
                        // word's end
} nf_shingle;

// Bytes [start, end) of a text.
typedef struct nf_range {
  uint32_t start, end;
} nf_range;

// A winnowed shingle kept for later comparisons.
typedef struct nf_fp {
  uint32_t hash;
  uint32_t start, end;
} nf_fp;

// Shingles of the unquoted words of `text` (at most `max`), into *out
// (allocated with alloc; free it). Words starting inside one of the `skip`
// ranges (sorted, not overlapping; may be NULL) are left out too.
// *n_words receives the number of words used. A text of fewer than
// NF_SHINGLE_WORDS words has no shingle.
nf_status Nf_shingles(const nf_allocator *alloc, nf_sv text, uint64_t seed,
                      const nf_range *skip, size_t n_skip, size_t max,
                      nf_shingle **out, size_t *n, size_t *n_words);

// True when pos lies in one of the sorted ranges; *cursor (start at 0)
// walks them for positions that only grow.
static inline bool Nf_in_ranges(const nf_range *r, size_t n, uint32_t pos,
                                size_t *cursor) {
  while (*cursor < n && r[*cursor].end <= pos) (*cursor)++;
  return *cursor < n && r[*cursor].start <= pos;
}

// MinHash signature of a set of shingles (duplicates do not matter). With
// no shingle every value is UINT32_MAX.
void Nf_minhash(const nf_shingle *sh, size_t n, uint64_t seed,
                uint32_t sig[NF_MINHASH_K]);

// One key per band of the signature; equal keys in the same band make a
// candidate pair. The band number is part of the key.
void Nf_lsh_keys(const uint32_t sig[NF_MINHASH_K], uint64_t seed,
                 uint32_t keys[NF_LSH_BANDS]);

// Robust winnowing: the minimum hash of every window of `window`
// shingles, rightmost on ties, each kept once. Writes at most cap and
// returns the count.
size_t Nf_winnow(const nf_shingle *sh, size_t n, size_t window, nf_fp *out,
                 size_t cap);

// The passages an earlier report (its fingerprints `a`) and a later one
// (all its shingles `b`) share: runs of matching fingerprints in the same
// order in both, at least two fingerprints long. Writes at most cap
// passages, their count in *n_out; *covered receives the later report's
// words that lie in them. NF_ENOMEM when the scratch table cannot be had. Spans
// of `a` run from its first to its last matching fingerprint, so they may fall
// short of the true passage by up to NF_WINNOW_WINDOW words at each end.
nf_status Nf_align(const nf_allocator *alloc, const nf_fp *a, size_t na,
                   const nf_shingle *b, size_t nb, nf_passage *out, size_t cap,
                   size_t *n_out, size_t *covered);

#endif
