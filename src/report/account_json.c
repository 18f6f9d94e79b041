// An account as JSON (schema: docs/account.md).
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "report/account_render.h"

static void report_id(nf_jw *w, const nf_account *acc, uint32_t r) {
  if (r >= acc->n_reports) {
    Nf_jw_null(w);
    return;
  }
  Nf_jw_strz(w, acc->story->docs[r]->id);
}

static void published(nf_jw *w, const nf_account *acc, uint32_t r) {
  const char *p = acc->story->docs[r]->published_iso;
  if (p[0])
    Nf_jw_strz(w, p);
  else
    Nf_jw_null(w);
}

static void figure_id(nf_jw *w, int64_t g) {
  char id[24];
  if (g < 0) {
    Nf_jw_null(w);
    return;
  }
  snprintf(id, sizeof id, "f%lld", (long long)g + 1);
  Nf_jw_strz(w, id);
}

// The words, the sentence and where they are: every statement's link back.
static void ref_members(nf_jw *w, const nf_account *acc, nf_acc_ref ref) {
  Nf_jw_key(w, "id");
  report_id(w, acc, ref.report);
  if (ref.report >= acc->n_reports) return;
  Nf_jw_key(w, "published");
  published(w, acc, ref.report);
  Nf_jw_key(w, "sentence");
  Nf_jw_str(w, Nf_acc_ref_sentence(acc, ref));
  Nf_jw_key(w, "words");
  Nf_jw_str(w, Nf_acc_ref_text(acc, ref));
  Nf_jw_kstr(w, "in", ref.in == NF_IN_TITLE ? "title" : "text");
  Nf_jw_kint(w, "start", ref.start);
  Nf_jw_kint(w, "end", ref.end);
  Nf_jw_kint(w, "sentence_index", ref.sentence);
}

static void ref_obj(nf_jw *w, const nf_account *acc, nf_acc_ref ref) {
  Nf_jw_obj(w);
  ref_members(w, acc, ref);
  Nf_jw_obj_end(w);
}

static void value_text(nf_jw *w, const nf_acc_value *v) {
  char buf[80];
  if (v->qualifier == NF_Q_RANGE && isfinite(v->low) && isfinite(v->high))
    snprintf(buf, sizeof buf, "%.15g-%.15g", v->low, v->high);
  else if (v->qualifier == NF_Q_VAGUE && isfinite(v->low))
    snprintf(buf, sizeof buf, "%.15g or more", v->low);
  else
    snprintf(buf, sizeof buf, "%s%.15g", Nf_acc_qualifier_words(v->qualifier),
             isfinite(v->value) ? v->value
             : isfinite(v->low) ? v->low
                                : v->high);
  Nf_jw_strz(w, buf);
}

static const char *source_name(const nf_account *acc, int32_t s) {
  return s >= 0 && (size_t)s < acc->n_sources ? acc->sources[s].name : NULL;
}

typedef struct evo {
  const nf_acc_mention *m;
  const nf_acc_value *v;
  const nf_account *acc;
} evo;

static int evo_cmp(const void *a, const void *b) {
  const evo *x = a, *y = b;
  const nf_datetime *tx = &x->acc->reports[x->m->ref.report].time,
                    *ty = &x->acc->reports[y->m->ref.report].time;
  bool kx = tx->precision != NF_PREC_NONE, ky = ty->precision != NF_PREC_NONE;
  if (kx != ky) return kx ? 1 : -1;  // undated first
  if (kx) {
    int c = Nf_datetime_cmp(tx, ty);
    if (c) return c;
  }
  if (x->m->ref.report != y->m->ref.report)
    return x->m->ref.report < y->m->ref.report ? -1 : 1;
  // A report's earlier figure ("its previous toll of 830") came before the
  // figure it gives now.
  if (x->m->superseded != y->m->superseded) return x->m->superseded ? -1 : 1;
  return x->m->ref.start < y->m->ref.start ? -1
                                           : x->m->ref.start > y->m->ref.start;
}

static nf_status figure(nf_jw *w, const nf_account *acc, size_t g) {
  const nf_acc_figure *f = &acc->figures[g];
  Nf_jw_obj(w);
  Nf_jw_key(w, "id");
  figure_id(w, (int64_t)g);
  Nf_jw_kstr(w, "measure", Nf_measure_name(f->measure));
  Nf_jw_kstr(w, "category", Nf_category_name(f->category));
  // The words reports use for it (the first mention's).
  Nf_jw_key(w, "category_text");
  const nf_figure *first = NULL;
  if (f->n_values && f->values[0].n_mentions)
    first = Nf_acc_mention_figure(acc, &f->values[0].mentions[0]);
  if (first && first->category_text)
    Nf_jw_strz(w, first->category_text);
  else
    Nf_jw_null(w);
  Nf_jw_kstr(w, "place", f->place);
  Nf_jw_kstr(w, "status", Nf_fig_status_name(f->status));
  Nf_jw_knum(w, "low", f->low);
  Nf_jw_knum(w, "best", f->best);
  Nf_jw_knum(w, "high", f->high);
  Nf_jw_kstr(w, "rule", f->rule);
  Nf_jw_kstr(w, "why", f->why);
  Nf_jw_kint(w, "reports_count", f->n_reports);
  Nf_jw_kint(w, "reports_backing_best", f->n_support);
  Nf_jw_kint(w, "reports_in_lead", f->n_lead);
  Nf_jw_kbool(w, "major", f->major);
  Nf_jw_kbool(w, "background", f->background);
  Nf_jw_key(w, "latest");
  if (f->status == NF_FS_UPDATED && f->latest >= 0) {
    Nf_jw_obj(w);
    Nf_jw_knum(w, "value", Nf_acc_value_stated(&f->values[f->latest]));
    Nf_jw_key(w, "text");
    value_text(w, &f->values[f->latest]);
    Nf_jw_key(w, "date");
    published(w, acc, f->latest_report);
    Nf_jw_key(w, "report");
    report_id(w, acc, f->latest_report);
    Nf_jw_obj_end(w);
  } else {
    Nf_jw_null(w);
  }
  Nf_jw_key(w, "whole");
  figure_id(w, f->whole);
  Nf_jw_key(w, "values");
  Nf_jw_arr(w);
  for (size_t v = 0; v < f->n_values; v++) {
    const nf_acc_value *val = &f->values[v];
    Nf_jw_obj(w);
    Nf_jw_knum(w, "value", Nf_acc_value_stated(val));
    Nf_jw_knum(w, "low", val->low);
    Nf_jw_knum(w, "high", val->high);
    Nf_jw_kstr(w, "qualifier", Nf_qualifier_name(val->qualifier));
    Nf_jw_key(w, "text");
    value_text(w, val);
    Nf_jw_kbool(w, "superseded", val->superseded);
    Nf_jw_kbool(w, "current", val->current);
    Nf_jw_kbool(w, "fits_best", val->fits_best);
    Nf_jw_key(w, "reports");
    Nf_jw_arr(w);
    for (size_t i = 0; i < val->n_mentions; i++) {
      const nf_acc_mention *m = &val->mentions[i];
      Nf_jw_obj(w);
      ref_members(w, acc, m->ref);
      Nf_jw_kstr(w, "source", source_name(acc, m->source));
      Nf_jw_kbool(w, "source_inferred", m->source_inferred);
      Nf_jw_kbool(w, "hedged", m->hedged);
      Nf_jw_kbool(w, "superseded", m->superseded);
      Nf_jw_obj_end(w);
    }
    Nf_jw_arr_end(w);
    Nf_jw_obj_end(w);
  }
  Nf_jw_arr_end(w);
  Nf_jw_key(w, "superseded");
  Nf_jw_arr(w);
  for (size_t v = 0; v < f->n_values; v++)
    if (f->values[v].superseded ||
        (!f->values[v].current && f->status == NF_FS_UPDATED))
      Nf_jw_num(w, Nf_acc_value_stated(&f->values[v]));
  Nf_jw_arr_end(w);
  // Parts against wholes.
  Nf_jw_key(w, "checks");
  Nf_jw_arr(w);
  for (size_t c = 0; c < f->n_checks; c++) {
    const nf_acc_check *ch = &f->checks[c];
    Nf_jw_obj(w);
    Nf_jw_key(w, "report");
    if (ch->report >= 0)
      report_id(w, acc, (uint32_t)ch->report);
    else
      Nf_jw_null(w);
    Nf_jw_key(w, "parts");
    Nf_jw_arr(w);
    for (size_t p = 0; p < ch->n_parts; p++) {
      Nf_jw_obj(w);
      Nf_jw_key(w, "figure");
      figure_id(w, ch->parts[p].figure);
      Nf_jw_kstr(w, "category",
                 Nf_category_name(acc->figures[ch->parts[p].figure].category));
      Nf_jw_knum(w, "value", ch->parts[p].value);
      Nf_jw_kbool(w, "lower_bound", ch->parts[p].open);
      Nf_jw_obj_end(w);
    }
    Nf_jw_arr_end(w);
    Nf_jw_knum(w, "sum", ch->sum);
    Nf_jw_kbool(w, "sum_is_lower_bound", ch->sum_open);
    Nf_jw_knum(w, "whole", ch->whole);
    Nf_jw_kstr(w, "whole_qualifier", Nf_qualifier_name(ch->whole_qualifier));
    Nf_jw_kstr(w, "whole_from", ch->whole_from_report ? "report" : "story");
    Nf_jw_kstr(w, "result", Nf_parts_result_name(ch->result));
    Nf_jw_obj_end(w);
  }
  Nf_jw_arr_end(w);
  // Evolution over report time.
  size_t n_m = 0;
  for (size_t v = 0; v < f->n_values; v++) n_m += f->values[v].n_mentions;
  evo *ev = n_m ? calloc(n_m, sizeof *ev) : NULL;
  if (n_m && !ev) return NF_ENOMEM;
  size_t k = 0;
  for (size_t v = 0; v < f->n_values; v++)
    for (size_t i = 0; i < f->values[v].n_mentions; i++)
      ev[k++] = (evo){&f->values[v].mentions[i], &f->values[v], acc};
  if (n_m) qsort(ev, n_m, sizeof *ev, evo_cmp);
  Nf_jw_key(w, "evolution");
  Nf_jw_arr(w);
  for (k = 0; k < n_m; k++) {
    Nf_jw_obj(w);
    Nf_jw_key(w, "published");
    published(w, acc, ev[k].m->ref.report);
    Nf_jw_key(w, "report");
    report_id(w, acc, ev[k].m->ref.report);
    Nf_jw_knum(w, "value", Nf_acc_value_stated(ev[k].v));
    Nf_jw_kstr(w, "qualifier", Nf_qualifier_name(ev[k].v->qualifier));
    Nf_jw_kstr(w, "source", source_name(acc, ev[k].m->source));
    Nf_jw_kbool(w, "superseded", ev[k].m->superseded);
    Nf_jw_obj_end(w);
  }
  Nf_jw_arr_end(w);
  free(ev);
  Nf_jw_key(w, "sources");
  Nf_jw_arr(w);
  for (size_t s = 0; s < f->n_sources; s++)
    Nf_jw_strz(w, source_name(acc, f->sources[s]));
  Nf_jw_arr_end(w);
  Nf_jw_kint(w, "origins", f->origins);
  Nf_jw_kstr(w, "confidence", Nf_grade_name(f->grade));
  Nf_jw_obj_end(w);
  return w->status;
}

static void terms(nf_jw *w, const nf_account *acc, const nf_acc_term *t,
                  size_t n, bool z) {
  Nf_jw_arr(w);
  for (size_t i = 0; i < n; i++) {
    Nf_jw_obj(w);
    Nf_jw_kstr(w, "term", t[i].term);
    if (t[i].group) Nf_jw_kstr(w, "group", t[i].group);
    Nf_jw_kint(w, "count", t[i].count);
    if (z) Nf_jw_knum(w, "z", round(t[i].z * 100) / 100);
    Nf_jw_key(w, "first");
    ref_obj(w, acc, t[i].first);
    Nf_jw_obj_end(w);
  }
  Nf_jw_arr_end(w);
}

nf_status Nf_account_json(nf_jw *w, const nf_account *acc, size_t index) {
  char buf[96];
  Nf_jw_obj(w);
  snprintf(buf, sizeof buf, "story-%zu", index + 1);
  Nf_jw_kstr(w, "id", buf);
  Nf_jw_key(w, "title");
  Nf_jw_str(w, Nf_acc_story_title(acc));
  Nf_jw_key(w, "summary");
  Nf_jw_obj(w);
  Nf_jw_kint(w, "reports", (int64_t)acc->n_reports);
  Nf_jw_kint(w, "outlets", acc->n_outlets);
  Nf_jw_kint(w, "primary_sources", acc->n_primary);
  Nf_jw_kint(w, "independent_origins", acc->n_origins);
  Nf_jw_kint(w, "figure_groups", (int64_t)acc->n_figures);
  snprintf(buf, sizeof buf, "%zu report%s, %u primary source%s", acc->n_reports,
           acc->n_reports == 1 ? "" : "s", acc->n_primary,
           acc->n_primary == 1 ? "" : "s");
  Nf_jw_kstr(w, "text", buf);
  Nf_jw_obj_end(w);

  Nf_jw_key(w, "reports");
  Nf_jw_arr(w);
  for (uint32_t r = 0; r < acc->n_reports; r++) {
    const nf_doc *d = acc->story->docs[r];
    Nf_jw_obj(w);
    Nf_jw_kstr(w, "id", d->id);
    Nf_jw_kstr(w, "outlet", d->outlet);
    Nf_jw_kstr(w, "title", d->title);
    Nf_jw_key(w, "published");
    published(w, acc, r);
    Nf_jw_kstr(w, "url", d->url);
    Nf_jw_kstr(w, "source", d->source);
    Nf_jw_key(w, "copy_of");
    if (acc->reports[r].copy_of != r)
      report_id(w, acc, acc->reports[r].copy_of);
    else
      Nf_jw_null(w);
    Nf_jw_kint(w, "figures", acc->reports[r].n_figures);
    Nf_jw_obj_end(w);
  }
  Nf_jw_arr_end(w);

  Nf_jw_key(w, "totals");
  Nf_jw_obj(w);
  for (int m = 1; m < NF_M__COUNT; m++) {
    if (!isfinite(acc->total_best[m])) continue;
    Nf_jw_key(w, Nf_measure_name((nf_measure)m));
    Nf_jw_obj(w);
    Nf_jw_knum(w, "best", acc->total_best[m]);
    Nf_jw_key(w, "figure");
    figure_id(w, acc->total[m]);
    Nf_jw_kstr(w, "rule", acc->total_rule[m]);
    Nf_jw_obj_end(w);
  }
  Nf_jw_obj_end(w);

  Nf_jw_key(w, "figures");
  Nf_jw_arr(w);
  for (size_t g = 0; g < acc->n_figures && !w->status; g++) {
    nf_status st = figure(w, acc, g);
    if (st) return st;
  }
  Nf_jw_arr_end(w);

  Nf_jw_key(w, "sources");
  Nf_jw_arr(w);
  for (size_t s = 0; s < acc->n_sources; s++) {
    const nf_acc_source *src = &acc->sources[s];
    Nf_jw_obj(w);
    Nf_jw_kstr(w, "name", src->name);
    Nf_jw_key(w, "aliases");
    Nf_jw_arr(w);
    for (size_t a = 0; a < src->n_aliases; a++) Nf_jw_strz(w, src->aliases[a]);
    Nf_jw_arr_end(w);
    Nf_jw_kstr(w, "kind", Nf_source_kind_name(src->kind));
    Nf_jw_kbool(w, "primary", src->primary);
    Nf_jw_key(w, "reports");
    Nf_jw_arr(w);
    for (size_t k = 0; k < src->n_reports; k++)
      report_id(w, acc, src->reports[k]);
    Nf_jw_arr_end(w);
    Nf_jw_kint(w, "figures", src->n_figures);
    Nf_jw_kint(w, "figures_traced", src->n_inferred);
    Nf_jw_obj_end(w);
  }
  Nf_jw_arr_end(w);

  Nf_jw_key(w, "timeline");
  Nf_jw_arr(w);
  for (size_t t = 0; t < acc->n_timeline; t++) {
    const nf_acc_event *ev = &acc->timeline[t];
    char date[40];
    Nf_datetime_format(&ev->date, date, sizeof date);
    Nf_jw_obj(w);
    Nf_jw_kstr(w, "date", date);
    Nf_jw_key(w, "text");
    Nf_jw_str(w, Nf_acc_ref_sentence(acc, ev->text));
    Nf_jw_key(w, "reports");
    Nf_jw_arr(w);
    for (size_t k = 0; k < ev->n_refs; k++) ref_obj(w, acc, ev->refs[k]);
    Nf_jw_arr_end(w);
    Nf_jw_obj_end(w);
  }
  Nf_jw_arr_end(w);

  Nf_jw_key(w, "quotes");
  Nf_jw_arr(w);
  for (size_t s = 0; s < acc->n_speakers; s++) {
    const nf_acc_speaker *sp = &acc->speakers[s];
    Nf_jw_obj(w);
    Nf_jw_kstr(w, "speaker", sp->name);
    Nf_jw_key(w, "reports");
    Nf_jw_arr(w);
    for (size_t k = 0; k < sp->n_reports; k++)
      report_id(w, acc, sp->reports[k]);
    Nf_jw_arr_end(w);
    Nf_jw_kstr(w, "wording", Nf_wording_name(sp->wording));
    Nf_jw_key(w, "texts");
    Nf_jw_arr(w);
    for (size_t t = 0; t < sp->n_texts; t++) {
      const nf_acc_quote_text *qt = &sp->texts[t];
      Nf_jw_obj(w);
      Nf_jw_key(w, "text");
      Nf_jw_str(w,
                qt->n_refs ? Nf_acc_ref_text(acc, qt->refs[0]) : NF_SV_LIT(""));
      Nf_jw_kbool(w, "direct", qt->direct);
      Nf_jw_kint(w, "statement", qt->statement + 1);
      Nf_jw_key(w, "reports");
      Nf_jw_arr(w);
      for (size_t k = 0; k < qt->n_refs; k++) ref_obj(w, acc, qt->refs[k]);
      Nf_jw_arr_end(w);
      Nf_jw_obj_end(w);
    }
    Nf_jw_arr_end(w);
    Nf_jw_obj_end(w);
  }
  Nf_jw_arr_end(w);

  int32_t most = Nf_acc_most_loaded(acc);
  Nf_jw_key(w, "framing");
  Nf_jw_arr(w);
  for (uint32_t r = 0; r < acc->n_reports; r++) {
    const nf_acc_framing *fr = &acc->framing[r];
    Nf_jw_obj(w);
    Nf_jw_key(w, "report");
    report_id(w, acc, r);
    Nf_jw_key(w, "headline");
    if (fr->headline.p)
      Nf_jw_str(w, fr->headline);
    else
      Nf_jw_null(w);
    Nf_jw_kint(w, "words", fr->words);
    Nf_jw_kint(w, "loaded_count", fr->loaded_count);
    Nf_jw_knum(w, "loaded_per_1000_words",
               round(fr->loaded_per_1000 * 10) / 10);
    Nf_jw_kbool(w, "most_loaded", most == (int32_t)r);
    Nf_jw_key(w, "loaded");
    terms(w, acc, fr->loaded, fr->n_loaded, false);
    Nf_jw_key(w, "hedging");
    terms(w, acc, fr->hedges, fr->n_hedges, false);
    Nf_jw_key(w, "distinctive");
    terms(w, acc, fr->distinctive, fr->n_distinctive, true);
    Nf_jw_key(w, "actors");
    Nf_jw_arr(w);
    for (size_t a = 0; a < fr->n_agents; a++) {
      Nf_jw_obj(w);
      Nf_jw_key(w, "text");
      Nf_jw_str(w, Nf_acc_ref_text(acc, fr->agents[a].ref));
      Nf_jw_kbool(w, "attributed", fr->agents[a].attributed);
      Nf_jw_key(w, "where");
      ref_obj(w, acc, fr->agents[a].ref);
      Nf_jw_obj_end(w);
    }
    Nf_jw_arr_end(w);
    Nf_jw_kbool(w, "unsourced", fr->unsourced);
    Nf_jw_obj_end(w);
  }
  Nf_jw_arr_end(w);

  Nf_jw_key(w, "headline_checks");
  Nf_jw_arr(w);
  for (size_t h = 0; h < acc->n_hchecks; h++) {
    const nf_acc_hcheck *hc = &acc->hchecks[h];
    Nf_jw_obj(w);
    Nf_jw_key(w, "report");
    report_id(w, acc, hc->report);
    Nf_jw_kstr(w, "kind", Nf_hcheck_kind_name(hc->kind));
    Nf_jw_key(w, "figure");
    figure_id(w, hc->figure);
    Nf_jw_key(w, "headline");
    Nf_jw_str(w, Nf_acc_ref_text(acc, hc->headline));
    Nf_jw_key(w, "body");
    if (hc->body.report < acc->n_reports)
      ref_obj(w, acc, hc->body);
    else
      Nf_jw_null(w);
    Nf_jw_obj_end(w);
  }
  Nf_jw_arr_end(w);

  Nf_jw_key(w, "coverage");
  Nf_jw_arr(w);
  for (size_t g = 0; g < acc->n_figures; g++) {
    if (!acc->figures[g].major) continue;
    Nf_jw_obj(w);
    Nf_jw_key(w, "figure");
    figure_id(w, (int64_t)g);
    Nf_jw_key(w, "cells");
    Nf_jw_arr(w);
    for (uint32_t r = 0; r < acc->n_reports; r++) {
      int32_t v;
      const nf_acc_mention *m;
      nf_cover c = Nf_acc_coverage(acc, g, r, &v, &m);
      Nf_jw_obj(w);
      Nf_jw_key(w, "report");
      report_id(w, acc, r);
      Nf_jw_kstr(w, "status", Nf_cover_name(c));
      if (v >= 0) {
        Nf_jw_key(w, "value");
        value_text(w, &acc->figures[g].values[v]);
        Nf_jw_key(w, "sentence");
        Nf_jw_str(w, Nf_acc_ref_sentence(acc, m->ref));
      }
      Nf_jw_obj_end(w);
    }
    Nf_jw_arr_end(w);
    Nf_jw_obj_end(w);
  }
  Nf_jw_arr_end(w);

  Nf_jw_key(w, "single_report_facts");
  Nf_jw_arr(w);
  for (size_t g = 0; g < acc->n_figures; g++) {
    const nf_acc_figure *f = &acc->figures[g];
    for (size_t v = 0; v < f->n_values; v++) {
      if (!Nf_acc_single_value(acc, g, v)) continue;
      const nf_acc_mention *m = &f->values[v].mentions[0];
      Nf_jw_obj(w);
      Nf_jw_key(w, "report");
      report_id(w, acc, m->ref.report);
      Nf_jw_key(w, "figure");
      figure_id(w, (int64_t)g);
      Nf_jw_kstr(w, "kind", f->status == NF_FS_SINGLE ? "figure" : "value");
      Nf_jw_kstr(w, "measure", Nf_measure_name(f->measure));
      Nf_jw_kstr(w, "category", Nf_category_name(f->category));
      Nf_jw_knum(w, "value", Nf_acc_value_stated(&f->values[v]));
      Nf_jw_key(w, "text");
      value_text(w, &f->values[v]);
      Nf_jw_kbool(w, "superseded", f->values[v].superseded);
      Nf_jw_key(w, "sentence");
      Nf_jw_str(w, Nf_acc_ref_sentence(acc, m->ref));
      Nf_jw_obj_end(w);
    }
  }
  Nf_jw_arr_end(w);

  Nf_jw_key(w, "omissions");
  Nf_jw_arr(w);
  for (uint32_t r = 0; r < acc->n_reports; r++) {
    bool any = false;
    for (size_t g = 0; g < acc->n_figures; g++) {
      if (!acc->figures[g].major || Nf_acc_states(acc, g, r)) continue;
      if (!any) {
        Nf_jw_obj(w);
        Nf_jw_key(w, "report");
        report_id(w, acc, r);
        Nf_jw_key(w, "figures");
        Nf_jw_arr(w);
        any = true;
      }
      figure_id(w, (int64_t)g);
    }
    if (any) {
      Nf_jw_arr_end(w);
      Nf_jw_obj_end(w);
    }
  }
  Nf_jw_arr_end(w);
  Nf_jw_obj_end(w);
  return w->status;
}
