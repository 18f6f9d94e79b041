// Grouping on arbitrary text: the input is cut into reports at each 0x1E
// byte (the first line of each is its title), grouped, and the stories
// rendered. Exercises the tokenizer (quotes, joiners, invalid UTF-8), the
// furniture sketch, shingles and passage alignment.
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "core/utf8.h"
#include "group/group.h"
#include "model/doc.h"
#include "newsfold.h"
#include "report/stories.h"

static int sink(void *user, const char *data, size_t len) {
  (void)user;
  (void)data;
  (void)len;
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  nf_ctx *ctx = nf_ctx_new(NULL);
  if (!ctx) return 0;
  nf_group *g;
  if (Nf_group_new(ctx, &g)) {
    nf_ctx_free(ctx);
    return 0;
  }
  const char *p = (const char *)data, *end = p + size;
  int n = 0;
  while (p <= end && n < 64) {
    const char *sep = memchr(p, 0x1E, (size_t)(end - p));
    const char *e = sep ? sep : end;
    nf_doc *d = Nf_doc_new(ctx, "fuzz", "fuzz");
    if (!d) break;
    // Bodies reach the grouper repaired, as extraction leaves them.
    nf_buf b;
    Nf_buf_init(&b, NULL, 0);
    if (Nf_utf8_repair(&b, p, (size_t)(e - p), NULL) == NF_OK && b.data) {
      const char *nl = memchr(b.data, '\n', b.len);
      size_t tl = nl ? (size_t)(nl - b.data) : 0;
      if (tl) d->title = Nf_doc_strdup(d, b.data, tl);
      d->text = Nf_doc_strdup(d, b.data, b.len);
      d->text_len = d->text ? b.len : 0;
      if (!d->text) d->text = "";
      if (n % 3 == 1) {
        d->published.year = 2020;
        d->published.month = 1;
        d->published.day = (uint8_t)(1 + n % 28);
        d->published.precision = NF_PREC_DAY;
      }
      d->extracted = true;
      (void)Nf_group_add(g, d, NULL);
    }
    Nf_buf_fini(&b);
    nf_doc_free(d);
    n++;
    if (!sep) break;
    p = sep + 1;
  }
  nf_story_set *set;
  if (Nf_group_finish(g, &set) == NF_OK) {
    (void)Nf_render_stories(set, NF_FORMAT_JSON, sink, NULL);
    Nf_story_set_free(set);
  }
  Nf_group_free(g);
  nf_ctx_free(ctx);
  return 0;
}
