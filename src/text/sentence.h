// Sentence boundaries over tokens. Knows abbreviations ("Dr.", "Jan.",
// "Calif."), initials ("John F. Kennedy", "U.S."), decimals (one number
// token), closing quotes and brackets after the full stop (the boundary
// goes after them, so a quote that ends a sentence stays in it), and line
// breaks (a headline, a bullet or a label line is a sentence of its own).
#ifndef NF_TEXT_SENTENCE_H
#define NF_TEXT_SENTENCE_H

#include <stddef.h>

#include "text/token.h"

// The sentence that starts at token i of toks[0..n): returns the index one
// past its last token (> i when i < n). s is the text the tokens point
// into.
size_t Nf_sentence_end(const char *s, const nf_tok *toks, size_t i, size_t n);

// Is the word an abbreviation that a full stop follows without ending the
// sentence ("Dr", "Gen", "Sept")? Case-insensitive, without the stop.
bool Nf_is_title_abbrev(const char *s, size_t n);

#endif
