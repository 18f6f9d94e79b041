// A document: one report as read, the article extracted from it, and its
// facts. Everything hangs off the document's arena except the raw input
// bytes, which are freed as soon as the article is extracted.
#ifndef NF_MODEL_DOC_H
#define NF_MODEL_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "model/ctx.h"
#include "model/datetime.h"
#include "newsfold.h"

// What the raw bytes hold once unwrapped from their container.
typedef enum nf_doc_format {
  NF_DOCFMT_UNKNOWN = 0,  // sniff it
  NF_DOCFMT_TEXT,         // page text or article text
  NF_DOCFMT_HTML,
  NF_DOCFMT_ARTICLE  // already an article (JSON Lines "text"): no cleaning
} nf_doc_format;

// Where the document came from.
typedef enum nf_container {
  NF_CONT_FILE = 0,
  NF_CONT_STDIN,
  NF_CONT_MEMORY,
  NF_CONT_JSONL,
  NF_CONT_WARC
} nf_container;

typedef enum nf_para_kind {
  NF_PARA_TEXT = 0,
  NF_PARA_HEADING,  // a subheading inside the body
  NF_PARA_LIST,     // a list item
  NF_PARA_QUOTE,    // a block quote
  NF_PARA_PRE       // preformatted text
} nf_para_kind;

// A paragraph of the body: a byte range of doc->text.
typedef struct nf_para {
  uint32_t start, len;
  uint8_t kind;  // nf_para_kind
} nf_para;

// A note about the input that is not an error (bytes repaired, charset
// guessed, record skipped).
typedef struct nf_diag {
  const char *stage;  // "ingest", "clean", ...
  size_t offset;      // byte offset in the input, or SIZE_MAX
  const char *msg;
} nf_diag;

struct nf_facts;  // model/fact.h

struct nf_doc {
  nf_ctx *ctx;
  nf_arena arena;

  // Identity.
  const char *id;      // JSONL id, else path as given, else WARC record id
  const char *source;  // path or URL as given
  uint8_t container;   // nf_container
  uint8_t format;      // nf_doc_format
  uint64_t record;     // record number inside a JSONL/WARC input, from 0

  // Raw input, owned (allocator of ctx); NULL once extracted.
  char *raw;
  size_t raw_len;
  bool decoded;         // raw is UTF-8 text now (decompressed, converted)
  const char *charset;  // declared by the container (HTTP header), or NULL

  // Metadata given by the container (JSON Lines fields, WARC and HTTP
  // headers); NULL when absent. Extraction prefers these over guesses.
  const char *in_url, *in_title, *in_outlet, *in_published, *in_byline,
      *in_language;
  // JSON Lines fields newsfold does not know, as the text of one JSON
  // object ("{...}"), kept so nothing is lost; NULL when none.
  const char *extra_json;

  // The article, filled by extraction.
  bool extracted;
  const char *url, *outlet, *title, *byline, *language;
  nf_datetime published;
  char published_iso[40];  // published as printed, "" when unknown
  const char *text;        // paragraphs joined by "\n\n"; "" when none
  size_t text_len;
  nf_para *paras;
  size_t n_paras;

  // Facts, filled by the facts stage.
  struct nf_facts *facts;

  // The last failure ("" when none) and the notes.
  const char *errmsg;
  nf_status status;
  nf_diag *diags;
  size_t n_diags, cap_diags;
};

// A new empty document; the id and source are copied. NULL on OOM.
nf_doc *Nf_doc_new(nf_ctx *ctx, const char *id, const char *source);
// Take ownership of raw bytes (allocated with ctx's allocator).
void Nf_doc_set_raw(nf_doc *doc, char *raw, size_t len);
void Nf_doc_drop_raw(nf_doc *doc);
// Record the failure message (formatted into the arena) and status.
nf_status Nf_doc_fail(nf_doc *doc, nf_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
// Add a note. Notes past a fixed count are dropped (one last note says so).
void Nf_doc_note(nf_doc *doc, const char *stage, size_t offset, const char *fmt,
                 ...) __attribute__((format(printf, 4, 5)));
// Copy a string into the document's arena (NULL stays NULL).
const char *Nf_doc_strdup(nf_doc *doc, const char *s, size_t n);

#endif
