// Language-light text tools for the later stages: case folding and
// normalisation (utf8proc), sentence splitting, word tokens, stemming.
#ifndef NF_TEXT_TEXT_H
#define NF_TEXT_TEXT_H

#include "core/buf.h"
#include "core/str.h"

// Append s to out case-folded and NFKC-normalised, with accents kept.
// Invalid UTF-8 is replaced.
nf_status Nf_text_fold(nf_buf *out, nf_sv s);

#endif
