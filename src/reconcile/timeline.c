// The timeline: what happened when, from the dates the reports resolve,
// with the reports behind each day.
#include <stdlib.h>
#include <string.h>

#include "reconcile/rc_int.h"

typedef struct dated {
  int64_t day;
  nf_datetime date;
  nf_acc_ref ref;
} dated;

static int dated_cmp(const void *a, const void *b) {
  const dated *x = a, *y = b;
  if (x->day != y->day) return x->day < y->day ? -1 : 1;
  if (x->ref.report != y->ref.report)
    return x->ref.report < y->ref.report ? -1 : 1;
  return x->ref.start < y->ref.start ? -1 : x->ref.start > y->ref.start;
}

typedef struct wc {
  size_t n;
} wc;
static bool count_word(void *user, nf_sv w, size_t s, size_t e) {
  (void)s, (void)e;
  if (w.n >= 3) ((wc *)user)->n++;
  return true;
}

// Words of a sentence other than the date itself: a byline or dateline
// ("Amin Masoodi 09 March 2025 05:53") has almost none.
static size_t words_around(const rc *r, nf_acc_ref ref) {
  nf_sv s = Nf_acc_ref_sentence(r->acc, ref);
  wc c = {0};
  Nf_rc_words(s, count_word, &c);
  wc d = {0};
  Nf_rc_words(Nf_acc_ref_text(r->acc, ref), count_word, &d);
  return c.n > d.n ? c.n - d.n : 0;
}

typedef struct overlap {
  nf_sv other;
  size_t shared;
} overlap;
static bool shared_word(void *user, nf_sv w, size_t s, size_t e) {
  (void)s, (void)e;
  overlap *o = user;
  if (w.n >= 4 && Nf_sv_ifind(o->other, w) >= 0) o->shared++;
  return true;
}

typedef struct wd_find {
  int weekday;
} wd_find;
static bool find_weekday(void *user, nf_sv w, size_t s, size_t e) {
  (void)s, (void)e;
  if (w.n > 2 && w.p[w.n - 2] == '\'' && w.p[w.n - 1] == 's')
    w.n -= 2;  // "Friday's"
  int d = Nf_weekday_from_name(w);
  if (d >= 0 && w.n >= 6) {  // full names only: "sun", "wed" are words
    ((wd_find *)user)->weekday = d;
    return false;
  }
  return true;
}

// "on Thursday" in a report: the latest such day on or before the report's
// date, else before the earliest date of the story.
static nf_datetime weekday_before(const rc *r, const nf_date *dt, uint32_t rep,
                                  nf_datetime anchor) {
  nf_datetime none = {0};
  if (r->acc->reports[rep].time.precision >= NF_PREC_DAY)
    anchor = r->acc->reports[rep].time;
  if (anchor.precision < NF_PREC_DAY) return none;
  nf_sv words =
      Nf_acc_ref_text(r->acc, (nf_acc_ref){rep, dt->span.start, dt->span.end,
                                           dt->span.sentence, dt->span.in});
  // Only plain weekdays: "next Friday" or "last week" are left alone.
  if (Nf_sv_ifind(words, NF_SV_LIT("next")) >= 0 ||
      Nf_sv_ifind(words, NF_SV_LIT("last")) >= 0)
    return none;
  wd_find w = {-1};
  Nf_rc_words(words, find_weekday, &w);
  if (w.weekday < 0) return none;
  int at = Nf_weekday(anchor.year, anchor.month, anchor.day);
  nf_datetime out = anchor;
  out.precision = NF_PREC_DAY;
  out.has_tz = false;
  out.hour = out.minute = out.second = 0;
  return Nf_datetime_add_days(out, -(int64_t)((at - w.weekday + 7) % 7));
}

void Nf_rc_timeline(rc *r) {
  nf_account *acc = r->acc;
  if (r->st) return;
  // Window: a month before the first report to a day after the last, when
  // dates are known; older dates are background, not this story's events.
  int64_t lo = INT64_MIN, hi = INT64_MAX;
  for (size_t i = 0; i < acc->n_reports; i++) {
    const nf_datetime *t = &acc->reports[i].time;
    if (t->precision < NF_PREC_DAY) continue;
    int64_t d = Nf_days_from_civil(t->year, t->month, t->day);
    if (lo == INT64_MIN || d - 31 < lo) lo = d - 31;
    if (hi == INT64_MAX || d + 1 > hi) hi = d + 1;
  }
  // Reports without a date resolve "on Thursday" against the earliest date
  // of the story's other reports (the facts stage sees one report only).
  nf_datetime anchor = {0};
  for (size_t i = 0; i < acc->n_reports; i++) {
    const nf_datetime *t = &acc->reports[i].time;
    if (t->precision < NF_PREC_DAY) continue;
    if (anchor.precision == NF_PREC_NONE || Nf_datetime_cmp(t, &anchor) < 0)
      anchor = *t;
  }
  dated *ds = NULL;
  size_t n = 0, cap = 0;
  for (uint32_t rep = 0; rep < r->story->n_docs && !r->st; rep++) {
    const nf_facts *f = rc_facts(r, rep);
    if (!f) continue;
    for (size_t i = 0; i < f->n_dates; i++) {
      const nf_date *dt = &f->dates[i];
      nf_datetime value = dt->value;
      if (value.precision < NF_PREC_DAY && dt->kind == NF_DATE_RELATIVE)
        value = weekday_before(r, dt, rep, anchor);
      if (value.precision < NF_PREC_DAY) continue;
      int64_t day = Nf_days_from_civil(value.year, value.month, value.day);
      if (day < lo || day > hi) continue;
      nf_acc_ref ref = {rep, dt->span.start, dt->span.end, dt->span.sentence,
                        dt->span.in};
      if (dt->span.in == NF_IN_TITLE || words_around(r, ref) < 3) continue;
      if (!Nf_rc_grow(r, &r->scratch, (void **)&ds, &cap, n + 1, sizeof *ds))
        return;
      nf_datetime day_only = value;
      day_only.precision = NF_PREC_DAY;
      day_only.has_tz = false;
      ds[n++] = (dated){day, day_only, ref};
    }
  }
  if (!n) return;
  qsort(ds, n, sizeof *ds, dated_cmp);
  size_t n_days = 1;
  for (size_t i = 1; i < n; i++) n_days += ds[i].day != ds[i - 1].day;
  acc->timeline = Nf_arena_calloc(&acc->arena, n_days, sizeof *acc->timeline);
  if (!acc->timeline) {
    rc_fail(r, NF_ENOMEM);
    return;
  }
  for (size_t a = 0; a < n;) {
    size_t b = a;
    while (b < n && ds[b].day == ds[a].day) b++;
    nf_acc_event *ev = &acc->timeline[acc->n_timeline++];
    ev->date = ds[a].date;
    size_t n_rep = 0;
    for (size_t k = a; k < b; k++)
      n_rep += k == a || ds[k].ref.report != ds[k - 1].ref.report;
    ev->refs = Nf_arena_calloc(&acc->arena, n_rep, sizeof *ev->refs);
    if (!ev->refs) {
      rc_fail(r, NF_ENOMEM);
      return;
    }
    for (size_t k = a; k < b; k++)
      if (k == a || ds[k].ref.report != ds[k - 1].ref.report)
        ev->refs[ev->n_refs++] = ds[k].ref;
    // The sentence that shares most words with the others tells it best.
    size_t best = 0, best_score = 0;
    size_t lim = ev->n_refs < 12 ? ev->n_refs : 12;
    for (size_t i = 0; i < lim; i++) {
      size_t score = 0;
      nf_sv si = Nf_acc_ref_sentence(acc, ev->refs[i]);
      for (size_t j = 0; j < lim; j++) {
        if (j == i) continue;
        overlap o = {Nf_acc_ref_sentence(acc, ev->refs[j]), 0};
        Nf_rc_words(si, shared_word, &o);
        score += o.shared;
      }
      if (score > best_score) best_score = score, best = i;
    }
    ev->text = ev->refs[best];
    a = b;
  }
}
