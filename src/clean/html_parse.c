// One pass of libxml2's HTML push parser with SAX callbacks: no tree is
// built. Each element becomes a small record (parent, tag, vocabulary,
// context); visible text goes into paragraph-level blocks; metadata
// (<title>, <meta>, <link rel=canonical>, <html lang>, itemprop, <time>)
// is noted on the way.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clean/clean.h"
#include "clean/html_int.h"
#include "core/alloc.h"
#include "core/utf8.h"

// Stack entries: an element index, or one of these flags on an entry
// that has no record of its own.
#define ST_UNRECORDED 0x80000000u  // low bits: the recorded ancestor
#define ST_SKIP 0x40000000u        // this element started a skipped subtree
#define ST_LINK 0x20000000u        // this element opened a link
#define ST_INDEX(x) ((x)&0x1FFFFFFFu)

// -------------------------------------------------------------- helpers

static bool grow(nf_html *h, void **p, size_t *cap, size_t need, size_t elem) {
  if (h->oom) return false;
  if (need <= *cap) return true;
  if (Nf_grow(h->alloc, p, cap, need, elem) != NF_OK) {
    h->oom = true;
    return false;
  }
  return true;
}

static const char *attr(const xmlChar **atts, const char *name) {
  if (!atts) return NULL;
  for (size_t i = 0; atts[i]; i += 2)
    if (strcmp((const char *)atts[i], name) == 0)
      return atts[i + 1] ? (const char *)atts[i + 1] : "";
  return NULL;
}

static bool ieq(const char *a, const char *b) {
  return a && Nf_sv_ieq(Nf_sv_cstr(a), Nf_sv_cstr(b));
}

// Keep the first value found for a metadata slot.
static void set_meta(nf_html *h, int slot, const char *v) {
  if (!v || h->meta[slot]) return;
  nf_sv s = Nf_sv_trim(Nf_sv_cstr(v));
  if (!s.n) return;
  if (s.n > NF_HTML_MAX_META_BYTES)
    s.n = Nf_utf8_clip(s.p, NF_HTML_MAX_META_BYTES);
  h->meta[slot] = Nf_clean_squeeze(h->doc, s);
  if (!h->meta[slot]) h->oom = true;
}

// True when an inline style hides the element.
static bool style_hides(const char *s) {
  for (const char *p = s; *p; p++) {
    char c = (char)Nf_ascii_lower((unsigned char)*p);
    const char *word = c == 'd' ? "display" : c == 'v' ? "visibility" : NULL;
    if (!word) continue;
    size_t n = strlen(word), i = 0;
    while (i < n && p[i] && Nf_ascii_lower((unsigned char)p[i]) == word[i]) i++;
    if (i < n) continue;
    const char *q = p + n;
    while (*q == ' ' || *q == '\t') q++;
    if (*q != ':') continue;
    q++;
    while (*q == ' ' || *q == '\t') q++;
    nf_sv rest = Nf_sv_cstr(q);
    if (Nf_sv_istarts(rest, c == 'd' ? NF_SV_LIT("none") : NF_SV_LIT("hidden")))
      return true;
  }
  return false;
}

// ------------------------------------------------------------ metadata

static void on_meta(nf_html *h, const xmlChar **atts) {
  const char *content = attr(atts, "content");
  if (!content) {
    const char *charset = attr(atts, "charset");
    (void)charset;  // the page is UTF-8 by now
    return;
  }
  const char *key = attr(atts, "property");
  if (!key) key = attr(atts, "name");
  if (!key) key = attr(atts, "itemprop");
  const char *equiv = attr(atts, "http-equiv");
  if (equiv && ieq(equiv, "content-language"))
    set_meta(h, M_CONTENT_LANG, content);
  if (!key) return;
  static const struct {
    const char *key;
    int slot;
  } KEYS[] = {
      {"og:title", M_OG_TITLE},
      {"twitter:title", M_TW_TITLE},
      {"title", M_META_TITLE},
      {"headline", M_META_TITLE},
      {"og:site_name", M_SITE_NAME},
      {"application-name", M_APP_NAME},
      {"author", M_AUTHOR},
      {"byl", M_AUTHOR},
      {"dc.creator", M_AUTHOR},
      {"dcterms.creator", M_AUTHOR},
      {"sailthru.author", M_AUTHOR},
      {"parsely-author", M_AUTHOR},
      {"article:author", M_ARTICLE_AUTHOR},
      {"article:author_name", M_ARTICLE_AUTHOR},
      {"article:published_time", M_PUBLISHED},
      {"og:article:published_time", M_PUBLISHED},
      {"article:published", M_PUBLISHED},
      {"published_time", M_PUBLISHED},
      {"datepublished", M_ITEMPROP_PUBLISHED},
      {"parsely-pub-date", M_PUBLISHED},
      {"sailthru.date", M_PUBLISHED},
      {"pubdate", M_PUBLISHED},
      {"publishdate", M_PUBLISHED},
      {"publish-date", M_PUBLISHED},
      {"publish_date", M_PUBLISHED},
      {"article.published", M_PUBLISHED},
      {"original-publish-date", M_PUBLISHED},
      {"date", M_META_DATE},
      {"dc.date", M_META_DATE},
      {"dc.date.issued", M_META_DATE},
      {"dcterms.date", M_META_DATE},
      {"dcterms.issued", M_META_DATE},
      {"dcterms.created", M_META_DATE},
      {"article:modified_time", M_MODIFIED},
      {"og:updated_time", M_MODIFIED},
      {"datemodified", M_MODIFIED},
      {"og:url", M_OG_URL},
      {"og:locale", M_OG_LOCALE},
      {"content-language", M_CONTENT_LANG},
      {"language", M_CONTENT_LANG},
  };
  for (size_t i = 0; i < sizeof KEYS / sizeof KEYS[0]; i++) {
    if (ieq(key, KEYS[i].key)) {
      set_meta(h, KEYS[i].slot, content);
      return;
    }
  }
}

static void on_link(nf_html *h, const xmlChar **atts) {
  const char *rel = attr(atts, "rel");
  if (rel && ieq(rel, "canonical"))
    set_meta(h, M_CANONICAL, attr(atts, "href"));
}

// ---------------------------------------------------------------- text

// Byte classes for the text loop.
enum { B_TEXT = 0, B_SPACE = 1, B_PUNCT = 2, B_CONT = 3 };
static const unsigned char BYTE_CLASS[256] = {
    ['\t'] = B_SPACE, ['\n'] = B_SPACE, ['\v'] = B_SPACE, ['\f'] = B_SPACE,
    ['\r'] = B_SPACE, [' '] = B_SPACE,  ['.'] = B_PUNCT,  [','] = B_PUNCT,
    ['!'] = B_PUNCT,  ['?'] = B_PUNCT,  [';'] = B_PUNCT,  [':'] = B_PUNCT,
    [0x80] = B_CONT,  [0x81] = B_CONT,  [0x82] = B_CONT,  [0x83] = B_CONT,
    [0x84] = B_CONT,  [0x85] = B_CONT,  [0x86] = B_CONT,  [0x87] = B_CONT,
    [0x88] = B_CONT,  [0x89] = B_CONT,  [0x8A] = B_CONT,  [0x8B] = B_CONT,
    [0x8C] = B_CONT,  [0x8D] = B_CONT,  [0x8E] = B_CONT,  [0x8F] = B_CONT,
    [0x90] = B_CONT,  [0x91] = B_CONT,  [0x92] = B_CONT,  [0x93] = B_CONT,
    [0x94] = B_CONT,  [0x95] = B_CONT,  [0x96] = B_CONT,  [0x97] = B_CONT,
    [0x98] = B_CONT,  [0x99] = B_CONT,  [0x9A] = B_CONT,  [0x9B] = B_CONT,
    [0x9C] = B_CONT,  [0x9D] = B_CONT,  [0x9E] = B_CONT,  [0x9F] = B_CONT,
    [0xA0] = B_CONT,  [0xA1] = B_CONT,  [0xA2] = B_CONT,  [0xA3] = B_CONT,
    [0xA4] = B_CONT,  [0xA5] = B_CONT,  [0xA6] = B_CONT,  [0xA7] = B_CONT,
    [0xA8] = B_CONT,  [0xA9] = B_CONT,  [0xAA] = B_CONT,  [0xAB] = B_CONT,
    [0xAC] = B_CONT,  [0xAD] = B_CONT,  [0xAE] = B_CONT,  [0xAF] = B_CONT,
    [0xB0] = B_CONT,  [0xB1] = B_CONT,  [0xB2] = B_CONT,  [0xB3] = B_CONT,
    [0xB4] = B_CONT,  [0xB5] = B_CONT,  [0xB6] = B_CONT,  [0xB7] = B_CONT,
    [0xB8] = B_CONT,  [0xB9] = B_CONT,  [0xBA] = B_CONT,  [0xBB] = B_CONT,
    [0xBC] = B_CONT,  [0xBD] = B_CONT,  [0xBE] = B_CONT,  [0xBF] = B_CONT,
};

static uint32_t top_index(const nf_html *h) {
  return h->sp ? ST_INDEX(h->stack[h->sp - 1]) : 0;
}

static void end_block(nf_html *h) {
  h->pending_space = 0;
  h->br_run = 0;
  if (!h->in_block) return;
  h->in_block = false;
  nf_html_block *b = &h->blocks[h->n_blocks - 1];
  b->len = (uint32_t)(h->text.len - b->start);
  if (b->len == 0) h->n_blocks--;
}

static bool start_block(nf_html *h) {
  if (h->n_blocks >= NF_HTML_MAX_BLOCKS) return false;
  if (!grow(h, (void **)&h->blocks, &h->cap_blocks, h->n_blocks + 1,
            sizeof *h->blocks))
    return false;
  uint32_t top = top_index(h);
  const nf_html_el *e = &h->els[top];
  nf_html_block *b = &h->blocks[h->n_blocks++];
  memset(b, 0, sizeof *b);
  b->start = (uint32_t)h->text.len;
  b->el = e->blk;
  b->ctx = e->ctx;
  int t = h->els[e->blk].tag;
  if (t >= T_H1 && t <= T_H6) b->heading = (uint8_t)(t - T_H1 + 1);
  h->in_block = true;
  return true;
}

static void capture_text(nf_html *h, const char *s, size_t n) {
  if (h->cap_buf.len + n > NF_HTML_MAX_META_BYTES) {
    n = NF_HTML_MAX_META_BYTES - h->cap_buf.len;
    n = Nf_utf8_clip(s, n);
  }
  if (n && Nf_buf_append(&h->cap_buf, s, n) == NF_ETOOBIG) return;
}

static void on_text(void *u, const xmlChar *ch, int len) {
  nf_html *h = u;
  if (h->oom || len <= 0) return;
  const unsigned char *s = ch;
  size_t n = (size_t)len;
  if (h->capture >= 0) capture_text(h, (const char *)s, n);
  if (h->skip) {
#ifdef NF_HTML_TRACE
    if (len > 20)
      fprintf(stderr, "skipped text (%u): %.40s\n", h->skip, (const char *)ch);
#endif
    return;
  }
  if (h->text.len + n + 1 > NF_HTML_MAX_PAGE_TEXT) return;
  if (Nf_buf_reserve(&h->text, n + 1) != NF_OK) {
    h->oom = true;
    return;
  }
  char *out = h->text.data;
  size_t o = h->text.len;
  nf_html_block *b = h->in_block ? &h->blocks[h->n_blocks - 1] : NULL;
  bool in_link = h->link_depth > 0;
  uint32_t mass = 0, punct = 0, words = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    unsigned cls = BYTE_CLASS[c];
    if (cls == B_SPACE) {
      if (b && !h->pending_space) h->pending_space = 1;
      continue;
    }
    if (!b) {
      h->text.len = o;
      if (!start_block(h)) return;
      b = &h->blocks[h->n_blocks - 1];
      out = h->text.data;
      h->pending_space = 0;
    }
    if (h->pending_space) {
      out[o++] = h->pending_space == 2 ? '\n' : ' ';
      h->pending_space = 0;
      words++;
    }
    out[o++] = (char)c;
    if (cls == B_PUNCT) {
      punct++;
      mass++;
    } else if (cls != B_CONT) {
      // A lead byte: one code point. Three- and four-byte sequences are
      // CJK and the like, where one character carries about a word.
      mass += c >= 0xE0 ? 2 : 1;
      if (c == 0xE3 && i + 2 < n && s[i + 1] == 0x80 &&
          (s[i + 2] == 0x82 || s[i + 2] == 0x81))
        punct++;  // 。 、
      else if (c == 0xEF && i + 2 < n && s[i + 1] == 0xBC &&
               (s[i + 2] == 0x8C || s[i + 2] == 0x81 || s[i + 2] == 0x9F))
        punct++;  // ， ！ ？
    }
  }
  h->text.len = o;
  out[o] = 0;
  if (!b) return;
  h->br_run = 0;
  b->len = (uint32_t)(o - b->start);
  b->mass += mass;
  if (in_link) b->link_mass += mass;
  b->words = (uint16_t)(b->words + words > 65535 ? 65535 : b->words + words);
  b->punct = (uint16_t)(b->punct + punct > 65535 ? 65535 : b->punct + punct);
  if (!in_link)
    b->punct_free =
        (uint16_t)(b->punct_free + punct > 65535 ? 65535
                                                 : b->punct_free + punct);
  b->ctx |= h->els[top_index(h)].ctx;
}

// ------------------------------------------------------------- elements

static void push(nf_html *h, uint32_t entry) {
  if (!grow(h, (void **)&h->stack, &h->cap_stack, h->sp + 1, sizeof *h->stack))
    return;
  h->stack[h->sp++] = entry;
}

static uint32_t role_ctx(const char *role) {
  if (!role) return 0;
  if (ieq(role, "navigation") || ieq(role, "menu") || ieq(role, "menubar"))
    return C_NAV;
  if (ieq(role, "main")) return C_MAIN;
  if (ieq(role, "complementary")) return C_ASIDE;
  if (ieq(role, "contentinfo")) return C_FOOTER;
  if (ieq(role, "banner")) return C_HEADER;
  if (ieq(role, "dialog") || ieq(role, "alertdialog")) return C_DIALOG;
  return 0;
}

static uint32_t tag_ctx(int tag) {
  switch (tag) {
    case T_A: return 0;  // C_LINK only with an href, see on_start
    case T_ARTICLE: return C_ARTICLE;
    case T_MAIN: return C_MAIN;
    case T_NAV:
    case T_MENU: return C_NAV;
    case T_FOOTER: return C_FOOTER;
    case T_HEADER: return C_HEADER;
    case T_ASIDE: return C_ASIDE;
    case T_FORM:
    case T_FIELDSET: return C_FORM;
    case T_FIGURE: return C_FIGURE;
    case T_FIGCAPTION: return C_CAPTION;
    case T_TABLE: return C_TABLE;
    case T_LI:
    case T_DD:
    case T_DT: return C_LIST;
    case T_BLOCKQUOTE: return C_QUOTE;
    case T_PRE: return C_PRE;
    case T_H1:
    case T_H2:
    case T_H3:
    case T_H4:
    case T_H5:
    case T_H6: return C_HEADING;
    case T_TIME: return C_TIME;
    case T_DIALOG: return C_DIALOG;
    default: return 0;
  }
}

static void on_start(void *u, const xmlChar *xname, const xmlChar **atts) {
  nf_html *h = u;
  if (h->oom) return;
  const char *name = (const char *)xname;
  size_t slot = ((uintptr_t)xname >> 4) & 63;
  int tag;
  if (h->tag_cache[slot].name == xname) {
    tag = h->tag_cache[slot].tag;
  } else {
    tag = Nf_html_tag_lookup(name);
    h->tag_cache[slot].name = xname;
    h->tag_cache[slot].tag = tag;
  }
  unsigned props = Nf_html_tag_props(tag);
  uint32_t parent = top_index(h);

  // Metadata that lives in attributes, wherever the element is.
  switch (tag) {
    case T_META: on_meta(h, atts); break;
    case T_LINK: on_link(h, atts); break;
    case T_HTML:
      set_meta(h, M_LANG, attr(atts, "lang"));
      set_meta(h, M_LANG, attr(atts, "xml:lang"));
      break;
    case T_TITLE:
      if (!h->meta[M_TITLE] && h->capture < 0) {
        h->capture = M_TITLE;
        h->capture_depth = (uint32_t)h->sp;
        Nf_buf_clear(&h->cap_buf);
      }
      break;
    default: break;
  }
  if (props & TP_BLOCK) end_block(h);
  if (tag == T_BR) {
    if (h->in_block && ++h->br_run >= 2)
      end_block(h);
    else if (h->in_block)
      h->pending_space = 2, h->blocks[h->n_blocks - 1].has_br = 1;
  }

  // Attributes that matter to scoring.
  const char *vocab_hex = NULL, *role = NULL, *itemprop = NULL;
  const char *style = NULL, *href = NULL, *rel = NULL;
  bool hidden = false;
  if (atts) {
    for (size_t i = 0; atts[i]; i += 2) {
      const char *an = (const char *)atts[i];
      const char *av = atts[i + 1] ? (const char *)atts[i + 1] : "";
      switch (an[0]) {
        case 'n':
          if (strcmp(an, NF_HTML_VOCAB_ATTR) == 0) vocab_hex = av;
          break;
        case 'i':
          if (strcmp(an, "itemprop") == 0) itemprop = av;
          break;
        case 'r':
          if (strcmp(an, "role") == 0)
            role = av;
          else if (strcmp(an, "rel") == 0)
            rel = av;
          break;
        case 's':
          if (strcmp(an, "style") == 0) style = av;
          break;
        case 'h':
          if (strcmp(an, "href") == 0)
            href = av;
          else if (strcmp(an, "hidden") == 0)
            hidden = true;
          break;
        case 'a':
          if (strcmp(an, "aria-hidden") == 0 && ieq(av, "true")) hidden = true;
          break;
        default: break;
      }
    }
  }
  uint32_t vocab = 0;
  if (vocab_hex) {
    char *endp;
    unsigned long v = strtoul(vocab_hex, &endp, 16);
    vocab = (uint32_t)v;
  }
  uint32_t ctx = h->els[parent].ctx | tag_ctx(tag) | role_ctx(role);
  if (tag == T_A && href) ctx |= C_LINK;
  if (itemprop) {
    if (ieq(itemprop, "articleBody") || ieq(itemprop, "text")) {
      ctx |= C_BODYPROP;
      vocab |= V_BODY;
    } else if (ieq(itemprop, "author") || ieq(itemprop, "creator")) {
      ctx |= C_AUTHOR;
      vocab |= V_META;
    } else if (ieq(itemprop, "datePublished")) {
      const char *dt = attr(atts, "datetime");
      set_meta(h, M_ITEMPROP_PUBLISHED, dt ? dt : attr(atts, "content"));
    } else if (ieq(itemprop, "headline")) {
      vocab |= V_HEADLINE;
    }
  }
  if (rel && ieq(rel, "author")) ctx |= C_AUTHOR;
  if (tag == T_TIME) {
    const char *dt = attr(atts, "datetime");
    if (dt && (vocab & V_PUBLISHED) && !h->meta[M_TIME_PUBLISHED])
      set_meta(h, M_TIME_PUBLISHED, dt);
    if (ctx & (C_ARTICLE | C_MAIN)) set_meta(h, M_TIME_FIRST, dt);
  }
  if ((ctx & C_AUTHOR) && !(h->els[parent].ctx & C_AUTHOR) && h->capture < 0) {
    h->capture = (rel && ieq(rel, "author")) ? M_REL_AUTHOR : M_ITEMPROP_AUTHOR;
    if (h->meta[h->capture]) {
      h->capture = -1;
    } else {
      h->capture_depth = (uint32_t)h->sp;
      Nf_buf_clear(&h->cap_buf);
    }
  }

  bool skip = (props & TP_SKIP) || tag == T_HEAD || hidden ||
              (vocab & V_HIDDEN) || (style && style_hides(style));
  uint32_t flags = 0;
  if (skip) {
#ifdef NF_HTML_TRACE
    if (!h->skip)
      fprintf(stderr, "skip <%s vocab=%s hidden=%d style=%s>\n", name,
              vocab_hex ? vocab_hex : "", hidden, style ? style : "");
#endif
    h->skip++;
    flags |= ST_SKIP;
  }
  if (tag == T_A && href && !h->skip) {
    h->link_depth++;
    flags |= ST_LINK;
  }
  if (h->skip || (props & TP_VOID) || tag == T_META || tag == T_LINK ||
      h->sp >= h->max_depth || h->n_els >= NF_HTML_MAX_ELEMENTS) {
    push(h, parent | ST_UNRECORDED | flags);
    return;
  }
  if (!grow(h, (void **)&h->els, &h->cap_els, h->n_els + 1, sizeof *h->els))
    return;
  uint32_t idx = (uint32_t)h->n_els++;
  nf_html_el *e = &h->els[idx];
  e->parent = parent;
  e->end = idx + 1;
  e->blk = (props & TP_BLOCK) ? idx : h->els[parent].blk;
  e->tag = (uint16_t)tag;
  e->depth = (uint16_t)(h->els[parent].depth + 1);
  e->vocab = vocab;
  e->ctx = ctx;
  e->first_block = (uint32_t)h->n_blocks;
  push(h, idx | flags);
}

static void finish_capture(nf_html *h) {
  if (h->capture < 0) return;
  int slot = h->capture;
  h->capture = -1;
  set_meta(h, slot, h->cap_buf.data ? h->cap_buf.data : "");
}

static void on_end(void *u, const xmlChar *xname) {
  nf_html *h = u;
  (void)xname;
  if (h->oom || h->sp == 0) return;
  uint32_t entry = h->stack[--h->sp];
  if (h->capture >= 0 && h->sp <= h->capture_depth) finish_capture(h);
  if (entry & ST_SKIP) h->skip--;
  if (entry & ST_LINK) h->link_depth--;
  if (entry & ST_UNRECORDED) return;
  uint32_t idx = ST_INDEX(entry);
  nf_html_el *e = &h->els[idx];
  e->end = (uint32_t)h->n_els;
  if (Nf_html_tag_props(e->tag) & TP_BLOCK) end_block(h);
}

// ---------------------------------------------------------------- driver

nf_status Nf_html_parse(nf_html *h, const char *s, size_t n) {
  // The root record: index 0, parent of everything.
  if (!grow(h, (void **)&h->els, &h->cap_els, 1, sizeof *h->els))
    return NF_ENOMEM;
  memset(&h->els[0], 0, sizeof h->els[0]);
  h->els[0].tag = T_OTHER;
  h->n_els = 1;
  h->capture = -1;

  htmlSAXHandler sax;
  memset(&sax, 0, sizeof sax);
  sax.startElement = on_start;
  sax.endElement = on_end;
  sax.characters = on_text;
  sax.ignorableWhitespace = on_text;
  // No cdataBlock: script and style bodies are dropped.

  htmlParserCtxtPtr ctxt =
      htmlCreatePushParserCtxt(&sax, h, NULL, 0, NULL, XML_CHAR_ENCODING_UTF8);
  if (!ctxt) return NF_ENOMEM;
  // RECOVER: inside <script>/<style> only the matching end tag ends the
  // element. IGNORE_ENC: the bytes are UTF-8 already; a <meta charset>
  // must not switch decoders half-way.
  htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NONET |
                               HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                               HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOIMPLIED);
  // libxml2 takes an int length: feed big pages in slices.
  const size_t slice = (size_t)1 << 30;
  size_t off = 0;
  do {
    size_t k = n - off < slice ? n - off : slice;
    int last = off + k >= n;
    htmlParseChunk(ctxt, s + off, (int)k, last);
    off += k;
  } while (off < n && !h->oom);
  if (n == 0) htmlParseChunk(ctxt, "", 0, 1);
  htmlFreeParserCtxt(ctxt);
  end_block(h);
  // Close what libxml2 left open (it should not, but a limit may have cut
  // the events short).
  while (h->sp && !h->oom) on_end(h, (const xmlChar *)"");
  for (size_t i = 0; i < h->n_els; i++)
    if (h->els[i].end <= i) h->els[i].end = (uint32_t)h->n_els;
  h->els[0].end = (uint32_t)h->n_els;
  return h->oom ? NF_ENOMEM : NF_OK;
}
