#include "core/arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"

struct nf_arena_block {
  nf_arena_block *prev;
  size_t size;  // usable bytes after the header
  size_t used;
  _Alignas(16) unsigned char data[];
};

enum { BLOCK_MIN = 16 * 1024 - 64 };

void Nf_arena_init(nf_arena *a, const nf_allocator *alloc, size_t max) {
  a->alloc = alloc ? alloc : &Nf_default_allocator;
  a->head = NULL;
  a->total = 0;
  a->max = max;
}

void Nf_arena_fini(nf_arena *a) {
  nf_arena_block *b = a->head;
  while (b) {
    nf_arena_block *prev = b->prev;
    Nf_free(a->alloc, b);
    b = prev;
  }
  a->head = NULL;
  a->total = 0;
}

void *Nf_arena_alloc(nf_arena *a, size_t n) {
  if (n > SIZE_MAX - 32) return NULL;
  n = (n + 15) & ~(size_t)15;
  nf_arena_block *b = a->head;
  if (!b || b->size - b->used < n) {
    // Blocks double with the arena's size so a big document makes few of
    // them; a large request gets a block of its own.
    size_t size = BLOCK_MIN;
    if (a->total / 2 > size) size = a->total / 2;
    if (size < n) size = n;
    if (size > SIZE_MAX - sizeof(nf_arena_block)) return NULL;
    size_t bytes = sizeof(nf_arena_block) + size;
    if (a->max && (bytes > a->max || a->total > a->max - bytes)) return NULL;
    nf_arena_block *nb = Nf_malloc(a->alloc, bytes);
    if (!nb) return NULL;
    nb->size = size;
    nb->used = 0;
    if (b && b->size - b->used >= BLOCK_MIN / 4 && n > BLOCK_MIN) {
      // Keep filling the current block; slot the big one behind it.
      nb->prev = b->prev;
      b->prev = nb;
      nb->used = n;
      a->total += bytes;
      return nb->data;
    }
    nb->prev = b;
    a->head = nb;
    a->total += bytes;
    b = nb;
  }
  void *p = b->data + b->used;
  b->used += n;
  return p;
}

void *Nf_arena_calloc(nf_arena *a, size_t n, size_t size) {
  if (size && n > SIZE_MAX / size) return NULL;
  void *p = Nf_arena_alloc(a, n * size);
  if (p) memset(p, 0, n * size);
  return p;
}

char *Nf_arena_strndup(nf_arena *a, const char *s, size_t n) {
  if (n == SIZE_MAX) return NULL;
  char *p = Nf_arena_alloc(a, n + 1);
  if (!p) return NULL;
  if (n) memcpy(p, s, n);
  p[n] = 0;
  return p;
}

nf_status Nf_arena_grow(nf_arena *a, void **ptr, size_t *cap, size_t need,
                        size_t elem) {
  if (need <= *cap) return NF_OK;
  size_t ncap = *cap ? *cap : 8;
  while (ncap < need) {
    if (ncap > SIZE_MAX / 2) return NF_ENOMEM;
    ncap *= 2;
  }
  if (elem && ncap > SIZE_MAX / elem) return NF_ENOMEM;
  void *p = Nf_arena_alloc(a, ncap * elem);
  if (!p) return NF_ENOMEM;
  if (*ptr && *cap) memcpy(p, *ptr, *cap * elem);
  *ptr = p;
  *cap = ncap;
  return NF_OK;
}

char *Nf_arena_printf(nf_arena *a, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *p = NULL;
  if (n >= 0) {
    p = Nf_arena_alloc(a, (size_t)n + 1);
    if (p) vsnprintf(p, (size_t)n + 1, fmt, ap2);
  }
  va_end(ap2);
  return p;
}
