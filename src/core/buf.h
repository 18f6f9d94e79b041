// A growable byte buffer with a hard cap. Growing past the cap fails with
// NF_ETOOBIG and leaves the buffer as it was; the data is always
// NUL-terminated for convenience (the NUL is not counted in len).
#ifndef NF_CORE_BUF_H
#define NF_CORE_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "core/str.h"
#include "newsfold.h"

typedef struct nf_buf {
  char *data;
  size_t len;
  size_t cap;
  size_t max;  // most bytes the buffer may hold
  const nf_allocator *alloc;
} nf_buf;

void Nf_buf_init(nf_buf *b, const nf_allocator *alloc, size_t max);
void Nf_buf_fini(nf_buf *b);
static inline void Nf_buf_clear(nf_buf *b) {
  b->len = 0;
  if (b->data) b->data[0] = 0;
}
nf_status Nf_buf_reserve(nf_buf *b, size_t extra);
nf_status Nf_buf_append(nf_buf *b, const void *data, size_t n);
static inline nf_status Nf_buf_append_sv(nf_buf *b, nf_sv s) {
  return Nf_buf_append(b, s.p, s.n);
}
nf_status Nf_buf_puts(nf_buf *b, const char *s);
nf_status Nf_buf_putc(nf_buf *b, char c);
nf_status Nf_buf_printf(nf_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
nf_status Nf_buf_vprintf(nf_buf *b, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
// Hand the bytes to the caller (free with the buffer's allocator); the
// buffer is left empty.
char *Nf_buf_detach(nf_buf *b, size_t *len);

#endif
