// Before parsing: drop what can never be article text. Script and style
// bodies are half the bytes of a modern page, and libxml2 reads them one
// character at a time; comments, inline SVG, noscript, iframe and template
// bodies are never shown as text either. The scan follows the HTML rules
// that decide where those bodies end (the matching end tag, found ASCII
// case-insensitively; quoted attribute values skipped), so what reaches
// the parser is the same page without them. JSON-LD script bodies are
// recorded for the metadata reader.
#include <string.h>

#include "clean/html_int.h"

static bool name_char(unsigned char c) {
  return Nf_ascii_alpha(c) || Nf_ascii_digit(c) || c == '-' || c == ':' ||
         c == '_';
}

// Index one past the '>' that ends the tag whose attributes start at k
// (n when the page ends first). A quote opens a value only right after
// '=', as in HTML.
static size_t tag_end(const char *s, size_t k, size_t n) {
  while (k < n) {
    char c = s[k];
    if (c == '>') return k + 1;
    if (c == '=') {
      k++;
      while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' ||
                       s[k] == '\r' || s[k] == '\f'))
        k++;
      if (k < n && (s[k] == '"' || s[k] == '\'')) {
        const char *q = memchr(s + k + 1, s[k], n - k - 1);
        if (!q) return n;
        k = (size_t)(q - s) + 1;
      }
      continue;
    }
    k++;
  }
  return n;
}

// Start of the end tag "</name" (followed by a delimiter) at or after i,
// or n.
static size_t find_end_tag(const char *s, size_t i, size_t n, nf_sv name) {
  while (i < n) {
    const char *lt = memchr(s + i, '<', n - i);
    if (!lt) return n;
    i = (size_t)(lt - s);
    if (i + 2 + name.n <= n && s[i + 1] == '/' &&
        Nf_sv_ieq(Nf_sv(s + i + 2, name.n), name)) {
      size_t k = i + 2 + name.n;
      if (k == n || s[k] == '>' || s[k] == '/' || s[k] == ' ' ||
          s[k] == '\t' || s[k] == '\n' || s[k] == '\r' || s[k] == '\f')
        return i;
    }
    i++;
  }
  return n;
}

typedef enum raw_kind { RAW_NONE, RAW_DROP, RAW_KEEP } raw_kind;

static raw_kind raw_element(nf_sv name) {
  static const char *const DROP[] = {"script", "style", "svg", "noscript",
                                     "iframe", "template", "noembed",
                                     "noframes", "math"};
  static const char *const KEEP[] = {"title", "textarea", "xmp"};
  if (name.n < 3 || name.n > 8) return RAW_NONE;
  for (size_t i = 0; i < sizeof DROP / sizeof DROP[0]; i++)
    if (Nf_sv_ieq(name, Nf_sv_cstr(DROP[i]))) return RAW_DROP;
  for (size_t i = 0; i < sizeof KEEP / sizeof KEEP[0]; i++)
    if (Nf_sv_ieq(name, Nf_sv_cstr(KEEP[i]))) return RAW_KEEP;
  return RAW_NONE;
}

size_t Nf_html_prepass(nf_html *h, const char *s, size_t n, char *out) {
  size_t i = 0, o = 0;
  while (i < n) {
    const char *lt = memchr(s + i, '<', n - i);
    size_t j = lt ? (size_t)(lt - s) : n;
    memcpy(out + o, s + i, j - i);
    o += j - i;
    i = j;
    if (i >= n) break;
    // s[i] == '<'
    if (i + 3 < n && s[i + 1] == '!' && s[i + 2] == '-' && s[i + 3] == '-') {
      size_t k = i + 4;
      // "<!-->" and "<!--->" are whole (empty) comments.
      if (k < n && s[k] == '>') {
        i = k + 1;
        continue;
      }
      if (k + 1 < n && s[k] == '-' && s[k + 1] == '>') {
        i = k + 2;
        continue;
      }
      for (;;) {
        const char *d = memchr(s + k, '-', n - k);
        if (!d) {
          k = n;
          break;
        }
        k = (size_t)(d - s);
        if (k + 2 < n && s[k + 1] == '-' && s[k + 2] == '>') {
          k += 3;
          break;
        }
        if (k + 3 < n && s[k + 1] == '-' && s[k + 2] == '!' && s[k + 3] == '>') {
          k += 4;
          break;
        }
        k++;
      }
      // Nothing is left in its place: "Don<!-- -->'t" is one word.
      i = k;
      continue;
    }
    if (i + 1 < n && Nf_ascii_alpha((unsigned char)s[i + 1])) {
      size_t k = i + 1;
      while (k < n && name_char((unsigned char)s[k])) k++;
      nf_sv name = Nf_sv(s + i + 1, k - i - 1);
      size_t e = tag_end(s, k, n);
      memcpy(out + o, s + i, e - i);
      o += e - i;
      i = e;
      raw_kind raw = raw_element(name);
      if (raw == RAW_NONE || (e >= 2 && s[e - 2] == '/')) continue;
      size_t close = find_end_tag(s, i, n, name);
      if (raw == RAW_KEEP) {
        memcpy(out + o, s + i, close - i);
        o += close - i;
      } else if (name.n == 6 && Nf_sv_ieq(name, NF_SV_LIT("script")) &&
                 Nf_sv_ifind(Nf_sv(s + k, e - k), NF_SV_LIT("ld+json")) >= 0 &&
                 h->n_jsonld < NF_HTML_MAX_JSONLD &&
                 close - i <= NF_HTML_MAX_JSONLD_BYTES) {
        h->jsonld[h->n_jsonld++] = (nf_html_span){i, close - i};
      }
      i = close;
      continue;
    }
    out[o++] = '<';
    i++;
  }
  return o;
}
