// Reading in input order on the main thread, extraction on worker
// threads, output in input order: a ring of slots between them.
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

enum slot_state { SLOT_QUEUED, SLOT_TAKEN, SLOT_DONE };

typedef struct slot {
  nf_doc *doc;
  nf_status st;
  int state;
} slot;

typedef struct pool {
  pthread_mutex_t mu;
  pthread_cond_t work_cv;  // a slot was queued, or the run is over
  pthread_cond_t done_cv;  // a slot is done
  slot *ring;
  size_t size;
  size_t head, tail, next_work;  // head <= next_work <= tail (monotonic)
  bool closing;
  cli_work_fn work;
  void *user;
} pool;

static void *worker(void *arg) {
  pool *p = arg;
  pthread_mutex_lock(&p->mu);
  for (;;) {
    while (p->next_work == p->tail && !p->closing)
      pthread_cond_wait(&p->work_cv, &p->mu);
    if (p->next_work == p->tail) break;
    slot *s = &p->ring[p->next_work++ % p->size];
    s->state = SLOT_TAKEN;
    pthread_mutex_unlock(&p->mu);
    nf_status st = p->work(s->doc, p->user);
    pthread_mutex_lock(&p->mu);
    s->st = st;
    s->state = SLOT_DONE;
    pthread_cond_signal(&p->done_cv);
  }
  pthread_mutex_unlock(&p->mu);
  return NULL;
}

static int default_threads(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > 8 ? 8 : (int)n;
}

typedef struct progress {
  bool on;
  size_t count;
} progress;

static void tick(progress *pr) {
  pr->count++;
  if (pr->on && pr->count % 64 == 0)
    fprintf(stderr, "\rnewsfold: %zu documents", pr->count);
}

static void done_progress(progress *pr) {
  if (pr->on && pr->count >= 64) fprintf(stderr, "\r\033[K");
}

// Report a failed document and hand it on.
static int emit_one(nf_doc *doc, nf_status st, const cli_common *opt,
                    cli_emit_fn emit, void *user, size_t *failures) {
  if (st < 0) {
    (*failures)++;
    if (!opt->quiet)
      Cli_error("%s: %s", nf_doc_source(doc) ? nf_doc_source(doc) : "?",
                nf_doc_errmsg(doc));
  }
  return emit(doc, st, user);
}

// A first pass over the run's inputs (standard input cannot be read
// twice) to learn the page residue their plain-text pages share. Errors
// are left to the real pass; without the table cleaning still works.
static void learn_run(nf_ctx *ctx, char *const *inputs, int n_inputs) {
  nf_reader *r;
  if (nf_reader_new(ctx, &r)) return;
  int added = 0;
  for (int i = 0; i < n_inputs; i++)
    if (strcmp(inputs[i], "-") != 0 && !nf_reader_add_path(r, inputs[i]))
      added++;
  if (added) (void)nf_ctx_learn_boilerplate(ctx, r);
  nf_reader_free(r);
}

int Cli_run(nf_ctx *ctx, char *const *inputs, int n_inputs,
            const cli_common *opt, cli_work_fn work, cli_emit_fn emit,
            void *user, size_t *failures) {
  nf_reader *r;
  *failures = 0;
  learn_run(ctx, inputs, n_inputs);
  if (nf_reader_new(ctx, &r)) return -1;
  for (int i = 0; i < n_inputs; i++) {
    if (nf_reader_add_path(r, inputs[i])) {
      nf_reader_free(r);
      return -1;
    }
  }
  progress pr = {isatty(2) != 0, 0};
  int threads = opt->threads > 0 ? opt->threads : default_threads();
  int rc = 0;
  nf_status st;
  nf_doc *doc;

  if (threads <= 1) {
    while ((st = nf_reader_next(r, &doc)) != NF_DONE) {
      if (st < 0) {
        (*failures)++;
        if (!opt->quiet) Cli_error("%s", nf_reader_errmsg(r));
        if (st == NF_ENOMEM) {
          rc = -1;
          break;
        }
        continue;
      }
      tick(&pr);
      if ((rc = emit_one(doc, work(doc, user), opt, emit, user, failures)))
        break;
    }
    done_progress(&pr);
    nf_reader_free(r);
    return rc;
  }

  pool p;
  memset(&p, 0, sizeof p);
  p.size = (size_t)threads * 8;
  p.ring = calloc(p.size, sizeof *p.ring);
  p.work = work;
  p.user = user;
  pthread_t *tids = calloc((size_t)threads, sizeof *tids);
  if (!p.ring || !tids) {
    free(p.ring);
    free(tids);
    nf_reader_free(r);
    return -1;
  }
  pthread_mutex_init(&p.mu, NULL);
  pthread_cond_init(&p.work_cv, NULL);
  pthread_cond_init(&p.done_cv, NULL);
  int started = 0;
  for (; started < threads; started++)
    if (pthread_create(&tids[started], NULL, worker, &p)) break;
  if (started == 0) rc = -1;

  bool reading = true;
  while (rc == 0) {
    // Fill free slots from the reader.
    while (reading && p.tail - p.head < p.size) {
      st = nf_reader_next(r, &doc);
      if (st == NF_DONE) {
        reading = false;
        break;
      }
      if (st < 0) {
        (*failures)++;
        if (!opt->quiet) Cli_error("%s", nf_reader_errmsg(r));
        if (st == NF_ENOMEM) {
          rc = -1;
          reading = false;
        }
        continue;
      }
      tick(&pr);
      pthread_mutex_lock(&p.mu);
      p.ring[p.tail % p.size] = (slot){doc, NF_OK, SLOT_QUEUED};
      p.tail++;
      pthread_cond_signal(&p.work_cv);
      pthread_mutex_unlock(&p.mu);
      // Emit what is ready without waiting.
      pthread_mutex_lock(&p.mu);
      bool ready =
          p.ring[p.head % p.size].state == SLOT_DONE && p.head < p.tail;
      pthread_mutex_unlock(&p.mu);
      if (ready) break;
    }
    if (p.head == p.tail) {
      if (!reading) break;
      continue;
    }
    pthread_mutex_lock(&p.mu);
    while (p.ring[p.head % p.size].state != SLOT_DONE)
      pthread_cond_wait(&p.done_cv, &p.mu);
    slot s = p.ring[p.head % p.size];
    p.head++;
    pthread_mutex_unlock(&p.mu);
    rc = emit_one(s.doc, s.st, opt, emit, user, failures);
  }

  pthread_mutex_lock(&p.mu);
  p.closing = true;
  pthread_cond_broadcast(&p.work_cv);
  pthread_mutex_unlock(&p.mu);
  for (int i = 0; i < started; i++) pthread_join(tids[i], NULL);
  // After a stop, documents still in the ring are dropped.
  for (; p.head < p.tail; p.head++) nf_doc_free(p.ring[p.head % p.size].doc);
  pthread_mutex_destroy(&p.mu);
  pthread_cond_destroy(&p.work_cv);
  pthread_cond_destroy(&p.done_cv);
  free(p.ring);
  free(tids);
  done_progress(&pr);
  nf_reader_free(r);
  return rc;
}
