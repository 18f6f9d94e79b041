// Extract the article of one page and print its title and body, using only
// the public API:  extract_one PAGE
#include <stdio.h>

#include "newsfold.h"

static int write_stdout(void *user, const char *data, size_t len) {
  (void)user;
  return fwrite(data, 1, len, stdout) == len ? 0 : -1;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: extract_one PAGE\n");
    return 2;
  }
  nf_ctx *ctx = nf_ctx_new(NULL);
  nf_reader *reader = NULL;
  if (!ctx || nf_reader_new(ctx, &reader) ||
      nf_reader_add_path(reader, argv[1])) {
    fprintf(stderr, "extract_one: out of memory\n");
    nf_ctx_free(ctx);
    return 1;
  }
  int rc = 0;
  nf_doc *doc;
  nf_status st;
  while ((st = nf_reader_next(reader, &doc)) != NF_DONE) {
    if (st < 0) {
      fprintf(stderr, "extract_one: %s\n", nf_reader_errmsg(reader));
      rc = 1;
      continue;
    }
    if (nf_doc_extract(doc) < 0) {
      fprintf(stderr, "extract_one: %s: %s\n", nf_doc_source(doc),
              nf_doc_errmsg(doc));
      rc = 1;
    } else {
      nf_doc_render(doc, NF_FORMAT_TEXT, NF_RENDER_ARTICLE, write_stdout, NULL);
    }
    nf_doc_free(doc);
  }
  nf_reader_free(reader);
  nf_ctx_free(ctx);
  return rc;
}
