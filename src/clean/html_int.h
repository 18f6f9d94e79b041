// Internals of the HTML extractor (src/clean/html*.c). One pass of
// libxml2's SAX parser over the page records a flat array of elements
// (parent, subtree end, tag, class/id vocabulary) and a list of text blocks
// (paragraph-level runs of visible text); scoring then works on those
// arrays only, never on a tree. See docs/internals/clean-html.md.
#ifndef NF_CLEAN_HTML_INT_H
#define NF_CLEAN_HTML_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "core/str.h"
#include "model/doc.h"

// ----------------------------------------------------------------- bounds

// Elements recorded per page. Real pages have under 20,000; past this,
// further elements are folded into their parent (their text still counts),
// so a page of 10^7 empty tags costs no more memory than this.
#define NF_HTML_MAX_ELEMENTS ((size_t)1 << 20)
// Text blocks recorded per page, for the same reason.
#define NF_HTML_MAX_BLOCKS ((size_t)1 << 19)
// Bytes of visible page text kept; a page of endless text is cut here
// (the article body has its own, lower cap: NF_LIMIT_TEXT_BYTES).
#define NF_HTML_MAX_PAGE_TEXT ((size_t)64 << 20)
// Bytes of one class/id value looked at for vocabulary: utility-class
// soups (Tailwind) run long, the meaningful words come first.
#define NF_HTML_MAX_CLASS_BYTES 256
// JSON-LD scripts read per page, and bytes of each: real ones are a few KB
// (with the article body, rarely over 200 KB).
#define NF_HTML_MAX_JSONLD 16
#define NF_HTML_MAX_JSONLD_BYTES ((size_t)2 << 20)
// Bytes kept of one metadata value (a title, a byline, a date string).
#define NF_HTML_MAX_META_BYTES 2048
// End tags that do not close the innermost open element (misplaced, or
// closing several at once). Real pages have at most a few hundred; each
// costs the parser a scan of its open elements.
#define NF_HTML_MAX_MISPLACED 5000

// ------------------------------------------------------------------- tags

typedef enum nf_html_tag {
  T_OTHER = 0,  // unknown, inline
  T_CUSTOM,     // custom element (a dash in the name): treated as a block
  T_A,
  T_ABBR,
  T_ADDRESS,
  T_ARTICLE,
  T_ASIDE,
  T_AUDIO,
  T_B,
  T_BLOCKQUOTE,
  T_BODY,
  T_BR,
  T_BUTTON,
  T_CANVAS,
  T_CAPTION,
  T_CENTER,
  T_CITE,
  T_CODE,
  T_DD,
  T_DETAILS,
  T_DIALOG,
  T_DIV,
  T_DL,
  T_DT,
  T_EM,
  T_EMBED,
  T_FIELDSET,
  T_FIGCAPTION,
  T_FIGURE,
  T_FOOTER,
  T_FORM,
  T_H1,
  T_H2,
  T_H3,
  T_H4,
  T_H5,
  T_H6,
  T_HEAD,
  T_HEADER,
  T_HGROUP,
  T_HR,
  T_HTML,
  T_I,
  T_IFRAME,
  T_IMG,
  T_INPUT,
  T_LABEL,
  T_LEGEND,
  T_LI,
  T_LINK,
  T_MAIN,
  T_MAP,
  T_MATH,
  T_MENU,
  T_META,
  T_NAV,
  T_NOSCRIPT,
  T_OBJECT,
  T_OL,
  T_OPTION,
  T_P,
  T_PICTURE,
  T_PRE,
  T_Q,
  T_SCRIPT,
  T_SECTION,
  T_SELECT,
  T_SMALL,
  T_SOURCE,
  T_SPAN,
  T_STRONG,
  T_STYLE,
  T_SUB,
  T_SUMMARY,
  T_SUP,
  T_SVG,
  T_TABLE,
  T_TBODY,
  T_TD,
  T_TEMPLATE,
  T_TEXTAREA,
  T_TFOOT,
  T_TH,
  T_THEAD,
  T_TIME,
  T_TITLE,
  T_TR,
  T_U,
  T_UL,
  T_VIDEO,
  T__COUNT
} nf_html_tag;

// Tag properties.
enum {
  TP_BLOCK = 1u << 0,  // starts and ends a text block
  TP_SKIP = 1u << 1,   // its content is never text (script, svg, form controls)
  TP_VOID = 1u << 2,   // has no content
};

int Nf_html_tag_lookup(const char *name);
unsigned Nf_html_tag_props(int tag);
const char *Nf_html_tag_name(int tag);

// -------------------------------------------------------------- vocabulary

// What an element's class, id, role and itemprop words say about it.
enum {
  V_BODY = 1u << 0,       // the article body itself: articleBody, entry-content
  V_CONTENT = 1u << 1,    // content-ish: article, post, story, texto, inhalt
  V_COMMENT = 1u << 2,    // comments, replies, discussion
  V_SHARE = 1u << 3,      // share bars, social links, print/email tools
  V_RELATED = 1u << 4,    // related, recommended, trending, more stories
  V_PROMO = 1u << 5,      // newsletter, subscribe, paywall, donate
  V_AD = 1u << 6,         // advertising, sponsored
  V_COOKIE = 1u << 7,     // cookie and consent notices
  V_NAV = 1u << 8,        // navigation, menus, breadcrumbs, pagination
  V_META = 1u << 9,       // byline, author, date, tags, categories
  V_CAPTION = 1u << 10,   // captions and credits
  V_HIDDEN = 1u << 11,    // a hiding class (Nf_html_class_hides)
  V_FOOTER = 1u << 12,    // page or article footers, copyright, disclaimers
  V_SIDEBAR = 1u << 13,   // sidebars, rails, widgets
  V_HEADER = 1u << 14,    // page and article headers, mastheads
  V_HEADLINE = 1u << 15,  // headline, title, deck of the article
  V_FORM = 1u << 16,      // a form (search, sign-up): only from the tag
  V_PUBLISHED = 1u << 17,  // "publish" in the class (a <time> of publication)
};

// The prepass reads class and id values once and hands the parser their
// vocabulary bits instead, as this attribute with a hex value: libxml2
// decodes attribute values a character at a time, and class soups are a
// quarter of a page's bytes.
#define NF_HTML_VOCAB_ATTR "nf-v"
#define V_NEG_STRONG \
  (V_COMMENT | V_SHARE | V_RELATED | V_PROMO | V_AD | V_COOKIE | V_FORM)
// Words that are never a state of a wrapper around the article: an
// element with them is boilerplate even when the article sits inside it
// (others, like "paywall" or "has-sidebar", often wrap the whole story).
#define V_NEG_ALWAYS (V_COMMENT | V_RELATED)
#define V_NEG_WEAK \
  (V_NAV | V_META | V_CAPTION | V_FOOTER | V_SIDEBAR | V_HEADER | V_HEADLINE)
#define V_NEG (V_NEG_STRONG | V_NEG_WEAK)

// Vocabulary bits of an attribute value (class or id), ASCII
// case-insensitive, word parts split at separators and camelCase.
uint32_t Nf_html_vocab(const char *s, size_t n);
// True when one of the class names in s is a common "hide this" class
// (hidden, sr-only, d-none, visually-hidden, ...), matched whole.
bool Nf_html_class_hides(const char *s, size_t n);

// ------------------------------------------------------------ page model

// Context bits an element passes to its descendants (tags and attributes).
enum {
  C_LINK = 1u << 0,      // inside <a href>
  C_ARTICLE = 1u << 1,   // inside <article>
  C_MAIN = 1u << 2,      // inside <main> or role=main
  C_BODYPROP = 1u << 3,  // inside itemprop=articleBody / articleBody class
  C_NAV = 1u << 4,       // inside <nav> or role=navigation / menu
  C_FOOTER = 1u << 5,    // inside <footer> or role=contentinfo
  C_HEADER = 1u << 6,    // inside <header> or role=banner
  C_ASIDE = 1u << 7,     // inside <aside> or role=complementary
  C_FORM = 1u << 8,      // inside <form>
  C_FIGURE = 1u << 9,    // inside <figure>
  C_CAPTION = 1u << 10,  // inside <figcaption>
  C_TABLE = 1u << 11,    // inside <table>
  C_LIST = 1u << 12,     // inside <li> / <dd> / <dt>
  C_QUOTE = 1u << 13,    // inside <blockquote>
  C_PRE = 1u << 14,      // inside <pre>
  C_HEADING = 1u << 15,  // inside <h1>..<h6>
  C_AUTHOR = 1u << 16,   // inside rel=author / itemprop=author
  C_TIME = 1u << 17,     // inside <time>
  C_DIALOG = 1u << 18,   // inside <dialog> / role=dialog / alertdialog
};

typedef struct nf_html_el {
  uint32_t parent;  // index; the root (0) is its own parent
  uint32_t end;     // one past the last element of the subtree
  uint32_t blk;     // nearest block-level ancestor-or-self
  uint16_t tag;     // nf_html_tag
  uint16_t depth;
  uint32_t vocab;        // V_* bits of its own class/id/role/itemprop
  uint32_t ctx;          // C_* bits, inherited
  uint32_t first_block;  // index of the first block that starts inside it
} nf_html_el;

// A paragraph-level run of visible text.
typedef struct nf_html_block {
  uint32_t start, len;  // bytes of hx->text
  uint32_t el;          // block-level element it sits in
  uint32_t mass;        // text weight (code points; CJK count double)
  uint32_t link_mass;   // weight of the part inside links
  uint16_t words;       // rough word count (capped)
  uint16_t punct;       // sentence punctuation and commas (capped)
  uint16_t punct_free;  // the part of punct outside links
  uint32_t ctx;         // C_* bits where the text was (OR over its runs)
  uint8_t heading;      // 1..6 for <h1>..<h6>, else 0
  uint8_t has_br;       // held a <br> line break
  uint8_t keep;         // output decision (scoring)
  uint8_t teaser;       // the summary under a linked title (scoring)
  uint8_t in_ld_body;   // its words are in the JSON-LD articleBody
} nf_html_block;

// Metadata candidates found while parsing; one slot per source.
typedef enum nf_html_meta {
  M_OG_TITLE,
  M_TW_TITLE,
  M_TITLE,
  M_H1,
  M_META_TITLE,
  M_SITE_NAME,
  M_APP_NAME,
  M_AUTHOR,
  M_ARTICLE_AUTHOR,
  M_ITEMPROP_AUTHOR,
  M_REL_AUTHOR,
  M_BYLINE_TEXT,
  M_PUBLISHED,
  M_ITEMPROP_PUBLISHED,
  M_TIME_PUBLISHED,
  M_META_DATE,
  M_TIME_FIRST,
  M_MODIFIED,
  M_CANONICAL,
  M_OG_URL,
  M_LANG,
  M_CONTENT_LANG,
  M_OG_LOCALE,
  M__COUNT
} nf_html_meta;

// A span of raw page bytes (JSON-LD script bodies).
typedef struct nf_html_span {
  size_t off, len;
} nf_html_span;

// What the page's JSON-LD says of the article. Strings belong to the
// parsed JSON values in roots (freed by Nf_html_free_jsonld).
typedef struct nf_html_ld {
  const char *headline, *published, *modified, *publisher, *url, *language;
  const char *body;
  char author[512];
  void *roots[NF_HTML_MAX_JSONLD];  // json_t *
  size_t n_roots;
} nf_html_ld;

// The extraction state of one page.
typedef struct nf_html {
  nf_doc *doc;
  const nf_allocator *alloc;

  nf_html_el *els;
  size_t n_els, cap_els;
  uint32_t *stack;  // open recorded elements
  size_t sp, cap_stack;
  size_t max_depth;
  size_t folded;  // open elements not recorded (over depth/count limits)

  nf_html_block *blocks;
  size_t n_blocks, cap_blocks;
  bool in_block;          // blocks[n_blocks - 1] is still growing
  uint8_t pending_space;  // 1: a space, 2: a line break (<br>) before more text
  int br_run;             // consecutive <br> since the last text

  nf_buf text;  // visible text of the page, blocks point into it

  uint32_t skip;  // depth inside content that is never text
  uint32_t link_depth;

  // Text being captured for metadata (<title>, first <h1>, author, byline).
  int capture;  // nf_html_meta slot, or -1
  uint32_t capture_depth;
  nf_buf cap_buf;

  const char *meta[M__COUNT];  // arena strings, NULL when not found
  nf_html_span jsonld[NF_HTML_MAX_JSONLD];
  size_t n_jsonld;
  nf_html_ld ld;
  size_t ld_windows,
      ld_found;      // JSON-LD body 3-word windows; found on the page
  const char *page;  // the page as given to the prepass (for JSON-LD spans)

  // Tag ids by name pointer: libxml2 hands over names interned in its
  // dictionary, so one pointer is one name for the whole parse.
  struct {
    const void *name;
    int tag;
  } tag_cache[64];

  // Prepass statistics (for tests and tracing).
  size_t prep_depth_max, prep_misplaced;

  bool oom;
} nf_html;

// Strip what never holds article text before parsing: script, style, svg,
// noscript, iframe and template bodies, and comments. JSON-LD script
// bodies are recorded in h->jsonld (offsets into s). Writes into out (room
// for n bytes); returns the length written.
size_t Nf_html_prepass(nf_html *h, const char *s, size_t n, char *out);

// Parse the (stripped) page with libxml2's SAX push parser into h.
nf_status Nf_html_parse(nf_html *h, const char *s, size_t n);

// Choose the article's blocks (sets block.keep) and write the body.
nf_status Nf_html_select(nf_html *h);

// Parse the JSON-LD scripts the prepass found into h->ld (before the
// blocks are chosen: its articleBody is one of the signals).
void Nf_html_read_jsonld(nf_html *h);
void Nf_html_free_jsonld(nf_html *h);

// Fill doc->title, byline, published, outlet, url, language from the
// candidates in h and h->ld.
void Nf_html_metadata(nf_html *h);

// Text of a block.
static inline nf_sv Nf_html_block_text(const nf_html *h,
                                       const nf_html_block *b) {
  return Nf_sv(h->text.data + b->start, b->len);
}

#endif
