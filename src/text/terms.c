#include "text/terms.h"

#include <libstemmer.h>
#include <string.h>
#include <utf8proc.h>

#include "core/alloc.h"
#include "core/utf8.h"
#include "text/terms_stopwords.h"

// ------------------------------------------------------------- tokenizer

void Nf_tok_init(nf_tokenizer *t, nf_sv text) {
  t->s = text.p;
  t->n = text.n > UINT32_MAX ? UINT32_MAX : text.n;
  t->pos = 0;
  t->sentence_start = true;
  t->after_stop = false;
  t->in_double = t->in_single = false;
}

static bool is_ideograph(uint32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) ||    // hiragana, katakana
         (cp >= 0x3400 && cp <= 0x4DBF) ||    // CJK extension A
         (cp >= 0x4E00 && cp <= 0x9FFF) ||    // CJK unified
         (cp >= 0xF900 && cp <= 0xFAFF) ||    // compatibility ideographs
         (cp >= 0x20000 && cp <= 0x2FA1F) ||  // supplementary ideographs
         (cp >= 0x0E00 && cp <= 0x0E7F);      // Thai
}

// Letters, digits and marks make words.
static bool is_word_cp(uint32_t cp) {
  if (cp < 0x80)
    return Nf_ascii_alpha((unsigned char)cp) ||
           Nf_ascii_digit((unsigned char)cp);
  switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: return true;
    default: return false;
  }
}

static bool is_digit_cp(uint32_t cp) {
  return cp < 0x80
             ? Nf_ascii_digit((unsigned char)cp)
             : utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_ND;
}

static bool is_upper_cp(uint32_t cp) {
  return cp < 0x80
             ? (cp >= 'A' && cp <= 'Z')
             : utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU;
}

static uint32_t peek(const nf_tokenizer *t, size_t at, size_t *len) {
  if (at >= t->n) {
    *len = 0;
    return 0;
  }
  unsigned char c = (unsigned char)t->s[at];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  uint32_t cp;
  *len = Nf_utf8_decode(t->s + at, t->n - at, &cp);
  return cp;
}

// A code point that is not part of a word: update the quote and sentence
// state. `prev_word` / `next_word` say whether word characters touch it.
static void punct(nf_tokenizer *t, uint32_t cp, bool prev_word,
                  bool next_word) {
  switch (cp) {
    case '\n':
      t->sentence_start = true;
      t->after_stop = false;
      t->in_double = t->in_single = false;
      break;
    case '.':
    case '!':
    case '?':
    case 0x2026:  // ellipsis
      if (!next_word && !t->sentence_start) {
        t->sentence_start = true;
        t->after_stop = true;
      }
      break;
    case '"':
    case 0x00AB:
    case 0x00BB:  // straight and angle marks toggle
      t->in_double = !t->in_double;
      break;
    case 0x201C:
    case 0x201E:
    case 0x201F:  // “ „ ‟ open
      // German „...“ closes with the mark English opens with.
      if (t->in_double && cp == 0x201C)
        t->in_double = false;
      else
        t->in_double = true;
      break;
    case 0x201D:  // ”
      t->in_double = false;
      break;
    case 0x2018:  // ‘ opens at a word's start
      if (!prev_word) t->in_single = true;
      break;
    case 0x2019:  // ’ closes at a word's end (inside a word it is kept)
      if (!next_word) t->in_single = false;
      break;
    default: break;
  }
}

// Fold one token's bytes into t->buf: lower case for ASCII, full case
// folding and NFKC through utf8proc otherwise. Commas (kept only between
// digits) are dropped; ’ becomes '.
static size_t fold_token(nf_tokenizer *t, size_t start, size_t end) {
  size_t o = 0;
  bool ascii = true;
  for (size_t i = start; i < end; i++)
    if ((unsigned char)t->s[i] >= 0x80) ascii = false;
  if (ascii) {
    for (size_t i = start; i < end && o < NF_TOKEN_MAX; i++) {
      unsigned char c = (unsigned char)t->s[i];
      if (c == ',') continue;
      t->buf[o++] = (char)Nf_ascii_lower(c);
    }
    return o;
  }
  // Decompose with case folding into code points, compose, encode.
  utf8proc_int32_t cps[NF_TOKEN_MAX * 2];
  utf8proc_ssize_t ncp = 0;
  int last_bound = 0;
  for (size_t i = start; i < end;) {
    uint32_t cp;
    size_t k = Nf_utf8_decode(t->s + i, end - i, &cp);
    i += k;
    if (cp == ',') continue;
    if (cp == 0x2019) cp = '\'';
    if (ncp + 8 > (utf8proc_ssize_t)(sizeof cps / sizeof cps[0])) break;
    utf8proc_ssize_t r =
        utf8proc_decompose_char((utf8proc_int32_t)cp, cps + ncp, 8,
                                UTF8PROC_CASEFOLD | UTF8PROC_COMPAT |
                                    UTF8PROC_DECOMPOSE | UTF8PROC_IGNORE,
                                &last_bound);
    if (r < 0 || r > 8) continue;
    ncp += r;
  }
  utf8proc_ssize_t m =
      utf8proc_normalize_utf32(cps, ncp, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
  if (m < 0) m = 0;
  for (utf8proc_ssize_t i = 0; i < m; i++) {
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t k = utf8proc_encode_char(cps[i], enc);
    if (o + (size_t)k > NF_TOKEN_MAX) break;
    memcpy(t->buf + o, enc, (size_t)k);
    o += (size_t)k;
  }
  return o;
}

bool Nf_tok_next(nf_tokenizer *t, nf_token *tok) {
  bool prev_word = false;
  while (t->pos < t->n) {
    size_t k;
    uint32_t cp = peek(t, t->pos, &k);
    if (!is_word_cp(cp)) {
      size_t k2;
      uint32_t next = peek(t, t->pos + k, &k2);
      punct(t, cp, prev_word, k2 && is_word_cp(next));
      prev_word = false;
      t->pos += k;
      continue;
    }
    // A word starts here.
    size_t start = t->pos;
    unsigned flags = 0;
    if (is_upper_cp(cp)) flags |= NF_TOK_CAPITAL;
    if (is_digit_cp(cp)) flags |= NF_TOK_NUMBER;
    // After a period, a word in lower case goes on the same sentence
    // ("U.S. forces", "approx. 40").
    bool lower = cp < 0x80 ? (cp >= 'a' && cp <= 'z')
                           : utf8proc_category((utf8proc_int32_t)cp) ==
                                 UTF8PROC_CATEGORY_LL;
    if (t->sentence_start && !(t->after_stop && lower))
      flags |= NF_TOK_SENTENCE;
    t->after_stop = false;
    if (t->in_double || t->in_single) flags |= NF_TOK_QUOTED;
    t->sentence_start = false;
    if (is_ideograph(cp)) {
      t->pos += k;
      flags |= NF_TOK_IDEOGRAPH;
    } else {
      uint32_t prev = cp;
      t->pos += k;
      while (t->pos < t->n) {
        uint32_t c = peek(t, t->pos, &k);
        if (is_word_cp(c) && !is_ideograph(c)) {
          prev = c;
          t->pos += k;
          continue;
        }
        // Joiners between two word characters.
        size_t k2;
        uint32_t next = peek(t, t->pos + k, &k2);
        if (!k2 || !is_word_cp(next) || is_ideograph(next)) break;
        bool join = false;
        if (c == '\'' || c == 0x2019)
          join = !is_digit_cp(prev) && !is_digit_cp(next);
        else if (c == '.')
          join = true;
        else if (c == ',')
          join = is_digit_cp(prev) && is_digit_cp(next);
        if (!join) break;
        t->pos += k;
      }
    }
    tok->start = (uint32_t)start;
    tok->end = (uint32_t)t->pos;
    size_t n = fold_token(t, start, t->pos);
    n = Nf_utf8_clip(t->buf, n);
    t->buf[n] = 0;
    tok->folded = Nf_sv(t->buf, n);
    tok->flags = flags;
    if (n == 0) continue;  // only ignorable code points
    return true;
  }
  return false;
}

// ------------------------------------------------------------- languages

typedef struct lang_entry {
  const char *iso1, *iso3, *name;  // name: libstemmer's, or NULL if none
} lang_entry;

static const lang_entry LANGS[] = {
    {"ar", "ara", "arabic"},
    {"ca", "cat", "catalan"},
    {"da", "dan", "danish"},
    {"de", "deu", "german"},
    {"el", "ell", "greek"},
    {"en", "eng", "english"},
    {"es", "spa", "spanish"},
    {"eu", "eus", "basque"},
    {"fi", "fin", "finnish"},
    {"fr", "fra", "french"},
    {"ga", "gle", "irish"},
    {"hi", "hin", "hindi"},
    {"hu", "hun", "hungarian"},
    {"hy", "hye", "armenian"},
    {"id", "ind", "indonesian"},
    {"it", "ita", "italian"},
    {"lt", "lit", "lithuanian"},
    {"ne", "nep", "nepali"},
    {"nl", "nld", "dutch"},
    {"no", "nor", "norwegian"},
    {"nb", "nob", "norwegian"},
    {"pt", "por", "portuguese"},
    {"ro", "ron", "romanian"},
    {"ru", "rus", "russian"},
    {"sr", "srp", "serbian"},
    {"sv", "swe", "swedish"},
    {"ta", "tam", "tamil"},
    {"tr", "tur", "turkish"},
    {"yi", "yid", "yiddish"},
    // Known languages without a Snowball stemmer: words stay unstemmed.
    {"zh", "zho", NULL},
    {"ja", "jpn", NULL},
    {"ko", "kor", NULL},
    {"th", "tha", NULL},
    {"uk", "ukr", NULL},
    {"pl", "pol", NULL},
    {"cs", "ces", NULL},
    {"fa", "fas", NULL},
    {"he", "heb", NULL},
    {"vi", "vie", NULL},
    {"ur", "urd", NULL},
    {"bn", "ben", NULL},
};

static const lang_entry *find_lang(const char *lang) {
  if (!lang) return NULL;
  char code[24];
  size_t n = 0;
  for (const char *p = lang;
       *p && *p != '-' && *p != '_' && n + 1 < sizeof code; p++)
    code[n++] = (char)Nf_ascii_lower((unsigned char)*p);
  code[n] = 0;
  for (size_t i = 0; i < sizeof LANGS / sizeof LANGS[0]; i++) {
    const lang_entry *e = &LANGS[i];
    if (strcmp(code, e->iso1) == 0 || strcmp(code, e->iso3) == 0 ||
        (e->name && strcmp(code, e->name) == 0))
      return e;
  }
  return NULL;
}

const char *Nf_language_code(const char *lang) {
  const lang_entry *e = find_lang(lang);
  return e ? e->iso1 : NULL;
}

struct nf_stemmer {
  const nf_allocator *alloc;
  const lang_entry *lang;
  struct sb_stemmer *sb;  // NULL: no stemming
  const struct stop_list *stop;
  char buf[NF_TOKEN_MAX * 2 + 8];
};

nf_stemmer *Nf_stemmer_new(const nf_allocator *alloc, const char *lang) {
  if (!alloc) alloc = &Nf_default_allocator;
  const lang_entry *e = find_lang(lang);
  if (!e) e = find_lang("en");
  nf_stemmer *s = Nf_calloc(alloc, 1, sizeof *s);
  if (!s) return NULL;
  s->alloc = alloc;
  s->lang = e;
  if (e->name) {
    s->sb = sb_stemmer_new(e->name, "UTF_8");
    if (!s->sb) {  // libstemmer refuses only when out of memory
      Nf_free(alloc, s);
      return NULL;
    }
  }
  for (size_t i = 0; i < sizeof STOP_LISTS / sizeof STOP_LISTS[0]; i++)
    if (strcmp(STOP_LISTS[i].lang, e->iso1) == 0) s->stop = &STOP_LISTS[i];
  return s;
}

void Nf_stemmer_free(nf_stemmer *s) {
  if (!s) return;
  if (s->sb) sb_stemmer_delete(s->sb);
  Nf_free(s->alloc, s);
}

const char *Nf_stemmer_language(const nf_stemmer *s) {
  return s->lang->iso1;
}

// Bytewise order of a view and a C string, without measuring the string.
static int cmp_sv_cstr(nf_sv a, const char *b) {
  size_t i = 0;
  for (; i < a.n && b[i]; i++) {
    unsigned char x = (unsigned char)a.p[i], y = (unsigned char)b[i];
    if (x != y) return x < y ? -1 : 1;
  }
  if (i < a.n) return 1;
  return b[i] ? -1 : 0;
}

bool Nf_stemmer_is_stop(const nf_stemmer *s, nf_sv folded) {
  if (!s->stop) return false;
  size_t lo = 0, hi = s->stop->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = cmp_sv_cstr(folded, s->stop->words[mid]);
    if (c == 0) return true;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return false;
}

// Strip combining marks from s (n bytes, UTF-8) into out; returns length.
static size_t strip_marks(const char *s, size_t n, char *out, size_t cap) {
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t k = Nf_utf8_decode(s + i, n - i, &cp);
    i += k;
    utf8proc_int32_t d[8];
    int bound = 0;
    utf8proc_ssize_t r = utf8proc_decompose_char(
        (utf8proc_int32_t)cp, d, 8, UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK,
        &bound);
    if (r < 0 || r > 8) continue;
    for (utf8proc_ssize_t j = 0; j < r; j++) {
      utf8proc_uint8_t enc[4];
      utf8proc_ssize_t e = utf8proc_encode_char(d[j], enc);
      if (o + (size_t)e > cap) return o;
      memcpy(out + o, enc, (size_t)e);
      o += (size_t)e;
    }
  }
  return o;
}

nf_sv Nf_stem(nf_stemmer *s, nf_sv folded) {
  const char *p = folded.p;
  size_t n = folded.n;
  if (n > NF_TOKEN_MAX) n = Nf_utf8_clip(p, NF_TOKEN_MAX);
  if (s->sb && n) {
    const sb_symbol *r = sb_stemmer_stem(s->sb, (const sb_symbol *)p, (int)n);
    if (r) {
      p = (const char *)r;
      n = (size_t)sb_stemmer_length(s->sb);
    }
  }
  bool ascii = true;
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)p[i] >= 0x80) ascii = false;
  if (ascii) {
    if (n > sizeof s->buf) n = sizeof s->buf;
    memmove(s->buf, p, n);
    return Nf_sv(s->buf, n);
  }
  // libstemmer's result lives in its own buffer; copy out while stripping.
  char tmp[NF_TOKEN_MAX * 2 + 8];
  if (n > sizeof tmp) n = Nf_utf8_clip(p, sizeof tmp);
  memcpy(tmp, p, n);
  size_t m = strip_marks(tmp, n, s->buf, sizeof s->buf);
  return Nf_sv(s->buf, m);
}
