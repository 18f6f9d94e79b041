// Places: names of countries, regions, counties and towns found in the
// gazetteer (longest match first), with the ambiguous ones resolved by the
// rest of the report: a state or country right after ("Damascus, Oregon"),
// else the country the report talks about most (a division or country of
// that name first: "Georgia" in American news is the state), else the
// most likely (see data/gazetteer/README.md).
// Unknown names after "village of", "town of", or before "airbase",
// "province" are kept as places of the report's main country.
#include <string.h>
#include <utf8proc.h>

#include "core/alloc.h"
#include "extract/gazetteer.h"
#include "extract/scan.h"

enum { MAX_NAME_TOKENS = 5, KEY_MAX = 96 };

// The normal form of a name (as tools/gen-gazetteer makes it): marks
// removed, case folded, hyphens as spaces, apostrophes and full stops
// dropped, spaces collapsed; only a-z, 0-9 and space. Returns its length,
// or 0 when the text has other characters or is too long.
static size_t norm_key(const char *s, size_t n, char *out) {
  size_t k = 0;
  bool space = false;
  size_t i = 0;
  while (i < n) {
    unsigned char ch = (unsigned char)s[i];
    if (ch < 0x80) {
      i++;
      if (ch >= 'A' && ch <= 'Z') ch = (unsigned char)(ch + 32);
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        if (space && k) {
          if (k + 1 >= KEY_MAX) return 0;
          out[k++] = ' ';
        }
        space = false;
        if (k + 1 >= KEY_MAX) return 0;
        out[k++] = (char)ch;
      } else if (ch == ' ' || ch == '-' || ch == '_' || ch == '/' ||
                 ch == '\t' || ch == '\n') {
        space = true;
      } else if (ch == '\'' || ch == '.' || ch == '`') {
        // dropped
      } else {
        return 0;
      }
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                            (utf8proc_ssize_t)(n - i), &cp);
    if (len <= 0) return 0;
    i += (size_t)len;
    if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xA0) {
      space = true;
      continue;
    }
    if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x02BB ||
        cp == 0x02BF || cp == 0x02BE)
      continue;
    utf8proc_int32_t dec[8];
    int opts = UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
               UTF8PROC_STRIPMARK;
    utf8proc_ssize_t nd = utf8proc_decompose_char(cp, dec, 8, opts, NULL);
    if (nd <= 0 || nd > 8) return 0;
    for (utf8proc_ssize_t d = 0; d < nd; d++) {
      utf8proc_int32_t c = dec[d];
      if (utf8proc_category(c) == UTF8PROC_CATEGORY_MN) continue;
      if (c >= 'A' && c <= 'Z') c += 32;
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return 0;
      if (space && k) {
        if (k + 1 >= KEY_MAX) return 0;
        out[k++] = ' ';
      }
      space = false;
      if (k + 1 >= KEY_MAX) return 0;
      out[k++] = (char)c;
    }
  }
  out[k] = 0;
  return k;
}

static uint64_t fnv64(const char *s, size_t n) {
  uint64_t h = 0xCBF29CE484222325ull;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 0x100000001B3ull;
  return h;
}

// The first index of the sorted v[0, n) holding h or more.
static size_t lower_bound(const uint64_t *v, size_t n, uint64_t h) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (v[mid] < h)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

size_t Nf_gz_lookup(const char *key, size_t n, uint32_t *first) {
  uint64_t h = fnv64(key, n);
  size_t i = lower_bound(Nf_gz_hashes, Nf_gz_n_keys, h);
  if (i >= Nf_gz_n_keys || Nf_gz_hashes[i] != h) return 0;
  *first = Nf_gz_keylists[i] >> 8;
  return Nf_gz_keylists[i] & 0xFF;
}

static bool starts_a_name(const char *key, size_t n) {
  uint64_t h = fnv64(key, n);
  size_t i = lower_bound(Nf_gz_firsts, Nf_gz_n_firsts, h);
  return i < Nf_gz_n_firsts && Nf_gz_firsts[i] == h;
}

// Does token i start a name of several words?
static bool starts_a_name_at(const sc *c, size_t i) {
  char key[KEY_MAX];
  size_t kn = norm_key(c->s + c->t[i].start, c->t[i].end - c->t[i].start, key);
  return kn && starts_a_name(key, kn);
}

// Look up tokens [a, b) as one name.
static size_t lookup_tokens(const sc *c, size_t a, size_t b, uint32_t *first) {
  if (a >= b) return 0;
  const char *p = c->s + c->t[a].start;
  size_t n = c->t[b - 1].end - c->t[a].start;
  char key[KEY_MAX];
  size_t k = norm_key(p, n, key);
  if (!k) return 0;
  // A final full stop is kept only for abbreviations ("Calif.", "N.Y.").
  if (c->t[b - 1].kind == NF_TOK_PUNCT && c->t[b - 1].cp == '.') {
    if (k + 2 > KEY_MAX) return 0;
    key[k++] = '.';
    key[k] = 0;
  }
  return Nf_gz_lookup(key, k, first);
}

// The hash of the normal form of tokens [a, b) (0 when none).
static uint64_t name_hash(const sc *c, size_t a, size_t b) {
  char key[KEY_MAX];
  size_t k =
      norm_key(c->s + c->t[a].start, c->t[b - 1].end - c->t[a].start, key);
  return k ? fnv64(key, k) : 0;
}

bool Nf_fx_is_place(fx *x, size_t si, size_t a, size_t b) {
  sc c = sc_sent(x, si);
  uint32_t first;
  return lookup_tokens(&c, a, b, &first) > 0;
}

// Can a name span run over token i (after a capitalised start)?
static bool name_tok(const sc *c, size_t i) {
  if (i >= c->b) return false;
  const nf_tok *t = &c->t[i];
  // "Prince George's County": a possessive inside a name
  if (t->kind == NF_TOK_WORD) return !(t->flags & NF_TF_POSS) || CAP(c, i + 1);
  if (t->kind == NF_TOK_PUNCT)
    return (Nf_cp_is_hyphen(t->cp) || t->cp == '.') && (t->flags & NF_TF_GLUE);
  return false;
}

typedef struct cand {
  size_t si, a, b;
  uint32_t first, count;  // places in Nf_gz_lists
  int chosen;             // index into Nf_gz_places, or -1 (unknown)
  bool unknown;           // a cue said "place" but the gazetteer has none
  bool inner;             // a word of a longer name that is no place
  bool surname;           // ... that ends a person's name
  bool lead;              // a capitalised word follows (a weak sign)
  bool again;             // the word that ended a person's name before
  bool qualified;         // "Damascus, Oregon": the next name chose it
  bool street;            // "Tyler Street": no place, but its country's
  bool weak;              // one word whose capital says nothing (a line in
                          // title case or capitals, a sentence's start)
  bool common;            // ... that the report writes in lower case too
  uint64_t key;           // hash of its normal form
} cand;

// Mark the tokens inside actors' names ("Human" in "Syrian Observatory
// for Human Rights" is no place). covered[in] has one byte per token.
static bool mark_actors(fx *x, uint8_t *covered[2]) {
  const nf_allocator *al = &x->doc->ctx->alloc;
  for (int in = 0; in < 2; in++) {
    covered[in] = Nf_calloc(al, x->toks[in].n ? x->toks[in].n : 1, 1);
    if (!covered[in]) return false;
  }
  for (size_t i = 0; i < x->f->n_actors; i++) {
    const nf_actor *a = &x->f->actors[i];
    for (size_t m = 0; m < a->n_mentions; m++) {
      const nf_span *sp = &a->mentions[m];
      const nf_toks *tk = &x->toks[sp->in];
      size_t lo = 0, hi = tk->n;  // first token starting at or after start
      while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (tk->v[mid].start < sp->start)
          lo = mid + 1;
        else
          hi = mid;
      }
      for (size_t k = lo; k < tk->n && tk->v[k].end <= sp->end; k++)
        covered[sp->in][k] = 1;
    }
  }
  return true;
}

static bool place_cue_before(const sc *c, size_t a) {
  return a >= c->a + 2 && IS(c, a - 1, "of") && (CL(c, a - 2) & L_PLACEB);
}

static bool region_cue(const sc *c, size_t b) {
  return (CL(c, b) & L_REGIONW) != 0;
}

static bool place_cue_after(const sc *c, size_t b) {
  return (CL(c, b) & L_PLACEA) || (IS(c, b, "air") && IS(c, b + 1, "base"));
}

// "West Baltimore", "Southwest Detroit": a part of the place, not a name.
static bool compass(const sc *c, size_t i) {
  static const char *const w[] = {
      "north",     "south",     "east",      "west",     "northeast",
      "northwest", "southeast", "southwest", "downtown", "greater",
      "central",   "suburban",  "metro"};
  for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
    if (IS(c, i, w[k])) return true;
  return false;
}

// "in Raleigh", "near north Raleigh": a word before a name that puts it
// as a place.
static bool place_cue(const sc *c, size_t a) {
  size_t before = a;  // "in north Raleigh": past the direction
  if (before > c->a + 1 && compass(c, before - 1)) before--;
  return before > c->a &&
         (IS(c, before - 1, "in") || IS(c, before - 1, "near") ||
          IS(c, before - 1, "from") || IS(c, before - 1, "outside"));
}

// "Northern", "Southwestern": a direction word that names no place alone.
static bool direction_word(const sc *c, size_t i) {
  static const char *const w[] = {
      "northern",     "southern",     "eastern",      "western",
      "northwestern", "northeastern", "southwestern", "southeastern",
      "midwest",      "midwestern",   "upstate",      "downstate"};
  for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
    if (IS(c, i, w[k])) return true;
  return false;
}

// "upstate New York", "western Latakia", "rural Georgia", "the state of
// New York": a word before a name that makes it a division rather than
// its town.
static bool division_cue_before(const sc *c, size_t a) {
  if (a <= c->a) return false;
  if (IS(c, a - 1, "of") && a >= c->a + 2 && IS(c, a - 2, "state")) return true;
  return direction_word(c, a - 1) || IS(c, a - 1, "rural");
}

enum {
  MAX_NAMED = 128,     // names seen inside longer names, per report
  MAX_DIVS = 64,       // divisions with evidence, per report
  DIV_NAMED = 1000,    // a named division outweighs any count of towns
  BIG_TOWN = 100000,   // people of a town known beyond its division
  HUGE_TOWN = 1000000  // ... and beyond its country
};

// Evidence for the first-level divisions of the report's main country.
typedef struct divs {
  uint32_t idx[MAX_DIVS];  // into Nf_gz_places
  uint32_t score[MAX_DIVS];
  size_t n;
  bool named;  // some division is named
} divs;

static void div_add(divs *d, uint32_t idx, uint32_t named, uint32_t towns) {
  size_t v = 0;
  while (v < d->n && d->idx[v] != idx) v++;
  if (v == d->n) {
    if (d->n == MAX_DIVS) return;
    d->idx[d->n] = idx;
    d->score[d->n++] = 0;
  }
  d->score[v] += named * DIV_NAMED + towns;
  if (named) d->named = true;
}

static uint32_t div_score(const divs *d, uint32_t idx) {
  for (size_t v = 0; v < d->n; v++)
    if (d->idx[v] == idx) return d->score[v];
  return 0;
}

// The reading of candidate k: the one the next name qualifies ("Damascus,
// Oregon"; sets qualified), else a division or country of that name in
// the report's main country ("Georgia" in American news), else a country
// of that name ("Venezuela" in a report on Cuba, which has a town so
// called), else the town in the division the report supports most (dv,
// when given), else the first reading in the main country, else the first.
static int choose(fx *x, cand *cs, size_t n, size_t k, const char *main_cc,
                  const divs *dv) {
  cand *cd = &cs[k];
  sc c = sc_sent(x, cd->si);
  int chosen = (int)Nf_gz_lists[cd->first];
  cd->qualified = false;
  if (k + 1 < n && cs[k + 1].si == cd->si && PUNCT(&c, cd->b, ',') &&
      cs[k + 1].a == cd->b + 1 && cs[k + 1].count) {
    for (uint32_t j = 0; j < cs[k + 1].count; j++) {
      uint32_t r = Nf_gz_lists[cs[k + 1].first + j];
      const nf_gz_place *q = &Nf_gz_places[r];
      for (uint32_t m = 0; m < cd->count; m++) {
        uint32_t pi = Nf_gz_lists[cd->first + m];
        const nf_gz_place *p = &Nf_gz_places[pi];
        if ((q->kind == NF_GZ_REGION && p->admin1 == r) ||
            (q->kind == NF_GZ_COUNTRY && memcmp(p->cc, q->cc, 2) == 0)) {
          cd->qualified = true;
          return (int)pi;
        }
      }
    }
  }
  if (cd->count > 1) {
    int home = -1, home_div = -1, country = -1, voted = -1;
    uint32_t voted_score = 0;
    for (uint32_t m = 0; m < cd->count; m++) {
      uint32_t pi = Nf_gz_lists[cd->first + m];
      const nf_gz_place *p = &Nf_gz_places[pi];
      if (p->kind == NF_GZ_COUNTRY && country < 0) country = (int)pi;
      if (!main_cc || memcmp(p->cc, main_cc, 2) != 0) continue;
      if (home < 0) home = (int)pi;
      if ((p->kind == NF_GZ_REGION || p->kind == NF_GZ_COUNTRY) && home_div < 0)
        home_div = (int)pi;
      if (dv && (p->kind == NF_GZ_CITY || p->kind == NF_GZ_DISTRICT)) {
        uint32_t s = div_score(dv, p->admin1);
        if (s > voted_score) voted_score = s, voted = (int)pi;
      }
    }
    // a big town is read elsewhere only in a division the report names; a
    // county in any division the report supports ("Hamilton County" beside
    // "Chattanooga" is in Tennessee, not Ohio)
    if (voted >= 0 && home >= 0 && voted != home &&
        Nf_gz_places[home].kind == NF_GZ_CITY &&
        Nf_gz_places[home].population >= BIG_TOWN && voted_score < DIV_NAMED)
      voted = home;
    if (home_div >= 0)
      chosen = home_div;
    else if (country >= 0)
      chosen = country;
    else if (voted >= 0)
      chosen = voted;
    else if (home >= 0)
      chosen = home;
  }
  // "Latakia", "Damascus", "New York": a big town rather than the division
  // named after it, unless "province" or "state" follows, a direction comes
  // before ("upstate New York"), or it qualifies a town ("Rochester, New
  // York").
  if (Nf_gz_places[chosen].kind == NF_GZ_REGION && !region_cue(&c, cd->b) &&
      !division_cue_before(&c, cd->a) &&
      !(k > 0 && cs[k - 1].si == cd->si && cd->a > c.a &&
        PUNCT(&c, cd->a - 1, ',') && cs[k - 1].b + 1 == cd->a)) {
    for (uint32_t m = 0; m < cd->count; m++) {
      uint32_t pi = Nf_gz_lists[cd->first + m];
      const nf_gz_place *p = &Nf_gz_places[pi];
      if (p->kind == NF_GZ_CITY &&
          memcmp(p->cc, Nf_gz_places[chosen].cc, 2) == 0 &&
          (p->admin1 == (uint32_t)chosen || p->population >= BIG_TOWN))
        return (int)pi;
    }
  }
  return chosen;
}

// "Willie Jackson, 18," "Melani Valencia, 7.": an age after a name.
static bool age_after(const sc *c, size_t b) {
  if (!PUNCT(c, b, ',') || !NUM(c, b + 1)) return false;
  long v = INT(c, b + 1, NULL);
  return v >= 0 && v < 120 && (b + 2 >= c->b || KIND(c, b + 2, NF_TOK_PUNCT));
}

// "Jackson said", "Ross told reporters": a place does not speak.
static bool speaks_after(const sc *c, size_t b) {
  return IS(c, b, "said") || IS(c, b, "says") || IS(c, b, "told") ||
         IS(c, b, "tells") || IS(c, b, "added");
}

// A line in capitals ("THAT HOME ON PATENT STREET"): three or more longer
// words, all in upper case.
static bool shouted(const sc *c) {
  size_t words = 0;
  for (size_t i = c->a; i < c->b; i++) {
    if (c->t[i].kind != NF_TOK_WORD || c->t[i].end - c->t[i].start < 4)
      continue;
    if (!(c->t[i].flags & NF_TF_UPPER)) return false;
    words++;
  }
  return words >= 3;
}

// A headline or a line in title case ("Gunman Kills Three In Ardmore"),
// where a capital says nothing of names: fewer than a quarter of its
// longer words are in lower case.
static bool title_case(const sc *c) {
  size_t words = 0, lower = 0;
  for (size_t i = c->a; i < c->b; i++) {
    if (CAP(c, i) && age_after(c, i + 1)) return false;  // a list of names
    if (c->t[i].kind != NF_TOK_WORD || c->t[i].end - c->t[i].start < 4)
      continue;
    words++;
    if (!CAP(c, i)) lower++;
  }
  return words >= 3 && lower * 4 < words;
}

// Classes of a capitalised word that may stand next to a place without
// making one longer name with it ("In Chicago", "Chicago Police Chief").
#define NEXT_TO_PLACE                                                    \
  (L_FUNC | L_DET | L_MONTH | L_WDAY | L_BREAK | L_SAY | L_AUX | L_NUM | \
   L_DATEW | L_PLACEB)
#define PLACE_HEADS                                                    \
  (NEXT_TO_PLACE | L_ORGW | L_TITLE | L_REGIONW | L_PLACEA | L_MEDIA | \
   L_PEOPLE | L_PNOUN | L_PERP | L_CNOUN | L_CVERB | L_TOLL)

// Is the place read at tokens [a, b) a word of a longer capitalised name
// that the gazetteer does not know ("Henry Jackson", "Martin Luther King",
// "Prince George's County", "Jackson Street")? A place that names an
// institution ("Chicago Police", "Carter County Sheriff") stays a place.
// Returns INNER_NONE; INNER_NAME; INNER_SURNAME when the place ends a
// person's name ("Henry Jackson", "Gov. Jackson"), whom a report names
// again by that word alone; INNER_FIRST when a capitalised word only
// follows ("Austin Smith", but also "Seattle Fire", "Dayton Daily News").
enum { INNER_NONE, INNER_NAME, INNER_SURNAME, INNER_FIRST };

// "Metropolitan Police", "Metro police", "Daily News": a run of
// capitalised words after a place that ends an institution's name.
static bool institution_after(const sc *c, size_t b) {
  size_t j = b;
  while (j < b + 3 && CAP(c, j) && !(CL(c, j) & (L_ORGW | L_MEDIA))) j++;
  return (CL(c, j) & (L_ORGW | L_MEDIA)) != 0;
}

// One capital alone, an initial ("D" of "Michael D. Matthews").
static bool initial(const sc *c, size_t i) {
  return CAP(c, i) && c->t[i].end - c->t[i].start == 1;
}

// "Wal-Mart", "Mikula-Conrad": the end of a name joined by a hyphen to a
// capitalised word that is no place ("Georgia-Alabama state line" is two;
// a town so joined, "Winston-Salem", is read from its first word) nor a
// party's letter ("Rep. Jay Inslee, D-Wash.").
static bool joined_after(const sc *c, size_t a) {
  uint32_t first;
  return a >= c->a + 2 && HYPHEN(c, a - 1) && GLUED(c, a - 1) && GLUED(c, a) &&
         CAP(c, a - 2) && !initial(c, a - 2) &&
         !lookup_tokens(c, a - 2, a - 1, &first);
}

// "Tyler Street", "the 1000 block of West Adams": the name of a street,
// whatever the size of the town (in title case too).
static bool street_name(const sc *c, size_t a, size_t b) {
  // ("Ohio Highway Patrol" is no street)
  if (CAP(c, b) && (CL(c, b) & L_STREET) && !(CL(c, b) & (L_ORGW | L_TITLE)) &&
      !(CL(c, b + 1) & L_ORGW) && !IS(c, b + 1, "patrol"))
    return true;
  size_t q = a > c->a && compass(c, a - 1) ? a - 1 : a;
  return q >= c->a + 2 && IS(c, q - 1, "of") && IS(c, q - 2, "block");
}

static int inside_longer_name(const sc *c, size_t a, size_t b) {
  bool after = CAP(c, b) && !(CL(c, b) & PLACE_HEADS);
  size_t p = a - 1;  // "Gov. Jackson": a title and its stop
  if (a > c->a + 1 && PUNCT(c, p, '.') && GLUED(c, p)) {
    // "Willie C. Jackson": a surname after a middle initial
    if ((CL(c, a - 2) & L_TITLE) || (initial(c, a - 2) && CAP(c, a - 3)))
      return after ? INNER_NAME : INNER_SURNAME;
    p = c->b;
  }
  if (a > c->a && CAP(c, p) && !(CL(c, p) & NEXT_TO_PLACE) && !compass(c, p))
    return after || (CL(c, p) & L_ORGW) ? INNER_NAME : INNER_SURNAME;
  // "Michael D. Matthews": a first name before a middle initial (not
  // "Washington D.C.")
  if (initial(c, b) && PUNCT(c, b + 1, '.') && CAP(c, b + 2) &&
      c->t[b + 2].end - c->t[b + 2].start > 1)
    return INNER_NAME;
  return after ? INNER_FIRST : INNER_NONE;
}

// "TULSA, OK", "Tulsa, Okla.": US postal codes of states after a town
// (two capitals, which alone would be words: "OK", "IN", "ME").
static const char POSTAL[][2][16] = {
    {"AK", "alaska"},         {"AL", "alabama"},        {"AR", "arkansas"},
    {"AZ", "arizona"},        {"CA", "california"},     {"CO", "colorado"},
    {"CT", "connecticut"},    {"DC", "washington dc"},  {"DE", "delaware"},
    {"FL", "florida"},        {"GA", "georgia"},        {"HI", "hawaii"},
    {"IA", "iowa"},           {"ID", "idaho"},          {"IL", "illinois"},
    {"IN", "indiana"},        {"KS", "kansas"},         {"KY", "kentucky"},
    {"LA", "louisiana"},      {"MA", "massachusetts"},  {"MD", "maryland"},
    {"ME", "maine"},          {"MI", "michigan"},       {"MN", "minnesota"},
    {"MO", "missouri"},       {"MS", "mississippi"},    {"MT", "montana"},
    {"NC", "north carolina"}, {"ND", "north dakota"},   {"NE", "nebraska"},
    {"NH", "new hampshire"},  {"NJ", "new jersey"},     {"NM", "new mexico"},
    {"NV", "nevada"},         {"NY", "new york"},       {"OH", "ohio"},
    {"OK", "oklahoma"},       {"OR", "oregon"},         {"PA", "pennsylvania"},
    {"RI", "rhode island"},   {"SC", "south carolina"}, {"SD", "south dakota"},
    {"TN", "tennessee"},      {"TX", "texas"},          {"UT", "utah"},
    {"VA", "virginia"},       {"VT", "vermont"},        {"WA", "washington"},
    {"WV", "west virginia"},  {"WI", "wisconsin"},      {"WY", "wyoming"}};

// Is token i a state's postal code right after a place and a comma, one
// that has a reading in that state or opens a dateline ("MANCHESTER, IL
// (KMOX)"; but "Regina Benjamin, MD" is a doctor)? Sets *at to the
// state's reading in Nf_gz_lists.
static bool postal_state(const sc *c, size_t i, const cand *prev,
                         uint32_t *at) {
  const nf_tok *t = &c->t[i];
  if (!prev || prev->si != c->si || prev->b + 1 != i || !PUNCT(c, i - 1, ',') ||
      t->end - t->start != 2 || !(t->flags & NF_TF_UPPER))
    return false;
  for (size_t k = 0; k < sizeof POSTAL / sizeof POSTAL[0]; k++) {
    if (memcmp(c->s + t->start, POSTAL[k][0], 2) != 0) continue;
    uint32_t first;
    size_t cnt = Nf_gz_lookup(POSTAL[k][1], strlen(POSTAL[k][1]), &first);
    for (uint32_t m = first; m < first + cnt; m++) {
      const nf_gz_place *p = &Nf_gz_places[Nf_gz_lists[m]];
      if (p->kind != NF_GZ_REGION || memcmp(p->cc, "US", 2) != 0) continue;
      bool in_it = prev->a == c->a;
      for (uint32_t j = 0; j < prev->count && !in_it; j++)
        in_it =
            Nf_gz_places[Nf_gz_lists[prev->first + j]].admin1 == Nf_gz_lists[m];
      *at = m;
      return in_it;
    }
    return false;
  }
  return false;
}

enum { MAX_WEAK = 32 };  // weak names looked for in lower case, per report

// Sets common on the weak candidates whose word the report also writes in
// lower case: one pass over its words, comparing only words of their
// length.
static void mark_common(fx *x, cand *cs, size_t n) {
  size_t idx[MAX_WEAK], nw = 0;
  uint64_t lens = 0;  // bit L set: some weak name has L bytes (L < 64)
  for (size_t k = 0; k < n && nw < MAX_WEAK; k++) {
    if (!cs[k].weak || cs[k].common || !cs[k].key) continue;
    sc c = sc_sent(x, cs[k].si);
    size_t len = c.t[cs[k].a].end - c.t[cs[k].a].start;
    if (len >= 64) continue;
    idx[nw++] = k;
    lens |= (uint64_t)1 << len;
  }
  for (int in = 0; in < 2 && nw; in++) {
    const nf_toks *tk = &x->toks[in];
    for (size_t i = 0; i < tk->n; i++) {
      const nf_tok *t = &tk->v[i];
      size_t len = t->end - t->start;
      if (t->kind != NF_TOK_WORD || (t->flags & NF_TF_CAP) || len >= 64 ||
          !(lens >> len & 1))
        continue;
      char key[KEY_MAX];
      size_t kn = norm_key(x->text[in] + t->start, len, key);
      if (!kn) continue;
      uint64_t h = fnv64(key, kn);
      for (size_t w = 0; w < nw; w++)
        if (cs[idx[w]].key == h) cs[idx[w]].common = true;
    }
  }
}

void Nf_fx_places(fx *x) {
  const nf_allocator *al = &x->doc->ctx->alloc;
  cand *cs = NULL;
  size_t n = 0, cap = 0;
  uint8_t *covered[2] = {NULL, NULL};
  if (!mark_actors(x, covered)) {
    Nf_free(al, covered[0]);
    x->status = NF_ENOMEM;
    return;
  }
  for (size_t si = 0; si < x->n_sents; si++) {
    const fx_sent *st = &x->sents[si];
    sc c = sc_sent(x, si);
    bool titled = false, titled_known = false, shout = false,
         shout_known = false;
    for (size_t i = c.a; i < c.b; i++) {
      if (!CAP(&c, i)) continue;
      // A common word or title starts only a longer name ("Prince
      // George's County"), never a name of one word.
      const nf_lex *l = Nf_lex_of(&c.t[i]);
      bool not_alone =
          l && (l->cls & (L_MONTH | L_WDAY | L_FUNC | L_SAY | L_TITLE | L_AUX |
                          L_NUM | L_QUAL | L_CVERB | L_CNOUN | L_PEOPLE));
      if (not_alone && !(name_tok(&c, i + 1) && starts_a_name_at(&c, i)))
        continue;
      uint32_t at;
      if (postal_state(&c, i, n ? &cs[n - 1] : NULL, &at)) {
        if (n >= cap && Nf_grow(al, (void **)&cs, &cap, n + 1, sizeof *cs)) {
          x->status = NF_ENOMEM;
          break;
        }
        cs[n++] = (cand){.si = si,
                         .a = i,
                         .b = i + 1,
                         .first = at,
                         .count = 1,
                         .chosen = -1};
        continue;
      }
      if (covered[st->in][i]) continue;
      // Longest name first; a word that starts no longer name is looked
      // up alone (with a glued full stop: "Calif.").
      size_t end = i;
      while (end < c.b && end - i < MAX_NAME_TOKENS * 2 && name_tok(&c, end))
        end++;
      if (end > i + 1) {
        char key[KEY_MAX];
        size_t kn =
            norm_key(c.s + c.t[i].start, c.t[i].end - c.t[i].start, key);
        if (!kn || !starts_a_name(key, kn))
          end = (PUNCT(&c, i + 1, '.') && end > i + 1) ? i + 2 : i + 1;
      }
      size_t best = 0;
      uint32_t first = 0, count = 0;
      for (size_t e = end; e > i; e--) {
        if (c.t[e - 1].kind != NF_TOK_WORD && !(c.t[e - 1].cp == '.')) continue;
        size_t words = 0;
        for (size_t k = i; k < e; k++) words += c.t[k].kind == NF_TOK_WORD;
        if (words > MAX_NAME_TOKENS) continue;
        // every word of a multi-word name is capitalised, or a connector
        bool ok = true;
        for (size_t k = i; k < e; k++)
          if (c.t[k].kind == NF_TOK_WORD && !CAP(&c, k) &&
              !(c.t[k].flags & NF_TF_POSS) && !IS(&c, k, "of") &&
              !IS(&c, k, "al") && !IS(&c, k, "el") && !IS(&c, k, "de"))
            ok = false;
        if (!ok) continue;
        uint32_t f;
        size_t cnt = lookup_tokens(&c, i, e, &f);
        if (cnt) {
          best = e;
          first = f;
          count = (uint32_t)cnt;
          break;
        }
      }
      bool unknown = false;
      if (!best) {
        // A name the gazetteer lacks, after "village of" / before "airbase".
        size_t e = i;
        while (e < c.b &&
               (CAP(&c, e) || (name_tok(&c, e) && c.t[e].kind == NF_TOK_PUNCT &&
                               CAP(&c, e + 1))))
          e++;
        if (e > i && e - i <= 4 &&
            (place_cue_before(&c, i) || place_cue_after(&c, e))) {
          best = e;
          unknown = true;
        }
      }
      // A direction alone ("South", "Northwest") is never a place.
      if (!best || (not_alone && (unknown || best == i + 1)) ||
          (best == i + 1 && (compass(&c, i) || direction_word(&c, i))))
        continue;
      if (n >= cap) {
        if (Nf_grow(al, (void **)&cs, &cap, n + 1, sizeof *cs)) {
          x->status = NF_ENOMEM;
          break;
        }
      }
      cand *cd = &cs[n++];
      *cd = (cand){.si = si,
                   .a = i,
                   .b = best,
                   .first = first,
                   .count = count,
                   .chosen = -1,
                   .unknown = unknown};
      if (!unknown) {
        if (!titled_known) titled = title_case(&c), titled_known = true;
        cd->street = street_name(&c, i, best);
        int in = joined_after(&c, i) ? INNER_NAME
                 : cd->street        ? INNER_NONE
                 : titled            ? INNER_NONE
                                     : inside_longer_name(&c, i, best);
        cd->inner = in == INNER_NAME || in == INNER_SURNAME;
        cd->surname = in == INNER_SURNAME;
        cd->lead = in == INNER_FIRST;
        cd->key = name_hash(&c, i, best);
        if (best == i + 1 && !place_cue(&c, i) &&
            (speaks_after(&c, best) || age_after(&c, best)))
          cd->inner = cd->surname = true;
        if (best == i + 1 && !cd->inner) {
          if (!shout_known) shout = shouted(&c), shout_known = true;
          bool opens =
              i == c.a || (i == c.a + 1 && c.t[c.a].kind == NF_TOK_PUNCT);
          cd->weak = titled || shout || opens;
          cd->common = shout;
        }
      }
      i = best - 1;
    }
  }
  mark_common(x, cs, n);
  // A word whose capital says nothing and that the report writes in lower
  // case ("Home Invasion", "THAT HOME ON PATENT STREET") is that word,
  // unless "in" puts it as a place or a division follows ("HOME, Wash.").
  for (size_t k = 0; k < n; k++) {
    cand *cd = &cs[k];
    if (!cd->weak || !cd->common) continue;
    sc c = sc_sent(x, cd->si);
    if (place_cue(&c, cd->a) ||
        (PUNCT(&c, cd->b, ',') && k + 1 < n && cs[k + 1].si == cd->si &&
         cs[k + 1].a == cd->b + 1))
      continue;
    cd->inner = true;
  }
  // Names seen ending a person's name ("Henry Jackson") are that person
  // again when they stand alone ("Jackson said"), unless "in" or "near"
  // puts them as a place, or it is a big town.
  uint64_t named[MAX_NAMED];
  size_t n_named = 0;
  for (size_t k = 0; k < n && n_named < MAX_NAMED; k++)
    if (cs[k].surname && cs[k].key) named[n_named++] = cs[k].key;
  for (size_t k = 0; k < n && n_named; k++) {
    cand *cd = &cs[k];
    if (cd->inner || cd->unknown || !cd->key) continue;
    sc c = sc_sent(x, cd->si);
    if (place_cue(&c, cd->a) ||
        (PUNCT(&c, cd->b, ',') && k + 1 < n && cs[k + 1].si == cd->si &&
         cs[k + 1].a == cd->b + 1))
      continue;
    for (size_t m = 0; m < n_named; m++)
      if (named[m] == cd->key) {
        cd->again = true;
        break;
      }
  }
  // Names read as plain places somewhere in the report ("in Austin"): a
  // big town before a capitalised word elsewhere is that town too.
  uint64_t plain[MAX_NAMED];
  size_t n_plain = 0;
  for (size_t k = 0; k < n && n_plain < MAX_NAMED; k++)
    if (!cs[k].inner && !cs[k].lead && !cs[k].again && !cs[k].street &&
        !cs[k].unknown && cs[k].key)
      plain[n_plain++] = cs[k].key;
  // Country evidence: countries, demonyms, first-level divisions, and
  // names with one reading. A name that is a country in one place and a
  // division in another ("Georgia") is no evidence.
  typedef struct {
    char cc[2];
    uint32_t n;
  } vote;
  vote votes[64];
  size_t nv = 0;
  for (size_t k = 0; k < n; k++) {
    // (A town before a capitalised word too: "Austin Smith" is likelier
    // in American news than elsewhere.)
    if (cs[k].unknown || cs[k].inner || !cs[k].count) continue;
    // The first reading (the most likely), when it has no rival: a name
    // with one reading, a country or demonym that is no division elsewhere,
    // a division with no town of that name elsewhere.
    const nf_gz_place *p = &Nf_gz_places[Nf_gz_lists[cs[k].first]];
    if (!p->cc[0]) continue;  // a part of the world
    bool rival = false;
    if (cs[k].count > 1) {
      // towns of one country ("Floyd County": six US counties)
      if (p->kind == NF_GZ_CITY || p->kind == NF_GZ_DISTRICT) {
        for (uint32_t m = 1; m < cs[k].count && !rival; m++)
          rival = memcmp(Nf_gz_places[Nf_gz_lists[cs[k].first + m]].cc, p->cc,
                         2) != 0;
        if (rival) continue;
      }
      for (uint32_t m = 1; m < cs[k].count; m++) {
        const nf_gz_place *q = &Nf_gz_places[Nf_gz_lists[cs[k].first + m]];
        if (p->kind != NF_GZ_REGION && q->kind == NF_GZ_REGION &&
            memcmp(p->cc, q->cc, 2) != 0)
          rival = true;
        // a division that shares its name with towns ("Miranda") may
        // be a person's name
        if (p->kind == NF_GZ_REGION && q->kind == NF_GZ_CITY &&
            memcmp(p->cc, q->cc, 2) != 0)
          rival = true;
      }
    }
    if (rival) continue;
    uint32_t w = p->kind == NF_GZ_CITY ? 1 : 2;
    size_t v = 0;
    while (v < nv && memcmp(votes[v].cc, p->cc, 2) != 0) v++;
    if (v == nv) {
      if (nv == 64) continue;
      memcpy(votes[nv].cc, p->cc, 2);
      votes[nv++].n = 0;
    }
    votes[v].n += w;
  }
  const char *main_cc = NULL;
  uint32_t main_n = 0;
  for (size_t v = 0; v < nv; v++)
    if (votes[v].n > main_n) main_n = votes[v].n, main_cc = votes[v].cc;
  // Division evidence, from a first reading of every name: the divisions
  // of the main country the report names ("Okla.", "Georgia", "Ardmore,
  // Okla.") and those its towns of one reading lie in ("Tishomingo").
  // (Every division a town of an ambiguous name lies in, as evidence too,
  // read "Philadelphia" in New York for a "Kensington" there.)
  divs dv = {0};
  for (size_t k = 0; k < n && main_cc; k++) {
    cand *cd = &cs[k];
    if (cd->unknown || cd->inner || cd->lead || cd->again || cd->street)
      continue;
    int ch = choose(x, cs, n, k, main_cc, NULL);
    if (ch < 0) continue;
    const nf_gz_place *p = &Nf_gz_places[ch];
    if (memcmp(p->cc, main_cc, 2) != 0) continue;
    if (p->kind == NF_GZ_REGION)
      div_add(&dv, (uint32_t)ch, 1, 0);
    else if (cd->count == 1 && p->admin1 != NF_GZ_NONE &&
             (p->kind == NF_GZ_CITY || p->kind == NF_GZ_DISTRICT))
      div_add(&dv, p->admin1, 0, 1);
  }
  for (size_t k = 0; k < n && !x->status; k++) {
    cand *cd = &cs[k];
    if (cd->inner) continue;
    sc c = sc_sent(x, cd->si);
    int chosen = -1;
    if (!cd->unknown) chosen = choose(x, cs, n, k, main_cc, &dv);
    if (chosen >= 0 && Nf_gz_places[chosen].kind == NF_GZ_DEMONYM) continue;
    // "Bountiful, British Columbia": a town the gazetteer has in none of
    // the divisions the next name gives is none of its readings (Bountiful,
    // Utah): the report says where it is.
    if (chosen >= 0 && !cd->qualified &&
        (Nf_gz_places[chosen].kind == NF_GZ_CITY ||
         Nf_gz_places[chosen].kind == NF_GZ_DISTRICT) &&
        k + 1 < n && cs[k + 1].si == cd->si && cs[k + 1].a == cd->b + 1 &&
        PUNCT(&c, cd->b, ',') && cs[k + 1].count == 1 &&
        Nf_gz_places[Nf_gz_lists[cs[k + 1].first]].kind == NF_GZ_REGION)
      continue;
    // One word that is also a common word or a name ("Human", "Arab"):
    // only a town of the report's country, a big one, or one after "in".
    // So is a division of another country ("Michael" on the Isle of Man,
    // "Miranda" in Venezuela) in a report on one country.
    if (chosen >= 0 && cd->b - cd->a == 1 &&
        Nf_gz_places[chosen].kind != NF_GZ_COUNTRY &&
        Nf_gz_places[chosen].kind != NF_GZ_OTHER) {
      const nf_gz_place *p = &Nf_gz_places[chosen];
      bool home = main_cc && memcmp(p->cc, main_cc, 2) == 0;
      if (p->kind == NF_GZ_REGION) {
        if (main_cc && !home && !place_cue(&c, cd->a) && !region_cue(&c, cd->b))
          continue;
      } else if (!home && !place_cue(&c, cd->a) && p->population < HUGE_TOWN) {
        continue;
      }
    }
    // A town of the main country outside every division the report names
    // (a town of that name elsewhere, or a name that is no place here),
    // unless a big one: only where reports name the division of their
    // towns as a rule (US datelines: "ARDMORE, Okla.").
    if (chosen >= 0 && !cd->qualified && dv.named && main_cc &&
        memcmp(main_cc, "US", 2) == 0) {
      const nf_gz_place *p = &Nf_gz_places[chosen];
      if ((p->kind == NF_GZ_CITY || p->kind == NF_GZ_DISTRICT) &&
          memcmp(p->cc, main_cc, 2) == 0 && p->population < BIG_TOWN &&
          div_score(&dv, p->admin1) < DIV_NAMED)
        continue;
    }
    // "Austin Smith" and "Seattle Fire" alike: a town before a capitalised
    // word only where the report's divisions support it, or a big one.
    // "Jackson" after "Henry Jackson": the person again, unless the town is
    // in a division the report names, or a very big one.
    if (chosen >= 0 && cd->again) {
      const nf_gz_place *p = &Nf_gz_places[chosen];
      if ((p->kind == NF_GZ_CITY || p->kind == NF_GZ_DISTRICT) &&
          p->population < HUGE_TOWN && div_score(&dv, p->admin1) < DIV_NAMED)
        continue;
    }
    if (chosen >= 0 && cd->lead) {
      const nf_gz_place *p = &Nf_gz_places[chosen];
      bool home = main_cc && memcmp(p->cc, main_cc, 2) == 0;
      // "Austin Hedrick" in a report on North Carolina, unless it names an
      // institution of the town ("Las Vegas Metro police")
      bool seen = institution_after(&c, cd->b);
      for (size_t m = 0; m < n_plain && !seen; m++) seen = plain[m] == cd->key;
      if ((p->kind == NF_GZ_CITY || p->kind == NF_GZ_DISTRICT) &&
          (p->population < BIG_TOWN || !seen) &&
          (!home || div_score(&dv, p->admin1) == 0))
        continue;
    }
    // "Mableton Parkway" is most often in Mableton; "Tyler Street" in
    // Indiana is not Tyler, Texas, however big.
    if (chosen >= 0 && cd->street) {
      const nf_gz_place *p = &Nf_gz_places[chosen];
      bool home = main_cc && memcmp(p->cc, main_cc, 2) == 0;
      if (!(p->kind == NF_GZ_CITY || p->kind == NF_GZ_DISTRICT) || !home ||
          div_score(&dv, p->admin1) == 0)
        continue;
    }
    if (cd->unknown && !main_cc) continue;
    nf_place *pl = Nf_fx_push(x, (void **)&x->f->places, &x->f->n_places,
                              &x->cap_place, sizeof *pl);
    if (!pl) break;
    memset(pl, 0, sizeof *pl);
    pl->span = Nf_fx_span(x, cd->si, cd->a, cd->b);
    if (chosen < 0) {
      pl->name = Nf_fx_text(x, cd->si, cd->a, cd->b);
      pl->kind = NF_PLACE_OTHER;
      memcpy(pl->country, main_cc, 2);
      continue;
    }
    const nf_gz_place *p = &Nf_gz_places[chosen];
    pl->name = Nf_gz_str + p->name;
    pl->geonameid = p->geonameid;
    if (p->lat != NF_GZ_NO_COORD) {
      pl->has_coords = true;
      pl->lat = p->lat / 1e4;
      pl->lon = p->lon / 1e4;
    }
    memcpy(pl->country, p->cc, 2);
    if (p->admin1 != NF_GZ_NONE)
      pl->admin1 = Nf_gz_str + Nf_gz_places[p->admin1].name;
    switch (p->kind) {
      case NF_GZ_COUNTRY: pl->kind = NF_PLACE_COUNTRY; break;
      case NF_GZ_REGION: pl->kind = NF_PLACE_REGION; break;
      case NF_GZ_DISTRICT: pl->kind = NF_PLACE_DISTRICT; break;
      case NF_GZ_CITY: pl->kind = NF_PLACE_CITY; break;
      default: pl->kind = NF_PLACE_OTHER; break;
    }
  }
  Nf_free(al, cs);
  Nf_free(al, covered[0]);
  Nf_free(al, covered[1]);
  // Figures take the place named in their sentence.
  for (size_t i = 0; i < x->f->n_figures; i++) {
    nf_figure *f = &x->f->figures[i];
    for (size_t k = 0; k < x->f->n_places; k++)
      if (x->f->places[k].span.sentence == f->span.sentence &&
          x->f->places[k].kind != NF_PLACE_COUNTRY) {
        f->place = (int32_t)k;
        break;
      }
  }
}
