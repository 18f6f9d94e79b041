// Lines shared across the plain-text inputs of one run. A site's menus,
// footers and prompts come back on every page it serves, whatever the
// story; the same line in several inputs of a run is page residue unless
// it is prose (syndicated copies share their paragraphs, and some short
// sentences recur: "No arrests have been made."). The cleaner decides
// that; this table only counts.
//
// Counting happens once, in input order, before any document is cleaned
// (nf_ctx_learn_boilerplate), so the result never depends on thread
// timing. Memory is bounded: past NF_MAX_RUN_LINES distinct lines, new
// lines are no longer counted (lines already in the table still are).
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "clean/text.h"
#include "core/alloc.h"
#include "core/hash.h"
#include "core/limits.h"
#include "core/utf8.h"

// A line held by this many documents is shared residue candidate. Two is
// too few (one story saved twice), three is already a pattern.
#define RUN_MIN_DOCS 3u
// Longer lines are prose; not counted.
#define RUN_MAX_LINE_BYTES 1000u

struct nf_run_lines {
  const nf_allocator *alloc;
  uint64_t seed;
  // Counting: open addressing over 64-bit line hashes (0 = empty slot).
  uint64_t *keys;
  uint32_t *counts;
  uint32_t *last_doc;  // the document that counted this line last (1-based)
  size_t cap, used;
  size_t docs;
  bool frozen;
  // Frozen: hashes held by at least RUN_MIN_DOCS documents, sorted.
  uint64_t *kept_keys;
  uint32_t *kept_counts;
  size_t kept;
};

nf_run_lines *Nf_run_lines_new(const nf_allocator *alloc, uint64_t seed) {
  nf_run_lines *t = Nf_calloc(alloc, 1, sizeof *t);
  if (!t) return NULL;
  t->alloc = alloc;
  t->seed = seed;
  return t;
}

static void free_counting(nf_run_lines *t) {
  Nf_free(t->alloc, t->keys);
  Nf_free(t->alloc, t->counts);
  Nf_free(t->alloc, t->last_doc);
  t->keys = NULL;
  t->counts = t->last_doc = NULL;
  t->cap = t->used = 0;
}

void Nf_run_lines_free(nf_run_lines *t) {
  if (!t) return;
  free_counting(t);
  Nf_free(t->alloc, t->kept_keys);
  Nf_free(t->alloc, t->kept_counts);
  Nf_free(t->alloc, t);
}

// The key of a line: its letters and digits, lower-cased, one space
// between runs; so markup, punctuation and counts in brackets do not
// split a line from its copies.
static uint64_t line_hash(const nf_run_lines *t, nf_sv line, bool *empty) {
  char buf[RUN_MAX_LINE_BYTES + 8];
  size_t n = 0, i = 0;
  bool gap = false;
  while (i < line.n && n + 5 < sizeof buf) {
    uint32_t cp;
    i += Nf_utf8_decode(line.p + i, line.n - i, &cp);
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    bool alnum = (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
                 (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_NO);
    if (!alnum) {
      gap = n > 0;
      continue;
    }
    if (gap) buf[n++] = ' ';
    gap = false;
    n += Nf_utf8_encode((uint32_t)utf8proc_tolower((utf8proc_int32_t)cp),
                        buf + n);
  }
  *empty = n == 0;
  uint64_t h = Nf_hash64(buf, n, t->seed ^ 0x72756e6c696e6573ull);
  return h ? h : 1;
}

static nf_status grow(nf_run_lines *t) {
  size_t ncap = t->cap ? t->cap * 2 : 4096;
  uint64_t *keys = Nf_calloc(t->alloc, ncap, sizeof *keys);
  uint32_t *counts = Nf_calloc(t->alloc, ncap, sizeof *counts);
  uint32_t *last = Nf_calloc(t->alloc, ncap, sizeof *last);
  if (!keys || !counts || !last) {
    Nf_free(t->alloc, keys);
    Nf_free(t->alloc, counts);
    Nf_free(t->alloc, last);
    return NF_ENOMEM;
  }
  for (size_t i = 0; i < t->cap; i++) {
    if (!t->keys[i]) continue;
    size_t j = (size_t)t->keys[i] & (ncap - 1);
    while (keys[j]) j = (j + 1) & (ncap - 1);
    keys[j] = t->keys[i];
    counts[j] = t->counts[i];
    last[j] = t->last_doc[i];
  }
  size_t used = t->used;
  free_counting(t);
  t->keys = keys;
  t->counts = counts;
  t->last_doc = last;
  t->cap = ncap;
  t->used = used;
  return NF_OK;
}

static nf_status count_line(nf_run_lines *t, uint64_t h) {
  if ((t->used + 1) * 4 > t->cap * 3 && t->used < NF_MAX_RUN_LINES) {
    nf_status st = grow(t);
    if (st) return st;
  }
  size_t j = (size_t)h & (t->cap - 1);
  while (t->keys[j] && t->keys[j] != h) j = (j + 1) & (t->cap - 1);
  if (!t->keys[j]) {
    // Past the bound, only lines already known are counted.
    if (t->used >= NF_MAX_RUN_LINES || (t->used + 1) * 4 > t->cap * 3)
      return NF_OK;
    t->keys[j] = h;
    t->used++;
  }
  if (t->last_doc[j] != (uint32_t)t->docs) {
    t->last_doc[j] = (uint32_t)t->docs;
    if (t->counts[j] < UINT32_MAX) t->counts[j]++;
  }
  return NF_OK;
}

nf_status Nf_run_lines_add(nf_run_lines *t, nf_sv text) {
  if (!t || t->frozen) return NF_EINVAL;
  if (t->docs >= UINT32_MAX - 1) return NF_OK;
  t->docs++;
  nf_buf norm;
  Nf_buf_init(&norm, t->alloc, RUN_MAX_LINE_BYTES * 4);
  const char *s = text.p, *end = text.p + text.n;
  nf_status st = NF_OK;
  while (s < end && !st) {
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    const char *e = nl ? nl : end;
    nf_sv line = Nf_sv_trim(Nf_sv(s, (size_t)(e - s)));
    s = nl ? nl + 1 : end;
    if (!line.n || line.n > RUN_MAX_LINE_BYTES) continue;
    Nf_buf_clear(&norm);
    nf_line_info info;
    memset(&info, 0, sizeof info);
    if (Nf_text_normalize(&norm, line, false, &info)) continue;
    bool empty;
    uint64_t h =
        line_hash(t, Nf_sv(norm.data ? norm.data : "", norm.len), &empty);
    if (!empty) st = count_line(t, h);
  }
  Nf_buf_fini(&norm);
  return st;
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

void Nf_run_lines_freeze(nf_run_lines *t) {
  if (!t || t->frozen) return;
  t->frozen = true;
  size_t n = 0;
  for (size_t i = 0; i < t->cap; i++)
    if (t->keys[i] && t->counts[i] >= RUN_MIN_DOCS) n++;
  if (n) {
    // Pairs sorted by hash: sort packed (hash, index) then split.
    uint64_t *pairs = Nf_calloc(t->alloc, n, 2 * sizeof *pairs);
    t->kept_keys = Nf_calloc(t->alloc, n, sizeof *t->kept_keys);
    t->kept_counts = Nf_calloc(t->alloc, n, sizeof *t->kept_counts);
    if (!pairs || !t->kept_keys || !t->kept_counts) {
      // Out of memory: forget the run (cleaning works without it).
      Nf_free(t->alloc, pairs);
      Nf_free(t->alloc, t->kept_keys);
      Nf_free(t->alloc, t->kept_counts);
      t->kept_keys = NULL;
      t->kept_counts = NULL;
      free_counting(t);
      return;
    }
    size_t k = 0;
    for (size_t i = 0; i < t->cap; i++)
      if (t->keys[i] && t->counts[i] >= RUN_MIN_DOCS) {
        pairs[2 * k] = t->keys[i];
        pairs[2 * k + 1] = t->counts[i];
        k++;
      }
    qsort(pairs, n, 2 * sizeof *pairs, cmp_u64);
    for (size_t i = 0; i < n; i++) {
      t->kept_keys[i] = pairs[2 * i];
      t->kept_counts[i] = (uint32_t)pairs[2 * i + 1];
    }
    Nf_free(t->alloc, pairs);
  }
  t->kept = n;
  free_counting(t);
}

uint32_t Nf_run_lines_count(const nf_run_lines *t, nf_sv line) {
  if (!t || !t->frozen || !t->kept || line.n > RUN_MAX_LINE_BYTES) return 0;
  bool empty;
  uint64_t h = line_hash(t, line, &empty);
  if (empty) return 0;
  size_t lo = 0, hi = t->kept;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (t->kept_keys[mid] == h) return t->kept_counts[mid];
    if (t->kept_keys[mid] < h)
      lo = mid + 1;
    else
      hi = mid;
  }
  return 0;
}

size_t Nf_run_lines_docs(const nf_run_lines *t) {
  return t ? t->docs : 0;
}
size_t Nf_run_lines_kept(const nf_run_lines *t) {
  return t ? t->kept : 0;
}
