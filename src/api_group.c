// Public grouping API. Placeholder until the stories stage lands: every
// document is a story of its own.
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "model/doc.h"
#include "newsfold.h"

struct nf_grouper {
  nf_ctx *ctx;
  size_t n;
};

nf_status nf_grouper_new(nf_ctx *ctx, nf_grouper **out) {
  if (!ctx || !out) return NF_EINVAL;
  nf_grouper *g = Nf_calloc(&ctx->alloc, 1, sizeof *g);
  if (!g) return NF_ENOMEM;
  g->ctx = ctx;
  *out = g;
  return NF_OK;
}
void nf_grouper_free(nf_grouper *g) {
  if (g) Nf_free(&g->ctx->alloc, g);
}
nf_status nf_grouper_add(nf_grouper *g, const nf_doc *doc) {
  if (!g || !doc) return NF_EINVAL;
  g->n++;
  return NF_OK;
}
size_t nf_grouper_stories(const nf_grouper *g) { return g ? g->n : 0; }
nf_status nf_grouper_render(nf_grouper *g, nf_format format, nf_write_fn write,
                            void *user) {
  (void)format;
  (void)user;
  if (!g || !write) return NF_EINVAL;
  return NF_EUNSUPPORTED;
}
