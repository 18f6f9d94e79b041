// Internal state of one facts run over one document, shared by the
// scanners of this stage (figures, dates, places, actors, quotes, victims).
#ifndef NF_EXTRACT_FX_H
#define NF_EXTRACT_FX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "extract/lexicon.h"
#include "model/doc.h"
#include "model/fact.h"
#include "text/token.h"

// A sentence with its tokens and what later passes learn about it.
typedef struct fx_sent {
  uint32_t t0, t1;  // tokens [t0, t1) of toks[in]
  uint32_t para;
  uint8_t in;        // nf_in
  bool full;         // ends with . ! ? (or a closing quote after one)
  bool hedge;        // "not independently verified", "reportedly"
  bool hedge_only;   // a hedge about figures given before ("these numbers")
  bool topic_shift;  // opens with "Meanwhile", "Elsewhere", ...
  int32_t source;    // actor index of who says it, or -1
  const char *source_name;  // as printed, or NULL
  bool source_inherited;
  uint32_t n_figs;  // figures read in it
  // The victims pass's reading of the sentence's own time, worked out on
  // first use (victims.c, earlier_own): FX_EARLIER_* bits, 0 not yet read.
  uint8_t earlier;
} fx_sent;

#define FX_EARLIER_READ 1u   // earlier_own has read the sentence
#define FX_EARLIER_EVENT 2u  // it tells of an event before the report's
#define FX_EARLIER_DATED 4u  // it gives a date of its own

typedef struct fx {
  nf_doc *doc;
  nf_arena *arena;
  nf_facts *f;
  const char *text[2];  // per nf_in: body, title
  size_t len[2];
  nf_toks toks[2];  // per nf_in
  fx_sent *sents;
  size_t n_sents, cap_sents;
  size_t max_facts;
  size_t cap_fig, cap_date, cap_place, cap_actor, cap_quote, cap_victim;
  nf_status status;  // first allocation failure
} fx;

static inline const char *fx_s(const fx *x, const fx_sent *s) {
  return x->text[s->in];
}
static inline const nf_tok *fx_tk(const fx *x, const fx_sent *s) {
  return x->toks[s->in].v;
}

// A span of tokens [a, b) of sentence si.
nf_span Nf_fx_span(const fx *x, size_t si, size_t a, size_t b);
// Copy the text of tokens [a, b) of sentence si into the arena.
const char *Nf_fx_text(fx *x, size_t si, size_t a, size_t b);

// Passes, in the order facts.c runs them.
void Nf_fx_actors(fx *x);
void Nf_fx_sources(fx *x);
void Nf_fx_figures(fx *x);
void Nf_fx_dates(fx *x);
void Nf_fx_places(fx *x);
void Nf_fx_quotes(fx *x);
void Nf_fx_victims(fx *x);

// Actor lookup for a name or descriptor seen in sentence si, tokens
// [a, b): the actor index, or -1. May add an actor.
int32_t Nf_fx_actor_for(fx *x, size_t si, size_t a, size_t b, bool add);

// Are tokens [a, b) of sentence si a place name (a country, region or
// town in the gazetteer, or a demonym)?
bool Nf_fx_is_place(fx *x, size_t si, size_t a, size_t b);

// Append one element to a fact array living in the arena, within
// max_facts. Returns NULL (and notes it once) when full or out of memory.
void *Nf_fx_push(fx *x, void **arr, size_t *n, size_t *cap, size_t elem);

#endif
