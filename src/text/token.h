// Word tokens of article text, with byte offsets into the text they came
// from. Language-light: letters (any script, via utf8proc), digits, and
// single punctuation marks; hyphens and apostrophes are their own tokens so
// that "57-year-old" or "Syria's" can be read piece by piece, and a flag says
// when a token touches the one before it (no space between).
#ifndef NF_TEXT_TOKEN_H
#define NF_TEXT_TOKEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "newsfold.h"

typedef enum nf_tok_kind {
  NF_TOK_WORD = 0,  // letters (and marks, inner apostrophes: "don't")
  NF_TOK_NUM,       // digits with inner separators: "1,018", "1.5", "05"
  NF_TOK_PUNCT,     // one punctuation mark: . , ; : ! ? ( ) - " ...
  NF_TOK_SYM        // a symbol: $ € £ % # & + @ / ...
} nf_tok_kind;

enum {
  NF_TF_GLUE = 1u << 0,     // no white space between this token and the last
  NF_TF_CAP = 1u << 1,      // word starting with an upper-case letter
  NF_TF_UPPER = 1u << 2,    // word of 2+ letters, all upper case ("HTS")
  NF_TF_NL = 1u << 3,       // a line break comes before it
  NF_TF_POSS = 1u << 4,     // the possessive "'s" / "’s" (kind WORD)
  NF_TF_NONASCII = 1u << 5  // holds bytes over 0x7F
};

// Punctuation classes (in nf_tok.cp for PUNCT/SYM: the code point).
typedef struct nf_tok {
  uint32_t start, end;  // byte range in the source text
  uint32_t cp;          // PUNCT/SYM: its code point; WORD: first code point
  uint32_t hash;        // WORD: Nf_word_hash of its text (for word sets)
  uint16_t lex;         // set by later stages (a lexicon entry), 0 = none
  uint8_t kind;         // nf_tok_kind
  uint8_t flags;        // NF_TF_*
} nf_tok;

// A growable token array (heap, allocator of the caller).
typedef struct nf_toks {
  nf_tok *v;
  size_t n, cap;
  size_t max;  // most tokens kept; past it tokenizing stops (NF_ETOOBIG)
  const nf_allocator *alloc;
} nf_toks;

void Nf_toks_init(nf_toks *t, const nf_allocator *alloc, size_t max);
void Nf_toks_fini(nf_toks *t);

// Append the tokens of s[start, end) to t. Offsets are relative to s.
// Invalid UTF-8 is read as U+FFFD (one byte at a time) and never read past
// end. Returns NF_OK, NF_ENOMEM, or NF_ETOOBIG when t->max is reached (the
// tokens so far are kept).
nf_status Nf_tokenize(nf_toks *t, const char *s, size_t start, size_t end);

// FNV-1a over the ASCII-lower-cased bytes of a word: the hash word sets
// (text/wordset.h) index by; the tokenizer computes it as it reads.
static inline uint32_t Nf_word_hash(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    h = (h ^ c) * 16777619u;
  }
  return h;
}

// Character classes used by the tokenizer, for scanners that work on bytes.
bool Nf_cp_is_letter(uint32_t cp);
bool Nf_cp_is_upper(uint32_t cp);
bool Nf_cp_is_hyphen(uint32_t cp);       // - ‐ ‑ – —  (and minus)
bool Nf_cp_is_apostrophe(uint32_t cp);   // ' ’ ʼ
bool Nf_cp_is_open_quote(uint32_t cp);   // “ „ « ‘ and straight "
bool Nf_cp_is_close_quote(uint32_t cp);  // ” » ’ and straight "
bool Nf_cp_is_space(uint32_t cp);        // ASCII and Unicode spaces

// Case-insensitive ASCII comparison of a token's text with a lower-case
// word.
static inline bool Nf_tok_is(const char *s, const nf_tok *t, const char *w) {
  size_t n = t->end - t->start;
  // w is a literal at nearly every call: its length is known at compile
  // time, and most tokens are rejected on it.
  if (__builtin_strlen(w) != n) return false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[t->start + i];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    if (!w[i] || c != (unsigned char)w[i]) return false;
  }
  return w[n] == 0;
}

#endif
