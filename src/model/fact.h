// Facts read from one article. Every fact points back at the words it came
// from: a byte range of the title or of the body, and the sentence holding
// it. Facts live in the document's arena.
#ifndef NF_MODEL_FACT_H
#define NF_MODEL_FACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model/datetime.h"

typedef enum nf_in { NF_IN_BODY = 0, NF_IN_TITLE = 1 } nf_in;

// Byte range [start, end) of doc->title or doc->text (per `in`), and the
// index of the sentence that holds it in nf_facts.sentences.
typedef struct nf_span {
  uint32_t start, end;
  int32_t sentence;
  uint8_t in;  // nf_in
} nf_span;

typedef struct nf_sentence {
  uint32_t start, end;  // in the title or the body, per `in`
  uint32_t para;        // paragraph index (0 for the title)
  uint8_t in;
} nf_sentence;

typedef enum nf_qualifier {
  NF_Q_EXACT = 0,
  NF_Q_OVER,  // over, more than, surpassed, exceeded, upwards of
  NF_Q_AT_LEAST,
  NF_Q_NEARLY,  // nearly, almost, close to, just under
  NF_Q_ABOUT,   // approximately, around, some, an estimated, roughly
  NF_Q_UP_TO,
  NF_Q_RANGE,  // between 40 and 50, 40-50
  NF_Q_VAGUE,  // dozens, hundreds, thousands
  NF_Q__COUNT
} nf_qualifier;

typedef enum nf_measure {
  NF_M_NONE = 0,  // only for also_measure
  NF_M_KILLED,
  NF_M_INJURED,
  NF_M_MISSING,
  NF_M_DISPLACED,
  NF_M_ARRESTED,
  NF_M_BURIED,
  NF_M_MONEY,
  NF_M_SHARE,
  NF_M_OTHER,
  NF_M__COUNT
} nf_measure;

typedef enum nf_category {
  NF_C_ALL = 0,
  NF_C_CIVILIANS,
  NF_C_SECURITY_FORCES,
  NF_C_FIGHTERS,
  NF_C_CHILDREN,
  NF_C_WOMEN,
  NF_C_MEN,
  NF_C_OTHER,
  NF_C__COUNT
} nf_category;

// Names as printed in JSON ("exact", "killed", "security_forces", ...).
const char *Nf_qualifier_name(nf_qualifier q);
const char *Nf_measure_name(nf_measure m);
const char *Nf_category_name(nf_category c);

typedef struct nf_figure {
  nf_span span;          // the words of the figure ("more than 1,000 people")
  double value;          // exact or qualified value; NaN for ranges/vague
  double low, high;      // bounds; NaN when open
  uint8_t qualifier;     // nf_qualifier
  uint8_t measure;       // nf_measure
  uint8_t also_measure;  // e.g. buried for "31 bodies were buried"
  uint8_t category;      // nf_category
  const char *category_text;   // the report's own words, or NULL
  const char *unit;            // "USD", "EUR", "percent", ... or NULL
  int32_t whole;               // index of the figure this is a part of, or -1
  int32_t source;              // index into actors of who gives it, or -1
  const char *attributed_to;   // that source's name as it reads, or NULL
  bool attribution_inherited;  // carried over from an earlier sentence
  bool hedged;                 // "not independently verified", "reportedly"
  bool superseded;             // "earlier estimate", "previous toll"
  int32_t place;               // index into places, or -1
  int32_t date;                // index into dates, or -1
} nf_figure;

typedef enum nf_date_kind {
  NF_DATE_ABSOLUTE = 0,  // "March 6", "2025-03-10"
  NF_DATE_RELATIVE,      // "on Thursday", "last week": resolved when
                         // value.precision != NF_PREC_NONE
} nf_date_kind;

typedef enum nf_date_anchor {
  NF_ANCHOR_NONE = 0,       // absolute, or unresolved
  NF_ANCHOR_PUBLISHED,      // against the report's published date
  NF_ANCHOR_OTHER_REPORTS,  // against the dates of other reports
  NF_ANCHOR_TEXT            // against another date in the text
} nf_date_anchor;

// How a relative date counts from its anchor, kept so that it can be
// resolved again against another anchor (the dates of other reports).
typedef enum nf_date_rel {
  NF_REL_NONE = 0,  // absolute, or not resolvable ("three months after")
  NF_REL_WEEKDAY,   // rel_n = weekday (0 = Monday), rel_dir -1/0/+1
  NF_REL_DAYS,      // rel_n days from the anchor ("yesterday" = -1)
  NF_REL_MONTHS,    // rel_n months ("last month" = -1), month precision
  NF_REL_YEARS,     // rel_n years ("last year" = -1), year precision
  NF_REL_MONTHDAY   // value has month and day; the year is the anchor's
} nf_date_rel;

typedef struct nf_date {
  nf_span span;
  nf_datetime value;        // precision NONE when unresolved
  nf_datetime anchor_date;  // the date it was resolved against, if relative
  char anchor_iso[12];      // anchor_date as "YYYY-MM-DD", "" when none
  uint8_t kind;             // nf_date_kind
  uint8_t anchor;           // nf_date_anchor
  uint8_t rel;              // nf_date_rel
  int8_t rel_dir;           // for weekdays: -1 last, 0 nearest past, +1 next
  int16_t rel_n;
} nf_date;

typedef enum nf_place_kind {
  NF_PLACE_COUNTRY = 0,
  NF_PLACE_REGION,   // first-level administrative division
  NF_PLACE_CITY,     // populated place
  NF_PLACE_OTHER,    // a place the gazetteer does not know
  NF_PLACE_DISTRICT  // second-level division (US counties)
} nf_place_kind;

typedef struct nf_place {
  nf_span span;
  const char *name;    // gazetteer name ("Jableh")
  uint32_t geonameid;  // 0 when not in the gazetteer
  double lat, lon;
  bool has_coords;     // lat/lon known (not only the country)
  char country[3];     // ISO 3166-1 alpha-2, "" when unknown
  const char *admin1;  // first-level division name, or NULL
  uint8_t kind;        // nf_place_kind
} nf_place;

typedef enum nf_actor_kind {
  NF_ACTOR_PERSON = 0,
  NF_ACTOR_ORG,   // organisations, agencies, monitors, media
  NF_ACTOR_GROUP  // armed groups, parties, communities
} nf_actor_kind;

typedef struct nf_actor {
  const char *name;      // fullest name used in the report
  uint8_t kind;          // nf_actor_kind
  const char *role;      // "head of the emergency department", or NULL
  const char **aliases;  // other names for it in the report
  size_t n_aliases;
  nf_span *mentions;
  size_t n_mentions;
} nf_actor;

typedef struct nf_quote {
  nf_span span;              // the quoted words (without the marks)
  bool direct;               // in quotation marks, or reported speech
  int32_t speaker;           // index into actors, or -1
  const char *speaker_name;  // as resolved, or NULL
  nf_span cue;               // "said", "told AFP", "revealed that"
} nf_quote;

// A person reported killed, hurt, missing or arrested one by one rather than
// as a number ("a 23-year-old man was shot and killed", "Khaled Al Raad ...
// was injured", "the gunman was killed by police"). Kept apart from
// figures: figures are numeric claims; these let a fold count people when
// no report gives a number.
typedef struct nf_victim {
  nf_span span;             // the words that describe the person
  uint8_t measure;          // killed, injured, missing, arrested (nf_measure)
  uint8_t category;         // men, women, children, security_forces, ...
  const char *description;  // "a 23-year-old man", "Khaled Al Raad"
  int32_t actor;            // index into actors when named, or -1
  bool perpetrator;         // the shooter, attacker or suspect
  int16_t age;              // years ("a 23-year-old", "Name, 34,"), or -1
  // The oldest its description lets it be, in years, when the words say a
  // young child's age in months, weeks or days or a word for one ("a
  // 6-month-old girl": 0, "an infant": 2, "the toddler": 4), or -1: the
  // facts stage reads it with the words (a fold need not).
  int8_t young;
  // Told as the victim of an earlier event than the report's ("And in
  // December, a 9-year-old was killed", "killed in a separate shooting
  // last year", a date weeks before the report in the sentence): set by
  // the facts stage from the sentence; a fold counts such people only
  // when the story has no casualties of its own.
  bool background;
  // A headline's person the body has told in its own words (description
  // and age from the body); the span may stay in the headline when it
  // names others beside them ("Mother, toddler killed").
  bool retold;
} nf_victim;

typedef struct nf_facts {
  nf_sentence *sentences;
  size_t n_sentences;
  nf_figure *figures;
  size_t n_figures;
  nf_date *dates;
  size_t n_dates;
  nf_place *places;
  size_t n_places;
  nf_actor *actors;
  size_t n_actors;
  nf_quote *quotes;
  size_t n_quotes;
  nf_victim *victims;
  size_t n_victims;
} nf_facts;

#endif
