#include "text/token.h"

#include <utf8proc.h>

#include "core/alloc.h"
#include "core/utf8.h"

void Nf_toks_init(nf_toks *t, const nf_allocator *alloc, size_t max) {
  t->v = NULL;
  t->n = t->cap = 0;
  t->max = max ? max : SIZE_MAX / sizeof(nf_tok);
  t->alloc = alloc ? alloc : &Nf_default_allocator;
}

void Nf_toks_fini(nf_toks *t) {
  Nf_free(t->alloc, t->v);
  t->v = NULL;
  t->n = t->cap = 0;
}

bool Nf_cp_is_letter(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;
}

bool Nf_cp_is_upper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool Nf_cp_is_hyphen(uint32_t cp) {
  return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 ||
         cp == 0xFE63 || cp == 0xFF0D;
}

bool Nf_cp_is_apostrophe(uint32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x02BC || cp == 0x2032;
}

bool Nf_cp_is_open_quote(uint32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201E || cp == 0x00AB ||
         cp == 0x2018 || cp == 0x201F;
}

bool Nf_cp_is_close_quote(uint32_t cp) {
  return cp == '"' || cp == 0x201D || cp == 0x00BB || cp == 0x2019;
}

bool Nf_cp_is_space(uint32_t cp) {
  if (cp < 0x80)
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
           cp == '\v';
  return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000 || cp == 0xFEFF || cp == 0x2028 ||
         cp == 0x2029;
}

static bool cp_is_mark(uint32_t cp) {
  if (cp < 0x300) return false;
  utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
  return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC ||
         c == UTF8PROC_CATEGORY_ME || cp == 0x200D;
}

static bool cp_is_symbol(uint32_t cp) {
  if (cp < 0x80)
    return cp == '$' || cp == '%' || cp == '#' || cp == '&' || cp == '+' ||
           cp == '@' || cp == '/' || cp == '*' || cp == '=' || cp == '<' ||
           cp == '>' || cp == '~' || cp == '^' || cp == '|' || cp == '\\' ||
           cp == '`';
  utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
  return c == UTF8PROC_CATEGORY_SC || c == UTF8PROC_CATEGORY_SM ||
         c == UTF8PROC_CATEGORY_SO || c == UTF8PROC_CATEGORY_SK;
}

// ASCII byte classes: most text is ASCII, and these decide a byte at once.
enum { A_OTHER = 0, A_SPACE, A_NL, A_DIGIT, A_UPPER, A_LOWER };
static const uint8_t ACLASS[128] = {
    ['\t'] = A_SPACE, ['\n'] = A_NL,   ['\v'] = A_SPACE, ['\f'] = A_SPACE,
    ['\r'] = A_SPACE, [' '] = A_SPACE, ['0'] = A_DIGIT,  ['1'] = A_DIGIT,
    ['2'] = A_DIGIT,  ['3'] = A_DIGIT, ['4'] = A_DIGIT,  ['5'] = A_DIGIT,
    ['6'] = A_DIGIT,  ['7'] = A_DIGIT, ['8'] = A_DIGIT,  ['9'] = A_DIGIT,
    ['A'] = A_UPPER,  ['B'] = A_UPPER, ['C'] = A_UPPER,  ['D'] = A_UPPER,
    ['E'] = A_UPPER,  ['F'] = A_UPPER, ['G'] = A_UPPER,  ['H'] = A_UPPER,
    ['I'] = A_UPPER,  ['J'] = A_UPPER, ['K'] = A_UPPER,  ['L'] = A_UPPER,
    ['M'] = A_UPPER,  ['N'] = A_UPPER, ['O'] = A_UPPER,  ['P'] = A_UPPER,
    ['Q'] = A_UPPER,  ['R'] = A_UPPER, ['S'] = A_UPPER,  ['T'] = A_UPPER,
    ['U'] = A_UPPER,  ['V'] = A_UPPER, ['W'] = A_UPPER,  ['X'] = A_UPPER,
    ['Y'] = A_UPPER,  ['Z'] = A_UPPER, ['a'] = A_LOWER,  ['b'] = A_LOWER,
    ['c'] = A_LOWER,  ['d'] = A_LOWER, ['e'] = A_LOWER,  ['f'] = A_LOWER,
    ['g'] = A_LOWER,  ['h'] = A_LOWER, ['i'] = A_LOWER,  ['j'] = A_LOWER,
    ['k'] = A_LOWER,  ['l'] = A_LOWER, ['m'] = A_LOWER,  ['n'] = A_LOWER,
    ['o'] = A_LOWER,  ['p'] = A_LOWER, ['q'] = A_LOWER,  ['r'] = A_LOWER,
    ['s'] = A_LOWER,  ['t'] = A_LOWER, ['u'] = A_LOWER,  ['v'] = A_LOWER,
    ['w'] = A_LOWER,  ['x'] = A_LOWER, ['y'] = A_LOWER,  ['z'] = A_LOWER,
};

static inline size_t decode(const char *s, size_t i, size_t end, uint32_t *cp) {
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  return Nf_utf8_decode(s + i, end - i, cp);
}

static inline bool ascii_digit_at(const char *s, size_t i, size_t end) {
  return i < end && s[i] >= '0' && s[i] <= '9';
}

static nf_status grow(nf_toks *t) {
  if (t->n >= t->max) return NF_ETOOBIG;
  return Nf_grow(t->alloc, (void **)&t->v, &t->cap, t->n + 1, sizeof *t->v);
}

static inline uint32_t fnv(uint32_t h, unsigned char c) {
  if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
  return (h ^ c) * 16777619u;
}

// A word from s[i]: letters of any script, marks, digits after the first
// letter, inner apostrophes ("don't") but not a possessive "'s". Fills
// end, flags and hash.
static size_t scan_word(const char *s, size_t i, size_t end, nf_tok *tok) {
  size_t j = i;
  bool first = true, all_upper = true;
  size_t letters = 0;
  uint32_t h = 2166136261u;
  while (j < end) {
    unsigned char c = (unsigned char)s[j];
    if (c < 0x80) {
      uint8_t k = ACLASS[c];
      if (k == A_UPPER || k == A_LOWER || (k == A_DIGIT && !first)) {
        if (k != A_DIGIT) {
          letters++;
          if (k == A_LOWER)
            all_upper = false;
          else if (first)
            tok->flags |= NF_TF_CAP;
        }
        h = fnv(h, c);
        first = false;
        j++;
        continue;
      }
      if (c == '\'' && !first) goto apostrophe;
      break;
    }
    {
      uint32_t cp;
      size_t k2 = Nf_utf8_decode(s + j, end - j, &cp);
      if (Nf_cp_is_letter(cp) || (!first && cp_is_mark(cp))) {
        letters++;
        bool up = Nf_cp_is_upper(cp);
        if (!up)
          all_upper = false;
        else if (first)
          tok->flags |= NF_TF_CAP;
        if (first) tok->cp = cp;
        tok->flags |= NF_TF_NONASCII;
        for (size_t b = 0; b < k2; b++) h = fnv(h, (unsigned char)s[j + b]);
        first = false;
        j += k2;
        continue;
      }
      if (first || !Nf_cp_is_apostrophe(cp)) break;
    }
  apostrophe : {
    // An inner apostrophe stays in the word ("don't", "O'Brien") unless
    // it starts a possessive "'s" that ends the word.
    uint32_t ap;
    size_t ka = decode(s, j, end, &ap);
    if (j + ka >= end) break;
    uint32_t c3;
    size_t k3 = decode(s, j + ka, end, &c3);
    if (!Nf_cp_is_letter(c3)) break;
    if (c3 == 's' || c3 == 'S') {
      uint32_t c4 = ' ';
      if (j + ka + k3 < end) decode(s, j + ka + k3, end, &c4);
      if (!Nf_cp_is_letter(c4)) break;
    }
    if (ap >= 0x80) tok->flags |= NF_TF_NONASCII;
    for (size_t b = 0; b < ka; b++) h = fnv(h, (unsigned char)s[j + b]);
    j += ka;
  }
  }
  if (all_upper && letters >= 2) tok->flags |= NF_TF_UPPER;
  tok->hash = h;
  return j;
}

nf_status Nf_tokenize(nf_toks *t, const char *s, size_t start, size_t end) {
  size_t i = start;
  bool space = true, nl = i == 0;
  bool prev_word = false;  // the last token was a word (for "'s")
  while (i < end) {
    unsigned char c0 = (unsigned char)s[i];
    uint32_t cp = c0;
    size_t k = 1;
    uint8_t ak = c0 < 0x80 ? ACLASS[c0] : A_OTHER;
    if (ak == A_SPACE || ak == A_NL) {
      space = true;
      if (ak == A_NL) nl = true;
      i++;
      continue;
    }
    if (c0 >= 0x80) {
      k = Nf_utf8_decode(s + i, end - i, &cp);
      if (Nf_cp_is_space(cp)) {
        space = true;
        if (cp == 0x2028 || cp == 0x2029) nl = true;
        i += k;
        continue;
      }
    }
    if (t->n == t->cap) {
      nf_status st = grow(t);
      if (st) return st;
    } else if (t->n >= t->max) {
      return NF_ETOOBIG;
    }
    nf_tok *tok = &t->v[t->n];
    *tok = (nf_tok){(uint32_t)i, 0, cp, 0, 0, NF_TOK_PUNCT, 0};
    if (!space) tok->flags |= NF_TF_GLUE;
    if (nl) tok->flags |= NF_TF_NL;
    size_t j = i + k;
    if (ak == A_DIGIT) {
      tok->kind = NF_TOK_NUM;
      while (ascii_digit_at(s, j, end)) j++;
      // Inner separators: "1,018" (groups of three), "1.5", "1.000.000".
      for (;;) {
        if (j + 1 < end && s[j] == ',' && ascii_digit_at(s, j + 1, end) &&
            ascii_digit_at(s, j + 2, end) && ascii_digit_at(s, j + 3, end) &&
            !ascii_digit_at(s, j + 4, end)) {
          j += 4;
        } else if (j + 1 < end && s[j] == '.' &&
                   ascii_digit_at(s, j + 1, end)) {
          j += 2;
          while (ascii_digit_at(s, j, end)) j++;
        } else {
          break;
        }
      }
    } else if (ak == A_UPPER || ak == A_LOWER ||
               (c0 >= 0x80 && Nf_cp_is_letter(cp))) {
      tok->kind = NF_TOK_WORD;
      j = scan_word(s, i, end, tok);
    } else if (Nf_cp_is_apostrophe(cp) && prev_word && !space && j < end &&
               (s[j] == 's' || s[j] == 'S') &&
               (j + 1 >= end || !Nf_cp_is_letter((unsigned char)s[j + 1]))) {
      tok->kind = NF_TOK_WORD;
      tok->flags |= NF_TF_POSS;
      j += 1;
    } else if (cp_is_symbol(cp)) {
      tok->kind = NF_TOK_SYM;
    } else if (cp == '.' && j + 1 < end && s[j] == '.' && s[j + 1] == '.') {
      j += 2;  // "..." as one mark
      tok->cp = 0x2026;
    }
    tok->end = (uint32_t)j;
    t->n++;
    prev_word = tok->kind == NF_TOK_WORD;
    space = nl = false;
    i = j;
  }
  return NF_OK;
}
