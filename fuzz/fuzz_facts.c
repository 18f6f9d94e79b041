// The facts scanners on arbitrary text: the input (repaired to UTF-8, as
// extraction leaves article text) is an article body; the first line after
// a 0x1E byte, if any, is its title. The first input byte chooses options:
//   bit 0: a published date (relative dates resolved against it)
//   bit 1: a tight limit on facts per kind (the limit paths)
//   bit 2: resolve again against an anchor from "other reports"
// Facts are read and rendered as JSON; each must point inside its text.
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "core/utf8.h"
#include "model/doc.h"
#include "model/fact.h"
#include "newsfold.h"

static int sink(void *user, const char *data, size_t len) {
  (void)user;
  (void)data;
  (void)len;
  return 0;
}

static void check_span(const nf_doc *doc, nf_span sp) {
  size_t n = sp.in == NF_IN_TITLE ? (doc->title ? strlen(doc->title) : 0)
                                  : doc->text_len;
  if (sp.start > sp.end || sp.end > n) __builtin_trap();
  if (sp.sentence < 0 || (size_t)sp.sentence >= doc->facts->n_sentences)
    __builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  uint8_t opt = data[0];
  data++, size--;
  nf_ctx *ctx = nf_ctx_new(NULL);
  if (!ctx) return 0;
  if (opt & 2) nf_ctx_set_limit(ctx, NF_LIMIT_FACTS, 3);
  nf_doc *doc = Nf_doc_new(ctx, "fuzz", "fuzz");
  if (!doc) {
    nf_ctx_free(ctx);
    return 0;
  }
  nf_buf b;
  Nf_buf_init(&b, NULL, 0);
  if (Nf_utf8_repair(&b, (const char *)data, size, NULL) == NF_OK) {
    const char *sep = memchr(b.data ? b.data : "", 0x1E, b.len);
    const char *body = b.data ? b.data : "";
    size_t blen = b.len;
    if (sep) {
      const char *nl = memchr(sep + 1, '\n', (size_t)(body + blen - sep - 1));
      const char *te = nl ? nl : body + blen;
      doc->title = Nf_doc_strdup(doc, sep + 1, (size_t)(te - sep - 1));
      blen = (size_t)(sep - body);
    }
    doc->text = Nf_doc_strdup(doc, body, blen);
    doc->text_len = blen;
    doc->extracted = true;
    if (opt & 1) {
      Nf_datetime_parse_iso(NF_SV_LIT("2025-03-09"), &doc->published);
      memcpy(doc->published_iso, "2025-03-09", 11);
    }
    if (nf_doc_facts(doc) == NF_OK && doc->facts) {
      const nf_facts *f = doc->facts;
      for (size_t i = 0; i < f->n_figures; i++)
        check_span(doc, f->figures[i].span);
      for (size_t i = 0; i < f->n_dates; i++) check_span(doc, f->dates[i].span);
      for (size_t i = 0; i < f->n_places; i++)
        check_span(doc, f->places[i].span);
      for (size_t i = 0; i < f->n_quotes; i++)
        check_span(doc, f->quotes[i].span);
      for (size_t i = 0; i < f->n_victims; i++)
        check_span(doc, f->victims[i].span);
      for (size_t i = 0; i < f->n_actors; i++)
        for (size_t m = 0; m < f->actors[i].n_mentions; m++)
          check_span(doc, f->actors[i].mentions[m]);
      if (opt & 4) nf_doc_resolve_dates(doc, "2025-03-10");
      nf_doc_render(doc, NF_FORMAT_JSONL, NF_RENDER_ARTICLE | NF_RENDER_FACTS,
                    sink, NULL);
    }
  }
  Nf_buf_fini(&b);
  nf_doc_free(doc);
  nf_ctx_free(ctx);
  return 0;
}
