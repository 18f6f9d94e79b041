#include "reconcile/lexicon.h"

#include <string.h>

#include "reconcile/lexicon_tab.h"
#include "text/wordset.h"

enum { N_LEX = sizeof NF_LEXICON / sizeof NF_LEXICON[0] };

static int cmp_first(nf_sv w, const nf_lex_entry *e) {
  size_t n = w.n < e->first_len ? w.n : e->first_len;
  int c = memcmp(w.p, e->form, n);
  if (c) return c;
  return w.n < e->first_len ? -1 : w.n > e->first_len ? 1 : 0;
}

// Does entry e match the words starting at words[0]?
static bool matches(const nf_lex_entry *e, const nf_sv *words, size_t n) {
  if (e->n_words > n) return false;
  const char *p = e->form;
  for (size_t i = 0; i < e->n_words; i++) {
    size_t len = strcspn(p, " ");
    if (len != words[i].n || memcmp(p, words[i].p, len) != 0) return false;
    p += len + (p[len] == ' ');
  }
  return true;
}

const nf_lex_entry *Nf_lexicon_match(const nf_sv *words, size_t n,
                                     size_t *used) {
  *used = 0;
  if (!n || !words[0].n) return NULL;
  size_t lo = 0, hi = N_LEX;
  while (lo < hi) {  // first entry whose first word is >= words[0]
    size_t mid = lo + (hi - lo) / 2;
    if (cmp_first(words[0], &NF_LEXICON[mid]) > 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  const nf_lex_entry *best = NULL;
  for (size_t i = lo; i < N_LEX && cmp_first(words[0], &NF_LEXICON[i]) == 0;
       i++) {
    const nf_lex_entry *e = &NF_LEXICON[i];
    if ((!best || e->n_words > best->n_words) && matches(e, words, n)) best = e;
  }
  if (best) *used = best->n_words;
  return best;
}

bool Nf_lexicon_is_media(const char *name) {
  if (!name) return false;
  // Fold into words: lower case, letters, digits and hyphens.
  char buf[256];
  nf_sv words[16];
  size_t n = 0, o = 0;
  for (const char *p = name; *p && n < 16 && o < sizeof buf - 1;) {
    while (*p && !(Nf_ascii_alpha((unsigned char)*p) ||
                   Nf_ascii_digit((unsigned char)*p)))
      p++;
    if (!*p) break;
    size_t start = o;
    while (*p && o < sizeof buf - 1 &&
           (Nf_ascii_alpha((unsigned char)*p) ||
            Nf_ascii_digit((unsigned char)*p) || *p == '-'))
      buf[o++] = (char)Nf_ascii_lower((unsigned char)*p++);
    words[n++] = Nf_sv(buf + start, o - start);
  }
  size_t first = (n && Nf_sv_eq(words[0], NF_SV_LIT("the"))) ? 1 : 0;
  if (first >= n) return false;
  static const char *const outlet_words[] = {
      "news",        "television",   "tv",    "radio", "newspaper",
      "broadcaster", "broadcasting", "press", "media", "gazette",
      "tribune",     "times",        "herald"};
  for (size_t i = first; i < n; i++) {
    if (Nf_sv_eq(words[i], NF_SV_LIT("secretary"))) return false;
    for (size_t k = 0; k < sizeof outlet_words / sizeof outlet_words[0]; k++)
      if (Nf_sv_eq(words[i], Nf_sv_cstr(outlet_words[k]))) return true;
  }
  size_t used;
  const nf_lex_entry *e = Nf_lexicon_match(words + first, n - first, &used);
  // "AFP", "AFP news agency", "the Associated Press".
  return e && e->kind == NF_LEX_MEDIA && n - first - used <= 2;
}

// Whoever did it, whatever the weapon, one or several.
static const char *const ATTACKER[] = {
    "assailant", "assailants", "attacker", "attackers",   "bomber",
    "bombers",   "gunman",     "gunmen",   "hijacker",    "hijackers",
    "killer",    "killers",    "knifeman", "perpetrator", "perpetrators",
    "shooter",   "shooters",   "stabber",  "suspect",     "suspects"};
// Words that make a person an official rather than a witness.
static const char *const OFFICIAL[] = {
    "ambassador",   "attorney",     "captain",        "chief",      "colonel",
    "commander",    "commissioner", "coroner",        "deputy",     "detective",
    "director",     "examiner",     "general",        "governor",   "head",
    "lieutenant",   "marshal",      "mayor",          "minister",   "officer",
    "official",     "police",       "president",      "prosecutor", "secretary",
    "senator",      "sergeant",     "sheriff",        "spokesman",  "spokesmen",
    "spokesperson", "spokeswoman",  "superintendent", "trooper"};

// Looked up by hash, any case (text/wordset.h).
static nf_wordset CLASSES[NF_LEXC__COUNT] = {
    [NF_LEXC_ATTACKER] = NF_WORDSET(ATTACKER),
    [NF_LEXC_OFFICIAL] = NF_WORDSET(OFFICIAL),
};

bool Nf_lexicon_class_has(nf_lex_class c, nf_sv word) {
  return c < NF_LEXC__COUNT &&
         Nf_wordset_find(&CLASSES[c], word.p, word.n) >= 0;
}

bool Nf_lexicon_class_any(nf_lex_class c, nf_sv text) {
  for (size_t i = 0; i < text.n;) {
    if (!Nf_ascii_alpha((unsigned char)text.p[i])) {
      i++;
      continue;
    }
    size_t j = i;
    while (j < text.n && Nf_ascii_alpha((unsigned char)text.p[j])) j++;
    if (Nf_lexicon_class_has(c, Nf_sv(text.p + i, j - i))) return true;
    i = j;
  }
  return false;
}
