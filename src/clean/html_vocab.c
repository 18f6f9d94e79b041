// Class/id vocabulary: what words in an element's class, id and role say
// about it (article body, comments, share bar, ...), in many languages.
//
// The value is normalised first: ASCII letters lower-cased, a word break
// inserted at every non-alphanumeric byte and at camelCase humps, digits
// folded to one symbol ("articleBody_2" -> " article body 0 "). Patterns are
// matched as substrings of that form, so a leading or trailing space in a
// pattern means a word edge: "comment" matches "fb-comments" and
// "commentlist", " ad " only the word "ad" ("ad-slot", "adContainer"),
// never "header" or "shadow". All patterns run at once through an
// Aho-Corasick automaton built on first use (read-only afterwards).
#include <pthread.h>
#include <string.h>

#include "clean/html_int.h"

typedef struct vocab_word {
  const char *pat;
  uint32_t set;    // bits added when the pattern occurs
  uint32_t clear;  // bits removed (applied after every pattern's set)
} vocab_word;

static const vocab_word WORDS[] = {
    // The article body itself.
    {"articlebody", V_BODY, 0},
    {"article body", V_BODY, 0},
    {"article content", V_BODY, 0},
    {"articlecontent", V_BODY, 0},
    {"article text", V_BODY, 0},
    {"articletext", V_BODY, 0},
    {"article entry", V_BODY, 0},
    {"story body", V_BODY, 0},
    {"storybody", V_BODY, 0},
    {"story content", V_BODY, 0},
    {"storycontent", V_BODY, 0},
    {"story text", V_BODY, 0},
    {"entry content", V_BODY, 0},
    {"entrycontent", V_BODY, 0},
    {"entry body", V_BODY, 0},
    {"post content", V_BODY, 0},
    {"postcontent", V_BODY, 0},
    {"post body", V_BODY, 0},
    {"postbody", V_BODY, 0},
    {"post entry", V_BODY, 0},
    {"post text", V_BODY, 0},
    {"body text", V_BODY, 0},
    {"bodytext", V_BODY, 0},
    {"body copy", V_BODY, 0},
    {"news body", V_BODY, 0},
    {"news content", V_BODY, 0},
    {"news text", V_BODY, 0},
    {"news detail", V_BODY, 0},
    {"content body", V_BODY, 0},
    {"blog content", V_BODY, 0},
    {"blog post", V_BODY, 0},
    {"main text", V_BODY, 0},
    {" rich text", V_BODY, 0},
    {"richtext", V_BODY, 0},
    {" field body", V_BODY, 0},
    {"name body", V_BODY, 0},
    {"texto noticia", V_BODY, 0},
    {"cuerpo noticia", V_BODY, 0},
    {"contenido noticia", V_BODY, 0},
    {"conteudo materia", V_BODY, 0},
    {"corpo materia", V_BODY, 0},
    {"corpo noticia", V_BODY, 0},
    {"texto materia", V_BODY, 0},
    {"artikel text", V_BODY, 0},
    {"artikeltext", V_BODY, 0},
    {"artikel inhalt", V_BODY, 0},
    {"testo articolo", V_BODY, 0},
    {"corpo articolo", V_BODY, 0},
    {"article texte", V_BODY, 0},
    {"contenu article", V_BODY, 0},
    {"detail text", V_BODY, 0},
    {"isi berita", V_BODY, 0},
    {"haber detay", V_BODY, 0},

    // Content-ish words: a mild bonus, and they protect an element from
    // weak negative words ("content-with-sidebar").
    {" article", V_CONTENT, 0},
    {" content", V_CONTENT, 0},
    {" post ", V_CONTENT, 0},
    {" entry", V_CONTENT, 0},
    {" story", V_CONTENT, 0},
    {" text ", V_CONTENT, 0},
    {" body ", V_CONTENT, 0},
    {" main ", V_CONTENT, 0},
    {" blog", V_CONTENT, 0},
    {" news", V_CONTENT, 0},
    {" single", V_CONTENT, 0},
    {" detail", V_CONTENT, 0},
    {" texto", V_CONTENT, 0},
    {" texte", V_CONTENT, 0},
    {" contenido", V_CONTENT, 0},
    {" conteudo", V_CONTENT, 0},
    {" contenu", V_CONTENT, 0},
    {" artikel", V_CONTENT, 0},
    {" articolo", V_CONTENT, 0},
    {" articulo", V_CONTENT, 0},
    {" inhalt", V_CONTENT, 0},
    {" noticia", V_CONTENT, 0},
    {" nota ", V_CONTENT, 0},
    {" corpo", V_CONTENT, 0},
    {" cuerpo", V_CONTENT, 0},
    {" materia", V_CONTENT, 0},
    {" testo", V_CONTENT, 0},
    {" tresc", V_CONTENT, 0},
    {" tekst", V_CONTENT, 0},
    {" berita", V_CONTENT, 0},
    {" konten", V_CONTENT, 0},
    {" haber", V_CONTENT, 0},
    {" icerik", V_CONTENT, 0},
    {" bericht", V_CONTENT, 0},
    {" nieuws", V_CONTENT, 0},
    {" clanek", V_CONTENT, 0},
    {" statya", V_CONTENT, 0},

    // Comments.
    {"comment", V_COMMENT, 0},
    {"commentary", 0, V_COMMENT},  // an opinion piece, not its comments
    {"disqus", V_COMMENT, 0},
    {" respond", V_COMMENT, 0},
    {" reply", V_COMMENT, 0},
    {" replies", V_COMMENT, 0},
    {" discussion", V_COMMENT, 0},
    {"kommentar", V_COMMENT, 0},
    {"comentario", V_COMMENT, 0},
    {"commento", V_COMMENT, 0},
    {"commenti", V_COMMENT, 0},
    {"commentaire", V_COMMENT, 0},
    {"komentar", V_COMMENT, 0},
    {" yorum", V_COMMENT, 0},
    {"reacties", V_COMMENT, 0},

    // Share bars and social links.
    {"share", V_SHARE, 0},
    {"sharing", V_SHARE, 0},
    {"social", V_SHARE, 0},
    {"sociable", V_SHARE, 0},
    {"addthis", V_SHARE, 0},
    {" follow ", V_SHARE, 0},
    {" follow us", V_SHARE, 0},
    {"facebook", V_SHARE, 0},
    {"twitter", V_SHARE, 0},
    // Embedded posts are quoted in the story, not share buttons.
    {"twitter tweet", 0, V_SHARE},
    {"instagram media", 0, V_SHARE},
    {"tiktok embed", 0, V_SHARE},
    {" fb post", 0, V_SHARE},
    {" embed", 0, V_SHARE},  // social-media-embed, embedded-tweet
    {"whatsapp", V_SHARE, 0},
    {"pinterest", V_SHARE, 0},
    {"linkedin", V_SHARE, 0},
    {" email ", V_SHARE, 0},
    {" print ", V_SHARE, 0},
    {" tools ", V_SHARE, 0},
    {"compartir", V_SHARE, 0},
    {"compartilhar", V_SHARE, 0},
    {"partage", V_SHARE, 0},
    {"teilen", V_SHARE, 0},
    {"condivid", V_SHARE, 0},
    {"bagikan", V_SHARE, 0},
    {"paylas", V_SHARE, 0},

    // Related and recommended stories.
    {"related", V_RELATED, 0},
    {"relacionad", V_RELATED, 0},
    {"relacionad", V_RELATED, 0},
    {"correlat", V_RELATED, 0},
    {"verwandt", V_RELATED, 0},
    {"recommend", V_RELATED, 0},
    {"recomend", V_RELATED, 0},
    {"recirc", V_RELATED, 0},
    {"outbrain", V_RELATED, 0},
    {"taboola", V_RELATED, 0},
    {"trending", V_RELATED, 0},
    {" popular", V_RELATED, 0},
    {"most read", V_RELATED, 0},
    {"mostread", V_RELATED, 0},
    {"most viewed", V_RELATED, 0},
    {"most popular", V_RELATED, 0},
    {"more stories", V_RELATED, 0},
    {"more news", V_RELATED, 0},
    {"more from", V_RELATED, 0},
    {"more articles", V_RELATED, 0},
    {"more posts", V_RELATED, 0},
    {"read more", V_RELATED, 0},
    {"readmore", V_RELATED, 0},
    {"read next", V_RELATED, 0},
    {"also read", V_RELATED, 0},
    {"see also", V_RELATED, 0},
    {"next post", V_RELATED, 0},
    {"prev post", V_RELATED, 0},
    {"previous post", V_RELATED, 0},
    {"post navigation", V_RELATED, 0},
    {"post nav", V_RELATED, 0},
    {" suggest", V_RELATED, 0},
    {" you may", V_RELATED, 0},
    {" latest", V_RELATED, 0},
    {" similar", V_RELATED, 0},
    {"leia tambem", V_RELATED, 0},
    {"lees ook", V_RELATED, 0},

    // Promotions, newsletters, paywalls.
    {"promo", V_PROMO, 0},
    {"newsletter", V_PROMO, 0},
    {"subscri", V_PROMO, 0},
    {"suscri", V_PROMO, 0},
    {"abonn", V_PROMO, 0},
    {"signup", V_PROMO, 0},
    {"sign up", V_PROMO, 0},
    {"paywall", V_PROMO, 0},
    {" donat", V_PROMO, 0},
    {"membership", V_PROMO, 0},
    {" register", V_PROMO, 0},
    {" login", V_PROMO, 0},
    {" log in", V_PROMO, 0},
    {" signin", V_PROMO, 0},
    {" sign in", V_PROMO, 0},
    {" cta ", V_PROMO, 0},
    {" upsell", V_PROMO, 0},
    {" banner", V_PROMO, 0},
    {" popup", V_PROMO, 0},
    {" modal", V_PROMO, 0},
    {" overlay", V_PROMO, 0},

    // Advertising.
    {" ad ", V_AD, 0},
    {" ads ", V_AD, 0},
    {" adv ", V_AD, 0},
    {"advert", V_AD, 0},
    {"adslot", V_AD, 0},
    {" ad slot", V_AD, 0},
    {"adunit", V_AD, 0},
    {" ad unit", V_AD, 0},
    {" adbox", V_AD, 0},
    {"adsense", V_AD, 0},
    {" adwrap", V_AD, 0},
    {" adcontainer", V_AD, 0},
    {" dfp", V_AD, 0},
    {" gpt ", V_AD, 0},
    {"doubleclick", V_AD, 0},
    {"sponsor", V_AD, 0},
    {"affiliate", V_AD, 0},
    {"publicidad", V_AD, 0},
    {"publicite", V_AD, 0},
    {"pubblicit", V_AD, 0},
    {"werbung", V_AD, 0},
    {"anzeige", V_AD, 0},
    {"reklam", V_AD, 0},
    {" iklan", V_AD, 0},

    // Cookie and consent notices.
    {"cookie", V_COOKIE, 0},
    {"consent", V_COOKIE, 0},
    {"gdpr", V_COOKIE, 0},

    // Navigation.
    {" nav", V_NAV, 0},
    {"subnav", V_NAV, 0},
    {"menu", V_NAV, 0},
    {"breadcrumb", V_NAV, 0},
    {"pagination", V_NAV, 0},
    {" pager", V_NAV, 0},
    {" paging", V_NAV, 0},
    {"toolbar", V_NAV, 0},
    {" tabs ", V_NAV, 0},
    {" skip", V_NAV, 0},
    {" sitemap", V_NAV, 0},
    {" topbar", V_NAV, 0},
    {" top bar", V_NAV, 0},
    {" jump to", V_NAV, 0},

    // Bylines, dates, tags: article metadata, not its text.
    {"byline", V_META, 0},
    {" author", V_META, 0},
    {" autor", V_META, 0},
    {" auteur", V_META, 0},
    {"dateline", V_META, 0},
    {" date", V_META, 0},
    {" fecha", V_META, 0},
    {" datum", V_META, 0},
    {"timestamp", V_META, 0},
    {" time ", V_META, 0},
    {" posted", V_META, 0},
    {" published", V_META, 0},
    {" pubdate", V_META, 0},
    {" updated", V_META, 0},
    {" meta ", V_META, 0},
    {" metadata", V_META, 0},
    {"postmeta", V_META, 0},
    {"entrymeta", V_META, 0},
    {" tags", V_META, 0},
    {" tag ", V_META, 0},
    {" tagged", V_META, 0},
    {"taglist", V_META, 0},
    {" category", V_META, 0},
    {" categories", V_META, 0},
    {" topics", V_META, 0},
    {" keywords", V_META, 0},
    {" bio ", V_META, 0},
    {"avatar", V_META, 0},
    {" penulis", V_META, 0},
    {" yazar", V_META, 0},
    {" firma", V_META, 0},

    // Captions and credits.
    {"caption", V_CAPTION, 0},
    {" credit", V_CAPTION, 0},
    {"legend", V_CAPTION, 0},
    {"didascalia", V_CAPTION, 0},
    {"bildunterschrift", V_CAPTION, 0},
    {" gallery", V_CAPTION, 0},
    {" slideshow", V_CAPTION, 0},

    // Footers.
    {"footer", V_FOOTER, 0},
    {" foot ", V_FOOTER, 0},
    {"copyright", V_FOOTER, 0},
    {"disclaimer", V_FOOTER, 0},
    {"colophon", V_FOOTER, 0},
    {" legal", V_FOOTER, 0},
    {" rodape", V_FOOTER, 0},

    // Sidebars and widgets.
    {"sidebar", V_SIDEBAR, 0},
    {" side bar", V_SIDEBAR, 0},
    {" aside", V_SIDEBAR, 0},
    {" rail", V_SIDEBAR, 0},
    {"sidebox", V_SIDEBAR, 0},
    {" secondary", V_SIDEBAR, 0},
    {"complementary", V_SIDEBAR, 0},

    // Headers and headlines.
    {"header", V_HEADER, 0},
    {"masthead", V_HEADER, 0},
    {"headline", V_HEADLINE, 0},
    {" title", V_HEADLINE, 0},
    {" kicker", V_HEADLINE, 0},
    {" eyebrow", V_HEADLINE, 0},
};

// Symbols: 0 word break, 1..26 letters, 27 digit.
#define NSYM 28
#define MAX_STATES 4096

typedef struct automaton {
  uint16_t next[MAX_STATES][NSYM];
  uint32_t set[MAX_STATES], clear[MAX_STATES];
  size_t n;
} automaton;

static automaton AC;
static pthread_once_t AC_ONCE = PTHREAD_ONCE_INIT;

static int sym_of(unsigned char c) {
  if (c >= 'a' && c <= 'z') return c - 'a' + 1;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 1;
  if (c >= '0' && c <= '9') return 27;
  return 0;
}

static void build(void) {
  automaton *a = &AC;
  memset(a, 0, sizeof *a);
  a->n = 1;
  // Trie; 0 in next[][] means "no edge" while building (state 0 is the
  // root and is never a child).
  for (size_t w = 0; w < sizeof WORDS / sizeof WORDS[0]; w++) {
    size_t s = 0;
    for (const char *p = WORDS[w].pat; *p; p++) {
      int c = *p == ' ' ? 0 : sym_of((unsigned char)*p);
      if (!a->next[s][c]) {
        if (a->n >= MAX_STATES) return;  // cannot happen with this table
        a->next[s][c] = (uint16_t)a->n++;
      }
      s = a->next[s][c];
    }
    a->set[s] |= WORDS[w].set;
    a->clear[s] |= WORDS[w].clear;
  }
  // Breadth-first: failure links folded into a full transition table.
  static uint16_t fail[MAX_STATES], queue[MAX_STATES];
  size_t qh = 0, qt = 0;
  for (int c = 0; c < NSYM; c++) {
    uint16_t t = a->next[0][c];
    if (t) {
      fail[t] = 0;
      queue[qt++] = t;
    }
  }
  while (qh < qt) {
    uint16_t s = queue[qh++];
    a->set[s] |= a->set[fail[s]];
    a->clear[s] |= a->clear[fail[s]];
    for (int c = 0; c < NSYM; c++) {
      uint16_t t = a->next[s][c];
      if (t) {
        fail[t] = a->next[fail[s]][c];
        queue[qt++] = t;
      } else {
        a->next[s][c] = a->next[fail[s]][c];
      }
    }
  }
}

// Classes that hide an element, matched as whole class names: "hidden"
// inside a compound ("field-label-hidden") says something else is hidden.
static const nf_sv HIDING[] = {NF_SV_INIT("hidden"),
                               NF_SV_INIT("hide"),
                               NF_SV_INIT("d-none"),
                               NF_SV_INIT("sr-only"),
                               NF_SV_INIT("visually-hidden"),
                               NF_SV_INIT("visuallyhidden"),
                               NF_SV_INIT("screen-reader-text"),
                               NF_SV_INIT("screen-reader-only"),
                               NF_SV_INIT("screenreader-only"),
                               NF_SV_INIT("element-invisible"),
                               NF_SV_INIT("element-hidden"),
                               NF_SV_INIT("is-hidden"),
                               NF_SV_INIT("u-hidden"),
                               NF_SV_INIT("invisible"),
                               NF_SV_INIT("offscreen"),
                               NF_SV_INIT("hidden-visually"),
                               NF_SV_INIT("a11y-hidden"),
                               NF_SV_INIT("sronly"),
                               NF_SV_INIT("visually-hidden-focusable"),
                               NF_SV_INIT("js-hidden"),
                               NF_SV_INIT("is-visually-hidden"),
                               NF_SV_INIT("u-visually-hidden"),
                               NF_SV_INIT("hide-text"),
                               NF_SV_INIT("hidden-text")};

bool Nf_html_class_hides(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    while (i < n && Nf_ascii_space((unsigned char)s[i])) i++;
    size_t j = i;
    while (j < n && !Nf_ascii_space((unsigned char)s[j])) j++;
    nf_sv tok = Nf_sv(s + i, j - i);
    i = j;
    if (tok.n < 4 || tok.n > 25) continue;
    // Every name above starts with one of these letters.
    unsigned char f = Nf_ascii_lower((unsigned char)tok.p[0]);
    if (f != 'h' && f != 'd' && f != 's' && f != 'v' && f != 'e' && f != 'i' &&
        f != 'u' && f != 'o' && f != 'a' && f != 'j')
      continue;
    for (size_t k = 0; k < sizeof HIDING / sizeof HIDING[0]; k++)
      if (HIDING[k].n == tok.n && (unsigned char)HIDING[k].p[0] == f &&
          Nf_sv_ieq(tok, Nf_sv(HIDING[k].p, tok.n)))
        return true;
  }
  return false;
}

uint32_t Nf_html_vocab(const char *s, size_t n) {
  pthread_once(&AC_ONCE, build);
  const automaton *a = &AC;
  if (n > NF_HTML_MAX_CLASS_BYTES) n = NF_HTML_MAX_CLASS_BYTES;
  uint32_t set = 0, clear = 0;
  // A word break before the value, then each byte; a break is inserted
  // at a camelCase hump (lower-case letter then capital).
  unsigned st = a->next[0][0];
  int prev = 0;  // symbol of the previous byte
  bool prev_lower = false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    int sym = sym_of(c);
    if (sym == 0 && prev == 0) continue;  // runs of breaks are one break
    if (prev_lower && c >= 'A' && c <= 'Z') {
      st = a->next[st][0];
      set |= a->set[st];
      clear |= a->clear[st];
    }
    st = a->next[st][sym];
    set |= a->set[st];
    clear |= a->clear[st];
    prev = sym;
    prev_lower = c >= 'a' && c <= 'z';
  }
  st = a->next[st][0];
  set |= a->set[st];
  clear |= a->clear[st];
  return set & ~clear;
}
