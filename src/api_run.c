// Learning the page residue a run's plain-text inputs share: a first pass
// over the run's inputs (ingest), counting lines (clean/text_run.c).
#include "clean/text.h"
#include "core/alloc.h"
#include "ingest/ingest.h"
#include "newsfold.h"

nf_status nf_ctx_learn_boilerplate(nf_ctx *ctx, nf_reader *reader) {
  if (!ctx || !reader) return NF_EINVAL;
  nf_run_lines *t = Nf_run_lines_new(&ctx->alloc, ctx->seed);
  if (!t) return NF_ENOMEM;
  nf_status st = NF_OK;
  for (;;) {
    nf_doc *doc = NULL;
    nf_status rs = Nf_reader_next(reader, &doc);
    if (rs == NF_DONE) break;
    if (rs == NF_ENOMEM) {
      st = rs;
      break;
    }
    if (rs < 0 || !doc) continue;  // reported by the run itself
    // Only page text: HTML, article text and archive records are not.
    if (doc->container != NF_CONT_JSONL && doc->container != NF_CONT_WARC &&
        doc->format != NF_DOCFMT_ARTICLE && !Nf_ingest_page_is_html(doc) &&
        Nf_ingest_decode(doc) == NF_OK && doc->format == NF_DOCFMT_TEXT)
      st = Nf_run_lines_add(t, Nf_sv(doc->raw, doc->raw_len));
    nf_doc_free(doc);
    if (st) break;
  }
  if (st) {
    Nf_run_lines_free(t);
    return st;
  }
  Nf_run_lines_freeze(t);
  Nf_run_lines_free(ctx->run_lines);
  ctx->run_lines = t;
  return NF_OK;
}
