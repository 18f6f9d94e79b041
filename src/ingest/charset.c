// Character sets: labels (WHATWG names), the <meta> prescan, conversion to
// UTF-8 with iconv.
#include <errno.h>
#include <iconv.h>
#include <string.h>

#include "core/utf8.h"
#include "ingest/ingest_int.h"

// WHATWG Encoding Standard labels whose meaning differs from what iconv
// would take them to mean, or that iconv does not know. Browsers decode
// "iso-8859-1" and "us-ascii" pages as windows-1252 (pages labelled so use
// its curly quotes), and so must we. Labels not listed go to iconv as they
// are (it knows iso-8859-2..16, windows-125x, koi8-r, ...).
typedef struct label_map {
  const char *label;
  const char *iconv;
} label_map;

static const label_map LABELS[] = {
    // UTF-8
    {"utf-8", "UTF-8"},
    {"utf8", "UTF-8"},
    {"unicode-1-1-utf-8", "UTF-8"},
    {"unicode11utf8", "UTF-8"},
    {"unicode20utf8", "UTF-8"},
    {"x-unicode20utf8", "UTF-8"},
    // A <meta> that says UTF-16 on a page read as bytes is wrong: WHATWG
    // reads such pages as UTF-8 (a real UTF-16 page has a BOM).
    {"utf-16", "UTF-8"},
    {"utf-16le", "UTF-8"},
    {"utf-16be", "UTF-8"},
    {"unicode", "UTF-8"},
    {"ucs-2", "UTF-8"},
    // windows-1252
    {"ansi_x3.4-1968", "WINDOWS-1252"},
    {"ascii", "WINDOWS-1252"},
    {"cp1252", "WINDOWS-1252"},
    {"cp819", "WINDOWS-1252"},
    {"csisolatin1", "WINDOWS-1252"},
    {"ibm819", "WINDOWS-1252"},
    {"iso-8859-1", "WINDOWS-1252"},
    {"iso-ir-100", "WINDOWS-1252"},
    {"iso8859-1", "WINDOWS-1252"},
    {"iso88591", "WINDOWS-1252"},
    {"iso_8859-1", "WINDOWS-1252"},
    {"iso_8859-1:1987", "WINDOWS-1252"},
    {"l1", "WINDOWS-1252"},
    {"latin1", "WINDOWS-1252"},
    {"us-ascii", "WINDOWS-1252"},
    {"windows-1252", "WINDOWS-1252"},
    {"x-cp1252", "WINDOWS-1252"},
    // Latin-5 and Thai are read as their Windows supersets.
    {"iso-8859-9", "WINDOWS-1254"},
    {"iso8859-9", "WINDOWS-1254"},
    {"iso88599", "WINDOWS-1254"},
    {"iso_8859-9", "WINDOWS-1254"},
    {"latin5", "WINDOWS-1254"},
    {"l5", "WINDOWS-1254"},
    {"iso-8859-11", "WINDOWS-874"},
    {"tis-620", "WINDOWS-874"},
    {"dos-874", "WINDOWS-874"},
    {"iso8859-11", "WINDOWS-874"},
    // Cyrillic
    {"koi8-r", "KOI8-R"},
    {"koi8r", "KOI8-R"},
    {"koi", "KOI8-R"},
    {"koi8", "KOI8-R"},
    {"koi8-u", "KOI8-U"},
    {"koi8-ru", "KOI8-U"},
    {"x-mac-cyrillic", "MAC-CYRILLIC"},
    // Chinese: GBK labels decode with the GB18030 superset.
    {"gb2312", "GB18030"},
    {"gbk", "GB18030"},
    {"x-gbk", "GB18030"},
    {"chinese", "GB18030"},
    {"csgb2312", "GB18030"},
    {"gb_2312", "GB18030"},
    {"gb_2312-80", "GB18030"},
    {"iso-ir-58", "GB18030"},
    {"csiso58gb231280", "GB18030"},
    {"gb18030", "GB18030"},
    {"big5", "BIG5-HKSCS"},
    {"big5-hkscs", "BIG5-HKSCS"},
    {"cn-big5", "BIG5-HKSCS"},
    {"csbig5", "BIG5-HKSCS"},
    {"x-x-big5", "BIG5-HKSCS"},
    // Japanese: Shift_JIS labels mean Microsoft's superset.
    {"shift_jis", "CP932"},
    {"shift-jis", "CP932"},
    {"sjis", "CP932"},
    {"x-sjis", "CP932"},
    {"ms_kanji", "CP932"},
    {"ms932", "CP932"},
    {"windows-31j", "CP932"},
    {"csshiftjis", "CP932"},
    {"euc-jp", "EUC-JP"},
    {"x-euc-jp", "EUC-JP"},
    {"cseucpkdfmtjapanese", "EUC-JP"},
    {"iso-2022-jp", "ISO-2022-JP"},
    {"csiso2022jp", "ISO-2022-JP"},
    // Korean: EUC-KR labels mean the windows-949 superset.
    {"euc-kr", "CP949"},
    {"ks_c_5601-1987", "CP949"},
    {"ks_c_5601-1989", "CP949"},
    {"ksc5601", "CP949"},
    {"ksc_5601", "CP949"},
    {"windows-949", "CP949"},
    {"cseuckr", "CP949"},
    {"csksc56011987", "CP949"},
    {"iso-ir-149", "CP949"},
    {"korean", "CP949"},
    // Labels that name no decodable text.
    {"x-user-defined", NULL},
    {"replacement", NULL},
    {"iso-2022-kr", NULL},
    {"iso-2022-cn", NULL},
    {"iso-2022-cn-ext", NULL},
    {"hz-gb-2312", NULL},
    {"csiso2022kr", NULL},
};

const char *Nf_charset_from_label(nf_sv label, char *buf, size_t cap) {
  label = Nf_sv_trim(label);
  // Quotes survive sloppy attribute parsing: charset="utf-8".
  while (label.n && (label.p[0] == '"' || label.p[0] == '\''))
    label.p++, label.n--;
  while (label.n &&
         (label.p[label.n - 1] == '"' || label.p[label.n - 1] == '\''))
    label.n--;
  if (label.n == 0 || label.n > 40) return NULL;
  for (size_t i = 0; i < label.n; i++) {
    unsigned char c = (unsigned char)label.p[i];
    if (!(Nf_ascii_alpha(c) || Nf_ascii_digit(c) || c == '-' || c == '_' ||
          c == '.' || c == ':'))
      return NULL;
  }
  for (size_t i = 0; i < sizeof LABELS / sizeof LABELS[0]; i++)
    if (Nf_sv_ieq(label, Nf_sv_cstr(LABELS[i].label))) return LABELS[i].iconv;
  // Any other label goes to iconv as written (upper-cased into buf); the
  // names glibc knows cover the rest of the WHATWG list (iso-8859-x,
  // windows-125x, macintosh, ...). Other Unicode forms are refused: UTF-7
  // smuggles markup past filters, and UTF-16/32 without a BOM is not a
  // label a byte-oriented page can honestly carry.
  if (label.n >= cap) return NULL;
  for (size_t i = 0; i < label.n; i++) {
    unsigned char c = (unsigned char)label.p[i];
    buf[i] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
  }
  buf[label.n] = 0;
  if (strncmp(buf, "UTF", 3) == 0 || strncmp(buf, "UCS", 3) == 0) return NULL;
  iconv_t cd = iconv_open("UTF-8", buf);
  if (cd == (iconv_t)-1) return NULL;  // a label iconv does not know
  iconv_close(cd);
  return buf;
}

nf_sv Nf_charset_from_content_type(nf_sv ct) {
  long at = Nf_sv_ifind(ct, NF_SV_LIT("charset"));
  while (at >= 0) {
    size_t i = (size_t)at + 7;
    while (i < ct.n && (ct.p[i] == ' ' || ct.p[i] == '\t')) i++;
    if (i < ct.n && ct.p[i] == '=') {
      i++;
      while (i < ct.n && (ct.p[i] == ' ' || ct.p[i] == '\t')) i++;
      char quote = 0;
      if (i < ct.n && (ct.p[i] == '"' || ct.p[i] == '\'')) quote = ct.p[i++];
      size_t start = i;
      while (i < ct.n && ct.p[i] != ';' && ct.p[i] != ',' &&
             (quote ? ct.p[i] != quote
                    : !Nf_ascii_space((unsigned char)ct.p[i]) &&
                          ct.p[i] != '"' && ct.p[i] != '\''))
        i++;
      return Nf_sv(ct.p + start, i - start);
    }
    nf_sv rest = Nf_sv(ct.p + i, ct.n - i);
    long next = Nf_sv_ifind(rest, NF_SV_LIT("charset"));
    at = next < 0 ? -1 : (long)i + next;
  }
  return NF_SV_NULL;
}

// ---------------------------------------------------------------- prescan
// A simplified form of the WHATWG "prescan a byte stream to determine its
// encoding": walk the tags of the first bytes, skipping comments, and read
// the attributes of <meta> tags.

enum { PRESCAN_BYTES = 4096 };

typedef struct attr {
  nf_sv name, value;
} attr;

// Read one attribute at *i (inside a tag); false at the tag's end.
static bool next_attr(const char *s, size_t n, size_t *i, attr *a) {
  size_t k = *i;
  while (k < n && (Nf_ascii_space((unsigned char)s[k]) || s[k] == '/')) k++;
  if (k >= n || s[k] == '>') {
    *i = k;
    return false;
  }
  size_t ns = k;
  while (k < n && s[k] != '=' && s[k] != '>' && s[k] != '/' &&
         !Nf_ascii_space((unsigned char)s[k]))
    k++;
  a->name = Nf_sv(s + ns, k - ns);
  a->value = NF_SV_NULL;
  while (k < n && Nf_ascii_space((unsigned char)s[k])) k++;
  if (k < n && s[k] == '=') {
    k++;
    while (k < n && Nf_ascii_space((unsigned char)s[k])) k++;
    if (k < n && (s[k] == '"' || s[k] == '\'')) {
      char q = s[k++];
      size_t vs = k;
      while (k < n && s[k] != q) k++;
      a->value = Nf_sv(s + vs, k - vs);
      if (k < n) k++;
    } else {
      size_t vs = k;
      while (k < n && s[k] != '>' && !Nf_ascii_space((unsigned char)s[k])) k++;
      a->value = Nf_sv(s + vs, k - vs);
    }
  }
  if (k == *i) k++;  // always advance
  *i = k;
  return true;
}

static nf_sv meta_charset(const char *s, size_t n, size_t *i) {
  bool http_equiv_ct = false;
  nf_sv charset = NF_SV_NULL, content = NF_SV_NULL;
  attr a;
  int guard = 0;
  while (guard++ < 64 && next_attr(s, n, i, &a)) {
    if (Nf_sv_ieq(a.name, NF_SV_LIT("charset")) && !charset.p)
      charset = a.value;
    else if (Nf_sv_ieq(a.name, NF_SV_LIT("http-equiv")))
      http_equiv_ct = Nf_sv_ieq(Nf_sv_trim(a.value), NF_SV_LIT("content-type"));
    else if (Nf_sv_ieq(a.name, NF_SV_LIT("content")))
      content = a.value;
  }
  if (charset.p && charset.n) return charset;
  if (content.p && http_equiv_ct) return Nf_charset_from_content_type(content);
  // Many pages omit http-equiv; a content with charset= still says it.
  if (content.p) return Nf_charset_from_content_type(content);
  return NF_SV_NULL;
}

static bool at_ci(const char *s, size_t n, size_t i, const char *lit) {
  size_t k = strlen(lit);
  return i + k <= n && Nf_sv_ieq(Nf_sv(s + i, k), Nf_sv(lit, k));
}

nf_sv Nf_charset_prescan(const char *s, size_t n) {
  if (n > PRESCAN_BYTES) n = PRESCAN_BYTES;
  size_t i = 0;
  // An XML declaration may only come first.
  if (at_ci(s, n, 0, "<?xml")) {
    size_t end = 5;
    while (end < n && s[end] != '>') end++;
    nf_sv decl = Nf_sv(s, end);
    long at = Nf_sv_ifind(decl, NF_SV_LIT("encoding"));
    if (at >= 0) {
      size_t k = (size_t)at + 8;
      while (k < end && (Nf_ascii_space((unsigned char)s[k]) || s[k] == '='))
        k++;
      if (k < end && (s[k] == '"' || s[k] == '\'')) {
        char q = s[k++];
        size_t vs = k;
        while (k < end && s[k] != q) k++;
        if (k > vs) return Nf_sv(s + vs, k - vs);
      }
    }
    i = end;
  }
  while (i < n) {
    const char *lt = memchr(s + i, '<', n - i);
    if (!lt) break;
    i = (size_t)(lt - s);
    if (at_ci(s, n, i, "<!--")) {
      size_t k = i + 4;
      while (k + 2 < n && !(s[k] == '-' && s[k + 1] == '-' && s[k + 2] == '>'))
        k++;
      i = k + 3;
      continue;
    }
    if (at_ci(s, n, i, "<meta") && i + 5 < n &&
        (Nf_ascii_space((unsigned char)s[i + 5]) || s[i + 5] == '/')) {
      size_t k = i + 5;
      nf_sv cs = meta_charset(s, n, &k);
      if (cs.n) return cs;
      i = k + 1;
      continue;
    }
    if (i + 1 < n && (Nf_ascii_alpha((unsigned char)s[i + 1]) ||
                      (s[i + 1] == '/' && i + 2 < n &&
                       Nf_ascii_alpha((unsigned char)s[i + 2])))) {
      // Another tag: skip its attributes (a '>' inside a quoted value does
      // not end it).
      size_t k = i + 1;
      while (k < n && s[k] != '>' && !Nf_ascii_space((unsigned char)s[k])) k++;
      attr a;
      int guard = 0;
      while (guard++ < 256 && next_attr(s, n, &k, &a)) {
      }
      i = k + 1;
      continue;
    }
    if (i + 1 < n && (s[i + 1] == '!' || s[i + 1] == '/' || s[i + 1] == '?')) {
      const char *gt = memchr(s + i, '>', n - i);
      i = gt ? (size_t)(gt - s) + 1 : n;
      continue;
    }
    i++;
  }
  return NF_SV_NULL;
}

// ------------------------------------------------------------- conversion

static const char REPLACEMENT[3] = {(char)0xEF, (char)0xBF, (char)0xBD};

nf_status Nf_charset_convert(const char *charset, const char *s, size_t n,
                             nf_buf *out, size_t *bad) {
  *bad = 0;
  iconv_t cd = iconv_open("UTF-8", charset);
  if (cd == (iconv_t)-1) return NF_EUNSUPPORTED;
  nf_status st = NF_OK;
  char *in = (char *)s;
  size_t left = n;
  while (left > 0 && !st) {
    // Most single-byte text grows by under half; multi-byte shrinks.
    size_t want = left + left / 2 + 16;
    if ((st = Nf_buf_reserve(out, want))) {
      // Near the cap: try with what the cap allows.
      size_t room = out->max > out->len ? out->max - out->len : 0;
      if (room < 8 || (st = Nf_buf_reserve(out, room))) {
        st = NF_ETOOBIG;
        break;
      }
    }
    char *o = out->data + out->len;
    size_t room = out->cap - 1 - out->len;
    size_t before = room;
    size_t r = iconv(cd, &in, &left, &o, &room);
    out->len += before - room;
    out->data[out->len] = 0;
    if (r != (size_t)-1) break;
    if (errno == E2BIG) continue;
    // EILSEQ (a byte with no meaning) or EINVAL (cut short at the end):
    // one replacement character, then go on after the byte.
    (*bad)++;
    if ((st = Nf_buf_append(out, REPLACEMENT, 3))) break;
    in++;
    left--;
    iconv(cd, NULL, NULL, NULL, NULL);  // reset shift state
  }
  iconv_close(cd);
  return st;
}
