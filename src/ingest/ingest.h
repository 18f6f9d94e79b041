// Reading inputs: files, folders, standard input and memory, in every
// supported container (plain, gzip, zstd, JSON Lines, WARC), into
// documents. See docs/internals/ingest.md.
#ifndef NF_INGEST_INGEST_H
#define NF_INGEST_INGEST_H

#include "model/doc.h"
#include "newsfold.h"

struct nf_reader;

nf_status Nf_reader_new(nf_ctx *ctx, struct nf_reader **out);
void Nf_reader_free(struct nf_reader *r);
nf_status Nf_reader_add_path(struct nf_reader *r, const char *path);
nf_status Nf_reader_add_memory(struct nf_reader *r, const char *name,
                               const void *data, size_t len);
// As Nf_reader_add_memory, but read as the given kind (an nf_sniff value
// from ingest_int.h: NF_INGEST_AS_JSONL, NF_INGEST_AS_WARC) without
// sniffing; -1 sniffs. For fuzzing and tests.
enum { NF_INGEST_AS_JSONL = 3, NF_INGEST_AS_WARC = 2 };
nf_status Nf_reader_add_memory_as(struct nf_reader *r, const char *name,
                                  const void *data, size_t len, int kind);
nf_status Nf_reader_next(struct nf_reader *r, nf_doc **out);
const char *Nf_reader_errmsg(const struct nf_reader *r);
size_t Nf_reader_failures(const struct nf_reader *r);

// Turn a document's raw bytes into UTF-8 text: decompress when still
// compressed (bounded by NF_LIMIT_INPUT_BYTES), refuse binary data, settle
// the character set (BOM, then the container's label, then <meta> for
// HTML, then the bytes themselves), convert, repair invalid UTF-8, and
// settle doc->format (HTML or text) if the reader left it unknown. After
// it, doc->raw is UTF-8 and doc->charset is "UTF-8": later stages must not
// decode again. Notes say what was done. Idempotent; thread-safe for
// distinct documents. doc->raw must have a NUL byte after raw_len (the
// reader's always do), and has one after.
nf_status Nf_ingest_decode(nf_doc *doc);

// Whether the page is HTML, from its first (decompressed) bytes only: the
// answer Nf_ingest_decode will give, without decoding the whole page (a
// first pass over a run's inputs wants only the page-text ones). False
// when unsure (UTF-16, say): then decode.
bool Nf_ingest_page_is_html(nf_doc *doc);

#endif
