// HTML extraction: the tag table, class/id vocabulary, the prepass that
// strips scripts and attributes, the block scorer on small pages of many
// site styles and languages, and the metadata readers.
// cmocka needs these first; keep the order.
// clang-format off
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
// clang-format on

#include "clean/html_int.h"
#include "core/alloc.h"
#include "newsfold.h"

// ------------------------------------------------------------------ tags

static void tag_table_is_sorted_and_matches_ids(void **state) {
  (void)state;
  const char *prev = "";
  for (int t = T_A; t < T__COUNT; t++) {
    const char *name = Nf_html_tag_name(t);
    if (strcmp(prev, name) >= 0) fail_msg("tags out of order at %s", name);
    assert_int_equal(Nf_html_tag_lookup(name), t);
    prev = name;
  }
  assert_int_equal(Nf_html_tag_lookup("amp-img"), T_CUSTOM);
  assert_int_equal(Nf_html_tag_lookup("blink"), T_OTHER);
  assert_true(Nf_html_tag_props(T_P) & TP_BLOCK);
  assert_true(Nf_html_tag_props(T_SCRIPT) & TP_SKIP);
  assert_false(Nf_html_tag_props(T_SPAN) & TP_BLOCK);
  assert_true(Nf_html_tag_props(T_CUSTOM) & TP_BLOCK);
}

// ------------------------------------------------------------ vocabulary

static const struct {
  const char *value;
  uint32_t has;    // bits that must be set
  uint32_t lacks;  // bits that must not be set
} VOCAB[] = {
    {"article-body", V_BODY, 0},
    {"articleBody", V_BODY, 0},
    {"StoryBodyCompanionColumn", V_BODY, 0},
    {"entry-content clearfix", V_BODY, 0},
    {"td-post-content", V_BODY, 0},
    {"post_body", V_BODY, 0},
    {"texto-noticia", V_BODY, 0},
    {"artikel-text", V_BODY, 0},
    {"contenuto testo-articolo", V_BODY, 0},
    {"content", V_CONTENT, V_BODY},
    {"main-story", V_CONTENT, 0},
    {"contenido", V_CONTENT, 0},
    {"inhalt", V_CONTENT, 0},
    {"noticia", V_CONTENT, 0},
    {"corpo", V_CONTENT, 0},
    {"comments-area", V_COMMENT, 0},
    {"fb-comments", V_COMMENT, 0},
    {"commentlist", V_COMMENT, 0},
    {"kommentare", V_COMMENT, 0},
    {"comentarios", V_COMMENT, 0},
    {"opinion-commentary", 0, V_COMMENT},
    {"share-bar", V_SHARE, 0},
    {"social-icons", V_SHARE, 0},
    {"compartir", V_SHARE, 0},
    {"twitter-tweet", 0, V_SHARE},
    {"social-media-embed", 0, V_SHARE},
    {"related-posts", V_RELATED, 0},
    {"relacionadas", V_RELATED, 0},
    {"outbrain-widget", V_RELATED, 0},
    {"most-read", V_RELATED, 0},
    {"newsletter-signup", V_PROMO, 0},
    {"subscribe-box", V_PROMO, 0},
    {"ad-slot", V_AD, 0},
    {"adContainer", V_AD, 0},
    {"ads", V_AD, 0},
    {"werbung", V_AD, 0},
    {"header", V_HEADER, V_AD},
    {"shadow", 0, V_AD},
    {"download-link", 0, V_AD},
    {"cookie-banner", V_COOKIE, 0},
    {"gdpr-consent", V_COOKIE, 0},
    {"main-nav", V_NAV, 0},
    {"breadcrumbs", V_NAV, 0},
    {"canvas", 0, V_NAV},
    {"byline", V_META, 0},
    {"post-author", V_META, 0},
    {"date-published", V_META, 0},
    {"update", 0, V_META},
    {"wp-caption-text", V_CAPTION, 0},
    {"site-footer", V_FOOTER, 0},
    {"sidebar-right", V_SIDEBAR, 0},
    {"entry-title", V_HEADLINE, 0},
    {"subtitle", 0, V_HEADLINE},
    {"", 0, ~0u},
    {"---", 0, ~0u},
};

static void vocabulary_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof VOCAB / sizeof VOCAB[0]; i++) {
    uint32_t v = Nf_html_vocab(VOCAB[i].value, strlen(VOCAB[i].value));
    if ((v & VOCAB[i].has) != VOCAB[i].has)
      fail_msg("\"%s\": bits %#x, wanted %#x set", VOCAB[i].value, v,
               VOCAB[i].has);
    if (v & VOCAB[i].lacks)
      fail_msg("\"%s\": bits %#x, wanted %#x clear", VOCAB[i].value, v,
               VOCAB[i].lacks);
  }
}

static void hiding_classes_match_whole_names(void **state) {
  (void)state;
  static const struct {
    const char *cls;
    bool hides;
  } CASES[] = {
      {"sr-only", true},
      {"foo visually-hidden", true},
      {"d-none bar", true},
      {"HIDDEN", true},
      {"field-label-hidden", false},
      {"hidden-xs", false},
      {"overflow-hidden", false},
      {"hide_overlay", false},
      {"", false},
      {"screen-reader-text", true},
  };
  for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++)
    if (Nf_html_class_hides(CASES[i].cls, strlen(CASES[i].cls)) !=
        CASES[i].hides)
      fail_msg("\"%s\": expected %s", CASES[i].cls,
               CASES[i].hides ? "hiding" : "not hiding");
}

// --------------------------------------------------------------- prepass

static const struct {
  const char *in, *out;
} PREPASS[] = {
    {"<p>a</p><script>if (a<b) x='</p>';</script><p>b</p>",
     "<p>a</p><script></script><p>b</p>"},
    {"<SCRIPT type=x>var s='<div>';</Script ><p>b",
     "<SCRIPT type=x></Script ><p>b"},
    {"<style>p{}</style>x", "<style></style>x"},
    {"Don<!-- -->'t<!---->!<!-->", "Don't!"},
    {"a<!-- unclosed <p>b</p>", "a"},
    {"<div data-x=\"<script>\" class=c>t</div>", "<div>t</div>"},
    // Class and id words are read here and passed on as bits.
    {"<div class=\"article-body\" id=x>t</div>", "<div nf-v=3>t</div>"},
    {"<span class='sr-only'>t</span>", "<span nf-v=800>t</span>"},
    {"<a href=\"http://x/?a=1&b=2\" onclick=\"go()\">t</a>", "<a href>t</a>"},
    {"<link rel=canonical href=\"http://x/y\">",
     "<link rel=canonical href=\"http://x/y\">"},
    {"<div style=\"color:red\" id=i>", "<div>"},
    {"<div style=\"display: none\">", "<div style=\"display: none\">"},
    {"<img src=a.jpg/>", "<img>"},  // the slash is part of the unquoted value
    {"<svg><path d=\"M0 0\"/></svg>x", "<svg></svg>x"},
    {"<noscript><img src=x></noscript>y", "<noscript></noscript>y"},
    {"<title>a <script> b</title>", "<title>a <script> b</title>"},
    {"1 < 2 <3", "1 < 2 <3"},
    {"<p class=\"unclosed", "<p"},
    {"<script>never closed", "<script>"},
};

static void prepass_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof PREPASS / sizeof PREPASS[0]; i++) {
    nf_html h;
    memset(&h, 0, sizeof h);
    h.alloc = &Nf_default_allocator;
    h.max_depth = 512;
    size_t n = strlen(PREPASS[i].in);
    char *out = malloc(n + 1);
    size_t m = Nf_html_prepass(&h, PREPASS[i].in, n, out);
    out[m] = 0;
    if (strcmp(out, PREPASS[i].out) != 0)
      fail_msg("prepass of %s\n gave %s\n want %s", PREPASS[i].in, out,
               PREPASS[i].out);
    free(out);
  }
}

// Nesting past the limit, and too many misplaced end tags, turn the rest
// of the page into text for the parser (whose cost per end tag grows with
// the nesting).
static void prepass_bounds_nesting(void **state) {
  (void)state;
  static const struct {
    const char *in, *out;
    size_t depth;
  } CASES[] = {
      {"<div><div><div><div>a</div></div></div></div>", "<div><div><div>a", 3},
      {"<div><p>a</div><div>b</div>", "<div><p>a</div><div>b</div>", 3},
      {"<b><br><img><i>x</i></b>", "<b><br><img><i>x</i></b>", 2},
      {"<body><p>a</p><body><p>b</p>", "<body><p>a</p><p>b</p>", 8},
      {"<div><script>a</script></div>", "<div><script></script></div>", 1},
  };
  for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
    nf_html h;
    memset(&h, 0, sizeof h);
    h.alloc = &Nf_default_allocator;
    h.max_depth = CASES[i].depth;
    size_t n = strlen(CASES[i].in);
    char *out = malloc(n + 1);
    size_t m = Nf_html_prepass(&h, CASES[i].in, n, out);
    out[m] = 0;
    if (strcmp(out, CASES[i].out) != 0)
      fail_msg("prepass (depth %zu) of %s\n gave %s\n want %s", CASES[i].depth,
               CASES[i].in, out, CASES[i].out);
    free(out);
  }
}

static void prepass_records_json_ld(void **state) {
  (void)state;
  const char *page =
      "<script type=\"application/ld+json\">{\"a\":1}</script>"
      "<script>var x;</script><script type='application/ld+json'>[2]</script>";
  nf_html h;
  memset(&h, 0, sizeof h);
  h.alloc = &Nf_default_allocator;
  h.max_depth = 512;
  char out[256];
  Nf_html_prepass(&h, page, strlen(page), out);
  assert_int_equal(h.n_jsonld, 2);
  assert_memory_equal(page + h.jsonld[0].off, "{\"a\":1}", h.jsonld[0].len);
  assert_memory_equal(page + h.jsonld[1].off, "[2]", h.jsonld[1].len);
}

// ------------------------------------------------------------ extraction

static nf_ctx *CTX;

static nf_doc *extract(const char *html) {
  nf_doc *doc = NULL;
  assert_int_equal(
      nf_doc_from_memory(CTX, "page.html", html, strlen(html), &doc), NF_OK);
  nf_doc_extract(doc);
  return doc;
}

// Paragraphs of prose to build pages from.
#define P1                                                                    \
  "<p>The council voted on Tuesday to close the old bridge, citing a report " \
  "that found cracks in two of its supports and warning that repairs would "  \
  "take months.</p>"
#define P2                                                                 \
  "<p>Residents said the closure would add an hour to their commute, and " \
  "several business owners asked the council to reconsider before the "    \
  "holiday season.</p>"
#define P3                                                                     \
  "<p>The mayor promised a temporary ferry service within weeks, paid for by " \
  "the emergency budget that was approved last spring.</p>"
#define P4                                                             \
  "<p>Engineers will begin a full survey next month. The results are " \
  "expected early next year, officials said.</p>"
#define NAV                                                                    \
  "<nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li><li><a " \
  "href=/sport>Sport</a></li><li><a href=/weather>Weather</a></li></ul></nav>"
#define RELATED                                                                \
  "<div class=\"related-stories\"><h3>Related</h3><ul><li><a href=/a>Council " \
  "approves new budget after long debate over taxes</a></li><li><a "           \
  "href=/b>Ferry operator wins contract to run harbour "                       \
  "service</a></li></ul></div>"
#define FOOTER                                                                 \
  "<footer><p>Copyright 2024 The Daily Example. All rights reserved. Contact " \
  "us at the newsroom for corrections.</p></footer>"

static const struct {
  const char *name;
  const char *html;
  const char *want[4];    // each must appear in the body
  const char *reject[4];  // none may appear
} PAGES[] = {
    {"plain article with nav, related and footer",
     "<html><body>" NAV "<article><h1>Bridge closes</h1>" P1 P2 P3 P4
     "</article>" RELATED FOOTER "</body></html>",
     {"close the old bridge", "temporary ferry", "full survey"},
     {"Weather", "Council approves", "Copyright", "Bridge closes"}},
    {"body split by an ad and a figure",
     "<body>" NAV "<div class=story>" P1 P2
     "<div class=\"ad-slot\"><p>Advertisement: buy our excellent products "
     "today at a discount.</p></div>"
     "<figure><img src=x><figcaption>The bridge, seen from the river bank at "
     "dusk.</figcaption></figure>" P3 P4 "</div>" FOOTER "</body>",
     {"close the old bridge", "full survey"},
     {"Advertisement", "seen from the river", "Copyright"}},
    {"comments after the story",
     "<body><div id=content><div class=entry-content>" P1 P2 P3
     "</div><div id=comments><h3>12 comments</h3>"
     "<div class=comment><p>I have driven over that bridge every day for "
     "twenty years and never noticed a single crack, this is "
     "nonsense.</p></div>"
     "<div class=comment><p>Finally the council does something sensible, it "
     "took them long enough to act on the report.</p></div>"
     "</div></div></body>",
     {"close the old bridge", "temporary ferry"},
     {"twenty years", "sensible"}},
    {"share bar, byline and dateline above the text",
     "<body><main><h1>Bridge closes</h1><div class=byline>By Jane Doe</div>"
     "<time datetime=2024-03-05>March 5, 2024</time>"
     "<ul class=share-buttons><li><a href=#>Facebook</a></li><li><a "
     "href=#>Twitter</a></li></ul>" P1 P2 P3 "</main></body>",
     {"close the old bridge", "temporary ferry"},
     {"Jane Doe", "Facebook", "March 5"}},
    {"subheadings, lists and quotes stay in order",
     "<body><article><div class=article-body>" P1
     "<h2>What happens next</h2>" P2
     "<ul><li>Ferry from the north pier every half hour</li><li>Extra buses on "
     "route 7</li></ul>"
     "<blockquote><p>We had no choice but to close it "
     "today.</p></blockquote>" P3 "</div></article></body>",
     {"What happens next", "Extra buses on route 7", "no choice"},
     {NULL}},
    {"Spanish class names",
     "<body><div class=menu><a href=/>Inicio</a> <a href=/x>Portada</a> <a "
     "href=/y>Deportes</a></div>"
     "<div class=\"texto-noticia\">"
     "<p>El ayuntamiento votó el martes cerrar el viejo puente, citando un "
     "informe que encontró grietas en dos de sus soportes.</p>"
     "<p>Los vecinos dijeron que el cierre añadiría una hora a su trayecto "
     "diario, y varios comerciantes pidieron reconsiderar.</p>"
     "<p>El alcalde prometió un servicio de transbordador provisional en pocas "
     "semanas, pagado con el presupuesto de emergencia.</p>"
     "</div><div class=\"noticias-relacionadas\"><a href=/z>Otra noticia que "
     "no es esta, pero que enlaza a otra parte del sitio web</a></div></body>",
     {"viejo puente", "transbordador"},
     {"Portada", "Otra noticia"}},
    {"German class names and a newsletter box",
     "<body><div class=artikel><div class=artikel-text>"
     "<p>Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu "
     "schließen, weil ein Gutachten Risse gefunden hat.</p>"
     "<p>Anwohner sagten, die Sperrung verlängere ihren Arbeitsweg um eine "
     "Stunde, und Geschäftsleute forderten eine neue Prüfung.</p>"
     "<div class=newsletter-box><p>Abonnieren Sie unseren Newsletter, um keine "
     "Nachricht mehr zu verpassen, jeden Morgen.</p></div>"
     "<p>Der Bürgermeister versprach innerhalb von Wochen eine provisorische "
     "Fähre, bezahlt aus dem Notfallbudget.</p>"
     "</div></div></body>",
     {"alte Brücke", "provisorische"},
     {"Newsletter"}},
    {"old layout: text and <br> in a table cell",
     "<body><table><tr><td><a href=/>Home</a> | <a "
     "href=/a>Archive</a></td></tr><tr><td class=main>"
     "The council voted on Tuesday to close the old bridge, citing a report "
     "that found cracks in two of its supports.<br><br>"
     "Residents said the closure would add an hour to their commute, and "
     "business owners asked the council to reconsider.<br><br>"
     "The mayor promised a temporary ferry service within weeks, paid for by "
     "the emergency budget.</td></tr></table></body>",
     {"close the old bridge", "temporary ferry"},
     {"Archive"}},
    {"Korean text",
     "<body><div id=nav><a href=/>홈</a><a href=/n>뉴스</a></div><div "
     "id=article_body>"
     "<p>시의회는 화요일 오래된 다리를 폐쇄하기로 의결했다. 보고서에 따르면 "
     "지지대 두 곳에서 균열이 발견되었다.</p>"
     "<p>주민들은 폐쇄로 출퇴근 시간이 한 시간 늘어날 것이라고 말했고, "
     "상인들은 재검토를 요청했다.</p>"
     "</div></body>",
     {"오래된 다리", "재검토"},
     {"뉴스"}},
    {"hidden text and scripts never show",
     "<body><div class=content>" P1 "<p hidden>Secret text that should not be "
     "shown to anyone reading the page.</p>"
     "<span class=sr-only>Screen reader only text</span>"
     "<script>document.write('script text here')</script>"
     "<div style=\"display:none\">Invisible paragraph with plenty of words in "
     "it.</div>" P2 P3 "</div></body>",
     {"close the old bridge"},
     {"Secret text", "Screen reader", "script text", "Invisible"}},
    {"a wrapper with a misleading class keeps its article",
     "<body><div class=\"page-content paywall has-sidebar\"><main><article>" P1
         P2 P3
     "</article></main><aside class=sidebar><p>Popular: nothing much happened "
     "elsewhere today, sadly, for anyone.</p></aside></div></body>",
     {"close the old bridge", "temporary ferry"},
     {"Popular"}},
    {"above the first paragraph: datelines go, a place line stays",
     "<body><article><p>BAAR, SWITZERLAND</p><p>Updated: 19 November 2019, "
     "09:01 AM</p>"
     "<p>05/10/2018 - Publicado por: Clarissa Borba</p><p>Fox News Flash top "
     "headlines for Nov. 19</p>" P1 P2 P3 "</article></body>",
     {"BAAR, SWITZERLAND", "close the old bridge", "Fox News Flash"},
     {"Updated", "Publicado"}},
    {"entities and white space",
     "<body><div class=post-content><p>Fish &amp; chips&nbsp;cost &pound;5 "
     "&mdash; up   from\n\t&#163;4, the owner said on Tuesday, blaming the "
     "price of oil.</p>" P1 P2 "</div></body>",
     {"Fish & chips cost £5 — up from £4"},
     {"&amp;", "  "}},
    {"a related heading heads the teasers after it in plain wrappers",
     "<body><div id=primary><article class=postbox><h1>Bridge closes</h1>" P1 P2
     "</article><div class=postbox><h3 class=relatedposts-title>You may also "
     "like</h3>"
     "<article class=postbox><p>A new library opened downtown this week, with "
     "a reading room, a cafe and a garden on the roof that is open to everyone "
     "until late.</p></article>"
     "<article class=postbox><p>The harbour festival returns in June with "
     "music, boat races and food stalls along the whole length of the old "
     "quay, organisers said.</p></article>"
     "<article class=postbox><p>Local schools will get new computers next year "
     "after a grant from the regional government was approved by the education "
     "board.</p></article>"
     "</div></div></body>",
     {"close the old bridge", "add an hour"},
     {"new library", "harbour festival", "new computers"}},
    {"a related heading inside the body does not head the body after it",
     "<body><div class=article-body>" P1
     "<h3 class=related-heading>Read more</h3>"
     "<ul><li><a href=/a>Council approves new budget after long "
     "debate</a></li></ul>" P2 P3 P4 "</div></body>",
     {"close the old bridge", "add an hour", "temporary ferry", "full survey"},
     {"Council approves"}},
    {"a related heading above the article it sits beside",
     "<body><div id=main><h3 class=related-title>Trending now</h3>"
     "<ul><li><a href=/a>Council approves new budget after long debate</a></li>"
     "<li><a href=/b>Ferry operator wins harbour contract</a></li></ul>"
     "<div class=story>" P1 P2 P3 "</div></div></body>",
     {"close the old bridge", "temporary ferry"},
     {"Council approves", "Ferry operator"}},
};

static void pages_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof PAGES / sizeof PAGES[0]; i++) {
    nf_doc *doc = extract(PAGES[i].html);
    const char *text = nf_doc_text(doc);
    for (size_t k = 0; k < 4 && PAGES[i].want[k]; k++)
      if (!strstr(text, PAGES[i].want[k]))
        fail_msg("%s: \"%s\" missing from:\n%s", PAGES[i].name,
                 PAGES[i].want[k], text);
    for (size_t k = 0; k < 4 && PAGES[i].reject[k]; k++)
      if (strstr(text, PAGES[i].reject[k]))
        fail_msg("%s: \"%s\" kept in:\n%s", PAGES[i].name, PAGES[i].reject[k],
                 text);
    nf_doc_free(doc);
  }
}

// Text on the page that the publisher's JSON-LD articleBody holds wins
// over more text elsewhere (here, letters with no telling class, apart
// from the story by a list of links).
#define LETTER                                                                \
  "<p>I have lived by the river for forty years, and every winter the same "  \
  "thing happens: the council promises, the council forgets, and we pay for " \
  "it with our time.</p>"
#define LINKS                                                               \
  "<li><a href=/a>Council approves budget for the coming year after "       \
  "debate</a></li><li><a href=/b>Ferry operator wins the contract for the " \
  "harbour crossing</a></li>"
#define LD_BODY                                                              \
  "The council voted on Tuesday to close the old bridge, citing a report "   \
  "that found cracks in two of its supports and warning that repairs would " \
  "take months. Residents said the closure would add an hour to their "      \
  "commute, and several business owners asked the council to reconsider "    \
  "before the holiday season. The mayor promised a temporary ferry service " \
  "within weeks, paid for by the emergency budget that was approved last "   \
  "spring."

static void json_ld_body_chooses_the_container(void **state) {
  (void)state;
  const char *body =
      "<body><div id=a>" P1 P2 P3
      "</div><ul>" LINKS LINKS LINKS LINKS LINKS LINKS LINKS LINKS LINKS LINKS
      "</ul><div id=b>" LETTER LETTER LETTER LETTER LETTER LETTER
      "</div></body>";
  char page[8192];
  nf_doc *doc = extract(body);
  assert_non_null(
      strstr(nf_doc_text(doc), "forty years"));  // without the signal
  nf_doc_free(doc);
  snprintf(
      page, sizeof page,
      "<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\","
      "\"articleBody\":\"%s\"}</script></head>%s</html>",
      LD_BODY, body);
  doc = extract(page);
  assert_non_null(strstr(nf_doc_text(doc), "temporary ferry"));
  assert_null(strstr(nf_doc_text(doc), "forty years"));
  nf_doc_free(doc);
  // A body the page does not show changes nothing.
  snprintf(
      page, sizeof page,
      "<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\","
      "\"articleBody\":\"%s %s\"}</script></head><body><div id=b>" LETTER LETTER
          LETTER "</div></body></html>",
      "Something else entirely, written for search engines and never shown on "
      "the page itself, with enough words to count as a body.",
      "It goes on about other things: the weather, the trains, the price of "
      "bread, and several more sentences that nobody will ever see on the page "
      "at all, because this is a test of the rule that text not on the page is "
      "never used.");
  doc = extract(page);
  assert_non_null(strstr(nf_doc_text(doc), "forty years"));
  assert_null(strstr(nf_doc_text(doc), "price of bread"));
  nf_doc_free(doc);
}

static void order_and_paragraph_kinds(void **state) {
  (void)state;
  nf_doc *doc = extract(PAGES[4].html);
  const char *t = nf_doc_text(doc);
  const char *a = strstr(t, "close the old bridge"),
             *b = strstr(t, "What happens next"),
             *c = strstr(t, "Ferry from the north"),
             *d = strstr(t, "no choice"), *e = strstr(t, "temporary ferry");
  assert_true(a && b && c && d && e);
  assert_true(a < b && b < c && c < d && d < e);
  // Paragraphs are separated by one blank line; list items are their own.
  assert_non_null(strstr(t, "half hour\n\nExtra buses"));
  nf_doc_free(doc);
}

static void line_breaks_inside_a_paragraph(void **state) {
  (void)state;
  nf_doc *doc = extract(
      "<body><div class=entry-content>" P1 P2
      "<p>The Old Bridge Company<br>12 River Street<br>Springfield, and the"
      " office is open on weekdays until five in the "
      "evening.</p></div></body>");
  assert_non_null(
      strstr(nf_doc_text(doc), "Company\n12 River Street\nSpringfield"));
  nf_doc_free(doc);
}

static void tables_rows_become_lines(void **state) {
  (void)state;
  nf_doc *doc =
      extract("<body><div class=article-body>" P1
              "<table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>"
              "<tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr></table>" P2
              "</div></body>");
  assert_non_null(strstr(nf_doc_text(doc), "1 | Kyle Busch | 5040"));
  nf_doc_free(doc);
}

static void empty_and_textless_pages_fail_cleanly(void **state) {
  (void)state;
  static const char *const PAGES0[] = {
      "<html></html>", "<script>x</script>", "<!-- only a comment",
      "<html><body><nav><a href=/>Home</a></nav></body></html>", ""};
  for (size_t i = 0; i < sizeof PAGES0 / sizeof PAGES0[0]; i++) {
    nf_doc *doc = NULL;
    nf_status st =
        nf_doc_from_memory(CTX, "p.html", PAGES0[i], strlen(PAGES0[i]), &doc);
    if (st) continue;
    assert_int_equal(nf_doc_extract(doc), NF_EEMPTY);
    assert_string_equal(nf_doc_text(doc), "");
    nf_doc_free(doc);
  }
}

// -------------------------------------------------------------- metadata

#define BODY "<body><article>" P1 P2 P3 "</article></body>"

static const struct {
  const char *name;
  const char *head;  // goes into <head>; the body is BODY
  const char *title, *byline, *published, *outlet, *url, *language;
} META[] = {
    {"Open Graph and article tags",
     "<meta property=og:title content=\"Bridge closes for repairs\">"
     "<meta property=og:site_name content=\"The Daily Example\">"
     "<meta name=author content=\"Jane Doe\">"
     "<meta property=article:published_time content=2024-03-05T09:30:00Z>"
     "<link rel=canonical href=https://example.com/news/bridge>",
     "Bridge closes for repairs", "Jane Doe", "2024-03-05T09:30:00Z",
     "The Daily Example", "https://example.com/news/bridge", NULL},
    {"JSON-LD NewsArticle in a @graph",
     "<script "
     "type=\"application/ld+json\">{\"@context\":\"https://"
     "schema.org\",\"@graph\":["
     "{\"@type\":\"WebSite\",\"name\":\"Site\"},"
     "{\"@type\":\"NewsArticle\",\"headline\":\"Bridge "
     "closes\",\"datePublished\":\"2024-03-05\","
     "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane "
     "Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}],"
     "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example "
     "News\"},\"inLanguage\":\"en-GB\"}]}</script>",
     "Bridge closes", "Jane Doe, John Roe", "2024-03-05", "Example News", NULL,
     "en-GB"},
    {"<title> without the site's name",
     "<title>Bridge closes for repairs | The Daily Example</title>",
     "Bridge closes for repairs", NULL, NULL, NULL, NULL, NULL},
    {"<title> with a dash suffix and a site name",
     "<title>Puente cerrado por obras - El Diario</title>"
     "<meta property=og:site_name content=\"El Diario\">",
     "Puente cerrado por obras", NULL, NULL, "El Diario", NULL, NULL},
    {"date from the URL only",
     "<link rel=canonical href=https://example.com/2019/03/12/bridge-closes/>",
     NULL, NULL, "2019-03-12", NULL,
     "https://example.com/2019/03/12/bridge-closes/", NULL},
    {"a relative canonical URL is not kept",
     "<link rel=canonical href=/news/bridge>", NULL, NULL, NULL, NULL, NULL,
     NULL},
    {"content-language and og:locale",
     "<meta http-equiv=Content-Language content=pt-BR>", NULL, NULL, NULL, NULL,
     NULL, "pt-BR"},
    {"og:locale with an underscore", "<meta property=og:locale content=de_DE>",
     NULL, NULL, NULL, NULL, NULL, "de-DE"},
    {"meta author with By", "<meta name=author content=\"By Ana Lima\">", NULL,
     "Ana Lima", NULL, NULL, NULL, NULL},
    {"a byline that runs into the date and a handle",
     "<meta name=author content=\"Bryan Doe @bdoe Nov 19, 2019\">"
     "<meta property=og:site_name content=\"The Post | Breaking news, every "
     "day\">",
     NULL, "Bryan Doe", NULL, "The Post", NULL, NULL},
    {"an outlet given as a URL",
     "<meta property=og:site_name content=\"https://www.example.com/\">", NULL,
     NULL, NULL, "example.com", NULL, NULL},
    {"a placeholder date is no date",
     "<meta property=article:published_time content=0001-01-01T00:00:00Z>",
     NULL, NULL, NULL, NULL, NULL, NULL},
    {"an author URL is not a name",
     "<meta property=article:author "
     "content=\"https://www.facebook.com/someone\">",
     NULL, NULL, NULL, NULL, NULL, NULL},
    {"broken JSON-LD is ignored",
     "<script type=application/ld+json>{\"headline\": \"x\", </script>"
     "<meta property=og:title content=\"Fine title\">",
     "Fine title", NULL, NULL, NULL, NULL, NULL},
    {"a date that cannot be read is not guessed",
     "<meta property=article:published_time content=\"yesterday\">", NULL, NULL,
     NULL, NULL, NULL, NULL},
};

static void check_field(const char *case_name, const char *field,
                        const char *got, const char *want) {
  if (!want) return;
  if (!got || strcmp(got, want) != 0)
    fail_msg("%s: %s is \"%s\", expected \"%s\"", case_name, field,
             got ? got : "(null)", want);
}

static void metadata_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof META / sizeof META[0]; i++) {
    char page[8192];
    snprintf(page, sizeof page, "<html><head>%s</head>%s</html>", META[i].head,
             BODY);
    nf_doc *doc = extract(page);
    check_field(META[i].name, "title", nf_doc_title(doc), META[i].title);
    check_field(META[i].name, "byline", nf_doc_byline(doc), META[i].byline);
    check_field(META[i].name, "published", nf_doc_published(doc),
                META[i].published);
    check_field(META[i].name, "outlet", nf_doc_outlet(doc), META[i].outlet);
    check_field(META[i].name, "url", nf_doc_url(doc), META[i].url);
    check_field(META[i].name, "language", nf_doc_language(doc),
                META[i].language);
    nf_doc_free(doc);
  }
}

static void metadata_absent_stays_null(void **state) {
  (void)state;
  nf_doc *doc = extract(
      "<html><head><meta property=article:published_time content=0001-01-01>"
      "<meta name=date content=yesterday>"
      "<link rel=canonical href=/relative></head>" BODY "</html>");
  assert_null(nf_doc_published(doc));
  assert_null(nf_doc_url(doc));
  assert_null(nf_doc_byline(doc));
  nf_doc_free(doc);
}

static void title_prefers_the_visible_headline(void **state) {
  (void)state;
  nf_doc *doc = extract(
      "<html><head><title>Bridge closes for repairs - The Daily "
      "Example</title></head>"
      "<body><article><h1>Bridge closes for repairs</h1>" P1 P2 P3
      "</article></body></html>");
  assert_string_equal(nf_doc_title(doc), "Bridge closes for repairs");
  nf_doc_free(doc);
}

static void byline_from_itemprop_and_rel(void **state) {
  (void)state;
  nf_doc *doc = extract(
      "<html><body><article><div><span itemprop=author>Maria "
      "Silva</span></div>" P1 P2 P3 "</article></body></html>");
  assert_string_equal(nf_doc_byline(doc), "Maria Silva");
  nf_doc_free(doc);
  doc = extract(
      "<html><body><article><p class=meta>By <a rel=author href=/a/x>Tom "
      "Li</a></p>" P1 P2 P3 "</article></body></html>");
  assert_string_equal(nf_doc_byline(doc), "Tom Li");
  nf_doc_free(doc);
}

static void byline_from_the_visible_text(void **state) {
  (void)state;
  nf_doc *doc = extract(
      "<html><head><title>Bridge closes for "
      "repairs</title></head><body><article>"
      "<h1>Bridge closes for repairs</h1><div class=info>By Ana Souza | 5 "
      "March 2024</div>" P1 P2 P3 "</article></body></html>");
  assert_string_equal(nf_doc_byline(doc), "Ana Souza");
  assert_null(strstr(nf_doc_text(doc), "Ana Souza"));
  nf_doc_free(doc);
}

static void html_lang(void **state) {
  (void)state;
  nf_doc *doc = extract("<html lang=\"fr\"><body><article>" P1 P2
                        "</article></body></html>");
  assert_string_equal(nf_doc_language(doc), "fr");
  nf_doc_free(doc);
}

static int setup(void **state) {
  (void)state;
  CTX = nf_ctx_new(NULL);
  return CTX ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  nf_ctx_free(CTX);
  return 0;
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(tag_table_is_sorted_and_matches_ids),
      cmocka_unit_test(vocabulary_table),
      cmocka_unit_test(hiding_classes_match_whole_names),
      cmocka_unit_test(prepass_table),
      cmocka_unit_test(prepass_bounds_nesting),
      cmocka_unit_test(prepass_records_json_ld),
      cmocka_unit_test(pages_table),
      cmocka_unit_test(json_ld_body_chooses_the_container),
      cmocka_unit_test(order_and_paragraph_kinds),
      cmocka_unit_test(line_breaks_inside_a_paragraph),
      cmocka_unit_test(tables_rows_become_lines),
      cmocka_unit_test(empty_and_textless_pages_fail_cleanly),
      cmocka_unit_test(metadata_table),
      cmocka_unit_test(metadata_absent_stays_null),
      cmocka_unit_test(title_prefers_the_visible_headline),
      cmocka_unit_test(byline_from_itemprop_and_rel),
      cmocka_unit_test(byline_from_the_visible_text),
      cmocka_unit_test(html_lang),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
