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
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;
}

bool Nf_cp_is_upper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU ||
         utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LT;
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
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
           cp == '\f' || cp == '\v';
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

static inline size_t decode(const char *s, size_t i, size_t end,
                            uint32_t *cp) {
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

static nf_status push(nf_toks *t, nf_tok tok) {
  if (t->n >= t->max) return NF_ETOOBIG;
  if (t->n == t->cap) {
    nf_status st = Nf_grow(t->alloc, (void **)&t->v, &t->cap, t->n + 1,
                           sizeof *t->v);
    if (st) return st;
  }
  t->v[t->n++] = tok;
  return NF_OK;
}

nf_status Nf_tokenize(nf_toks *t, const char *s, size_t start, size_t end) {
  size_t i = start;
  bool space = true, nl = i == 0;
  bool prev_word = false;  // the last token was a word (for "'s")
  while (i < end) {
    uint32_t cp;
    size_t k = decode(s, i, end, &cp);
    if (Nf_cp_is_space(cp)) {
      space = true;
      if (cp == '\n' || cp == 0x2028 || cp == 0x2029) nl = true;
      i += k;
      continue;
    }
    nf_tok tok = {(uint32_t)i, 0, cp, 0, NF_TOK_PUNCT, 0};
    if (!space) tok.flags |= NF_TF_GLUE;
    if (nl) tok.flags |= NF_TF_NL;
    size_t j = i + k;
    if (cp >= '0' && cp <= '9') {
      tok.kind = NF_TOK_NUM;
      while (ascii_digit_at(s, j, end)) j++;
      // Inner separators: "1,018" (groups of three), "1.5", "1.000.000".
      for (;;) {
        if (j + 1 < end && s[j] == ',' && ascii_digit_at(s, j + 1, end) &&
            ascii_digit_at(s, j + 2, end) && ascii_digit_at(s, j + 3, end) &&
            !ascii_digit_at(s, j + 4, end)) {
          j += 4;
        } else if (j + 1 < end && s[j] == '.' && ascii_digit_at(s, j + 1, end)) {
          j += 2;
          while (ascii_digit_at(s, j, end)) j++;
        } else {
          break;
        }
      }
    } else if (Nf_cp_is_letter(cp)) {
      tok.kind = NF_TOK_WORD;
      bool upper = Nf_cp_is_upper(cp), all_upper = upper;
      size_t letters = 1;
      if (upper) tok.flags |= NF_TF_CAP;
      if (cp >= 0x80) tok.flags |= NF_TF_NONASCII;
      while (j < end) {
        uint32_t c2;
        size_t k2 = decode(s, j, end, &c2);
        if (Nf_cp_is_letter(c2) || cp_is_mark(c2) ||
            (c2 >= '0' && c2 <= '9')) {
          if (Nf_cp_is_letter(c2)) {
            letters++;
            if (!Nf_cp_is_upper(c2)) all_upper = false;
          }
          if (c2 >= 0x80) tok.flags |= NF_TF_NONASCII;
          j += k2;
          continue;
        }
        if (Nf_cp_is_apostrophe(c2) && j + k2 < end) {
          // An inner apostrophe stays in the word ("don't", "O'Brien")
          // unless it starts a possessive "'s" that ends the word.
          uint32_t c3;
          size_t k3 = decode(s, j + k2, end, &c3);
          if (!Nf_cp_is_letter(c3)) break;
          if ((c3 == 's' || c3 == 'S')) {
            uint32_t c4 = ' ';
            if (j + k2 + k3 < end) decode(s, j + k2 + k3, end, &c4);
            if (!Nf_cp_is_letter(c4)) break;
          }
          tok.flags |= c2 >= 0x80 ? NF_TF_NONASCII : 0;
          j += k2;
          continue;
        }
        break;
      }
      if (all_upper && letters >= 2) tok.flags |= NF_TF_UPPER;
    } else if (Nf_cp_is_apostrophe(cp) && prev_word && !space && j < end &&
               (s[j] == 's' || s[j] == 'S') &&
               (j + 1 >= end || !Nf_cp_is_letter((unsigned char)s[j + 1]))) {
      tok.kind = NF_TOK_WORD;
      tok.flags |= NF_TF_POSS;
      j += 1;
    } else if (cp_is_symbol(cp)) {
      tok.kind = NF_TOK_SYM;
    } else if (cp == '.' && j + 1 < end && s[j] == '.' && s[j + 1] == '.') {
      j += 2;  // "..." as one mark
      tok.cp = 0x2026;
    }
    tok.end = (uint32_t)j;
    nf_status st = push(t, tok);
    if (st) return st;
    prev_word = tok.kind == NF_TOK_WORD;
    space = nl = false;
    i = j;
  }
  return NF_OK;
}
