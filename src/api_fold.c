// Public fold API: documents in (with extraction and facts run on them),
// stories out, each reconciled into an account and rendered. The stages
// meet only here: facts (extract) -> story grouping (group) -> reconcile ->
// report.
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/hash.h"
#include "group/group.h"
#include "model/account.h"
#include "model/doc.h"
#include "model/story.h"
#include "newsfold.h"
#include "reconcile/reconcile.h"
#include "report/account_render.h"

// Documents added without a key go to the grouping stage; keyed ones form
// their stories by key.
#define GROUPED UINT32_MAX

struct nf_folder {
  nf_ctx *ctx;
  nf_doc **docs;       // every document added, in order
  uint32_t *story_of;  // keyed story of each document, or GROUPED
  size_t n, cap;
  size_t n_keyed;      // keyed stories
  nf_hmap keys;        // story key -> keyed story (nf_folder_add_keyed)
  nf_arena key_arena;  // the keys' bytes
  nf_group *group;     // the stories stage, made on first use
  uint32_t *grouped;   // per grouping index: position in docs
  size_t n_grouped, cap_grouped;
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
  Nf_free(&f->ctx->alloc, f->grouped);
  Nf_group_free(f->group);
  Nf_hmap_fini(&f->keys);
  Nf_arena_fini(&f->key_arena);
  Nf_free(&f->ctx->alloc, f);
}

static nf_status keep(nf_folder *f, nf_doc *doc, uint32_t story) {
  if (f->n == f->cap) {
    size_t cap = f->cap;
    if (Nf_grow(&f->ctx->alloc, (void **)&f->docs, &cap, f->n + 1,
                sizeof *f->docs))
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

// Hand the document to the grouping stage; it keeps a compact summary.
static nf_status group_add(nf_folder *f, nf_doc *doc) {
  nf_status st = NF_OK;
  if (!f->group && (st = Nf_group_new(f->ctx, &f->group))) return st;
  size_t cap = f->cap_grouped;
  if (Nf_grow(&f->ctx->alloc, (void **)&f->grouped, &cap, f->n_grouped + 1,
              sizeof *f->grouped))
    return NF_ENOMEM;
  f->cap_grouped = cap;
  uint32_t index;
  if ((st = Nf_group_add(f->group, doc, &index))) return st;
  if (index != f->n_grouped) return NF_EINTERNAL;
  f->grouped[f->n_grouped++] = (uint32_t)f->n;
  return NF_OK;
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
  st = group_add(f, doc);
  if (!st) st = keep(f, doc, GROUPED);
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
    *v = f->n_keyed++;
  }
  st = keep(f, doc, (uint32_t)*v);
  if (st) nf_doc_free(doc);
  return st;
}

size_t nf_folder_stories(const nf_folder *f) {
  if (!f) return 0;
  return f->n_keyed + (f->group ? Nf_group_stories(f->group) : 0);
}

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
          : kx     ? Nf_datetime_cmp(&x->published, &y->published)
                   : 0;
  if (c) return c;
  return p->pos < q->pos ? -1 : p->pos > q->pos;
}

// One story to fold: positions into the folder's documents, and the
// copies between them (positions too).
typedef struct fstory {
  uint32_t *pos;
  size_t n;
  nf_story_copy *copies;
  size_t n_copies;
} fstory;

static int fstory_cmp(const void *a, const void *b) {
  const fstory *x = a, *y = b;
  uint32_t px = x->n ? x->pos[0] : UINT32_MAX,
           py = y->n ? y->pos[0] : UINT32_MAX;
  return px < py ? -1 : px > py;
}

// Every story: the grouping stage's, then the keyed ones, in order of
// their first document. Lives in `a`.
static nf_status stories(nf_folder *f, nf_arena *a, fstory **out,
                         size_t *n_out) {
  nf_story_set *set = NULL;
  nf_status st = NF_OK;
  if (f->group && (st = Nf_group_finish(f->group, &set))) return st;
  size_t n_set = set ? set->n_stories : 0;
  size_t ns = n_set + f->n_keyed;
  fstory *v = Nf_arena_calloc(a, ns + 1, sizeof *v);
  if (!v) st = NF_ENOMEM;
  for (size_t i = 0; i < n_set && !st; i++) {
    const nf_story *s = &set->stories[i];
    v[i].pos = Nf_arena_calloc(a, s->n_reports + 1, sizeof *v[i].pos);
    v[i].copies = Nf_arena_calloc(a, s->n_copies + 1, sizeof *v[i].copies);
    if (!v[i].pos || !v[i].copies) {
      st = NF_ENOMEM;
      break;
    }
    for (size_t k = 0; k < s->n_reports; k++)
      if (s->reports[k] < f->n_grouped)
        v[i].pos[v[i].n++] = f->grouped[s->reports[k]];
    // Copies name reports by grouping index; the account wants positions
    // within the story.
    for (size_t c = 0; c < s->n_copies; c++) {
      uint32_t la = UINT32_MAX, lb = UINT32_MAX;
      for (size_t k = 0; k < s->n_reports; k++) {
        if (s->reports[k] == s->copies[c].a) la = (uint32_t)k;
        if (s->reports[k] == s->copies[c].b) lb = (uint32_t)k;
      }
      if (la != UINT32_MAX && lb != UINT32_MAX)
        v[i].copies[v[i].n_copies++] =
            (nf_story_copy){la, lb, s->copies[c].shared};
    }
  }
  if (!st && f->n_keyed) {
    size_t *count = Nf_arena_calloc(a, f->n_keyed, sizeof *count);
    if (!count) st = NF_ENOMEM;
    for (size_t i = 0; i < f->n && !st; i++)
      if (f->story_of[i] != GROUPED) count[f->story_of[i]]++;
    for (size_t k = 0; k < f->n_keyed && !st; k++) {
      v[n_set + k].pos = Nf_arena_calloc(a, count[k] + 1, sizeof(uint32_t));
      if (!v[n_set + k].pos) st = NF_ENOMEM;
    }
    for (size_t i = 0; i < f->n && !st; i++)
      if (f->story_of[i] != GROUPED) {
        fstory *fs = &v[n_set + f->story_of[i]];
        fs->pos[fs->n++] = (uint32_t)i;
      }
  }
  Nf_story_set_free(set);
  if (st) return st;
  qsort(v, ns, sizeof *v, fstory_cmp);
  *out = v;
  *n_out = ns;
  return NF_OK;
}

nf_status nf_folder_render(nf_folder *f, nf_format format, nf_write_fn write,
                           void *user) {
  if (!f || !write) return NF_EINVAL;
  if (format != NF_FORMAT_JSON && format != NF_FORMAT_JSONL &&
      format != NF_FORMAT_MD && format != NF_FORMAT_HTML)
    return NF_EUNSUPPORTED;
  const nf_allocator *alloc = &f->ctx->alloc;
  nf_arena a;
  Nf_arena_init(&a, alloc, 0);
  fstory *v = NULL;
  size_t ns = 0;
  nf_status st = stories(f, &a, &v, &ns);
  nf_doc **docs = st ? NULL : Nf_calloc(alloc, f->n + 1, sizeof *docs);
  timed *t = st ? NULL : Nf_calloc(alloc, f->n + 1, sizeof *t);
  if (!st && (!docs || !t)) st = NF_ENOMEM;
  nf_buf out;
  Nf_buf_init(&out, alloc, 0);
  nf_acc_render ar;
  if (!st) st = Nf_account_render_begin(&ar, &out, format, ns);
  size_t limit = Nf_limit(f->ctx, NF_LIMIT_STORY_REPORTS);
  for (size_t k = 0; k < ns && !st; k++) {
    fstory *fs = &v[k];
    if (!fs->n) continue;
    size_t n = fs->n, first = 0;
    for (size_t i = 0; i < n; i++) docs[i] = f->docs[fs->pos[i]];
    nf_story_docs story = {docs, n, fs->copies, fs->n_copies};
    if (n > limit) {
      // Fold the latest reports; copies between them are dropped rather
      // than renumbered (they only merge origins).
      for (size_t i = 0; i < n; i++) t[i] = (timed){docs[i], i};
      qsort(t, n, sizeof *t, by_time);
      for (size_t i = 0; i < n; i++) docs[i] = t[i].doc;
      first = n - limit;
      story = (nf_story_docs){docs + first, limit, NULL, 0};
    }
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
  Nf_free(alloc, docs);
  Nf_free(alloc, t);
  Nf_arena_fini(&a);
  return st;
}
