// The context every stage reads: allocator, limits, seed.
#ifndef NF_MODEL_CTX_H
#define NF_MODEL_CTX_H

#include <stddef.h>
#include <stdint.h>

#include "newsfold.h"

struct nf_ctx {
  nf_allocator alloc;
  size_t limits[NF_LIMIT__COUNT];
  uint64_t seed;
  // Page-text lines shared by many plain-text inputs of the run, learned
  // by nf_ctx_learn_boilerplate before any document is cleaned and only
  // read after (src/clean/text_run.c); NULL when not learned.
  struct nf_run_lines *run_lines;
};

static inline size_t Nf_limit(const nf_ctx *ctx, nf_limit l) {
  return ctx->limits[l];
}

#endif
