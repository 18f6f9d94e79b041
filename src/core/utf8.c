#include "core/utf8.h"

#include <string.h>

bool Nf_utf8_valid(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      i++;
      continue;
    }
    size_t k = Nf_utf8_seq_len(p + i, n - i);
    if (!k) return false;
    i += k;
  }
  return true;
}

static const char REPLACEMENT[3] = {(char)0xEF, (char)0xBF, (char)0xBD};

nf_status Nf_utf8_repair(nf_buf *out, const char *s, size_t n, size_t *fixes) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0, run = 0, nfix = 0;
  nf_status st = Nf_buf_reserve(out, n);
  if (st) return st;
  // Copy valid runs in one go; act on the odd byte alone.
  while (i < n) {
    unsigned char c = p[i];
    if ((c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n') {
      i++;
      continue;
    }
    if (c >= 0x80) {
      size_t k = Nf_utf8_seq_len(p + i, n - i);
      if (k) {
        i += k;
        continue;
      }
    }
    if ((st = Nf_buf_append(out, s + run, i - run))) return st;
    if (c == '\r') {
      if ((st = Nf_buf_putc(out, '\n'))) return st;
      i += (i + 1 < n && p[i + 1] == '\n') ? 2 : 1;
    } else if (c < 0x80) {
      nfix++;  // NUL, another C0 control or DEL: dropped
      i++;
    } else {
      nfix++;
      if ((st = Nf_buf_append(out, REPLACEMENT, 3))) return st;
      i++;
      // One replacement for a run of stray continuation bytes.
      while (i < n && (p[i] & 0xC0) == 0x80) i++, nfix++;
    }
    run = i;
  }
  if ((st = Nf_buf_append(out, s + run, n - run))) return st;
  if (fixes) *fixes = nfix;
  return NF_OK;
}

size_t Nf_utf8_decode(const char *s, size_t n, uint32_t *cp) {
  const unsigned char *p = (const unsigned char *)s;
  if (!n) {
    *cp = 0xFFFD;
    return 0;
  }
  size_t k = Nf_utf8_seq_len(p, n);
  switch (k) {
    case 1: *cp = p[0]; return 1;
    case 2: *cp = ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F); return 2;
    case 3:
      *cp = ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) |
            (p[2] & 0x3F);
      return 3;
    case 4:
      *cp = ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
            ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
      return 4;
    default: *cp = 0xFFFD; return 1;
  }
}

size_t Nf_utf8_encode(uint32_t cp, char *out) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

size_t Nf_utf8_clip(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = n;
  // Step back over at most 3 continuation bytes to a lead byte.
  size_t back = 0;
  while (i > 0 && back < 4 && (p[i - 1] & 0xC0) == 0x80) i--, back++;
  if (i == 0) return n;  // no lead byte: nothing sensible to clip to
  unsigned char lead = p[i - 1];
  size_t want = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  if (lead >= 0x80 && back + 1 < want) return i - 1;
  return n;
}
