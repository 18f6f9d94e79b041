// Public fold API. Placeholder until the reconcile stage lands.
#include "core/alloc.h"
#include "model/doc.h"
#include "newsfold.h"

struct nf_folder {
  nf_ctx *ctx;
};

nf_status nf_folder_new(nf_ctx *ctx, nf_folder **out) {
  if (!ctx || !out) return NF_EINVAL;
  nf_folder *f = Nf_calloc(&ctx->alloc, 1, sizeof *f);
  if (!f) return NF_ENOMEM;
  f->ctx = ctx;
  *out = f;
  return NF_OK;
}
void nf_folder_free(nf_folder *f) {
  if (f) Nf_free(&f->ctx->alloc, f);
}
nf_status nf_folder_add(nf_folder *f, nf_doc *doc) {
  if (!f || !doc) return NF_EINVAL;
  nf_doc_free(doc);
  return NF_OK;
}
nf_status nf_folder_render(nf_folder *f, nf_format format, nf_write_fn write,
                           void *user) {
  (void)format;
  (void)user;
  if (!f || !write) return NF_EINVAL;
  return NF_EUNSUPPORTED;
}
