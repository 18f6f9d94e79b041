// String views (pointer + length) and small byte-string helpers. No
// function here relies on a NUL terminator.
#ifndef NF_CORE_STR_H
#define NF_CORE_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

typedef struct nf_sv {
  const char *p;
  size_t n;
} nf_sv;

#define NF_SV_LIT(s) ((nf_sv){(s), sizeof(s) - 1})
// The same as an initializer, for static tables of literals (a compound
// literal is not a constant expression in C11).
#define NF_SV_INIT(s) \
  { (s), sizeof(s) - 1 }
#define NF_SV_NULL ((nf_sv){NULL, 0})

static inline nf_sv Nf_sv(const char *p, size_t n) {
  return (nf_sv){p, n};
}
static inline nf_sv Nf_sv_cstr(const char *s) {
  return (nf_sv){s, s ? strlen(s) : 0};
}
static inline bool Nf_sv_eq(nf_sv a, nf_sv b) {
  return a.n == b.n && (a.n == 0 || memcmp(a.p, b.p, a.n) == 0);
}
static inline bool Nf_ascii_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}
static inline unsigned char Nf_ascii_lower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}
static inline bool Nf_ascii_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}
static inline bool Nf_ascii_alpha(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// ASCII case-insensitive comparisons.
bool Nf_sv_ieq(nf_sv a, nf_sv b);
bool Nf_sv_istarts(nf_sv s, nf_sv prefix);
bool Nf_sv_iends(nf_sv s, nf_sv suffix);
// First position of needle in hay (ASCII case-insensitive), or -1.
long Nf_sv_ifind(nf_sv hay, nf_sv needle);
// Trim ASCII white space and the Unicode spaces (U+00A0, U+2000..U+200B,
// U+202F, U+205F, U+3000, U+FEFF) encoded in UTF-8.
nf_sv Nf_sv_trim(nf_sv s);

#endif
