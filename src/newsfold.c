// The context, status texts and version: the parts of include/newsfold.h
// that belong to no stage.
#include "newsfold.h"

#include "clean/text.h"
#include "core/alloc.h"
#include "core/limits.h"
#include "model/ctx.h"
#include "nf_version.h"

const char *nf_version(void) {
  return NF_VERSION_STRING;
}

const char *nf_strerror(nf_status status) {
  switch (status) {
    case NF_OK: return "ok";
    case NF_DONE: return "no more items";
    case NF_ENOMEM: return "out of memory";
    case NF_EINVAL: return "invalid argument";
    case NF_EIO: return "input/output error";
    case NF_EFORMAT: return "unreadable format";
    case NF_ETOOBIG: return "over a size limit";
    case NF_EUNSUPPORTED: return "not supported";
    case NF_EEMPTY: return "no article text";
    case NF_EINTERNAL: return "internal error";
  }
  return "unknown status";
}

static const size_t DEFAULT_LIMITS[NF_LIMIT__COUNT] = {
    [NF_LIMIT_INPUT_BYTES] = NF_MAX_INPUT_BYTES,
    [NF_LIMIT_HTML_DEPTH] = NF_MAX_HTML_DEPTH,
    [NF_LIMIT_LINE_BYTES] = NF_MAX_LINE_BYTES,
    [NF_LIMIT_JSON_DEPTH] = NF_MAX_JSON_DEPTH,
    [NF_LIMIT_TEXT_BYTES] = NF_MAX_TEXT_BYTES,
    [NF_LIMIT_FACTS] = NF_MAX_FACTS,
    [NF_LIMIT_DIR_DEPTH] = NF_MAX_DIR_DEPTH,
    [NF_LIMIT_STORY_REPORTS] = NF_MAX_STORY_REPORTS,
};

static const size_t CEILINGS[NF_LIMIT__COUNT] = {
    [NF_LIMIT_INPUT_BYTES] = NF_MAX_INPUT_BYTES_CEILING,
    [NF_LIMIT_HTML_DEPTH] = NF_MAX_HTML_DEPTH_CEILING,
    [NF_LIMIT_LINE_BYTES] = NF_MAX_LINE_BYTES_CEILING,
    [NF_LIMIT_JSON_DEPTH] = NF_MAX_JSON_DEPTH_CEILING,
    [NF_LIMIT_TEXT_BYTES] = NF_MAX_TEXT_BYTES_CEILING,
    [NF_LIMIT_FACTS] = NF_MAX_FACTS_CEILING,
    [NF_LIMIT_DIR_DEPTH] = NF_MAX_DIR_DEPTH_CEILING,
    [NF_LIMIT_STORY_REPORTS] = NF_MAX_STORY_REPORTS_CEILING,
};

nf_ctx *nf_ctx_new(const nf_allocator *alloc) {
  if (!alloc) alloc = &Nf_default_allocator;
  nf_ctx *ctx = Nf_malloc(alloc, sizeof *ctx);
  if (!ctx) return NULL;
  ctx->alloc = *alloc;
  for (int i = 0; i < NF_LIMIT__COUNT; i++) ctx->limits[i] = DEFAULT_LIMITS[i];
  ctx->seed = 0x6e657773666f6c64ull;  // "newsfold"
  ctx->run_lines = NULL;
  return ctx;
}

void nf_ctx_free(nf_ctx *ctx) {
  if (!ctx) return;
  nf_allocator a = ctx->alloc;
  Nf_run_lines_free(ctx->run_lines);
  Nf_free(&a, ctx);
}

nf_status nf_ctx_set_limit(nf_ctx *ctx, nf_limit limit, size_t value) {
  if (!ctx || (unsigned)limit >= NF_LIMIT__COUNT || value == 0 ||
      value > CEILINGS[limit])
    return NF_EINVAL;
  ctx->limits[limit] = value;
  return NF_OK;
}

size_t nf_ctx_limit(const nf_ctx *ctx, nf_limit limit) {
  if (!ctx || (unsigned)limit >= NF_LIMIT__COUNT) return 0;
  return ctx->limits[limit];
}

void nf_ctx_set_seed(nf_ctx *ctx, uint64_t seed) {
  if (ctx) ctx->seed = seed;
}
