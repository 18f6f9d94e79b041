// Shared state of one reconciliation, private to src/reconcile.
#ifndef NF_RECONCILE_RC_INT_H
#define NF_RECONCILE_RC_INT_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>

#include "core/arena.h"
#include "core/hash.h"
#include "model/account.h"
#include "model/fact.h"
#include "reconcile/reconcile.h"

// Two figures of different reports (or an earlier and a later figure) are
// taken for the same quantity when they are this close: tolls move by less
// than this between reports, while counts of different scope (a village,
// one family, a first attack) are usually much smaller than the whole.
#define NF_RC_SAME_QUANTITY_RATIO 2.5
// People described as killed that each one described as wounded is checked
// against (casualties.c): news stories describe a handful; thousands are
// copies of one report, and comparing all of them would be quadratic.
#define NF_RC_MAX_DEAD_COMPARED 4096
// People of one report checked for being one person told twice
// (casualties.c): a report describes a handful; a page of hundreds of
// names is a list, where each counts.
#define NF_RC_MAX_TOLD_TWICE 64
// Attackers who die in one attack are one or two; a count larger than
// another by more is no count of the same dead with the attackers.
#define NF_RC_MAX_ATTACKERS_APART 2
// Below this age a child is never told as "a man" or "a woman" (a teen of
// 16 or 17 may be).
#define NF_RC_YOUNG_CHILD_AGE 13
// A person described with a year this many years before the story's first
// report is of an earlier event; follow-ups (trials, anniversaries) look
// back on the story's own event a year or three later.
#define NF_RC_HISTORY_YEARS 5
// Counts told as an update ("now say a total of seven") that the story's
// count is checked against: a story has one or two such; past this, the
// rest are ordinary candidates (keeps the choice linear in the groups).
#define NF_RC_MAX_UPDATES 8
// Figures looked back at for the count a count of "others" adds to: one
// sentence holds a few.
#define NF_RC_MAX_OTHERS_BACK 8
// Reports describing an event's casualties, from which people hurt or
// killed that only one of them describes are taken for another event's:
// the one and two others (gva-dev: 617 -> 619 whole fold, won 4, lost 1;
// counting reports after merging the wounded who died: won 5, lost 3).
#define NF_RC_LONE_REPORTS 3
// The lead of a report: its first bytes, where news states what happened.
#define NF_RC_LEAD_BYTES 400

// One figure of one report, while grouping.
typedef struct rc_mention {
  uint32_t report, figure;
  uint8_t measure, category, qualifier;
  nf_ival iv;
  double stated;  // the number stated
  // A count of others added to the count before it ("one critically, three
  // others injured": 4); the figure's own numbers otherwise.
  bool summed;
  const char *place;      // gazetteer name, or NULL
  const nf_place *where;  // the place record, or NULL
  bool superseded, hedged, in_title;
  bool lead;        // in the headline or the first lines of the body
  bool background;  // a count over a period, not of the event
  int32_t name;     // source name entry (rc_name), or -1
  int32_t source;   // account source, or -1
  bool inferred;
  int32_t group;   // account figure, or -1
  uint32_t order;  // position: title first, then body order
} rc_mention;

// One name a source goes by in one report.
typedef struct rc_name {
  const char *name;  // as written (borrowed from the facts)
  char *key;         // folded for matching (scratch)
  char *acronym;     // initials of its capitalised words, or NULL
  uint32_t report;
  int32_t actor;       // index into that report's actors, or -1
  uint8_t actor_kind;  // nf_actor_kind when actor >= 0
  const char *role;
  bool gives_figures;  // a figure is attributed to it directly
  bool cited;          // named with a sourcing cue ("according to", "told")
  int32_t parent;      // union-find
  int32_t source;      // account source after clustering
} rc_name;

typedef struct rc {
  nf_account *acc;
  const nf_story_docs *story;
  nf_arena scratch;  // working memory, freed when the account is done
  nf_status st;      // first failure
  rc_mention *m;
  size_t n_m, cap_m;
  rc_name *names;
  size_t n_names, cap_names;
  uint64_t seed;
  // casualties.c: whether each person described is of an earlier event
  // (see victim_bg), worked out on first use.
  size_t *victim_bg_at;
  uint8_t *victim_bg;
  // The year of the story's first report, or 0; set with victim_bg_at.
  int first_year;
  // Per report: a roundup in a story that also has reports of its event
  // alone; see Nf_rc_roundups, which sets it on first use.
  bool *roundup;
  // Per sentence of each report (offsets per report, as victim_bg): 0 not
  // yet known, 1 no, 2 a background sentence (Nf_rc_span_background).
  size_t *sent_bg_at;
  uint8_t *sent_bg;
  // Per figure group: the latest report telling it as an update, -1 none,
  // -2 not yet known (wholes.c; the groups are fixed once judged).
  int32_t *update_rep;
} rc;

static inline const nf_facts *rc_facts(const rc *r, uint32_t report) {
  return r->story->docs[report]->facts;
}
static inline nf_sv rc_field(const rc *r, uint32_t report, uint8_t in) {
  const nf_doc *d = r->story->docs[report];
  return in == NF_IN_TITLE ? Nf_sv_cstr(d->title) : Nf_sv(d->text, d->text_len);
}
// Compare two reports by publication time: <0, 0, >0; 0 also when either
// is unknown (see rc_known_later for a strict test).
int Nf_rc_time_cmp(const rc *r, uint32_t a, uint32_t b);
// True when report a is known to be published after report b.
bool Nf_rc_known_later(const rc *r, uint32_t a, uint32_t b);
// True when report a is more recent than b: published later, or dated
// while b is not.
bool Nf_rc_more_recent(const rc *r, uint32_t a, uint32_t b);
// Mark the first failure.
static inline bool rc_fail(rc *r, nf_status st) {
  if (!r->st) r->st = st;
  return false;
}
// Arena-backed array growth; false (and r->st) on failure.
bool Nf_rc_grow(rc *r, nf_arena *a, void **ptr, size_t *cap, size_t need,
                size_t elem);

// Stages of the reconciliation, in the order reconcile.c runs them.
void Nf_rc_reports(rc *r);
void Nf_rc_collect_figures(rc *r);
void Nf_rc_sources(rc *r);        // clusters names into account sources
void Nf_rc_group_figures(rc *r);  // figure groups, sources inferred
void Nf_rc_judge_figures(rc *r);  // status, estimates, grades
void Nf_rc_parts(rc *r);          // parts against wholes
void Nf_rc_totals(rc *r);         // story-level count per measure
void Nf_rc_timeline(rc *r);
void Nf_rc_quotes(rc *r);
void Nf_rc_framing(rc *r);
void Nf_rc_headlines(rc *r);

// Casualty counts (casualties.c).
// True when a figure counts everyone hit, the dead with the wounded ("four
// people were shot", "shooting 11 people").
bool Nf_rc_hit_count(const rc *r, uint32_t rep, const nf_figure *f);
// +1 when a killed figure leaves a dead attacker out ("and then himself",
// "two others"), -1 when it holds them ("including the gunman"), else 0.
int Nf_rc_count_leaves_out_attacker(const rc *r, uint32_t rep,
                                    const nf_figure *f);
// A count of the rest after a count of the same people in one sentence
// ("one person in critical condition, three others injured", "two
// officers and three others were wounded"): the index of the figure it
// adds to, or -1. Both exact counts of the injured; not when the first is
// told as dead ("the fatal shooting of one man and the wounding of three
// others").
int Nf_rc_others_after(const rc *r, uint32_t rep, uint32_t i);
// A headline telling of the Nth death ("Third victim dies", "shootings
// claim fifth victim"): N; of a death without a number ("Victim in
// Creekwood shooting dies"): 1; else 0. Its people died after being
// counted among the wounded.
int Nf_rc_ordinal_death(const rc *r, uint32_t rep);
// Most current mentions of the group do so.
bool Nf_rc_group_counts_hit(const rc *r, const nf_acc_figure *g);
// Every figure behind the group's best tells of no wound, only of people
// hit or of deaths: its people may be among the dead.
bool Nf_rc_group_may_be_dead(const rc *r, const nf_acc_figure *g);
bool Nf_rc_group_leaves_out_attacker(const rc *r, const nf_acc_figure *g);
// Some current mention of the group tells its people apart from the dead
// ("three others were hurt", "one dead, one injured").
bool Nf_rc_group_tells_dead_apart(const rc *r, const nf_acc_figure *g);
// Some mention of the value counts the rest ("six others were hurt"), the
// dead told apart.
bool Nf_rc_value_of_others(const rc *r, const nf_acc_value *val);
// A current mention of the killed group takes its dead out of a count of
// `of` people ("one of the five people hospitalized has died").
bool Nf_rc_dead_among(const rc *r, const nf_acc_figure *killed, double of);
// Every current mention behind the group's best says it is a part of a
// larger count ("two of the victims", "three of them").
bool Nf_rc_group_partitive(const rc *r, const nf_acc_figure *g);
// Every mention of the value says it is a part of a larger count.
bool Nf_rc_value_partitive(const rc *r, const nf_acc_value *val);
// A casualty figure whose people were not hurt: "two other children were
// not injured", "one person wasn't shot", "three escaped unharmed".
bool Nf_rc_count_of_the_unhurt(const rc *r, uint32_t rep, const nf_figure *f);
// Of a killed group in conflict, a current value that says it holds the
// attacker ("seven people, including the shooter, were killed") and
// another smaller by at most NF_RC_MAX_ATTACKERS_APART ("kills six
// people"): returns the larger (the count with the attacker, as casualty
// archives count) and sets *without to the smaller; else NAN.
double Nf_rc_count_with_attacker(const rc *r, const nf_acc_figure *g,
                                 double *without);
// People described one by one for a measure: the most any report
// describes (attackers apart); the injured leave out anyone described as
// killed (the same name, or nothing telling them apart in another report).
// dead_counted: the story gives a count of the dead (a figure), which
// people only said to be hit ("shot his wife") may be among.
void Nf_rc_victim_counts(rc *r, uint8_t measure, bool dead_counted,
                         uint32_t *victims, uint32_t *perpetrators);

// The earliest year in digits in text ("in 2013", "since 1913"): four
// digits from 1900 to 2099 standing alone; 0 if none (figures.c).
int Nf_rc_earliest_year(nf_sv text);
// A sentence that is background to a story's event: a count over a
// period ("so far this year") or a tally of several events ("in 4
// separate shootings", "a violent weekend") (figures.c).
bool Nf_rc_background_text(nf_sv sent);
// Nf_rc_background_text of the sentence holding a span, worked out once per
// sentence (figures and people share sentences).
bool Nf_rc_span_background(rc *r, uint32_t rep, const nf_span *sp);
// A figure its sentence tells as the latest word on the count: "police
// now say a total of seven people were shot", "the toll rose to five"
// (figures.c).
bool Nf_rc_told_as_update(const rc *r, uint32_t rep, const nf_figure *f);
// Per report, whether it is a roundup: a report telling of several events
// ("2 dead, 10 hurt in weekend shootings", "in a separate shooting, ..."),
// whose figures and people may be another event's, in a story that also
// has reports of its event alone (a story told by roundups only keeps
// them). Worked out on first use, whichever step asks first; NULL only
// when out of memory (r->st set) (casualties.c).
const bool *Nf_rc_roundups(rc *r);

// Register a source name seen in a report; returns its entry or -1.
int32_t Nf_rc_name_add(rc *r, uint32_t report, const char *name, int32_t actor,
                       bool gives_figures);

// Names: fold for comparison (ASCII lower case, punctuation to spaces,
// leading "the" dropped, possessive "'s" dropped). Arena copy.
char *Nf_rc_name_key(nf_arena *a, const char *name, size_t n);
// True when two names (already keyed) plainly name the same person: equal,
// or one is the other's surname or given name plus surname.
bool Nf_rc_same_person(const char *key_a, const char *key_b);

// The sentence holding a span: the facts stage's, else the text between
// the punctuation marks around it; empty when the span is not in its field.
nf_sv Nf_rc_span_sentence(const rc *r, uint32_t rep, const nf_span *sp);

// Words: lower-case ASCII letters and digits, other UTF-8 kept as is.
// Calls fn for each word of s with its byte range; stops when fn returns
// false.
typedef bool (*rc_word_fn)(void *user, nf_sv word, size_t start, size_t end);
void Nf_rc_words(nf_sv s, rc_word_fn fn, void *user);

#endif
