// The account of one story: what its reports agree on, where they
// conflict, what changed over time, who the sources are, and how each
// report tells it. Made by the reconcile stage from a story's documents,
// read by the renderers. Every statement points back at sentences of the
// documents (nf_acc_ref), so the documents must outlive the account.
//
// Memory: everything an account holds lives in its own arena and goes with
// Nf_account_free. Text views (nf_sv) point into the documents' title or
// body, or into the account's arena.
#ifndef NF_MODEL_ACCOUNT_H
#define NF_MODEL_ACCOUNT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "core/str.h"
#include "model/doc.h"
#include "model/fact.h"

// Version of the account schema printed with every account (docs/account.md).
#define NF_ACCOUNT_SCHEMA_VERSION "1"

// The reports of one story, as the folder hands them to reconcile. Reports
// that share text (wire copy, rewrites) are given as copy pairs by the
// grouping stage.
typedef struct nf_story_copy {
  uint32_t a, b;  // indices into docs
  double shared;  // fraction of the shorter report's text they share
} nf_story_copy;

typedef struct nf_story_docs {
  nf_doc *const *docs;  // in input order; borrowed
  size_t n_docs;
  const nf_story_copy *copies;
  size_t n_copies;
} nf_story_docs;

// A pointer at the words of one report that a statement rests on.
typedef struct nf_acc_ref {
  uint32_t report;      // index into the story's documents
  uint32_t start, end;  // byte range of the fact's words in title or body
  int32_t sentence;     // index into that document's facts->sentences, or -1
  uint8_t in;           // nf_in
} nf_acc_ref;

typedef enum nf_fig_status {
  NF_FS_SINGLE = 0,  // one report only
  NF_FS_AGREE,       // every current value is compatible with the others
  NF_FS_UPDATED,     // values moved over time and a report says so
  NF_FS_CONFLICT,    // incompatible values that time does not explain
  NF_FS__COUNT
} nf_fig_status;

typedef enum nf_grade {
  NF_GRADE_WEAK = 0,   // one independent origin, however many reports
  NF_GRADE_FAIR,       // two independent origins agree
  NF_GRADE_STRONG,     // three or more independent origins agree
  NF_GRADE_CONTESTED,  // independent origins give incompatible figures
  NF_GRADE__COUNT
} nf_grade;

// One figure of one report inside a figure group.
typedef struct nf_acc_mention {
  nf_acc_ref ref;
  uint32_t figure;       // index into that document's facts->figures
  int32_t source;        // index into account sources, or -1 (unattributed)
  bool source_inferred;  // unattributed; source taken from matching figures
  bool superseded;       // the report calls it an earlier figure
  bool hedged;
} nf_acc_mention;

// A distinct stated value inside a group ("over 1000", "1018").
typedef struct nf_acc_value {
  double value, low, high;  // as stated; NaN where not stated
  uint8_t qualifier;        // nf_qualifier
  bool superseded;          // every mention of it is marked superseded
  bool current;             // counts toward low/best/high
  bool fits_best;           // compatible with the group's best estimate
  uint32_t claim;           // values compatible with each other (the same
                            // claim in other words) share this number
  nf_acc_mention *mentions;
  size_t n_mentions;
  uint32_t n_reports;  // distinct reports stating it
} nf_acc_value;

// A parts-against-whole check of one report (or of the story).
typedef enum nf_parts_result {
  NF_PARTS_ADD_UP = 0,  // the parts sum to the whole exactly
  NF_PARTS_CONSISTENT,  // the sum fits the whole's stated interval
  NF_PARTS_SHORT,       // the parts cover only some of the whole
  NF_PARTS_EXCEED,      // the parts add to more than the whole
  NF_PARTS__COUNT
} nf_parts_result;

typedef struct nf_acc_part {
  uint32_t figure;  // index into account figures (the part's group)
  double value;     // the value this report gives
  bool open;        // stated as a lower bound ("over 250")
} nf_acc_part;

typedef struct nf_acc_check {
  int32_t report;  // whose parts these are, or -1 (the story's best)
  nf_acc_part *parts;
  size_t n_parts;
  double sum;
  bool sum_open;  // some part is a lower bound
  double whole;   // the whole it is checked against
  uint8_t whole_qualifier;
  bool whole_from_report;  // the same report states the whole
  uint8_t result;          // nf_parts_result
} nf_acc_check;

// A figure group: the same quantity across reports.
typedef struct nf_acc_figure {
  uint8_t measure;      // nf_measure
  uint8_t category;     // nf_category
  nf_sv category_text;  // the most common words used for it
  const char *place;    // gazetteer name when the figure is placed, or NULL
  uint8_t status;       // nf_fig_status
  double low, best, high;
  const char *rule;  // how low / best / high were chosen (arena)
  const char *why;   // why this status (arena)
  int32_t latest;    // value index of the latest figure, or -1
  uint32_t latest_report;
  nf_acc_value *values;
  size_t n_values;
  uint32_t n_reports;  // distinct reports in the group
  int32_t whole;       // figure group this is a part of, or -1
  nf_acc_check *checks;
  size_t n_checks;
  int32_t *sources;  // account sources behind current mentions
  size_t n_sources;
  uint32_t origins;     // independent origins behind current mentions
  uint8_t grade;        // nf_grade
  bool major;           // stated by at least half the reports (and two)
  uint32_t n_lead;      // reports stating it in their headline or lead
  uint32_t n_support;   // reports giving a current figure that fits best
  uint32_t n_mentions;  // figures in it, repetitions included
  bool background;      // every figure of it counts over a period ("305
                        // homicides that year"), not the story's event
} nf_acc_figure;

typedef enum nf_source_kind {
  NF_SRC_ORGANISATION = 0,  // monitors, ministries, police, hospitals
  NF_SRC_OFFICIAL,          // a person speaking for one
  NF_SRC_WITNESS,           // a person telling what they saw
  NF_SRC_MEDIA,             // news agencies and outlets relaying others
  NF_SRC__COUNT
} nf_source_kind;

typedef struct nf_acc_source {
  const char *name;      // fullest name used (arena)
  const char **aliases;  // other names it goes by across reports
  size_t n_aliases;
  uint8_t kind;       // nf_source_kind
  bool primary;       // first-hand source of figures
  uint32_t *reports;  // reports naming it
  size_t n_reports;
  uint32_t n_figures;   // figure mentions attributed to it
  uint32_t n_inferred;  // unattributed mentions traced to it
} nf_acc_source;

typedef struct nf_acc_event {
  nf_datetime date;
  nf_acc_ref text;   // the sentence that tells it best
  nf_acc_ref *refs;  // one per report stating it
  size_t n_refs;
} nf_acc_event;

typedef struct nf_acc_quote_text {
  nf_acc_ref *refs;  // the quoted words in each report
  size_t n_refs;
  bool direct;         // in quotation marks in at least one report
  uint32_t statement;  // index of the statement: texts of one statement
                       // are different wordings of the same words
} nf_acc_quote_text;

typedef enum nf_wording {
  NF_WORDING_SINGLE = 0,  // quoted in one report only
  NF_WORDING_VERBATIM,    // every report quotes the same words
  NF_WORDING_DIFFERENT,   // reports quote different words
  NF_WORDING__COUNT
} nf_wording;

typedef struct nf_acc_speaker {
  const char *name;
  nf_acc_quote_text *texts;
  size_t n_texts;
  uint32_t *reports;
  size_t n_reports;
  uint8_t wording;  // nf_wording
} nf_acc_speaker;

typedef enum nf_term_kind {
  NF_TERM_LOADED = 0,  // emotive or value-laden wording
  NF_TERM_HEDGE,       // distance or doubt
  NF_TERM__COUNT
} nf_term_kind;

typedef struct nf_acc_term {
  const char *term;   // lexicon entry, or the word (arena)
  const char *group;  // lexicon group ("violence", "delegitimising"), or NULL
  uint32_t count;
  double z;          // log-odds z-score (distinctive words only)
  nf_acc_ref first;  // its first use
} nf_acc_term;

// Who a report names as the actor of the killing: its own words.
typedef struct nf_acc_agent {
  nf_acc_ref ref;
  bool attributed;  // said in a sentence that credits someone else
} nf_acc_agent;

typedef struct nf_acc_framing {
  nf_sv headline;
  uint32_t words;
  nf_acc_term *distinctive;
  size_t n_distinctive;
  nf_acc_term *loaded;
  size_t n_loaded;
  nf_acc_term *hedges;
  size_t n_hedges;
  uint32_t loaded_count;
  double loaded_per_1000;
  nf_acc_agent *agents;
  size_t n_agents;
  bool unsourced;  // gives figures but names no source for any
} nf_acc_framing;

typedef enum nf_hcheck_kind {
  NF_HC_FIGURE = 0,        // the headline's figure has no support in the body
  NF_HC_QUALIFIER,         // the body gives the quantity, but not that figure
  NF_HC_ACTOR,             // the headline names an actor the body does not
  NF_HC_ACTOR_ATTRIBUTED,  // the body names it only as others' claim
  NF_HC__COUNT
} nf_hcheck_kind;

typedef struct nf_acc_hcheck {
  uint32_t report;
  uint8_t kind;         // nf_hcheck_kind
  nf_acc_ref headline;  // the headline's words
  nf_acc_ref body;  // the closest body statement (report = UINT32_MAX if none)
  int32_t figure;   // figure group, or -1
} nf_acc_hcheck;

// What one report does with one major fact, for the coverage table.
typedef enum nf_cover {
  NF_COVER_OMITS = 0,
  NF_COVER_STATES,
  NF_COVER_HEDGES,
  NF_COVER_CONTRADICTS,
  NF_COVER_OUTDATED,  // gives an earlier figure
  NF_COVER__COUNT
} nf_cover;

typedef struct nf_acc_report {
  uint32_t origin;   // independent-origin cluster of this report
  uint32_t copy_of;  // first report of its shared-text cluster
  nf_datetime time;  // published, precision NONE when unknown
  uint32_t n_figures;
} nf_acc_report;

typedef struct nf_account {
  nf_arena arena;
  const nf_story_docs *story;
  nf_acc_report *reports;  // one per document
  size_t n_reports;
  nf_acc_figure *figures;
  size_t n_figures;
  nf_acc_source *sources;
  size_t n_sources;
  nf_acc_event *timeline;
  size_t n_timeline;
  nf_acc_speaker *speakers;
  size_t n_speakers;
  nf_acc_framing *framing;  // one per report
  nf_acc_hcheck *hchecks;
  size_t n_hchecks;
  uint32_t n_primary;  // primary sources
  uint32_t n_origins;  // independent origins of the story's figures
  uint32_t n_outlets;
  int32_t
      total[NF_M__COUNT];  // figure group holding each measure's total, or -1
  double total_best[NF_M__COUNT];  // story-level best count per measure (NaN:
                                   // none)
  const char *total_rule[NF_M__COUNT];
} nf_account;

// Names as printed ("agree", "fair", "adds_up", ...).
const char *Nf_fig_status_name(nf_fig_status s);
const char *Nf_grade_name(nf_grade g);
const char *Nf_parts_result_name(nf_parts_result r);
const char *Nf_source_kind_name(nf_source_kind k);
const char *Nf_wording_name(nf_wording w);
const char *Nf_hcheck_kind_name(nf_hcheck_kind k);
const char *Nf_cover_name(nf_cover c);

// A new, empty account for a story, or NULL when memory runs out.
nf_account *Nf_account_new(const nf_allocator *alloc,
                           const nf_story_docs *story);
void Nf_account_free(nf_account *acc);

// The words a reference points at (title or body of its report).
nf_sv Nf_acc_ref_text(const nf_account *acc, nf_acc_ref ref);
// The whole sentence holding a reference (its words when no sentence).
nf_sv Nf_acc_ref_sentence(const nf_account *acc, nf_acc_ref ref);
// The number a figure states ("over 1,000" states 1000; "between 40 and
// 50" states 45; "dozens" states its low bound). NaN when none.
double Nf_acc_stated(uint8_t qualifier, double value, double low, double high);
static inline double Nf_acc_value_stated(const nf_acc_value *v) {
  return Nf_acc_stated(v->qualifier, v->value, v->low, v->high);
}
// The figure a mention points at.
const nf_figure *Nf_acc_mention_figure(const nf_account *acc,
                                       const nf_acc_mention *m);
// What report r does with figure group g (coverage table); *value is the
// value index it states, or -1.
nf_cover Nf_acc_coverage(const nf_account *acc, size_t g, uint32_t r,
                         int32_t *value, const nf_acc_mention **mention);

#endif
