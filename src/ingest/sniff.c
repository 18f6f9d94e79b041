// What an input holds, judged from its first bytes, not its name.
#include <string.h>

#include "ingest/ingest_int.h"

typedef struct signature {
  size_t at;
  const char *magic;
  size_t len;
  const char *what;
} signature;

#define SIG(at, m, what) \
  { at, m, sizeof(m) - 1, what }

// Formats that are never pages. Checked before anything else so that a PNG
// or PDF named "story.html" gets a clear message.
static const signature SIGNATURES[] = {
    SIG(0, "\x89PNG\r\n\x1a\n", "PNG image"),
    SIG(0, "\xff\xd8\xff", "JPEG image"),
    SIG(0, "GIF87a", "GIF image"),
    SIG(0, "GIF89a", "GIF image"),
    SIG(0, "%PDF-", "PDF document"),
    SIG(0, "PK\x03\x04", "ZIP archive (or office document)"),
    SIG(0,
        "\x7f"
        "ELF",
        "executable"),
    SIG(0, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "office document"),
    SIG(0, "7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    SIG(0, "Rar!\x1a\x07", "RAR archive"),
    SIG(0,
        "\xfd"
        "7zXZ",
        "xz-compressed data (not supported)"),
    SIG(0, "BZh", "bzip2-compressed data (not supported)"),
    SIG(0, "OggS", "Ogg audio/video"),
    SIG(0, "ID3", "MP3 audio"),
    SIG(0, "\x1a\x45\xdf\xa3", "Matroska/WebM video"),
    SIG(4, "ftyp", "MP4/QuickTime video"),
    SIG(0, "wOFF", "web font"),
    SIG(0, "wOF2", "web font"),
    SIG(0, "\x00\x00\x01\x00", "icon"),
    SIG(0, "SQLite format 3", "SQLite database"),
};

static bool sig_matches(const signature *g, const char *p, size_t n) {
  if (g->len + g->at > n || memcmp(p + g->at, g->magic, g->len) != 0)
    return false;
  // "BZh" is also how some English text could begin: insist on the block
  // size digit and the block magic that follow it.
  if (g->magic[0] == 'B' && g->len == 3)
    return n >= 10 && p[3] >= '1' && p[3] <= '9' &&
           memcmp(p + 4, "1AY&SY", 6) == 0;
  // "ID3" likewise: a version byte below 5 follows.
  if (g->magic[0] == 'I' && g->len == 3)
    return n >= 5 && (unsigned char)p[3] < 5;
  return true;
}

int Nf_sniff_utf16(const char *head, size_t n) {
  const unsigned char *p = (const unsigned char *)head;
  if (n >= 2 && p[0] == 0xff && p[1] == 0xfe) return 'L';
  if (n >= 2 && p[0] == 0xfe && p[1] == 0xff) return 'B';
  size_t lim = n < 1024 ? n : 1024;
  lim &= ~(size_t)1;
  if (lim < 8) return 0;
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < lim; i += 2) {
    even += p[i] == 0;
    odd += p[i + 1] == 0;
  }
  size_t pairs = lim / 2;
  // Mostly-ASCII text in UTF-16 has a zero in every other byte.
  if (odd * 10 >= pairs * 4 && even * 20 <= pairs) return 'L';
  if (even * 10 >= pairs * 4 && odd * 20 <= pairs) return 'B';
  return 0;
}

bool Nf_sniff_binary(const char *head, size_t n, const char **what) {
  *what = NULL;
  for (size_t i = 0; i < sizeof SIGNATURES / sizeof SIGNATURES[0]; i++) {
    if (sig_matches(&SIGNATURES[i], head, n)) {
      *what = SIGNATURES[i].what;
      return true;
    }
  }
  if (Nf_sniff_utf16(head, n)) return false;
  size_t lim = n < NF_SNIFF_BYTES ? n : NF_SNIFF_BYTES;
  size_t nul = 0, ctl = 0;
  const unsigned char *p = (const unsigned char *)head;
  for (size_t i = 0; i < lim; i++) {
    unsigned char c = p[i];
    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
        c == '\v' || c == 0x1b)  // ESC: ISO-2022 encodings use it
      continue;
    if (c == 0) nul++;
    ctl++;
  }
  // A stray NUL or control byte is repaired; more than a few mean this is
  // not text (random bytes have ~0.4% NULs and ~10% controls; text none).
  if ((nul >= 2 && nul * 1000 > lim) || (ctl >= 8 && ctl * 50 > lim)) {
    *what = "binary data";
    return true;
  }
  return false;
}

static size_t skip_space(const char *s, size_t n, size_t i) {
  while (i < n && Nf_ascii_space((unsigned char)s[i])) i++;
  return i;
}

nf_sniff Nf_sniff_container(const char *head, size_t n, bool at_end,
                            const char **what) {
  *what = NULL;
  size_t i = 0;
  if (n >= 3 && memcmp(head, "\xef\xbb\xbf", 3) == 0) i = 3;
  if (n == i) return NF_SNIFF_EMPTY;
  // WARC first: its records hold images and compressed bodies.
  size_t w = skip_space(head, n, i);
  if (n - w >= 6 && memcmp(head + w, "WARC/", 5) == 0 &&
      Nf_ascii_digit((unsigned char)head[w + 5]))
    return NF_SNIFF_WARC;
  if (Nf_sniff_binary(head + i, n - i, what)) return NF_SNIFF_BINARY;
  if (Nf_sniff_utf16(head + i, n - i)) return NF_SNIFF_PAGE;
  i = skip_space(head, n, i);
  if (i == n) return at_end ? NF_SNIFF_EMPTY : NF_SNIFF_PAGE;
  const char *p = head + i;
  size_t left = n - i;
  if (p[0] == '{') {
    // JSON Lines: the first line is an object, so a key or "}" follows the
    // brace on the same line. A brace alone on its line starts one
    // pretty-printed JSON document.
    size_t j = 1;
    while (j < left && (p[j] == ' ' || p[j] == '\t')) j++;
    if (j < left && (p[j] == '"' || p[j] == '}')) return NF_SNIFF_JSONL;
    if (j == left || p[j] == '\r' || p[j] == '\n') return NF_SNIFF_JSON;
    return NF_SNIFF_PAGE;
  }
  if (p[0] == '[') {
    size_t j = skip_space(p, left, 1);
    if (j < left && (p[j] == '{' || p[j] == '[')) return NF_SNIFF_JSON;
  }
  return NF_SNIFF_PAGE;
}

// Tags that mark a page as HTML when several appear early.
static const char *const BLOCK_TAGS[] = {
    "p",       "div",   "br",     "a",      "span",   "h1",    "h2",
    "h3",      "h4",    "li",     "ul",     "ol",     "table", "tr",
    "td",      "img",   "script", "style",  "link",   "meta",  "section",
    "article", "nav",   "header", "footer", "strong", "em",    "b",
    "i",       "title", "form",   "input",  "iframe", "main",  "figure"};

// Length of the tag name at s (after '<' or '</'), 0 if none.
static size_t tag_name(const char *s, size_t n) {
  size_t k = 0;
  while (k < n && k < 16 &&
         (Nf_ascii_alpha((unsigned char)s[k]) ||
          (k > 0 && Nf_ascii_digit((unsigned char)s[k]))))
    k++;
  if (k == 0 || k >= 16) return 0;
  if (k < n &&
      !(Nf_ascii_space((unsigned char)s[k]) || s[k] == '>' || s[k] == '/'))
    return 0;
  return k;
}

bool Nf_sniff_html(const char *head, size_t n) {
  size_t lim = n < NF_SNIFF_BYTES ? n : NF_SNIFF_BYTES;
  nf_sv h = Nf_sv(head, lim);
  if (Nf_sv_ifind(h, NF_SV_LIT("<!doctype html")) >= 0 ||
      Nf_sv_ifind(h, NF_SV_LIT("<html")) >= 0 ||
      Nf_sv_ifind(h, NF_SV_LIT("<head>")) >= 0 ||
      Nf_sv_ifind(h, NF_SV_LIT("<head ")) >= 0 ||
      Nf_sv_ifind(h, NF_SV_LIT("<body")) >= 0)
    return true;
  size_t tags = 0;
  for (size_t i = 0; i + 1 < lim; i++) {
    if (head[i] != '<') continue;
    size_t j = i + 1;
    if (head[j] == '/') j++;
    size_t k = tag_name(head + j, lim - j);
    if (!k) continue;
    for (size_t t = 0; t < sizeof BLOCK_TAGS / sizeof BLOCK_TAGS[0]; t++) {
      if (strlen(BLOCK_TAGS[t]) == k &&
          Nf_sv_ieq(Nf_sv(head + j, k), Nf_sv_cstr(BLOCK_TAGS[t]))) {
        tags++;
        break;
      }
    }
  }
  // A fragment that starts with a tag needs fewer.
  size_t first = skip_space(head, lim, 0);
  if (first < lim && head[first] == '<' && tags >= 2) return true;
  return tags >= 6;
}
