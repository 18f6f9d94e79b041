// One JSON Lines record into a document. Field names follow what real
// datasets use (news-please, NewsAPI, Common Crawl derivatives, the
// research sets in ../shared): the first present alias wins.
#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/alloc.h"
#include "core/utf8.h"
#include "ingest/ingest_int.h"

typedef enum field {
  F_ID,
  F_TEXT,
  F_HTML,
  F_URL,
  F_TITLE,
  F_PUBLISHED,
  F_OUTLET,
  F_BYLINE,
  F_LANGUAGE,
  F__COUNT
} field;

static const char *const ALIASES[F__COUNT][16] = {
    [F_ID] = {"id"},
    [F_TEXT] = {"text", "maintext", "body", "article", "content"},
    [F_HTML] = {"html", "raw_html", "html_content"},
    [F_URL] = {"url", "link", "canonical_url", "uri"},
    [F_TITLE] = {"title", "headline"},
    [F_PUBLISHED] = {"published", "date", "date_publish", "datePublished",
                     "published_at", "publishedAt", "pubDate", "publish_date",
                     "date_published", "publication_date", "pub_date",
                     "published_date"},
    [F_OUTLET] = {"outlet", "site_name", "source_domain", "publisher", "source",
                  "site", "domain", "source_name"},
    [F_BYLINE] = {"byline", "author", "authors", "creator"},
    [F_LANGUAGE] = {"language", "lang", "inLanguage"},
};

size_t Nf_json_depth(const char *s, size_t n, size_t limit) {
  size_t depth = 0, deepest = 0;
  const char *p = s, *end = s + n;
  while (p < end) {
    char c = *p++;
    if (c == '"') {
      // Skip the string; a backslash escapes the next byte.
      while (p < end) {
        const char *q = memchr(p, '"', (size_t)(end - p));
        if (!q) return deepest;
        size_t back = 0;
        while (q - back > p && q[-1 - (ptrdiff_t)back] == '\\') back++;
        p = q + 1;
        if (back % 2 == 0) break;
      }
    } else if (c == '[' || c == '{') {
      if (++depth > deepest && (deepest = depth) > limit) return limit + 1;
    } else if ((c == ']' || c == '}') && depth) {
      depth--;
    }
  }
  return deepest;
}

// Copy s into the document's arena with white-space runs squeezed to one
// space and the ends trimmed; NULL when nothing is left.
static const char *meta_str(nf_doc *doc, const char *s, size_t n) {
  nf_sv t = Nf_sv_trim(Nf_sv(s, n));
  if (!t.n) return NULL;
  char *out = Nf_arena_alloc(&doc->arena, t.n + 1);
  if (!out) return NULL;
  size_t k = 0;
  bool space = false;
  for (size_t i = 0; i < t.n; i++) {
    unsigned char c = (unsigned char)t.p[i];
    if (Nf_ascii_space(c)) {
      space = true;
      continue;
    }
    if (c == 0) continue;
    if (space) out[k++] = ' ';
    space = false;
    out[k++] = (char)c;
  }
  out[k] = 0;
  return out;
}

// A person or outlet given as a string or as {"name": "..."}.
static const char *name_of(json_t *v, size_t *len) {
  if (json_is_string(v)) {
    *len = json_string_length(v);
    return json_string_value(v);
  }
  if (json_is_object(v)) {
    json_t *n = json_object_get(v, "name");
    if (json_is_string(n)) {
      *len = json_string_length(n);
      return json_string_value(n);
    }
  }
  return NULL;
}

// Seconds or milliseconds since 1970 as ISO 8601 (UTC). Plausible news
// dates only (1990..2100); anything else is not taken as a date.
static bool epoch_iso(double v, char *out, size_t cap) {
  if (v > 1e11) v /= 1000;
  if (!(v >= 631152000.0 && v < 4102444800.0)) return false;
  time_t t = (time_t)v;
  struct tm tm;
  if (!gmtime_r(&t, &tm)) return false;
  return strftime(out, cap, "%Y-%m-%dT%H:%M:%SZ", &tm) > 0;
}

// Set the document field f from v. False when v has a type the field
// cannot use (the member then stays under "extra").
static bool take_field(nf_doc *doc, field f, json_t *v) {
  size_t n = 0;
  const char *s = NULL;
  char tmp[64];
  switch (f) {
    case F_URL:
    case F_TITLE:
    case F_LANGUAGE:
      if (!json_is_string(v)) return false;
      s = json_string_value(v);
      n = json_string_length(v);
      break;
    case F_OUTLET:
      if (!(s = name_of(v, &n))) return false;
      break;
    case F_PUBLISHED:
      if (json_is_number(v)) {
        if (!epoch_iso(json_number_value(v), tmp, sizeof tmp)) return false;
        s = tmp;
        n = strlen(tmp);
      } else if (json_is_string(v)) {
        s = json_string_value(v);
        n = json_string_length(v);
        // Epoch seconds written as a string.
        size_t digits = 0;
        while (digits < n && Nf_ascii_digit((unsigned char)s[digits])) digits++;
        if (digits == n && (n == 10 || n == 13)) {
          uint64_t e;
          if (Nf_parse_length(Nf_sv(s, n), UINT64_MAX, &e) &&
              epoch_iso((double)e, tmp, sizeof tmp)) {
            s = tmp;
            n = strlen(tmp);
          }
        }
      } else {
        return false;
      }
      break;
    case F_BYLINE:
      if (json_is_array(v)) {
        // Authors as a list: joined with ", ".
        nf_buf b;
        Nf_buf_init(&b, &doc->ctx->alloc, 4096);
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e) {
          size_t en;
          const char *es = name_of(e, &en);
          nf_sv t = es ? Nf_sv_trim(Nf_sv(es, en)) : NF_SV_NULL;
          if (!t.n) continue;
          if (b.len && Nf_buf_append(&b, ", ", 2)) break;
          if (Nf_buf_append(&b, t.p, t.n)) break;
        }
        if (b.len) doc->in_byline = meta_str(doc, b.data, b.len);
        Nf_buf_fini(&b);
        return true;
      }
      if (!(s = name_of(v, &n))) return false;
      break;
    default: return false;
  }
  const char *m = meta_str(doc, s, n);
  switch (f) {
    case F_URL: doc->in_url = m; break;
    case F_TITLE: doc->in_title = m; break;
    case F_LANGUAGE: doc->in_language = m; break;
    case F_OUTLET: doc->in_outlet = m; break;
    case F_PUBLISHED: doc->in_published = m; break;
    case F_BYLINE: doc->in_byline = m; break;
    default: break;
  }
  return true;
}

static const char *json_type_name(const json_t *v) {
  switch (json_typeof(v)) {
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER:
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "a boolean";
    case JSON_NULL: return "null";
    default: return "an object";
  }
}

// The member of obj for field f: the first alias present and not null.
static json_t *find_field(json_t *obj, field f, const char **key) {
  for (size_t i = 0; i < 16 && ALIASES[f][i]; i++) {
    json_t *v = json_object_get(obj, ALIASES[f][i]);
    if (v && !json_is_null(v)) {
      *key = ALIASES[f][i];
      return v;
    }
  }
  return NULL;
}

// True when key names a field newsfold reads.
static bool known_key(const char *key) {
  for (int f = 0; f < F__COUNT; f++)
    for (size_t i = 0; i < 16 && ALIASES[f][i]; i++)
      if (strcmp(key, ALIASES[f][i]) == 0) return true;
  return false;
}

static nf_status make_doc(nf_ctx *ctx, const char *path, uint64_t lineno,
                          json_t *obj, nf_doc **out, char *err, size_t errcap) {
  const char *used[F__COUNT] = {0};
  json_t *val[F__COUNT] = {0};
  for (int f = 0; f < F__COUNT; f++) val[f] = find_field(obj, f, &used[f]);

  // The page: article text, else HTML. With both, the text is what the
  // dataset calls the article; the HTML is left out (noted).
  json_t *body = NULL;
  nf_doc_format format = NF_DOCFMT_ARTICLE;
  if (val[F_TEXT] && json_is_string(val[F_TEXT])) {
    body = val[F_TEXT];
  } else if (val[F_HTML] && json_is_string(val[F_HTML])) {
    body = val[F_HTML];
    format = NF_DOCFMT_HTML;
  }
  if (!body) {
    snprintf(err, errcap, "no \"text\" or \"html\" string in the record");
    return NF_EFORMAT;
  }

  char source[4096 + 32];
  snprintf(source, sizeof source, "%.4096s:%llu", path,
           (unsigned long long)lineno);
  char idbuf[64];
  const char *id = source;
  json_t *jid = val[F_ID];
  bool id_used = false;
  if (jid && json_is_string(jid) && json_string_length(jid) > 0) {
    id = json_string_value(jid);
    id_used = true;
  } else if (jid && json_is_integer(jid)) {
    snprintf(idbuf, sizeof idbuf, "%" JSON_INTEGER_FORMAT,
             json_integer_value(jid));
    id = idbuf;
    id_used = true;
  } else if (jid && json_is_real(jid)) {
    snprintf(idbuf, sizeof idbuf, "%.17g", json_real_value(jid));
    id = idbuf;
    id_used = true;
  }
  nf_doc *doc = Nf_doc_new(ctx, id, source);
  if (!doc) return NF_ENOMEM;
  doc->container = NF_CONT_JSONL;
  doc->record = lineno ? lineno - 1 : 0;
  doc->format = (uint8_t)format;
  doc->charset = "UTF-8";  // JSON text is UTF-8 by definition
  size_t blen = json_string_length(body);
  char *raw = Nf_strndup(&ctx->alloc, json_string_value(body), blen);
  if (!raw) {
    nf_doc_free(doc);
    return NF_ENOMEM;
  }
  Nf_doc_set_raw(doc, raw, blen);
  if (format == NF_DOCFMT_ARTICLE && val[F_HTML] && json_is_string(val[F_HTML]))
    Nf_doc_note(
        doc, "ingest", SIZE_MAX,
        "both \"%s\" and \"%s\" given: read the text, left out the HTML",
        used[F_TEXT], used[F_HTML]);

  // Fields taken; what cannot be used stays under "extra".
  bool taken[F__COUNT] = {0};
  // An empty id says no more than a missing one.
  taken[F_ID] = id_used || (jid && json_is_string(jid));
  taken[F_TEXT] = body == val[F_TEXT];
  taken[F_HTML] = body == val[F_HTML] ||
                  (val[F_HTML] && taken[F_TEXT] && json_is_string(val[F_HTML]));
  for (int f = F_URL; f < F__COUNT; f++) {
    if (!val[f]) continue;
    taken[f] = take_field(doc, f, val[f]);
    if (!taken[f])
      Nf_doc_note(doc, "ingest", SIZE_MAX,
                  "field \"%s\" is %s; kept under extra", used[f],
                  json_type_name(val[f]));
  }

  // Everything else, in the record's order: unknown fields, and known
  // aliases that were not the one used (they may disagree; nothing is
  // dropped but nulls of known fields, which say "unknown").
  json_t *extra = json_object();
  if (!extra) {
    nf_doc_free(doc);
    return NF_ENOMEM;
  }
  const char *key;
  json_t *v;
  json_object_foreach(obj, key, v) {
    bool skip = false;
    for (int f = 0; f < F__COUNT && !skip; f++)
      skip = taken[f] && used[f] && strcmp(key, used[f]) == 0;
    if (skip || (json_is_null(v) && known_key(key))) continue;
    json_object_set(extra, key, v);
  }
  nf_status st = NF_OK;
  if (json_object_size(extra)) {
    char *text = json_dumps(extra, JSON_COMPACT | JSON_REAL_PRECISION(15));
    if (!text || !(doc->extra_json = Nf_doc_strdup(doc, text, strlen(text))))
      st = NF_ENOMEM;
    free(text);
  }
  json_decref(extra);
  if (st) {
    nf_doc_free(doc);
    return st;
  }
  *out = doc;
  return NF_OK;
}

// Copy the JSON text s into out with every integer of 19 digits or more
// put in quotes, so that jansson (whose integers are 64-bit) reads it as a
// string with every digit kept: ids of 20+ digits exist in the wild.
static nf_status quote_big_ints(const char *s, size_t n, nf_buf *out) {
  size_t i = 0, run = 0;
  nf_status st = Nf_buf_reserve(out, n + 64);
  while (!st && i < n) {
    char c = s[i];
    if (c == '"') {
      for (i++; i < n && s[i] != '"'; i++)
        if (s[i] == '\\') i++;
      i++;
      continue;
    }
    if (c == '-' || Nf_ascii_digit((unsigned char)c)) {
      size_t k = i + (c == '-'), digits = 0;
      while (k < n && Nf_ascii_digit((unsigned char)s[k])) k++, digits++;
      bool integer = k >= n || !(s[k] == '.' || s[k] == 'e' || s[k] == 'E');
      if (integer && digits >= 19) {
        if (!(st = Nf_buf_append(out, s + run, i - run)) &&
            !(st = Nf_buf_putc(out, '"')) &&
            !(st = Nf_buf_append(out, s + i, k - i)))
          st = Nf_buf_putc(out, '"');
        run = k;
      }
      i = k > i ? k : i + 1;
      continue;
    }
    i++;
  }
  if (!st && run < n) st = Nf_buf_append(out, s + run, n - run);
  return st;
}

// ------------------------------------------------------- big strings
// jansson reads strings a byte at a time (~40 MB/s), and an article's
// text is most of its line. So long string members of the top-level
// object are lifted out before jansson parses the rest, unescaped here
// (one pass), and put back into the parsed object. Anything unusual (an
// escaped key, a bad escape, a raw control byte, a malformed object) is
// left to jansson, which then also words the error.

enum { BIG_STRING = 256, MAX_LIFTED = 16 };

typedef struct lifted {
  const char *key, *val;  // raw bytes between the quotes
  size_t klen, vlen;
} lifted;

// End of the JSON string whose opening quote is at s[i] (index of the
// closing quote), or 0. *plain says it has no backslash and no raw
// control byte.
static size_t string_end(const char *s, size_t n, size_t i, bool *plain,
                         bool *clean) {
  *plain = *clean = true;
  for (size_t k = i + 1; k < n; k++) {
    unsigned char c = (unsigned char)s[k];
    if (c == '"') return k;
    if (c == '\\') {
      *plain = false;
      k++;
    } else if (c < 0x20) {
      *clean = false;
    }
  }
  return 0;
}

static size_t ws(const char *s, size_t n, size_t i) {
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
    i++;
  return i;
}

// Index just past the value starting at s[i] (not a string), or 0.
static size_t skip_value(const char *s, size_t n, size_t i) {
  size_t depth = 0;
  for (; i < n; i++) {
    char c = s[i];
    if (c == '"') {
      bool plain, clean;
      size_t e = string_end(s, n, i, &plain, &clean);
      if (!e) return 0;
      i = e;
    } else if (c == '[' || c == '{') {
      depth++;
    } else if (c == ']' || c == '}') {
      if (depth == 0) return i;
      depth--;
    } else if (c == ',' && depth == 0) {
      return i;
    }
  }
  return depth == 0 ? i : 0;
}

// Find the long string members of the object in s; returns their count
// (0 when there are none or s is not a plain object).
static size_t find_lifted(const char *s, size_t n, lifted *out) {
  size_t i = ws(s, n, 0), count = 0;
  if (i >= n || s[i] != '{') return 0;
  i = ws(s, n, i + 1);
  if (i < n && s[i] == '}') return 0;
  while (i < n) {
    bool plain, clean;
    if (s[i] != '"') return 0;
    size_t kend = string_end(s, n, i, &plain, &clean);
    if (!kend) return 0;
    bool key_ok = plain && clean;
    const char *key = s + i + 1;
    size_t klen = kend - i - 1;
    i = ws(s, n, kend + 1);
    if (i >= n || s[i] != ':') return 0;
    i = ws(s, n, i + 1);
    if (i >= n) return 0;
    if (s[i] == '"') {
      size_t vend = string_end(s, n, i, &plain, &clean);
      if (!vend) return 0;
      if (key_ok && clean && vend - i - 1 >= BIG_STRING && count < MAX_LIFTED)
        out[count++] = (lifted){key, s + i + 1, klen, vend - i - 1};
      i = vend + 1;
    } else {
      i = skip_value(s, n, i);
      if (!i) return 0;
    }
    i = ws(s, n, i);
    if (i < n && s[i] == ',') {
      i = ws(s, n, i + 1);
      continue;
    }
    return i < n && s[i] == '}' ? count : 0;
  }
  return 0;
}

static int hex4(const char *p) {
  int v = 0;
  for (int i = 0; i < 4; i++) {
    unsigned char c = (unsigned char)p[i];
    int d = Nf_ascii_digit(c)        ? c - '0'
            : (c >= 'a' && c <= 'f') ? c - 'a' + 10
            : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                     : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

// Unescape a JSON string body into out. False on a bad escape.
static bool unescape(const char *s, size_t n, nf_buf *out) {
  if (Nf_buf_reserve(out, n)) return false;
  size_t i = 0, run = 0;
  while (i < n) {
    const char *bs = memchr(s + i, '\\', n - i);
    if (!bs) break;
    i = (size_t)(bs - s);
    if (Nf_buf_append(out, s + run, i - run) || i + 1 >= n) return false;
    char e = s[i + 1], c;
    i += 2;
    switch (e) {
      case '"': c = '"'; break;
      case '\\': c = '\\'; break;
      case '/': c = '/'; break;
      case 'b': c = '\b'; break;
      case 'f': c = '\f'; break;
      case 'n': c = '\n'; break;
      case 'r': c = '\r'; break;
      case 't': c = '\t'; break;
      case 'u': {
        int cp = i + 4 <= n ? hex4(s + i) : -1;
        if (cp < 0) return false;
        i += 4;
        uint32_t u = (uint32_t)cp;
        if (u >= 0xD800 && u <= 0xDBFF && i + 6 <= n && s[i] == '\\' &&
            s[i + 1] == 'u') {
          int lo = hex4(s + i + 2);
          if (lo >= 0xDC00 && lo <= 0xDFFF) {
            u = 0x10000 + ((u - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
            i += 6;
          }
        }
        char enc[4];
        size_t k = Nf_utf8_encode(u, enc);  // a lone surrogate -> U+FFFD
        if (Nf_buf_append(out, enc, k)) return false;
        run = i;
        continue;
      }
      default: return false;
    }
    if (Nf_buf_putc(out, c)) return false;
    run = i;
  }
  return !Nf_buf_append(out, s + run, n - run);
}

// Length of the all-ASCII start of s, eight bytes at a time (most of a
// JSON line in most languages).
static size_t ascii_prefix(const char *s, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    if (w & 0x8080808080808080ull) break;
  }
  while (i < n && (unsigned char)s[i] < 0x80) i++;
  return i;
}

// Parse one line as JSON, lifting long strings past jansson. NULL with
// *jerr on failure.
static json_t *parse_line(nf_ctx *ctx, const char *line, size_t len,
                          json_error_t *jerr) {
  const size_t flags = JSON_ALLOW_NUL | JSON_DECODE_ANY;
  lifted big[MAX_LIFTED];
  size_t nbig = find_lifted(line, len, big);
  json_t *obj = NULL;
  if (nbig) {
    // The line without the long strings' contents ("" in their place).
    nf_buf rest;
    Nf_buf_init(&rest, &ctx->alloc, 0);
    const char *from = line;
    bool ok = true;
    for (size_t i = 0; i < nbig && ok; i++) {
      ok = !Nf_buf_append(&rest, from, (size_t)(big[i].val - from));
      from = big[i].val + big[i].vlen;
    }
    ok = ok && !Nf_buf_append(&rest, from, (size_t)(line + len - from));
    if (ok) obj = json_loadb(rest.data, rest.len, flags, jerr);
    Nf_buf_fini(&rest);
    nf_buf val;
    Nf_buf_init(&val, &ctx->alloc, 0);
    for (size_t i = 0; obj && i < nbig; i++) {
      char key[256];
      if (big[i].klen >= sizeof key) continue;  // stays "" (no field that long)
      memcpy(key, big[i].key, big[i].klen);
      key[big[i].klen] = 0;
      Nf_buf_clear(&val);
      json_t *v = NULL;
      if (!unescape(big[i].val, big[i].vlen, &val) ||
          !(v = json_stringn_nocheck(val.data ? val.data : "", val.len)) ||
          json_object_set_new(obj, key, v)) {
        json_decref(obj);  // leave it all to jansson
        obj = NULL;
      }
    }
    Nf_buf_fini(&val);
  }
  if (!obj) obj = json_loadb(line, len, flags, jerr);
  if (!obj && strstr(jerr->text, "too big")) {
    nf_buf quoted;
    Nf_buf_init(&quoted, &ctx->alloc, 0);
    if (!quote_big_ints(line, len, &quoted))
      obj = json_loadb(quoted.data, quoted.len, flags, jerr);
    Nf_buf_fini(&quoted);
  }
  return obj;
}

nf_status Nf_jsonl_record(nf_ctx *ctx, const char *path, uint64_t lineno,
                          const char *line, size_t len, nf_doc **out, char *err,
                          size_t errcap) {
  *out = NULL;
  err[0] = 0;
  size_t limit = Nf_limit(ctx, NF_LIMIT_JSON_DEPTH);
  // jansson's parser recurses once per level: refuse deep lines before.
  if (Nf_json_depth(line, len, limit) > limit) {
    snprintf(err, errcap, "JSON nested deeper than %zu levels", limit);
    return NF_ETOOBIG;
  }
  // jansson refuses invalid UTF-8; repair it instead of losing the record.
  nf_buf fixed;
  Nf_buf_init(&fixed, &ctx->alloc, 0);
  size_t fixes = 0, ascii = ascii_prefix(line, len);
  if (!Nf_utf8_valid(line + ascii, len - ascii)) {
    nf_status st = Nf_utf8_repair(&fixed, line, len, &fixes);
    if (st) {
      Nf_buf_fini(&fixed);
      return st;
    }
    line = fixed.data;
    len = fixed.len;
  }
  json_error_t jerr;
  json_t *obj = parse_line(ctx, line, len, &jerr);
  nf_status st;
  if (!obj) {
    snprintf(err, errcap, "not JSON: %s (column %d)", jerr.text, jerr.column);
    st = NF_EFORMAT;
  } else if (!json_is_object(obj)) {
    snprintf(err, errcap, "not a JSON object but %s", json_type_name(obj));
    st = NF_EFORMAT;
  } else {
    st = make_doc(ctx, path, lineno, obj, out, err, errcap);
    if (!st && fixes)
      Nf_doc_note(*out, "ingest", SIZE_MAX,
                  "repaired %zu invalid UTF-8 bytes in the record", fixes);
  }
  if (st == NF_ENOMEM && !err[0]) snprintf(err, errcap, "out of memory");
  json_decref(obj);
  Nf_buf_fini(&fixed);
  return st;
}
