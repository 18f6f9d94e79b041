#include "core/buf.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"

void Nf_buf_init(nf_buf *b, const nf_allocator *alloc, size_t max) {
  b->data = NULL;
  b->len = 0;
  b->cap = 0;
  b->max = max ? max : SIZE_MAX - 1;
  b->alloc = alloc ? alloc : &Nf_default_allocator;
}

void Nf_buf_fini(nf_buf *b) {
  Nf_free(b->alloc, b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

nf_status Nf_buf_reserve(nf_buf *b, size_t extra) {
  if (extra > b->max || b->len > b->max - extra) return NF_ETOOBIG;
  size_t need = b->len + extra + 1;
  if (need <= b->cap) return NF_OK;
  size_t ncap = b->cap ? b->cap : 64;
  while (ncap < need) ncap = ncap > SIZE_MAX / 2 ? need : ncap * 2;
  if (ncap > b->max + 1) ncap = b->max + 1;
  char *p = Nf_realloc(b->alloc, b->data, ncap);
  if (!p) return NF_ENOMEM;
  b->data = p;
  b->cap = ncap;
  return NF_OK;
}

nf_status Nf_buf_append(nf_buf *b, const void *data, size_t n) {
  nf_status st = Nf_buf_reserve(b, n);
  if (st) return st;
  if (n) memcpy(b->data + b->len, data, n);
  b->len += n;
  b->data[b->len] = 0;
  return NF_OK;
}

nf_status Nf_buf_puts(nf_buf *b, const char *s) {
  return Nf_buf_append(b, s, strlen(s));
}

nf_status Nf_buf_putc(nf_buf *b, char c) {
  if (b->len + 1 < b->cap) {
    b->data[b->len++] = c;
    b->data[b->len] = 0;
    return NF_OK;
  }
  return Nf_buf_append(b, &c, 1);
}

nf_status Nf_buf_vprintf(nf_buf *b, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  if (n < 0) return NF_EINVAL;
  nf_status st = Nf_buf_reserve(b, (size_t)n);
  if (st) return st;
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
  return NF_OK;
}

nf_status Nf_buf_printf(nf_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  nf_status st = Nf_buf_vprintf(b, fmt, ap);
  va_end(ap);
  return st;
}

char *Nf_buf_detach(nf_buf *b, size_t *len) {
  if (!b->data && Nf_buf_reserve(b, 0)) return NULL;
  char *p = b->data;
  if (len) *len = b->len;
  b->data = NULL;
  b->len = b->cap = 0;
  return p;
}
