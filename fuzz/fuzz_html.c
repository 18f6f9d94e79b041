// libFuzzer target for the HTML path: prepass, SAX parse, block scoring,
// metadata (JSON-LD included). The first byte picks limits so the
// fuzzer also reaches the depth and text-size cut-offs:
//   bit 0: HTML depth limit 8 (else the default)
//   bit 1: body text limit 256 bytes (else the default)
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "newsfold.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  uint8_t opts = data[0];
  data++;
  size--;
  nf_ctx *ctx = nf_ctx_new(NULL);
  if (!ctx) return 0;
  if (opts & 1) nf_ctx_set_limit(ctx, NF_LIMIT_HTML_DEPTH, 8);
  if (opts & 2) nf_ctx_set_limit(ctx, NF_LIMIT_TEXT_BYTES, 256);
  nf_doc *doc = NULL;
  if (nf_doc_from_memory(ctx, "fuzz.html", data, size, &doc) == NF_OK) {
    nf_doc_extract(doc);
    // Touch every field: they must be valid strings or NULL.
    const char *fields[] = {nf_doc_title(doc),     nf_doc_byline(doc),
                            nf_doc_published(doc), nf_doc_outlet(doc),
                            nf_doc_url(doc),       nf_doc_language(doc),
                            nf_doc_text(doc)};
    size_t total = 0;
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
      if (fields[i]) total += strlen(fields[i]);
    (void)total;
    nf_doc_free(doc);
  }
  nf_ctx_free(ctx);
  return 0;
}
