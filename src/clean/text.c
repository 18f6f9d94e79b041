// Plain text of a page to an article. See docs/internals/clean-text.md.
//
// 1. Lines: the page is cut into lines; a page hard-wrapped at a fixed
//    width (html2text, lynx, "save as text") has its paragraphs joined
//    back; Markdown-like syntax is stripped (links keep their text).
// 2. Each line gets a kind from its own shape and words (text_line.c),
//    and the count of run inputs that hold it (text_run.c).
// 3. The body is the densest run of prose: each line scores (prose by
//    its length and stop-word density, residue below zero) and the span
//    with the highest sum wins (Kadane). Past a heading that starts the
//    comments or the related stories, prose counts for little.
// 4. Inside the span: prose is kept, short title-like lines between
//    prose are subheadings, residue is dropped (and the headline after a
//    "Read more" lead-in).
// 5. Metadata from the lines before the body: the headline (the
//    repeated one, the one before the byline, a Markdown "#", the
//    <title> line without its site name), byline, date, outlet, URL;
//    the language from the body's stop words.
#include "clean/text.h"

#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

#include "clean/clean.h"
#include "core/alloc.h"
#include "core/hash.h"
#include "core/utf8.h"

// How much more each further line of a run between paragraphs costs.
#define GAP_GROWTH 0.35

enum fate { FATE_DROP = 0, FATE_BODY, FATE_HEADING, FATE_LIST };

typedef struct unit {
  size_t off, len;  // normalised text in the cleaner's buffer
  nf_line_info info;
  uint8_t kind;    // nf_line_kind
  uint8_t fate;    // enum fate
  uint32_t block;  // blank-line separated block
  uint32_t run;    // run documents holding this line (0: not shared)
  bool repeated;   // the same short line comes again in the page
  double score;
} unit;

typedef struct cleaner {
  nf_doc *doc;
  nf_buf text;  // normalised unit texts
  unit *units;
  size_t n, cap;
  bool markdown;
  size_t wrap;            // hard-wrap width in code points, 0 none
  long anchor;            // the headline line the <title> announces, or -1
  size_t span_a, span_b;  // the body span
} cleaner;

static nf_sv utext(const cleaner *c, size_t i) {
  // A page whose lines all normalise to nothing (a lone soft hyphen)
  // never allocates the buffer: no offset from a NULL pointer.
  if (!c->text.data) return Nf_sv("", 0);
  return Nf_sv(c->text.data + c->units[i].off, c->units[i].len);
}

static size_t cp_len(nf_sv s) {
  size_t n = 0;
  for (size_t i = 0; i < s.n; i++)
    if (((unsigned char)s.p[i] & 0xC0) != 0x80) n++;
  return n;
}

// ------------------------------------------------------------- lines

typedef struct raw_line {
  nf_sv s;  // trimmed on the right
  bool blank;
} raw_line;

// Markdown when links or headings in Markdown syntax are common.
static bool looks_markdown(nf_sv text) {
  size_t links = 0, heads = 0;
  const char *end_p = text.p + text.n;
  for (const char *b = text.p;
       links < 3 && b < end_p && (b = memchr(b, ']', (size_t)(end_p - b))); b++)
    if (b + 1 < end_p && b[1] == '(') links++;
  const char *s = text.p, *end = text.p + text.n;
  while (s < end && heads < 2) {
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    const char *e = nl ? nl : end;
    nf_sv l = Nf_sv_trim(Nf_sv(s, (size_t)(e - s)));
    if (l.n > 2 && l.p[0] == '#' && (l.p[1] == ' ' || l.p[1] == '#')) heads++;
    s = nl ? nl + 1 : end;
  }
  return links >= 3 || heads >= 2;
}

// "http" or "www." anywhere, any case. Four bytes compared at once, a
// letter's case bit masked (a page of long lines is mostly this scan).
static bool has_http_or_www(nf_sv t) {
  static const uint32_t HTTP = 'h' | 't' << 8 | 't' << 16 | (uint32_t)'p' << 24;
  static const uint32_t WWW = 'w' | 'w' << 8 | 'w' << 16 | (uint32_t)'.' << 24;
  const uint32_t letters = 0x20202020u, www_mask = 0x00202020u;
  for (size_t i = 0; i + 4 <= t.n; i++) {
    uint32_t w = (uint32_t)(unsigned char)t.p[i] |
                 (uint32_t)(unsigned char)t.p[i + 1] << 8 |
                 (uint32_t)(unsigned char)t.p[i + 2] << 16 |
                 (uint32_t)(unsigned char)t.p[i + 3] << 24;
    if ((w | letters) == HTTP || (w | www_mask) == WWW) return true;
  }
  return false;
}

// Lines a wrapping tool would have cut at its width: not list items or
// table rows, and without links or URLs (which are not cut).
static bool wrappable(nf_sv line) {
  nf_sv t = Nf_sv_trim(line);
  if (!t.n || t.p[0] == '|') return false;
  size_t d = 0;
  while (d < t.n && Nf_ascii_digit((unsigned char)t.p[d])) d++;
  if (d && d + 1 < t.n && (t.p[d] == '.' || t.p[d] == ')') && t.p[d + 1] == ' ')
    return false;
  if (Nf_text_bullet_len(t)) return false;
  for (size_t i = 0; i + 1 < t.n; i++)
    if (t.p[i] == ']' && t.p[i + 1] == '(') return false;
  return !has_http_or_www(t);
}

// The width a page was hard-wrapped at, or 0. Wrapped text has many
// lines ending just short of one width and almost none past it.
static size_t wrap_width(const raw_line *lines, size_t n) {
  enum { MAXW = 200 };
  size_t hist[MAXW + 2];
  memset(hist, 0, sizeof hist);
  size_t nonblank = 0, longish = 0;
  for (size_t i = 0; i < n; i++) {
    if (lines[i].blank || !wrappable(lines[i].s)) continue;
    size_t w = cp_len(lines[i].s);  // with its indentation
    nonblank++;
    if (w >= 40) longish++;
    hist[w > MAXW ? MAXW + 1 : w]++;
  }
  if (longish < 8) return 0;
  // The 95th percentile of the long lines' widths.
  size_t want = longish - longish * 95 / 100, seen = 0, w = MAXW + 1;
  for (; w >= 40; w--) {
    seen += hist[w];
    if (seen > want) break;
  }
  if (w > 160 || w < 40) return 0;
  size_t near = 0, past = 0;
  for (size_t k = w - 20; k <= w; k++) near += hist[k];
  for (size_t k = w + 3; k <= MAXW + 1; k++) past += hist[k];
  if (near * 10 < longish * 4) return 0;
  if (past * 100 > nonblank * 4) return 0;
  return w;
}

static size_t first_word_len(nf_sv s) {
  s = Nf_sv_trim(s);
  size_t i = 0;
  while (i < s.n && s.p[i] != ' ') i++;
  return cp_len(Nf_sv(s.p, i));
}

// Does a raw line start a new item (list marker, heading, quote)?
static bool starts_item(nf_sv s) {
  s = Nf_sv_trim(s);
  if (!s.n) return true;
  unsigned char c = (unsigned char)s.p[0];
  if ((c == '#' || c == '>' || c == '|') &&
      (s.n == 1 || s.p[1] == ' ' || s.p[1] == '#'))
    return true;
  return Nf_text_bullet_len(s) > 0;
}

static nf_status add_unit(cleaner *c, nf_sv raw, uint32_t block) {
  nf_status st = Nf_grow(&c->doc->ctx->alloc, (void **)&c->units, &c->cap,
                         c->n + 1, sizeof *c->units);
  if (st) return st;
  unit *u = &c->units[c->n];
  memset(u, 0, sizeof *u);
  u->off = c->text.len;
  st = Nf_text_normalize(&c->text, raw, c->markdown, &u->info);
  if (st) return st;
  u->len = c->text.len - u->off;
  u->block = block;
  nf_sv t = utext(c, c->n);
  u->kind = (uint8_t)Nf_line_classify(t, &u->info);
  if (u->kind == NF_LK_EMPTY) return NF_OK;  // not kept
  const nf_run_lines *run = c->doc->ctx->run_lines;
  if (run) u->run = Nf_run_lines_count(run, t);
  c->n++;
  return NF_OK;
}

// A share row printed one button a line: "Facebook / Twitter / Comments
// / Print". A short line between share buttons is a button too, not the
// start of the comments.
static void share_rows(cleaner *c);
static void mark_repeats(cleaner *c);

static void share_rows(cleaner *c) {
  for (size_t i = 0; i < c->n; i++) {
    unit *u = &c->units[i];
    if (u->info.words > 2 ||
        !(u->kind == NF_LK_COMMENTS || u->kind == NF_LK_NAV ||
          u->kind == NF_LK_SHORT || u->kind == NF_LK_END))
      continue;
    bool prev = i > 0 && c->units[i - 1].kind == NF_LK_SOCIAL;
    bool next = i + 1 < c->n && c->units[i + 1].kind == NF_LK_SOCIAL;
    if (prev || next) u->kind = NF_LK_SOCIAL;
  }
}

// Short lines printed more than once in the page: menus and teaser
// headlines shown in two places. (The title printed twice is told apart
// by find_title.)
static void mark_repeats(cleaner *c) {
  nf_hmap seen;
  Nf_hmap_init(&seen, &c->doc->ctx->alloc, c->doc->ctx->seed);
  for (size_t i = 0; i < c->n; i++) {
    unit *u = &c->units[i];
    if (u->info.words < 2 || u->info.words > 30) continue;
    bool inserted;
    uint64_t *v = Nf_hmap_put(&seen, utext(c, i), &inserted);
    if (!v) break;  // out of memory: no marks, cleaning goes on
    if (!inserted) {
      u->repeated = true;
      c->units[*v].repeated = true;
    } else {
      *v = i;
    }
  }
  Nf_hmap_fini(&seen);
}

static nf_status build_units(cleaner *c, nf_sv text) {
  nf_ctx *ctx = c->doc->ctx;
  raw_line *lines = NULL;
  size_t n = 0, cap = 0;
  nf_status st = NF_OK;
  const char *s = text.p, *end = text.p + text.n;
  while (s < end) {
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    const char *e = nl ? nl : end;
    st = Nf_grow(&ctx->alloc, (void **)&lines, &cap, n + 1, sizeof *lines);
    if (st) break;
    nf_sv l = Nf_sv(s, (size_t)(e - s));
    while (l.n && Nf_ascii_space((unsigned char)l.p[l.n - 1])) l.n--;
    lines[n].s = l;
    lines[n].blank = Nf_sv_trim(l).n == 0;
    n++;
    s = nl ? nl + 1 : end;
  }
  if (!st) {
    c->markdown = looks_markdown(text);
    c->wrap = wrap_width(lines, n);
    nf_buf join;
    Nf_buf_init(&join, &ctx->alloc, text.n + 1);
    uint32_t block = 0;
    size_t i = 0;
    while (i < n && !st) {
      if (lines[i].blank) {
        block++;
        i++;
        continue;
      }
      nf_sv cur = lines[i].s;
      size_t j = i + 1;
      if (c->wrap) {
        // Join the next lines while each break was forced by the width.
        Nf_buf_clear(&join);
        size_t last_w = cp_len(cur);
        while (j < n && !lines[j].blank && !starts_item(lines[j].s) &&
               last_w + 1 + first_word_len(lines[j].s) > c->wrap) {
          if (join.len == 0) st = Nf_buf_append_sv(&join, Nf_sv_trim(cur));
          if (!st) st = Nf_buf_putc(&join, ' ');
          if (!st) st = Nf_buf_append_sv(&join, Nf_sv_trim(lines[j].s));
          if (st) break;
          last_w = cp_len(lines[j].s);
          j++;
        }
        if (join.len) cur = Nf_sv(join.data, join.len);
      }
      if (!st) st = add_unit(c, cur, block);
      i = j;
    }
    Nf_buf_fini(&join);
  }
  Nf_free(&ctx->alloc, lines);
  if (!st) share_rows(c);
  if (!st) mark_repeats(c);
  return st;
}

// ------------------------------------------------------------ scoring

// Prose that is repeated across the run stays prose (syndicated copies
// share paragraphs) but pulls the body towards it only a little.
static bool shared_prose(const unit *u) {
  return u->run && u->kind == NF_LK_PROSE && u->info.words >= 8;
}

static double unit_score(const unit *u, int page_lang) {
  const nf_line_info *in = &u->info;
  switch (u->kind) {
    case NF_LK_PROSE: {
      if (u->run && !shared_prose(u)) return -30;
      double s = in->chars > 800 ? 800 : in->chars;
      if (u->run) s *= 0.1;
      if (page_lang >= 0 && in->words >= 4) {
        double d = (double)in->stops / in->words;
        if (in->lang != page_lang && in->stops < 2) d = 0;
        s *= d < 0.08 ? 0.25 : d < 0.15 ? 0.6 : 1.0;
      }
      if (in->bullet) s *= 0.6;
      if (in->link_chars) {
        double r = (double)in->link_chars / (in->chars ? in->chars : 1);
        if (r > 1) r = 1;
        s *= (1 - r) * (1 - r);
      }
      if (in->has_url) s *= 0.5;
      return s;
    }
    case NF_LK_HEADLINE:
      if (u->run) return -40;
      if (u->repeated) return -25;
      return (in->bullet || in->link_chars) ? -25 : -12;
    case NF_LK_SHORT: return u->run ? -30 : -8;
    case NF_LK_BYLINE:
    case NF_LK_DATELINE: return -10;
    case NF_LK_IMAGE:
    case NF_LK_ADVERT: return -10;
    case NF_LK_SEPARATOR: return -5;
    case NF_LK_SOCIAL:
    case NF_LK_NAV: return -25;
    case NF_LK_TEASER: return -20;
    case NF_LK_FOOTER: return -60;
    case NF_LK_COMMENTS:
    case NF_LK_END: return -150;
    default: return 0;
  }
}

// The language most of the page's prose is in (stop-word index), or -1.
static int page_language(const cleaner *c, size_t *hits) {
  size_t counts[64];
  memset(counts, 0, sizeof counts);
  size_t total = 0;
  for (size_t i = 0; i < c->n; i++) {
    const unit *u = &c->units[i];
    if (u->kind != NF_LK_PROSE || u->info.lang < 0) continue;
    counts[u->info.lang] += u->info.stops;
    total += u->info.stops;
  }
  int best = -1;
  for (int l = 0; l < 64; l++)
    if (counts[l] && (best < 0 || counts[l] > counts[best])) best = l;
  if (hits) *hits = best >= 0 ? counts[best] : 0;
  if (best < 0 || counts[best] < 8) return -1;
  (void)total;
  return best;
}

// The best span [*a, *b) by maximum sum.
static bool best_span(cleaner *c, size_t *a, size_t *b) {
  double best = 0, cur = 0;
  size_t start = 0;
  bool found = false;
  for (size_t i = 0; i < c->n; i++) {
    if (cur <= 0) {
      cur = 0;
      start = i;
    }
    cur += c->units[i].score;
    if (cur > best) {
      best = cur;
      *a = start;
      *b = i + 1;
      found = true;
    }
  }
  return found;
}

// -------------------------------------------------------------- metadata

typedef struct meta {
  long title;        // unit index, -1 none
  nf_sv title_text;  // may be part of the unit (after a glued date)
  nf_sv site;        // from "Headline - Site"
  nf_sv byline;
  nf_datetime published;
  nf_sv url;
} meta;

static bool sv_ieq_text(nf_sv a, nf_sv b) {
  return a.n == b.n && Nf_sv_ieq(a, b);
}

static bool headline_like(const unit *u) {
  return u->kind == NF_LK_HEADLINE ||
         (u->kind == NF_LK_PROSE && !u->info.ends_sentence &&
          u->info.words <= 30);
}

// The headline line the page's <title> (its first line) announces: a
// later line that the first line starts with, followed by a separator
// and the site's name ("Headline - Section - Site"). *site gets the last
// segment. -1 when there is none.
static long title_anchor(const cleaner *c, nf_sv *site) {
  *site = NF_SV_NULL;
  if (c->n < 3) return -1;
  nf_sv t0 = utext(c, 0);
  size_t lim = c->n < 2000 ? c->n : 2000;
  for (size_t i = 1; i < lim; i++) {
    const unit *u = &c->units[i];
    if (u->info.words < 3 || u->info.words > 40 || u->kind == NF_LK_PROSE)
      continue;
    nf_sv t = utext(c, i);
    if (t.n > t0.n || !Nf_sv_istarts(t0, t)) continue;
    nf_sv rest = Nf_sv(t0.p + t.n, t0.n - t.n);
    size_t k = Nf_title_sep_len(rest);
    if (rest.n && !k) continue;
    // The site: the last separated segment, when short.
    nf_sv last = Nf_sv(rest.p + k, rest.n - k);
    for (size_t j = 0; j < last.n; j++) {
      size_t kk = Nf_title_sep_len(Nf_sv(last.p + j, last.n - j));
      if (kk) {
        last = Nf_sv(last.p + j + kk, last.n - j - kk);
        j = (size_t)-1;
      }
    }
    last = Nf_sv_trim(last);
    size_t words = last.n ? 1 : 0;
    for (size_t j = 0; j < last.n; j++) words += last.p[j] == ' ';
    if (last.n && words <= 5 && last.n <= 48) *site = last;
    return (long)i;
  }
  // A Markdown "#" heading.
  for (size_t i = 0; i < lim; i++)
    if (c->units[i].info.heading == 1 && c->units[i].info.words >= 3 &&
        c->units[i].kind != NF_LK_PROSE)
      return (long)i;
  return -1;
}

// Pick the headline among the lines before the body.
static void find_title(cleaner *c, size_t body, long anchor, meta *m) {
  m->title = -1;
  size_t from = body > 40 ? body - 40 : 0;
  // The page's <title> line: the first line, often "Headline - Site".
  nf_sv page_title = NF_SV_NULL, page_site = NF_SV_NULL;
  if (c->n && body > 0) {
    nf_sv t0 = utext(c, 0), tt, ts;
    if (Nf_scan_title_site(t0, &tt, &ts)) page_title = tt, page_site = ts;
  }
  double best = 0;
  for (size_t i = from; i < body; i++) {
    unit *u = &c->units[i];
    nf_sv t = utext(c, i), rest;
    nf_datetime when;
    bool glued = Nf_scan_date_prefix(t, &when, &rest);
    if (!glued && !headline_like(u)) continue;
    if (u->info.has_url || u->info.words < 3 || u->info.words > 30) continue;
    if (glued) t = rest;
    double s = 40 + 30.0 * (double)(i - from) / (double)(body - from);
    if (u->info.heading == 1)
      s += 50;
    else if (u->info.heading)
      s += 10;
    if (glued) s += 20;
    if (u->info.bullet) s -= 30;
    if (u->info.link_chars) s -= 20;
    if (u->info.words >= 4 && u->info.words <= 25) s += 10;
    if (page_title.n && sv_ieq_text(t, page_title)) s += 60;
    if ((long)i == anchor) s += 80;
    // Repeated in the head (the headline printed twice).
    for (size_t k = from; k < body; k++)
      if (k != i && sv_ieq_text(utext(c, k), t)) {
        s += 30;
        break;
      }
    // A byline or a date just after: the headline sits above them.
    for (size_t k = i + 1; k < body && k <= i + 4; k++) {
      uint8_t kk = c->units[k].kind;
      if (kk == NF_LK_BYLINE || kk == NF_LK_DATELINE) {
        s += 25;
        break;
      }
    }
    if (c->units[i].run) s -= 40;
    // Without any of that evidence, only a line right above the body (past
    // bylines, dates and residue) is taken for the headline.
    if (s < 95 && !(u->info.words >= 4 && u->info.words <= 25 && s >= 90)) {
      size_t between = 0;
      for (size_t k = i + 1; k < body; k++)
        if (c->units[k].kind == NF_LK_HEADLINE ||
            c->units[k].kind == NF_LK_SHORT || c->units[k].kind == NF_LK_PROSE)
          between++;
      if (between > 1) continue;
    }
    if (s > best) {
      best = s;
      m->title = (long)i;
      m->title_text = t;
      if (glued) m->published = when;
    }
  }
  if (m->title >= 0 && page_title.n && sv_ieq_text(m->title_text, page_title))
    m->site = page_site;
}

static void find_byline_date(cleaner *c, size_t body_a, meta *m) {
  size_t from =
      m->title >= 0 ? (size_t)m->title + 1 : (body_a > 15 ? body_a - 15 : 0);
  size_t to = body_a + 6 < c->n ? body_a + 6 : c->n;
  for (size_t i = from; i < to; i++) {
    unit *u = &c->units[i];
    nf_sv t = utext(c, i), names;
    nf_datetime when;
    if (u->kind == NF_LK_BYLINE && !m->byline.n) {
      if (Nf_scan_byline_by(t, &names, &when) ||
          Nf_scan_byline_dated(t, &names, &when)) {
        m->byline = names;
        if (m->published.precision == NF_PREC_NONE &&
            when.precision != NF_PREC_NONE)
          m->published = when;
      }
    } else if (!m->byline.n && u->info.words == 1 && i + 1 < c->n &&
               Nf_sv_ieq(Nf_sv_trim(t), NF_SV_LIT("by"))) {
      // "By" on a line of its own, the name on the next.
      nf_sv next = utext(c, i + 1);
      char buf[256];
      int k = snprintf(buf, sizeof buf, "By %.*s",
                       (int)(next.n < 200 ? next.n : 200), next.p);
      if (k > 0 && Nf_scan_byline_by(Nf_sv(buf, strlen(buf)), &names, &when)) {
        size_t off = (size_t)(names.p - buf);
        m->byline = Nf_sv(next.p + off - 3, names.n);
      }
    } else if (u->kind == NF_LK_DATELINE &&
               m->published.precision == NF_PREC_NONE) {
      if (Nf_scan_dateline(t, &when) && when.precision >= NF_PREC_DAY)
        m->published = when;
    }
  }
}

// The page's own address when the text shows it: a bare URL or a labelled
// one ("URL: ...", "Source: https://...") among the first lines, or a
// labelled permalink among the last ones.
static nf_sv url_in(nf_sv t, bool head) {
  static const char *const HEAD_LABELS[] = {"url:",
                                            "source:",
                                            "link:",
                                            "permalink:",
                                            "canonical:",
                                            "address:",
                                            "originally published at",
                                            "source url:",
                                            NULL};
  static const char *const TAIL_LABELS[] = {
      "url:",        "permalink:", "canonical:", "originally published at",
      "source url:", NULL};
  t = Nf_sv_trim(t);
  for (const char *const *l = head ? HEAD_LABELS : TAIL_LABELS; *l; l++) {
    nf_sv lab = Nf_sv_cstr(*l);
    if (Nf_sv_istarts(t, lab)) {
      t = Nf_sv_trim(Nf_sv(t.p + lab.n, t.n - lab.n));
      break;
    }
    if (!l[1] && !head) return NF_SV_NULL;  // the tail needs a label
  }
  while (t.n && (t.p[t.n - 1] == '.' || t.p[t.n - 1] == ',' ||
                 t.p[t.n - 1] == ')' || t.p[t.n - 1] == '>'))
    t.n--;
  if (!(Nf_sv_istarts(t, NF_SV_LIT("http://")) ||
        Nf_sv_istarts(t, NF_SV_LIT("https://"))))
    return NF_SV_NULL;
  if (memchr(t.p, ' ', t.n) || t.n > 2000) return NF_SV_NULL;
  const char *host = (const char *)memchr(t.p, ':', t.n) + 3;
  size_t hn = (size_t)(t.p + t.n - host);
  const char *slash = memchr(host, '/', hn);
  if (slash) hn = (size_t)(slash - host);
  if (!hn || !memchr(host, '.', hn)) return NF_SV_NULL;
  return t;
}

static nf_sv find_url(const cleaner *c) {
  // Before the body (at most its first 10 lines), and after it.
  size_t head = c->span_a < 10 ? c->span_a : 10;
  for (size_t i = 0; i < head; i++) {
    nf_sv u = url_in(utext(c, i), true);
    if (u.n) return u;
  }
  size_t from = c->n > 10 ? c->n - 10 : 0;
  if (from < c->span_b) from = c->span_b;
  for (size_t i = from; i < c->n; i++) {
    nf_sv u = url_in(utext(c, i), false);
    if (u.n) return u;
  }
  return NF_SV_NULL;
}

// ----------------------------------------------------------------- fates

static bool heading_ok(const cleaner *c, size_t i, size_t b, const meta *m) {
  const unit *u = &c->units[i];
  if (u->kind != NF_LK_HEADLINE && u->kind != NF_LK_SHORT) return false;
  if (u->run || u->repeated || u->info.bullet || u->info.has_url) return false;
  if (u->info.link_chars * 2 > u->info.chars) return false;
  if (u->info.words > 20 || u->info.alpha_words == 0) return false;
  if (u->info.words == 1 && u->info.chars < 4) return false;
  if (m->title >= 0 && sv_ieq_text(utext(c, i), m->title_text)) return false;
  // Prose must follow (past residue, and at most one more heading: a
  // section title over a subsection title).
  int headings = 0;
  for (size_t k = i + 1; k < b; k++) {
    uint8_t kk = c->units[k].kind;
    if (kk == NF_LK_PROSE) return true;
    if ((kk == NF_LK_HEADLINE || kk == NF_LK_SHORT) && ++headings > 1)
      return false;
  }
  return false;
}

static void decide(cleaner *c, size_t a, size_t b, const meta *m) {
  bool after_lead = false;  // the previous line was a bare teaser lead-in
  for (size_t i = a; i < b; i++) {
    unit *u = &c->units[i];
    nf_sv t = utext(c, i);
    u->fate = FATE_DROP;
    if (after_lead) {
      after_lead = false;
      if (u->kind == NF_LK_HEADLINE || u->kind == NF_LK_SHORT ||
          (u->kind == NF_LK_PROSE && u->info.words <= 25 &&
           !u->info.ends_sentence))
        continue;  // the teased headline
    }
    if (u->kind == NF_LK_TEASER) {
      // A lead-in with nothing after it teases the next line.
      after_lead = u->info.words <= 3;
      continue;
    }
    if (m->title >= 0 && (size_t)m->title != i && sv_ieq_text(t, m->title_text))
      continue;
    if (u->kind == NF_LK_PROSE) {
      u->fate = u->info.bullet ? FATE_LIST : FATE_BODY;
    } else if (heading_ok(c, i, b, m)) {
      u->fate = FATE_HEADING;
    }
  }
  // A paragraph printed twice (pull quotes) is kept once.
  for (size_t i = a; i < b; i++) {
    if (c->units[i].fate == FATE_DROP) continue;
    for (size_t k = a; k < i; k++)
      if (c->units[k].fate != FATE_DROP && Nf_sv_eq(utext(c, k), utext(c, i))) {
        c->units[i].fate = FATE_DROP;
        break;
      }
  }
}

// ------------------------------------------------------------------ main

static const char *dup(nf_doc *doc, nf_sv s) {
  if (!s.n) return NULL;
  return Nf_clean_squeeze(doc, s);
}

static nf_status emit(cleaner *c) {
  nf_article_builder ab;
  Nf_ab_init(&ab, c->doc);
  nf_status st = NF_OK;
  for (size_t i = 0; i < c->n && !st; i++) {
    unit *u = &c->units[i];
    if (u->fate == FATE_DROP) continue;
    nf_para_kind k = u->fate == FATE_HEADING ? NF_PARA_HEADING
                     : u->fate == FATE_LIST  ? NF_PARA_LIST
                                             : NF_PARA_TEXT;
    st = Nf_ab_add(&ab, utext(c, i), k);
  }
  if (!st) st = Nf_ab_finish(&ab);
  Nf_ab_fini(&ab);
  return st;
}

// Scores, the body span, metadata and each line's fate.
static void analyse(cleaner *c, meta *m, int *lang, size_t *lang_hits) {
  *lang = page_language(c, lang_hits);
  for (size_t i = 0; i < c->n; i++)
    c->units[i].score = unit_score(&c->units[i], *lang);
  // Past the readers' comments or a copyright notice, once the article
  // has begun, prose counts for little: find where the body would start
  // without this rule, then damp the prose after the first comment widget
  // or rights line that follows some of it. ("Related" boxes are often set
  // inside the article, so they only cost their own score.)
  //
  // Inside an article the lines between paragraphs are few (a subheading,
  // a caption, an advert); a long run of them, once the article has
  // begun, is the border between the article and what follows: each line
  // of such a run costs more than the one before.
  size_t a0 = 0, b0 = 0;
  nf_sv anchor_site;
  long anchor = title_anchor(c, &anchor_site);
  c->anchor = anchor;
  if (best_span(c, &a0, &b0)) {
    // The article begins after its headline, when the page tells which.
    if (anchor >= 0) a0 = (size_t)anchor;
    double prose_seen = 0, damp = 1;
    size_t gap = 0;
    for (size_t i = a0; i < c->n; i++) {
      unit *u = &c->units[i];
      if (prose_seen >= 250 && (u->kind == NF_LK_COMMENTS || u->info.rights))
        damp = 0.2;
      if (u->kind == NF_LK_PROSE && u->score > 0) {
        if (damp < 1)
          u->score *= damp;
        else
          prose_seen += u->score;
        gap = 0;
      } else if (u->score < 0 && prose_seen >= 250 && u->kind != NF_LK_BYLINE &&
                 u->kind != NF_LK_DATELINE && u->kind != NF_LK_END) {
        u->score *= 1 + GAP_GROWTH * (double)gap++;
      }
    }
  }
  // The article starts after its headline: the first prose after the line
  // the page's title announces weighs more.
  if (anchor >= 0) {
    for (size_t i = (size_t)anchor + 1; i < c->n && i <= (size_t)anchor + 12;
         i++)
      if (c->units[i].kind == NF_LK_PROSE && c->units[i].score > 0) {
        c->units[i].score += 250;
        break;
      }
  }
  memset(m, 0, sizeof *m);
  m->title = -1;
  if (best_span(c, &c->span_a, &c->span_b)) {
    find_title(c, c->span_a, anchor, m);
    if (m->title == anchor && anchor >= 0 && anchor_site.n)
      m->site = anchor_site;
    find_byline_date(c, c->span_a, m);
    decide(c, c->span_a, c->span_b, m);
  }
}

nf_status Nf_clean_text(nf_doc *doc) {
  cleaner c;
  memset(&c, 0, sizeof c);
  c.doc = doc;
  Nf_buf_init(&c.text, &doc->ctx->alloc, doc->raw_len * 2 + 64);
  nf_status st = build_units(&c, Nf_sv(doc->raw ? doc->raw : "", doc->raw_len));
  if (!st) {
    meta m;
    int lang;
    size_t lang_hits = 0;
    analyse(&c, &m, &lang, &lang_hits);
#ifdef NF_TEXT_DEBUG
    NF_TEXT_DEBUG(&c, &m);
#endif
    st = emit(&c);
    if (!st) {
      if (m.title >= 0) doc->title = dup(doc, m.title_text);
      if (m.byline.n) doc->byline = dup(doc, m.byline);
      if (m.site.n) doc->outlet = dup(doc, m.site);
      nf_sv url = find_url(&c);
      if (url.n) doc->url = dup(doc, url);
      if (m.published.precision != NF_PREC_NONE) doc->published = m.published;
      if (lang >= 0 && lang_hits >= 10) doc->language = Nf_stop_lang_code(lang);
    }
  }
  Nf_buf_fini(&c.text);
  Nf_free(&doc->ctx->alloc, c.units);
  return st;
}

// ------------------------------------------------------------- articles

// The most words residue inside an article runs to (account prompts; the
// classifier reads sign-up cues up to 40 words).
#define RESIDUE_MAX_WORDS 40

// Residue that is unambiguous even inside an article's own text.
static bool article_residue(nf_sv p, nf_line_kind k, const nf_line_info *in) {
  switch (k) {
    case NF_LK_SEPARATOR:  // but an elision ("...", "(...)") stays
      return !memchr(p.p, '.', p.n) &&
             Nf_sv_ifind(p, NF_SV_LIT("\xE2\x80\xA6")) < 0;
    case NF_LK_SOCIAL:
    case NF_LK_ADVERT:
    case NF_LK_COMMENTS:
    case NF_LK_END: return in->words <= 12;
    // Account prompts run longer than captions.
    case NF_LK_FOOTER: return in->words <= RESIDUE_MAX_WORDS;
    case NF_LK_IMAGE:
    case NF_LK_TEASER: return in->words <= 25;
    case NF_LK_NAV: return in->words <= 3;
    default: return false;
  }
}

// Whether p surely holds more than max words as the line classifier
// counts them: each white-space separated chunk with an ASCII letter or
// digit holds a word of its own (a word never spans white space). Such a
// paragraph is no residue, and the classifier, which reads every word,
// need not run on it.
static bool more_words_than(nf_sv p, unsigned max) {
  unsigned chunks = 0;
  bool counted = false;  // the current chunk is counted
  for (size_t i = 0; i < p.n; i++) {
    unsigned char b = (unsigned char)p.p[i];
    if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
      counted = false;
    } else if (!counted && (Nf_ascii_alpha(b) || Nf_ascii_digit(b))) {
      counted = true;
      if (++chunks > max) return true;
    }
  }
  return false;
}

// One paragraph of an article text, joined from its lines.
typedef struct apara {
  size_t off, len;  // in the joined buffer
  bool drop;
  bool caps;  // in capitals (drop_transcripts)
} apara;

// The next letter or digit of s from *i, lower-cased; 0 at the end.
static uint32_t next_alnum(nf_sv s, size_t *i) {
  while (*i < s.n) {
    unsigned char b = (unsigned char)s.p[*i];
    if (b < 0x80) {
      (*i)++;
      if (b >= 'A' && b <= 'Z') return b + 32u;
      if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) return b;
      continue;
    }
    uint32_t cp;
    *i += Nf_utf8_decode(s.p + *i, s.n - *i, &cp);
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    if ((c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
        (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO))
      return (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
  }
  return 0;
}

// Two paragraphs with the same letters and digits, whatever their
// punctuation and spacing ("... to a certain point." / "... to a certain
// point"). Only paragraphs of about the same length are compared.
static bool same_letters(nf_sv a, nf_sv b) {
  size_t d = a.n > b.n ? a.n - b.n : b.n - a.n;
  size_t shorter = a.n < b.n ? a.n : b.n;
  if (d > 4 + shorter / 8) return false;
  size_t i = 0, j = 0, same = 0;
  for (;;) {
    uint32_t x = next_alnum(a, &i), y = next_alnum(b, &j);
    if (x != y) return false;
    if (!x) return same > 0;  // a line of no letters is no copy
    same++;
  }
}

// A paragraph printed again right after itself is the page's rendering,
// not its author's: an image's caption and its alternative text, a
// teaser's headline in a link title and in the link, a gallery caption
// once per slide. One copy is kept.
static void drop_doubled(apara *p, size_t n, const char *text) {
  for (size_t i = 1, kept = 0; i < n; i++) {
    if (same_letters(Nf_sv(text + p[i].off, p[i].len),
                     Nf_sv(text + p[kept].off, p[kept].len)))
      p[i].drop = true;
    else
      kept = i;
  }
}

// Whether w (a word) is an e-mail address or a web address.
static bool web_word(nf_sv w) {
  return memchr(w.p, '@', w.n) || has_http_or_www(w) ||
         Nf_sv_ifind(w, NF_SV_LIT(".com")) >= 0;
}

// A sentence cut by a blank line, as pages that set each line of a
// paragraph apart print it ("... at the time of the" / "shooting, but no
// one else was injured."): the first part has a few words and no final
// stop, the rest goes on in lower case. Not a byline ("by Associated
// Press" after a headline), nor an address or a list of them.
static bool cut_sentence(nf_sv a, nf_sv b) {
  if (!a.n || !b.n || !(b.p[0] >= 'a' && b.p[0] <= 'z')) return false;
  unsigned char z = (unsigned char)a.p[a.n - 1];
  bool letter = (z >= 'a' && z <= 'z') || (z >= 'A' && z <= 'Z') || z >= 0x80;
  if (!letter && z != ',') return false;
  if (z >= 0x80 && (Nf_sv_iends(a, NF_SV_LIT("\xE2\x80\xA6")) ||
                    Nf_sv_iends(a, NF_SV_LIT("\xE2\x80\x9D"))))
    return false;  // an ellipsis or a closing quote ends a thought
  unsigned words = 0;
  for (size_t i = 0; i < a.n; i++)
    if (a.p[i] == ' ') words++;
  if (words < 3) return false;  // a label or a title of a few words
  const char *sp = memchr(b.p, ' ', b.n);
  unsigned char y = (unsigned char)b.p[b.n - 1];
  if (!sp && y != '.' && y != '!' && y != '?') return false;  // "hello"
  nf_sv first = Nf_sv(b.p, sp ? (size_t)(sp - b.p) : b.n);
  if (Nf_sv_eq(first, NF_SV_LIT("by")) || web_word(first)) return false;
  const char *ls = a.p + a.n;
  while (ls > a.p && ls[-1] != ' ') ls--;
  return !web_word(Nf_sv(ls, (size_t)(a.p + a.n - ls)));
}

// Joins each cut sentence's parts (a paragraph's text is followed by the
// space the join takes); returns the paragraphs left.
static size_t join_cut_sentences(apara *p, size_t n, const char *text) {
  size_t m = 0;
  for (size_t i = 0; i < n; i++) {
    if (m && cut_sentence(Nf_sv(text + p[m - 1].off, p[m - 1].len),
                          Nf_sv(text + p[i].off, p[i].len))) {
      p[m - 1].len = p[i].off + p[i].len - p[m - 1].off;
      continue;
    }
    p[m++] = p[i];
  }
  return m;
}

// A production cue of a broadcast script: a numbered shot or sound cue
// ("3 SHOT", "1 SOT", "2 VO/MINI-DISC") or an anchor's name between
// dashes ("-- LEAH --", "DANNIKA --"): a few upper-case words and no
// sentence. Read as text, "3 SHOT" would be three people shot.
static bool script_cue(nf_sv p) {
  if (!p.n || p.n > 40) return false;
  unsigned words = 0;
  bool in_word = false, upper = false;
  for (size_t i = 0; i < p.n; i++) {
    unsigned char c = (unsigned char)p.p[i];
    if (c >= 'a' && c <= 'z') return false;  // (any letter outside ASCII
    if (c >= 0x80) return false;             // is not a cue)
    if (c >= 'A' && c <= 'Z') upper = true;
    bool w = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (w && !in_word) words++;
    in_word = w;
  }
  if (!upper || words > 4) return false;
  unsigned char last = (unsigned char)p.p[p.n - 1];
  if (last == '.' || last == '!' || last == '?' || last == ':') return false;
  bool numbered = p.p[0] >= '0' && p.p[0] <= '9' && p.n > 2 &&
                  memchr(p.p, ' ', p.n) != NULL;
  bool dashed = (p.p[0] == '-' && p.n > 1 && p.p[1] == '-') ||
                (p.n > 3 && p.p[p.n - 1] == '-' && p.p[p.n - 2] == '-');
  return numbered || dashed;
}

// A script's cues go when the text holds a few of them (one such line
// alone may be a subheading).
static void drop_script_cues(apara *p, size_t n, const char *text) {
  size_t cues = 0;
  for (size_t i = 0; i < n && cues < 3; i++)
    if (script_cue(Nf_sv(text + p[i].off, p[i].len))) cues++;
  if (cues < 3) return;
  for (size_t i = 0; i < n; i++)
    if (script_cue(Nf_sv(text + p[i].off, p[i].len))) p[i].drop = true;
}

// A paragraph in capitals: ten cased letters or more, nine in ten of them
// capitals (a speaker's name in a transcript, "Laurie Jennings: A TEEN
// ...", leaves it in capitals). *cased tells whether it has a cased
// letter at all. Ordinary prose is given up on as soon as the capitals
// left could no longer make nine in ten, a few words in.
static bool in_capitals(nf_sv p, bool *cased) {
  size_t upper = 0, lower = 0;
  for (size_t i = 0; i < p.n;) {
    if (lower * 9 > upper + (p.n - i)) break;
    unsigned char b = (unsigned char)p.p[i];
    if (b < 0x80) {
      i++;
      upper += b >= 'A' && b <= 'Z';
      lower += b >= 'a' && b <= 'z';
      continue;
    }
    uint32_t cp;
    i += Nf_utf8_decode(p.p + i, p.n - i, &cp);
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    upper += c == UTF8PROC_CATEGORY_LU;
    lower += c == UTF8PROC_CATEGORY_LL;
  }
  *cased = upper + lower > 0;
  return upper + lower >= 10 && upper >= 9 * lower;
}

// Bytes of capitals a run of paragraphs needs to be a transcript, and of
// ordinary text the article needs beside it. A heading in capitals
// ("CELEBRATION ENDS IN TRAGEDY") is far shorter than a transcript; a
// newscast's transcript runs to a few hundred bytes at the least.
#define TRANSCRIPT_MIN_BYTES 300
#define ARTICLE_MIN_BYTES 500

// A newscast's transcript printed under the story: its captions (a
// "WEBVTT" caption track, an anchor's script line by line), all in
// capitals. It tells the story again from the broadcast with the
// captioner's errors ("POLICE ARE REMEMBER CANNING TWO PEOPLE ARE DEAD"),
// with the newscast's other items, and with every word capitalised, so
// that names and sentences cannot be told; the story in ordinary case
// beside it is the report's own text. So the transcript goes (a run of
// paragraphs in capitals of a few hundred bytes) when the text also
// holds ordinary prose; a text that is only a transcript keeps it.
static void drop_transcripts(apara *p, size_t n, const char *text) {
  size_t ordinary = 0;
  bool any = false;
  for (size_t i = 0; i < n; i++) {
    bool cased;
    bool caps = in_capitals(Nf_sv(text + p[i].off, p[i].len), &cased);
    if (caps) any = true;
    if (!caps && cased && !p[i].drop) ordinary += p[i].len;
    p[i].caps = caps;
  }
  if (!any || ordinary < ARTICLE_MIN_BYTES) return;
  for (size_t i = 0; i < n;) {
    if (!p[i].caps) {
      i++;
      continue;
    }
    size_t j = i, bytes = 0;
    for (; j < n && p[j].caps; j++) bytes += p[j].len;
    if (bytes >= TRANSCRIPT_MIN_BYTES)
      for (size_t k = i; k < j; k++) p[k].drop = true;
    i = j;
  }
}

nf_status Nf_clean_article(nf_doc *doc) {
  nf_sv text = Nf_sv(doc->raw ? doc->raw : "", doc->raw_len);
  // Paragraphs are blocks between blank lines; a text without blank lines
  // has one paragraph per line.
  bool blank = false;
  {
    const char *s = text.p, *end = text.p + text.n;
    bool seen_text = false;
    while (s < end && !blank) {
      const char *nl = memchr(s, '\n', (size_t)(end - s));
      const char *e = nl ? nl : end;
      bool empty = Nf_sv_trim(Nf_sv(s, (size_t)(e - s))).n == 0;
      if (empty && seen_text && nl) blank = true;
      if (!empty) seen_text = true;
      s = nl ? nl + 1 : end;
    }
  }
  const nf_allocator *alloc = &doc->ctx->alloc;
  nf_buf all;  // the paragraphs, joined, one after another
  Nf_buf_init(&all, alloc, text.n + 1);
  apara *paras = NULL;
  size_t n = 0, cap = 0;
  nf_status st = NF_OK;
  size_t at = 0;  // where the paragraph being joined starts in all
  const char *s = text.p, *end = text.p + text.n;
  while (s <= end && !st) {
    const char *nl = s < end ? memchr(s, '\n', (size_t)(end - s)) : NULL;
    const char *e = nl ? nl : end;
    nf_sv line = Nf_sv_trim(Nf_sv(s, (size_t)(e - s)));
    bool last = !nl;
    s = nl ? nl + 1 : end + 1;
    if (line.n) {
      if (all.len > at) st = Nf_buf_putc(&all, ' ');
      if (!st) st = Nf_buf_append_sv(&all, line);
      if (st) break;
    }
    if (!((blank && !line.n) || !blank || last) || all.len == at) continue;
    st = Nf_grow(alloc, (void **)&paras, &cap, n + 1, sizeof *paras);
    if (st) break;
    paras[n++] = (apara){at, all.len - at, false, false};
    st = Nf_buf_putc(&all, ' ');  // the space a join takes
    at = all.len;
  }
  if (!st) {
    n = join_cut_sentences(paras, n, all.data);
    for (size_t i = 0; i < n; i++) {
      nf_sv p = Nf_sv(all.data + paras[i].off, paras[i].len);
      if (more_words_than(p, RESIDUE_MAX_WORDS)) continue;
      nf_line_info info;
      memset(&info, 0, sizeof info);
      nf_line_kind k = Nf_line_classify(p, &info);
      paras[i].drop = article_residue(p, k, &info);
    }
    drop_doubled(paras, n, all.data);
    drop_script_cues(paras, n, all.data);
    drop_transcripts(paras, n, all.data);
  }
  nf_article_builder ab;
  Nf_ab_init(&ab, doc);
  for (size_t i = 0; i < n && !st; i++)
    if (!paras[i].drop)
      st = Nf_ab_add(&ab, Nf_sv(all.data + paras[i].off, paras[i].len),
                     NF_PARA_TEXT);
  if (!st) st = Nf_ab_finish(&ab);
  Nf_ab_fini(&ab);
  Nf_free(alloc, paras);
  Nf_buf_fini(&all);
  return st;
}
