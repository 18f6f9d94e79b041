#include "text/wordset.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "text/token.h"

// One lock for building any set; taken only until each set is built.
static pthread_mutex_t build_lock = PTHREAD_MUTEX_INITIALIZER;

static uint32_t hash_lower(const char *s, size_t n) {
  return Nf_word_hash(s, n);
}

static const char *word_at(const nf_wordset *ws, size_t i) {
  return *(const char *const *)Nf_wordset_entry(ws, (long)i);
}

static bool eq_lower(const char *s, size_t n, const char *w) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    if (!w[i] || c != (unsigned char)w[i]) return false;
  }
  return w[n] == 0;
}

static void build(nf_wordset *ws) {
  size_t cap = 16;
  while (cap < ws->n * 2 + 1) cap *= 2;
  // Static tables live for the whole program; the index does too. If
  // memory runs out, lookups find nothing rather than fail.
  uint32_t *slots = calloc(cap, sizeof *slots);
  if (!slots) return;
  for (size_t i = 0; i < ws->n; i++) {
    const char *w = word_at(ws, i);
    size_t len = strlen(w);
    size_t j = hash_lower(w, len) & (cap - 1);
    while (slots[j]) {
      if (strcmp(word_at(ws, slots[j] - 1), w) == 0) break;  // first wins
      j = (j + 1) & (cap - 1);
    }
    if (!slots[j]) slots[j] = (uint32_t)(i + 1);
  }
  ws->slots = slots;
  ws->mask = cap - 1;
}

static void ensure_built(nf_wordset *ws) {
  if (!atomic_load_explicit(&ws->ready, memory_order_acquire)) {
    pthread_mutex_lock(&build_lock);
    if (!atomic_load_explicit(&ws->ready, memory_order_relaxed)) {
      build(ws);
      atomic_store_explicit(&ws->ready, 1, memory_order_release);
    }
    pthread_mutex_unlock(&build_lock);
  }
}

long Nf_wordset_find_hashed(nf_wordset *ws, const char *s, size_t n,
                            uint32_t hash) {
  ensure_built(ws);
  if (!ws->slots || n == 0 || n > 64) return -1;
  size_t j = hash & ws->mask;
  while (ws->slots[j]) {
    size_t i = ws->slots[j] - 1;
    if (eq_lower(s, n, word_at(ws, i))) return (long)i;
    j = (j + 1) & ws->mask;
  }
  return -1;
}

long Nf_wordset_find(nf_wordset *ws, const char *s, size_t n) {
  if (n == 0 || n > 64) return -1;
  return Nf_wordset_find_hashed(ws, s, n, hash_lower(s, n));
}
