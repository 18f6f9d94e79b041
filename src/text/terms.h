// Word tokens for matching text across reports: case-folded words with
// their byte spans, stop words, and stems (libstemmer).
//
// A word is a run of letters, digits and combining marks; inside it an
// apostrophe between letters ("Syria's", "don’t"), a period between
// letters or digits ("U.S.", "4.6") and a comma between digits ("1,018",
// folded to "1018") are kept. Hyphens split words ("al-Assad" gives "al",
// "assad"). Han, kana and Thai characters are one token each, since those
// scripts do not separate words with spaces.
#ifndef NF_TEXT_TERMS_H
#define NF_TEXT_TERMS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/str.h"
#include "newsfold.h"

// Bytes of a folded token kept; longer words (URLs, base64 residue) are
// cut at a code point boundary. Real words are far shorter.
enum { NF_TOKEN_MAX = 64 };

enum nf_token_flags {
  NF_TOK_CAPITAL = 1u << 0,   // first letter is upper case
  NF_TOK_NUMBER = 1u << 1,    // starts with a digit
  NF_TOK_QUOTED = 1u << 2,    // inside quotation marks
  NF_TOK_SENTENCE = 1u << 3,  // first word of a sentence or a line
  NF_TOK_IDEOGRAPH = 1u << 4  // one Han, kana or Thai character
};

typedef struct nf_token {
  uint32_t start, end;  // bytes [start, end) of the text
  nf_sv folded;         // case-folded, NFKC; valid until the next call
  unsigned flags;       // nf_token_flags
} nf_token;

// Quotation marks are tracked so that quoted words can be told apart:
// "..." and “...” and „...“, «...» and »...«, and ‘...’ when the marks
// stand at word edges (an apostrophe inside a word is not a quote). An
// unclosed quotation ends at the end of its paragraph (a line break), as
// news style reopens quotes that run over paragraphs.
typedef struct nf_tokenizer {
  const char *s;
  size_t n, pos;
  bool sentence_start;
  bool after_stop;  // the sentence start comes from . ! ? (not a line)
  bool in_double, in_single;
  char buf[NF_TOKEN_MAX + 8];
} nf_tokenizer;

// Texts over 4 GB are read up to 4 GB (spans are 32-bit).
void Nf_tok_init(nf_tokenizer *t, nf_sv text);
// The next token, or false at the end.
bool Nf_tok_next(nf_tokenizer *t, nf_token *tok);

// A stemmer and stop-word list for one language. Not thread-safe (the
// libstemmer state is per object).
typedef struct nf_stemmer nf_stemmer;

// `lang` is an ISO 639-1 or 639-3 code or an English language name, with
// or without a region ("en", "en-GB", "fra", "german"); NULL or an unknown
// language gives English. A known language without a Snowball stemmer
// (Chinese, Japanese, ...) gets words unstemmed. NULL when memory runs out.
nf_stemmer *Nf_stemmer_new(const nf_allocator *alloc, const char *lang);
void Nf_stemmer_free(nf_stemmer *s);
// ISO 639-1 code of the language in use ("en").
const char *Nf_stemmer_language(const nf_stemmer *s);
// The code a language name resolves to ("en" for "en-US" or "english"),
// or NULL when unknown.
const char *Nf_language_code(const char *lang);
// True for a stop word of the stemmer's language (a folded token).
bool Nf_stemmer_is_stop(const nf_stemmer *s, nf_sv folded);
// Stem of a folded token, accents then stripped so "Bogotá" and "Bogota"
// meet. Valid until the next call on s. A token that cannot be stemmed
// comes back as it was (accents stripped).
nf_sv Nf_stem(nf_stemmer *s, nf_sv folded);

#endif
