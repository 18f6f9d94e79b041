// UTF-8 checking and repair. Input text is untrusted: invalid sequences
// become U+FFFD, NUL bytes and C0 controls other than tab and newlines are
// dropped, CRLF and lone CR become LF.
#ifndef NF_CORE_UTF8_H
#define NF_CORE_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"

// True when s is well-formed UTF-8 (no overlongs, no surrogates).
// Length of the valid UTF-8 sequence at p (n > 0 bytes available), or 0.
// Inline: the scanners of whole pages call it for every non-ASCII byte.
static inline size_t Nf_utf8_seq_len(const unsigned char *p, size_t n) {
  unsigned char c = p[0];
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;
  if (c < 0xE0) return (n >= 2 && (p[1] & 0xC0) == 0x80) ? 2 : 0;
  if (c < 0xF0) {
    if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;   // overlong
    if (c == 0xED && p[1] >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c < 0xF5) {
    if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
        (p[3] & 0xC0) != 0x80)
      return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;   // overlong
    if (c == 0xF4 && p[1] >= 0x90) return 0;  // over U+10FFFF
    return 4;
  }
  return 0;
}

bool Nf_utf8_valid(const char *s, size_t n);

// Append s to out, repaired as above. Returns the number of bytes
// replaced or dropped in *fixes when fixes is not NULL.
nf_status Nf_utf8_repair(nf_buf *out, const char *s, size_t n, size_t *fixes);

// Decode one code point at s (n bytes available). Returns its length
// (1..4) and sets *cp; an invalid sequence gives length 1 and U+FFFD.
size_t Nf_utf8_decode(const char *s, size_t n, uint32_t *cp);

// Encode cp into out (4 bytes room); returns the length.
size_t Nf_utf8_encode(uint32_t cp, char *out);

// Length of the longest prefix of s (at most n bytes) that does not cut a
// code point in half.
size_t Nf_utf8_clip(const char *s, size_t n);

#endif
