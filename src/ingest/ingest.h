// Reading inputs: files, folders, standard input and memory, in every
// supported container (plain, gzip, JSON Lines, WARC), into documents.
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
nf_status Nf_reader_next(struct nf_reader *r, nf_doc **out);
const char *Nf_reader_errmsg(const struct nf_reader *r);
size_t Nf_reader_failures(const struct nf_reader *r);

// Turn a document's raw bytes into UTF-8 text: decompress when still
// compressed, convert the character set, repair invalid UTF-8, and settle
// doc->format (HTML or text) if the reader left it unknown. Idempotent.
nf_status Nf_ingest_decode(nf_doc *doc);

#endif
