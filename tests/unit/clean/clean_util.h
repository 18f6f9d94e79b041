// Helpers for the cleaner tests: a document holding given raw text, and
// a case runner that cleans it and compares the body with the one wanted.
// Include it after <cmocka.h> (and the headers cmocka needs first).
#ifndef NF_TEST_CLEAN_UTIL_H
#define NF_TEST_CLEAN_UTIL_H

#include <stdio.h>
#include <string.h>

#include "clean/clean.h"
#include "core/alloc.h"
#include "newsfold.h"

// A document whose raw bytes are p as given (the reader would refuse some
// of the pages the tests feed the cleaners).
static inline nf_doc *clean_raw_doc(nf_ctx *ctx, const char *p) {
  nf_doc *doc = NULL;
  assert_int_equal(nf_doc_from_memory(ctx, "page.txt", "x", 1, &doc), NF_OK);
  size_t n = strlen(p);
  char *raw = Nf_malloc(&doc->ctx->alloc, n + 1);
  assert_non_null(raw);
  memcpy(raw, p, n + 1);
  Nf_doc_set_raw(doc, raw, n);
  return doc;
}

// A cleaner: Nf_clean_text (a page dump) or Nf_clean_article (article
// text given as such).
typedef nf_status (*clean_fn)(nf_doc *doc);

// One case of a table: clean the raw text and compare the body with
// want. A mismatch is shown on stderr and counted, so that one run lists
// every failing case.
static inline int clean_case_failed(nf_ctx *ctx, const char *name,
                                    clean_fn clean, const char *raw,
                                    const char *want) {
  nf_doc *doc = clean_raw_doc(ctx, raw);
  nf_status st = clean(doc);
  const char *got = st == NF_OK ? nf_doc_text(doc) : NULL;
  if (!got) got = "";
  int failed = st != NF_OK || strcmp(got, want) != 0;
  if (failed)
    fprintf(stderr, "case %s (status %d)\n  want: %s\n  got:  %s\n", name,
            (int)st, want, got);
  nf_doc_free(doc);
  return failed;
}

#endif
