// Parts against wholes ("1,018, including 745 civilians": 745 + 125 + 148
// = 1,018), and the story's count of each measure.
#include <math.h>
#include <string.h>

#include "reconcile/rc_int.h"

// Categories that split "all" into disjoint parts in conflict reporting;
// a report that gives two or more of them is checked against its whole.
static bool partition_category(uint8_t c) {
  return c == NF_C_CIVILIANS || c == NF_C_SECURITY_FORCES || c == NF_C_FIGHTERS;
}

static bool same_place(const char *a, const char *b) {
  return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

// The group holding the total of a measure. Candidates: the groups of
// everyone ("all"), and groups of one kind of people ("five children were
// shot", "three deputies") that are no part of a larger whole and that more
// reports give than any group of everyone; never counts over a period.
// Best: the most reports backing its best estimate, then the most reports
// giving it in their headline or lead, then a group of everyone, then one
// without a place of its own, then the most often repeated, then the
// smaller (a large number one report gives once is more often no count at
// all: an age, an address).
static bool total_better(const nf_acc_figure *f, const nf_acc_figure *b) {
  if (f->n_support != b->n_support) return f->n_support > b->n_support;
  if (f->n_lead != b->n_lead) return f->n_lead > b->n_lead;
  if ((f->category == NF_C_ALL) != (b->category == NF_C_ALL))
    return f->category == NF_C_ALL;
  if (!f->place != !b->place) return !f->place;
  if (f->n_mentions != b->n_mentions) return f->n_mentions > b->n_mentions;
  return f->best < b->best;
}

// The latest report that tells the group's best estimate as an update, or
// -1.
static int32_t update_report_of(const rc *r, const nf_acc_figure *g) {
  int32_t latest = -1;
  for (size_t v = 0; v < g->n_values; v++) {
    if (!g->values[v].current || !g->values[v].fits_best) continue;
    for (size_t i = 0; i < g->values[v].n_mentions; i++) {
      const nf_acc_mention *m = &g->values[v].mentions[i];
      const nf_facts *f = rc_facts(r, m->ref.report);
      if (!f || m->figure >= f->n_figures ||
          (latest >= 0 &&
           !Nf_rc_known_later(r, m->ref.report, (uint32_t)latest)) ||
          !Nf_rc_told_as_update(r, m->ref.report, &f->figures[m->figure]))
        continue;
      latest = (int32_t)m->ref.report;
    }
  }
  return latest;
}

// update_report_of, once per group: the story's count is chosen again for
// each measure and each check of parts.
static int32_t update_report(rc *r, size_t g) {
  nf_account *acc = r->acc;
  if (!r->update_rep) {
    r->update_rep =
        Nf_arena_calloc(&r->scratch, acc->n_figures + 1, sizeof *r->update_rep);
    if (!r->update_rep) return rc_fail(r, NF_ENOMEM), -1;
    for (size_t k = 0; k < acc->n_figures; k++) r->update_rep[k] = -2;
  }
  if (r->update_rep[g] == -2)
    r->update_rep[g] = update_report_of(r, &acc->figures[g]);
  return r->update_rep[g];
}

// Whether report rep is known to be later than every report backing the
// group's best estimate.
static bool later_than_group(const rc *r, uint32_t rep,
                             const nf_acc_figure *g) {
  for (size_t v = 0; v < g->n_values; v++) {
    if (!g->values[v].current || !g->values[v].fits_best) continue;
    for (size_t i = 0; i < g->values[v].n_mentions; i++)
      if (!Nf_rc_known_later(r, rep, g->values[v].mentions[i].ref.report))
        return false;
  }
  return true;
}

// Not a count over a period, nor one only earlier or withdrawn figures
// give, nor (unless parts_too) one that says it is a part ("two of the
// victims").
static bool candidate(const rc *r, const nf_acc_figure *f, uint8_t measure,
                      bool parts_too) {
  return f->measure == measure && !f->background && isfinite(f->best) &&
         f->latest >= 0 && (parts_too || !Nf_rc_group_partitive(r, f));
}

// Whether group W holds a figure that some figure of group A is a part of,
// in the same report: "four young people were shot ..., and a fifth person
// may have been wounded" sums to five, which "Four Wounded" in the
// headline only begins.
static bool whole_of_a_part(const rc *r, const nf_acc_figure *W,
                            const nf_acc_figure *A) {
  for (size_t v = 0; v < A->n_values; v++)
    for (size_t i = 0; i < A->values[v].n_mentions; i++) {
      const nf_acc_mention *m = &A->values[v].mentions[i];
      const nf_facts *f = rc_facts(r, m->ref.report);
      if (!f || m->figure >= f->n_figures || f->figures[m->figure].whole < 0)
        continue;
      uint32_t whole = (uint32_t)f->figures[m->figure].whole;
      for (size_t w = 0; w < W->n_values; w++)
        for (size_t k = 0; k < W->values[w].n_mentions; k++)
          if (W->values[w].mentions[k].ref.report == m->ref.report &&
              W->values[w].mentions[k].figure == whole)
            return true;
    }
  return false;
}

// Of the injured, a count no larger than the story's dead whose sentences
// tell of no wound, only of people hit or of deaths ("a mother fatally
// shot her husband and three sons", "shot his two young sons before
// turning the gun on himself"), and that is no count of everyone hit (those
// are taken less the dead): its people may be the dead.
static bool among_the_dead(const rc *r, const nf_acc_figure *f) {
  double dead = r->acc->total_best[NF_M_KILLED];
  return f->measure == NF_M_INJURED && isfinite(dead) && f->best <= dead &&
         Nf_rc_group_may_be_dead(r, f) && !Nf_rc_group_counts_hit(r, f);
}

static int32_t total_group_of(rc *r, uint8_t measure, bool parts_too) {
  const nf_account *acc = r->acc;
  // Candidates told as an update by a later report ("police now say
  // seven people were shot"): an older count that only earlier reports
  // give, however many, is no candidate against them (at most
  // NF_RC_MAX_UPDATES such groups are looked at).
  int32_t upd_rep[NF_RC_MAX_UPDATES];
  size_t upd_group[NF_RC_MAX_UPDATES], n_upd = 0;
  for (size_t g = 0; g < acc->n_figures && n_upd < NF_RC_MAX_UPDATES; g++) {
    const nf_acc_figure *f = &acc->figures[g];
    if (!candidate(r, f, measure, parts_too)) continue;
    int32_t u = update_report(r, g);
    if (u >= 0) upd_rep[n_upd] = u, upd_group[n_upd++] = g;
  }
  int32_t all = -1, kind = -1;
  for (size_t g = 0; g < acc->n_figures; g++) {
    const nf_acc_figure *f = &acc->figures[g];
    if (!candidate(r, f, measure, parts_too)) continue;
    bool outdated = false;
    for (size_t u = 0; u < n_upd && !outdated; u++)
      outdated = upd_group[u] != g &&
                 acc->figures[upd_group[u]].category == f->category &&
                 later_than_group(r, (uint32_t)upd_rep[u], f);
    if (outdated) continue;
    if (among_the_dead(r, f)) continue;
    if (f->category == NF_C_ALL) {
      if (all < 0 || total_better(f, &acc->figures[all])) all = (int32_t)g;
    } else if (f->whole < 0) {
      // Of one kind: "five children", "three deputies", and "two suspects
      // were hit" (category other: the archive counts suspects hit).
      if (kind < 0 || total_better(f, &acc->figures[kind])) kind = (int32_t)g;
    }
  }
  // A count of everyone that a report's own sum holds as a part gives way
  // to that sum (the larger whole of the same people), of the dead as of
  // the wounded.
  bool casualties = measure == NF_M_INJURED || measure == NF_M_KILLED;
  for (size_t g = 0; casualties && all >= 0 && g < acc->n_figures; g++) {
    const nf_acc_figure *f = &acc->figures[g];
    if ((int32_t)g != all && f->category == NF_C_ALL &&
        candidate(r, f, measure, parts_too) &&
        f->best > acc->figures[all].best &&
        whole_of_a_part(r, f, &acc->figures[all]))
      all = (int32_t)g;
  }
  // A count of one kind of people smaller than the count of everyone is a
  // part of it ("three women and one man", "four, including two agents"),
  // however many reports repeat the part, when the whole is told up front
  // (in the headline or lead of some report).
  const nf_acc_figure *K = kind >= 0 ? &acc->figures[kind] : NULL,
                      *A = all >= 0 ? &acc->figures[all] : NULL;
  if (K && (!A || (K->n_support > A->n_support &&
                   !(A->best > K->best && A->n_lead >= 1))))
    return kind;
  return all;
}

// A count that says it is a part of another ("two of the victims", "one of
// the five") is the total only when nothing else is.
static int32_t total_group(rc *r, uint8_t measure) {
  int32_t t = total_group_of(r, measure, false);
  return t >= 0 ? t : total_group_of(r, measure, true);
}

// The group of a category that most reports give (then the larger), or -1.
static int32_t main_group(const rc *r, uint8_t measure, uint8_t category) {
  const nf_account *acc = r->acc;
  int32_t best = -1;
  for (size_t g = 0; g < acc->n_figures; g++) {
    const nf_acc_figure *f = &acc->figures[g];
    if (f->measure != measure || f->category != category || f->background ||
        !isfinite(f->best) || among_the_dead(r, f))
      continue;
    if (best < 0 || f->n_reports > acc->figures[best].n_reports ||
        (f->n_reports == acc->figures[best].n_reports &&
         f->best > acc->figures[best].best))
      best = (int32_t)g;
  }
  return best;
}

// Precision rank, as in figures.c: exact first.
static int precision(uint8_t q) {
  return q == NF_Q_EXACT                        ? 3
         : (q == NF_Q_ABOUT || q == NF_Q_RANGE) ? 2
         : q == NF_Q_VAGUE                      ? 0
                                                : 1;
}

static const rc_mention *whole_of(const rc *r, const rc_mention *x, size_t a,
                                  size_t b) {
  const nf_figure *f = &rc_facts(r, x->report)->figures[x->figure];
  if (f->whole < 0) return NULL;
  for (size_t k = a; k < b; k++)
    if (r->m[k].figure == (uint32_t)f->whole) return &r->m[k];
  return NULL;
}

static void check(rc *r, uint32_t rep, size_t a, size_t b, int32_t wg) {
  nf_account *acc = r->acc;
  nf_acc_figure *W = &acc->figures[wg];
  nf_acc_part parts[NF_C__COUNT];
  int prec[NF_C__COUNT] = {0};
  size_t n = 0;
  bool linked = false;
  const rc_mention *own = NULL;
  for (size_t k = a; k < b; k++) {
    const rc_mention *x = &r->m[k];
    if (x->group < 0 || x->superseded) continue;
    if (x->group == wg) {
      if (!own || precision(x->qualifier) > precision(own->qualifier)) own = x;
      continue;
    }
    const nf_acc_figure *P = &acc->figures[x->group];
    if (P->measure != W->measure || P->category == NF_C_ALL) continue;
    const rc_mention *w = whole_of(r, x, a, b);
    bool is_linked = w && w->group == wg;
    if (!is_linked &&
        !(partition_category(P->category) && same_place(P->place, W->place)))
      continue;
    linked |= is_linked;
    size_t i = 0;
    while (i < n && acc->figures[parts[i].figure].category != P->category) i++;
    // One part per category: one the report links to this whole first,
    // then the one most reports give (the ambush's 16 is not the 125),
    // then the most precise.
    int pr = (is_linked ? 1 << 24 : 0) +
             (int)(P->n_reports < 4095 ? P->n_reports : 4095) * 8 +
             precision(x->qualifier);
    if (i < n && pr <= prec[i]) continue;
    if (i == n) n++;
    parts[i] = (nf_acc_part){
        (uint32_t)x->group, x->stated,
        x->qualifier == NF_Q_OVER || x->qualifier == NF_Q_AT_LEAST};
    prec[i] = pr;
  }
  if (n < 2) return;
  nf_acc_check c;
  memset(&c, 0, sizeof c);
  c.report = (int32_t)rep;
  c.parts = Nf_arena_calloc(&acc->arena, n, sizeof *c.parts);
  if (!c.parts) {
    rc_fail(r, NF_ENOMEM);
    return;
  }
  memcpy(c.parts, parts, n * sizeof *parts);
  c.n_parts = n;
  for (size_t i = 0; i < n; i++) {
    c.sum += parts[i].value;
    c.sum_open |= parts[i].open;
  }
  nf_ival iv;
  if (own) {
    c.whole = own->stated;
    c.whole_qualifier = own->qualifier;
    c.whole_from_report = true;
    iv = own->iv;
  } else {
    c.whole = W->best;
    c.whole_qualifier = NF_Q_EXACT;
    iv = (nf_ival){W->best, W->best, false, false};
  }
  if (!isfinite(c.whole)) return;
  if (c.sum_open) {
    c.result = c.sum > iv.hi ? NF_PARTS_EXCEED : NF_PARTS_CONSISTENT;
  } else if (own && own->qualifier != NF_Q_EXACT) {
    c.result = Nf_rc_contains(iv, c.sum) ? NF_PARTS_CONSISTENT
               : c.sum < iv.lo           ? NF_PARTS_SHORT
                                         : NF_PARTS_EXCEED;
  } else {
    c.result = c.sum == c.whole  ? NF_PARTS_ADD_UP
               : c.sum < c.whole ? NF_PARTS_SHORT
                                 : NF_PARTS_EXCEED;
  }
  (void)linked;
  size_t cap = W->n_checks;
  if (!Nf_rc_grow(r, &acc->arena, (void **)&W->checks, &cap, W->n_checks + 1,
                  sizeof *W->checks))
    return;
  W->checks[W->n_checks++] = c;
  for (size_t i = 0; i < n; i++)
    if (acc->figures[parts[i].figure].whole < 0)
      acc->figures[parts[i].figure].whole = wg;
}

void Nf_rc_parts(rc *r) {
  nf_account *acc = r->acc;
  if (r->st || !acc->n_figures) return;
  // The story's totals as they stand before the parts are known; when a
  // count of one kind turns out to be a part here, Nf_rc_totals chooses
  // again (one pass over the groups per measure, each time).
  int32_t totals[NF_M__COUNT];
  for (int m = 0; m < NF_M__COUNT; m++) {
    totals[m] = total_group(r, (uint8_t)m);
    if (totals[m] >= 0 && acc->figures[totals[m]].category != NF_C_ALL)
      totals[m] = -1;
  }
  // Mentions are in report order: walk each report's run.
  for (size_t a = 0; a < r->n_m && !r->st;) {
    size_t b = a;
    while (b < r->n_m && r->m[b].report == r->m[a].report) b++;
    uint32_t rep = r->m[a].report;
    // Wholes this report states, and the story totals for the rest.
    int32_t wholes[16];
    size_t n_w = 0;
    for (size_t k = a; k < b; k++) {
      const rc_mention *x = &r->m[k];
      if (x->group < 0 || x->category != NF_C_ALL || x->superseded) continue;
      bool have = false;
      for (size_t i = 0; i < n_w; i++) have |= wholes[i] == x->group;
      if (!have && n_w < 16) wholes[n_w++] = x->group;
    }
    for (int m = 0; m < NF_M__COUNT; m++) {
      bool have = totals[m] < 0;
      for (size_t i = 0; i < n_w && !have; i++) have = wholes[i] == totals[m];
      if (!have && n_w < 16) wholes[n_w++] = totals[m];
    }
    for (size_t i = 0; i < n_w && !r->st; i++) check(r, rep, a, b, wholes[i]);
    a = b;
  }
}

// Of a group's current values, one that is another less the dead
// ("4 injured" and "3 injured" with one dead), or NAN; not when the larger
// is itself a count of the rest ("1 killed, 4 others injured").
static double wounded_apart_from_dead(const rc *r, const nf_acc_figure *T,
                                      double dead) {
  for (size_t a = 0; a < T->n_values; a++) {
    if (!T->values[a].current) continue;
    double va = Nf_acc_value_stated(&T->values[a]);
    for (size_t b = 0; b < T->n_values; b++)
      if (b != a && T->values[b].current &&
          Nf_acc_value_stated(&T->values[b]) == va + dead &&
          !Nf_rc_value_of_others(r, &T->values[b]))
        return va;
  }
  return NAN;
}

// Do two mentions stand in one sentence of one report? By the facts
// stage's sentence index when both have one; else by the text around them.
static bool same_sentence(const rc *r, const nf_acc_ref *a,
                          const nf_acc_ref *b) {
  if (a->report != b->report || a->in != b->in) return false;
  if (a->sentence >= 0 && b->sentence >= 0) return a->sentence == b->sentence;
  nf_span sa = {a->start, a->end, a->sentence, a->in},
          sb = {b->start, b->end, b->sentence, b->in};
  nf_sv x = Nf_rc_span_sentence(r, a->report, &sa),
        y = Nf_rc_span_sentence(r, b->report, &sb);
  return x.n && x.p == y.p && x.n == y.n;
}

// A value of a group of the injured stated in the same sentence as the
// story's count of the dead ("left four people dead and one person injured"),
// and smaller than the group's best, or NAN: a sentence that gives both tells
// the wounded apart from the dead, where the best may count everyone hit.
static double injured_beside_dead(const rc *r, const nf_acc_figure *T,
                                  const nf_acc_figure *K, double killed) {
  const nf_account *acc = r->acc;
  for (size_t g = 0; g < acc->n_figures; g++) {
    const nf_acc_figure *I = &acc->figures[g];
    if (I->measure != NF_M_INJURED || I->category != T->category) continue;
    for (size_t a = 0; a < I->n_values; a++) {
      const nf_acc_value *v = &I->values[a];
      if (v->superseded || !(v->value < T->best)) continue;
      for (size_t m = 0; m < v->n_mentions; m++)
        for (size_t b = 0; b < K->n_values; b++) {
          if (K->values[b].value != killed) continue;
          for (size_t n = 0; n < K->values[b].n_mentions; n++)
            if (same_sentence(r, &K->values[b].mentions[n].ref,
                              &v->mentions[m].ref))
              return v->value;
        }
    }
  }
  return NAN;
}

// The story's count of one measure: its total figure (or the parts that
// split it), else the people described one by one; with the attacker a
// killed count leaves out, and for the injured, people hit less the dead.
// killed: the story's count of people killed, attackers left out (NAN when
// unknown), and whether it rests on people described one by one only.
// Sets *count (killed only): the count of the dead less attackers, and
// *described_only: whether it rests on people described, no figure given.
static void measure_total(rc *r, uint8_t m, double killed,
                          bool killed_described, bool dead_counted,
                          double *count, bool *described_only) {
  nf_account *acc = r->acc;
  int32_t t = total_group(r, m);
  double figure_total = NAN;
  const char *rule = NULL;
  if (t >= 0) {
    acc->total[m] = t;
    figure_total = acc->figures[t].best;
    rule = "the best estimate of the story's total figure";
  } else {
    // No total given: the parts that split it, when reports give them
    // (one group per category: the one most reports give).
    static const uint8_t families[2][3] = {
        {NF_C_CIVILIANS, NF_C_SECURITY_FORCES, NF_C_FIGHTERS},
        {NF_C_MEN, NF_C_WOMEN, NF_C_CHILDREN}};
    for (int fam = 0; fam < 2 && !isfinite(figure_total); fam++) {
      double sum = 0;
      int n = 0;
      for (int c = 0; c < 3; c++) {
        int32_t g = main_group(r, m, families[fam][c]);
        if (g >= 0) sum += acc->figures[g].best, n++;
      }
      if (n) {
        figure_total = sum;
        rule = "the sum of the best estimates of its parts (no total given)";
      }
    }
  }
  uint32_t victims, perps;
  Nf_rc_victim_counts(r, m, dead_counted, &victims, &perps);
  double total = figure_total;
  if (!isfinite(total) && (victims || perps)) {
    total = victims + perps;
    rule =
        "people described one by one (no figure given): the most at least "
        "two reports describe, and any attacker reported hit, no more than "
        "one report tells of in all";
  } else if (isfinite(total) && perps && m == NF_M_KILLED && t >= 0 &&
             Nf_rc_group_leaves_out_attacker(r, &acc->figures[t])) {
    // "killed three people and then himself": the story's count holds
    // the attacker too, as casualty archives do.
    total += perps;
    rule =
        "the best estimate of the total figure, plus the attacker it "
        "leaves out (\"and then himself\", \"two others\")";
  }
  double without = NAN,
         with = m == NF_M_KILLED && t >= 0
                    ? Nf_rc_count_with_attacker(r, &acc->figures[t], &without)
                    : NAN;
  if (isfinite(with)) {
    // "seven people, including the shooter" against "kills six people".
    total = with;
    figure_total = without;
    rule =
        "of counts of the dead in conflict, the one that says it holds the "
        "attacker (\"including the shooter\"), as casualty archives count";
  }
  if (m == NF_M_KILLED) {
    *count = isfinite(figure_total) ? figure_total
             : victims              ? (double)victims
                                    : NAN;
    *described_only = !isfinite(figure_total) && (victims || perps);
  }
  double dead = acc->total_best[NF_M_KILLED];  // attackers too
  if (m == NF_M_INJURED && t >= 0 && isfinite(total)) {
    const nf_acc_figure *T = &acc->figures[t];
    double rest = isfinite(killed) && killed > 0 && T->status == NF_FS_CONFLICT
                      ? wounded_apart_from_dead(r, T, killed)
                      : NAN;
    int32_t kt = acc->total[NF_M_KILLED];
    if (isfinite(killed) && killed > 0 &&
        (Nf_rc_group_counts_hit(r, T) ||
         (kt >= 0 && Nf_rc_dead_among(r, &acc->figures[kt], T->best)))) {
      // "four people were shot" counts the dead with the wounded; so does
      // "five people shot" when "one of the five" died.
      double hit_less_dead = total > killed ? total - killed : 0,
             beside = kt >= 0
                          ? injured_beside_dead(r, T, &acc->figures[kt], killed)
                          : NAN;
      if (isfinite(beside) && beside != hit_less_dead) {
        total = beside;
        rule =
            "the count of the injured stated beside the count of the dead "
            "(\"left four people dead and one person injured\"), where the "
            "best counts everyone hit";
      } else {
        total = hit_less_dead;
        rule =
            "people hit (the best estimate of the total figure: \"four "
            "people were shot\") less the people killed";
      }
    } else if (isfinite(rest)) {
      // "1 dead, 4 injured" against "1 killed, 3 injured": the larger
      // count holds the dead among those hit, as early reports often do.
      total = rest;
      rule =
          "of counts of the injured that differ by the number of the dead, "
          "the one that leaves the dead out";
    } else if (killed_described && isfinite(dead) && T->best <= dead &&
               !Nf_rc_group_tells_dead_apart(r, T)) {
      // No count of the dead, only people described as killed, and a count
      // of the injured no larger that does not tell them apart ("one woman
      // was hospitalized" in an early report, "Sarah Bonner died" in a
      // later one): the wounded who died.
      total = total > dead ? total - dead : 0;
      rule =
          "the best estimate of the total figure less the people described "
          "as killed it does not tell apart (the wounded who died)";
    }
  }
  if (isfinite(total)) {
    acc->total_best[m] = total;
    acc->total_rule[m] = rule;
  }
}

void Nf_rc_totals(rc *r) {
  nf_account *acc = r->acc;
  if (r->st) return;
  // The killed first: the injured are checked against them.
  double killed = NAN, unused_count;
  bool described = false, unused_described;
  measure_total(r, NF_M_KILLED, NAN, false, false, &killed, &described);
  // A headline telling of the Nth death ("Third victim dies") outweighs a
  // smaller count of the dead: the wounded who died since are among them,
  // and no longer among the wounded.
  int nth = 0;
  int32_t nth_rep = -1;
  const bool *roundup = Nf_rc_roundups(r);
  for (uint32_t rep = 0; roundup && rep < acc->n_reports; rep++) {
    int n = roundup[rep] ? 0 : Nf_rc_ordinal_death(r, rep);
    if (n > nth) nth = n, nth_rep = (int32_t)rep;
  }
  double died_since = 0;
  // One death ("Victim in Creekwood shooting dies") may be an attacker's:
  // checked against everyone dead.
  double dead_so_far = nth == 1 ? acc->total_best[NF_M_KILLED] : killed;
  if (nth > 0 && (!isfinite(dead_so_far) || dead_so_far < nth)) {
    died_since = nth - (isfinite(killed) ? killed : 0);
    double with = isfinite(acc->total_best[NF_M_KILLED])
                      ? acc->total_best[NF_M_KILLED]
                      : 0;
    acc->total_best[NF_M_KILLED] = with + died_since;
    acc->total_rule[NF_M_KILLED] =
        "a headline telling of the Nth death (\"third victim dies\")";
    killed = nth;
  }
  bool dead_counted =
      acc->total[NF_M_KILLED] >= 0 && acc->total_best[NF_M_KILLED] > 0;
  for (int m = 1; m < NF_M__COUNT; m++) {
    if (m == NF_M_KILLED || m == NF_M_MONEY || m == NF_M_SHARE ||
        m == NF_M_OTHER)
      continue;
    measure_total(r, (uint8_t)m, killed, described, dead_counted, &unused_count,
                  &unused_described);
  }
  // Counts of the wounded that do not hold the dead: those who died since
  // leave them.
  const char *hit_rule = "people hit";
  if (died_since > 0 && isfinite(acc->total_best[NF_M_INJURED]) &&
      strncmp(acc->total_rule[NF_M_INJURED], hit_rule, strlen(hit_rule)) != 0)
    acc->total_best[NF_M_INJURED] =
        acc->total_best[NF_M_INJURED] > died_since
            ? acc->total_best[NF_M_INJURED] - died_since
            : 0;
  // A death a later headline tells of ("Man shot on 22nd and Grand Ave.
  // dies") while every report behind the count of the injured is earlier
  // and does not tell its people apart from the dead: one of them died.
  int32_t it = acc->total[NF_M_INJURED];
  if (died_since == 0 && nth_rep >= 0 && it >= 0 &&
      isfinite(acc->total_best[NF_M_INJURED]) &&
      acc->total_best[NF_M_INJURED] >= 1 &&
      strncmp(acc->total_rule[NF_M_INJURED], hit_rule, strlen(hit_rule)) != 0 &&
      later_than_group(r, (uint32_t)nth_rep, &acc->figures[it]) &&
      !Nf_rc_group_tells_dead_apart(r, &acc->figures[it]))
    acc->total_best[NF_M_INJURED] -= 1;
  // Independent origins behind the story's figures.
  uint32_t *seen = Nf_arena_calloc(
      &r->scratch, acc->n_sources + acc->n_reports + 1, sizeof *seen);
  if (!seen) {
    rc_fail(r, NF_ENOMEM);
    return;
  }
  for (size_t g = 0; g < acc->n_figures; g++) {
    const nf_acc_figure *f = &acc->figures[g];
    if (f->measure == NF_M_MONEY || f->measure == NF_M_SHARE ||
        f->measure == NF_M_OTHER)
      continue;
    for (size_t v = 0; v < f->n_values; v++)
      for (size_t i = 0; i < f->values[v].n_mentions; i++) {
        const nf_acc_mention *mm = &f->values[v].mentions[i];
        size_t org = mm->source >= 0 ? (size_t)mm->source
                                     : acc->n_sources +
                                           acc->reports[mm->ref.report].copy_of;
        if (!seen[org]) {
          seen[org] = 1;
          acc->n_origins++;
        }
      }
  }
}
