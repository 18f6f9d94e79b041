#include "model/account.h"

#include <math.h>

#include "core/alloc.h"
#include "core/limits.h"

const char *Nf_fig_status_name(nf_fig_status s) {
  static const char *const names[NF_FS__COUNT] = {"single", "agree", "updated",
                                                  "conflict"};
  return (unsigned)s < NF_FS__COUNT ? names[s] : "single";
}

const char *Nf_grade_name(nf_grade g) {
  static const char *const names[NF_GRADE__COUNT] = {"weak", "fair", "strong",
                                                     "contested"};
  return (unsigned)g < NF_GRADE__COUNT ? names[g] : "weak";
}

const char *Nf_parts_result_name(nf_parts_result r) {
  static const char *const names[NF_PARTS__COUNT] = {"adds_up", "consistent",
                                                     "short", "exceeds"};
  return (unsigned)r < NF_PARTS__COUNT ? names[r] : "consistent";
}

const char *Nf_source_kind_name(nf_source_kind k) {
  static const char *const names[NF_SRC__COUNT] = {"organisation", "official",
                                                   "witness", "media"};
  return (unsigned)k < NF_SRC__COUNT ? names[k] : "organisation";
}

const char *Nf_wording_name(nf_wording w) {
  static const char *const names[NF_WORDING__COUNT] = {"single", "verbatim",
                                                       "different"};
  return (unsigned)w < NF_WORDING__COUNT ? names[w] : "single";
}

const char *Nf_hcheck_kind_name(nf_hcheck_kind k) {
  static const char *const names[NF_HC__COUNT] = {
      "figure_unsupported", "figure_differs", "actor_unsupported",
      "actor_only_attributed"};
  return (unsigned)k < NF_HC__COUNT ? names[k] : "figure_unsupported";
}

const char *Nf_cover_name(nf_cover c) {
  static const char *const names[NF_COVER__COUNT] = {
      "omits", "states", "hedges", "contradicts", "outdated"};
  return (unsigned)c < NF_COVER__COUNT ? names[c] : "omits";
}

double Nf_acc_stated(uint8_t qualifier, double value, double low, double high) {
  if (isfinite(value)) return value;
  if (qualifier == NF_Q_RANGE && isfinite(low) && isfinite(high))
    return (low + high) / 2;
  if (isfinite(low)) return low;
  if (isfinite(high)) return high;
  return NAN;
}

nf_account *Nf_account_new(const nf_allocator *alloc,
                           const nf_story_docs *story) {
  nf_account *acc = Nf_calloc(alloc, 1, sizeof *acc);
  if (!acc) return NULL;
  Nf_arena_init(&acc->arena, alloc, NF_MAX_ARENA_BYTES);
  acc->story = story;
  for (int m = 0; m < NF_M__COUNT; m++) {
    acc->total[m] = -1;
    acc->total_best[m] = NAN;
  }
  return acc;
}

void Nf_account_free(nf_account *acc) {
  if (!acc) return;
  const nf_allocator *alloc = acc->arena.alloc;
  Nf_arena_fini(&acc->arena);
  Nf_free(alloc, acc);
}

static nf_sv doc_field(const nf_doc *doc, uint8_t in) {
  if (in == NF_IN_TITLE) return Nf_sv_cstr(doc->title);
  return Nf_sv(doc->text, doc->text_len);
}

static nf_sv clip(nf_sv s, uint32_t start, uint32_t end) {
  if (!s.p || start > end || end > s.n) return Nf_sv("", 0);
  return Nf_sv(s.p + start, end - start);
}

nf_sv Nf_acc_ref_text(const nf_account *acc, nf_acc_ref ref) {
  if (ref.report >= acc->story->n_docs) return Nf_sv("", 0);
  return clip(doc_field(acc->story->docs[ref.report], ref.in), ref.start,
              ref.end);
}

nf_sv Nf_acc_ref_sentence(const nf_account *acc, nf_acc_ref ref) {
  if (ref.report >= acc->story->n_docs) return Nf_sv("", 0);
  const nf_doc *doc = acc->story->docs[ref.report];
  const nf_facts *f = doc->facts;
  nf_sv field = doc_field(doc, ref.in);
  if (f && ref.sentence >= 0 && (size_t)ref.sentence < f->n_sentences) {
    const nf_sentence *s = &f->sentences[ref.sentence];
    if (s->in == ref.in) return Nf_sv_trim(clip(field, s->start, s->end));
  }
  return clip(field, ref.start, ref.end);
}

const nf_figure *Nf_acc_mention_figure(const nf_account *acc,
                                       const nf_acc_mention *m) {
  const nf_doc *doc = acc->story->docs[m->ref.report];
  return &doc->facts->figures[m->figure];
}

nf_cover Nf_acc_coverage(const nf_account *acc, size_t g, uint32_t r,
                         int32_t *value, const nf_acc_mention **mention) {
  const nf_acc_figure *fg = &acc->figures[g];
  nf_cover best = NF_COVER_OMITS;
  *value = -1;
  *mention = NULL;
  // A report that gives several values of the group is judged by its most
  // telling one: a current value over an outdated one, a plain statement
  // over a hedged one.
  static const int rank[NF_COVER__COUNT] = {0, 4, 3, 2, 1};
  for (size_t v = 0; v < fg->n_values; v++) {
    const nf_acc_value *val = &fg->values[v];
    for (size_t i = 0; i < val->n_mentions; i++) {
      const nf_acc_mention *m = &val->mentions[i];
      if (m->ref.report != r) continue;
      nf_cover c;
      if (m->superseded || (!val->current && fg->status == NF_FS_UPDATED))
        c = NF_COVER_OUTDATED;
      else if (!val->fits_best)
        c = NF_COVER_CONTRADICTS;
      else if (m->hedged)
        c = NF_COVER_HEDGES;
      else
        c = NF_COVER_STATES;
      if (rank[c] > rank[best]) {
        best = c;
        *value = (int32_t)v;
        *mention = m;
      }
    }
  }
  return best;
}
