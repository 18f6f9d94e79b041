// The facts of a document as JSON members: sentences, figures, dates,
// places, actors, quotes and victims. The schema is docs/facts.md.
#include <math.h>

#include "model/fact.h"
#include "report/render.h"

static const char *in_name(uint8_t in) {
  return in == NF_IN_TITLE ? "title" : "body";
}

static const char *src_of(const nf_doc *doc, uint8_t in) {
  return in == NF_IN_TITLE ? (doc->title ? doc->title : "") : doc->text;
}

// "sentence", "in", "start", "end", "text" of a span.
static void span_members(nf_jw *w, const nf_doc *doc, nf_span sp) {
  Nf_jw_kint(w, "sentence", sp.sentence);
  Nf_jw_kstr(w, "in", in_name(sp.in));
  Nf_jw_kint(w, "start", sp.start);
  Nf_jw_kint(w, "end", sp.end);
  Nf_jw_key(w, "text");
  Nf_jw_str(w, Nf_sv(src_of(doc, sp.in) + sp.start, sp.end - sp.start));
}

static void index_or_null(nf_jw *w, const char *key, int32_t i) {
  Nf_jw_key(w, key);
  if (i < 0)
    Nf_jw_null(w);
  else
    Nf_jw_int(w, i);
}

static void figures(nf_jw *w, const nf_doc *doc, const nf_facts *f) {
  Nf_jw_key(w, "figures");
  Nf_jw_arr(w);
  for (size_t i = 0; i < f->n_figures; i++) {
    const nf_figure *g = &f->figures[i];
    Nf_jw_obj(w);
    Nf_jw_knum(w, "value", g->value);
    Nf_jw_knum(w, "low", g->low);
    Nf_jw_knum(w, "high", g->high);
    Nf_jw_kstr(w, "qualifier", Nf_qualifier_name(g->qualifier));
    Nf_jw_kstr(w, "measure", Nf_measure_name(g->measure));
    Nf_jw_kstr(w, "also_measure",
               g->also_measure ? Nf_measure_name(g->also_measure) : NULL);
    Nf_jw_kstr(w, "category", Nf_category_name(g->category));
    Nf_jw_kstr(w, "category_text", g->category_text);
    Nf_jw_kstr(w, "unit", g->unit);
    Nf_jw_kstr(w, "attributed_to", g->attributed_to);
    index_or_null(w, "source", g->source);
    Nf_jw_kbool(w, "attribution_inherited", g->attribution_inherited);
    Nf_jw_kbool(w, "hedged", g->hedged);
    Nf_jw_kbool(w, "superseded", g->superseded);
    index_or_null(w, "part_of", g->whole);
    index_or_null(w, "place", g->place);
    index_or_null(w, "date", g->date);
    span_members(w, doc, g->span);
    Nf_jw_obj_end(w);
  }
  Nf_jw_arr_end(w);
}

static void dates(nf_jw *w, const nf_doc *doc, const nf_facts *f) {
  static const char *const anchors[] = {NULL, "published", "other_reports",
                                        "text"};
  Nf_jw_key(w, "dates");
  Nf_jw_arr(w);
  for (size_t i = 0; i < f->n_dates; i++) {
    const nf_date *d = &f->dates[i];
    char iso[40];
    Nf_jw_obj(w);
    Nf_jw_key(w, "value");
    if (d->value.precision != NF_PREC_NONE) {
      Nf_datetime_format(&d->value, iso, sizeof iso);
      Nf_jw_strz(w, iso);
    } else {
      Nf_jw_null(w);
    }
    Nf_jw_kstr(w, "kind",
               d->kind == NF_DATE_RELATIVE ? "relative" : "absolute");
    Nf_jw_kstr(w, "anchor", d->anchor < 4 ? anchors[d->anchor] : NULL);
    Nf_jw_key(w, "anchor_date");
    if (d->anchor_date.precision != NF_PREC_NONE) {
      Nf_datetime_format(&d->anchor_date, iso, sizeof iso);
      Nf_jw_strz(w, iso);
    } else {
      Nf_jw_null(w);
    }
    span_members(w, doc, d->span);
    Nf_jw_obj_end(w);
  }
  Nf_jw_arr_end(w);
}

static void places(nf_jw *w, const nf_doc *doc, const nf_facts *f) {
  static const char *const kinds[] = {"country", "region", "city", "other",
                                      "district"};
  Nf_jw_key(w, "places");
  Nf_jw_arr(w);
  for (size_t i = 0; i < f->n_places; i++) {
    const nf_place *p = &f->places[i];
    Nf_jw_obj(w);
    Nf_jw_kstr(w, "name", p->name);
    Nf_jw_kstr(w, "kind", p->kind < 5 ? kinds[p->kind] : "other");
    Nf_jw_kstr(w, "country", p->country[0] ? p->country : NULL);
    Nf_jw_kstr(w, "admin1", p->admin1);
    Nf_jw_knum(w, "lat", p->geonameid || p->has_coords ? p->lat : NAN);
    Nf_jw_knum(w, "lon", p->geonameid || p->has_coords ? p->lon : NAN);
    Nf_jw_key(w, "geonameid");
    if (p->geonameid)
      Nf_jw_int(w, p->geonameid);
    else
      Nf_jw_null(w);
    span_members(w, doc, p->span);
    Nf_jw_obj_end(w);
  }
  Nf_jw_arr_end(w);
}

static void actors(nf_jw *w, const nf_doc *doc, const nf_facts *f) {
  static const char *const kinds[] = {"person", "organisation", "group"};
  Nf_jw_key(w, "actors");
  Nf_jw_arr(w);
  for (size_t i = 0; i < f->n_actors; i++) {
    const nf_actor *a = &f->actors[i];
    Nf_jw_obj(w);
    Nf_jw_kstr(w, "name", a->name);
    Nf_jw_kstr(w, "kind", a->kind < 3 ? kinds[a->kind] : "group");
    Nf_jw_kstr(w, "role", a->role);
    Nf_jw_key(w, "aliases");
    Nf_jw_arr(w);
    for (size_t k = 0; k < a->n_aliases; k++) Nf_jw_strz(w, a->aliases[k]);
    Nf_jw_arr_end(w);
    Nf_jw_key(w, "mentions");
    Nf_jw_arr(w);
    for (size_t k = 0; k < a->n_mentions; k++) {
      Nf_jw_obj(w);
      span_members(w, doc, a->mentions[k]);
      Nf_jw_obj_end(w);
    }
    Nf_jw_arr_end(w);
    Nf_jw_obj_end(w);
  }
  Nf_jw_arr_end(w);
}

static void quotes(nf_jw *w, const nf_doc *doc, const nf_facts *f) {
  Nf_jw_key(w, "quotes");
  Nf_jw_arr(w);
  for (size_t i = 0; i < f->n_quotes; i++) {
    const nf_quote *q = &f->quotes[i];
    Nf_jw_obj(w);
    Nf_jw_kbool(w, "direct", q->direct);
    Nf_jw_kstr(w, "speaker", q->speaker_name);
    index_or_null(w, "speaker_actor", q->speaker);
    Nf_jw_key(w, "cue");
    if (q->cue.end > q->cue.start) {
      Nf_jw_str(w, Nf_sv(src_of(doc, q->cue.in) + q->cue.start,
                         q->cue.end - q->cue.start));
    } else {
      Nf_jw_null(w);
    }
    span_members(w, doc, q->span);
    Nf_jw_obj_end(w);
  }
  Nf_jw_arr_end(w);
}

static void victims(nf_jw *w, const nf_doc *doc, const nf_facts *f) {
  Nf_jw_key(w, "victims");
  Nf_jw_arr(w);
  for (size_t i = 0; i < f->n_victims; i++) {
    const nf_victim *v = &f->victims[i];
    Nf_jw_obj(w);
    Nf_jw_kstr(w, "measure", Nf_measure_name(v->measure));
    Nf_jw_kstr(w, "category", Nf_category_name(v->category));
    Nf_jw_kstr(w, "description", v->description);
    index_or_null(w, "actor", v->actor);
    Nf_jw_kbool(w, "perpetrator", v->perpetrator);
    Nf_jw_kbool(w, "background", v->background);
    Nf_jw_key(w, "age");
    if (v->age >= 0)
      Nf_jw_int(w, v->age);
    else
      Nf_jw_null(w);
    span_members(w, doc, v->span);
    Nf_jw_obj_end(w);
  }
  Nf_jw_arr_end(w);
}

static void sentences(nf_jw *w, const nf_facts *f) {
  Nf_jw_key(w, "sentences");
  Nf_jw_arr(w);
  for (size_t i = 0; i < f->n_sentences; i++) {
    const nf_sentence *s = &f->sentences[i];
    Nf_jw_obj(w);
    Nf_jw_kstr(w, "in", in_name(s->in));
    Nf_jw_kint(w, "para", s->para);
    Nf_jw_kint(w, "start", s->start);
    Nf_jw_kint(w, "end", s->end);
    Nf_jw_obj_end(w);
  }
  Nf_jw_arr_end(w);
}

void Nf_render_facts_members(nf_jw *w, const nf_doc *doc) {
  static const nf_facts empty = {0};
  const nf_facts *f = doc->facts ? doc->facts : &empty;
  figures(w, doc, f);
  dates(w, doc, f);
  places(w, doc, f);
  actors(w, doc, f);
  quotes(w, doc, f);
  victims(w, doc, f);
  sentences(w, f);
}
