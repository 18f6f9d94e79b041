#include "core/str.h"

bool Nf_sv_ieq(nf_sv a, nf_sv b) {
  if (a.n != b.n) return false;
  for (size_t i = 0; i < a.n; i++)
    if (Nf_ascii_lower((unsigned char)a.p[i]) !=
        Nf_ascii_lower((unsigned char)b.p[i]))
      return false;
  return true;
}

bool Nf_sv_istarts(nf_sv s, nf_sv prefix) {
  return s.n >= prefix.n && Nf_sv_ieq(Nf_sv(s.p, prefix.n), prefix);
}

bool Nf_sv_iends(nf_sv s, nf_sv suffix) {
  return s.n >= suffix.n &&
         Nf_sv_ieq(Nf_sv(s.p + s.n - suffix.n, suffix.n), suffix);
}

long Nf_sv_ifind(nf_sv hay, nf_sv needle) {
  if (needle.n == 0) return 0;
  if (needle.n > hay.n) return -1;
  unsigned char first = Nf_ascii_lower((unsigned char)needle.p[0]);
  for (size_t i = 0; i + needle.n <= hay.n; i++) {
    if (Nf_ascii_lower((unsigned char)hay.p[i]) != first) continue;
    if (Nf_sv_ieq(Nf_sv(hay.p + i, needle.n), needle)) return (long)i;
  }
  return -1;
}

// Length of a Unicode space (U+00A0, U+2000..U+200B, U+202F, U+205F,
// U+3000, U+FEFF) encoded at p, or 0.
static size_t uspace_len(const unsigned char *p, size_t n) {
  if (n >= 2 && p[0] == 0xC2 && p[1] == 0xA0) return 2;
  if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 &&
      ((p[2] >= 0x80 && p[2] <= 0x8B) || p[2] == 0xAF))
    return 3;
  if (n >= 3 && p[0] == 0xE2 && p[1] == 0x81 && p[2] == 0x9F) return 3;
  if (n >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) return 3;
  if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) return 3;
  return 0;
}

static size_t uspace_len_back(const unsigned char *p, size_t n) {
  if (n >= 2 && uspace_len(p + n - 2, 2) == 2) return 2;
  if (n >= 3 && uspace_len(p + n - 3, 3) == 3) return 3;
  return 0;
}

nf_sv Nf_sv_trim(nf_sv s) {
  const unsigned char *p = (const unsigned char *)s.p;
  size_t n = s.n, k;
  while (n) {
    if (Nf_ascii_space(*p)) {
      p++, n--;
    } else if ((k = uspace_len(p, n))) {
      p += k, n -= k;
    } else {
      break;
    }
  }
  while (n) {
    if (Nf_ascii_space(p[n - 1])) {
      n--;
    } else if ((k = uspace_len_back(p, n))) {
      n -= k;
    } else {
      break;
    }
  }
  return Nf_sv((const char *)p, n);
}
