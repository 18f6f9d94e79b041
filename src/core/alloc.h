// The allocator table every allocation goes through.
#ifndef NF_CORE_ALLOC_H
#define NF_CORE_ALLOC_H

#include <stddef.h>

#include "newsfold.h"

// The default table: malloc, realloc, free.
extern const nf_allocator Nf_default_allocator;

static inline void *Nf_malloc(const nf_allocator *a, size_t n) {
  return a->malloc(n ? n : 1, a->user);
}
static inline void *Nf_realloc(const nf_allocator *a, void *p, size_t n) {
  return a->realloc(p, n ? n : 1, a->user);
}
static inline void Nf_free(const nf_allocator *a, void *p) {
  if (p) a->free(p, a->user);
}
// calloc with an overflow check on n * size.
void *Nf_calloc(const nf_allocator *a, size_t n, size_t size);
// Duplicate n bytes and add a NUL.
char *Nf_strndup(const nf_allocator *a, const char *s, size_t n);

// Grow *ptr (an array of elem-sized items with capacity *cap) to hold at
// least need items. Doubles, checks overflow. Returns NF_OK or NF_ENOMEM;
// on failure *ptr is untouched.
nf_status Nf_grow(const nf_allocator *a, void **ptr, size_t *cap, size_t need,
                  size_t elem);

#endif
