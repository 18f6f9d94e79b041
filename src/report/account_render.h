// Rendering accounts (src/model/account.h) as JSON, Markdown or one
// self-contained HTML page. Stories are written one at a time, so a fold
// of many stories never holds more than one account:
//   begin, story, story, ..., end
// with the caller draining `out` between calls as it likes.
#ifndef NF_REPORT_ACCOUNT_RENDER_H
#define NF_REPORT_ACCOUNT_RENDER_H

#include <stdbool.h>
#include <stddef.h>

#include "core/buf.h"
#include "model/account.h"
#include "report/escape.h"
#include "report/json.h"

typedef struct nf_acc_render {
  nf_format
      format;  // NF_FORMAT_JSON, NF_FORMAT_JSONL, NF_FORMAT_MD, NF_FORMAT_HTML
  nf_buf *out;
  nf_jw jw;
  size_t n_stories;  // written so far
  size_t n_total;    // announced total (for the HTML index), 0 if unknown
} nf_acc_render;

nf_status Nf_account_render_begin(nf_acc_render *ar, nf_buf *out,
                                  nf_format format, size_t n_stories);
nf_status Nf_account_render_story(nf_acc_render *ar, const nf_account *acc);
nf_status Nf_account_render_end(nf_acc_render *ar);

// Back-ends (account_json.c, md.c, html.c).
nf_status Nf_account_json(nf_jw *w, const nf_account *acc, size_t index);
nf_status Nf_account_md(nf_esc *e, const nf_account *acc, size_t index);
void Nf_account_html_head(nf_esc *e, size_t n_stories);
nf_status Nf_account_html(nf_esc *e, const nf_account *acc, size_t index);
void Nf_account_html_foot(nf_esc *e);

// ---- what every format says alike (account.c) ----

// "killed", "injured", ... as words for people ("killed", "injured",
// "displaced"), and categories as words ("civilians", "security forces").
const char *Nf_acc_measure_words(uint8_t measure);
const char *Nf_acc_category_words(uint8_t category);
// The story's title: its first report's headline, else its first words.
nf_sv Nf_acc_story_title(const nf_account *acc);
// A report's short label: its outlet, else its id's last path part.
nf_sv Nf_acc_report_label(const nf_account *acc, uint32_t r);
// Is value v of group g a fact only one report gives (a single-report
// group, or a value of one report that the best estimate does not fit)?
bool Nf_acc_single_value(const nf_account *acc, size_t g, size_t v);
// Does report r state anything in group g?
bool Nf_acc_states(const nf_account *acc, size_t g, uint32_t r);
// The report whose wording is most loaded (per 1,000 words), or -1 when no
// report uses a loaded term.
int32_t Nf_acc_most_loaded(const nf_account *acc);
// The qualifier as words before the number ("over ", "nearly ", "").
const char *Nf_acc_qualifier_words(uint8_t q);
// A value as words: "745", "over 1000", "10–12", and a vague count with
// `vague_suffix` after it; numbers written by `num`.
void Nf_acc_value_words(nf_esc *e, const nf_acc_value *v,
                        void (*num)(nf_esc *, double),
                        const char *vague_suffix);
// The rule behind confidence grades, as printed.
extern const char Nf_acc_grade_rule[];

#endif
