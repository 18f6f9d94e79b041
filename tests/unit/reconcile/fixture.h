// Hand-made reports for reconcile tests: a document with a title, a body,
// a published date and facts written by the test (not by the facts stage),
// so the rules of reconciliation are tested on their own. Include cmocka
// first: fx_fold asserts.
#ifndef NF_TEST_RECONCILE_FIXTURE_H
#define NF_TEST_RECONCILE_FIXTURE_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "model/account.h"
#include "model/doc.h"
#include "model/fact.h"
#include "reconcile/reconcile.h"
#include "report/account_render.h"

enum { FX_CAP = 64 };

static inline nf_doc *fx_doc(nf_ctx *ctx, const char *id, const char *title,
                             const char *text, const char *published) {
  nf_doc *d = Nf_doc_new(ctx, id, id);
  if (!d) abort();
  d->extracted = true;
  d->title = title ? Nf_doc_strdup(d, title, strlen(title)) : NULL;
  d->text = Nf_doc_strdup(d, text, strlen(text));
  d->text_len = strlen(text);
  if (published) {
    Nf_datetime_parse_iso(Nf_sv_cstr(published), &d->published);
    Nf_datetime_format(&d->published, d->published_iso,
                       sizeof d->published_iso);
  }
  nf_facts *f = Nf_arena_calloc(&d->arena, 1, sizeof *f);
  f->figures = Nf_arena_calloc(&d->arena, FX_CAP, sizeof *f->figures);
  f->actors = Nf_arena_calloc(&d->arena, FX_CAP, sizeof *f->actors);
  f->quotes = Nf_arena_calloc(&d->arena, FX_CAP, sizeof *f->quotes);
  f->dates = Nf_arena_calloc(&d->arena, FX_CAP, sizeof *f->dates);
  f->victims = Nf_arena_calloc(&d->arena, FX_CAP, sizeof *f->victims);
  f->places = Nf_arena_calloc(&d->arena, FX_CAP, sizeof *f->places);
  d->facts = f;
  return d;
}

// A story of hand-made reports: fx_story_new, add reports to d[] (n), then
// fx_fold reconciles them into acc and fx_done frees it all.
typedef struct fx_story {
  nf_ctx *ctx;
  nf_doc *d[8];
  size_t n;
  nf_story_docs s;
  nf_account *acc;
} fx_story;

static inline fx_story fx_story_new(void) {
  fx_story st;
  memset(&st, 0, sizeof st);
  st.ctx = nf_ctx_new(NULL);
  if (!st.ctx) abort();
  return st;
}

static inline void fx_fold(fx_story *st) {
  st->s = (nf_story_docs){st->d, st->n, NULL, 0};
  assert_int_equal(Nf_reconcile(&st->ctx->alloc, &st->s, &st->acc), NF_OK);
  if (getenv("NF_TEST_DUMP")) {  // the account as JSON, for debugging
    nf_buf out;
    Nf_buf_init(&out, NULL, 0);
    nf_jw w;
    Nf_jw_init(&w, &out, 1);
    Nf_account_json(&w, st->acc, 0);
    fprintf(stderr, "%s\n", out.data);
    Nf_buf_fini(&out);
  }
}

static inline void fx_done(fx_story *st) {
  Nf_account_free(st->acc);
  for (size_t i = 0; i < st->n; i++) nf_doc_free(st->d[i]);
  nf_ctx_free(st->ctx);
}

// The span of `where` in the title (when it is there) or the body.
static inline nf_span fx_span(const nf_doc *d, const char *where) {
  nf_span sp = {0, 0, -1, NF_IN_BODY};
  const char *p = d->title ? strstr(d->title, where) : NULL;
  if (p) {
    sp.in = NF_IN_TITLE;
    sp.start = (uint32_t)(p - d->title);
  } else {
    p = strstr(d->text, where);
    if (!p) {
      fprintf(stderr, "fixture: '%s' not in %s\n", where, d->id);
      abort();
    }
    sp.start = (uint32_t)(p - d->text);
  }
  sp.end = sp.start + (uint32_t)strlen(where);
  return sp;
}

// An actor (the fullest name) with aliases; returns its index.
static inline int32_t fx_actor(nf_doc *d, const char *name, uint8_t kind,
                               const char *role) {
  nf_facts *f = d->facts;
  for (size_t i = 0; i < f->n_actors; i++)
    if (strcmp(f->actors[i].name, name) == 0) return (int32_t)i;
  nf_actor *a = &f->actors[f->n_actors];
  a->name = name;
  a->kind = kind;
  a->role = role;
  return (int32_t)f->n_actors++;
}

typedef struct fx_fig {
  const char *where;
  double value;
  uint8_t qualifier, measure, category;
  const char *source;  // organisation name, or NULL
  bool superseded, hedged;
  int32_t whole;  // index of the whole figure in this report, or -1
  double low, high;
} fx_fig;

static inline int32_t fx_figure(nf_doc *d, fx_fig x) {
  nf_facts *f = d->facts;
  nf_figure *g = &f->figures[f->n_figures];
  memset(g, 0, sizeof *g);
  g->span = fx_span(d, x.where);
  g->value = x.value;
  g->low = x.low == 0 && x.qualifier != NF_Q_VAGUE && x.qualifier != NF_Q_RANGE
               ? NAN
               : x.low;
  g->high = x.high == 0 ? NAN : x.high;
  if (x.qualifier == NF_Q_VAGUE || x.qualifier == NF_Q_RANGE) g->value = NAN;
  g->qualifier = x.qualifier;
  g->measure = x.measure;
  g->category = x.category;
  g->whole = x.whole;
  g->source = -1;
  g->place = -1;
  g->date = -1;
  if (x.source) {
    g->source = fx_actor(d, x.source, NF_ACTOR_ORG, NULL);
    g->attributed_to = x.source;
  }
  g->superseded = x.superseded;
  g->hedged = x.hedged;
  return (int32_t)f->n_figures++;
}

static inline void fx_quote(nf_doc *d, const char *words, const char *speaker,
                            bool direct) {
  nf_facts *f = d->facts;
  nf_quote *q = &f->quotes[f->n_quotes++];
  q->span = fx_span(d, words);
  q->direct = direct;
  q->speaker = fx_actor(d, speaker, NF_ACTOR_PERSON, NULL);
  q->speaker_name = speaker;
}

static inline void fx_date(nf_doc *d, const char *words, const char *iso) {
  nf_facts *f = d->facts;
  nf_date *dt = &f->dates[f->n_dates++];
  dt->span = fx_span(d, words);
  Nf_datetime_parse_iso(Nf_sv_cstr(iso), &dt->value);
}

static inline void fx_victim(nf_doc *d, const char *words, uint8_t measure,
                             bool perpetrator) {
  nf_facts *f = d->facts;
  nf_victim *v = &f->victims[f->n_victims++];
  v->span = fx_span(d, words);
  v->measure = measure;
  v->actor = -1;
  v->age = -1;
  v->description = words;
  v->perpetrator = perpetrator;
}

// Find the figure group of a measure and category whose values include v.
static inline const nf_acc_figure *fx_group(const nf_account *acc, uint8_t m,
                                            uint8_t c, double v) {
  for (size_t g = 0; g < acc->n_figures; g++) {
    const nf_acc_figure *f = &acc->figures[g];
    if (f->measure != m || f->category != c) continue;
    for (size_t k = 0; k < f->n_values; k++)
      if (Nf_acc_value_stated(&f->values[k]) == v) return f;
  }
  return NULL;
}

static inline const nf_acc_value *fx_value(const nf_acc_figure *f, double v) {
  for (size_t k = 0; k < f->n_values; k++)
    if (Nf_acc_value_stated(&f->values[k]) == v) return &f->values[k];
  return NULL;
}

#endif
