// Article extraction speed on the ScrapingHub benchmark pages: every page
// is read and decompressed first; then each run extracts all of them on
// one thread (nf_doc_from_memory + nf_doc_extract + nf_doc_free) and the
// median run is reported as pages/s and MB/s, with the peak RSS.
//
//   bench_extract [-r RUNS] [DIR]   (DIR: the html/ folder of the set;
//                                    default ../shared/data/extraction/
//                                    scrapinghub/html)
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <zlib.h>

#include "core/alloc.h"
#include "ingest/ingest.h"
#include "model/doc.h"
#include "newsfold.h"

typedef struct page {
  char *name;
  char *data;
  size_t len;
} page;

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

// CPU time of this thread: on a shared machine the wall clock also
// counts other processes' turns.
static double cpu_now(void) {
  struct timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *read_gz(const char *path, size_t *len) {
  gzFile f = gzopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  int r;
  while (buf && (r = gzread(f, buf + n, (unsigned)(cap - n))) > 0) {
    n += (size_t)r;
    if (n == cap) {
      char *nb = realloc(buf, cap * 2);
      if (!nb) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = nb;
      cap *= 2;
    }
  }
  gzclose(f);
  *len = n;
  return buf;
}

int main(int argc, char **argv) {
  int runs = 7;
  const char *dir = NF_SHARED_DIR "/data/extraction/scrapinghub/html";
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-r") == 0 && i + 1 < argc) {
      char *end;
      long v = strtol(argv[++i], &end, 10);
      if (*end || v < 1 || v > 1000) {
        fprintf(stderr, "bench_extract: bad run count\n");
        return 2;
      }
      runs = (int)v;
    } else {
      dir = argv[i];
    }
  }
  DIR *d = opendir(dir);
  if (!d) {
    printf("bench_extract: %s not found; skipped\n", dir);
    return 0;
  }
  char **names = NULL;
  size_t n_names = 0, cap_names = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    size_t l = strlen(e->d_name);
    if (l < 8 || strcmp(e->d_name + l - 8, ".html.gz") != 0) continue;
    if (n_names == cap_names) {
      cap_names = cap_names ? cap_names * 2 : 256;
      char **nn = realloc(names, cap_names * sizeof *names);
      if (!nn) return 1;
      names = nn;
    }
    names[n_names++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(names, n_names, sizeof *names, cmp_str);
  page *pages = calloc(n_names ? n_names : 1, sizeof *pages);
  size_t total = 0;
  for (size_t i = 0; i < n_names; i++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    pages[i].name = names[i];
    pages[i].data = read_gz(path, &pages[i].len);
    if (!pages[i].data) {
      fprintf(stderr, "bench_extract: cannot read %s\n", path);
      return 1;
    }
    total += pages[i].len;
  }
  if (!n_names) {
    printf("bench_extract: no pages in %s; skipped\n", dir);
    return 0;
  }
  nf_ctx *ctx = nf_ctx_new(NULL);
  double *times = calloc((size_t)runs, sizeof *times);
  double *cpu = calloc((size_t)runs, sizeof *cpu);
  size_t empty = 0, text_bytes = 0;
  for (int r = 0; r < runs; r++) {
    empty = text_bytes = 0;
    double t0 = now(), c0 = cpu_now();
    for (size_t i = 0; i < n_names; i++) {
      nf_doc *doc;
      // The name decides nothing but the id; ".html" marks the format.
      if (nf_doc_from_memory(ctx, "page.html", pages[i].data, pages[i].len,
                             &doc) != NF_OK) {
        fprintf(stderr, "bench_extract: %s: cannot make a document\n",
                pages[i].name);
        return 1;
      }
      if (nf_doc_extract(doc) != NF_OK) empty++;
      text_bytes += strlen(nf_doc_text(doc));
      nf_doc_free(doc);
    }
    times[r] = now() - t0;
    cpu[r] = cpu_now() - c0;
  }
  // The same pages decoded to UTF-8 once beforehand: extraction alone
  // (prepass, parse, scoring, metadata), as Nf_clean_html sees them.
  char **utf8 = calloc(n_names, sizeof *utf8);
  size_t *utf8_len = calloc(n_names, sizeof *utf8_len);
  for (size_t i = 0; i < n_names; i++) {
    nf_doc *doc;
    if (nf_doc_from_memory(ctx, "page.html", pages[i].data, pages[i].len,
                           &doc) ||
        Nf_ingest_decode(doc)) {
      fprintf(stderr, "bench_extract: %s: cannot decode\n", pages[i].name);
      return 1;
    }
    utf8[i] = malloc(doc->raw_len + 1);
    memcpy(utf8[i], doc->raw, doc->raw_len);
    utf8_len[i] = doc->raw_len;
    nf_doc_free(doc);
  }
  double *dcpu = calloc((size_t)runs, sizeof *dcpu);
  for (int r = 0; r < runs; r++) {
    double c0 = cpu_now();
    for (size_t i = 0; i < n_names; i++) {
      nf_doc *doc = Nf_doc_new(ctx, "page.html", "page.html");
      char *raw = doc ? Nf_malloc(&ctx->alloc, utf8_len[i] + 1) : NULL;
      if (!raw) return 1;
      memcpy(raw, utf8[i], utf8_len[i]);
      Nf_doc_set_raw(doc, raw, utf8_len[i]);
      doc->decoded = true;
      doc->format = NF_DOCFMT_HTML;
      nf_doc_extract(doc);
      nf_doc_free(doc);
    }
    dcpu[r] = cpu_now() - c0;
  }
  qsort(dcpu, (size_t)runs, sizeof *dcpu, cmp_double);
  double all[1000];
  memcpy(all, times, (size_t)runs * sizeof *times);
  qsort(all, (size_t)runs, sizeof *all, cmp_double);
  double med = all[runs / 2];
  double call[1000];
  memcpy(call, cpu, (size_t)runs * sizeof *cpu);
  qsort(call, (size_t)runs, sizeof *call, cmp_double);
  double cmed = call[runs / 2];
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("extract: %zu pages, %.1f MB of HTML, %d runs on one thread\n",
         n_names, (double)total / 1e6, runs);
  printf(
      "extract: median %.3f s (min %.3f, max %.3f): %.0f pages/s, %.1f MB/s\n",
      med, all[0], all[runs - 1], (double)n_names / med,
      (double)total / 1e6 / med);
  printf(
      "extract: median CPU time %.3f s (min %.3f): %.0f pages/s, %.1f MB/s\n",
      cmed, call[0], (double)n_names / cmed, (double)total / 1e6 / cmed);
  printf(
      "extract, pages decoded beforehand: median CPU time %.3f s (min %.3f): "
      "%.0f pages/s, %.1f MB/s\n",
      dcpu[runs / 2], dcpu[0], (double)n_names / dcpu[runs / 2],
      (double)total / 1e6 / dcpu[runs / 2]);
  printf("extract: %zu pages without text, %.1f MB of article text\n", empty,
         (double)text_bytes / 1e6);
  printf("extract: peak RSS %.1f MB (pages held in memory: %.1f MB)\n",
         (double)ru.ru_maxrss / 1024.0, (double)total / 1e6);
  nf_ctx_free(ctx);
  for (size_t i = 0; i < n_names; i++) {
    free(pages[i].data);
    free(pages[i].name);
  }
  free(pages);
  free(names);
  free(times);
  free(cpu);
  free(dcpu);
  for (size_t i = 0; i < n_names; i++) free(utf8[i]);
  free(utf8);
  free(utf8_len);
  return 0;
}
