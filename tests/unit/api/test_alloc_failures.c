// Out-of-memory paths: run the whole public pipeline with an allocator that
// fails from the Nth allocation on, for N = 1, 2, ... until a run needs no
// failure. Every run must return an error status or succeed, never crash,
// and (under LeakSanitizer) leak nothing. SQLite's faultsim, curl's torture
// mode.
// cmocka needs these first; keep the order.
// clang-format off
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
// clang-format on

#include "newsfold.h"

typedef struct countdown {
  long left;    // allocations still allowed; < 0 means unlimited
  bool failed;  // some allocation was refused
} countdown;

static bool allow(countdown *c) {
  if (c->left < 0) return true;
  if (c->left == 0) {
    c->failed = true;
    return false;
  }
  c->left--;
  return true;
}
static void *cd_malloc(size_t n, void *user) {
  return allow(user) ? malloc(n) : NULL;
}
static void *cd_realloc(void *p, size_t n, void *user) {
  return allow(user) ? realloc(p, n) : NULL;
}
static void cd_free(void *p, void *user) {
  (void)user;
  free(p);
}

static int sink(void *user, const char *data, size_t len) {
  (void)data;
  *(size_t *)user += len;
  return 0;
}

static const char PAGE_TEXT[] =
    "Breaking News\n\nFloods Leave Over 40 Dead in Two Provinces\n\n"
    "By Jane Roe\n\n"
    "At least 42 people have been killed and more than 300 displaced by "
    "floods in the provinces of Sindh and Balochistan, officials said on "
    "Monday.\n\n"
    "\"The water came at night,\" said Ahmed Khan, a farmer. \"We lost "
    "everything.\"\n\n"
    "Among the dead were 12 children, according to the disaster authority.\n\n"
    "Facebook\nTwitter\n";

static const char PAGE_HTML[] =
    "<!doctype html><html lang=en><head><title>Quake kills 9 | Daily</title>"
    "<meta property='og:site_name' content='The Daily'></head><body>"
    "<nav><a href=/>Home</a></nav><article><h1>Quake kills 9</h1>"
    "<p>An earthquake killed nine people and injured 20 on Tuesday near the "
    "town of Aceh, the disaster agency said.</p><p>Rescue teams were still "
    "searching for survivors late on Tuesday, officials told reporters.</p>"
    "</article><footer>All rights reserved</footer></body></html>";

static const char JSONL[] =
    "{\"id\":\"a\",\"title\":\"Storm kills 3\",\"published\":\"2024-05-02\","
    "\"text\":\"Three people died when a storm hit the city of Dhaka on "
    "Wednesday, police said.\"}\n"
    "{\"id\":\"b\",\"title\":\"Dhaka storm toll rises\",\"published\":"
    "\"2024-05-03\",\"text\":\"The toll of the storm in Dhaka rose to five, "
    "police said on Thursday.\"}\n";

// One full run; returns true when it went through without a refused
// allocation.
static bool run_once(long budget) {
  countdown cd = {budget, false};
  nf_allocator a = {cd_malloc, cd_realloc, cd_free, &cd};
  nf_ctx *ctx = nf_ctx_new(&a);
  if (!ctx) return !cd.failed;
  size_t bytes = 0;
  nf_reader *r = NULL;
  nf_grouper *g = NULL;
  nf_folder *f = NULL;
  if (nf_reader_new(ctx, &r) == NF_OK) {
    nf_reader_add_memory(r, "page.txt", PAGE_TEXT, sizeof PAGE_TEXT - 1);
    nf_reader_add_memory(r, "page.html", PAGE_HTML, sizeof PAGE_HTML - 1);
    nf_reader_add_memory(r, "two.jsonl", JSONL, sizeof JSONL - 1);
    nf_grouper_new(ctx, &g);
    nf_folder_new(ctx, &f);
    nf_doc *doc;
    nf_status st;
    int guard = 0;
    while ((st = nf_reader_next(r, &doc)) != NF_DONE && guard++ < 100) {
      if (st < 0) continue;
      nf_doc_facts(doc);
      nf_doc_render(doc, NF_FORMAT_JSONL, NF_RENDER_ARTICLE | NF_RENDER_FACTS,
                    sink, &bytes);
      if (g) nf_grouper_add(g, doc);
      if (f)
        nf_folder_add(f, doc);
      else
        nf_doc_free(doc);
    }
    assert_true(guard < 100);
    if (g) nf_grouper_render(g, NF_FORMAT_JSON, sink, &bytes);
    if (f) {
      nf_folder_render(f, NF_FORMAT_JSON, sink, &bytes);
      nf_folder_render(f, NF_FORMAT_MD, sink, &bytes);
      nf_folder_render(f, NF_FORMAT_HTML, sink, &bytes);
    }
  }
  nf_folder_free(f);
  nf_grouper_free(g);
  nf_reader_free(r);
  nf_ctx_free(ctx);
  return !cd.failed;
}

static void every_allocation_can_fail(void **state) {
  (void)state;
  // The unlimited run must succeed; then fail each allocation in turn.
  assert_true(run_once(-1));
  long n = 0;
  while (!run_once(n)) {
    n++;
    assert_true(n < 2000000);
  }
  print_message("allocation failure injected at %ld points\n", n);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(every_allocation_can_fail),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
