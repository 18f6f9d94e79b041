// Seeded hashing (xxHash XXH3) and a string-keyed open-addressing map.
// Every table keyed by input text takes its seed from the context, so a
// crafted page cannot force collisions.
#ifndef NF_CORE_HASH_H
#define NF_CORE_HASH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/str.h"
#include "newsfold.h"

uint64_t Nf_hash64(const void *data, size_t n, uint64_t seed);
static inline uint64_t Nf_hash_sv(nf_sv s, uint64_t seed) {
  return Nf_hash64(s.p, s.n, seed);
}
// Mix two 64-bit values (for combining hashes).
static inline uint64_t Nf_hash_mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  h ^= h >> 31;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 29);
}

// Map from byte strings to 64-bit values. Keys are borrowed: their bytes
// must outlive the map (intern them in an arena first when they do not).
typedef struct nf_hmap_slot {
  const char *key;
  uint32_t klen;
  uint32_t hash32;
  uint64_t value;
} nf_hmap_slot;

typedef struct nf_hmap {
  const nf_allocator *alloc;
  nf_hmap_slot *slots;
  size_t cap;  // power of two, or 0
  size_t count;
  uint64_t seed;
} nf_hmap;

void Nf_hmap_init(nf_hmap *m, const nf_allocator *alloc, uint64_t seed);
void Nf_hmap_fini(nf_hmap *m);
// Pointer to the value for key, or NULL.
uint64_t *Nf_hmap_get(const nf_hmap *m, nf_sv key);
// Pointer to the value for key, inserting it with value 0 when absent
// (*inserted says which). NULL when memory runs out or key is over 4 GB.
uint64_t *Nf_hmap_put(nf_hmap *m, nf_sv key, bool *inserted);

#endif
