// Page furniture: sentences that come back in report after report over
// weeks ("Sign in using your account", "Already a subscriber?", a
// newsletter pitch) say nothing of the event. A sketch counts each
// sentence's reports and the days they span; a sentence seen in enough
// reports over a long enough time is left out of the words compared.
// Wire copy of one story repeats its sentences too, but within days, so
// it stays in.
#ifndef NF_GROUP_BOILER_H
#define NF_GROUP_BOILER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/str.h"
#include "newsfold.h"

// A sentence of a body: hash of its folded words and its bytes.
typedef struct nf_sentence_key {
  uint64_t hash;
  uint32_t start, end;
} nf_sentence_key;

// Sentences of at least 4 words (shorter ones are left alone), in order;
// writes at most cap and returns the count.
size_t Nf_sentence_keys(nf_sv text, uint64_t seed, nf_sentence_key *out,
                        size_t cap);

typedef struct nf_boiler nf_boiler;

nf_status Nf_boiler_new(const nf_allocator *alloc, nf_boiler **out);
void Nf_boiler_free(nf_boiler *b);
// True when the sentence has been seen in enough earlier reports over a
// long enough time to be page furniture.
bool Nf_boiler_is(const nf_boiler *b, uint64_t hash);
// Count one more report holding the sentence, published on `day` (days
// since 1970, or INT32_MIN when unknown). The table is bounded: once full,
// sentences seen once give way to new ones, and the rest is not counted.
nf_status Nf_boiler_count(nf_boiler *b, uint64_t hash, int32_t day);

#endif
