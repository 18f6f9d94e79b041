// Public fold API: documents in (with extraction and facts run on them),
// stories out, each reconciled into an account and rendered. The stages
// meet only here: facts (extract) -> story grouping (group) -> reconcile ->
// report.
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/hash.h"
#include "model/account.h"
#include "model/doc.h"
#include "newsfold.h"
#include "reconcile/reconcile.h"
#include "report/account_render.h"

struct nf_folder {
  nf_ctx *ctx;
  nf_doc **docs;       // every document added, in order
  uint32_t *story_of;  // story of each document
  size_t n, cap;
  size_t n_stories;
  nf_hmap keys;        // story key -> story (nf_folder_add_keyed)
  nf_arena key_arena;  // the keys' bytes
  bool keyed;
};

nf_status nf_folder_new(nf_ctx *ctx, nf_folder **out) {
  if (!ctx || !out) return NF_EINVAL;
  nf_folder *f = Nf_calloc(&ctx->alloc, 1, sizeof *f);
  if (!f) return NF_ENOMEM;
  f->ctx = ctx;
  Nf_hmap_init(&f->keys, &ctx->alloc, ctx->seed);
  Nf_arena_init(&f->key_arena, &ctx->alloc, 0);
  *out = f;
  return NF_OK;
}

void nf_folder_free(nf_folder *f) {
  if (!f) return;
  for (size_t i = 0; i < f->n; i++) nf_doc_free(f->docs[i]);
  Nf_free(&f->ctx->alloc, f->docs);
  Nf_free(&f->ctx->alloc, f->story_of);
  Nf_hmap_fini(&f->keys);
  Nf_arena_fini(&f->key_arena);
  Nf_free(&f->ctx->alloc, f);
}

static nf_status keep(nf_folder *f, nf_doc *doc, uint32_t story) {
  if (f->n == f->cap) {
    size_t cap = f->cap;
    if (Nf_grow(&f->ctx->alloc, (void **)&f->docs, &cap, f->n + 1, sizeof *f->docs))
      return NF_ENOMEM;
    size_t cap2 = f->cap;
    if (Nf_grow(&f->ctx->alloc, (void **)&f->story_of, &cap2, f->n + 1,
                sizeof *f->story_of))
      return NF_ENOMEM;
    f->cap = cap < cap2 ? cap : cap2;
  }
  f->docs[f->n] = doc;
  f->story_of[f->n] = story;
  f->n++;
  return NF_OK;
}

// The story grouping seam. Until the grouping stage is wired in, every
// document the caller does not key belongs to one story.
static uint32_t group_story(nf_folder *f, nf_doc *doc) {
  (void)doc;
  if (f->n_stories == 0) f->n_stories = 1;
  return 0;
}

static nf_status prepare(nf_doc *doc) {
  nf_status st = nf_doc_facts(doc);
  if (st < 0 && st != NF_EEMPTY) return st;
  return doc->text_len || (doc->title && *doc->title) ? NF_OK : NF_EEMPTY;
}

nf_status nf_folder_add(nf_folder *f, nf_doc *doc) {
  if (!f || !doc) {
    nf_doc_free(doc);
    return NF_EINVAL;
  }
  nf_status st = prepare(doc);
  if (st) {
    nf_doc_free(doc);
    return st;
  }
  st = keep(f, doc, group_story(f, doc));
  if (st) nf_doc_free(doc);
  return st;
}

nf_status nf_folder_add_keyed(nf_folder *f, nf_doc *doc, const char *story) {
  if (!f || !doc || !story) {
    nf_doc_free(doc);
    return NF_EINVAL;
  }
  nf_status st = prepare(doc);
  if (st) {
    nf_doc_free(doc);
    return st;
  }
  uint64_t *v = Nf_hmap_get(&f->keys, Nf_sv_cstr(story));
  if (!v) {
    char *k = Nf_arena_strndup(&f->key_arena, story, strlen(story));
    bool ins;
    v = k ? Nf_hmap_put(&f->keys, Nf_sv_cstr(k), &ins) : NULL;
    if (!v) {
      nf_doc_free(doc);
      return NF_ENOMEM;
    }
    *v = f->n_stories++;
  }
  st = keep(f, doc, (uint32_t)*v);
  if (st) nf_doc_free(doc);
  return st;
}

size_t nf_folder_stories(const nf_folder *f) { return f ? f->n_stories : 0; }

// Newest last (input order among equals): a story over the limit is
// folded from its latest reports.
typedef struct timed {
  nf_doc *doc;
  size_t pos;
} timed;

static int by_time(const void *a, const void *b) {
  const timed *p = a, *q = b;
  const nf_doc *x = p->doc, *y = q->doc;
  bool kx = x->published.precision != NF_PREC_NONE,
       ky = y->published.precision != NF_PREC_NONE;
  int c = kx != ky ? (kx ? 1 : -1)
                   : kx ? Nf_datetime_cmp(&x->published, &y->published) : 0;
  if (c) return c;
  return p->pos < q->pos ? -1 : p->pos > q->pos;
}

nf_status nf_folder_render(nf_folder *f, nf_format format, nf_write_fn write,
                           void *user) {
  if (!f || !write) return NF_EINVAL;
  if (format != NF_FORMAT_JSON && format != NF_FORMAT_JSONL &&
      format != NF_FORMAT_MD && format != NF_FORMAT_HTML)
    return NF_EUNSUPPORTED;
  const nf_allocator *alloc = &f->ctx->alloc;
  size_t ns = f->n_stories;
  // Documents by story, stories in order of their first document.
  size_t *count = Nf_calloc(alloc, ns + 1, sizeof *count);
  size_t *start = Nf_calloc(alloc, ns + 1, sizeof *start);
  nf_doc **by_story = Nf_calloc(alloc, f->n + 1, sizeof *by_story);
  size_t *order = Nf_calloc(alloc, ns + 1, sizeof *order);
  nf_buf out;
  Nf_buf_init(&out, alloc, 0);
  nf_status st = NF_OK;
  if (!count || !start || !by_story || !order) st = NF_ENOMEM;
  size_t n_order = 0;
  if (!st) {
    for (size_t i = 0; i < f->n; i++) {
      if (count[f->story_of[i]]++ == 0) order[n_order++] = f->story_of[i];
    }
    for (size_t s = 1; s < ns; s++) start[s] = start[s - 1] + count[s - 1];
    size_t *fill = Nf_calloc(alloc, ns + 1, sizeof *fill);
    if (!fill) st = NF_ENOMEM;
    for (size_t i = 0; i < f->n && !st; i++) {
      uint32_t s = f->story_of[i];
      by_story[start[s] + fill[s]++] = f->docs[i];
    }
    Nf_free(alloc, fill);
  }
  nf_acc_render ar;
  if (!st) st = Nf_account_render_begin(&ar, &out, format, n_order);
  size_t limit = Nf_limit(f->ctx, NF_LIMIT_STORY_REPORTS);
  for (size_t k = 0; k < n_order && !st; k++) {
    size_t s = order[k];
    nf_doc **docs = by_story + start[s];
    size_t n = count[s];
    if (n > limit) {
      timed *t = Nf_calloc(alloc, n, sizeof *t);
      if (!t) {
        st = NF_ENOMEM;
        break;
      }
      for (size_t i = 0; i < n; i++) t[i] = (timed){docs[i], i};
      qsort(t, n, sizeof *t, by_time);
      for (size_t i = 0; i < n; i++) docs[i] = t[i].doc;
      Nf_free(alloc, t);
      docs += n - limit;
      n = limit;
    }
    nf_story_docs story = {docs, n, NULL, 0};
    nf_account *acc;
    st = Nf_reconcile(alloc, &story, &acc);
    if (st) break;
    st = Nf_account_render_story(&ar, acc);
    Nf_account_free(acc);
    if (!st && out.len > (1u << 16)) {
      if (write(user, out.data, out.len)) st = NF_EIO;
      Nf_buf_clear(&out);
    }
  }
  if (!st) st = Nf_account_render_end(&ar);
  if (!st && out.len && write(user, out.data, out.len)) st = NF_EIO;
  Nf_buf_fini(&out);
  Nf_free(alloc, count);
  Nf_free(alloc, start);
  Nf_free(alloc, by_story);
  Nf_free(alloc, order);
  return st;
}
