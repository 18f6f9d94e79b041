// Fixed word lists (abbreviations, number words, lexicons) looked up by
// hash. A set is a static table of entries whose first member is a
// lower-case word; its hash index is built on first use (thread-safe) and
// never changes after, so sets are shared by every document and thread.
#ifndef NF_TEXT_WORDSET_H
#define NF_TEXT_WORDSET_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct nf_wordset {
  const void *base;  // first entry; each entry starts with `const char *`
  size_t n;          // entries
  size_t stride;     // bytes per entry
  uint32_t *slots;   // built on first use: index + 1, 0 = empty
  size_t mask;       // slots - 1 (a power of two minus one)
  atomic_int ready;
} nf_wordset;

#define NF_WORDSET(table)                                                     \
  {                                                                           \
    (table), sizeof(table) / sizeof((table)[0]), sizeof((table)[0]), NULL, 0, \
        0                                                                     \
  }

// Index of the entry whose word equals s[0..n) ignoring ASCII case, or -1.
// Words over 64 bytes are never found.
long Nf_wordset_find(nf_wordset *ws, const char *s, size_t n);
// The same, with the word's Nf_word_hash (text/token.h) already known.
long Nf_wordset_find_hashed(nf_wordset *ws, const char *s, size_t n,
                            uint32_t hash);

// The entry at index i.
static inline const void *Nf_wordset_entry(const nf_wordset *ws, long i) {
  return (const char *)ws->base + (size_t)i * ws->stride;
}

#endif
