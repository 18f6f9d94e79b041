// Helpers for the facts tests: run the facts stage on a text and print
// what it found in a compact form that tables of cases can compare.
// Include it after <cmocka.h> (and the headers cmocka needs first).
#ifndef NF_TEST_FACTS_UTIL_H
#define NF_TEST_FACTS_UTIL_H

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "extract/facts.h"
#include "model/doc.h"
#include "newsfold.h"

// A document whose article is the text given (blank lines separate
// paragraphs), with an optional title and published date ("2025-03-09"),
// facts read. The extraction stage is skipped: these are tests of facts.
static inline nf_doc *facts_doc(nf_ctx *ctx, const char *title,
                                const char *published, const char *text) {
  nf_doc *doc = Nf_doc_new(ctx, "case", "case");
  if (!doc) return NULL;
  doc->text = Nf_doc_strdup(doc, text, strlen(text));
  doc->text_len = strlen(text);
  doc->extracted = true;
  if (title) doc->title = Nf_doc_strdup(doc, title, strlen(title));
  if (published) {
    Nf_datetime_parse_iso(Nf_sv_cstr(published), &doc->published);
    Nf_datetime_format(&doc->published, doc->published_iso,
                       sizeof doc->published_iso);
  }
  nf_status st = nf_doc_facts(doc);
  if (st) {
    nf_doc_free(doc);
    return NULL;
  }
  return doc;
}

// "1000 over killed all" / "1000+ vague displaced all" / "40-50 range ..."
static inline void figure_str(const nf_figure *f, char *out, size_t cap) {
  char num[48];
  if (!isnan(f->value))
    snprintf(num, sizeof num, "%.15g", f->value);
  else if (!isnan(f->high))
    snprintf(num, sizeof num, "%.15g-%.15g", f->low, f->high);
  else
    snprintf(num, sizeof num, "%.15g+", f->low);
  snprintf(out, cap, "%s %s %s%s%s %s", num, Nf_qualifier_name(f->qualifier),
           Nf_measure_name(f->measure), f->also_measure ? "+" : "",
           f->also_measure ? Nf_measure_name(f->also_measure) : "",
           Nf_category_name(f->category));
}

// Every figure of the document, "; "-separated.
static inline void figures_str(const nf_doc *doc, char *out, size_t cap) {
  out[0] = 0;
  size_t len = 0;
  for (size_t i = 0; doc->facts && i < doc->facts->n_figures; i++) {
    char one[160];
    figure_str(&doc->facts->figures[i], one, sizeof one);
    int n = snprintf(out + len, cap - len, "%s%s", i ? "; " : "", one);
    if (n < 0 || (size_t)n >= cap - len) break;
    len += (size_t)n;
  }
}

// Prints what a document's facts hold of one kind, for a table to compare.
typedef void (*facts_printer)(const nf_doc *doc, char *out, size_t cap);

// Case i of a table: read the facts of a report (its title, or NULL; its
// publication date, or NULL; its text) and compare what print gives with
// want. A mismatch is shown on stderr and counted, so that one run lists
// every failing case.
static inline int facts_titled_case_failed(nf_ctx *ctx, size_t i,
                                           const char *title,
                                           const char *published,
                                           const char *text, const char *want,
                                           facts_printer print) {
  char got[1024];
  nf_doc *doc = facts_doc(ctx, title, published, text);
  assert_non_null(doc);
  print(doc, got, sizeof got);
  int failed = strcmp(got, want) != 0;
  if (failed)
    fprintf(stderr, "case %zu: %s\n  want: %s\n  got:  %s\n", i,
            title ? title : text, want, got);
  nf_doc_free(doc);
  return failed;
}

static inline int facts_case_failed(nf_ctx *ctx, size_t i,
                                    const char *published, const char *text,
                                    const char *want, facts_printer print) {
  return facts_titled_case_failed(ctx, i, NULL, published, text, want, print);
}

// One context for all the tests of a file.
static inline int facts_setup(void **state) {
  *state = nf_ctx_new(NULL);
  return *state ? 0 : -1;
}
static inline int facts_teardown(void **state) {
  nf_ctx_free(*state);
  return 0;
}

#endif
