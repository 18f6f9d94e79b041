// Reconciliation rules on hand-made facts: intervals, figure groups and
// their status, estimates, parts against wholes, sources, quotes, framing,
// headline checks and story totals.
// cmocka needs these first; keep the order.
// clang-format off
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
// clang-format on

#include "fixture.h"
#include "reconcile/lexicon.h"
#include "reconcile/reconcile.h"
#include "report/account_render.h"

// ------------------------------------------------------------ intervals

static nf_ival iv(uint8_t q, double v, double lo, double hi) {
  nf_ival out;
  assert_true(Nf_rc_interval(q, v, lo, hi, &out));
  return out;
}

static void qualified_figures_as_intervals(void **state) {
  (void)state;
  static const struct {
    uint8_t qa;
    double va, loa, hia;
    uint8_t qb;
    double vb, lob, hib;
    bool compatible;
    const char *why;
  } cases[] = {
      {NF_Q_OVER, 1000, NAN, NAN, NF_Q_EXACT, 1018, NAN, NAN, true,
       "over 1,000 / 1,018"},
      {NF_Q_OVER, 1000, NAN, NAN, NF_Q_EXACT, 1000, NAN, NAN, false,
       "over is strict"},
      {NF_Q_NEARLY, 1000, NAN, NAN, NF_Q_EXACT, 745, NAN, NAN, false,
       "nearly 1,000 / 745"},
      {NF_Q_NEARLY, 1000, NAN, NAN, NF_Q_EXACT, 973, NAN, NAN, true,
       "nearly 1,000 / 973"},
      {NF_Q_NEARLY, 1000, NAN, NAN, NF_Q_EXACT, 1000, NAN, NAN, false,
       "nearly is strict"},
      {NF_Q_ABOUT, 745, NAN, NAN, NF_Q_EXACT, 745, NAN, NAN, true,
       "approximately 745 / 745"},
      {NF_Q_ABOUT, 5, NAN, NAN, NF_Q_EXACT, 6, NAN, NAN, true, "about 5 / 6"},
      {NF_Q_AT_LEAST, 20, NAN, NAN, NF_Q_EXACT, 20, NAN, NAN, true,
       "at least 20 / 20"},
      {NF_Q_AT_LEAST, 20, NAN, NAN, NF_Q_EXACT, 19, NAN, NAN, false,
       "at least 20 / 19"},
      {NF_Q_OVER, 250, NAN, NAN, NF_Q_EXACT, 148, NAN, NAN, false,
       "over 250 / 148"},
      {NF_Q_UP_TO, 50, NAN, NAN, NF_Q_EXACT, 30, NAN, NAN, true,
       "up to 50 / 30"},
      {NF_Q_RANGE, NAN, 40, 50, NF_Q_EXACT, 45, NAN, NAN, true, "40-50 / 45"},
      {NF_Q_RANGE, NAN, 40, 50, NF_Q_EXACT, 51, NAN, NAN, false, "40-50 / 51"},
      {NF_Q_VAGUE, NAN, 1000, NAN, NF_Q_EXACT, 3000, NAN, NAN, true,
       "thousands / 3,000"},
      {NF_Q_VAGUE, NAN, 12, 99, NF_Q_EXACT, 8, NAN, NAN, false, "dozens / 8"},
      {NF_Q_OVER, 1000, NAN, NAN, NF_Q_EXACT, 5000, NAN, NAN, false,
       "over 1,000 / 5,000"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    nf_ival a = iv(cases[i].qa, cases[i].va, cases[i].loa, cases[i].hia);
    nf_ival b = iv(cases[i].qb, cases[i].vb, cases[i].lob, cases[i].hib);
    if (Nf_rc_compatible(a, b) != cases[i].compatible)
      fail_msg("case %zu (%s): expected %s", i, cases[i].why,
               cases[i].compatible ? "compatible" : "incompatible");
    assert_int_equal(Nf_rc_compatible(b, a), cases[i].compatible);
  }
  nf_ival none;
  assert_false(Nf_rc_interval(NF_Q_EXACT, NAN, NAN, NAN, &none));
  assert_true(isnan(Nf_rc_stated(NF_Q_VAGUE, NAN, NAN, NAN)));
  assert_true(Nf_rc_stated(NF_Q_RANGE, NAN, 40, 50) == 45);
}

// ------------------------------------------------- the example, by hand

#define SOHR "Syrian Observatory for Human Rights"

// Five reports of one story, with the figures the example's gold lists.
static void syria(fx_story *st) {
  *st = fx_story_new();
  nf_doc *a = fx_doc(
      st->ctx, "000", "HTS Mass Killings in Syria Leave Over 1,000 Dead",
      "The death toll has reached 1,018, including 745 civilians, according to "
      "the Syrian Observatory for Human Rights. An ambush earlier this week "
      "resulted in the deaths of 16 security personnel.\n\nAmong those killed, "
      "125 were government security forces, while 148 were militants from "
      "pro-Assad factions.",
      NULL);
  int32_t w = fx_figure(a, (fx_fig){"has reached 1,018", 1018, NF_Q_EXACT,
                                    NF_M_KILLED, NF_C_ALL, SOHR, .whole = -1});
  fx_figure(a, (fx_fig){"Over 1,000 Dead", 1000, NF_Q_OVER, NF_M_KILLED,
                        NF_C_ALL, NULL, .whole = -1});
  fx_figure(a, (fx_fig){"745 civilians", 745, NF_Q_EXACT, NF_M_KILLED,
                        NF_C_CIVILIANS, SOHR, .whole = w});
  fx_figure(a, (fx_fig){"16 security personnel", 16, NF_Q_EXACT, NF_M_KILLED,
                        NF_C_SECURITY_FORCES, SOHR, .whole = -1});
  fx_figure(a,
            (fx_fig){"125 were government", 125, NF_Q_EXACT, NF_M_KILLED,
                     NF_C_SECURITY_FORCES, SOHR, .hedged = true, .whole = w});
  fx_figure(a, (fx_fig){"148 were militants", 148, NF_Q_EXACT, NF_M_KILLED,
                        NF_C_FIGHTERS, SOHR, .hedged = true, .whole = w});

  nf_doc *b = fx_doc(
      st->ctx, "001", "Clashes Take Toll Of Over 1000 Lives",
      "The death toll has surpassed 1,000. The Observatory reported 745 "
      "civilians, 125 government security personnel and 148 militants. Ali "
      "Sheha revealed that at least 20 of his neighbors had been killed. The "
      "Observatory's earlier estimates put the death toll at 600. A funeral "
      "was held for four Syrian security officers killed in the fighting.",
      NULL);
  fx_figure(b, (fx_fig){"Over 1000 Lives", 1000, NF_Q_OVER, NF_M_KILLED,
                        NF_C_ALL, NULL, .whole = -1});
  fx_figure(b, (fx_fig){"surpassed 1,000", 1000, NF_Q_OVER, NF_M_KILLED,
                        NF_C_ALL, NULL, .whole = -1});
  fx_figure(b, (fx_fig){"745 civilians", 745, NF_Q_EXACT, NF_M_KILLED,
                        NF_C_CIVILIANS, SOHR, .whole = -1});
  fx_figure(b, (fx_fig){"125 government", 125, NF_Q_EXACT, NF_M_KILLED,
                        NF_C_SECURITY_FORCES, SOHR, .whole = -1});
  fx_figure(b, (fx_fig){"148 militants", 148, NF_Q_EXACT, NF_M_KILLED,
                        NF_C_FIGHTERS, SOHR, .whole = -1});
  fx_figure(b, (fx_fig){"at least 20 of his neighbors", 20, NF_Q_AT_LEAST,
                        NF_M_KILLED, NF_C_CIVILIANS, NULL, .whole = -1});
  fx_figure(b, (fx_fig){"death toll at 600", 600, NF_Q_EXACT, NF_M_KILLED,
                        NF_C_ALL, SOHR, .superseded = true, .whole = -1});
  fx_figure(b, (fx_fig){"four Syrian security officers", 4, NF_Q_EXACT,
                        NF_M_KILLED, NF_C_SECURITY_FORCES, NULL, .whole = -1});
  fx_quote(b, "at least 20 of his neighbors had been killed", "Ali Sheha",
           false);

  nf_doc *c = fx_doc(
      st->ctx, "002", NULL,
      "More than 1,000 individuals have been killed. Civilians: Approximately "
      "745 civilians have been killed. Security Personnel: 125 government "
      "security personnel have lost their lives. Assad Loyalists: 148 "
      "militants linked to Assad's armed factions have been killed.",
      NULL);
  fx_figure(c, (fx_fig){"More than 1,000", 1000, NF_Q_OVER, NF_M_KILLED,
                        NF_C_ALL, NULL, .whole = -1});
  fx_figure(c, (fx_fig){"Approximately 745", 745, NF_Q_ABOUT, NF_M_KILLED,
                        NF_C_CIVILIANS, NULL, .whole = -1});
  fx_figure(c, (fx_fig){"125 government", 125, NF_Q_EXACT, NF_M_KILLED,
                        NF_C_SECURITY_FORCES, NULL, .whole = -1});
  fx_figure(c, (fx_fig){"148 militants", 148, NF_Q_EXACT, NF_M_KILLED,
                        NF_C_FIGHTERS, NULL, .whole = -1});

  nf_doc *d = fx_doc(
      st->ctx, "003", "Over 1,000 killed in two days of clashes in Syria",
      "More than 1,000 people have been killed, according to the Syrian "
      "Observatory for Human Rights. Among the dead were 745 civilians. "
      "Additionally, 125 government security personnel and 148 militants "
      "lost their lives. Ali Sheha was quoted as saying, \"Bodies were on "
      "the streets.\"",
      "2025-03-09T05:53");
  fx_figure(d, (fx_fig){"Over 1,000 killed", 1000, NF_Q_OVER, NF_M_KILLED,
                        NF_C_ALL, NULL, .whole = -1});
  fx_figure(d, (fx_fig){"More than 1,000", 1000, NF_Q_OVER, NF_M_KILLED,
                        NF_C_ALL, SOHR, .whole = -1});
  fx_figure(d, (fx_fig){"745 civilians", 745, NF_Q_EXACT, NF_M_KILLED,
                        NF_C_CIVILIANS, SOHR, .whole = -1});
  fx_figure(d, (fx_fig){"125 government", 125, NF_Q_EXACT, NF_M_KILLED,
                        NF_C_SECURITY_FORCES, SOHR, .whole = -1});
  fx_figure(d, (fx_fig){"148 militants", 148, NF_Q_EXACT, NF_M_KILLED,
                        NF_C_FIGHTERS, SOHR, .whole = -1});
  fx_quote(d, "Bodies were on the streets.", "Ali Sheha", true);

  nf_doc *e = fx_doc(
      st->ctx, "004",
      "Nearly 1,000 Civilians Massacred in Syria by HTS Forces: Monitor",
      "A so-called Syrian war monitor says militants aligned with Syria's "
      "ruling HTS administration have killed nearly 1,000 civilians in a "
      "series of massacres. The SOHR said that the total number of civilian "
      "martyrs who were liquidated amounted to 973. Its previous toll of 830 "
      "had specified the executions. Militant groups supporting the new HTS "
      "administration lost 231 members. Over 250 pro-Assad fighters have also "
      "been killed. Ali Sheha told AFP that at least 20 of his neighbors had "
      "been killed. \"Gunmen were firing at houses,\" he said.",
      "2025-03-10");
  fx_figure(e, (fx_fig){"Nearly 1,000 Civilians", 1000, NF_Q_NEARLY,
                        NF_M_KILLED, NF_C_CIVILIANS, NULL, .whole = -1});
  fx_figure(e, (fx_fig){"nearly 1,000 civilians", 1000, NF_Q_NEARLY,
                        NF_M_KILLED, NF_C_CIVILIANS, SOHR, .whole = -1});
  fx_figure(e, (fx_fig){"amounted to 973", 973, NF_Q_EXACT, NF_M_KILLED,
                        NF_C_CIVILIANS, SOHR, .whole = -1});
  fx_figure(e, (fx_fig){"previous toll of 830", 830, NF_Q_EXACT, NF_M_KILLED,
                        NF_C_CIVILIANS, SOHR, .superseded = true, .whole = -1});
  fx_figure(e, (fx_fig){"lost 231 members", 231, NF_Q_EXACT, NF_M_KILLED,
                        NF_C_SECURITY_FORCES, SOHR, .whole = -1});
  fx_figure(e, (fx_fig){"Over 250 pro-Assad fighters", 250, NF_Q_OVER,
                        NF_M_KILLED, NF_C_FIGHTERS, SOHR, .whole = -1});
  fx_figure(e, (fx_fig){"at least 20 of his neighbors", 20, NF_Q_AT_LEAST,
                        NF_M_KILLED, NF_C_CIVILIANS, NULL, .whole = -1});
  fx_quote(e, "Gunmen were firing at houses,", "Ali Sheha", true);
  st->d[0] = a, st->d[1] = b, st->d[2] = c, st->d[3] = d, st->d[4] = e;
  st->n = 5;
  fx_fold(st);
}

static void figures_agree_update_and_conflict(void **state) {
  (void)state;
  fx_story st;
  syria(&st);
  const nf_account *acc = st.acc;
  // The total: 1,018 agrees with every "over 1,000"; 600 is superseded.
  const nf_acc_figure *total = fx_group(acc, NF_M_KILLED, NF_C_ALL, 1018);
  assert_non_null(total);
  assert_int_equal(total->status, NF_FS_AGREE);
  assert_true(total->best == 1018);
  assert_true(total->low == 1000);
  assert_true(fx_value(total, 1000) != NULL &&
              fx_value(total, 1000)->fits_best);
  const nf_acc_value *old = fx_value(total, 600);
  assert_non_null(old);
  assert_true(old->superseded);
  assert_false(old->current);
  // Civilians: 745, then 830 (previous toll), then 973, the latest.
  const nf_acc_figure *civ = fx_group(acc, NF_M_KILLED, NF_C_CIVILIANS, 973);
  assert_non_null(civ);
  assert_ptr_equal(civ, fx_group(acc, NF_M_KILLED, NF_C_CIVILIANS, 745));
  assert_int_equal(civ->status, NF_FS_UPDATED);
  assert_true(civ->best == 973);
  assert_int_equal(civ->latest_report, 4);
  assert_false(fx_value(civ, 745)->current);
  // Security forces and fighters: 004 disagrees and says nothing replaced.
  const nf_acc_figure *sec =
      fx_group(acc, NF_M_KILLED, NF_C_SECURITY_FORCES, 125);
  assert_non_null(sec);
  assert_ptr_equal(sec, fx_group(acc, NF_M_KILLED, NF_C_SECURITY_FORCES, 231));
  assert_int_equal(sec->status, NF_FS_CONFLICT);
  assert_true(sec->best == 125);  // four reports against one
  assert_int_equal(fx_value(sec, 125)->n_reports, 4);
  assert_int_equal(fx_value(sec, 231)->n_reports, 1);
  const nf_acc_figure *fig = fx_group(acc, NF_M_KILLED, NF_C_FIGHTERS, 148);
  assert_ptr_equal(fig, fx_group(acc, NF_M_KILLED, NF_C_FIGHTERS, 250));
  assert_int_equal(fig->status, NF_FS_CONFLICT);
  // Other scopes stay apart: the ambush's 16, the funeral's 4, the 20
  // neighbours (one group of two reports).
  const nf_acc_figure *ambush =
      fx_group(acc, NF_M_KILLED, NF_C_SECURITY_FORCES, 16);
  assert_true(ambush && ambush != sec && ambush->status == NF_FS_SINGLE);
  const nf_acc_figure *funeral =
      fx_group(acc, NF_M_KILLED, NF_C_SECURITY_FORCES, 4);
  assert_true(funeral && funeral != ambush && funeral->status == NF_FS_SINGLE);
  const nf_acc_figure *nb = fx_group(acc, NF_M_KILLED, NF_C_CIVILIANS, 20);
  assert_true(nb && nb != civ && nb->status == NF_FS_AGREE &&
              nb->n_reports == 2);
  fx_done(&st);
}

static void parts_add_up_to_the_whole(void **state) {
  (void)state;
  fx_story st;
  syria(&st);
  const nf_acc_figure *total = fx_group(st.acc, NF_M_KILLED, NF_C_ALL, 1018);
  const nf_acc_check *in_000 = NULL;
  for (size_t c = 0; c < total->n_checks; c++)
    if (total->checks[c].report == 0) in_000 = &total->checks[c];
  assert_non_null(in_000);
  assert_int_equal(in_000->n_parts, 3);
  assert_true(in_000->sum == 1018);
  assert_true(in_000->whole_from_report);
  assert_int_equal(in_000->result, NF_PARTS_ADD_UP);
  // 001 gives the same parts against "surpassed 1,000": consistent.
  for (size_t c = 0; c < total->n_checks; c++)
    if (total->checks[c].report == 1)
      assert_int_equal(total->checks[c].result, NF_PARTS_CONSISTENT);
  fx_done(&st);
}

static void five_reports_one_primary_source(void **state) {
  (void)state;
  fx_story st;
  syria(&st);
  const nf_account *acc = st.acc;
  assert_int_equal(acc->n_primary, 1);
  int32_t sohr = -1;
  for (size_t s = 0; s < acc->n_sources; s++)
    if (acc->sources[s].primary) sohr = (int32_t)s;
  assert_string_equal(acc->sources[sohr].name, SOHR);
  // 002 names no source: its identical figures are traced to the monitor,
  // so the civilians' 745 rests on one origin.
  const nf_acc_figure *sec =
      fx_group(acc, NF_M_KILLED, NF_C_SECURITY_FORCES, 125);
  const nf_acc_value *v = fx_value(sec, 125);
  bool traced = false;
  for (size_t i = 0; i < v->n_mentions; i++)
    if (v->mentions[i].ref.report == 2)
      traced = v->mentions[i].source == sohr && v->mentions[i].source_inferred;
  assert_true(traced);
  const nf_acc_figure *total = fx_group(acc, NF_M_KILLED, NF_C_ALL, 1018);
  assert_int_equal(total->origins, 1);
  assert_int_equal(total->grade, NF_GRADE_WEAK);
  assert_true(acc->framing[2].unsourced);
  assert_false(acc->framing[0].unsourced);
  fx_done(&st);
}

static void quotes_by_speaker_and_framing(void **state) {
  (void)state;
  fx_story st;
  syria(&st);
  const nf_account *acc = st.acc;
  assert_int_equal(acc->n_speakers, 1);
  const nf_acc_speaker *sp = &acc->speakers[0];
  assert_string_equal(sp->name, "Ali Sheha");
  assert_int_equal(sp->n_reports, 3);
  assert_int_equal(sp->wording, NF_WORDING_DIFFERENT);
  // 004 is the most loaded (so-called, martyrs, liquidated, massacres).
  assert_int_equal(Nf_acc_most_loaded(acc), 4);
  bool so_called = false;
  for (size_t i = 0; i < acc->framing[4].n_loaded; i++)
    so_called |= strcmp(acc->framing[4].loaded[i].term, "so-called") == 0;
  assert_true(so_called);
  // Who 004 names as the killers, credited to the monitor.
  bool militants = false;
  for (size_t i = 0; i < acc->framing[4].n_agents; i++) {
    nf_sv t = Nf_acc_ref_text(acc, acc->framing[4].agents[i].ref);
    if (Nf_sv_eq(
            t, NF_SV_LIT(
                   "militants aligned with Syria's ruling HTS administration")))
      militants = acc->framing[4].agents[i].attributed;
  }
  assert_true(militants);
  // The headline of 000 names HTS; its body never does.
  bool flagged = false;
  for (size_t h = 0; h < acc->n_hchecks; h++)
    flagged |=
        acc->hchecks[h].report == 0 && acc->hchecks[h].kind == NF_HC_ACTOR;
  assert_true(flagged);
  fx_done(&st);
}

static void updates_need_a_report_saying_so(void **state) {
  (void)state;
  // 0: a later, larger figure and nothing more (a conflict); 1: the later
  // report marks the earlier figure ("up from an earlier 10"); 2: it tells
  // its figure as an update ("the toll rose to 14").
  static const char *const later[] = {
      "Officials said 14 people died.",
      "The toll is 14, officials said, up from an earlier 10.",
      "The toll rose to 14, officials said."};
  static const char *const words[] = {"14 people", "toll is 14", "rose to 14"};
  for (int how = 0; how < 3; how++) {
    fx_story st = fx_story_new();
    nf_doc *a =
        fx_doc(st.ctx, "a", NULL,
               "Ten people died in the flood, officials said.", "2024-05-01");
    fx_figure(a, (fx_fig){"Ten people", 10, NF_Q_EXACT, NF_M_KILLED, NF_C_ALL,
                          "officials", .whole = -1});
    nf_doc *b = fx_doc(st.ctx, "b", NULL, later[how], "2024-05-02");
    fx_figure(b, (fx_fig){words[how], 14, NF_Q_EXACT, NF_M_KILLED, NF_C_ALL,
                          "officials", .whole = -1});
    if (how == 1)
      fx_figure(b, (fx_fig){"earlier 10", 10, NF_Q_EXACT, NF_M_KILLED, NF_C_ALL,
                            "officials", .superseded = true, .whole = -1});
    st.d[0] = a, st.d[1] = b, st.n = 2;
    fx_fold(&st);
    const nf_acc_figure *g = fx_group(st.acc, NF_M_KILLED, NF_C_ALL, 14);
    assert_non_null(g);
    assert_ptr_equal(g, fx_group(st.acc, NF_M_KILLED, NF_C_ALL, 10));
    assert_int_equal(g->status, how ? NF_FS_UPDATED : NF_FS_CONFLICT);
    if (how) assert_true(g->best == 14);
    fx_done(&st);
  }
}

static void headline_figure_without_support(void **state) {
  (void)state;
  fx_story st = fx_story_new();
  nf_doc *a =
      fx_doc(st.ctx, "a", "Over 1,000 dead in Syria",
             "The monitor said 973 civilians were killed.", "2025-03-10");
  fx_figure(a, (fx_fig){"Over 1,000 dead", 1000, NF_Q_OVER, NF_M_KILLED,
                        NF_C_ALL, NULL, .whole = -1});
  fx_figure(a, (fx_fig){"973 civilians", 973, NF_Q_EXACT, NF_M_KILLED,
                        NF_C_CIVILIANS, "the monitor", .whole = -1});
  st.d[0] = a, st.n = 1;
  fx_fold(&st);
  assert_int_equal(st.acc->n_hchecks, 1);
  assert_int_equal(st.acc->hchecks[0].kind, NF_HC_FIGURE);
  assert_int_equal(st.acc->hchecks[0].body.report, 0);
  fx_done(&st);
}

// Local news: people described one by one, and a shooter who died.
static void totals_count_victims_and_the_dead_shooter(void **state) {
  (void)state;
  fx_story st = fx_story_new();
  nf_doc *a = fx_doc(
      st.ctx, "a", NULL,
      "Two others were killed. The gunman was shot dead by police. A woman "
      "was wounded.",
      "2016-01-02");
  fx_figure(a, (fx_fig){"Two others", 2, NF_Q_EXACT, NF_M_KILLED, NF_C_ALL,
                        NULL, .whole = -1});
  fx_victim(a, "The gunman", NF_M_KILLED, true);
  fx_victim(a, "A woman", NF_M_INJURED, false);
  a->facts->victims[1].category = NF_C_WOMEN;
  a->facts->victims[1].age = 34;
  nf_doc *b = fx_doc(st.ctx, "b", NULL,
                     "A man and a teen were shot and killed.", "2016-01-02");
  fx_victim(b, "A man", NF_M_KILLED, false);
  b->facts->victims[0].category = NF_C_MEN;
  fx_victim(b, "a teen", NF_M_KILLED, false);
  b->facts->victims[1].category = NF_C_CHILDREN;
  b->facts->victims[1].age = 16;
  st.d[0] = a, st.d[1] = b, st.n = 2;
  fx_fold(&st);
  assert_true(st.acc->total_best[NF_M_KILLED] == 3);
  assert_true(st.acc->total_best[NF_M_INJURED] == 1);
  assert_true(isnan(st.acc->total_best[NF_M_MISSING]));
  fx_done(&st);
}

// The attacker one report calls "the suspect" is the "armed man" another
// describes: one dead, not two. A report that tells of a victim and the
// attacker who killed himself keeps both.
static void totals_count_no_more_people_than_one_report_tells(void **state) {
  (void)state;
  for (int both_in_one = 0; both_in_one < 2; both_in_one++) {
    fx_story st = fx_story_new();
    nf_doc *a = fx_doc(st.ctx, "a", NULL,
                       both_in_one ? "A man was killed. The suspect then "
                                     "killed himself."
                                   : "The suspect was killed by deputies.",
                       "2016-03-02");
    if (both_in_one) fx_victim(a, "A man", NF_M_KILLED, false);
    fx_victim(a, "The suspect", NF_M_KILLED, true);
    nf_doc *b = fx_doc(st.ctx, "b", NULL,
                       both_in_one ? "A man was killed."
                                   : "An armed man was shot dead by deputies.",
                       "2016-03-02");
    fx_victim(b, both_in_one ? "A man" : "An armed man", NF_M_KILLED, false);
    st.d[0] = a, st.d[1] = b, st.n = 2;
    fx_fold(&st);
    assert_true(st.acc->total_best[NF_M_KILLED] == (both_in_one ? 2 : 1));
    fx_done(&st);
  }
}

// Local news: the count is the event's, not the city's year, and not a
// number one report gives once against one that two reports back.
static void totals_from_the_event_not_the_background(void **state) {
  (void)state;
  fx_story st = fx_story_new();
  nf_doc *a = fx_doc(st.ctx, "a", "5 shot in west Baltimore",
                     "Five people were shot on Sunday. Vincent Holt, 27, was "
                     "hit in the chest. "
                     "That year the city recorded 305 homicides.",
                     "2016-07-04");
  fx_figure(a, (fx_fig){"5 shot", 5, NF_Q_EXACT, NF_M_INJURED, NF_C_ALL, NULL,
                        .whole = -1});
  fx_figure(a, (fx_fig){"27", 27, NF_Q_EXACT, NF_M_INJURED, NF_C_ALL, NULL,
                        .whole = -1});
  fx_figure(a, (fx_fig){"305 homicides", 305, NF_Q_EXACT, NF_M_KILLED, NF_C_ALL,
                        NULL, .whole = -1});
  nf_doc *b = fx_doc(st.ctx, "b", NULL, "Police said five people were wounded.",
                     "2016-07-05");
  fx_figure(b, (fx_fig){"five people", 5, NF_Q_EXACT, NF_M_INJURED, NF_C_ALL,
                        "Police", .whole = -1});
  st.d[0] = a, st.d[1] = b, st.n = 2;
  fx_fold(&st);
  assert_true(st.acc->total_best[NF_M_INJURED] == 5);
  assert_true(isnan(st.acc->total_best[NF_M_KILLED]));
  const nf_acc_figure *bg = fx_group(st.acc, NF_M_KILLED, NF_C_ALL, 305);
  assert_true(bg && bg->background);
  fx_done(&st);
}

// Word classes: a word of a class, in any case, as a whole word only.
static void word_classes(void **state) {
  (void)state;
  static const struct {
    nf_lex_class c;
    const char *text;
    bool want;
  } cases[] = {
      {NF_LEXC_ATTACKER, "gunman", true},
      {NF_LEXC_ATTACKER, "the Suspects", true},
      {NF_LEXC_ATTACKER, "victim", false},
      {NF_LEXC_OFFICIAL, "Sheriff Tom Jones", true},
      {NF_LEXC_OFFICIAL, "attorney-general", true},
      {NF_LEXC_OFFICIAL, "headquarters", false},
      {NF_LEXC_OFFICIAL, "a neighbour", false},
      {NF_LEXC_HIT_AFTER, "were stabbed", true},
      {NF_LEXC_HIT_BEFORE, "shooting", true},
      {NF_LEXC_HURT, "Wounded", true},
      {NF_LEXC_DEAD, "fatally", true},
      {NF_LEXC_DEAD, "wounded", false},
      {NF_LEXC_DIE, "Third victim dies", true},
      {NF_LEXC_PERSON, "Third victim dies", true},
      {NF_LEXC_PERSON, "Third suspect arrested", false},
      // Whole words: "his girlfriend" is no girl.
      {NF_LEXC_KIN_CHILD, "his 10-year-old sister", true},
      {NF_LEXC_KIN_CHILD, "his girlfriend", false},
      {NF_LEXC_YOUNG, "a fourth-grader", true},
      {NF_LEXC_YOUNG, "a teen", false},
      {NF_LEXC_AFTER_PASSIVE, "in", true},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    if (Nf_lexicon_class_any(cases[i].c, Nf_sv_cstr(cases[i].text)) !=
        cases[i].want)
      fail_msg("case %zu (%s): want %d", i, cases[i].text, cases[i].want);
  // Phrase lists: anywhere in a sentence, any case.
  assert_true(Nf_lexicon_phrase_any(
      NF_LEXP_PERIOD, Nf_sv_cstr("the 40th shooting So Far this year")));
  assert_true(Nf_lexicon_phrase_any(
      NF_LEXP_TALLY, Nf_sv_cstr("killed in separate shootings")));
  assert_false(Nf_lexicon_phrase_any(NF_LEXP_TALLY,
                                     Nf_sv_cstr("a man was shot on Sunday")));
}

// The same reports in any order make the same account: figures are
// grouped, and ties between reports broken, in one order of the reports
// (by id), not in the order they came in. Three counts of which the
// middle one is near each of the others, not they near each other (2, 5,
// 12): taken in input order, 5 would join whichever came first.
static void the_order_of_the_reports_does_not_matter(void **state) {
  (void)state;
  static const int orders[6][3] = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2},
                                   {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
  static const char *const ids[3] = {"a", "b", "c"};
  static const char *const words[3] = {"2 people", "5 people", "12 people"};
  static const double values[3] = {2, 5, 12};
  double first_with_five = -1;
  for (size_t o = 0; o < 6; o++) {
    fx_story st = fx_story_new();
    for (int k = 0; k < 3; k++) {
      int i = orders[o][k];
      char text[64];
      snprintf(text, sizeof text, "Police said %s were wounded.", words[i]);
      nf_doc *d = fx_doc(st.ctx, ids[i], NULL, text, "2016-05-01");
      fx_figure(d, (fx_fig){words[i], values[i], NF_Q_EXACT, NF_M_INJURED,
                            NF_C_ALL, NULL, .whole = -1});
      st.d[st.n++] = d;
    }
    fx_fold(&st);
    const nf_acc_figure *g = fx_group(st.acc, NF_M_INJURED, NF_C_ALL, 5);
    assert_non_null(g);
    double with_five = fx_value(g, 2) ? 2 : fx_value(g, 12) ? 12 : 0;
    if (o == 0) first_with_five = with_five;
    if (with_five != first_with_five)
      fail_msg("order %zu: 5 grouped with %g, in the first order with %g", o,
               with_five, first_with_five);
    fx_done(&st);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(qualified_figures_as_intervals),
      cmocka_unit_test(figures_agree_update_and_conflict),
      cmocka_unit_test(parts_add_up_to_the_whole),
      cmocka_unit_test(five_reports_one_primary_source),
      cmocka_unit_test(quotes_by_speaker_and_framing),
      cmocka_unit_test(updates_need_a_report_saying_so),
      cmocka_unit_test(headline_figure_without_support),
      cmocka_unit_test(totals_count_victims_and_the_dead_shooter),
      cmocka_unit_test(totals_count_no_more_people_than_one_report_tells),
      cmocka_unit_test(totals_from_the_event_not_the_background),
      cmocka_unit_test(word_classes),
      cmocka_unit_test(the_order_of_the_reports_does_not_matter),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
