// The line classifier: what one line of page text is, from its own shape
// (length, final stop, capitalisation, stop-word density, menu
// separators) and its vocabulary (share rows, teasers, comment widgets,
// image credits, footers) in several languages.
#include <pthread.h>
#include <string.h>
#include <utf8proc.h>

#include "clean/text.h"
#include "clean/text_stopwords.h"
#include "core/utf8.h"

static const char *const KIND_NAMES[NF_LK__COUNT] = {
    "empty",  "prose",    "headline", "short",     "social",
    "teaser", "comments", "image",    "separator", "nav",
    "footer", "advert",   "end",      "dateline",  "byline"};

const char *Nf_line_kind_name(nf_line_kind k) {
  return (unsigned)k < NF_LK__COUNT ? KIND_NAMES[k] : "?";
}

// ------------------------------------------------------------ stop words

// Byte order, a prefix first (as memcmp then length), without a strlen
// of the entry: this runs for every word of every line.
static int cmp_word(nf_sv w, const char *entry) {
  const unsigned char *e = (const unsigned char *)entry;
  for (size_t i = 0; i < w.n; i++) {
    unsigned char a = (unsigned char)w.p[i];
    if (!e[i] || a > e[i]) return 1;
    if (a < e[i]) return -1;
  }
  return e[w.n] ? -1 : 0;
}

// The stop words by hash, built once (read-only afterwards): every word
// of every line is looked up, and a binary search over 5,000 strings was
// a fifth of the cleaner's time. Slots hold index + 1; 0 is empty.
#define NF_STOP_SLOTS 16384
static uint16_t STOP_SLOT[NF_STOP_SLOTS];
static size_t STOP_MAX_LEN;
static pthread_once_t STOP_ONCE = PTHREAD_ONCE_INIT;

static uint32_t stop_hash(const char *p, size_t n) {
  uint32_t h = 2166136261u;  // FNV-1a
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)p[i]) * 16777619u;
  return h;
}

static void build_stop_slots(void) {
  size_t n = sizeof NF_STOPWORDS / sizeof *NF_STOPWORDS;
  _Static_assert(sizeof NF_STOPWORDS / sizeof *NF_STOPWORDS < NF_STOP_SLOTS / 2,
                 "the stop-word table stays under half full");
  for (size_t i = 0; i < n; i++) {
    size_t len = strlen(NF_STOPWORDS[i].word);
    if (len > STOP_MAX_LEN) STOP_MAX_LEN = len;
    uint32_t k = stop_hash(NF_STOPWORDS[i].word, len) & (NF_STOP_SLOTS - 1);
    while (STOP_SLOT[k]) k = (k + 1) & (NF_STOP_SLOTS - 1);
    STOP_SLOT[k] = (uint16_t)(i + 1);
  }
}

uint32_t Nf_stopword_langs(nf_sv w) {
  pthread_once(&STOP_ONCE, build_stop_slots);
  if (!w.n || w.n > STOP_MAX_LEN) return 0;
  for (uint32_t k = stop_hash(w.p, w.n) & (NF_STOP_SLOTS - 1); STOP_SLOT[k];
       k = (k + 1) & (NF_STOP_SLOTS - 1)) {
    const nf_stopword *e = &NF_STOPWORDS[STOP_SLOT[k] - 1];
    if (cmp_word(w, e->word) == 0) return e->langs;
  }
  return 0;
}

// The table is sorted: a binary search, for the unit test that the hash
// finds the same.
uint32_t Nf_stopword_langs_sorted(nf_sv w) {
  size_t lo = 0, hi = sizeof NF_STOPWORDS / sizeof *NF_STOPWORDS;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = cmp_word(w, NF_STOPWORDS[mid].word);
    if (c == 0) return NF_STOPWORDS[mid].langs;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return 0;
}

int Nf_stop_lang_index(const char *code) {
  for (int i = 0; i < NF_STOP_LANGS; i++)
    if (strcmp(NF_STOP_LANG_CODE[i], code) == 0) return i;
  return -1;
}

const char *Nf_stop_lang_code(int lang) {
  return lang >= 0 && lang < NF_STOP_LANGS ? NF_STOP_LANG_CODE[lang] : NULL;
}

// --------------------------------------------------------- normalisation

// One code point of s (room n > 0); ASCII without a call.
static inline size_t decode_cp(const char *s, size_t n, uint32_t *cp) {
  if ((unsigned char)s[0] < 0x80) {
    *cp = (unsigned char)s[0];
    return 1;
  }
  return Nf_utf8_decode(s, n, cp);
}

// utf8proc_category, ASCII answered here (most of any page). ASCII that
// is not a letter or digit comes back as "other punctuation": callers
// here only ask letter, digit, mark and case.
static inline utf8proc_category_t cat_of(uint32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'a' && cp <= 'z') return UTF8PROC_CATEGORY_LL;
    if (cp >= 'A' && cp <= 'Z') return UTF8PROC_CATEGORY_LU;
    if (cp >= '0' && cp <= '9') return UTF8PROC_CATEGORY_ND;
    return UTF8PROC_CATEGORY_PO;
  }
  return utf8proc_category((utf8proc_int32_t)cp);
}

static bool is_letter_cat(utf8proc_category_t c) {
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}
static bool is_mark_cat(utf8proc_category_t c) {
  return c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME;
}
static bool is_digit_cat(utf8proc_category_t c) {
  return c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO;
}
static bool is_alnum_cp(uint32_t cp) {
  utf8proc_category_t c = cat_of(cp);
  return is_letter_cat(c) || is_digit_cat(c) || is_mark_cat(c);
}
// White space of any kind, including NBSP and the zero-width space.
static bool is_space_cp(uint32_t cp) {
  if (cp < 0x80) return Nf_ascii_space((unsigned char)cp);
  if (cp == 0xA0 || cp == 0x1680 || cp == 0x202F || cp == 0x205F ||
      cp == 0x3000 || cp == 0xFEFF)
    return true;
  return cp >= 0x2000 && cp <= 0x200B;
}
// Ideographs and kana: words without spaces, counted one per character.
static bool is_cjk(uint32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

// Append s with white space runs squeezed to one space (no space at the
// start of what is appended).
static nf_status put_squeezed(nf_buf *out, nf_sv s, bool *pending) {
  size_t i = 0;
  while (i < s.n) {
    uint32_t cp;
    size_t k = decode_cp(s.p + i, s.n - i, &cp);
    if (cp < 0x80 && !Nf_ascii_space((unsigned char)cp)) {
      // A run of ASCII that is not white space goes in one piece.
      while (i + k < s.n && (unsigned char)s.p[i + k] < 0x80 &&
             !Nf_ascii_space((unsigned char)s.p[i + k]))
        k++;
    }
    if (is_space_cp(cp) || cp == 0xAD) {  // soft hyphen goes too
      if (cp != 0x200B && cp != 0xFEFF && cp != 0xAD) *pending = true;
      i += k;
      continue;
    }
    if (*pending && out->len && out->data[out->len - 1] != ' ') {
      nf_status st = Nf_buf_putc(out, ' ');
      if (st) return st;
    }
    *pending = false;
    nf_status st = Nf_buf_append(out, s.p + i, k);
    if (st) return st;
    i += k;
  }
  return NF_OK;
}

static bool has_alnum(nf_sv s) {
  size_t i = 0;
  while (i < s.n) {
    uint32_t cp;
    i += Nf_utf8_decode(s.p + i, s.n - i, &cp);
    if (is_alnum_cp(cp)) return true;
  }
  return false;
}

size_t Nf_text_bullet_len(nf_sv s) {
  // Bullets of Markdown and of text dumps (w3m, lynx, browsers), each
  // followed by a space.
  static const char *const BULLETS[] = {"* ",
                                        "- ",
                                        "+ ",
                                        "\xE2\x80\xA2 ",
                                        "\xC2\xB7 ",
                                        "\xE2\x97\xA6 ",
                                        "\xE2\x96\xAA ",
                                        "\xE2\x96\xBA ",
                                        "\xE2\x80\xA3 ",
                                        "\xE2\x96\xA1 ",
                                        "\xE2\x96\xA0 ",
                                        "\xE2\x97\x8B ",
                                        "\xE2\x97\x8F ",
                                        "\xE2\x98\x86 ",
                                        "\xE2\x98\x85 ",
                                        "\xE2\x97\x86 ",
                                        "\xE2\x97\x87 ",
                                        "\xE2\x96\xB8 ",
                                        "\xE2\x96\xB6 ",
                                        "\xE2\x9E\xA2 ",
                                        "\xE2\x9E\xA4 ",
                                        "\xE2\x9C\x93 ",
                                        "\xE2\x9C\x94 ",
                                        NULL};
  for (const char *const *b = BULLETS; *b; b++) {
    size_t n = strlen(*b);
    if (s.n >= n && memcmp(s.p, *b, n) == 0) return n;
  }
  return 0;
}

// Leading block marks: "#" headings, "> " quotes, list bullets.
static nf_sv strip_block_marks(nf_sv s, nf_line_info *info) {
  for (int guard = 0; guard < 8; guard++) {
    s = Nf_sv_trim(s);
    if (!s.n) break;
    if (s.p[0] == '#') {
      size_t k = 0;
      while (k < s.n && s.p[k] == '#') k++;
      if (k <= 6 && (k == s.n || s.p[k] == ' ')) {
        info->heading = (uint8_t)k;
        s = Nf_sv(s.p + k, s.n - k);
        continue;
      }
      break;
    }
    if (s.p[0] == '>' && (s.n == 1 || s.p[1] == ' ')) {
      s = Nf_sv(s.p + 1, s.n - 1);
      continue;
    }
    size_t k = Nf_text_bullet_len(s);
    if (!k || k >= s.n) break;
    info->bullet = true;
    s = Nf_sv(s.p + k, s.n - k);
  }
  return s;
}

// At s[i] == '[': the end of "[text](target)", or 0. *text gets the text.
// Bounded: a link longer than 4 KB is not a link.
static size_t md_link_end(nf_sv s, size_t i, nf_sv *text) {
  size_t lim = s.n - i > 4096 ? i + 4096 : s.n;
  int depth = 0;
  size_t j = i;
  for (; j < lim; j++) {
    if (s.p[j] == '[')
      depth++;
    else if (s.p[j] == ']' && --depth == 0)
      break;
  }
  if (j >= lim || j + 1 >= s.n || s.p[j + 1] != '(') return 0;
  *text = Nf_sv(s.p + i + 1, j - i - 1);
  int pd = 0;
  for (size_t k = j + 1; k < lim; k++) {
    if (s.p[k] == '(')
      pd++;
    else if (s.p[k] == ')' && --pd == 0)
      return k + 1;
    else if (s.p[k] == ' ' && k + 1 < lim && s.p[k + 1] != '"' &&
             s.p[k + 1] != '\'' && s.p[k + 1] != '(')
      return 0;
  }
  return 0;
}

static bool word_byte(unsigned char c) {
  return Nf_ascii_alpha(c) || Nf_ascii_digit(c) || c >= 0x80;
}

nf_status Nf_text_normalize(nf_buf *out, nf_sv raw, bool markdown,
                            nf_line_info *info) {
  info->bullet = false;
  info->heading = 0;
  info->link_chars = 0;
  info->images = 0;
  nf_sv s = Nf_sv_trim(raw);
  if (has_alnum(s)) s = strip_block_marks(s, info);
  size_t start = out->len;
  bool pending = false;
  nf_status st = NF_OK;
  size_t i = 0, lit = 0;  // lit: start of the literal run not yet copied
#define FLUSH(upto)                                                   \
  do {                                                                \
    if ((upto) > lit)                                                 \
      st = put_squeezed(out, Nf_sv(s.p + lit, (upto)-lit), &pending); \
    if (st) return st;                                                \
  } while (0)
  while (i < s.n) {
    unsigned char c = (unsigned char)s.p[i];
    nf_sv text;
    size_t end;
    if (c == '!' && i + 1 < s.n && s.p[i + 1] == '[' &&
        (end = md_link_end(s, i + 1, &text))) {
      FLUSH(i);
      info->images++;
      pending = true;
      i = lit = end;
      continue;
    }
    if (c == '[' && (end = md_link_end(s, i, &text))) {
      FLUSH(i);
      // The link text may hold an image or emphasis: normalise it too.
      nf_line_info inner = {0};
      size_t before = out->len;
      if (text.n && !(text.n >= 2 && text.p[0] == '!' && text.p[1] == '[')) {
        if (pending && out->len && out->data[out->len - 1] != ' ')
          if ((st = Nf_buf_putc(out, ' '))) return st;
        pending = false;
        st = Nf_text_normalize(out, text, markdown, &inner);
        if (st) return st;
      } else {
        info->images++;
      }
      info->link_chars += (uint32_t)(out->len - before);
      i = lit = end;
      continue;
    }
    if (c == '<' && s.n - i > 8 &&
        (memcmp(s.p + i + 1, "http://", 7) == 0 ||
         memcmp(s.p + i + 1, "https://", 8) == 0)) {
      const char *gt = memchr(s.p + i, '>', s.n - i);
      if (gt) {
        FLUSH(i);
        i = lit = (size_t)(gt - s.p) + 1;
        pending = true;
        continue;
      }
    }
    if (c == '\\' && i + 1 < s.n && s.p[i + 1] > 32 && s.p[i + 1] < 127 &&
        !word_byte((unsigned char)s.p[i + 1])) {
      FLUSH(i);
      lit = i + 1;
      i += 2;
      continue;
    }
    if (markdown && (c == '*' || c == '_')) {
      size_t k = i;
      while (k < s.n && s.p[k] == (char)c) k++;
      bool before = i > 0 && word_byte((unsigned char)s.p[i - 1]);
      bool after = k < s.n && word_byte((unsigned char)s.p[k]);
      // An emphasis mark touches a word on one side only; "snake_case"
      // and "2*3" keep theirs.
      if (before != after || (k - i >= 2 && !(before && after))) {
        FLUSH(i);
        i = lit = k;
        continue;
      }
      i = k;
      continue;
    }
    i++;
  }
  FLUSH(s.n);
#undef FLUSH
  // Trim what was appended.
  while (out->len > start && out->data[out->len - 1] == ' ') out->len--;
  if (out->data) out->data[out->len] = 0;
  return NF_OK;
}

// --------------------------------------------------------- measurements

// Lower-case s into buf (at most cap-1 bytes, whole code points), with
// typographic apostrophes as "'" so vocabulary lists stay ASCII.
static nf_sv lower_into(nf_sv s, char *buf, size_t cap) {
  size_t i = 0, n = 0;
  while (i < s.n) {
    unsigned char a = (unsigned char)s.p[i];
    if (a < 0x80) {
      if (n + 1 >= cap) break;
      buf[n++] = (char)Nf_ascii_lower(a);
      i++;
      continue;
    }
    uint32_t cp;
    i += Nf_utf8_decode(s.p + i, s.n - i, &cp);
    if (cp == 0x2019 || cp == 0x2018) cp = '\'';
    cp = (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
    char tmp[4];
    size_t k = Nf_utf8_encode(cp, tmp);
    if (n + k >= cap) break;
    memcpy(buf + n, tmp, k);
    n += k;
  }
  buf[n] = 0;
  return Nf_sv(buf, n);
}

// Closing marks after a final stop: quotes, brackets.
static bool is_closer(uint32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D ||
         cp == 0x2019 || cp == 0xBB || cp == 0x203A || cp == 0x300D ||
         cp == 0x300F || cp == '*' || cp == '_';
}

static bool is_stop_cp(uint32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x3002 ||
         cp == 0xFF01 || cp == 0xFF1F || cp == 0x061F || cp == 0x06D4 ||
         cp == 0x0964;
}

// Decode the code point that ends at s.p[end-1].
static size_t prev_cp(nf_sv s, size_t end, uint32_t *cp) {
  size_t b = end;
  while (b > 0 && end - b < 4) {
    b--;
    if (((unsigned char)s.p[b] & 0xC0) != 0x80) break;
  }
  Nf_utf8_decode(s.p + b, end - b, cp);
  return b;
}

// s before its byte at ends with the ASCII word w (lower case), any case.
static bool iends_at(nf_sv s, size_t at, const char *w, size_t n) {
  if (at < n) return false;
  for (size_t i = 0; i < n; i++)
    if (Nf_ascii_lower((unsigned char)s.p[at - n + i]) != (unsigned char)w[i])
      return false;
  return true;
}

// "http://", "https://" or "www." anywhere, any case: looked for from the
// rarer ':' and '.' (memchr) rather than at every byte.
static bool has_url_text(nf_sv s) {
  const char *end = s.p + s.n;
  for (const char *at = s.p;
       at < end && (at = memchr(at, ':', (size_t)(end - at))); at++) {
    size_t i = (size_t)(at - s.p);
    if (s.n - i >= 3 && at[1] == '/' && at[2] == '/' &&
        (iends_at(s, i, "http", 4) || iends_at(s, i, "https", 5)))
      return true;
  }
  for (const char *at = s.p;
       at < end && (at = memchr(at, '.', (size_t)(end - at))); at++)
    if (iends_at(s, (size_t)(at - s.p), "www", 3)) return true;
  return false;
}

static void measure(nf_sv s, nf_line_info *in) {
  uint16_t lang_counts[NF_STOP_LANGS];
  memset(lang_counts, 0, sizeof lang_counts);
  size_t i = 0;
  uint32_t chars = 0;
  while (i < s.n) {
    // ASCII between words (spaces, punctuation) without a decode.
    unsigned char a = (unsigned char)s.p[i];
    if (a < 0x80 && !Nf_ascii_alpha(a) && !Nf_ascii_digit(a)) {
      chars++;
      i++;
      continue;
    }
    uint32_t cp;
    size_t k = decode_cp(s.p + i, s.n - i, &cp);
    utf8proc_category_t cat = cat_of(cp);
    if (!(is_letter_cat(cat) || is_digit_cat(cat))) {
      chars++;
      i += k;
      continue;
    }
    if (is_cjk(cp)) {
      chars++;
      i += k;
      if (in->words < UINT16_MAX) in->words++, in->alpha_words++;
      continue;
    }
    // One word: letters, marks, digits, and inner ' ’ - . , before one.
    size_t b = i;
    bool alpha = is_letter_cat(cat);
    bool up = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
    bool low = cat == UTF8PROC_CATEGORY_LL;
    while (i < s.n) {
      // ASCII letters and digits go on the word, other ASCII but the
      // inner marks ends it, without a decode.
      unsigned char a2 = (unsigned char)s.p[i];
      if (a2 < 0x80) {
        if (Nf_ascii_alpha(a2) || Nf_ascii_digit(a2)) {
          i++;
          chars++;
          continue;
        }
        if (a2 != '\'' && a2 != '-' && a2 != '.' && a2 != ',') break;
      }
      uint32_t c2;
      size_t k2 = decode_cp(s.p + i, s.n - i, &c2);
      utf8proc_category_t cat2 = cat_of(c2);
      if (is_letter_cat(cat2) || is_digit_cat(cat2) || is_mark_cat(cat2)) {
        if (is_cjk(c2)) break;
        i += k2;
        chars++;
        continue;
      }
      if ((c2 == '\'' || c2 == 0x2019 || c2 == '-' || c2 == '.' || c2 == ',') &&
          i + k2 < s.n) {
        uint32_t c3;
        decode_cp(s.p + i + k2, s.n - i - k2, &c3);
        if (is_alnum_cp(c3) && !is_cjk(c3)) {
          i += k2;
          chars++;
          continue;
        }
      }
      break;
    }
    if (in->words < UINT16_MAX) in->words++;
    if (alpha && in->alpha_words < UINT16_MAX) in->alpha_words++;
    if (up && in->upper < UINT16_MAX) in->upper++;
    if (low && in->lower < UINT16_MAX) in->lower++;
    uint32_t langs = 0;
    if (alpha && i - b < 48) {
      char lw[64];
      nf_sv w = lower_into(Nf_sv(s.p + b, i - b), lw, sizeof lw);
      langs = Nf_stopword_langs(w);
      for (uint32_t m = langs, l = 0; m && l < NF_STOP_LANGS; l++, m >>= 1)
        if ((m & 1) && lang_counts[l] < UINT16_MAX) lang_counts[l]++;
    }
    // Content words after the first: capitals there make Title Case.
    if (alpha && !langs && in->words > 1 && in->content < UINT16_MAX) {
      in->content++;
      if (up) in->content_upper++;
    }
  }
  in->chars = chars;
  int best = -1;
  for (int l = 0; l < NF_STOP_LANGS; l++)
    if (lang_counts[l] && (best < 0 || lang_counts[l] > lang_counts[best]))
      best = l;
  in->lang = (int8_t)best;
  in->stops = best >= 0 ? lang_counts[best] : 0;

  // The end: a stop before closing quotes and brackets, or a colon.
  size_t end = s.n;
  while (end > 0) {
    uint32_t cp;
    size_t b = prev_cp(s, end, &cp);
    if (is_closer(cp) || is_space_cp(cp)) {
      end = b;
      continue;
    }
    // A trailing ellipsis marks a cut teaser ("as Hurri..."), not an
    // ended sentence.
    in->ends_sentence =
        is_stop_cp(cp) && cp != 0x2026 &&
        !(cp == '.' && b >= 2 && s.p[b - 1] == '.' && s.p[b - 2] == '.');
    in->ends_colon = cp == ':';
    break;
  }
  in->has_url = has_url_text(s);
  static const nf_sv SEPS[] = {NF_SV_INIT(" | "),
                               NF_SV_INIT(" \xE2\x80\xA2 "),
                               NF_SV_INIT(" \xC2\xB7 "),
                               NF_SV_INIT(" \xC2\xBB "),
                               NF_SV_INIT(" \xE2\x80\xBA "),
                               NF_SV_INIT(" > "),
                               NF_SV_INIT(" / "),
                               NF_SV_INIT(" :: ")};
  // Every separator starts with a space: only spaces are looked at.
  const char *end_p = s.p + s.n;
  for (const char *at = s.p;
       at < end_p && (at = memchr(at, ' ', (size_t)(end_p - at))) != NULL;
       at++) {
    for (size_t k = 0; k < sizeof SEPS / sizeof *SEPS; k++) {
      size_t n = SEPS[k].n;
      if ((size_t)(end_p - at) >= n && at[1] == SEPS[k].p[1] &&
          memcmp(at, SEPS[k].p, n) == 0 && in->seps < UINT16_MAX)
        in->seps++;
    }
  }
}

// ------------------------------------------------------------ vocabulary

// A lower-cased line, and its core: without leading and trailing
// characters that are not letters (counts, brackets, colons, arrows).
typedef struct lc_line {
  nf_sv all;
  nf_sv core;
} lc_line;

static nf_sv core_of(nf_sv s) {
  size_t b = 0, e = s.n;
  while (b < e) {
    uint32_t cp;
    size_t k = Nf_utf8_decode(s.p + b, e - b, &cp);
    if (is_letter_cat(cat_of(cp))) break;
    b += k;
  }
  while (e > b) {
    uint32_t cp;
    size_t pb = prev_cp(s, e, &cp);
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    if (is_letter_cat(c) || is_mark_cat(c)) break;
    e = pb;
  }
  return Nf_sv(s.p + b, e - b);
}

static bool in_list(nf_sv s, const char *const *list) {
  if (!s.n) return false;
  for (; *list; list++)
    if ((*list)[0] == s.p[0] && Nf_sv_eq(s, Nf_sv_cstr(*list))) return true;
  return false;
}

// s starts with phrase, followed by the end or a character that is not a
// letter or digit.
static bool starts_phrase(nf_sv s, const char *phrase, nf_sv *rest) {
  if (!s.n || phrase[0] != s.p[0]) return false;
  nf_sv p = Nf_sv_cstr(phrase);
  if (s.n < p.n || memcmp(s.p, p.p, p.n) != 0) return false;
  if (s.n > p.n && p.p[p.n - 1] != ' ') {
    uint32_t cp;
    Nf_utf8_decode(s.p + p.n, s.n - p.n, &cp);
    if (is_alnum_cp(cp)) return false;
  }
  if (rest) *rest = Nf_sv(s.p + p.n, s.n - p.n);
  return true;
}

static const char *starts_any(nf_sv s, const char *const *list, nf_sv *rest) {
  for (; *list; list++)
    if (starts_phrase(s, *list, rest)) return *list;
  return NULL;
}

static bool starts_raw_any(nf_sv s, const char *const *list) {
  for (; *list; list++) {
    nf_sv p = Nf_sv_cstr(*list);
    if (s.n >= p.n && memcmp(s.p, p.p, p.n) == 0) return true;
  }
  return false;
}

// Whether s (already lower-case) contains one of the phrases.
// Each phrase is compared up to its NUL (no strlen per phrase and line).
static bool contains_any(nf_sv s, const char *const *list) {
  const char *end = s.p + s.n;
  for (; *list; list++) {
    const char *p = *list;
    if (!p[0]) continue;
    for (const char *at = s.p;
         at < end && (at = memchr(at, p[0], (size_t)(end - at))) != NULL;
         at++) {
      size_t i = 1;
      while (p[i] && at + i < end && at[i] == p[i]) i++;
      if (!p[i]) return true;
    }
  }
  return false;
}

// Words of share and follow rows: networks, share verbs, and the small
// words that join them ("Share on X", "Follow us on Instagram").
static const char *const SOCIAL_NETWORKS[] = {"facebook",
                                              "twitter",
                                              "linkedin",
                                              "pinterest",
                                              "whatsapp",
                                              "telegram",
                                              "reddit",
                                              "tumblr",
                                              "instagram",
                                              "youtube",
                                              "tiktok",
                                              "snapchat",
                                              "flipboard",
                                              "pocket",
                                              "digg",
                                              "vk",
                                              "vkontakte",
                                              "odnoklassniki",
                                              "weibo",
                                              "wechat",
                                              "viber",
                                              "messenger",
                                              "skype",
                                              "xing",
                                              "threads",
                                              "bluesky",
                                              "mastodon",
                                              "gmail",
                                              "email",
                                              "e-mail",
                                              "mail",
                                              "sms",
                                              "print",
                                              "tweet",
                                              "pin",
                                              "google",
                                              "google+",
                                              "googleplus",
                                              "rss",
                                              "share",
                                              "shares",
                                              "sharing",
                                              "partager",
                                              "partagez",
                                              "teilen",
                                              "compartir",
                                              "comparte",
                                              "condividi",
                                              "compartilhar",
                                              "partilhar",
                                              "compartilhe",
                                              "delen",
                                              "deel",
                                              "поделиться",
                                              "مشاركة",
                                              "شارك",
                                              "paylaş",
                                              "bagikan",
                                              "udostępnij",
                                              "dela",
                                              "jaa",
                                              "sdílet",
                                              "imprimer",
                                              "drucken",
                                              "imprimir",
                                              "stampa",
                                              "afdrukken",
                                              "печать",
                                              "courriel",
                                              "copy",
                                              "url",
                                              "link",
                                              "x",
                                              NULL};
static const char *const SOCIAL_FILLER[] = {
    "on",     "via",     "this",     "the",      "article", "story",   "page",
    "post",   "us",      "to",       "with",     "your",    "friends", "a",
    "and",    "or",      "by",       "follow",   "sur",     "par",     "auf",
    "per",    "en",      "em",       "op",       "на",      "în",      "save",
    "like",   "comment", "comments", "whatsapp", "opens",   "in",      "new",
    "window", "tab",     "link",     "copied",   "it",      "me",      "share",
    "plus",   "more",    "options",  "all",      "via",     NULL};

static bool is_social_row(nf_sv lc, const nf_line_info *in) {
  if (in->words == 0 || in->words > 14 || in->ends_sentence) return false;
  size_t i = 0;
  int network = 0;
  while (i < lc.n) {
    uint32_t cp;
    size_t k = Nf_utf8_decode(lc.p + i, lc.n - i, &cp);
    if (!is_alnum_cp(cp)) {
      i += k;
      continue;
    }
    size_t b = i;
    while (i < lc.n) {
      k = Nf_utf8_decode(lc.p + i, lc.n - i, &cp);
      if (!(is_alnum_cp(cp) || cp == '+' || cp == '-')) break;
      i += k;
    }
    nf_sv w = Nf_sv(lc.p + b, i - b);
    bool digits = true;
    for (size_t j = 0; j < w.n; j++)
      if (!Nf_ascii_digit((unsigned char)w.p[j])) digits = false;
    if (digits) continue;  // share counts
    if (in_list(w, SOCIAL_NETWORKS)) {
      if (!Nf_sv_eq(w, NF_SV_LIT("x")) && !Nf_sv_eq(w, NF_SV_LIT("link")) &&
          !Nf_sv_eq(w, NF_SV_LIT("copy")) && !Nf_sv_eq(w, NF_SV_LIT("url")))
        network++;
      continue;
    }
    if (!in_list(w, SOCIAL_FILLER)) return false;
  }
  return network > 0;
}

// A whole line that is a section label or menu item.
static const char *const NAV_LABELS[] = {"home",
                                         "homepage",
                                         "home page",
                                         "news",
                                         "latest news",
                                         "breaking news",
                                         "breaking",
                                         "news in brief",
                                         "world",
                                         "world news",
                                         "local",
                                         "local news",
                                         "national",
                                         "international",
                                         "politics",
                                         "business",
                                         "economy",
                                         "markets",
                                         "money",
                                         "finance",
                                         "sport",
                                         "sports",
                                         "opinion",
                                         "opinions",
                                         "editorial",
                                         "editorials",
                                         "culture",
                                         "arts",
                                         "entertainment",
                                         "lifestyle",
                                         "life",
                                         "style",
                                         "fashion",
                                         "travel",
                                         "food",
                                         "health",
                                         "science",
                                         "tech",
                                         "technology",
                                         "environment",
                                         "climate",
                                         "education",
                                         "weather",
                                         "video",
                                         "videos",
                                         "photos",
                                         "gallery",
                                         "galleries",
                                         "podcast",
                                         "podcasts",
                                         "live",
                                         "live tv",
                                         "watch live",
                                         "tv",
                                         "radio",
                                         "more",
                                         "menu",
                                         "main menu",
                                         "search",
                                         "close",
                                         "open",
                                         "next",
                                         "previous",
                                         "prev",
                                         "back",
                                         "top",
                                         "sections",
                                         "all sections",
                                         "topics",
                                         "newsletters",
                                         "sign in",
                                         "log in",
                                         "login",
                                         "logout",
                                         "log out",
                                         "register",
                                         "account",
                                         "my account",
                                         "profile",
                                         "settings",
                                         "edition",
                                         "english",
                                         "contact",
                                         "about",
                                         "careers",
                                         "jobs",
                                         "advertise",
                                         "help",
                                         "faq",
                                         "sitemap",
                                         "site map",
                                         "archive",
                                         "archives",
                                         "print edition",
                                         "e-paper",
                                         "epaper",
                                         "magazine",
                                         "shop",
                                         "store",
                                         "donate",
                                         "support us",
                                         "middle east",
                                         "africa",
                                         "asia",
                                         "europe",
                                         "americas",
                                         "us",
                                         "uk",
                                         "u.s.",
                                         "trending",
                                         "featured",
                                         "exclusive",
                                         "analysis",
                                         "explainer",
                                         "update",
                                         "updated",
                                         "live updates",
                                         "developing story",
                                         "just in",
                                         "top news",
                                         "headlines",
                                         "feature",
                                         "features",
                                         "reviews",
                                         "obituaries",
                                         "crime",
                                         "courts",
                                         "tags",
                                         "home news",
                                         "skip",
                                         "toggle navigation",
                                         "navigation",
                                         "skip navigation",
                                         "expand",
                                         "collapse",
                                         "show more",
                                         "load more",
                                         "see more",
                                         "view more",
                                         "see all",
                                         "view all",
                                         "more news",
                                         "accueil",
                                         "actualités",
                                         "actualité",
                                         "monde",
                                         "politique",
                                         "économie",
                                         "société",
                                         "startseite",
                                         "nachrichten",
                                         "politik",
                                         "wirtschaft",
                                         "inicio",
                                         "portada",
                                         "noticias",
                                         "política",
                                         "economía",
                                         "deportes",
                                         "mundo",
                                         "notizie",
                                         "politica",
                                         "economia",
                                         "esteri",
                                         "cronaca",
                                         "notícias",
                                         "início",
                                         "nieuws",
                                         "binnenland",
                                         "buitenland",
                                         "главная",
                                         "новости",
                                         "политика",
                                         "экономика",
                                         "спорт",
                                         "الرئيسية",
                                         "أخبار",
                                         "سياسة",
                                         "اقتصاد",
                                         "رياضة",
                                         "anasayfa",
                                         "haberler",
                                         "gündem",
                                         "dünya",
                                         "ekonomi",
                                         "spor",
                                         "beranda",
                                         "berita",
                                         "nasional",
                                         "internasional",
                                         "olahraga",
                                         "wiadomości",
                                         "świat",
                                         "kraj",
                                         "sverige",
                                         "nyheter",
                                         "världen",
                                         NULL};

// Headings of sections that follow an article.
static const char *const END_LABELS[] = {"related",
                                         "related articles",
                                         "related stories",
                                         "related posts",
                                         "related news",
                                         "related content",
                                         "related coverage",
                                         "related topics",
                                         "related links",
                                         "related reading",
                                         "more stories",
                                         "more articles",
                                         "more news",
                                         "more videos",
                                         "more like this",
                                         "most popular",
                                         "most read",
                                         "most viewed",
                                         "most shared",
                                         "most commented",
                                         "most popular articles",
                                         "most popular videos",
                                         "most popular stories",
                                         "popular",
                                         "popular now",
                                         "popular stories",
                                         "popular posts",
                                         "trending now",
                                         "trending stories",
                                         "recommended",
                                         "recommended for you",
                                         "recommended stories",
                                         "recommended articles",
                                         "recommended reading",
                                         "you may also like",
                                         "you might also like",
                                         "you may like",
                                         "you might like",
                                         "you may be interested in",
                                         "you might be interested in",
                                         "we recommend",
                                         "around the web",
                                         "from the web",
                                         "from our partners",
                                         "sponsored stories",
                                         "promoted stories",
                                         "promoted content",
                                         "what to read next",
                                         "read next",
                                         "up next",
                                         "next article",
                                         "previous article",
                                         "next story",
                                         "previous story",
                                         "next post",
                                         "previous post",
                                         "latest",
                                         "latest stories",
                                         "latest articles",
                                         "latest posts",
                                         "top stories",
                                         "editor's picks",
                                         "editors' picks",
                                         "editor's choice",
                                         "in other news",
                                         "other stories",
                                         "other news",
                                         "elsewhere",
                                         "filed under",
                                         "categories",
                                         "share this article",
                                         "share this story",
                                         "share this",
                                         "share this post",
                                         "comments",
                                         "leave a comment",
                                         "leave a reply",
                                         "what do you think",
                                         "join the discussion",
                                         "discussion",
                                         "watch more",
                                         "featured stories",
                                         "about the author",
                                         "more from the author",
                                         "author bio",
                                         "articles liés",
                                         "à lire aussi",
                                         "a lire aussi",
                                         "les plus lus",
                                         "sur le même sujet",
                                         "dans la même rubrique",
                                         "mehr zum thema",
                                         "meistgelesen",
                                         "das könnte sie auch interessieren",
                                         "weitere artikel",
                                         "noticias relacionadas",
                                         "lo más leído",
                                         "más noticias",
                                         "te puede interesar",
                                         "articoli correlati",
                                         "i più letti",
                                         "potrebbe interessarti",
                                         "notícias relacionadas",
                                         "mais lidas",
                                         "gerelateerd",
                                         "meest gelezen",
                                         "похожие статьи",
                                         "читайте также",
                                         "самое популярное",
                                         "ذات صلة",
                                         "الأكثر قراءة",
                                         "مقالات ذات صلة",
                                         "ilgili haberler",
                                         "en çok okunanlar",
                                         "berita terkait",
                                         "terpopuler",
                                         "baca juga",
                                         "czytaj także",
                                         "czytaj też",
                                         "najczęściej czytane",
                                         "läs också",
                                         "mest läst",
                                         NULL};
static const char *const END_PREFIXES[] = {"more from ",
                                           "more on ",
                                           "more in ",
                                           "also on ",
                                           "also in ",
                                           "more stories from ",
                                           "more news from ",
                                           "more articles from ",
                                           "latest from ",
                                           "latest in ",
                                           "other stories from ",
                                           "popular in ",
                                           "trending in ",
                                           "related to ",
                                           NULL};

// Tag and category rows under an article ("Filed under: Politics |",
// "Tags: election, senate").
static const char *const TAG_LEADS[] = {
    "filed under:", "filed in:",   "tags:",      "tagged:",    "tagged with",
    "posted in:",   "categories:", "category:",  "topics:",    "keywords:",
    "schlagworte:", "mots-clés :", "mots clés:", "etiquetas:", "tag:",
    "темы:",        "теги:",       "etiketler:", "label:",     NULL};

// Lead-ins to another story's headline.
static const char *const TEASER_LEADS[] = {"read more",
                                           "read also",
                                           "also read",
                                           "related story",
                                           "related article",
                                           "related stories",
                                           "related articles",
                                           "related news",
                                           "related content",
                                           "related coverage",
                                           "related link",
                                           "see also",
                                           "see more",
                                           "also see",
                                           "don't miss",
                                           "dont miss",
                                           "must read",
                                           "must watch",
                                           "further reading",
                                           "more on this story",
                                           "more on this",
                                           "click here",
                                           "lire aussi",
                                           "à lire aussi",
                                           "a lire aussi",
                                           "à lire également",
                                           "à lire",
                                           "voir aussi",
                                           "lire la suite",
                                           "lesen sie auch",
                                           "lesen sie mehr",
                                           "auch interessant",
                                           "mehr dazu",
                                           "mehr zum thema",
                                           "lea también",
                                           "lee también",
                                           "leer más",
                                           "te puede interesar",
                                           "ver más",
                                           "ver también",
                                           "leggi anche",
                                           "vedi anche",
                                           "leggi tutto",
                                           "leia também",
                                           "leia mais",
                                           "veja também",
                                           "lees ook",
                                           "lees meer",
                                           "lees verder",
                                           "читайте также",
                                           "читать далее",
                                           "смотрите также",
                                           "читайте",
                                           "اقرأ أيضا",
                                           "اقرأ أيضاً",
                                           "اقرأ المزيد",
                                           "إقرأ أيضا",
                                           "ayrıca bakınız",
                                           "ayrıca okuyun",
                                           "devamını oku",
                                           "ilginizi çekebilir",
                                           "baca juga",
                                           "baca selengkapnya",
                                           "czytaj też",
                                           "czytaj także",
                                           "czytaj więcej",
                                           "läs också",
                                           "läs mer",
                                           NULL};
// Lead-ins that are words of prose too: a teaser only before a colon.
static const char *const TEASER_COLON_LEADS[] = {
    "read",  "related",     "more",      "watch",    "listen",
    "also",  "recommended", "suggested", "trending", "see",
    "video", "watch video", "opinion",   "analysis", "explainer",
    "live",  "podcast",     "lire",      "voir",     "lesen",
    "lea",   "leggi",       "leia",      "lees",     NULL};

static const char *const COMMENT_LABELS[] = {"comments",
                                             "comment",
                                             "no comments",
                                             "add comment",
                                             "add a comment",
                                             "add your comment",
                                             "leave a comment",
                                             "leave a reply",
                                             "post comment",
                                             "post a comment",
                                             "post your comment",
                                             "write a comment",
                                             "view comments",
                                             "show comments",
                                             "hide comments",
                                             "load comments",
                                             "load more comments",
                                             "see comments",
                                             "read comments",
                                             "show more comments",
                                             "view all comments",
                                             "comments are closed",
                                             "comments closed",
                                             "be the first to comment",
                                             "join the conversation",
                                             "join the discussion",
                                             "reply",
                                             "replies",
                                             "report abuse",
                                             "report comment",
                                             "pending comments",
                                             "comment now",
                                             "log in to reply",
                                             "reply to this comment",
                                             "reply to comment",
                                             "like reply",
                                             "flag",
                                             "reply report",
                                             "commentaires",
                                             "commentaire",
                                             "réagir",
                                             "laisser un commentaire",
                                             "kommentare",
                                             "kommentar",
                                             "kommentieren",
                                             "comentarios",
                                             "comentario",
                                             "comentar",
                                             "deja un comentario",
                                             "commenti",
                                             "commento",
                                             "commenta",
                                             "lascia un commento",
                                             "comentários",
                                             "comente",
                                             "deixe um comentário",
                                             "reacties",
                                             "reageer",
                                             "комментарии",
                                             "комментарий",
                                             "التعليقات",
                                             "تعليقات",
                                             "أضف تعليق",
                                             "yorumlar",
                                             "yorum yap",
                                             "komentar",
                                             "tulis komentar",
                                             "komentarze",
                                             "kommentarer",
                                             NULL};
static const char *const COMMENT_PREFIXES[] = {
    "you must be logged in to post a comment",
    "you must be logged in to comment",
    "log in to comment",
    "sign in to comment",
    "comments are closed",
    "join the conversation",
    "comment policy",
    "commenting policy",
    "comments have been disabled",
    "comments for this",
    "this discussion",
    "leave a comment",
    "leave a reply",
    "post a comment",
    "add a comment",
    "your email address will not be published",
    "cancel reply",
    NULL};

static const char *const IMAGE_LABELS[] = {"img",
                                           "image",
                                           "images",
                                           "photo",
                                           "picture",
                                           "pic",
                                           "graphic",
                                           "illustration",
                                           "photograph",
                                           "file photo",
                                           "foto",
                                           "bild",
                                           "imagen",
                                           "immagine",
                                           "imagem",
                                           "afbeelding",
                                           "фото",
                                           "صورة",
                                           "görsel",
                                           "gambar",
                                           "zdjęcie",
                                           "bild vergrößern",
                                           "enlarge",
                                           "enlarge image",
                                           "expand image",
                                           "view image",
                                           "view gallery",
                                           "open gallery",
                                           "gallery",
                                           "slideshow",
                                           "play video",
                                           "watch video",
                                           "video player",
                                           "getty images",
                                           "getty",
                                           "reuters",
                                           "afp",
                                           "ap",
                                           "epa",
                                           "shutterstock",
                                           NULL};
static const char *const IMAGE_PREFIXES[] = {"photo:",
                                             "photo credit",
                                             "photo by",
                                             "photos:",
                                             "image:",
                                             "image credit",
                                             "image source",
                                             "image copyright",
                                             "image caption",
                                             "images:",
                                             "picture:",
                                             "pictures:",
                                             "photograph:",
                                             "photograph by",
                                             "credit:",
                                             "credits:",
                                             "caption:",
                                             "media caption",
                                             "illustration:",
                                             "file photo",
                                             "foto:",
                                             "bild:",
                                             "imagen:",
                                             "fotó:",
                                             "фото:",
                                             "الصورة:",
                                             "(photo",
                                             "[photo",
                                             "(image",
                                             "[image",
                                             "(ap photo",
                                             "(afp",
                                             "(reuters",
                                             "(getty",
                                             NULL};
// Credits inside a caption line.
static const char *const IMAGE_CREDITS[] = {"(ap photo",
                                            "ap photo/",
                                            "(afp photo",
                                            "afp photo",
                                            "afp via getty",
                                            "/ getty images",
                                            "(getty images",
                                            "getty images)",
                                            "via getty images",
                                            "/ reuters)",
                                            "(reuters/",
                                            "reuters/",
                                            "(photo:",
                                            "(photo by",
                                            "(photo credit",
                                            "photo credit:",
                                            "(image:",
                                            "(image credit",
                                            "(credit:",
                                            "/ shutterstock",
                                            "(shutterstock",
                                            "shutterstock)",
                                            "| photo:",
                                            "— photo:",
                                            "- photo:",
                                            "(file photo",
                                            "photo: ",
                                            "image: ",
                                            "(picture:",
                                            "(foto:",
                                            "(epa",
                                            "epa-efe",
                                            "(xinhua",
                                            "xinhua/",
                                            "(anadolu",
                                            "(istock",
                                            "istock)",
                                            "(courtesy",
                                            "/ afp)",
                                            "/afp)",
                                            "/ap)",
                                            "/ ap)",
                                            NULL};

// Words that make a line a caption, whatever its length.
static const char *const CAPTION_CUES[] = {"pictured:",
                                           "pictured above",
                                           "pictured here",
                                           "in this file photo",
                                           "this file photo",
                                           "in this photo",
                                           "this photo ",
                                           "in this image",
                                           "this image ",
                                           "in this handout",
                                           "handout photo",
                                           "artist's illustration",
                                           "artist's concept",
                                           "artist's impression",
                                           "artist's rendering",
                                           "seen in this",
                                           "shown in this",
                                           "photo provided by",
                                           "image provided by",
                                           "screenshot from",
                                           "screen grab",
                                           "screengrab",
                                           NULL};
// Photo agencies and picture desks: a short line ending with one is a
// credit ("Alex Wong | Getty Images", "Sanjeev Verma/Hindustan
// Times/Getty Images").
static bool ends_with_agency(nf_sv core) {
  static const char *const AGENCIES[] = {"getty images",
                                         "getty",
                                         "shutterstock",
                                         "istock",
                                         "istockphoto",
                                         "alamy",
                                         "ap photo",
                                         "afp photo",
                                         "reuters",
                                         "afp",
                                         "epa",
                                         "epa-efe",
                                         "xinhua",
                                         "anadolu agency",
                                         "dpa",
                                         "picture alliance",
                                         "imago",
                                         "corbis",
                                         "wireimage",
                                         "filmmagic",
                                         "associated press",
                                         "pa images",
                                         "pa wire",
                                         "sipa",
                                         "abaca",
                                         "tass",
                                         "ria novosti",
                                         "unsplash",
                                         NULL};
  for (const char *const *a = AGENCIES; *a; a++) {
    nf_sv p = Nf_sv_cstr(*a);
    if (core.n > p.n && memcmp(core.p + core.n - p.n, p.p, p.n) == 0) {
      unsigned char before = (unsigned char)core.p[core.n - p.n - 1];
      if (before == '/' || before == '|' || before == ' ' || before == ',')
        return true;
    }
  }
  return false;
}

// A wire dateline that opens a story: "PITTSBURGH (KDKA/AP) – ...",
// "(Reuters) - ...", "AUBURN (CBS13/AP) 4:20 p.m. UPDATE: ...". Its
// agency in brackets is not an image credit ("(Reed Saxon/AP)"): the
// bracket opens within the first few words, holds the agency alone or
// after one word (a station, not a photographer's name), and a sentence
// follows (a credit ends its caption). lc is lower-case.
static bool wire_dateline(nf_sv lc) {
  static const char *const WIRES[] = {"ap", "afp", "reuters", "upi", NULL};
  size_t lim = lc.n < 48 ? lc.n : 48;
  const char *open = memchr(lc.p, '(', lim);
  if (!open) return false;
  size_t o = (size_t)(open - lc.p);
  const char *close = memchr(open, ')', lc.n - o);
  if (!close || close - open > 24) return false;
  nf_sv in = Nf_sv(open + 1, (size_t)(close - open - 1));
  const char *slash = memchr(in.p, '/', in.n);
  nf_sv agency = in;
  if (slash) {
    nf_sv station = Nf_sv(in.p, (size_t)(slash - in.p));
    if (!station.n || memchr(station.p, ' ', station.n)) return false;
    agency = Nf_sv_trim(Nf_sv(slash + 1, (size_t)(in.p + in.n - slash - 1)));
  }
  if (!in_list(agency, WIRES)) return false;
  // A sentence follows (a credit closes its caption).
  unsigned after = 0;
  bool in_word = false;
  for (const char *c = close + 1; c < lc.p + lc.n && after < 6; c++) {
    bool sp = *c == ' ';
    if (!sp && !in_word) after++;
    in_word = !sp;
  }
  return after >= 6;
}

// Sign-up, inbox, account and paywall prompts written as sentences
// ("We have sent you a verification email", "1 of 3 free articles used
// this month").
static const char *const SIGNUP_CUES[] = {"your inbox",
                                          "unsubscribe at any time",
                                          "unsubscribe anytime",
                                          "our newsletter",
                                          "our newsletters",
                                          "daily newsletter",
                                          "weekly newsletter",
                                          "free newsletter",
                                          "email newsletter",
                                          "newsletter sign",
                                          "no spam",
                                          "sign up for our",
                                          "subscribe to our",
                                          "subscribe now",
                                          "sign up now",
                                          "sign up today",
                                          "already a subscriber",
                                          "verification email",
                                          "verification message",
                                          "confirmation email",
                                          "activate your account",
                                          "activate your profile",
                                          "update your profile",
                                          "set up your account",
                                          "or log in",
                                          "log in to your account",
                                          "please sign in",
                                          "sign in using",
                                          "sign in to update",
                                          "complete your registration",
                                          "registration information",
                                          "thank you for registering",
                                          "you agree to our",
                                          "subscription service",
                                          "subscription offers",
                                          "email notifications",
                                          "your notification",
                                          "full access subscriber",
                                          "digital access",
                                          "used this month",
                                          "this slideshow requires javascript",
                                          "requires javascript",
                                          NULL};

// A note about the author: "Jane Doe is a reporter for ...", "Email Tariq
// at ...", "Follow her on Twitter", "may be reached at ...".
static bool author_note(nf_sv lc) {
  static const char *const CUES[] = {"may be reached at",
                                     "can be reached at",
                                     "is reachable at",
                                     "follow him on",
                                     "follow her on",
                                     "follow me on",
                                     "follow them on",
                                     "follow us on",
                                     "email him at",
                                     "email her at",
                                     "e-mail him at",
                                     "e-mail her at",
                                     "write to him at",
                                     "write to her at",
                                     "have a tip?",
                                     "got a tip?",
                                     NULL};
  if (contains_any(lc, CUES)) return true;
  bool at_sign = memchr(lc.p, '@', lc.n) != NULL;
  if (at_sign && (Nf_sv_istarts(lc, NF_SV_LIT("email ")) ||
                  Nf_sv_istarts(lc, NF_SV_LIT("e-mail ")) ||
                  Nf_sv_istarts(lc, NF_SV_LIT("contact "))))
    return true;
  // "<Name> is a (senior) (media) reporter ...": a role within a few words
  // of "is a" near the start, and something only bios say.
  static const char *const ROLES[] = {
      "reporter",     "writer",      "correspondent", "editor", "journalist",
      "columnist",    "contributor", "producer",      "author", "freelancer",
      "photographer", "analyst",     "critic",        NULL};
  nf_sv head = Nf_sv(lc.p, lc.n < 60 ? lc.n : 60);
  long is_a = Nf_sv_ifind(head, NF_SV_LIT(" is a "));
  if (is_a < 0) is_a = Nf_sv_ifind(head, NF_SV_LIT(" is an "));
  if (is_a < 0) is_a = Nf_sv_ifind(head, NF_SV_LIT(" joined "));
  if (is_a >= 0) {
    nf_sv after =
        Nf_sv(lc.p + is_a, lc.n - (size_t)is_a < 48 ? lc.n - (size_t)is_a : 48);
    bool role = false;
    for (const char *const *r = ROLES; *r && !role; r++) {
      long at = Nf_sv_ifind(after, Nf_sv_cstr(*r));
      size_t end = at < 0 ? 0 : (size_t)at + strlen(*r);
      // The whole word ("author", not "authorities").
      role = at > 0 && after.p[at - 1] == ' ' &&
             (end >= after.n || !Nf_ascii_alpha((unsigned char)after.p[end]) ||
              after.p[end] == 's');
    }
    if (role && (at_sign || Nf_sv_ifind(lc, NF_SV_LIT("twitter")) >= 0 ||
                 Nf_sv_ifind(lc, NF_SV_LIT(" since ")) >= 0 ||
                 Nf_sv_ifind(lc, NF_SV_LIT(" for the ")) >= 0 ||
                 Nf_sv_ifind(lc, NF_SV_LIT(" covering ")) >= 0 ||
                 Nf_sv_ifind(lc, NF_SV_LIT(" covers ")) >= 0 ||
                 Nf_sv_ifind(lc, NF_SV_LIT("previously")) >= 0))
      return true;
  }
  return false;
}

static const char *const ADVERT_LABELS[] = {"advertisement",
                                            "advertising",
                                            "advert",
                                            "ad",
                                            "ads",
                                            "sponsored",
                                            "sponsored content",
                                            "paid content",
                                            "paid post",
                                            "promoted",
                                            "partner content",
                                            "anzeige",
                                            "werbung",
                                            "publicité",
                                            "pub",
                                            "publicidad",
                                            "publicidade",
                                            "pubblicità",
                                            "advertentie",
                                            "reklama",
                                            "реклама",
                                            "إعلان",
                                            "reklam",
                                            "iklan",
                                            "ad feedback",
                                            "report this ad",
                                            "skip advert",
                                            "skip ad",
                                            NULL};
static const char *const ADVERT_PREFIXES[] = {"advertisement continue reading",
                                              "continue reading the main story",
                                              "story continues below",
                                              "article continues below",
                                              "continue reading below",
                                              "scroll to continue",
                                              "scroll down for video",
                                              "scroll down to continue",
                                              "sponsored by",
                                              "presented by",
                                              "advertisement -",
                                              "advertisement:",
                                              "this article is sponsored",
                                              "this content is sponsored",
                                              NULL};

// Footer, account, subscription, cookie and script prompts. Soft phrases
// count only on short lines; rights and copyright on any line.
static const char *const RIGHTS[] = {"all rights reserved",
                                     "all right reserved",
                                     "all rights are reserved",
                                     "todos los derechos reservados",
                                     "tous droits réservés",
                                     "alle rechte vorbehalten",
                                     "tutti i diritti riservati",
                                     "todos os direitos reservados",
                                     "alle rechten voorbehouden",
                                     "все права защищены",
                                     "جميع الحقوق محفوظة",
                                     "tüm hakları saklıdır",
                                     "hak cipta dilindungi",
                                     "wszelkie prawa zastrzeżone",
                                     "this material may not be published",
                                     "may not be reproduced",
                                     "may not be published, broadcast",
                                     NULL};
static const char *const COPYRIGHT_LEADS[] = {"©",      "copyright", "(c) 19",
                                              "(c) 20", "(©",        NULL};
static const char *const FOOTER_PREFIXES[] = {
    "privacy policy",
    "privacy notice",
    "cookie policy",
    "cookie settings",
    "cookie preferences",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "terms & conditions",
    "do not sell my",
    "sign up for",
    "sign up to",
    "sign up and",
    "sign up now",
    "subscribe to",
    "subscribe now",
    "subscribe today",
    "subscribe for",
    "get our newsletter",
    "get the newsletter",
    "get our free",
    "sign in",
    "log in",
    "already a subscriber",
    "already have an account",
    "already registered",
    "create an account",
    "create a free account",
    "create your free account",
    "register for free",
    "register now",
    "forgot password",
    "forgot your password",
    "download the app",
    "download our app",
    "get the app",
    "available on the app store",
    "follow us",
    "like us on",
    "advertise with us",
    "back to top",
    "skip to content",
    "skip to main content",
    "skip to navigation",
    "please enable javascript",
    "enable javascript",
    "javascript is disabled",
    "javascript is required",
    "you need to enable javascript",
    "your browser does not support",
    "this browser does not support",
    "update your browser",
    "please update your browser",
    "powered by",
    "you have reached",
    "to read the full story",
    "to continue reading",
    "subscribe to continue",
    "subscribers only",
    "for subscribers",
    "this article is for subscribers",
    "premium content",
    "we use cookies",
    "this site uses cookies",
    "this website uses cookies",
    "by continuing to use",
    "by using this site",
    "accept cookies",
    "accept all cookies",
    "manage cookies",
    "report an error",
    "report a correction",
    "submit a tip",
    "send us a tip",
    "have a news tip",
    "got a news tip",
    "click here to",
    "tap here to",
    "thank you for registering",
    "thanks for signing up",
    "thank you for subscribing",
    "your notification has been saved",
    "please sign in",
    "hide transcript",
    "show transcript",
    "copy link",
    "link copied",
    "like this:",
    "like loading",
    "email newsletters",
    "get the latest",
    "get breaking news",
    "stay up to date",
    "stay informed",
    "newsletter",
    "abonnez-vous",
    "inscrivez-vous",
    "s'abonner",
    "se connecter",
    "jetzt abonnieren",
    "suscríbete",
    "iniciar sesión",
    "abbonati",
    "abonneer",
    "подписаться",
    "تسجيل الدخول",
    "abone ol",
    "giriş yap",
    "berlangganan",
    "zaloguj",
    "subskrybuj",
    NULL};
static const char *const FOOTER_LABELS[] = {
    "privacy",         "cookies",
    "terms",           "imprint",
    "impressum",       "legal",
    "legal notice",    "mentions légales",
    "aviso legal",     "note legali",
    "accessibility",   "subscribe",
    "unsubscribe",     "sign up",
    "signup",          "newsletter",
    "rss feed",        "rss feeds",
    "print this page", "print article",
    "email this",      "email article",
    "font size",       "text size",
    "listen",          "listen to this article",
    "save article",    "save for later",
    "saved",           "bookmark",
    "gift article",    "give this article",
    "copy link",       "loading",
    "contact us",      "about us",
    "anmelden",        "accedi",
    "assine",          "entrar",
    "masuk",           "войти",
    "inloggen",        "suscribirse",
    "abonnieren",      NULL};

// ------------------------------------------------------------- classify

// A cookie or tracking consent notice, however long.
static bool cookie_notice(nf_sv lc) {
  static const char *const COOKIE[] = {"cookie", "tracking technolog",
                                       "témoins", NULL};
  static const char *const CONSENT[] = {
      "we use",        "this site uses",   "this website uses",
      "our site uses", "you consent",      "you agree",
      "you accept",    "i accept",         "accept all",
      "consent to",    "privacy policy",   "cookie policy",
      "opt-out",       "opt out",          "nous utilisons",
      "wir verwenden", "utilizamos",       "utilizziamo",
      "usamos",        "wij gebruiken",    "мы используем",
      "kullanıyoruz",  "kami menggunakan", NULL};
  return contains_any(lc, COOKIE) && contains_any(lc, CONSENT);
}

static bool has_digit(nf_sv s) {
  for (size_t i = 0; i < s.n; i++)
    if (Nf_ascii_digit((unsigned char)s.p[i])) return true;
  return false;
}

// The line over a reader's comment: "Jane on May 2, 2019 at 4:47 pm
// said:", "John says:", "Marie a dit :".
static bool comment_header(nf_sv lc) {
  static const char *const ENDS[] = {
      " said:",    " says:",  " wrote:",    " commented:", " replied:",
      " a dit :",  " a dit:", " a écrit :", " schrieb:",   " sagt:",
      " dijo:",    " disse:", " ha detto:", " scrisse:",   " schreef:",
      " написал:", " пишет:", " dedi ki:",  " yazdı:",     " berkata:",
      " napisał:", " skrev:", NULL};
  for (const char *const *e = ENDS; *e; e++)
    if (Nf_sv_iends(lc, Nf_sv_cstr(*e))) return true;
  return false;
}

static bool is_breadcrumb(nf_sv lc, const nf_line_info *in) {
  if (in->seps < 2 || in->ends_sentence || in->alpha_words < 2) return false;
  // Every segment short: menus and breadcrumbs, not prose with slashes.
  size_t seg_words = 0, max_seg = 0, i = 0;
  while (i < lc.n) {
    unsigned char c = (unsigned char)lc.p[i];
    if (c == '|' || c == '>' || c == '/' ||
        (c == 0xC2 && i + 1 < lc.n &&
         ((unsigned char)lc.p[i + 1] == 0xBB ||
          (unsigned char)lc.p[i + 1] == 0xB7)) ||
        (c == 0xE2 && i + 2 < lc.n && (unsigned char)lc.p[i + 1] == 0x80 &&
         ((unsigned char)lc.p[i + 2] == 0xA2 ||
          (unsigned char)lc.p[i + 2] == 0xBA))) {
      if (seg_words > max_seg) max_seg = seg_words;
      seg_words = 0;
      i++;
      continue;
    }
    if (c == ' ' && i + 1 < lc.n && lc.p[i + 1] != ' ') {
      uint32_t cp;
      Nf_utf8_decode(lc.p + i + 1, lc.n - i - 1, &cp);
      if (is_alnum_cp(cp)) seg_words++;
    } else if (i == 0) {
      seg_words++;
    }
    i++;
  }
  if (seg_words > max_seg) max_seg = seg_words;
  return max_seg <= 5;
}

// A video in a playlist: its running time, then its title ("1:49
// Grandmother says she can't believe her grandson is dead", "12:05:31
// Full news conference"). Not a time of day in a live blog ("7:21 PM: A
// big emergency response...", "8:10 p.m. UPDATE: ..."): a capital or an
// opening quote follows, and no "AM"/"PM".
static bool video_title(nf_sv s) {
  size_t i = 0, parts = 0;
  for (;;) {
    size_t d = i;
    while (i < s.n && Nf_ascii_digit((unsigned char)s.p[i])) i++;
    if (i == d || i - d > 2 || (parts && i - d != 2)) return false;
    parts++;
    if (i < s.n && s.p[i] == ':' && parts < 3) {
      i++;
      continue;
    }
    break;
  }
  if (parts < 2 || i >= s.n || s.p[i] != ' ') return false;
  nf_sv rest = Nf_sv_trim(Nf_sv(s.p + i, s.n - i));
  if (!rest.n) return false;
  uint32_t cp;
  Nf_utf8_decode(rest.p, rest.n, &cp);
  if (cat_of(cp) != UTF8PROC_CATEGORY_LU && cp != '"' && cp != 0x201C &&
      cp != 0x2018 && cp != 0xAB && cp != 0x201E)
    return false;
  size_t w = 0;
  while (w < rest.n && rest.p[w] != ' ' && rest.p[w] != ':') w++;
  nf_sv first = Nf_sv(rest.p, w);
  static const char *const MERIDIEM[] = {"am",  "pm",  "a.m.", "p.m.",
                                         "a.m", "p.m", NULL};
  for (const char *const *m = MERIDIEM; *m; m++)
    if (Nf_sv_ieq(first, Nf_sv_cstr(*m))) return false;
  return true;
}

// True when most content words after the first start with a capital
// ("Title Case"); stop words are left lower-case in titles.
static bool title_cased(const nf_line_info *in) {
  if (in->alpha_words < 3) return false;
  if (in->content >= 2) return in->content_upper * 10 >= in->content * 8;
  return in->upper >= in->alpha_words;
}

nf_line_kind Nf_line_classify(nf_sv line, nf_line_info *info) {
  nf_line_info local;
  if (!info) {
    memset(&local, 0, sizeof local);
    info = &local;
  }
  nf_line_info keep = *info;
  memset(info, 0, sizeof *info);
  info->bullet = keep.bullet;
  info->heading = keep.heading;
  info->link_chars = keep.link_chars;
  info->images = keep.images;
  info->lang = -1;

  nf_sv s = Nf_sv_trim(line);
  if (!s.n) return info->images ? NF_LK_IMAGE : NF_LK_EMPTY;
  measure(s, info);
  if (info->words == 0) return NF_LK_SEPARATOR;

  char lbuf[640];
  nf_sv lc = lower_into(s.n > 600 ? Nf_sv(s.p, Nf_utf8_clip(s.p, 600)) : s,
                        lbuf, sizeof lbuf);
  nf_sv core = core_of(lc);
  nf_sv rest;
  unsigned words = info->words;
  bool short_line = words <= 25;

  // A line that is all link text is a menu item or a teaser headline.
  bool all_link = info->link_chars && info->link_chars * 10 >= s.n * 8;

  bool dateline = wire_dateline(lc);
  if (in_list(core, IMAGE_LABELS) ||
      (!dateline && starts_any(lc, IMAGE_PREFIXES, NULL)))
    return NF_LK_IMAGE;
  if (words <= 80 && !dateline && contains_any(lc, IMAGE_CREDITS))
    return NF_LK_IMAGE;
  if (words <= 60 && contains_any(lc, CAPTION_CUES)) return NF_LK_IMAGE;
  if (words <= 12 && ends_with_agency(core) &&
      !Nf_sv_istarts(lc, NF_SV_LIT("by ")))
    return NF_LK_IMAGE;
  if (in_list(core, ADVERT_LABELS) || starts_any(lc, ADVERT_PREFIXES, NULL))
    return NF_LK_ADVERT;
  if (words <= 60 &&
      (contains_any(lc, RIGHTS) || starts_raw_any(lc, COPYRIGHT_LEADS))) {
    info->rights = true;
    return NF_LK_FOOTER;
  }
  if (words <= 120 && cookie_notice(lc)) return NF_LK_FOOTER;
  if (words <= 40 && contains_any(lc, SIGNUP_CUES)) return NF_LK_FOOTER;
  if (words <= 60 && author_note(lc)) return NF_LK_FOOTER;
  if (in_list(core, COMMENT_LABELS) ||
      (short_line && starts_any(lc, COMMENT_PREFIXES, NULL)))
    return NF_LK_COMMENTS;
  if (is_social_row(lc, info)) return NF_LK_SOCIAL;
  // "Gary M says:", "Alex on September 17, 2018 at 6:34 am said:"; not
  // "Playboy founder Hugh Hefner said:" or "Abe also said:" before a
  // quote.
  if (words <= 24 && has_digit(lc) && comment_header(lc)) return NF_LK_COMMENTS;
  if (words <= 3 && !Nf_sv_iends(lc, NF_SV_LIT(" said:")) && comment_header(lc))
    return NF_LK_COMMENTS;
  if (in_list(core, END_LABELS) || (words <= 8 && !info->ends_sentence &&
                                    starts_any(core, END_PREFIXES, NULL)))
    return NF_LK_END;
  if (words <= 25 && starts_any(lc, TAG_LEADS, NULL)) return NF_LK_END;
  if (words <= 30) {
    if (video_title(s)) return NF_LK_TEASER;
    if (starts_any(core, TEASER_LEADS, &rest)) return NF_LK_TEASER;
    if (starts_any(core, TEASER_COLON_LEADS, &rest)) {
      nf_sv r = Nf_sv_trim(rest);
      if (r.n && (r.p[0] == ':' || r.p[0] == '|' ||
                  (r.n >= 2 && (unsigned char)r.p[0] == 0xC2 &&
                   (unsigned char)r.p[1] == 0xBB)))
        return NF_LK_TEASER;
    }
  }
  if (short_line &&
      (starts_any(lc, FOOTER_PREFIXES, NULL) || in_list(core, FOOTER_LABELS)))
    return NF_LK_FOOTER;
  if (in_list(core, NAV_LABELS)) return NF_LK_NAV;
  if (is_breadcrumb(lc, info)) return NF_LK_NAV;

  nf_datetime when;
  nf_sv names;
  if (words <= 16 && (Nf_scan_byline_by(s, &names, &when) ||
                      Nf_scan_byline_dated(s, &names, &when)))
    return NF_LK_BYLINE;
  if (words <= 14 && Nf_scan_dateline(s, &when)) return NF_LK_DATELINE;

  // Shape.
  bool titled = title_cased(info) && words <= 20;
  if (all_link && !info->ends_sentence)
    return words >= 3 ? NF_LK_HEADLINE : NF_LK_NAV;
  if (info->ends_sentence && !titled &&
      (words >= 4 || (words >= 2 && info->lower >= 1)))
    return NF_LK_PROSE;
  if (words >= 30) return NF_LK_PROSE;
  // A sentence that opens a quote or a list: "Abe also said:".
  if (info->ends_colon && !titled && words >= 3 && info->lower >= 1)
    return NF_LK_PROSE;
  if (!titled && words >= 20 && info->lower * 2 >= info->alpha_words)
    return NF_LK_PROSE;
  if (words >= 2 || (info->alpha_words == 1 && info->chars >= 12))
    return NF_LK_HEADLINE;
  return NF_LK_SHORT;
}
