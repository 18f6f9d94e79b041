#include "core/hash.h"

#include <xxhash.h>

#include "core/alloc.h"

uint64_t Nf_hash64(const void *data, size_t n, uint64_t seed) {
  return XXH3_64bits_withSeed(data, n, seed);
}

void Nf_hmap_init(nf_hmap *m, const nf_allocator *alloc, uint64_t seed) {
  m->alloc = alloc ? alloc : &Nf_default_allocator;
  m->slots = NULL;
  m->cap = 0;
  m->count = 0;
  m->seed = seed;
}

void Nf_hmap_fini(nf_hmap *m) {
  Nf_free(m->alloc, m->slots);
  m->slots = NULL;
  m->cap = m->count = 0;
}

static nf_hmap_slot *find(const nf_hmap *m, nf_sv key, uint32_t h) {
  size_t mask = m->cap - 1, i = h & mask;
  for (;;) {
    nf_hmap_slot *s = &m->slots[i];
    if (!s->key) return s;
    if (s->hash32 == h && s->klen == key.n &&
        (key.n == 0 || memcmp(s->key, key.p, key.n) == 0))
      return s;
    i = (i + 1) & mask;
  }
}

static uint32_t hash32(const nf_hmap *m, nf_sv key) {
  return (uint32_t)Nf_hash64(key.p, key.n, m->seed);
}

uint64_t *Nf_hmap_get(const nf_hmap *m, nf_sv key) {
  if (!m->cap || key.n > UINT32_MAX) return NULL;
  nf_hmap_slot *s = find(m, key, hash32(m, key));
  return s->key ? &s->value : NULL;
}

static bool rehash(nf_hmap *m, size_t ncap) {
  nf_hmap_slot *old = m->slots;
  size_t ocap = m->cap;
  nf_hmap_slot *slots = Nf_calloc(m->alloc, ncap, sizeof *slots);
  if (!slots) return false;
  m->slots = slots;
  m->cap = ncap;
  for (size_t i = 0; i < ocap; i++) {
    if (!old[i].key) continue;
    size_t j = old[i].hash32 & (ncap - 1);
    while (slots[j].key) j = (j + 1) & (ncap - 1);
    slots[j] = old[i];
  }
  Nf_free(m->alloc, old);
  return true;
}

// An empty key still needs a non-NULL pointer to mark the slot as used.
static const char EMPTY_KEY[1] = {0};

uint64_t *Nf_hmap_put(nf_hmap *m, nf_sv key, bool *inserted) {
  if (key.n > UINT32_MAX) return NULL;
  if ((m->count + 1) * 4 > m->cap * 3) {
    size_t ncap = m->cap ? m->cap * 2 : 16;
    if (ncap < m->cap || !rehash(m, ncap)) return NULL;
  }
  uint32_t h = hash32(m, key);
  nf_hmap_slot *s = find(m, key, h);
  if (inserted) *inserted = !s->key;
  if (!s->key) {
    s->key = key.n ? key.p : EMPTY_KEY;
    s->klen = (uint32_t)key.n;
    s->hash32 = h;
    s->value = 0;
    m->count++;
  }
  return &s->value;
}
