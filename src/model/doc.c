#include "model/doc.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "core/limits.h"

// Notes kept per document; a page with 10^6 broken bytes gets a count,
// not 10^6 notes.
enum { MAX_NOTES = 64 };

nf_doc *Nf_doc_new(nf_ctx *ctx, const char *id, const char *source) {
  nf_doc *doc = Nf_calloc(&ctx->alloc, 1, sizeof *doc);
  if (!doc) return NULL;
  doc->ctx = ctx;
  Nf_arena_init(&doc->arena, &ctx->alloc, NF_MAX_ARENA_BYTES);
  doc->errmsg = "";
  doc->text = "";
  if ((id && !(doc->id = Nf_arena_strndup(&doc->arena, id, strlen(id)))) ||
      (source && !(doc->source = Nf_arena_strndup(&doc->arena, source,
                                                  strlen(source))))) {
    Nf_arena_fini(&doc->arena);
    Nf_free(&ctx->alloc, doc);
    return NULL;
  }
  return doc;
}

void Nf_doc_set_raw(nf_doc *doc, char *raw, size_t len) {
  Nf_doc_drop_raw(doc);
  doc->raw = raw;
  doc->raw_len = len;
}

void Nf_doc_drop_raw(nf_doc *doc) {
  Nf_free(&doc->ctx->alloc, doc->raw);
  doc->raw = NULL;
  doc->raw_len = 0;
}

nf_status Nf_doc_fail(nf_doc *doc, nf_status st, const char *fmt, ...) {
  char tmp[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  const char *m = Nf_arena_strndup(&doc->arena, tmp, strlen(tmp));
  doc->errmsg = m ? m : nf_strerror(st);
  doc->status = st;
  return st;
}

void Nf_doc_note(nf_doc *doc, const char *stage, size_t offset, const char *fmt,
                 ...) {
  if (doc->n_diags > MAX_NOTES) return;
  char tmp[512];
  if (doc->n_diags == MAX_NOTES) {
    snprintf(tmp, sizeof tmp, "more notes were dropped");
  } else {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
  }
  if (Nf_arena_grow(&doc->arena, (void **)&doc->diags, &doc->cap_diags,
                    doc->n_diags + 1, sizeof *doc->diags))
    return;
  const char *m = Nf_arena_strndup(&doc->arena, tmp, strlen(tmp));
  if (!m) return;
  doc->diags[doc->n_diags++] = (nf_diag){stage, offset, m};
}

const char *Nf_doc_strdup(nf_doc *doc, const char *s, size_t n) {
  if (!s) return NULL;
  return Nf_arena_strndup(&doc->arena, s, n);
}
