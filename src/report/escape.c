#include "report/escape.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/utf8.h"

void Nf_esc_init(nf_esc *e, nf_buf *out, nf_esc_format format) {
  e->out = out;
  e->format = (uint8_t)format;
  e->st = NF_OK;
}

void Nf_esc_raw_(nf_esc *e, const char *lit, size_t n) {
  if (!e->st) e->st = Nf_buf_append(e->out, lit, n);
}

// Walk s as UTF-8, calling emit for each code point's bytes (or U+FFFD for
// an invalid sequence); control characters other than tab and newline are
// dropped.
typedef nf_status (*cp_fn)(nf_buf *out, uint32_t cp, const char *bytes,
                           size_t n);

static nf_status each_cp(nf_buf *out, nf_sv s, cp_fn fn) {
  nf_status st = NF_OK;
  for (size_t i = 0; i < s.n && !st;) {
    uint32_t cp;
    size_t len = Nf_utf8_decode(s.p + i, s.n - i, &cp);
    if (len == 0) len = 1;
    if (cp == 0xFFFD && !(len == 3 && (unsigned char)s.p[i] == 0xEF))
      st = fn(out, cp, "\xEF\xBF\xBD", 3);
    else if ((cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0x7F ||
             (cp >= 0x80 && cp < 0xA0))
      ;  // control characters are dropped
    else
      st = fn(out, cp, s.p + i, len);
    i += len;
  }
  return st;
}

static nf_status html_cp(nf_buf *out, uint32_t cp, const char *b, size_t n) {
  switch (cp) {
    case '&': return Nf_buf_append(out, "&amp;", 5);
    case '<': return Nf_buf_append(out, "&lt;", 4);
    case '>': return Nf_buf_append(out, "&gt;", 4);
    case '"': return Nf_buf_append(out, "&quot;", 6);
    case '\'': return Nf_buf_append(out, "&#39;", 5);
    default: return Nf_buf_append(out, b, n);
  }
}

static nf_status md_cp(nf_buf *out, uint32_t cp, const char *b, size_t n) {
  switch (cp) {
    case '&': return Nf_buf_append(out, "&amp;", 5);
    case '<': return Nf_buf_append(out, "&lt;", 4);
    case '>': return Nf_buf_append(out, "&gt;", 4);
    case '\n':
    case '\t': return Nf_buf_putc(out, ' ');
    // Inline text never starts a line here, so only the characters that
    // mean something inside a line are escaped.
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '|':
    case '~': {
      char esc[2] = {'\\', (char)cp};
      return Nf_buf_append(out, esc, 2);
    }
    default: return Nf_buf_append(out, b, n);
  }
}

nf_status Nf_html_escape(nf_buf *out, nf_sv s) {
  return each_cp(out, s, html_cp);
}
nf_status Nf_md_escape(nf_buf *out, nf_sv s) {
  return each_cp(out, s, md_cp);
}

void Nf_esc_text(nf_esc *e, nf_sv s) {
  if (e->st || !s.p) return;
  e->st = e->format == NF_ESC_MD ? Nf_md_escape(e->out, s)
                                 : Nf_html_escape(e->out, s);
}

void Nf_esc_textz(nf_esc *e, const char *s) {
  if (s) Nf_esc_text(e, Nf_sv_cstr(s));
}

void Nf_esc_text_clip(nf_esc *e, nf_sv s, size_t max) {
  if (s.n <= max) {
    Nf_esc_text(e, s);
    return;
  }
  size_t n = Nf_utf8_clip(s.p, max);
  // Cut at a word when one is near.
  size_t w = n;
  while (w > n / 2 && s.p[w - 1] != ' ') w--;
  if (w > n / 2) n = w - 1;
  Nf_esc_text(e, Nf_sv(s.p, n));
  Nf_esc_lit(e, "\xE2\x80\xA6");
}

void Nf_esc_num(nf_esc *e, double v) {
  char buf[40];
  if (!isfinite(v)) {
    Nf_esc_lit(e, "?");
    return;
  }
  if (v == floor(v) && fabs(v) < 1e15)
    snprintf(buf, sizeof buf, "%.0f", v);
  else
    snprintf(buf, sizeof buf, "%.4g", v);
  if (!e->st) e->st = Nf_buf_puts(e->out, buf);
}

void Nf_esc_count(nf_esc *e, double v) {
  if (!isfinite(v) || v != floor(v) || fabs(v) >= 1e15) {
    Nf_esc_num(e, v);
    return;
  }
  char buf[24], out[40];
  snprintf(buf, sizeof buf, "%.0f", fabs(v));
  size_t n = strlen(buf), o = 0;
  if (v < 0) out[o++] = '-';
  for (size_t i = 0; i < n; i++) {
    if (i && (n - i) % 3 == 0) out[o++] = ',';
    out[o++] = buf[i];
  }
  out[o] = 0;
  if (!e->st) e->st = Nf_buf_puts(e->out, out);
}

void Nf_esc_int(nf_esc *e, int64_t v) {
  char buf[24];
  snprintf(buf, sizeof buf, "%lld", (long long)v);
  if (!e->st) e->st = Nf_buf_puts(e->out, buf);
}

bool Nf_esc_href(nf_esc *e, nf_sv url) {
  nf_sv u = Nf_sv_trim(url);
  bool ok = Nf_sv_istarts(u, NF_SV_LIT("https://")) ||
            Nf_sv_istarts(u, NF_SV_LIT("http://"));
  // No quotes, spaces or control bytes inside a URL we print.
  for (size_t i = 0; ok && i < u.n; i++) {
    unsigned char c = (unsigned char)u.p[i];
    if (c <= 0x20 || c == '"' || c == '\'' || c == '<' || c == '>' ||
        c == '`' || c == '\\' || c == 0x7F)
      ok = false;
  }
  if (!ok) {
    Nf_esc_lit(e, "#");
    return false;
  }
  if (!e->st) e->st = Nf_html_escape(e->out, u);
  return true;
}
