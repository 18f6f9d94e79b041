// Shared by the ingest unit tests: run a reader over bytes in memory and
// collect what it yields, documents and errors in order.
#ifndef NF_TESTS_INGEST_HELPERS_H
#define NF_TESTS_INGEST_HELPERS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>

#include "ingest/ingest.h"
#include "newsfold.h"

enum { MAX_ITEMS = 64 };

typedef struct yield {
  size_t n;                 // items read
  nf_doc *docs[MAX_ITEMS];  // NULL where an error came
  char errs[MAX_ITEMS][1024];
  size_t n_docs, n_errs;
} yield;

static inline void yield_free(yield *y) {
  for (size_t i = 0; i < y->n; i++) nf_doc_free(y->docs[i]);
  memset(y, 0, sizeof *y);
}

// Read everything from one memory input (kind -1 sniffs).
static inline void read_memory(nf_ctx *ctx, const char *name, const void *data,
                               size_t len, int kind, yield *y) {
  memset(y, 0, sizeof *y);
  nf_reader *r;
  if (nf_reader_new(ctx, &r)) abort();
  if (Nf_reader_add_memory_as(r, name, data, len, kind)) abort();
  nf_status st;
  nf_doc *doc;
  while ((st = nf_reader_next(r, &doc)) != NF_DONE && y->n < MAX_ITEMS) {
    if (st < 0) {
      snprintf(y->errs[y->n], sizeof y->errs[0], "%s", nf_reader_errmsg(r));
      y->n_errs++;
    } else {
      y->docs[y->n] = doc;
      y->n_docs++;
    }
    y->n++;
  }
  nf_reader_free(r);
}

// The i-th document (skipping errors), or NULL.
static inline nf_doc *nth_doc(const yield *y, size_t i) {
  for (size_t k = 0; k < y->n; k++)
    if (y->docs[k] && i-- == 0) return y->docs[k];
  return NULL;
}

// gzip-compress in as one member into a malloc'd buffer.
static inline unsigned char *gzip_bytes(const void *in, size_t n,
                                        size_t *out_len) {
  z_stream z;
  memset(&z, 0, sizeof z);
  if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    abort();
  size_t cap = deflateBound(&z, (uLong)n) + 64;
  unsigned char *out = malloc(cap);
  z.next_in = (Bytef *)in;
  z.avail_in = (uInt)n;
  z.next_out = out;
  z.avail_out = (uInt)cap;
  if (deflate(&z, Z_FINISH) != Z_STREAM_END) abort();
  *out_len = cap - z.avail_out;
  deflateEnd(&z);
  return out;
}

static inline unsigned char *zstd_bytes(const void *in, size_t n,
                                        size_t *out_len) {
  size_t cap = ZSTD_compressBound(n);
  unsigned char *out = malloc(cap);
  *out_len = ZSTD_compress(out, cap, in, n, 3);
  if (ZSTD_isError(*out_len)) abort();
  return out;
}

#endif
