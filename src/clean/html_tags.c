// Tag names to ids and properties. libxml2 hands over lower-case names.
#include <string.h>

#include "clean/html_int.h"

typedef struct tag_info {
  const char *name;
  uint8_t tag;
  uint8_t props;
} tag_info;

// Sorted by name for the binary search.
static const tag_info TAGS[] = {
    {"a", T_A, 0},
    {"abbr", T_ABBR, 0},
    {"address", T_ADDRESS, TP_BLOCK},
    {"article", T_ARTICLE, TP_BLOCK},
    {"aside", T_ASIDE, TP_BLOCK},
    {"audio", T_AUDIO, TP_SKIP},
    {"b", T_B, 0},
    {"blockquote", T_BLOCKQUOTE, TP_BLOCK},
    {"body", T_BODY, TP_BLOCK},
    {"br", T_BR, TP_VOID},
    {"button", T_BUTTON, TP_SKIP},
    {"canvas", T_CANVAS, TP_SKIP},
    {"caption", T_CAPTION, TP_BLOCK},
    {"center", T_CENTER, TP_BLOCK},
    {"cite", T_CITE, 0},
    {"code", T_CODE, 0},
    {"dd", T_DD, TP_BLOCK},
    {"details", T_DETAILS, TP_BLOCK},
    {"dialog", T_DIALOG, TP_BLOCK},
    {"div", T_DIV, TP_BLOCK},
    {"dl", T_DL, TP_BLOCK},
    {"dt", T_DT, TP_BLOCK},
    {"em", T_EM, 0},
    {"embed", T_EMBED, TP_SKIP | TP_VOID},
    {"fieldset", T_FIELDSET, TP_BLOCK},
    {"figcaption", T_FIGCAPTION, TP_BLOCK},
    {"figure", T_FIGURE, TP_BLOCK},
    {"footer", T_FOOTER, TP_BLOCK},
    {"form", T_FORM, TP_BLOCK},
    {"h1", T_H1, TP_BLOCK},
    {"h2", T_H2, TP_BLOCK},
    {"h3", T_H3, TP_BLOCK},
    {"h4", T_H4, TP_BLOCK},
    {"h5", T_H5, TP_BLOCK},
    {"h6", T_H6, TP_BLOCK},
    {"head", T_HEAD, TP_BLOCK},
    {"header", T_HEADER, TP_BLOCK},
    {"hgroup", T_HGROUP, TP_BLOCK},
    {"hr", T_HR, TP_BLOCK | TP_VOID},
    {"html", T_HTML, TP_BLOCK},
    {"i", T_I, 0},
    {"iframe", T_IFRAME, TP_SKIP},
    {"img", T_IMG, TP_VOID},
    {"input", T_INPUT, TP_SKIP | TP_VOID},
    {"label", T_LABEL, 0},
    {"legend", T_LEGEND, TP_BLOCK},
    {"li", T_LI, TP_BLOCK},
    {"link", T_LINK, TP_VOID},
    {"main", T_MAIN, TP_BLOCK},
    {"map", T_MAP, TP_SKIP},
    {"math", T_MATH, 0},
    {"menu", T_MENU, TP_BLOCK},
    {"meta", T_META, TP_VOID},
    {"nav", T_NAV, TP_BLOCK},
    {"noscript", T_NOSCRIPT, TP_SKIP},
    {"object", T_OBJECT, TP_SKIP},
    {"ol", T_OL, TP_BLOCK},
    {"option", T_OPTION, TP_SKIP},
    {"p", T_P, TP_BLOCK},
    {"picture", T_PICTURE, TP_SKIP},
    {"pre", T_PRE, TP_BLOCK},
    {"q", T_Q, 0},
    {"script", T_SCRIPT, TP_SKIP},
    {"section", T_SECTION, TP_BLOCK},
    {"select", T_SELECT, TP_SKIP},
    {"small", T_SMALL, 0},
    {"source", T_SOURCE, TP_VOID},
    {"span", T_SPAN, 0},
    {"strong", T_STRONG, 0},
    {"style", T_STYLE, TP_SKIP},
    {"sub", T_SUB, 0},
    {"summary", T_SUMMARY, TP_BLOCK},
    {"sup", T_SUP, 0},
    {"svg", T_SVG, TP_SKIP},
    {"table", T_TABLE, TP_BLOCK},
    {"tbody", T_TBODY, TP_BLOCK},
    {"td", T_TD, TP_BLOCK},
    {"template", T_TEMPLATE, TP_SKIP},
    {"textarea", T_TEXTAREA, TP_SKIP},
    {"tfoot", T_TFOOT, TP_BLOCK},
    {"th", T_TH, TP_BLOCK},
    {"thead", T_THEAD, TP_BLOCK},
    {"time", T_TIME, 0},
    {"title", T_TITLE, 0},
    {"tr", T_TR, TP_BLOCK},
    {"u", T_U, 0},
    {"ul", T_UL, TP_BLOCK},
    {"video", T_VIDEO, TP_SKIP},
};

int Nf_html_tag_lookup(const char *name) {
  size_t lo = 0, hi = sizeof TAGS / sizeof TAGS[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(name, TAGS[mid].name);
    if (c == 0) return TAGS[mid].tag;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return strchr(name, '-') ? T_CUSTOM : T_OTHER;
}

// TAGS lists the tags in the order of nf_html_tag (both alphabetical), so
// an id indexes it directly (tests/unit/clean/test_html.c checks this).
unsigned Nf_html_tag_props(int tag) {
  if (tag == T_CUSTOM) return TP_BLOCK;
  if (tag < T_A || tag >= T__COUNT) return 0;
  return TAGS[tag - T_A].props;
}

const char *Nf_html_tag_name(int tag) {
  if (tag < T_A || tag >= T__COUNT) return tag == T_CUSTOM ? "custom" : "?";
  return TAGS[tag - T_A].name;
}
