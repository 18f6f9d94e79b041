#include <string.h>

#include "report/render.h"

void Nf_render_article_members(nf_jw *w, const nf_doc *doc) {
  char date[40];
  Nf_jw_kstr(w, "id", doc->id);
  Nf_jw_kstr(w, "source", doc->source);
  Nf_jw_kstr(w, "url", doc->url);
  Nf_jw_kstr(w, "outlet", doc->outlet);
  Nf_jw_kstr(w, "title", doc->title);
  Nf_jw_kstr(w, "byline", doc->byline);
  Nf_jw_key(w, "published");
  if (doc->published.precision != NF_PREC_NONE) {
    Nf_datetime_format(&doc->published, date, sizeof date);
    Nf_jw_strz(w, date);
  } else {
    Nf_jw_null(w);
  }
  Nf_jw_kstr(w, "language", doc->language);
  Nf_jw_key(w, "text");
  Nf_jw_str(w, Nf_sv(doc->text, doc->text_len));
  if (doc->extra_json) {
    Nf_jw_key(w, "extra");
    Nf_jw_raw(w, Nf_sv_cstr(doc->extra_json));
  }
  if (doc->n_diags) {
    Nf_jw_key(w, "notes");
    Nf_jw_arr(w);
    for (size_t i = 0; i < doc->n_diags; i++) Nf_jw_strz(w, doc->diags[i].msg);
    Nf_jw_arr_end(w);
  }
  if (doc->status < 0) Nf_jw_kstr(w, "error", doc->errmsg);
}

static nf_status render_text(nf_buf *out, const nf_doc *doc) {
  char date[40] = "";
  if (doc->published.precision != NF_PREC_NONE)
    Nf_datetime_format(&doc->published, date, sizeof date);
  nf_status st = Nf_buf_printf(out, "== %s\n", doc->id ? doc->id : "");
  if (!st && doc->title) st = Nf_buf_printf(out, "# %s\n", doc->title);
  const char *parts[3] = {doc->byline, date[0] ? date : NULL, doc->outlet};
  bool any = false;
  for (int i = 0; i < 3 && !st; i++) {
    if (!parts[i]) continue;
    st = Nf_buf_printf(out, "%s%s", any ? " | " : "", parts[i]);
    any = true;
  }
  if (!st && any) st = Nf_buf_putc(out, '\n');
  if (!st) st = Nf_buf_putc(out, '\n');
  if (!st) st = Nf_buf_append(out, doc->text, doc->text_len);
  if (!st) st = Nf_buf_puts(out, "\n\n");
  return st;
}

nf_status Nf_render_doc(nf_buf *out, const nf_doc *doc, nf_format format,
                        unsigned what) {
  if (format == NF_FORMAT_TEXT) return render_text(out, doc);
  if (format != NF_FORMAT_JSON && format != NF_FORMAT_JSONL)
    return NF_EUNSUPPORTED;
  nf_jw w;
  Nf_jw_init(&w, out, format == NF_FORMAT_JSON ? 2 : 0);
  Nf_jw_obj(&w);
  Nf_render_article_members(&w, doc);
  if (what & NF_RENDER_FACTS) Nf_render_facts_members(&w, doc);
  Nf_jw_obj_end(&w);
  return w.status;
}
