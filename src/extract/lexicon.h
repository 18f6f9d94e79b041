// The words the fact scanners know: number words and scales, units that
// make a number not a count (time, distance), casualty nouns and verbs with
// their measure, people nouns with their category, qualifiers, toll words,
// hedges, reporting verbs, titles and organisation words. Looked up once per
// word token (nf_tok.lex = entry index + 1).
#ifndef NF_EXTRACT_LEXICON_H
#define NF_EXTRACT_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "text/token.h"

#define L_(n) ((uint64_t)1 << (n))
enum {
  L_NUM = 1u << 0,        // cardinal word: one .. ninety (num)
  L_SCALE = 1u << 1,      // hundred, thousand, million, bn (num = factor)
  L_VAGUE = 1u << 2,      // dozens, hundreds, thousands (num = low bound)
  L_ORD = 1u << 3,        // first, second, third ...
  L_TIME = 1u << 4,       // time units: day, weeks, years, hours
  L_DIST = 1u << 5,       // distance, size, weight units: km, miles, acres
  L_MONTH = 1u << 6,      // (num = month 1..12)
  L_WDAY = 1u << 7,       // (num = weekday, 0 = Monday)
  L_CURR = 1u << 8,       // currency words: dollars, euros (unit)
  L_PCT = 1u << 9,        // percent, pct
  L_PEOPLE = 1u << 10,    // people nouns (a = category)
  L_CNOUN = 1u << 11,     // casualty nouns: dead, bodies, injured (a = measure)
  L_CVERB = 1u << 12,     // casualty verbs, passive sense: killed, died (a)
  L_CACT = 1u << 13,      // casualty verbs taking a count: killing, left (a)
  L_AUX = 1u << 14,       // were, have, been, reportedly, also ...
  L_QUAL = 1u << 15,      // qualifier words (a = qualifier)
  L_TOLL = 1u << 16,      // toll, tally, count, number, total
  L_HEDGE = 1u << 17,     // reportedly, allegedly, unconfirmed
  L_SUPER = 1u << 18,     // earlier, previous, initial
  L_SAY = 1u << 19,       // said, reported, told, added ...
  L_TITLE = 1u << 20,     // person titles and roles: President, Dr, spokesman
  L_ORGW = 1u << 21,      // organisation words: Observatory, Ministry, Police
  L_MEDIA = 1u << 22,     // news agencies: AFP, AP, Reuters
  L_FUNC = 1u << 23,      // function words that are never names: The, He
  L_BREAK = 1u << 24,     // words that start a new clause: while, but
  L_GENERIC = 1u << 25,   // people who are no source: residents, witnesses
  L_SRCDESC = 1u << 26,   // source descriptors: monitor, watchdog, group
  L_NOTCOUNT = 1u << 27,  // nouns after which a number counts no people:
                          // times, ways, points, shots, rounds, percent ...
  L_CATMOD = 1u << 28,    // category modifiers: civilian, security, pro-
  L_DET = 1u << 29,       // determiners and possessives: the, his, its
  L_DATEW = 1u << 30      // words of relative dates: yesterday, ago, last
};
// Words other scanners look for by name (victims: shooting, death, murder;
// hedges: verified).
#define L_TRIG L_(31)
#define L_CONNECT L_(32)  // inside names: al, bin, de, van, of, for
#define L_STREET L_(33)   // street words: Street, Ave, Road, block
#define L_IDENTW \
  L_(34)                  // words before a number that names something:
                          // Route, Channel, No, Flight, Resolution
#define L_PNOUN L_(35)    // one person: man, woman, boy, officer, victim
#define L_PERP L_(36)     // perpetrators: gunman, shooter, suspect
#define L_PLACEB L_(37)   // "village of X", "town of X": a place follows
#define L_PLACEA L_(38)   // "X airbase", "X province": a place before
#define L_REGIONW L_(39)  // "X province", "X state": a division, not a town
// facts-victims helper: words that open a phrase placing someone in an
// event before the report's ("last year", "weeks ago", "a separate
// shooting"; victims.c). A high bit, apart from the ones other lists take.
#define L_EARLY L_(48)
// facts-figures helper: people told by the hospital they are in or were
// taken to (figures.c, hospital_at and hospital_cue).
#define L_HOSPMOD L_(40)   // between "to" / "in" and "hospital": area, local
#define L_HOSPNEAR L_(41)  // after "hospital": a place near one or its staff
#define L_HOSPIN L_(42)    // before "in (the) hospital": remain, were, treated
#define L_HOSPTO L_(43)    // before "to (the) hospital": taken, rushed, sent

typedef struct nf_lex {
  const char *word;
  uint64_t cls;
  uint8_t a;         // measure, category or qualifier, per class
  uint8_t b;         // second value (measure of a people noun, ...)
  double num;        // number words, scales, months
  const char *unit;  // currency code
} nf_lex;

// The entry for a word, or NULL.
const nf_lex *Nf_lex_find(const char *s, size_t n);
// Set nf_tok.lex on every word token of toks[0..n).
void Nf_lex_tag(const char *s, nf_tok *toks, size_t n);
// The table itself (entry i is nf_tok.lex - 1).
extern const nf_lex Nf_lex_entries[];
// The entry of a token (NULL when none).
static inline const nf_lex *Nf_lex_of(const nf_tok *t) {
  return t->lex ? &Nf_lex_entries[t->lex - 1] : NULL;
}
// The category of a people noun ("bodies" is also a casualty noun, whose
// measure takes the first value).
static inline int Nf_lex_category(const nf_lex *l) {
  return (l->cls & L_CNOUN) ? l->b : l->a;
}
// The classes of every entry of the word, by entry index (built with the
// lexicon's index).
extern const uint64_t *Nf_lex_merged;
static inline uint64_t Nf_lex_cls(const nf_tok *t) {
  return t->lex ? Nf_lex_merged[t->lex - 1] : 0;
}

#endif
