// Public grouping API: glue from nf_grouper_* to the stories stage
// (src/group) and its rendering (src/report/stories.c).
#include "core/alloc.h"
#include "group/group.h"
#include "model/doc.h"
#include "newsfold.h"
#include "report/stories.h"

struct nf_grouper {
  nf_ctx *ctx;
  nf_group *group;
};

nf_status nf_grouper_new(nf_ctx *ctx, nf_grouper **out) {
  if (!ctx || !out) return NF_EINVAL;
  *out = NULL;
  nf_grouper *g = Nf_calloc(&ctx->alloc, 1, sizeof *g);
  if (!g) return NF_ENOMEM;
  g->ctx = ctx;
  nf_status st = Nf_group_new(ctx, &g->group);
  if (st) {
    Nf_free(&ctx->alloc, g);
    return st;
  }
  *out = g;
  return NF_OK;
}

void nf_grouper_free(nf_grouper *g) {
  if (!g) return;
  Nf_group_free(g->group);
  Nf_free(&g->ctx->alloc, g);
}

nf_status nf_grouper_add(nf_grouper *g, const nf_doc *doc) {
  if (!g || !doc) return NF_EINVAL;
  return Nf_group_add(g->group, doc, NULL);
}

size_t nf_grouper_stories(const nf_grouper *g) {
  return g ? Nf_group_stories(g->group) : 0;
}

nf_status nf_grouper_render(nf_grouper *g, nf_format format, nf_write_fn write,
                            void *user) {
  if (!g || !write) return NF_EINVAL;
  if (format != NF_FORMAT_JSON && format != NF_FORMAT_JSONL)
    return NF_EUNSUPPORTED;
  nf_story_set *set;
  nf_status st = Nf_group_finish(g->group, &set);
  if (st) return st;
  st = Nf_render_stories(set, format, write, user);
  Nf_story_set_free(set);
  return st;
}
