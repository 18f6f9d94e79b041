// Article metadata from the page: title, byline, published date, outlet,
// canonical URL and language, from <meta> tags, JSON-LD, <title>, the
// main <h1>, itemprop/rel=author, <time> and the URL. Each field takes
// the most specific source that has it; nothing is guessed.
#include <jansson.h>
#include <string.h>

#include "clean/clean.h"
#include "clean/html_int.h"
#include "core/buf.h"
#include "core/utf8.h"

// ----------------------------------------------------------------- JSON-LD

typedef nf_html_ld jsonld;

static bool is_article_type(json_t *type) {
  static const char *const TYPES[] = {"NewsArticle",
                                      "Article",
                                      "BlogPosting",
                                      "ReportageNewsArticle",
                                      "AnalysisNewsArticle",
                                      "OpinionNewsArticle",
                                      "ReviewNewsArticle",
                                      "BackgroundNewsArticle",
                                      "LiveBlogPosting",
                                      "TechArticle",
                                      "ScholarlyArticle",
                                      "Report",
                                      "SocialMediaPosting",
                                      "Blog",
                                      "SatiricalArticle",
                                      "AdvertiserContentArticle",
                                      "MedicalScholarlyArticle",
                                      "DiscussionForumPosting",
                                      "PressRelease"};
  if (json_is_array(type)) {
    size_t i;
    json_t *t;
    json_array_foreach(type, i, t) if (is_article_type(t)) return true;
    return false;
  }
  const char *s = json_string_value(type);
  if (!s) return false;
  const char *slash = strrchr(s, '/');  // "http://schema.org/NewsArticle"
  if (slash) s = slash + 1;
  for (size_t i = 0; i < sizeof TYPES / sizeof TYPES[0]; i++)
    if (strcmp(s, TYPES[i]) == 0) return true;
  return false;
}

static const char *str_of(json_t *o, const char *key) {
  json_t *v = json_object_get(o, key);
  if (json_is_array(v)) v = json_array_get(v, 0);
  if (json_is_object(v)) {
    json_t *id = json_object_get(v, "name");
    if (!id) id = json_object_get(v, "@id");
    v = id;
  }
  const char *s = json_string_value(v);
  return s && *s ? s : NULL;
}

static void add_author(jsonld *j, const char *name) {
  if (!name || !*name) return;
  nf_sv n = Nf_sv_trim(Nf_sv_cstr(name));
  if (!n.n || Nf_sv_istarts(n, NF_SV_LIT("http"))) return;
  size_t len = strlen(j->author);
  if (Nf_sv_ifind(Nf_sv_cstr(j->author), n) >= 0) return;  // listed twice
  if (len && len + 2 < sizeof j->author) {
    memcpy(j->author + len, ", ", 2);
    len += 2;
  }
  size_t room = sizeof j->author - 1 - len;
  size_t k = n.n < room ? n.n : Nf_utf8_clip(n.p, room);
  memcpy(j->author + len, n.p, k);
  j->author[len + k] = 0;
}

static void read_authors(jsonld *j, json_t *a) {
  if (json_is_string(a)) {
    add_author(j, json_string_value(a));
  } else if (json_is_object(a)) {
    add_author(j, json_string_value(json_object_get(a, "name")));
  } else if (json_is_array(a)) {
    size_t i;
    json_t *x;
    json_array_foreach(a, i, x) {
      if (i >= 8) break;
      if (json_is_string(x))
        add_author(j, json_string_value(x));
      else if (json_is_object(x))
        add_author(j, json_string_value(json_object_get(x, "name")));
    }
  }
}

static void read_article(jsonld *j, json_t *o) {
  if (!j->headline) j->headline = str_of(o, "headline");
  if (!j->headline) j->headline = str_of(o, "name");
  if (!j->published) j->published = str_of(o, "datePublished");
  if (!j->published) j->published = str_of(o, "dateCreated");
  if (!j->modified) j->modified = str_of(o, "dateModified");
  if (!j->author[0]) read_authors(j, json_object_get(o, "author"));
  if (!j->author[0]) read_authors(j, json_object_get(o, "creator"));
  if (!j->publisher) j->publisher = str_of(o, "publisher");
  if (!j->url) j->url = str_of(o, "url");
  if (!j->url) j->url = str_of(o, "mainEntityOfPage");
  if (!j->language) j->language = str_of(o, "inLanguage");
  if (!j->body) j->body = str_of(o, "articleBody");
}

// Deepest bracket nesting of a JSON text (strings skipped): jansson
// recurses, so deep input is refused before it is parsed.
static size_t json_depth(const char *s, size_t n) {
  size_t d = 0, max = 0;
  bool in_str = false;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (in_str) {
      if (c == '\\')
        i++;
      else if (c == '"')
        in_str = false;
    } else if (c == '"') {
      in_str = true;
    } else if (c == '{' || c == '[') {
      if (++d > max) max = d;
    } else if ((c == '}' || c == ']') && d) {
      d--;
    }
  }
  return max;
}

// Objects to look at in one JSON-LD value: the value, the items of a
// top-level array or @graph, and their mainEntity. No recursion.
static void scan_jsonld(jsonld *j, json_t *root) {
  json_t *list[64];
  size_t n = 0;
  if (json_is_array(root)) {
    size_t i;
    json_t *x;
    json_array_foreach(root, i, x) if (n < 32) list[n++] = x;
  } else {
    list[n++] = root;
  }
  for (size_t i = 0; i < n && n < 64; i++) {
    json_t *g = json_object_get(list[i], "@graph");
    if (json_is_array(g)) {
      size_t k;
      json_t *x;
      json_array_foreach(g, k, x) if (n < 64) list[n++] = x;
    }
    json_t *me = json_object_get(list[i], "mainEntity");
    if (json_is_object(me) && n < 64) list[n++] = me;
  }
  for (size_t i = 0; i < n; i++)
    if (json_is_object(list[i]) &&
        is_article_type(json_object_get(list[i], "@type")))
      read_article(j, list[i]);
}

// ----------------------------------------------------------------- helpers

static const char *keep(nf_html *h, const char *s) {
  if (!s) return NULL;
  nf_sv v = Nf_sv_trim(Nf_sv_cstr(s));
  if (!v.n) return NULL;
  if (v.n > NF_HTML_MAX_META_BYTES)
    v.n = Nf_utf8_clip(v.p, NF_HTML_MAX_META_BYTES);
  return Nf_clean_squeeze(h->doc, v);
}

static bool is_http_url(const char *s) {
  return s && (strncmp(s, "http://", 7) == 0 || strncmp(s, "https://", 8) == 0);
}

// Case-insensitive (ASCII) containment of the shorter in the longer.
static bool similar(const char *a, const char *b) {
  if (!a || !b) return false;
  nf_sv x = Nf_sv_trim(Nf_sv_cstr(a)), y = Nf_sv_trim(Nf_sv_cstr(b));
  if (!x.n || !y.n) return false;
  if (x.n > y.n) {
    nf_sv t = x;
    x = y;
    y = t;
  }
  return x.n * 2 >= y.n / 2 && Nf_sv_ifind(y, x) >= 0;
}

// "Title | Site", "Title - Site", "Site: Title" ... -> "Title". The part
// dropped must be short (a site name is a few words) or match the outlet.
static const char *strip_site(nf_html *h, const char *title, const char *site) {
  if (!title) return NULL;
  static const char *const SEPS[] = {
      " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // ", " ~ "};
  nf_sv t = Nf_sv_cstr(title);
  for (size_t s = 0; s < sizeof SEPS / sizeof SEPS[0]; s++) {
    nf_sv sep = Nf_sv_cstr(SEPS[s]);
    // The last separator: "A - B | Site".
    long last = -1;
    for (long at = 0;;) {
      long k = Nf_sv_ifind(Nf_sv(t.p + at, t.n - (size_t)at), sep);
      if (k < 0) break;
      last = at + k;
      at = last + 1;
    }
    if (last <= 0) continue;
    nf_sv head = Nf_sv(t.p, (size_t)last);
    nf_sv tail = Nf_sv(t.p + last + sep.n, t.n - (size_t)last - sep.n);
    bool site_tail = site && similar(site, Nf_sv_trim(tail).n ? tail.p : "");
    size_t tail_words = 1;
    for (size_t i = 0; i < tail.n; i++) tail_words += tail.p[i] == ' ';
    // A bar or colons nearly always set off the site or section; a dash
    // may be part of the headline, so the tail must be short.
    bool bar = sep.p[1] != '-' && (unsigned char)sep.p[1] != 0xE2;
    if (site_tail || (bar && tail_words <= 6 && tail.n < head.n) ||
        (tail_words <= 4 && tail.n * 2 < head.n))
      return Nf_clean_squeeze(h->doc, head);
    // "Site | Title"
    if (site && similar(site, Nf_arena_strndup(&h->doc->arena, head.p, head.n)))
      return Nf_clean_squeeze(h->doc, tail);
  }
  return title;
}

// White space and separators at either end: "The Post |" -> "The Post".
static nf_sv trim_separators(nf_sv v) {
  for (;;) {
    v = Nf_sv_trim(v);
    if (v.n && strchr("|-:,;/", v.p[v.n - 1])) {
      v.n--;
      continue;
    }
    if (v.n && strchr("|-:,;/", v.p[0])) {
      v.p++, v.n--;
      continue;
    }
    if (v.n >= 3 && (unsigned char)v.p[v.n - 3] == 0xE2 &&
        (unsigned char)v.p[v.n - 2] == 0x80 &&
        ((unsigned char)v.p[v.n - 1] == 0x93 ||
         (unsigned char)v.p[v.n - 1] == 0x94 ||
         (unsigned char)v.p[v.n - 1] == 0xA2)) {  // – — •
      v.n -= 3;
      continue;
    }
    return v;
  }
}

// "By Jane Doe and John Roe" -> "Jane Doe and John Roe".
static const char *clean_byline(nf_html *h, const char *s) {
  if (!s) return NULL;
  nf_sv v = Nf_sv_trim(Nf_sv_cstr(s));
  static const char *const BY[] = {"by ", "von ",  "por ", "par ",
                                   "di ", "door ", "oleh "};
  for (size_t i = 0; i < sizeof BY / sizeof BY[0]; i++) {
    nf_sv by = Nf_sv_cstr(BY[i]);
    if (Nf_sv_istarts(v, by)) {
      v.p += by.n;
      v.n -= by.n;
      break;
    }
  }
  v = Nf_sv_trim(v);
  if (!v.n || v.n > 300 || Nf_sv_istarts(v, NF_SV_LIT("http"))) return NULL;
  // A byline read from the page often runs on into the date or the role:
  // "JANE DOE NOVEMBER 20, 2019", "Jane Doe | Reporter". Names have no
  // digits; cut at the first one, or at a separator.
  for (size_t i = 0; i < v.n; i++) {
    unsigned char c = (unsigned char)v.p[i];
    if (Nf_ascii_digit(c) || c == '|' || c == '\n' || c == '@' ||
        (c == 0xE2 && i + 2 < v.n && (unsigned char)v.p[i + 1] == 0x80 &&
         (unsigned char)v.p[i + 2] == 0xA2)) {  // bullet
      v.n = i;
      break;
    }
  }
  v = trim_separators(v);
  // Words that say when, not who.
  static const char *const MONTHS[] = {
      " January",  " February", " March",   " April",     " May ",
      " June",     " July",     " August",  " September", " October",
      " November", " December", " Updated", " Published"};
  for (size_t i = 0; i < sizeof MONTHS / sizeof MONTHS[0]; i++) {
    long at = Nf_sv_ifind(v, Nf_sv_cstr(MONTHS[i]));
    if (at > 0) v.n = (size_t)at;
  }
  // A month abbreviation left at the end ("Jane Doe Nov").
  v = trim_separators(v);
  for (int pass = 0; pass < 2; pass++) {
    const char *sp = NULL;
    for (size_t i = 0; i < v.n; i++)
      if (v.p[i] == ' ') sp = v.p + i;
    if (!sp) break;
    nf_sv last = Nf_sv(sp + 1, (size_t)(v.p + v.n - sp - 1));
    if (last.n && last.p[last.n - 1] == '.') last.n--;
    if (last.n >= 3 && last.n <= 4 && Nf_month_from_name(last)) {
      v.n = (size_t)(sp - v.p);
      v = trim_separators(v);
    }
  }
  v = trim_separators(v);
  if (!v.n) return NULL;
  return Nf_clean_squeeze(h->doc, v);
}

// The date in a URL path: /2019/03/12/, /2019-03-12/, /20190312/.
static bool date_from_url(const char *url, nf_datetime *out) {
  if (!url) return false;
  const char *p = strstr(url, "://");
  p = p ? strchr(p + 3, '/') : NULL;
  for (; p && *p; p++) {
    if (*p != '/') continue;
    const char *q = p + 1;
    int y = 0, m = 0, d = 0, k;
    for (k = 0; k < 4 && Nf_ascii_digit((unsigned char)q[k]); k++)
      y = y * 10 + (q[k] - '0');
    if (k != 4 || y < 1990 || y > 2100) continue;
    q += 4;
    char sep = *q;
    if (sep != '/' && sep != '-' && sep != '_') continue;
    q++;
    for (k = 0; k < 2 && Nf_ascii_digit((unsigned char)q[k]); k++)
      m = m * 10 + (q[k] - '0');
    if (k != 2 || m < 1 || m > 12) continue;
    q += 2;
    if (*q != sep) continue;
    q++;
    for (k = 0; k < 2 && Nf_ascii_digit((unsigned char)q[k]); k++)
      d = d * 10 + (q[k] - '0');
    if (k != 2 || d < 1 || d > Nf_days_in_month(y, m)) continue;
    q += 2;
    if (*q && *q != '/' && *q != '-' && *q != '_' && *q != '.') continue;
    memset(out, 0, sizeof *out);
    out->year = (int16_t)y;
    out->month = (uint8_t)m;
    out->day = (uint8_t)d;
    out->precision = NF_PREC_DAY;
    return true;
  }
  return false;
}

// "en_US" -> "en-US"; the first of a list.
static const char *clean_lang(nf_html *h, const char *s) {
  if (!s) return NULL;
  nf_sv v = Nf_sv_trim(Nf_sv_cstr(s));
  size_t n = 0;
  while (
      n < v.n && n < 35 &&
      (Nf_ascii_alpha((unsigned char)v.p[n]) || v.p[n] == '-' || v.p[n] == '_'))
    n++;
  if (n < 2) return NULL;
  char *out = Nf_arena_strndup(&h->doc->arena, v.p, n);
  if (!out) return NULL;
  for (char *c = out; *c; c++)
    if (*c == '_') *c = '-';
  return out;
}

// -------------------------------------------------------------- the fields

void Nf_html_read_jsonld(nf_html *h) {
  jsonld *j = &h->ld;
  size_t max_depth = Nf_limit(h->doc->ctx, NF_LIMIT_JSON_DEPTH);
  for (size_t i = 0; i < h->n_jsonld; i++) {
    const char *s = h->page + h->jsonld[i].off;
    size_t n = h->jsonld[i].len;
    if (json_depth(s, n) > max_depth) continue;
    json_error_t err;
    json_t *root =
        json_loadb(s, n, JSON_DISABLE_EOF_CHECK | JSON_DECODE_ANY, &err);
    if (!root) continue;
    j->roots[j->n_roots++] = root;
    scan_jsonld(j, root);
  }
}

void Nf_html_free_jsonld(nf_html *h) {
  for (size_t i = 0; i < h->ld.n_roots; i++) json_decref(h->ld.roots[i]);
  memset(&h->ld, 0, sizeof h->ld);
}

void Nf_html_metadata(nf_html *h) {
  nf_doc *doc = h->doc;
  const jsonld *ld = &h->ld;
  const char *site = h->meta[M_SITE_NAME];
  if (!site) site = ld->publisher;
  if (!site) site = h->meta[M_APP_NAME];
  if (site) {
    // "The Post | Breaking news" -> "The Post"; a URL -> its host.
    nf_sv v = trim_separators(Nf_sv_cstr(site));
    long bar = Nf_sv_ifind(v, NF_SV_LIT(" | "));
    if (bar > 0) v.n = (size_t)bar;
    if (Nf_sv_istarts(v, NF_SV_LIT("http://")) ||
        Nf_sv_istarts(v, NF_SV_LIT("https://"))) {
      const char *p = (const char *)memchr(v.p, ':', v.n) + 3;
      size_t k = 0;
      while (p + k < v.p + v.n && p[k] != '/' && p[k] != ':' && p[k] != '?')
        k++;
      v = Nf_sv(p, k);
      if (Nf_sv_istarts(v, NF_SV_LIT("www."))) v.p += 4, v.n -= 4;
    }
    v = trim_separators(v);
    doc->outlet = v.n ? Nf_clean_squeeze(doc, v) : NULL;
  }

  // Title: the main <h1> when the metadata agrees with it (it is what the
  // reader sees, without site suffixes), else og:title / JSON-LD headline,
  // else <title> without the site name.
  const char *h1 = h->meta[M_H1];
  const char *meta_title = h->meta[M_OG_TITLE];
  if (!meta_title) meta_title = ld->headline;
  if (!meta_title) meta_title = h->meta[M_TW_TITLE];
  if (!meta_title) meta_title = h->meta[M_META_TITLE];
  const char *page_title = strip_site(h, h->meta[M_TITLE], site);
  const char *title = NULL;
  if (h1 && (similar(h1, meta_title) || similar(h1, page_title)))
    title = h1;
  else if (meta_title)
    title = strip_site(h, meta_title, site);
  else if (page_title)
    title = page_title;
  else
    title = h1;
  doc->title = keep(h, title);

  // Byline.
  const char *by = ld->author[0] ? ld->author : NULL;
  if (!by) by = h->meta[M_AUTHOR];
  if (!by && h->meta[M_ARTICLE_AUTHOR] &&
      !is_http_url(h->meta[M_ARTICLE_AUTHOR]))
    by = h->meta[M_ARTICLE_AUTHOR];
  if (!by) by = h->meta[M_ITEMPROP_AUTHOR];
  if (!by) by = h->meta[M_REL_AUTHOR];
  if (!by) by = h->meta[M_BYLINE_TEXT];
  doc->byline = clean_byline(h, by);

  // URL.
  const char *url = NULL;
  if (is_http_url(h->meta[M_CANONICAL]))
    url = h->meta[M_CANONICAL];
  else if (is_http_url(h->meta[M_OG_URL]))
    url = h->meta[M_OG_URL];
  else if (is_http_url(ld->url))
    url = ld->url;
  doc->url = keep(h, url);

  // Published date, most specific source first; the URL's date last.
  const char *dates[] = {ld->published,
                         h->meta[M_PUBLISHED],
                         h->meta[M_ITEMPROP_PUBLISHED],
                         h->meta[M_TIME_PUBLISHED],
                         h->meta[M_META_DATE],
                         h->meta[M_TIME_FIRST]};
  bool have_date = false;
  for (size_t i = 0; i < sizeof dates / sizeof dates[0] && !have_date; i++) {
    nf_datetime t;
    // Year 1 and the like are placeholders of a CMS, not dates.
    if (dates[i] && Nf_datetime_parse_any(Nf_sv_cstr(dates[i]), &t) &&
        t.year >= 1900) {
      doc->published = t;
      have_date = true;
    }
  }
  if (!have_date) {
    nf_datetime t;
    const char *u = url ? url : doc->in_url;
    if (date_from_url(u, &t)) doc->published = t;
  }

  // Language.
  const char *lang = h->meta[M_LANG];
  if (!lang) lang = h->meta[M_CONTENT_LANG];
  if (!lang) lang = ld->language;
  if (!lang) lang = h->meta[M_OG_LOCALE];
  doc->language = clean_lang(h, lang);
}
