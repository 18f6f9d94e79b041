// Grouping throughput and memory: N reports made from real texts, each
// repeated with perturbations (words swapped, sentences dropped, dates
// shifted, names changed), fed to the grouper on one thread.
//
//   bench_group N INPUT...    INPUT: JSON Lines or text files (read with
//                             the library's reader, extracted once)
//
// Prints articles/s for Nf_group_add alone, the finish time, the stories
// found, and the resident memory at every tenth of the run and at its peak.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "core/alloc.h"
#include "group/group.h"
#include "model/doc.h"
#include "newsfold.h"

typedef struct base {
  char *title, *text;
  size_t text_len;
  nf_datetime published;
} base;

// CPU time of this thread: the machine is shared, wall time is noise.
static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long rss_kb(void) {
  FILE *f = fopen("/proc/self/statm", "r");
  char line[128];
  long res = 0;
  if (f) {
    if (fgets(line, sizeof line, f)) {
      char *p;
      strtol(line, &p, 10);  // total pages
      res = strtol(p, NULL, 10);
    }
    fclose(f);
  }
  return res * 4;
}

static uint64_t rng(uint64_t *s) {
  uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

static char *dup_str(const char *s) {
  if (!s) return NULL;
  size_t n = strlen(s);
  char *d = malloc(n + 1);
  if (d) memcpy(d, s, n + 1);
  return d;
}

// A perturbed copy of text into out (cap bytes): sentences dropped (1 in
// 8), adjacent words swapped (1 in 20), capitalised words inside a
// sentence renamed for this variant (1 in 3).
static size_t perturb(const char *text, size_t n, uint64_t *seed,
                      unsigned variant, char *out, size_t cap) {
  size_t o = 0, i = 0;
  bool drop = false, sentence_start = true;
  char prev[64] = "";
  size_t prev_len = 0;
  while (i < n && o + 128 < cap) {
    size_t j = i;
    while (j < n && text[j] != ' ' && text[j] != '\n') j++;
    size_t wl = j - i;
    if (sentence_start) drop = rng(seed) % 8 == 0;
    bool ends =
        wl && (text[j - 1] == '.' || text[j - 1] == '?' || text[j - 1] == '!');
    if (!drop && wl) {
      char word[96];
      size_t k = wl < 63 ? wl : 63;
      memcpy(word, text + i, k);
      word[k] = 0;
      if (!sentence_start && word[0] >= 'A' && word[0] <= 'Z' &&
          rng(seed) % 3 == 0 && k < 56)
        k += (size_t)snprintf(word + k, sizeof word - k, "%c%u",
                              'a' + (int)(variant % 26), variant % 97);
      if (prev_len && rng(seed) % 20 == 0) {
        // Swap with the previous word: write this one, then that one.
        o -= prev_len + 1;
        memcpy(out + o, word, k);
        o += k;
        out[o++] = ' ';
        memcpy(out + o, prev, prev_len);
        o += prev_len;
        out[o++] = ' ';
        prev_len = 0;
      } else {
        memcpy(out + o, word, k);
        o += k;
        out[o++] = ' ';
        memcpy(prev, word, k);
        prev_len = k;
      }
    }
    if (j < n && text[j] == '\n') {
      if (o && out[o - 1] == ' ') o--;
      out[o++] = '\n';
      prev_len = 0;
    }
    sentence_start = ends || (j < n && text[j] == '\n');
    i = j + 1;
  }
  out[o] = 0;
  return o;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: bench_group N INPUT...\n");
    return 2;
  }
  char *end;
  long long total = strtoll(argv[1], &end, 10);
  if (*end || total <= 0) return 2;
  nf_ctx *ctx = nf_ctx_new(NULL);
  nf_reader *r;
  if (!ctx || nf_reader_new(ctx, &r)) return 1;
  for (int i = 2; i < argc; i++) nf_reader_add_path(r, argv[i]);
  base *bases = NULL;
  size_t n_base = 0, cap_base = 0, max_text = 0;
  nf_doc *doc;
  nf_status st;
  while ((st = nf_reader_next(r, &doc)) != NF_DONE) {
    if (st < 0) continue;
    if (nf_doc_extract(doc) == NF_OK && doc->text_len > 0) {
      if (n_base == cap_base) {
        cap_base = cap_base ? cap_base * 2 : 1024;
        bases = realloc(bases, cap_base * sizeof *bases);
        if (!bases) return 1;
      }
      base *b = &bases[n_base++];
      b->title = dup_str(doc->title);
      b->text = dup_str(doc->text);
      b->text_len = doc->text_len;
      b->published = doc->published;
      if (b->text_len > max_text) max_text = b->text_len;
    }
    nf_doc_free(doc);
  }
  nf_reader_free(r);
  if (!n_base) {
    fprintf(stderr, "bench_group: no texts read\n");
    return 1;
  }
  long rss_start = rss_kb();
  fprintf(stderr,
          "bench_group: %zu base texts, %ld MB resident before grouping\n",
          n_base, rss_start / 1024);

  nf_group *g;
  if (Nf_group_new(ctx, &g)) return 1;
  size_t cap = max_text * 2 + 1024;
  char *buf = malloc(cap);
  char id[64];
  double t_group = 0;
  uint64_t seed = 1;
  long long step = total / 10 ? total / 10 : 1;
  for (long long i = 0; i < total; i++) {
    const base *b = &bases[(size_t)i % n_base];
    unsigned variant = (unsigned)((size_t)i / n_base);
    snprintf(id, sizeof id, "b%zu-v%u", (size_t)i % n_base, variant);
    nf_doc *d = Nf_doc_new(ctx, id, id);
    if (!d) {
      fprintf(stderr, "bench_group: out of memory at %lld\n", i);
      return 1;
    }
    size_t len = variant
                     ? perturb(b->text, b->text_len, &seed, variant, buf, cap)
                     : b->text_len;
    d->text = variant ? Nf_doc_strdup(d, buf, len) : b->text;
    d->text_len = len;
    d->title = b->title;
    d->published = b->published;
    if (variant && b->published.precision >= NF_PREC_DAY)
      d->published = Nf_datetime_add_days(
          b->published, (int64_t)(rng(&seed) % 7) - 3 + (int64_t)variant * 30);
    d->extracted = true;
    double t0 = now();
    if (Nf_group_add(g, d, NULL)) {
      fprintf(stderr, "bench_group: add failed at %lld\n", i);
      return 1;
    }
    t_group += now() - t0;
    nf_doc_free(d);
    if ((i + 1) % step == 0)
      fprintf(stderr, "  %10lld reports  %8.0f reports/s  %6ld MB resident\n",
              i + 1, (double)(i + 1) / t_group, rss_kb() / 1024);
  }
  double t0 = now();
  nf_story_set *set;
  nf_status fst = Nf_group_finish(g, &set);
  if (fst) {
    fprintf(stderr, "bench_group: finish failed: %s\n", nf_strerror(fst));
    return 1;
  }
  double t_finish = now() - t0;
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf(
      "reports=%lld stories=%zu add_seconds=%.1f reports_per_second=%.0f "
      "finish_seconds=%.2f peak_rss_mb=%ld grouping_mb=%ld\n",
      total, set->n_stories, t_group, (double)total / t_group, t_finish,
      ru.ru_maxrss / 1024, (ru.ru_maxrss - rss_start) / 1024);
  Nf_story_set_free(set);
  Nf_group_free(g);
  free(buf);
  for (size_t i = 0; i < n_base; i++) {
    free(bases[i].title);
    free(bases[i].text);
  }
  free(bases);
  nf_ctx_free(ctx);
  return 0;
}
