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
#include "core/alloc.h"

static bool name_char(unsigned char c) {
  return Nf_ascii_alpha(c) || Nf_ascii_digit(c) || c == '-' || c == ':' ||
         c == '_';
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
      if (k == n || s[k] == '>' || s[k] == '/' || s[k] == ' ' || s[k] == '\t' ||
          s[k] == '\n' || s[k] == '\r' || s[k] == '\f')
        return i;
    }
    i++;
  }
  return n;
}

static bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Attributes the extractor reads. Everything else (src, srcset, data-*,
// on*, long URLs) is dropped before parsing: libxml2 decodes attribute
// values a character at a time, and they are a third of a page's bytes.
// Its index in the list below, or -1.
static int wanted_attr(nf_sv a) {
  // By length first: this runs for every attribute of the page.
  static const char *const BY_LEN[12][5] = {
      [2] = {"id"},
      [3] = {"rel"},
      [4] = {"role", "href", "name", "lang", "type"},
      [5] = {"class", "style"},
      [6] = {"hidden"},
      [7] = {"content", "charset"},
      [8] = {"itemprop", "property", "datetime", "xml:lang"},
      [10] = {"http-equiv"},
      [11] = {"aria-hidden"},
  };
  if (a.n < 2 || a.n > 11) return -1;
  const char *const *c = BY_LEN[a.n];
  unsigned char f = Nf_ascii_lower((unsigned char)a.p[0]);
  for (int i = 0; i < 5 && c[i]; i++)
    if ((unsigned char)c[i][0] == f && Nf_sv_ieq(a, Nf_sv(c[i], a.n)))
      return (int)a.n * 5 + i;
  return -1;
}
// Indexes of the names the copy looks at.
#define WANTED_ID (2 * 5 + 0)
#define WANTED_HREF (4 * 5 + 1)
#define WANTED_CLASS (5 * 5 + 0)
#define WANTED_STYLE (5 * 5 + 1)

// Copy a start tag whose attributes begin at k, keeping the attributes
// the extractor reads (a link's href without its value: only its presence
// matters, except on <link> and <base>). Returns the index after the tag.
// Attribute syntax is read as libxml2 and HTML read it: a name, then
// optionally '=' and a value, quoted or up to white space or '>'.
static size_t copy_tag(const char *s, size_t i, size_t k, size_t n, char *out,
                       size_t *o, bool keep_href, bool is_time) {
  memcpy(out + *o, s + i, k - i);
  *o += k - i;
  uint64_t seen = 0;  // wanted names already copied (index < 60)
  uint32_t vocab = 0;
  size_t end = n;
  bool closed = false, self_close = false;
  while (k < n) {
    while (k < n && is_space(s[k])) k++;
    if (k >= n) break;
    if (s[k] == '>') {
      end = k + 1;
      closed = true;
      break;
    }
    if (s[k] == '/' && k + 1 < n && s[k + 1] == '>') {
      end = k + 2;
      closed = self_close = true;
      break;
    }
    size_t a = k;
    k++;  // a name is at least one byte (even '=' or '/')
    while (k < n && !is_space(s[k]) && s[k] != '=' && s[k] != '>' &&
           !(s[k] == '/' && k + 1 < n && s[k + 1] == '>'))
      k++;
    nf_sv name = Nf_sv(s + a, k - a);
    size_t v0 = k, v1 = k;  // the value with its quotes, when there is one
    size_t m = k;
    while (m < n && is_space(s[m])) m++;
    if (m < n && s[m] == '=') {
      m++;
      while (m < n && is_space(s[m])) m++;
      v0 = m;
      if (m < n && (s[m] == '"' || s[m] == '\'')) {
        const char *q = memchr(s + m + 1, s[m], n - m - 1);
        m = q ? (size_t)(q - s) + 1 : n;
      } else {
        while (m < n && !is_space(s[m]) && s[m] != '>') m++;
      }
      v1 = m;
      k = m;
    }
    // The first of each wanted name is kept, as HTML does; repeats would
    // cost the parser a scan of the tag's attributes each.
    int w = wanted_attr(name);
    if (w < 0 || (seen & ((uint64_t)1 << w))) continue;
    seen |= (uint64_t)1 << w;
    nf_sv val = Nf_sv(s + v0, v1 - v0);
    if (val.n >= 2 && (val.p[0] == '"' || val.p[0] == '\'') &&
        val.p[val.n - 1] == val.p[0])
      val = Nf_sv(val.p + 1, val.n - 2);
    bool is_class = w == WANTED_CLASS, is_id = w == WANTED_ID;
    if (is_class || is_id) {
      // Read here once, handed over as bits (see NF_HTML_VOCAB_ATTR).
      vocab |= Nf_html_vocab(val.p, val.n);
      if (is_class && Nf_html_class_hides(val.p, val.n)) vocab |= V_HIDDEN;
      if (is_class && is_time && Nf_sv_ifind(val, NF_SV_LIT("publish")) >= 0)
        vocab |= V_PUBLISHED;
      continue;
    }
    bool is_href = w == WANTED_HREF;
    if (w == WANTED_STYLE && Nf_sv_ifind(val, NF_SV_LIT("none")) < 0 &&
        Nf_sv_ifind(val, NF_SV_LIT("hidden")) < 0)
      continue;
    out[(*o)++] = ' ';
    memcpy(out + *o, name.p, name.n);
    *o += name.n;
    if (v1 > v0 && (!is_href || keep_href)) {
      out[(*o)++] = '=';
      memcpy(out + *o, s + v0, v1 - v0);
      *o += v1 - v0;
    }
  }
  if (vocab) {
    static const char HEX[] = "0123456789abcdef";
    memcpy(out + *o, " " NF_HTML_VOCAB_ATTR "=", sizeof NF_HTML_VOCAB_ATTR + 1);
    *o += sizeof NF_HTML_VOCAB_ATTR + 1;
    for (int sh = 28; sh >= 0; sh -= 4) {
      unsigned d = (vocab >> sh) & 15;
      if (d || sh == 0 || out[*o - 1] != '=') out[(*o)++] = HEX[d];
    }
  }
  if (!closed) return n;
  if (self_close) out[(*o)++] = '/';
  out[(*o)++] = '>';
  return end;
}

// A tag name as one integer: its first 8 bytes lower-cased, and its
// length (names are compared often; longer ones compare by prefix, which
// is enough for the shadow stack below).
typedef uint64_t name_key;

static name_key key_of(nf_sv name) {
  name_key k = 0;
  size_t n = name.n < 8 ? name.n : 8;
  for (size_t i = 0; i < n; i++)
    k |= (name_key)Nf_ascii_lower((unsigned char)name.p[i]) << (8 * i);
  return k ^ ((name_key)(name.n > 255 ? 255 : name.n) << 56);
}

// key_of() of a lower-case literal, folded by the compiler.
#define KB_(s, i) \
  ((name_key)(i < sizeof(s) - 1 ? (unsigned char)(s)[i] : 0) << (8 * (i)))
#define KEY(s)                                                              \
  ((KB_(s, 0) | KB_(s, 1) | KB_(s, 2) | KB_(s, 3) | KB_(s, 4) | KB_(s, 5) | \
    KB_(s, 6) | KB_(s, 7)) ^                                                \
   ((name_key)(sizeof(s) - 1) << 56))

// Void elements: no end tag, never on the stack.
static bool void_element(name_key k, size_t len) {
  switch (len) {
    case 2: return k == KEY("br") || k == KEY("hr");
    case 3: return k == KEY("img") || k == KEY("col") || k == KEY("wbr");
    case 4:
      return k == KEY("meta") || k == KEY("link") || k == KEY("area") ||
             k == KEY("base");
    case 5:
      return k == KEY("input") || k == KEY("embed") || k == KEY("param") ||
             k == KEY("track") || k == KEY("frame");
    case 6: return k == KEY("source") || k == KEY("keygen");
    case 7: return k == KEY("isindex");
    case 8: return k == KEY("basefont");
    default: return false;
  }
}

typedef enum raw_kind { RAW_NONE, RAW_DROP, RAW_KEEP } raw_kind;

// Copy text with each run of ASCII white space made one space: a quarter
// of a page's bytes are indentation, which the parser would otherwise
// read a character at a time. Returns the bytes written.
static size_t copy_squeezed(const char *s, size_t n, char *out) {
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    char c = s[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      out[o++] = ' ';
      i++;
      while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' ||
                       s[i] == '\r' || s[i] == '\f'))
        i++;
    } else {
      out[o++] = c;
      i++;
    }
  }
  return o;
}

static raw_kind raw_element(name_key k, size_t len) {
  bool drop = false, keep = false;
  switch (len) {
    case 3:
      drop = k == KEY("svg");
      keep = k == KEY("xmp");
      break;
    case 4: drop = k == KEY("math"); break;
    case 5:
      drop = k == KEY("style");
      keep = k == KEY("title");
      break;
    case 6: drop = k == KEY("script") || k == KEY("iframe"); break;
    case 7: drop = k == KEY("noembed"); break;
    case 8:
      drop =
          k == KEY("noscript") || k == KEY("template") || k == KEY("noframes");
      keep = k == KEY("textarea");
      break;
    default: break;
  }
  return drop ? RAW_DROP : keep ? RAW_KEEP : RAW_NONE;
}

// The parser's cost per end tag grows with the depth of open elements,
// so nesting and misplaced end tags are bounded here, before it runs: a
// shadow stack of open element names follows the page (pushed on start
// tags, popped on end tags as the parser would pop them). Past
// max_depth open elements, or NF_HTML_MAX_MISPLACED end tags that do not
// close the innermost element, the rest of the page goes to the parser
// without tags: its text is kept, in the element then open.
typedef struct shadow {
  name_key *names;
  size_t n, cap;
  size_t misplaced;
  bool flat;
  bool seen_body, seen_html, seen_head;
} shadow;

// True when the tag goes to the parser.
static bool shadow_start(shadow *sh, name_key k, size_t len,
                         bool self_closing) {
  if (sh->flat) return false;
  // A second <html>, <head> or <body> is dropped by the parser after a
  // scan of every open element; drop it here.
  if (len == 4) {
    bool *seen = k == KEY("body")   ? &sh->seen_body
                 : k == KEY("html") ? &sh->seen_html
                 : k == KEY("head") ? &sh->seen_head
                                    : NULL;
    if (seen) {
      if (*seen) return false;
      *seen = true;
    }
  }
  if (self_closing || void_element(k, len)) return true;
  if (sh->n >= sh->cap) {
    sh->flat = true;
    return false;
  }
  sh->names[sh->n++] = k;
  return true;
}

static bool shadow_end(shadow *sh, name_key k) {
  if (sh->flat) return false;
  if (sh->n && sh->names[sh->n - 1] == k) {
    sh->n--;
    return true;
  }
  if (++sh->misplaced > NF_HTML_MAX_MISPLACED) {
    sh->flat = true;
    return false;
  }
  for (size_t i = sh->n; i-- > 0;) {
    if (sh->names[i] == k) {
      sh->n = i;
      break;
    }
  }
  return true;
}

size_t Nf_html_prepass(nf_html *h, const char *s, size_t n, char *out) {
  size_t i = 0, o = 0;
  shadow sh;
  memset(&sh, 0, sizeof sh);
  size_t pre_depth = 0;  // inside <pre>, <listing> or <plaintext>: spaces kept
  sh.cap = h->max_depth;
  sh.names = h->alloc && sh.cap ? Nf_malloc(h->alloc, sh.cap * sizeof *sh.names)
                                : NULL;
  if (!sh.names) sh.cap = 0;
  while (i < n) {
    const char *lt = memchr(s + i, '<', n - i);
    size_t j = lt ? (size_t)(lt - s) : n;
    if (pre_depth)
      memcpy(out + o, s + i, j - i), o += j - i;
    else
      o += copy_squeezed(s + i, j - i, out + o);
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
        if (k + 3 < n && s[k + 1] == '-' && s[k + 2] == '!' &&
            s[k + 3] == '>') {
          k += 4;
          break;
        }
        k++;
      }
      // Nothing is left in its place: "Don<!-- -->'t" is one word.
      i = k;
      continue;
    }
    if (i + 2 < n && s[i + 1] == '/' &&
        Nf_ascii_alpha((unsigned char)s[i + 2])) {
      size_t k = i + 2;
      while (k < n && name_char((unsigned char)s[k])) k++;
      const char *gt = memchr(s + k, '>', n - k);
      size_t e = gt ? (size_t)(gt - s) + 1 : n;
      name_key key = key_of(Nf_sv(s + i + 2, k - i - 2));
      if (pre_depth && (key == KEY("pre") || key == KEY("listing")))
        pre_depth--;
      if (shadow_end(&sh, key)) {
        memcpy(out + o, s + i, e - i);
        o += e - i;
      }
      i = e;
      continue;
    }
    if (i + 1 < n && Nf_ascii_alpha((unsigned char)s[i + 1])) {
      size_t k = i + 1;
      while (k < n && name_char((unsigned char)s[k])) k++;
      nf_sv name = Nf_sv(s + i + 1, k - i - 1);
      name_key key = key_of(name);
      bool keep_href =
          name.n == 4 && (key == KEY("link") || key == KEY("base"));
      size_t o0 = o;
      size_t e = copy_tag(s, i, k, n, out, &o, keep_href, key == KEY("time"));
      bool self_closing = e >= 2 && s[e - 2] == '/' && e - 2 > k;
      raw_kind raw = raw_element(key, name.n);
      if (key == KEY("pre") || key == KEY("listing") || key == KEY("plaintext"))
        pre_depth++;
      // Raw-text elements are always emitted: their end tag is found here.
      if (!shadow_start(&sh, key, name.n, self_closing || raw != RAW_NONE) &&
          raw == RAW_NONE)
        o = o0;
      i = e;
      if (raw == RAW_NONE || self_closing) continue;
      size_t close = find_end_tag(s, i, n, name);
      if (raw == RAW_KEEP) {
        memcpy(out + o, s + i, close - i);
        o += close - i;
      } else if (name.n == 6 && key == KEY("script") &&
                 Nf_sv_ifind(Nf_sv(s + k, e - k), NF_SV_LIT("ld+json")) >= 0 &&
                 h->n_jsonld < NF_HTML_MAX_JSONLD &&
                 close - i <= NF_HTML_MAX_JSONLD_BYTES) {
        h->jsonld[h->n_jsonld++] = (nf_html_span){i, close - i};
      }
      i = close;
      // Its end tag goes through as is (it was never on the shadow stack).
      if (i < n) {
        const char *gt = memchr(s + i, '>', n - i);
        size_t e2 = gt ? (size_t)(gt - s) + 1 : n;
        memcpy(out + o, s + i, e2 - i);
        o += e2 - i;
        i = e2;
      }
      continue;
    }
    out[o++] = '<';
    i++;
  }
  if (sh.flat && h->doc)
    Nf_doc_note(h->doc, "clean", SIZE_MAX,
                "HTML nested over %zu deep or with over %d misplaced end "
                "tags: the rest of the page was read without its markup",
                sh.cap, NF_HTML_MAX_MISPLACED);
  h->prep_depth_max = sh.cap;
  h->prep_misplaced = sh.misplaced;
  if (h->alloc) Nf_free(h->alloc, sh.names);
  return o;
}
