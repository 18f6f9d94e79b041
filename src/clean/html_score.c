// Choosing the article's blocks.
//
// 1. Each block gets a value: paragraph-like text counts for its weight,
//    link lists and boilerplate (by tag or class/id words) against it,
//    short neutral text for nothing.
// 2. Values are summed up the element tree (elements are in document
//    order, so one backward sweep adds every element to its parent).
// 3. The element with the best sum, nudged by body-like words
//    (articleBody, entry-content), is the main container.
// 4. Its blocks are kept in order, less what sits in boilerplate inside
//    it (share bars, captions, bylines, related links, ...), the headline,
//    link lists, and short residue before the first paragraph.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clean/clean.h"
#include "clean/html_int.h"
#include "core/alloc.h"
#include "core/utf8.h"

#ifdef NF_HTML_TRACE
#define TRACE(...) fprintf(stderr, __VA_ARGS__)
#else
#define TRACE(...) ((void)0)
#endif

// Negative words an element says of itself: its class/id vocabulary,
// strong words always, weak ones unless the same element also says it is
// content; and its tag or role (nav, footer, aside, form, dialog, header,
// figcaption). The page's frame (html, body, main) never counts.
static uint32_t own_neg(const nf_html *h, const nf_html_el *e) {
  if (e->tag == T_HTML || e->tag == T_BODY || e->tag == T_MAIN) return 0;
  uint32_t v = e->vocab;
  if (v & V_BODY) return 0;
  uint32_t neg = v & V_NEG_STRONG;
  if (!(v & V_CONTENT)) neg |= v & V_NEG_WEAK;
  if (e->tag == T_ARTICLE) neg &= ~V_NEG_WEAK;
  uint32_t own_ctx = e->ctx & ~h->els[e->parent].ctx;
  if (own_ctx & C_NAV) neg |= V_NAV;
  if (own_ctx & C_FOOTER) neg |= V_FOOTER;
  if (own_ctx & C_ASIDE) neg |= V_SIDEBAR;
  if (own_ctx & C_FORM) neg |= V_FORM;
  if (own_ctx & C_DIALOG) neg |= V_PROMO;
  if (own_ctx & C_HEADER) neg |= V_HEADER;
  if (own_ctx & C_CAPTION) neg |= V_CAPTION;
  return neg;
}

// A block that reads like a paragraph of prose.
static bool prose(const nf_html_block *b) {
  if (b->mass < 40 || b->heading) return false;
  if (b->link_mass * 3 > b->mass) return false;
  return b->punct >= 1 || b->mass >= 120;
}

typedef struct scorer {
  nf_html *h;
  double *sum;      // per element: sum of block values in its subtree
  double *pos;      // per element: sum of the positive values (first pass)
  uint32_t *own;    // per element: its own negative words in force
  uint32_t *neg;    // per element: negative words in force (inherited)
  uint32_t *after;  // per element: words a heading among its children gave
                    // the children after it
  double *value;    // per block
  size_t headline;  // block index of the article's headline, or SIZE_MAX
} scorer;

static double block_value(const nf_html_block *b, uint32_t neg) {
  double m = b->mass, lm = b->link_mass;
  double ld = m > 0 ? lm / m : 0;
  if (neg & V_NEG_STRONG) return -m;
  if (b->teaser && !b->in_ld_body) return -0.25 * m;
  if (b->heading) return ld > 0.3 ? -m : 0;
  if (neg & V_NEG_WEAK) return -lm;
  if (m < 25) return -lm;
  // Link text counts against the block half again: a list of links
  // weighs -m/2, prose with a few links nearly m.
  double v = m - 1.5 * lm;
  if (!b->punct && v > 0) v *= 0.5;
  // The publisher's JSON-LD body holds these words.
  if (b->in_ld_body && v > 0) v *= 1.5;
  (void)ld;
  return v;
}

static double weight(const nf_html *h, const nf_html_el *e) {
  double w = 1;
  // The publisher's own markup (itemprop=articleBody) says it outright.
  if ((e->ctx & C_BODYPROP) && !(h->els[e->parent].ctx & C_BODYPROP)) w += 0.5;
  if (e->vocab & V_BODY)
    w += 0.5;
  else if (e->vocab & V_CONTENT)
    w += 0.1;
  if (e->tag == T_ARTICLE) w += 0.1;
  if (e->tag == T_MAIN) w += 0.05;
  return w;
}

// Block values and subtree sums, with the negative words in sc->neg
// (NULL: none), and the element with the best weighted sum.
static uint32_t best_container(scorer *sc, bool use_neg) {
  nf_html *h = sc->h;
  size_t ne = h->n_els, nb = h->n_blocks;
  memset(sc->sum, 0, ne * sizeof *sc->sum);
  if (!use_neg) memset(sc->pos, 0, ne * sizeof *sc->pos);
  for (size_t i = 0; i < nb; i++) {
    nf_html_block *b = &h->blocks[i];
    sc->value[i] = block_value(b, use_neg ? sc->neg[b->el] : 0);
    // Above the headline is the page's frame, not the story.
    if (sc->headline != SIZE_MAX && i < sc->headline && sc->value[i] > 0)
      sc->value[i] = 0;
    sc->sum[b->el] += sc->value[i];
    if (!use_neg && sc->value[i] > 0) sc->pos[b->el] += sc->value[i];
  }
  for (size_t i = ne; i-- > 1;) {
    sc->sum[h->els[i].parent] += sc->sum[i];
    if (!use_neg) sc->pos[h->els[i].parent] += sc->pos[i];
  }
  uint32_t best = 0;
  double best_w = -1e300;
  for (size_t i = 1; i < ne; i++) {
    const nf_html_el *e = &h->els[i];
    if (!(Nf_html_tag_props(e->tag) & TP_BLOCK)) continue;
    double w = sc->sum[i] > 0 ? sc->sum[i] * weight(h, e) : sc->sum[i];
    if (w >= best_w) {
      best_w = w;
      best = (uint32_t)i;
    }
  }
  return best;
}

// Negative words between a block and the container (the container's own
// and its ancestors' do not count).
static uint32_t neg_below(const scorer *sc, uint32_t el, uint32_t top) {
  uint32_t bits = 0;
  while (el != top && el != 0) {
    bits |= sc->own[el];
    el = sc->h->els[el].parent;
  }
  return bits;
}

static nf_para_kind para_kind(const nf_html *h, const nf_html_block *b) {
  if (b->heading) return NF_PARA_HEADING;
  if (b->ctx & C_PRE) return NF_PARA_PRE;
  if (b->ctx & C_QUOTE) return NF_PARA_QUOTE;
  int t = h->els[b->el].tag;
  if (t == T_LI || t == T_DD || t == T_DT || (b->ctx & C_LIST))
    return NF_PARA_LIST;
  return NF_PARA_TEXT;
}

static bool is_cell(const nf_html *h, const nf_html_block *b) {
  int t = h->els[b->el].tag;
  return t == T_TD || t == T_TH;
}

// Write the kept blocks into the document body. Cells of one table row
// become one paragraph, " | " between cells.
static nf_status emit(nf_html *h) {
  nf_article_builder ab;
  Nf_ab_init(&ab, h->doc);
  nf_buf row;
  Nf_buf_init(&row, h->alloc, Nf_limit(h->doc->ctx, NF_LIMIT_TEXT_BYTES));
  nf_status st = NF_OK;
  for (size_t i = 0; i < h->n_blocks && !st; i++) {
    nf_html_block *b = &h->blocks[i];
    if (!b->keep) continue;
    nf_sv text = Nf_html_block_text(h, b);
    if (is_cell(h, b)) {
      uint32_t tr = h->els[b->el].parent;
      Nf_buf_clear(&row);
      st = Nf_buf_append_sv(&row, text);
      size_t j = i + 1;
      for (; j < h->n_blocks && !st; j++) {
        nf_html_block *c = &h->blocks[j];
        if (!c->keep) continue;
        if (!is_cell(h, c) || h->els[c->el].parent != tr) break;
        st = Nf_buf_puts(&row, " | ");
        if (!st) st = Nf_buf_append_sv(&row, Nf_html_block_text(h, c));
        i = j;
      }
      if (st == NF_ETOOBIG) st = NF_OK;
      if (!st) st = Nf_ab_add(&ab, Nf_sv(row.data, row.len), NF_PARA_TEXT);
      continue;
    }
    // One paragraph bigger than the room left is cut to fit (the builder
    // would drop it whole).
    size_t room =
        ab.max_text > ab.text.len + 2 ? ab.max_text - ab.text.len - 2 : 0;
    if (text.n > room) {
      text.n = Nf_utf8_clip(text.p, room);
      Nf_doc_note(h->doc, "clean", SIZE_MAX,
                  "a paragraph was cut at the text limit (%zu bytes)",
                  ab.max_text);
    }
    st = b->has_br ? Nf_ab_add_lines(&ab, text, para_kind(h, b))
                   : Nf_ab_add(&ab, text, para_kind(h, b));
  }
  if (!st) st = Nf_ab_finish(&ab);
  Nf_buf_fini(&row);
  Nf_ab_fini(&ab);
  return st;
}

// A byline or dateline: "By Jane Doe", "Updated: 19 November 2019, 09:01",
// "05/10/2018 - Publicado por: ...", "기사입력 :[ 2018-08-25 15:24 ]". A few
// words with a by-word, a publication word, a numeric date or a time, or
// a month name next to a number.
static bool dateline_like(nf_sv t) {
  t = Nf_sv_trim(t);
  size_t words = 1;
  for (size_t i = 0; i < t.n; i++) words += t.p[i] == ' ';
  if (words > 24) return false;
  static const char *const LEAD[] = {
      "By ",          "BY ",      "Por ",       "POR ",       "Von ",
      "Par ",         "Di ",      "Door ",      "Oleh ",      "Posted ",
      "Published ",   "Updated ", "Publicado",  "Atualizado", "Actualizado",
      "Aktualisiert", "Publié",   "Mis à jour", "Pubblicato", "Aggiornato"};
  for (size_t k = 0; k < sizeof LEAD / sizeof LEAD[0]; k++)
    if (t.n > strlen(LEAD[k]) && memcmp(t.p, LEAD[k], strlen(LEAD[k])) == 0)
      return true;
  static const char *const WORD[] = {
      "Updated",   "Published",    "Posted on",   "Last modified",
      "Publicado", "Atualizado",   "Actualizado", "Aktualisiert",
      "Publié",    "Опубликовано", "Обновлено",   "기사입력",
      "입력 :",    "发布时间",     "更新时间"};
  for (size_t k = 0; k < sizeof WORD / sizeof WORD[0]; k++)
    if (Nf_sv_ifind(t, Nf_sv_cstr(WORD[k])) >= 0) return true;
  // A numeric date (12/03/2019, 2019-03-12, 12.03.19) or a time (09:01).
  for (size_t i = 0; i + 3 < t.n; i++) {
    const unsigned char *p = (const unsigned char *)t.p + i;
    if (!Nf_ascii_digit(p[0]) || (i && Nf_ascii_digit(p[-1]))) continue;
    size_t d1 = 0;
    while (i + d1 < t.n && Nf_ascii_digit(p[d1])) d1++;
    if (d1 > 4 || i + d1 + 2 >= t.n) continue;
    char sep = (char)p[d1];
    if (sep == ':' && d1 <= 2 && Nf_ascii_digit(p[d1 + 1]) &&
        Nf_ascii_digit(p[d1 + 2]))
      return true;
    if (sep != '/' && sep != '-' && sep != '.') continue;
    size_t d2 = 0;
    while (i + d1 + 1 + d2 < t.n && Nf_ascii_digit(p[d1 + 1 + d2])) d2++;
    if (d2 < 1 || d2 > 2 || i + d1 + 1 + d2 >= t.n || p[d1 + 1 + d2] != sep)
      continue;
    if (i + d1 + 2 + d2 < t.n && Nf_ascii_digit(p[d1 + 2 + d2])) return true;
  }
  // A month name beside a number: "November 19, 2019", "19 Nov 2019".
  bool number = false, month = false;
  for (size_t i = 0; i < t.n;) {
    size_t j = i;
    while (j < t.n && Nf_ascii_alpha((unsigned char)t.p[j])) j++;
    if (j > i) {
      nf_sv w = Nf_sv(t.p + i, j - i);
      if (w.n >= 3 && Nf_month_from_name(w)) month = true;
      i = j;
      continue;
    }
    if (Nf_ascii_digit((unsigned char)t.p[i])) number = true;
    i++;
  }
  return month && number && words <= 6;
}

// ---------------------------------------------------------- JSON-LD body

// Words are runs of letters and digits (any byte >= 0x80 counts as a
// letter), ASCII lower-cased; markup inside the JSON-LD body is skipped.
// Each 3-word window is hashed.
typedef struct shingler {
  uint64_t w[3];
  size_t n;  // words seen
} shingler;

static bool word_byte(unsigned char c) {
  return c >= 0x80 || Nf_ascii_alpha(c) || Nf_ascii_digit(c);
}

// Calls add(set, hash) for each 3-word window of s; returns the windows.
static size_t shingles(nf_sv s, bool skip_tags, uint64_t *out, size_t cap) {
  shingler sh = {{0, 0, 0}, 0};
  size_t count = 0;
  for (size_t i = 0; i < s.n;) {
    unsigned char c = (unsigned char)s.p[i];
    if (skip_tags && c == '<') {
      const char *gt = memchr(s.p + i, '>', s.n - i);
      i = gt ? (size_t)(gt - s.p) + 1 : s.n;
      continue;
    }
    if (!word_byte(c)) {
      i++;
      continue;
    }
    uint64_t h = 1469598103934665603ull;  // FNV-1a
    while (i < s.n && word_byte((unsigned char)s.p[i])) {
      h ^= Nf_ascii_lower((unsigned char)s.p[i++]);
      h *= 1099511628211ull;
    }
    sh.w[0] = sh.w[1];
    sh.w[1] = sh.w[2];
    sh.w[2] = h;
    if (++sh.n >= 3) {
      uint64_t g = sh.w[0] * 0x9E3779B97F4A7C15ull ^
                   (sh.w[1] + 0x632BE59BD9B4E019ull) * 31 ^ sh.w[2];
      if (!g) g = 1;
      if (out && count < cap) out[count] = g;
      count++;
    }
  }
  return count;
}

// Open addressing over the body's windows (0 = empty).
typedef struct hset {
  uint64_t *slot;
  size_t mask;
} hset;

static bool hset_has(const hset *s, uint64_t g) {
  for (size_t i = g & s->mask;; i = (i + 1) & s->mask) {
    if (s->slot[i] == g) return true;
    if (!s->slot[i]) return false;
  }
}

// Marks the blocks whose words the JSON-LD articleBody holds (most of
// their 3-word windows), when there is a body of some length. It is a
// signal for choosing the container, never a substitute for the page:
// bodies are often cut short, or carry text the page does not show.
static nf_status mark_ld_body(nf_html *h) {
  const char *body = h->ld.body;
  if (!body) return NF_OK;
  nf_sv b = Nf_sv_cstr(body);
  if (b.n < 400) return NF_OK;
  bool tags = memchr(b.p, '<', b.n) != NULL;
  size_t n = shingles(b, tags, NULL, 0);
  if (n < 20) return NF_OK;
  size_t cap = 64;
  while (cap < n * 2) cap *= 2;
  uint64_t *win = Nf_malloc(h->alloc, n * sizeof *win);
  hset set = {Nf_calloc(h->alloc, cap, sizeof *set.slot), cap - 1};
  nf_status st = NF_OK;
  if (!win || !set.slot) {
    st = NF_ENOMEM;
    goto done;
  }
  shingles(b, tags, win, n);
  for (size_t i = 0; i < n; i++) {
    size_t k = win[i] & set.mask;
    while (set.slot[k] && set.slot[k] != win[i]) k = (k + 1) & set.mask;
    set.slot[k] = win[i];
  }
  uint64_t local[256];
  for (size_t i = 0; i < h->n_blocks; i++) {
    nf_html_block *blk = &h->blocks[i];
    if (blk->mass < 30) continue;
    nf_sv t = Nf_html_block_text(h, blk);
    size_t m = shingles(t, false, local, 256);
    if (m < 3) continue;
    size_t k = m < 256 ? m : 256, hit = 0;
    for (size_t x = 0; x < k; x++) hit += hset_has(&set, local[x]);
    if (hit * 2 >= k) {
      blk->in_ld_body = 1;
      h->ld_found += hit;
    }
  }
  h->ld_windows = n;
  size_t marked = 0;
  for (size_t i = 0; i < h->n_blocks; i++) marked += h->blocks[i].in_ld_body;
  TRACE("JSON-LD body: %zu windows, %zu blocks found in it\n", n, marked);
  (void)marked;
done:
  Nf_free(h->alloc, win);
  Nf_free(h->alloc, set.slot);
  return st;
}

// Lowest common ancestor of two elements.
static uint32_t common_ancestor(const nf_html *h, uint32_t a, uint32_t b) {
  while (h->els[a].depth > h->els[b].depth) a = h->els[a].parent;
  while (h->els[b].depth > h->els[a].depth) b = h->els[b].parent;
  while (a != b) {
    a = h->els[a].parent;
    b = h->els[b].parent;
  }
  return a;
}

// A sentence or two with a long link in it ("was <a>convicted and
// sentenced</a> last week."), not a link list or a "Read more: <a>...".
static bool linked_prose(const nf_html_block *b) {
  return b->link_mass * 4 <= b->mass * 3 && b->punct_free >= 2 &&
         b->mass - b->link_mass >= 25;
}

// A title that is a link: a linked heading, or a short line all link.
static bool linked_title(const nf_html_block *b) {
  if (b->heading) return b->link_mass * 2 > b->mass;
  return b->link_mass == b->mass && b->mass >= 15 && b->mass <= 200;
}

// Teasers for other stories: a linked title, then its summary, together
// in a small element of their own (a card, a list item). Lists of them
// (more stories, deals, latest) can outweigh a short article, and their
// summaries read like prose. In an article body a title and the next
// paragraph share the whole body, not a small element.
static void mark_teasers(nf_html *h) {
  for (size_t i = 1; i < h->n_blocks; i++) {
    nf_html_block *a = &h->blocks[i - 1], *b = &h->blocks[i];
    if (!linked_title(a) || b->heading || b->link_mass * 2 >= b->mass) continue;
    uint32_t l = common_ancestor(h, a->el, b->el);
    if (l == 0) continue;
    size_t n = 0;
    for (size_t k = h->els[l].first_block;
         k < h->n_blocks && h->blocks[k].el < h->els[l].end; k++)
      if (++n > 6) break;
    if (n <= 6) b->teaser = 1;
  }
}

// True when heading text t names the same story as a title from the
// metadata (which may carry the site's name around it).
static bool names_title(nf_sv t, const char *title) {
  if (!title) return false;
  nf_sv full = Nf_sv_trim(Nf_sv_cstr(title));
  t = Nf_sv_trim(t);
  if (t.n < 10 || full.n < 10) return false;
  if (t.n > full.n) return Nf_sv_ifind(t, full) >= 0 && full.n * 3 >= t.n * 2;
  return Nf_sv_ifind(full, t) >= 0 && t.n * 2 >= full.n;
}

// The block of the article's headline: the first <h1>..<h3>, not a link,
// whose text matches the page's title metadata.
static size_t find_headline(const nf_html *h) {
  const char *titles[] = {h->meta[M_OG_TITLE], h->meta[M_TW_TITLE],
                          h->meta[M_TITLE], h->meta[M_META_TITLE]};
  for (size_t i = 0; i < h->n_blocks; i++) {
    const nf_html_block *b = &h->blocks[i];
    if (!b->heading || b->heading > 3 || b->link_mass * 2 > b->mass) continue;
    nf_sv t = Nf_html_block_text(h, b);
    for (size_t k = 0; k < sizeof titles / sizeof titles[0]; k++)
      if (names_title(t, titles[k])) return i;
  }
  return SIZE_MAX;
}

// Negative words in force: everywhere, except on the wrappers of the
// prose found by text alone ("ArticlePage-content paywall", an ASP.NET
// page-wide <form>, an "elementor-widget" holding the post): elements
// that contain the core, or hold half its prose. Words no article wrapper
// carries (comments, related) count everywhere.
//
// A heading marked as comments or related stories ("<h3
// class=related-title>You may like</h3>") heads what follows it in its
// parent, though the teasers after it are often in plain wrappers: its
// words pass to its later siblings when it opens its parent, except one
// holding the core or the headline (a "related" heading above the
// article it sits beside).
static void trust_negatives(scorer *sc, uint32_t core) {
  nf_html *h = sc->h;
  double core_pos = sc->pos[core];
  uint32_t headline_el =
      sc->headline != SIZE_MAX ? h->blocks[sc->headline].el : 0;
  memset(sc->after, 0, h->n_els * sizeof *sc->after);
  for (size_t i = 1; i < h->n_els; i++) {
    const nf_html_el *e = &h->els[i];
    uint32_t own = own_neg(h, e);
    bool holds_core = i <= core && core < e->end;
    bool wraps_core = holds_core || sc->pos[i] * 2 >= core_pos;
    if (wraps_core) own &= V_NEG_ALWAYS;
    bool holds_headline =
        headline_el && i <= headline_el && headline_el < e->end;
    if (!holds_core && !holds_headline) own |= sc->after[e->parent];
    // Only a heading that opens its parent (nothing visible before it
    // there): a "Read more" heading in the middle of a body is not the
    // title of the paragraphs after it.
    if (e->tag >= T_H1 && e->tag <= T_H6 &&
        h->els[e->parent].first_block == e->first_block)
      sc->after[e->parent] |= own & V_NEG_ALWAYS;
    sc->own[i] = own;
    sc->neg[i] = sc->neg[e->parent] | own;
  }
}

// When the page shows most of the publisher's JSON-LD body: if the
// container holds little of it, or holds more than it while the page
// shows the body nearly whole (a body cut short for a paywall is no
// reason to narrow), the container becomes the smallest element holding
// 90% of what was found. Uses sc->pos as scratch.
static uint32_t follow_ld_body(scorer *sc, uint32_t best) {
  nf_html *h = sc->h;
  size_t ne = h->n_els, nb = h->n_blocks;
  if (!h->ld_windows || h->ld_found * 2 < h->ld_windows) return best;
  double *found = sc->pos;
  memset(found, 0, ne * sizeof *found);
  double all = 0;
  for (size_t i = 0; i < nb; i++)
    if (h->blocks[i].in_ld_body) {
      found[h->blocks[i].el] += h->blocks[i].mass;
      all += h->blocks[i].mass;
    }
  for (size_t i = ne; i-- > 1;) found[h->els[i].parent] += found[i];
  uint32_t pick = 0;
  for (size_t i = 1; i < ne; i++)
    if (found[i] >= 0.9 * all &&
        (Nf_html_tag_props(h->els[i].tag) & TP_BLOCK) &&
        h->els[i].depth >= h->els[pick].depth)
      pick = (uint32_t)i;
  bool inside = pick > best && pick < h->els[best].end;
  bool whole = h->ld_found * 5 >= h->ld_windows * 4 && h->ld_windows >= 60;
  if (!pick || pick == best || (found[best] >= 0.8 * all && !(inside && whole)))
    return best;
  TRACE("JSON-LD body: container el %u holds %.0f of %.0f; el %u instead\n",
        best, found[best], all, pick);
  return pick;
}

// Next to the container, lone paragraphs of prose: a lead or summary
// above the body, a body paragraph set apart by an ad or an embed.
// Walking out from the container on both sides, empty elements (ad slots,
// images) are stepped over; anything else stops the walk. Writes the
// container roots to with[] (room for every element) in document order.
static size_t take_neighbours(const scorer *sc, uint32_t best, uint32_t *with) {
  const nf_html *h = sc->h;
  size_t nb = h->n_blocks;
  uint32_t parent = h->els[best].parent;
  size_t n_kids = 0;
  for (uint32_t c = parent + 1; best && c < h->els[parent].end;
       c = h->els[c].end)
    with[n_kids++] = c;
  size_t at = 0;
  while (at < n_kids && with[at] != best) at++;
  if (at == n_kids) {
    with[0] = best;
    return 1;
  }
  size_t from = at, to = at;  // [from, to] are taken
  for (int dir = -1; dir <= 1; dir += 2) {
    for (size_t k = at;;) {
      if (dir < 0 ? k == 0 : k + 1 >= n_kids) break;
      k = dir < 0 ? k - 1 : k + 1;
      uint32_t c = with[k];
      const nf_html_el *e = &h->els[c];
      size_t first = e->first_block, last = first;
      while (last < nb && h->blocks[last].el < e->end) last++;
      if (last == first) continue;  // nothing visible: step over
      bool lone_prose = !sc->own[c] && last - first <= 2;
      for (size_t b = first; b < last && lone_prose; b++)
        lone_prose = prose(&h->blocks[b]) &&
                     h->blocks[b].link_mass * 4 <= h->blocks[b].mass;
      if (!lone_prose) break;
      if (dir < 0)
        from = k;
      else
        to = k;
    }
  }
  size_t m = 0;
  for (size_t k = from; k <= to; k++) {
    uint32_t c = with[k];
    const nf_html_el *e = &h->els[c];
    if (c == best || (!sc->own[c] && e->first_block < nb &&
                      h->blocks[e->first_block].el < e->end))
      with[m++] = c;
  }
  return m;
}

// Keep the blocks under the container roots, less boilerplate inside them
// (negative words or boilerplate tags below the root, link lists, the
// <h1>). Returns the first prose block kept, or SIZE_MAX.
static size_t keep_blocks(const scorer *sc, uint32_t best, const uint32_t *with,
                          size_t n_with) {
  nf_html *h = sc->h;
  size_t nb = h->n_blocks, w = 0, first_prose = SIZE_MAX;
  uint32_t parent = h->els[best].parent;
  uint32_t lo = with[0], hi = h->els[with[0]].end;
  for (size_t i = 0; i < nb; i++) {
    nf_html_block *b = &h->blocks[i];
    b->keep = 0;
    while (b->el >= hi && w + 1 < n_with) {
      w++;
      lo = with[w];
      hi = h->els[lo].end;
    }
    if (b->el < lo || b->el >= hi) {
      TRACE("  %5.0f m=%u l=%u p=%u ctx=%x neg=%x <%s> %.*s\n", sc->value[i],
            b->mass, b->link_mass, b->punct, b->ctx, sc->neg[b->el],
            Nf_html_tag_name(h->els[b->el].tag),
            (int)(b->len < 60 ? b->len : 60), Nf_html_block_text(h, b).p);
      continue;
    }
    uint32_t neg = neg_below(sc, b->el, lo == best ? best : parent);
    double ld = b->mass ? (double)b->link_mass / b->mass : 0;
    const char *why = NULL;
    if (neg)
      why = "vocabulary";
    else if (ld > 0.5 && !linked_prose(b))
      why = "links";
    else if (b->heading == 1)
      why = "headline";
    if (!why) {
      b->keep = 1;
      if (first_prose == SIZE_MAX && prose(b)) first_prose = i;
    }
    TRACE("%c%s %5.0f m=%u l=%u p=%u neg=%x <%s> %s %.*s\n",
          b->keep ? '+' : '-', b->teaser ? "T" : "", sc->value[i], b->mass,
          b->link_mass, b->punct, neg, Nf_html_tag_name(h->els[b->el].tag),
          why ? why : "", (int)(b->len < 70 ? b->len : 70),
          Nf_html_block_text(h, b).p);
  }
  return first_prose;
}

// The main <h1> for the title: the first inside the container, else the
// last one before it, else the first on the page.
static void note_h1(nf_html *h, uint32_t best) {
  size_t h1 = SIZE_MAX, h1_before = SIZE_MAX, h1_any = SIZE_MAX;
  for (size_t i = 0; i < h->n_blocks; i++) {
    const nf_html_block *b = &h->blocks[i];
    if (b->heading != 1) continue;
    if (h1_any == SIZE_MAX) h1_any = i;
    if (b->el >= best && b->el < h->els[best].end) {
      h1 = i;
      break;
    }
    if (b->el < best) h1_before = i;
  }
  if (h1 == SIZE_MAX) h1 = h1_before != SIZE_MAX ? h1_before : h1_any;
  if (h1 != SIZE_MAX && !h->meta[M_H1])
    h->meta[M_H1] =
        Nf_clean_squeeze(h->doc, Nf_html_block_text(h, &h->blocks[h1]));
}

// A visible byline ("By Jane Doe"): a short block near the top of the
// story, from the headline (or a few blocks above the container) to the
// first paragraph. Used only when no metadata names the author.
static void note_visible_byline(nf_html *h, size_t headline, uint32_t best,
                                size_t first_prose) {
  if (h->meta[M_BYLINE_TEXT]) return;
  size_t c0 = h->els[best].first_block;
  size_t top = headline != SIZE_MAX ? headline : c0 > 8 ? c0 - 8 : 0;
  size_t bottom = first_prose != SIZE_MAX ? first_prose : h->n_blocks;
  static const char *const BY[] = {"By ",  "BY ", "Por ",  "POR ", "Von ",
                                   "Par ", "Di ", "Door ", "Oleh "};
  for (size_t i = top; i < bottom && i < h->n_blocks; i++) {
    const nf_html_block *b = &h->blocks[i];
    if (b->mass > 120 || b->heading) continue;
    nf_sv t = Nf_sv_trim(Nf_html_block_text(h, b));
    bool by = false;
    for (size_t k = 0; k < sizeof BY / sizeof BY[0] && !by; k++)
      by = t.n > strlen(BY[k]) + 2 && memcmp(t.p, BY[k], strlen(BY[k])) == 0;
    if (by || ((b->ctx & C_AUTHOR) && t.n >= 4)) {
      h->meta[M_BYLINE_TEXT] = Nf_clean_squeeze(h->doc, t);
      return;
    }
  }
}

// Above the first paragraph: bylines, datelines, link residue and the
// headline go (any heading naming the story, not only <h1>); short text
// stays (a section label, a place line, a first short sentence), as do
// subheadings and lists. A dateline that reads as prose does not count
// as the first paragraph.
static void trim_top(nf_html *h, size_t headline) {
  for (size_t i = 0; i < h->n_blocks; i++) {
    nf_html_block *b = &h->blocks[i];
    if (!b->keep) continue;
    nf_sv t = Nf_html_block_text(h, b);
    bool meta_line = b->mass < 160 && dateline_like(t);
    if ((prose(b) || linked_prose(b)) && !meta_line) return;
    bool is_headline =
        b->heading && (i == headline || names_title(t, h->meta[M_OG_TITLE]));
    if (meta_line || is_headline || b->link_mass * 3 > b->mass) b->keep = 0;
  }
}

nf_status Nf_html_select(nf_html *h) {
  size_t ne = h->n_els, nb = h->n_blocks;
  scorer sc = {h, NULL, NULL, NULL, NULL, NULL, NULL, SIZE_MAX};
  sc.sum = Nf_calloc(h->alloc, ne ? ne : 1, sizeof *sc.sum);
  sc.pos = Nf_calloc(h->alloc, ne ? ne : 1, sizeof *sc.pos);
  sc.own = Nf_calloc(h->alloc, ne ? ne : 1, sizeof *sc.own);
  sc.neg = Nf_calloc(h->alloc, ne ? ne : 1, sizeof *sc.neg);
  sc.after = Nf_calloc(h->alloc, ne ? ne : 1, sizeof *sc.after);
  sc.value = Nf_calloc(h->alloc, nb ? nb : 1, sizeof *sc.value);
  uint32_t *with = Nf_calloc(h->alloc, ne ? ne : 1, sizeof *with);
  nf_status st = NF_OK;
  if (!sc.sum || !sc.pos || !sc.own || !sc.neg || !sc.after || !sc.value ||
      !with) {
    st = NF_ENOMEM;
    goto done;
  }
  TRACE("%zu elements, %zu blocks, %zu text bytes\n", ne, nb, h->text.len);
  mark_teasers(h);
  if ((st = mark_ld_body(h))) goto done;

  // The headline, trusted when most of the prose comes after it.
  size_t hl = find_headline(h);
  if (hl != SIZE_MAX) {
    best_container(&sc, false);  // block values by text alone
    double after = 0, all = 0;
    for (size_t i = 0; i < nb; i++)
      if (sc.value[i] > 0) {
        all += sc.value[i];
        if (i > hl) after += sc.value[i];
      }
    if (after * 2 >= all) sc.headline = hl;
    TRACE("headline: block %zu (%s) %.*s\n", hl,
          sc.headline == hl ? "used" : "ignored", (int)h->blocks[hl].len,
          Nf_html_block_text(h, &h->blocks[hl]).p);
  }
  // By text alone (where the prose is), then with the negative words.
  uint32_t core = best_container(&sc, false);
  trust_negatives(&sc, core);
  uint32_t best = best_container(&sc, true);
  TRACE("core: el %u <%s>; container: el %u <%s> sum %.0f weight %.2f\n", core,
        Nf_html_tag_name(h->els[core].tag), best,
        Nf_html_tag_name(h->els[best].tag), sc.sum[best],
        weight(h, &h->els[best]));
  best = follow_ld_body(&sc, best);

  size_t n_with = take_neighbours(&sc, best, with);
  TRACE("with %zu siblings\n", n_with - 1);
  size_t first_prose = keep_blocks(&sc, best, with, n_with);
  note_h1(h, best);
  note_visible_byline(h, sc.headline, best, first_prose);
  trim_top(h, sc.headline);
  st = emit(h);
done:
  Nf_free(h->alloc, with);
  Nf_free(h->alloc, sc.sum);
  Nf_free(h->alloc, sc.pos);
  Nf_free(h->alloc, sc.own);
  Nf_free(h->alloc, sc.neg);
  Nf_free(h->alloc, sc.after);
  Nf_free(h->alloc, sc.value);
  return st;
}
