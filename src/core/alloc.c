#include "core/alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void *default_malloc(size_t n, void *user) {
  (void)user;
  return malloc(n);
}
static void *default_realloc(void *p, size_t n, void *user) {
  (void)user;
  return realloc(p, n);
}
static void default_free(void *p, void *user) {
  (void)user;
  free(p);
}

const nf_allocator Nf_default_allocator = {default_malloc, default_realloc,
                                           default_free, NULL};

void *Nf_calloc(const nf_allocator *a, size_t n, size_t size) {
  if (size && n > SIZE_MAX / size) return NULL;
  void *p = Nf_malloc(a, n * size);
  if (p && n && size) memset(p, 0, n * size);
  return p;
}

char *Nf_strndup(const nf_allocator *a, const char *s, size_t n) {
  if (n == SIZE_MAX) return NULL;
  char *p = Nf_malloc(a, n + 1);
  if (!p) return NULL;
  if (n) memcpy(p, s, n);
  p[n] = 0;
  return p;
}

nf_status Nf_grow(const nf_allocator *a, void **ptr, size_t *cap, size_t need,
                  size_t elem) {
  if (need <= *cap) return NF_OK;
  size_t ncap = *cap ? *cap : 8;
  while (ncap < need) {
    if (ncap > SIZE_MAX / 2) return NF_ENOMEM;
    ncap *= 2;
  }
  if (elem && ncap > SIZE_MAX / elem) return NF_ENOMEM;
  void *p = Nf_realloc(a, *ptr, ncap * elem);
  if (!p) return NF_ENOMEM;
  *ptr = p;
  *cap = ncap;
  return NF_OK;
}
