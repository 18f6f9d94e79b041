// A chunked bump allocator: one per document. Everything a document's
// stages make (text, spans, facts) lives here and goes at once with it.
#ifndef NF_CORE_ARENA_H
#define NF_CORE_ARENA_H

#include <stdbool.h>
#include <stddef.h>

#include "core/str.h"
#include "newsfold.h"

typedef struct nf_arena_block nf_arena_block;

typedef struct nf_arena {
  const nf_allocator *alloc;
  nf_arena_block *head;  // current block; older blocks chain behind it
  size_t total;          // bytes taken from the allocator
  size_t max;            // cap on total; past it allocations fail
} nf_arena;

void Nf_arena_init(nf_arena *a, const nf_allocator *alloc, size_t max);
// Free every block; the arena may be used again after.
void Nf_arena_fini(nf_arena *a);

// n bytes aligned to 16, or NULL when memory or the cap runs out.
void *Nf_arena_alloc(nf_arena *a, size_t n);
// Zeroed array of n items of size bytes (overflow-checked).
void *Nf_arena_calloc(nf_arena *a, size_t n, size_t size);
// Copy n bytes and add a NUL.
char *Nf_arena_strndup(nf_arena *a, const char *s, size_t n);
static inline char *Nf_arena_strdup_sv(nf_arena *a, nf_sv s) {
  return Nf_arena_strndup(a, s.p, s.n);
}
// Grow an array living in the arena (old space is not reclaimed).
// Same contract as Nf_grow.
nf_status Nf_arena_grow(nf_arena *a, void **ptr, size_t *cap, size_t need,
                        size_t elem);
// printf into the arena.
char *Nf_arena_printf(nf_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
