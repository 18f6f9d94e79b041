#include <string.h>

#include "clean/clean.h"

// First cut: every block of lines separated by a blank line is a
// paragraph. (The page-residue cleaner replaces this.)
static nf_status split_blocks(nf_doc *doc) {
  nf_article_builder ab;
  Nf_ab_init(&ab, doc);
  const char *s = doc->raw, *end = doc->raw + doc->raw_len;
  nf_status st = NF_OK;
  while (s < end && !st) {
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    const char *e = nl ? nl : end;
    st = Nf_ab_add(&ab, Nf_sv(s, (size_t)(e - s)), NF_PARA_TEXT);
    s = nl ? nl + 1 : end;
  }
  if (!st) st = Nf_ab_finish(&ab);
  Nf_ab_fini(&ab);
  return st;
}

nf_status Nf_clean_text(nf_doc *doc) { return split_blocks(doc); }
nf_status Nf_clean_article(nf_doc *doc) { return split_blocks(doc); }
