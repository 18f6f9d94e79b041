// The account render driver and what every format says alike.
#include <math.h>
#include <string.h>

#include "report/account_render.h"

const char Nf_acc_grade_rule[] =
    "Graded by independent origins, not outlets: reports that rest on the "
    "same primary source (named, or traced through an identical figure) or "
    "that share text count once. strong: three or more origins agree; fair: "
    "two agree; weak: one origin, however many reports repeat it; "
    "contested: origins give incompatible figures.";

const char *Nf_acc_measure_words(uint8_t m) {
  switch (m) {
    case NF_M_KILLED: return "killed";
    case NF_M_INJURED: return "injured";
    case NF_M_MISSING: return "missing";
    case NF_M_DISPLACED: return "displaced";
    case NF_M_ARRESTED: return "arrested";
    case NF_M_BURIED: return "buried";
    case NF_M_MONEY: return "money";
    case NF_M_SHARE: return "share";
    default: return "other figure";
  }
}

const char *Nf_acc_category_words(uint8_t c) {
  switch (c) {
    case NF_C_ALL: return "people";
    case NF_C_CIVILIANS: return "civilians";
    case NF_C_SECURITY_FORCES: return "security forces";
    case NF_C_FIGHTERS: return "fighters";
    case NF_C_CHILDREN: return "children";
    case NF_C_WOMEN: return "women";
    case NF_C_MEN: return "men";
    default: return "others";
  }
}

const char *Nf_acc_qualifier_words(uint8_t q) {
  switch (q) {
    case NF_Q_OVER: return "over ";
    case NF_Q_AT_LEAST: return "at least ";
    case NF_Q_NEARLY: return "nearly ";
    case NF_Q_ABOUT: return "about ";
    case NF_Q_UP_TO: return "up to ";
    default: return "";
  }
}

void Nf_acc_value_words(nf_esc *e, const nf_acc_value *v,
                        void (*num)(nf_esc *, double),
                        const char *vague_suffix) {
  if (v->qualifier == NF_Q_RANGE && isfinite(v->low) && isfinite(v->high)) {
    num(e, v->low);
    Nf_esc_lit(e, "–");
    num(e, v->high);
  } else if (v->qualifier == NF_Q_VAGUE) {
    num(e, Nf_acc_value_stated(v));
    Nf_esc_textz(e, vague_suffix);
  } else {
    Nf_esc_textz(e, Nf_acc_qualifier_words(v->qualifier));
    num(e, Nf_acc_value_stated(v));
  }
}

// The headline of the earliest published report that has one (undated
// reports after dated ones, then the account's order): the story is named
// as it first broke, whatever order the reports came in.
nf_sv Nf_acc_story_title(const nf_account *acc) {
  const nf_doc *first = NULL;
  for (size_t i = 0; i < acc->n_reports; i++) {
    const nf_doc *d = acc->story->docs[i];
    if (!d->title || !*d->title) continue;
    bool dated = d->published_iso[0] != 0;
    if (!first ||
        (dated && (!first->published_iso[0] ||
                   Nf_datetime_cmp(&d->published, &first->published) < 0)))
      first = d;
  }
  if (first) return Nf_sv_trim(Nf_sv_cstr(first->title));
  if (!acc->n_reports) return NF_SV_LIT("(no reports)");
  const nf_doc *d = acc->story->docs[0];
  nf_sv s = Nf_sv(d->text, d->text_len);
  size_t n = 0;
  while (n < s.n && n < 90 && s.p[n] != '\n') n++;
  return Nf_sv_trim(Nf_sv(s.p, n));
}

nf_sv Nf_acc_report_label(const nf_account *acc, uint32_t r) {
  const nf_doc *d = acc->story->docs[r];
  if (d->outlet && *d->outlet) return Nf_sv_cstr(d->outlet);
  const char *id = d->id ? d->id : "";
  const char *slash = strrchr(id, '/');
  return Nf_sv_cstr(slash ? slash + 1 : id);
}

bool Nf_acc_states(const nf_account *acc, size_t g, uint32_t r) {
  const nf_acc_figure *f = &acc->figures[g];
  for (size_t v = 0; v < f->n_values; v++)
    for (size_t i = 0; i < f->values[v].n_mentions; i++)
      if (f->values[v].mentions[i].ref.report == r) return true;
  return false;
}

bool Nf_acc_single_value(const nf_account *acc, size_t g, size_t v) {
  const nf_acc_figure *f = &acc->figures[g];
  const nf_acc_value *val = &f->values[v];
  if (!val->n_mentions) return false;
  if (f->status == NF_FS_SINGLE) return v == 0;
  uint32_t r = val->mentions[0].ref.report;
  for (size_t i = 1; i < val->n_mentions; i++)
    if (val->mentions[i].ref.report != r) return false;
  // Another report's wording of the same claim ("approximately 745" and
  // "745") makes it not a single report's.
  for (size_t w = 0; w < f->n_values; w++) {
    if (w == v || f->values[w].claim != val->claim) continue;
    for (size_t i = 0; i < f->values[w].n_mentions; i++)
      if (f->values[w].mentions[i].ref.report != r) return false;
  }
  return !val->fits_best || val->superseded;
}

int32_t Nf_acc_most_loaded(const nf_account *acc) {
  int32_t best = -1;
  for (size_t i = 0; i < acc->n_reports; i++) {
    const nf_acc_framing *f = &acc->framing[i];
    if (!f->loaded_count) continue;
    if (best < 0 || f->loaded_per_1000 > acc->framing[best].loaded_per_1000)
      best = (int32_t)i;
  }
  return best;
}

nf_status Nf_account_render_begin(nf_acc_render *ar, nf_buf *out,
                                  nf_format format, size_t n_stories) {
  memset(ar, 0, sizeof *ar);
  ar->format = format;
  ar->out = out;
  ar->n_total = n_stories;
  switch (format) {
    case NF_FORMAT_JSON:
    case NF_FORMAT_JSONL:
      Nf_jw_init(&ar->jw, out, format == NF_FORMAT_JSON ? 2 : 0);
      Nf_jw_obj(&ar->jw);
      Nf_jw_kstr(&ar->jw, "schema", "newsfold-account");
      Nf_jw_kstr(&ar->jw, "version", NF_ACCOUNT_SCHEMA_VERSION);
      Nf_jw_kstr(&ar->jw, "confidence_rule", Nf_acc_grade_rule);
      Nf_jw_key(&ar->jw, "stories");
      Nf_jw_arr(&ar->jw);
      return ar->jw.status;
    case NF_FORMAT_MD: {
      nf_esc e;
      Nf_esc_init(&e, out, NF_ESC_MD);
      return e.st;
    }
    case NF_FORMAT_HTML: {
      nf_esc e;
      Nf_esc_init(&e, out, NF_ESC_HTML);
      Nf_account_html_head(&e, n_stories);
      return e.st;
    }
    default: return NF_EUNSUPPORTED;
  }
}

nf_status Nf_account_render_story(nf_acc_render *ar, const nf_account *acc) {
  size_t index = ar->n_stories++;
  switch (ar->format) {
    case NF_FORMAT_JSON:
    case NF_FORMAT_JSONL: return Nf_account_json(&ar->jw, acc, index);
    case NF_FORMAT_MD: {
      nf_esc e;
      Nf_esc_init(&e, ar->out, NF_ESC_MD);
      return Nf_account_md(&e, acc, index);
    }
    case NF_FORMAT_HTML: {
      nf_esc e;
      Nf_esc_init(&e, ar->out, NF_ESC_HTML);
      return Nf_account_html(&e, acc, index);
    }
    default: return NF_EUNSUPPORTED;
  }
}

nf_status Nf_account_render_end(nf_acc_render *ar) {
  switch (ar->format) {
    case NF_FORMAT_JSON:
    case NF_FORMAT_JSONL:
      Nf_jw_arr_end(&ar->jw);
      Nf_jw_obj_end(&ar->jw);
      if (!ar->jw.status) ar->jw.status = Nf_buf_putc(ar->out, '\n');
      return ar->jw.status;
    case NF_FORMAT_MD: {
      nf_esc e;
      Nf_esc_init(&e, ar->out, NF_ESC_MD);
      if (!ar->n_stories)
        Nf_esc_lit(&e, "No stories: no input held an article.\n");
      return e.st;
    }
    case NF_FORMAT_HTML: {
      nf_esc e;
      Nf_esc_init(&e, ar->out, NF_ESC_HTML);
      if (!ar->n_stories)
        Nf_esc_lit(&e, "<p>No stories: no input held an article.</p>");
      Nf_account_html_foot(&e);
      return e.st;
    }
    default: return NF_EUNSUPPORTED;
  }
}
