// Shared by the ingest fuzz targets. The first input byte chooses options,
// as cmark's harness does; the rest is the input.
//   bit 0: tight limits (small inputs, lines, depth), to reach the limit paths
//   bit 1: gzip the input first (whole), to go through the stream decoder
//   bit 2: with bit 1, cut the compressed bytes short
//   bit 3: zstd instead of gzip
//   bit 4: extract each document (decode, clean) and render it
#ifndef NF_FUZZ_COMMON_H
#define NF_FUZZ_COMMON_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>

#include "ingest/ingest.h"
#include "newsfold.h"

static int discard(void *user, const char *data, size_t len) {
  (void)user;
  (void)data;
  (void)len;
  return 0;
}

// Compress per the option bits; returns a malloc'd buffer or NULL (then
// the input is used as is).
static unsigned char *fuzz_pack(uint8_t opt, const uint8_t *in, size_t n,
                                size_t *out_len) {
  if (!(opt & 2)) return NULL;
  unsigned char *out = NULL;
  if (opt & 8) {
    size_t cap = ZSTD_compressBound(n);
    out = malloc(cap);
    size_t r = ZSTD_compress(out, cap, in, n, 1);
    if (ZSTD_isError(r)) {
      free(out);
      return NULL;
    }
    *out_len = r;
  } else {
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
      return NULL;
    size_t cap = deflateBound(&z, (uLong)n) + 32;
    out = malloc(cap);
    z.next_in = (Bytef *)in;
    z.avail_in = (uInt)n;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    deflate(&z, Z_FINISH);
    *out_len = cap - z.avail_out;
    deflateEnd(&z);
  }
  if (opt & 4) *out_len -= *out_len / 3;
  return out;
}

static void fuzz_limits(nf_ctx *ctx, uint8_t opt) {
  if (!(opt & 1)) return;
  nf_ctx_set_limit(ctx, NF_LIMIT_INPUT_BYTES, 4096);
  nf_ctx_set_limit(ctx, NF_LIMIT_LINE_BYTES, 512);
  nf_ctx_set_limit(ctx, NF_LIMIT_JSON_DEPTH, 4);
  // The text limit is the cleaner's to fuzz (fuzz_clean), not the reader's.
}

// Read every document of one memory input of the given kind (-1 sniffs).
static void fuzz_read(const uint8_t *data, size_t size, int kind) {
  if (size < 1) return;
  uint8_t opt = data[0];
  data++, size--;
  nf_ctx *ctx = nf_ctx_new(NULL);
  if (!ctx) return;
  fuzz_limits(ctx, opt);
  size_t packed_len = 0;
  unsigned char *packed = fuzz_pack(opt, data, size, &packed_len);
  nf_reader *r;
  if (nf_reader_new(ctx, &r) == NF_OK) {
    if (Nf_reader_add_memory_as(r, "fuzz", packed ? packed : data,
                                packed ? packed_len : size, kind) == NF_OK) {
      nf_doc *doc;
      nf_status st;
      int guard = 0;
      while ((st = nf_reader_next(r, &doc)) != NF_DONE && guard++ < 4096) {
        if (st < 0) {
          // Every failure has a message.
          if (!nf_reader_errmsg(r)[0]) abort();
          continue;
        }
        if (opt & 16) {
          nf_doc_extract(doc);
          nf_doc_render(doc, NF_FORMAT_JSONL, NF_RENDER_ARTICLE, discard, NULL);
        } else {
          Nf_ingest_decode(doc);
        }
        nf_doc_free(doc);
      }
    }
    nf_reader_free(r);
  }
  free(packed);
  nf_ctx_free(ctx);
}

#endif
