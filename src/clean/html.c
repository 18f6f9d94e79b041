// HTML page -> article: strip what is never text, parse once with SAX into
// elements and blocks, choose the article's blocks, read the metadata.
#include <stdio.h>
#include <string.h>

#include "clean/clean.h"
#include "clean/html_int.h"
#include "core/alloc.h"

nf_status Nf_clean_html(nf_doc *doc) {
  const nf_allocator *alloc = &doc->ctx->alloc;
  nf_html h;
  memset(&h, 0, sizeof h);
  h.doc = doc;
  h.alloc = alloc;
  h.capture = -1;
  h.max_depth = Nf_limit(doc->ctx, NF_LIMIT_HTML_DEPTH);
  h.page = doc->raw ? doc->raw : "";
  Nf_buf_init(&h.text, alloc, NF_HTML_MAX_PAGE_TEXT + 16);
  Nf_buf_init(&h.cap_buf, alloc, NF_HTML_MAX_META_BYTES + 16);

  size_t n = doc->raw ? doc->raw_len : 0;
  char *stripped = Nf_malloc(alloc, n + 1);
  nf_status st = stripped ? NF_OK : NF_ENOMEM;
  if (!st) {
    size_t sn = Nf_html_prepass(&h, h.page, n, stripped);
#ifdef NF_HTML_TRACE
    fprintf(stderr, "prepass: %zu -> %zu bytes, %zu misplaced end tags\n", n,
            sn, h.prep_misplaced);
    FILE *f = fopen("/tmp/nf-stripped.html", "wb");
    if (f) {
      fwrite(stripped, 1, sn, f);
      fclose(f);
    }
#endif
    st = Nf_html_parse(&h, stripped, sn);
    Nf_free(alloc, stripped);
  }
  if (!st && !h.oom) Nf_html_read_jsonld(&h);
  if (!st) st = Nf_html_select(&h);
  if (!st && !h.oom) Nf_html_metadata(&h);
  Nf_html_free_jsonld(&h);
  if (h.oom && !st) st = NF_ENOMEM;

  Nf_free(alloc, h.els);
  Nf_free(alloc, h.stack);
  Nf_free(alloc, h.blocks);
  Nf_buf_fini(&h.text);
  Nf_buf_fini(&h.cap_buf);
  if (st) return Nf_doc_fail(doc, st, "HTML extraction: %s", nf_strerror(st));
  return NF_OK;
}
