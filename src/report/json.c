#include "report/json.h"

#include <math.h>
#include <stdio.h>

#include "core/utf8.h"

void Nf_jw_init(nf_jw *w, nf_buf *out, int indent) {
  w->out = out;
  w->depth = 0;
  w->indent = indent;
  w->need_comma[0] = false;
  w->after_key = false;
  w->status = NF_OK;
}

static void put(nf_jw *w, const char *s, size_t n) {
  if (w->status) return;
  w->status = Nf_buf_append(w->out, s, n);
}

static void newline(nf_jw *w) {
  if (!w->indent || w->status) return;
  put(w, "\n", 1);
  for (int i = 0; i < w->depth * w->indent && !w->status; i++) put(w, " ", 1);
}

// Separator and indentation before a value or key.
static void before_value(nf_jw *w) {
  if (w->after_key) {
    w->after_key = false;
    return;
  }
  if (w->depth > 0) {
    if (w->need_comma[w->depth]) put(w, ",", 1);
    w->need_comma[w->depth] = true;
    newline(w);
  }
}

static void open(nf_jw *w, char c) {
  before_value(w);
  put(w, &c, 1);
  if (w->depth + 1 >= NF_JW_MAX_DEPTH) {
    w->status = NF_ETOOBIG;
    return;
  }
  w->need_comma[++w->depth] = false;
}

static void close(nf_jw *w, char c) {
  if (w->depth <= 0) {
    w->status = NF_EINTERNAL;
    return;
  }
  bool had = w->need_comma[w->depth];
  w->depth--;
  if (had) newline(w);
  put(w, &c, 1);
}

void Nf_jw_obj(nf_jw *w) {
  open(w, '{');
}
void Nf_jw_obj_end(nf_jw *w) {
  close(w, '}');
}
void Nf_jw_arr(nf_jw *w) {
  open(w, '[');
}
void Nf_jw_arr_end(nf_jw *w) {
  close(w, ']');
}

void Nf_jw_key(nf_jw *w, const char *key) {
  before_value(w);
  put(w, "\"", 1);
  if (!w->status) w->status = Nf_json_escape(w->out, Nf_sv_cstr(key));
  put(w, w->indent ? "\": " : "\":", w->indent ? 3 : 2);
  w->after_key = true;
}

void Nf_jw_str(nf_jw *w, nf_sv s) {
  before_value(w);
  put(w, "\"", 1);
  if (!w->status) w->status = Nf_json_escape(w->out, s);
  put(w, "\"", 1);
}

void Nf_jw_strz(nf_jw *w, const char *s) {
  if (!s) {
    Nf_jw_null(w);
    return;
  }
  Nf_jw_str(w, Nf_sv_cstr(s));
}

void Nf_jw_null(nf_jw *w) {
  before_value(w);
  put(w, "null", 4);
}

void Nf_jw_bool(nf_jw *w, bool b) {
  before_value(w);
  put(w, b ? "true" : "false", b ? 4 : 5);
}

void Nf_jw_int(nf_jw *w, int64_t v) {
  char tmp[32];
  int n = snprintf(tmp, sizeof tmp, "%lld", (long long)v);
  before_value(w);
  put(w, tmp, (size_t)n);
}

void Nf_jw_num(nf_jw *w, double v) {
  if (!isfinite(v)) {
    Nf_jw_null(w);
    return;
  }
  char tmp[40];
  int n;
  if (v == floor(v) && fabs(v) < 9.0e15)
    n = snprintf(tmp, sizeof tmp, "%.0f", v);
  else
    n = snprintf(tmp, sizeof tmp, "%.10g", v);
  before_value(w);
  put(w, tmp, (size_t)n);
}

void Nf_jw_raw(nf_jw *w, nf_sv json) {
  before_value(w);
  put(w, json.p, json.n);
}

nf_status Nf_json_escape(nf_buf *out, nf_sv s) {
  static const char hex[] = "0123456789abcdef";
  const unsigned char *p = (const unsigned char *)s.p;
  size_t i = 0, run = 0;
  nf_status st;
  while (i < s.n) {
    unsigned char c = p[i];
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      i++;
      continue;
    }
    size_t k = 1;
    uint32_t cp = c;
    if (c >= 0x80) {
      k = Nf_utf8_decode(s.p + i, s.n - i, &cp);
      // U+2028/2029 are valid JSON but break JavaScript string literals.
      if (cp != 0xFFFD && cp != 0x2028 && cp != 0x2029) {
        i += k;
        continue;
      }
      if (cp == 0xFFFD && k == 3) {  // a real U+FFFD: keep it
        i += k;
        continue;
      }
    }
    if ((st = Nf_buf_append(out, s.p + run, i - run))) return st;
    char esc[8];
    size_t n = 2;
    esc[0] = '\\';
    switch (cp) {
      case '"': esc[1] = '"'; break;
      case '\\': esc[1] = '\\'; break;
      case '\n': esc[1] = 'n'; break;
      case '\t': esc[1] = 't'; break;
      case '\r': esc[1] = 'r'; break;
      case '\b': esc[1] = 'b'; break;
      case '\f': esc[1] = 'f'; break;
      default:
        esc[1] = 'u';
        esc[2] = hex[(cp >> 12) & 15];
        esc[3] = hex[(cp >> 8) & 15];
        esc[4] = hex[(cp >> 4) & 15];
        esc[5] = hex[cp & 15];
        n = 6;
    }
    if ((st = Nf_buf_append(out, esc, n))) return st;
    i += k;
    run = i;
  }
  return Nf_buf_append(out, s.p + run, s.n - run);
}
