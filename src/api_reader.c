// Public reader API: a thin shim over src/ingest.
#include "ingest/ingest.h"
#include "newsfold.h"

nf_status nf_reader_new(nf_ctx *ctx, nf_reader **out) {
  if (!ctx || !out) return NF_EINVAL;
  return Nf_reader_new(ctx, out);
}
void nf_reader_free(nf_reader *reader) {
  Nf_reader_free(reader);
}
nf_status nf_reader_add_path(nf_reader *reader, const char *path) {
  if (!reader) return NF_EINVAL;
  return Nf_reader_add_path(reader, path);
}
nf_status nf_reader_add_memory(nf_reader *reader, const char *name,
                               const void *data, size_t len) {
  if (!reader) return NF_EINVAL;
  return Nf_reader_add_memory(reader, name, data, len);
}
nf_status nf_reader_next(nf_reader *reader, nf_doc **out) {
  if (!reader || !out) return NF_EINVAL;
  return Nf_reader_next(reader, out);
}
const char *nf_reader_errmsg(const nf_reader *reader) {
  return reader ? Nf_reader_errmsg(reader) : "";
}
size_t nf_reader_failures(const nf_reader *reader) {
  return reader ? Nf_reader_failures(reader) : 0;
}
