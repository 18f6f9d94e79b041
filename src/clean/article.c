#include <string.h>

#include "clean/clean.h"
#include "core/alloc.h"
#include "core/utf8.h"

void Nf_ab_init(nf_article_builder *ab, nf_doc *doc) {
  memset(ab, 0, sizeof *ab);
  ab->doc = doc;
  ab->max_text = Nf_limit(doc->ctx, NF_LIMIT_TEXT_BYTES);
  Nf_buf_init(&ab->text, &doc->ctx->alloc, ab->max_text + 2);
}

void Nf_ab_fini(nf_article_builder *ab) {
  Nf_buf_fini(&ab->text);
  Nf_free(&ab->doc->ctx->alloc, ab->paras);
  ab->paras = NULL;
}

// Length of a Unicode space sequence at p (NBSP, U+2000..U+200A, U+202F,
// U+205F, U+3000), or 0. Zero-width characters are dropped separately.
static size_t space_len(const unsigned char *p, size_t n) {
  if (Nf_ascii_space(p[0])) return 1;
  if (n >= 2 && p[0] == 0xC2 && p[1] == 0xA0) return 2;
  if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0x80 && p[2] <= 0x8A)
    return 3;
  if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0xAF) return 3;
  if (n >= 3 && p[0] == 0xE2 && p[1] == 0x81 && p[2] == 0x9F) return 3;
  if (n >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) return 3;
  return 0;
}

// Zero-width space, joiners' neighbours and BOM: invisible, dropped.
static size_t invisible_len(const unsigned char *p, size_t n) {
  if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x8B) return 3;
  if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) return 3;
  if (n >= 2 && p[0] == 0xC2 && p[1] == 0xAD) return 2;  // soft hyphen
  return 0;
}

// Append s to b with white space squeezed; returns bytes written. With
// keep_lines, a run of white space holding a '\n' becomes one '\n'.
static nf_status squeeze_ex(nf_buf *b, nf_sv s, bool keep_lines,
                            size_t *written) {
  const unsigned char *p = (const unsigned char *)s.p;
  size_t i = 0, start = b->len;
  bool pending_space = false, pending_line = false;
  nf_status st = Nf_buf_reserve(b, s.n);
  if (st) return st;
  while (i < s.n) {
    size_t k;
    if ((k = space_len(p + i, s.n - i))) {
      pending_space = b->len > start;
      if (keep_lines && p[i] == '\n' && pending_space) pending_line = true;
      i += k;
      continue;
    }
    if ((k = invisible_len(p + i, s.n - i))) {
      i += k;
      continue;
    }
    if (pending_space) {
      b->data[b->len++] = pending_line ? '\n' : ' ';
      pending_space = pending_line = false;
    }
    b->data[b->len++] = (char)p[i++];
  }
  b->data[b->len] = 0;
  *written = b->len - start;
  return NF_OK;
}

static nf_status squeeze(nf_buf *b, nf_sv s, size_t *written) {
  return squeeze_ex(b, s, false, written);
}

static nf_status add_para(nf_article_builder *ab, nf_sv para, nf_para_kind kind,
                          bool keep_lines) {
  if (ab->truncated) return NF_OK;
  size_t mark = ab->text.len;
  size_t sep = ab->n_paras ? 2 : 0;
  // Squeezing never lengthens text, so a paragraph clipped to the room left
  // always fits: a body of one endless paragraph keeps its first part.
  size_t room = ab->max_text > mark + sep ? ab->max_text - mark - sep : 0;
  bool cut = para.n > room;
  if (cut) para.n = Nf_utf8_clip(para.p, room);
  nf_status st = NF_OK;
  if (sep) st = Nf_buf_append(&ab->text, "\n\n", 2);
  size_t body = ab->text.len, n = 0;
  if (!st) st = squeeze_ex(&ab->text, para, keep_lines, &n);
  if (st) return st;
  if (cut) {
    ab->truncated = true;
    Nf_doc_note(ab->doc, "clean", SIZE_MAX,
                "body cut at %zu bytes (the text limit)", ab->max_text);
  }
  if (n == 0) {  // nothing but white space
    ab->text.len = mark;
    if (ab->text.data) ab->text.data[mark] = 0;  // NULL when nothing yet
    return NF_OK;
  }
  st = Nf_grow(&ab->doc->ctx->alloc, (void **)&ab->paras, &ab->cap_paras,
               ab->n_paras + 1, sizeof *ab->paras);
  if (st) return st;
  ab->paras[ab->n_paras++] =
      (nf_para){(uint32_t)body, (uint32_t)n, (uint8_t)kind};
  return NF_OK;
}

nf_status Nf_ab_add(nf_article_builder *ab, nf_sv para, nf_para_kind kind) {
  return add_para(ab, para, kind, false);
}

nf_status Nf_ab_add_lines(nf_article_builder *ab, nf_sv para,
                          nf_para_kind kind) {
  return add_para(ab, para, kind, true);
}

nf_status Nf_ab_finish(nf_article_builder *ab) {
  nf_doc *doc = ab->doc;
  char *text = Nf_arena_strndup(&doc->arena, ab->text.data ? ab->text.data : "",
                                ab->text.len);
  nf_para *paras =
      ab->n_paras ? Nf_arena_alloc(&doc->arena, ab->n_paras * sizeof *paras)
                  : NULL;
  if (!text || (ab->n_paras && !paras)) return NF_ENOMEM;
  if (ab->n_paras) memcpy(paras, ab->paras, ab->n_paras * sizeof *paras);
  doc->text = text;
  doc->text_len = ab->text.len;
  doc->paras = paras;
  doc->n_paras = ab->n_paras;
  return NF_OK;
}

const char *Nf_clean_squeeze(nf_doc *doc, nf_sv s) {
  nf_buf b;
  Nf_buf_init(&b, &doc->ctx->alloc, 0);
  size_t n;
  const char *out = NULL;
  if (squeeze(&b, s, &n) == NF_OK)
    out = Nf_arena_strndup(&doc->arena, b.data ? b.data : "", b.len);
  Nf_buf_fini(&b);
  return out;
}
