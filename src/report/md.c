// An account as a Markdown brief: what a reader needs first (the figures,
// how sure they are, who says them), then sources, timeline, quotes,
// framing and the checks. All report text goes through escape.c.
#include <math.h>

#include "report/account_render.h"

#define T(e, s) Nf_esc_text((e), (s))
#define L(e, s) Nf_esc_lit((e), s)
// One of two literals.
#define LC(e, c, a, b) ((c) ? Nf_esc_lit((e), a) : Nf_esc_lit((e), b))

static void report_tag(nf_esc *e, const nf_account *acc, uint32_t r) {
  (void)acc;
  L(e, "[");
  Nf_esc_int(e, (int64_t)r + 1);
  L(e, "]");
}

static void value_words(nf_esc *e, const nf_acc_value *v) {
  Nf_acc_value_words(e, v, Nf_esc_num, " or more (vague)");
}

static void figure_name(nf_esc *e, const nf_acc_figure *f) {
  Nf_esc_textz(e, Nf_acc_category_words(f->category));
  L(e, " ");
  Nf_esc_textz(e, Nf_acc_measure_words(f->measure));
  if (f->place) {
    L(e, " in ");
    Nf_esc_textz(e, f->place);
  }
}

static void quote_sentence(nf_esc *e, const nf_account *acc, nf_acc_ref ref) {
  L(e, "“");
  Nf_esc_text_clip(e, Nf_acc_ref_sentence(acc, ref), 220);
  L(e, "”");
}

nf_status Nf_account_md(nf_esc *e, const nf_account *acc, size_t index) {
  if (index) L(e, "\n---\n\n");
  L(e, "# ");
  T(e, Nf_acc_story_title(acc));
  L(e, "\n\n**");
  Nf_esc_int(e, (int64_t)acc->n_reports);
  LC(e, acc->n_reports == 1, " report", " reports");
  L(e, ", ");
  Nf_esc_int(e, acc->n_primary);
  LC(e, acc->n_primary == 1, " primary source", " primary sources");
  L(e, "**");
  bool first = true;
  for (size_t s = 0; s < acc->n_sources; s++) {
    if (!acc->sources[s].primary) continue;
    LC(e, first, " (", "; ");
    Nf_esc_textz(e, acc->sources[s].name);
    first = false;
  }
  if (!first) L(e, ")");
  L(e, " · ");
  Nf_esc_int(e, acc->n_outlets);
  L(e, " outlets · ");
  Nf_esc_int(e, acc->n_origins);
  L(e, " independent origins behind the figures\n\n");

  if (acc->n_figures) {
    L(e,
      "## Figures\n\n| | status | best (low–high) | confidence | reports "
      "|\n|---|---|---|---|---|\n");
    for (size_t g = 0; g < acc->n_figures; g++) {
      const nf_acc_figure *f = &acc->figures[g];
      if (f->status == NF_FS_SINGLE && !f->major) continue;
      L(e, "| ");
      figure_name(e, f);
      L(e, " | ");
      Nf_esc_textz(e, Nf_fig_status_name(f->status));
      L(e, " | ");
      Nf_esc_num(e, f->best);
      if (f->low != f->high) {
        L(e, " (");
        Nf_esc_num(e, f->low);
        L(e, "–");
        Nf_esc_num(e, f->high);
        L(e, ")");
      }
      L(e, " | ");
      Nf_esc_textz(e, Nf_grade_name(f->grade));
      L(e, " (");
      Nf_esc_int(e, f->origins);
      LC(e, f->origins == 1, " origin)", " origins)");
      L(e, " | ");
      Nf_esc_int(e, f->n_reports);
      L(e, " |\n");
    }
    L(e, "\n");
    for (size_t g = 0; g < acc->n_figures; g++) {
      const nf_acc_figure *f = &acc->figures[g];
      if (f->status == NF_FS_SINGLE) continue;
      L(e, "### ");
      figure_name(e, f);
      L(e, ": ");
      Nf_esc_textz(e, Nf_fig_status_name(f->status));
      L(e, "\n\n");
      Nf_esc_textz(e, f->why);
      L(e, ". Best ");
      Nf_esc_num(e, f->best);
      L(e, " (");
      Nf_esc_textz(e, f->rule);
      L(e, ").\n\n");
      for (size_t v = 0; v < f->n_values; v++) {
        const nf_acc_value *val = &f->values[v];
        L(e, "- **");
        value_words(e, val);
        L(e, "**");
        if (val->superseded)
          L(e, " (earlier figure)");
        else if (!val->current)
          L(e, " (outdated)");
        else if (!val->fits_best)
          L(e, " (disagrees)");
        L(e, ": ");
        for (size_t i = 0; i < val->n_mentions && i < 12; i++) {
          const nf_acc_mention *m = &val->mentions[i];
          if (i) L(e, ", ");
          report_tag(e, acc, m->ref.report);
          if (m->ref.in == NF_IN_TITLE) L(e, " headline");
          if (m->source >= 0) {
            LC(e, m->source_inferred, " (traced to ", " (");
            Nf_esc_textz(e, acc->sources[m->source].name);
            L(e, ")");
          }
        }
        if (val->n_mentions > 12) L(e, ", …");
        L(e, " ");
        quote_sentence(e, acc, val->mentions[0].ref);
        L(e, "\n");
      }
      for (size_t c = 0; c < f->n_checks; c++) {
        const nf_acc_check *ch = &f->checks[c];
        L(e, "- parts: ");
        for (size_t p = 0; p < ch->n_parts; p++) {
          if (p) L(e, " + ");
          Nf_esc_num(e, ch->parts[p].value);
          L(e, " ");
          Nf_esc_textz(e, Nf_acc_category_words(
                              acc->figures[ch->parts[p].figure].category));
        }
        L(e, " = ");
        Nf_esc_num(e, ch->sum);
        LC(e, ch->sum_open, "+ against ", " against ");
        Nf_esc_num(e, ch->whole);
        if (ch->report >= 0) {
          L(e, " in ");
          report_tag(e, acc, (uint32_t)ch->report);
        }
        L(e, ": ");
        Nf_esc_textz(e, Nf_parts_result_name(ch->result));
        L(e, "\n");
      }
      L(e, "\n");
    }
  }

  if (acc->n_sources) {
    L(e, "## Sources\n\n");
    for (size_t s = 0; s < acc->n_sources; s++) {
      const nf_acc_source *src = &acc->sources[s];
      L(e, "- **");
      Nf_esc_textz(e, src->name);
      L(e, "** (");
      Nf_esc_textz(e, Nf_source_kind_name(src->kind));
      if (src->primary) L(e, ", primary");
      L(e, "): named by ");
      for (size_t k = 0; k < src->n_reports; k++) {
        if (k) L(e, ", ");
        report_tag(e, acc, src->reports[k]);
      }
      if (src->n_figures || src->n_inferred) {
        L(e, "; ");
        Nf_esc_int(e, src->n_figures);
        L(e, " figures credited");
        if (src->n_inferred) {
          L(e, ", ");
          Nf_esc_int(e, src->n_inferred);
          L(e, " more traced to it");
        }
      }
      L(e, "\n");
    }
    L(e, "\n");
  }

  if (acc->n_timeline) {
    L(e, "## Timeline\n\n");
    for (size_t t = 0; t < acc->n_timeline; t++) {
      const nf_acc_event *ev = &acc->timeline[t];
      char date[40];
      Nf_datetime_format(&ev->date, date, sizeof date);
      L(e, "- **");
      Nf_esc_textz(e, date);
      L(e, "** ");
      quote_sentence(e, acc, ev->text);
      L(e, " ");
      for (size_t k = 0; k < ev->n_refs; k++)
        report_tag(e, acc, ev->refs[k].report);
      L(e, "\n");
    }
    L(e, "\n");
  }

  if (acc->n_speakers) {
    L(e, "## Quotes\n\n");
    for (size_t s = 0; s < acc->n_speakers; s++) {
      const nf_acc_speaker *sp = &acc->speakers[s];
      L(e, "- **");
      Nf_esc_textz(e, sp->name);
      L(e, "** (");
      Nf_esc_textz(e, Nf_wording_name(sp->wording));
      L(e, ")\n");
      for (size_t t = 0; t < sp->n_texts && t < 8; t++) {
        const nf_acc_quote_text *qt = &sp->texts[t];
        L(e, "  - ");
        if (!qt->direct) L(e, "(reported) ");
        L(e, "“");
        Nf_esc_text_clip(e, Nf_acc_ref_text(acc, qt->refs[0]), 240);
        L(e, "” ");
        for (size_t k = 0; k < qt->n_refs; k++)
          report_tag(e, acc, qt->refs[k].report);
        L(e, "\n");
      }
    }
    L(e, "\n");
  }

  L(e, "## Framing\n\n");
  int32_t most = Nf_acc_most_loaded(acc);
  for (uint32_t r = 0; r < acc->n_reports; r++) {
    const nf_acc_framing *fr = &acc->framing[r];
    report_tag(e, acc, r);
    L(e, " **");
    T(e, Nf_acc_report_label(acc, r));
    L(e, "**: ");
    if (fr->headline.p) {
      L(e, "“");
      Nf_esc_text_clip(e, fr->headline, 160);
      L(e, "”. ");
    }
    if (fr->n_loaded) {
      L(e, "Loaded: ");
      for (size_t i = 0; i < fr->n_loaded; i++) {
        if (i) L(e, ", ");
        Nf_esc_textz(e, fr->loaded[i].term);
        if (fr->loaded[i].count > 1) {
          L(e, " ×");
          Nf_esc_int(e, fr->loaded[i].count);
        }
      }
      L(e, " (");
      Nf_esc_num(e, round(fr->loaded_per_1000 * 10) / 10);
      L(e, " per 1,000 words");
      if (most == (int32_t)r) L(e, ", the most loaded");
      L(e, "). ");
    }
    if (fr->n_hedges) {
      L(e, "Hedging: ");
      for (size_t i = 0; i < fr->n_hedges; i++) {
        if (i) L(e, ", ");
        Nf_esc_textz(e, fr->hedges[i].term);
      }
      L(e, ". ");
    }
    if (fr->n_agents) {
      L(e, "Names as the actor: ");
      for (size_t i = 0; i < fr->n_agents; i++) {
        if (i) L(e, "; ");
        L(e, "“");
        T(e, Nf_acc_ref_text(acc, fr->agents[i].ref));
        L(e, "”");
        if (fr->agents[i].attributed) L(e, " (credited to others)");
      }
      L(e, ". ");
    }
    if (fr->n_distinctive) {
      L(e, "Distinctive words: ");
      for (size_t i = 0; i < fr->n_distinctive; i++) {
        if (i) L(e, ", ");
        Nf_esc_textz(e, fr->distinctive[i].term);
      }
      L(e, ". ");
    }
    if (fr->unsourced) L(e, "Names no source for its figures.");
    L(e, "\n\n");
  }

  if (acc->n_hchecks) {
    L(e, "## Headline against body\n\n");
    for (size_t h = 0; h < acc->n_hchecks; h++) {
      const nf_acc_hcheck *hc = &acc->hchecks[h];
      L(e, "- ");
      report_tag(e, acc, hc->report);
      L(e, " headline “");
      T(e, Nf_acc_ref_text(acc, hc->headline));
      L(e, "”: ");
      switch (hc->kind) {
        case NF_HC_FIGURE: L(e, "the body gives no such figure"); break;
        case NF_HC_QUALIFIER: L(e, "the body gives a different figure"); break;
        case NF_HC_ACTOR: L(e, "the body does not name this actor"); break;
        default: L(e, "the body names this actor only as others’ claim"); break;
      }
      if (hc->body.report < acc->n_reports) {
        L(e, "; body: ");
        quote_sentence(e, acc, hc->body);
      }
      L(e, "\n");
    }
    L(e, "\n");
  }

  bool any = false;
  for (size_t g = 0; g < acc->n_figures; g++)
    for (size_t v = 0; v < acc->figures[g].n_values; v++) {
      if (!Nf_acc_single_value(acc, g, v)) continue;
      if (!any) L(e, "## Only one report says\n\n");
      any = true;
      const nf_acc_figure *f = &acc->figures[g];
      const nf_acc_mention *m = &f->values[v].mentions[0];
      L(e, "- ");
      report_tag(e, acc, m->ref.report);
      L(e, " ");
      value_words(e, &f->values[v]);
      L(e, " ");
      figure_name(e, f);
      if (f->values[v].superseded) L(e, " (earlier figure)");
      L(e, ": ");
      quote_sentence(e, acc, m->ref);
      L(e, "\n");
    }
  if (any) L(e, "\n");

  any = false;
  for (uint32_t r = 0; r < acc->n_reports; r++) {
    bool row = false;
    for (size_t g = 0; g < acc->n_figures; g++) {
      if (!acc->figures[g].major || Nf_acc_states(acc, g, r)) continue;
      if (!any) L(e, "## Left out\n\n");
      any = true;
      if (!row) {
        L(e, "- ");
        report_tag(e, acc, r);
        L(e, " gives no figure for: ");
      } else {
        L(e, ", ");
      }
      row = true;
      figure_name(e, &acc->figures[g]);
    }
    if (row) L(e, "\n");
  }
  if (any) L(e, "\n");

  L(e, "## Reports\n\n");
  for (uint32_t r = 0; r < acc->n_reports; r++) {
    const nf_doc *d = acc->story->docs[r];
    report_tag(e, acc, r);
    L(e, " ");
    T(e, Nf_acc_report_label(acc, r));
    if (d->published_iso[0]) {
      L(e, ", ");
      Nf_esc_textz(e, d->published_iso);
    }
    if (d->title) {
      L(e, ": ");
      Nf_esc_textz(e, d->title);
    }
    if (d->url) {
      L(e, " <");
      Nf_esc_href(e, Nf_sv_cstr(d->url));
      L(e, ">");
    }
    L(e, "\n");
  }
  L(e, "\n");
  L(e, "Confidence: ");
  Nf_esc_textz(e, Nf_acc_grade_rule);
  L(e, "\n");
  return e->st;
}
