// Speed of the facts stage: MB/s of article text through nf_doc_facts on
// one core. The corpus is every article of ../shared/data/stories (GVA,
// ECB+, Giveme5W1H) taken as plain text; extraction is done before the
// clock starts. Prints the median of the runs and each run.
//
//   bench_facts [RUNS] [SHARED_DIR]
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "model/doc.h"
#include "model/fact.h"
#include "newsfold.h"

typedef struct text {
  char *p;
  size_t n;
} text;

static size_t load(const char *path, text **out, size_t *n, size_t *cap) {
  FILE *f = fopen(path, "r");
  if (!f) return 0;
  char *line = NULL;
  size_t lcap = 0, count = 0;
  ssize_t len;
  while ((len = getline(&line, &lcap, f)) > 0) {
    json_error_t err;
    json_t *o = json_loadb(line, (size_t)len, 0, &err);
    if (!o) continue;
    const char *title = json_string_value(json_object_get(o, "title"));
    const char *body = json_string_value(json_object_get(o, "text"));
    if (body && *body) {
      size_t tl = title ? strlen(title) : 0, bl = strlen(body);
      char *p = malloc(tl + bl + 3);
      if (p) {
        if (tl) memcpy(p, title, tl);
        memcpy(p + tl, "\n\n", 2);
        memcpy(p + tl + 2, body, bl + 1);
        if (*n == *cap) {
          *cap = *cap ? *cap * 2 : 1024;
          *out = realloc(*out, *cap * sizeof **out);
        }
        (*out)[(*n)++] = (text){p, tl + bl + 2};
        count++;
      }
    }
    json_decref(o);
  }
  free(line);
  fclose(f);
  return count;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

// CPU time of this thread: on a shared machine, what one core spent on the
// work, whatever else runs beside it.
static double cpu_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
  int runs = argc > 1 ? (int)strtol(argv[1], NULL, 10) : 5;
  const char *shared = argc > 2 ? argv[2] : NF_SHARED_DIR;
  if (runs < 1 || runs > 100) runs = 5;
  static const char *const files[] = {"data/stories/gva-dev/articles.jsonl",
                                      "data/stories/ecbplus/articles.jsonl",
                                      "data/stories/giveme5w1h/articles.jsonl"};
  text *texts = NULL;
  size_t n = 0, cap = 0;
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", shared, files[i]);
    if (!load(path, &texts, &n, &cap))
      fprintf(stderr, "bench_facts: nothing read from %s\n", path);
  }
  if (!n) return 1;
  nf_ctx *ctx = nf_ctx_new(NULL);
  nf_doc **docs = calloc(n, sizeof *docs);
  double *secs = calloc((size_t)runs, sizeof *secs);
  double *cpu = calloc((size_t)runs, sizeof *cpu);
  size_t bytes = 0, figures = 0;
  for (int r = 0; r < runs; r++) {
    size_t k = 0;
    bytes = 0;
    for (size_t i = 0; i < n; i++) {
      nf_doc *d = NULL;
      if (nf_doc_from_memory(ctx, "bench.txt", texts[i].p, texts[i].n, &d))
        continue;
      nf_doc_extract(d);
      bytes += d->text_len + (d->title ? strlen(d->title) : 0);
      docs[k++] = d;
    }
    double t0 = now(), c0 = cpu_now();
    for (size_t i = 0; i < k; i++) nf_doc_facts(docs[i]);
    secs[r] = now() - t0;
    cpu[r] = cpu_now() - c0;
    // NF_BENCH_PROFILE=N reads the facts N more times, so that a profiler
    // sees mostly the facts stage and not the extraction before it.
    const char *prof = getenv("NF_BENCH_PROFILE");
    for (long p = prof ? strtol(prof, NULL, 10) : 0; p > 0; p--)
      for (size_t i = 0; i < k; i++) {
        docs[i]->facts = NULL;  // the old facts stay in the arena
        nf_doc_facts(docs[i]);
      }
    figures = 0;
    for (size_t i = 0; i < k; i++) {
      if (docs[i]->facts) figures += docs[i]->facts->n_figures;
      nf_doc_free(docs[i]);
    }
  }
  double *sorted = calloc((size_t)runs, sizeof *sorted);
  memcpy(sorted, cpu, (size_t)runs * sizeof *cpu);
  qsort(sorted, (size_t)runs, sizeof *sorted, cmp);
  double med_cpu = sorted[runs / 2];
  memcpy(sorted, secs, (size_t)runs * sizeof *secs);
  qsort(sorted, (size_t)runs, sizeof *sorted, cmp);
  double med = sorted[runs / 2];
  printf("facts: %zu articles, %.2f MB of text, %zu figures\n", n, bytes / 1e6,
         figures);
  printf("facts: median CPU time %.3f s over %d runs = %.1f MB/s on one core\n",
         med_cpu, runs, bytes / 1e6 / med_cpu);
  printf(
      "facts: median wall time %.3f s = %.1f MB/s (with whatever else the "
      "machine runs)\n",
      med, bytes / 1e6 / med);
  printf("runs (cpu s):");
  for (int r = 0; r < runs; r++) printf(" %.3f", cpu[r]);
  printf("\n");
  for (size_t i = 0; i < n; i++) free(texts[i].p);
  free(texts);
  free(docs);
  free(secs);
  free(cpu);
  free(sorted);
  nf_ctx_free(ctx);
  return 0;
}
