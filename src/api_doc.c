// Public document API: runs the per-document stages in order (ingest
// decoding, cleaning, facts) and renders documents.
#include <string.h>

#include "clean/clean.h"
#include "core/alloc.h"
#include "extract/facts.h"
#include "ingest/ingest.h"
#include "newsfold.h"
#include "report/render.h"

nf_status nf_doc_from_memory(nf_ctx *ctx, const char *name, const void *data,
                             size_t len, nf_doc **out) {
  if (!ctx || !name || !out || (!data && len)) return NF_EINVAL;
  *out = NULL;
  nf_reader *r;
  nf_status st = Nf_reader_new(ctx, &r);
  if (st) return st;
  st = Nf_reader_add_memory(r, name, data, len);
  if (!st) st = Nf_reader_next(r, out);
  if (st == NF_DONE) st = NF_EEMPTY;
  Nf_reader_free(r);
  return st;
}

void nf_doc_free(nf_doc *doc) {
  if (!doc) return;
  nf_ctx *ctx = doc->ctx;
  Nf_doc_drop_raw(doc);
  Nf_arena_fini(&doc->arena);
  Nf_free(&ctx->alloc, doc);
}

// The outlet from a URL's host: "https://www.bbc.com/news/x" -> "bbc.com".
static const char *outlet_from_url(nf_doc *doc, const char *url) {
  const char *p = strstr(url, "://");
  if (!p) return NULL;
  p += 3;
  size_t n = strcspn(p, "/?#:");
  if (n > 4 && strncmp(p, "www.", 4) == 0) p += 4, n -= 4;
  if (!n) return NULL;
  char *host = Nf_arena_strndup(&doc->arena, p, n);
  if (!host) return NULL;
  for (char *c = host; *c; c++) *c = (char)Nf_ascii_lower((unsigned char)*c);
  return host;
}

// Metadata the container gave (JSON Lines fields, WARC headers) wins over
// what was read off the page.
static void apply_container_metadata(nf_doc *doc) {
  if (doc->in_url) doc->url = doc->in_url;
  if (doc->in_title) doc->title = doc->in_title;
  if (doc->in_byline) doc->byline = doc->in_byline;
  if (doc->in_outlet) doc->outlet = doc->in_outlet;
  if (doc->in_language) doc->language = doc->in_language;
  if (doc->in_published) {
    nf_datetime t;
    if (Nf_datetime_parse_any(Nf_sv_cstr(doc->in_published), &t))
      doc->published = t;
    else
      Nf_doc_note(doc, "ingest", SIZE_MAX, "unreadable published date: %.80s",
                  doc->in_published);
  }
  if (!doc->outlet && doc->url) doc->outlet = outlet_from_url(doc, doc->url);
  doc->published_iso[0] = 0;
  if (doc->published.precision != NF_PREC_NONE)
    Nf_datetime_format(&doc->published, doc->published_iso,
                       sizeof doc->published_iso);
}

nf_status nf_doc_extract(nf_doc *doc) {
  if (!doc) return NF_EINVAL;
  if (doc->extracted) return doc->status < 0 ? doc->status : NF_OK;
  doc->extracted = true;
  nf_status st = Nf_ingest_decode(doc);
  if (!st) {
    switch (doc->format) {
      case NF_DOCFMT_HTML: st = Nf_clean_html(doc); break;
      case NF_DOCFMT_ARTICLE: st = Nf_clean_article(doc); break;
      default: st = Nf_clean_text(doc); break;
    }
  }
  Nf_doc_drop_raw(doc);
  apply_container_metadata(doc);
  if ((st == NF_EEMPTY || (!st && doc->text_len == 0)) && doc->title &&
      doc->title[0]) {
    // The body is gone (an empty text field, a page that is all newsletter
    // prompt) but the headline is there: a title-only article, which later
    // stages still read and group, rather than an input lost.
    doc->status = NF_OK;
    doc->errmsg = "";
    if (!doc->text) doc->text = "", doc->text_len = 0;
    st = NF_OK;
    Nf_doc_note(doc, "extract", SIZE_MAX,
                "no article text found; the title alone was kept");
  } else if (!st && doc->text_len == 0) {
    st = Nf_doc_fail(doc, NF_EEMPTY, "no article text found");
  }
  if (st && doc->status >= 0) Nf_doc_fail(doc, st, "%s", nf_strerror(st));
  return st;
}

nf_status nf_doc_facts(nf_doc *doc) {
  if (!doc) return NF_EINVAL;
  nf_status st = nf_doc_extract(doc);
  if (st && st != NF_EEMPTY) return st;
  nf_status fst = Nf_facts_read(doc);
  return fst ? fst : st;
}

const char *nf_doc_errmsg(const nf_doc *doc) {
  return doc ? doc->errmsg : "";
}
const char *nf_doc_id(const nf_doc *doc) {
  return doc ? doc->id : NULL;
}
const char *nf_doc_source(const nf_doc *doc) {
  return doc ? doc->source : NULL;
}
const char *nf_doc_url(const nf_doc *doc) {
  return doc ? doc->url : NULL;
}
const char *nf_doc_outlet(const nf_doc *doc) {
  return doc ? doc->outlet : NULL;
}
const char *nf_doc_title(const nf_doc *doc) {
  return doc ? doc->title : NULL;
}
const char *nf_doc_byline(const nf_doc *doc) {
  return doc ? doc->byline : NULL;
}
const char *nf_doc_published(const nf_doc *doc) {
  return doc && doc->published_iso[0] ? doc->published_iso : NULL;
}
const char *nf_doc_language(const nf_doc *doc) {
  return doc ? doc->language : NULL;
}
const char *nf_doc_text(const nf_doc *doc) {
  return doc ? doc->text : "";
}

nf_status nf_doc_render(const nf_doc *doc, nf_format format, unsigned what,
                        nf_write_fn write, void *user) {
  if (!doc || !write) return NF_EINVAL;
  nf_buf out;
  Nf_buf_init(&out, &doc->ctx->alloc, 0);
  nf_status st = Nf_render_doc(&out, doc, format, what);
  if (!st && format == NF_FORMAT_JSONL) st = Nf_buf_putc(&out, '\n');
  if (!st && out.len && write(user, out.data, out.len) != 0) st = NF_EIO;
  Nf_buf_fini(&out);
  return st;
}
