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

// Verbs of people hit by an attack, whatever its weapon: "four people were
// shot", "three were stabbed", "two pedestrians were struck", "run over".
static const char *const HIT_AFTER[] = {"hit", "run", "shot", "stabbed",
                                        "struck"};
// The same verbs before the count: "shooting 11 people", "stabbed three".
static const char *const HIT_BEFORE[] = {
    "hit",      "hitting", "shooting", "shoots",   "shot",  "stabbed",
    "stabbing", "stabs",   "strikes",  "striking", "struck"};
static const char *const HURT[] = {"hurt", "injured", "wounded"};
static const char *const DEAD[] = {"dead", "died", "fatally", "killed"};
static const char *const DIE[] = {"died", "dies", "succumbed", "succumbs"};
// People a headline tells of: "Third victim dies", "Teen shot Saturday
// dies".
static const char *const PERSON[] = {
    "baby",     "boy",     "child",  "deputy",  "girl",    "infant",
    "man",      "officer", "people", "person",  "student", "teen",
    "teenager", "toddler", "victim", "victims", "woman"};
// Kin words, and words, that may name a child ("his sister" may be "a
// 10-year-old girl"); other words for men and women name adults.
static const char *const KIN_CHILD[] = {
    "boy",    "brother",       "child",        "cousin", "daughter", "friend",
    "girl",   "granddaughter", "grandson",     "nephew", "niece",    "sibling",
    "sister", "son",           "stepdaughter", "stepson"};
// A young child, never "a man" or "a woman": "the toddler", "a
// fourth-grader".
static const char *const YOUNG[] = {
    "baby",          "grader",  "infant",      "kindergartener",
    "kindergartner", "newborn", "preschooler", "toddler"};
// Limbs: "shot in the leg", "a bullet grazed his arm" tell of a wound
// rather than a death.
static const char *const LIMB[] = {
    "ankle", "ankles", "arm",      "arms",      "buttock", "buttocks", "elbow",
    "feet",  "foot",   "hand",     "hands",     "hip",     "knee",     "knees",
    "leg",   "legs",   "shoulder", "shoulders", "thigh",   "thighs",   "wrist"};
// Words a headline tells a death with: "Man killed", "fatal shooting",
// "teen dies", "murder suspect", "slaying".
static const char *const DEATH[] = {
    "dead",    "deadly",  "death",        "deaths",   "die",      "died",
    "dies",    "fatal",   "fatally",      "homicide", "kill",     "killed",
    "killing", "kills",   "manslaughter", "murder",   "murdered", "murders",
    "slain",   "slaying", "slayings",     "succumbs", "succumbed"};
// Words after "killed" that make it a description, not an act ("officers
// killed in the fighting").
static const char *const AFTER_PASSIVE[] = {
    "after", "as", "at",      "before", "by",    "during", "in",   "inside",
    "near",  "on", "outside", "over",   "since", "when",   "while"};

// Looked up by hash, any case (text/wordset.h).
static nf_wordset CLASSES[NF_LEXC__COUNT] = {
    [NF_LEXC_ATTACKER] = NF_WORDSET(ATTACKER),
    [NF_LEXC_OFFICIAL] = NF_WORDSET(OFFICIAL),
    [NF_LEXC_HIT_AFTER] = NF_WORDSET(HIT_AFTER),
    [NF_LEXC_HIT_BEFORE] = NF_WORDSET(HIT_BEFORE),
    [NF_LEXC_HURT] = NF_WORDSET(HURT),
    [NF_LEXC_DEAD] = NF_WORDSET(DEAD),
    [NF_LEXC_DIE] = NF_WORDSET(DIE),
    [NF_LEXC_PERSON] = NF_WORDSET(PERSON),
    [NF_LEXC_KIN_CHILD] = NF_WORDSET(KIN_CHILD),
    [NF_LEXC_YOUNG] = NF_WORDSET(YOUNG),
    [NF_LEXC_AFTER_PASSIVE] = NF_WORDSET(AFTER_PASSIVE),
    [NF_LEXC_LIMB] = NF_WORDSET(LIMB),
    [NF_LEXC_DEATH] = NF_WORDSET(DEATH),
};

// Counts over a period ("the city recorded 305 homicides that year", "so
// far", "in 24 hours") are background to a story, not its event.
static const char *const PERIOD[] = {"this year",
                                     "that year",
                                     "last year",
                                     "so far",
                                     "year to date",
                                     "per year",
                                     "a year",
                                     "each year",
                                     "every year",
                                     "annually",
                                     "this month",
                                     "last month",
                                     "in the past",
                                     "over the past",
                                     "statistics",
                                     "on average",
                                     "nationwide",
                                     "per capita",
                                     "in the last",
                                     "over the last",
                                     "in one week",
                                     "in a week",
                                     "within a week",
                                     "in one month",
                                     "in a month",
                                     "in two weeks",
                                     "in 24 hours",
                                     "in 48 hours",
                                     NULL};
// Tallies of several events: a wider scope than one event. Not "across
// the city" alone: a war's strikes across a city are often the event.
static const char *const TALLY[] = {"separate shootings",
                                    "separate incidents",
                                    "separate shooting",
                                    "separate attacks",
                                    "shooting incidents",
                                    "shootings across",
                                    "violent weekend",
                                    "weekend of violence",
                                    "weekend violence",
                                    "violent night",
                                    "night of violence",
                                    "bloody night",
                                    "bloody weekend",
                                    "multiple shootings",
                                    "rash of shootings",
                                    "spate of",
                                    "string of shootings",
                                    "in shootings",
                                    "overnight shootings",
                                    "weekend shootings",
                                    "shot across",
                                    "across the country",
                                    "wounded across",
                                    "killed across",
                                    "in separate",
                                    "series of",
                                    "stretch",
                                    "violent 24 hours",
                                    "violent day",
                                    "hour span",
                                    "hour period",
                                    "day span",
                                    "span of",
                                    NULL};
// Nouns of several events, and the words before them that count them
// ("4 shootings in 4 days", "several Fourth of July shootings", "overnight
// shootings").
static const char *const EVENTS[] = {"shootings", "incidents", "stabbings",
                                     "homicides", "murders",   NULL};
static const char *const EVENT_COUNTS[] = {
    "two",      "three",    "four",      "five",   "six",         "seven",
    "eight",    "nine",     "ten",       "eleven", "twelve",      "several",
    "multiple", "numerous", "a dozen",   "dozens", "a number of", "overnight",
    "weekend",  "holiday",  "unrelated", "recent", "other",       NULL};

static const char *const *const PHRASES[NF_LEXP__COUNT] = {
    [NF_LEXP_PERIOD] = PERIOD,
    [NF_LEXP_TALLY] = TALLY,
    [NF_LEXP_EVENTS] = EVENTS,
    [NF_LEXP_EVENT_COUNTS] = EVENT_COUNTS,
};

const char *const *Nf_lexicon_phrases(nf_lex_phrases p) {
  static const char *const none[] = {NULL};
  return p < NF_LEXP__COUNT ? PHRASES[p] : none;
}

bool Nf_lexicon_phrase_any(nf_lex_phrases p, nf_sv text) {
  for (const char *const *ph = Nf_lexicon_phrases(p); *ph; ph++)
    if (Nf_sv_ifind(text, Nf_sv_cstr(*ph)) >= 0) return true;
  return false;
}

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
