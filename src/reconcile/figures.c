// Figure groups: the same quantity across reports, with its status, its
// low / best / high estimate and the sources behind it.
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/str.h"
#include "model/datetime.h"
#include "reconcile/lexicon.h"
#include "reconcile/rc_int.h"

// ------------------------------------------------------------ collecting

enum { RC_AGE_WORD = 16 };

// Sides: armed groups that fight for the government are counted with its
// security forces, as conflict monitors count the government's side ("the
// militant groups supporting the new administration lost 231 members"),
// when the words before the figure in its sentence say so.
static bool government_side(const rc *r, uint32_t rep, const nf_figure *f,
                            const nf_facts *facts) {
  nf_sv field = rc_field(r, rep, f->span.in);
  uint32_t from = 0;
  if (f->span.sentence >= 0 && (size_t)f->span.sentence < facts->n_sentences)
    from = facts->sentences[f->span.sentence].start;
  if (from > f->span.start || f->span.start > field.n) return false;
  // Never past the end of the previous sentence, when sentences are unknown.
  for (uint32_t i = f->span.start; i > from; i--) {
    char ch = field.p[i - 1];
    if (ch == '.' || ch == '!' || ch == '?' || ch == '\n') {
      from = i;
      break;
    }
  }
  nf_sv before = Nf_sv(field.p + from, f->span.start - from);
  static const char *const ties[] = {"supporting the ",      "loyal to the ",
                                     "aligned with the ",    "backing the ",
                                     "allied with the ",     "allied to the ",
                                     "affiliated with the ", "pro-government"};
  static const char *const sides[] = {"government", "administration",
                                      "authorities"};
  for (size_t t = 0; t < sizeof ties / sizeof ties[0]; t++) {
    long at = Nf_sv_ifind(before, Nf_sv_cstr(ties[t]));
    if (at < 0) continue;
    if (t == sizeof ties / sizeof ties[0] - 1) return true;
    // The side named within a few words of the tie.
    nf_sv rest = Nf_sv(before.p + at, before.n - (size_t)at);
    if (rest.n > 60) rest.n = 60;
    for (size_t k = 0; k < sizeof sides / sizeof sides[0]; k++)
      if (Nf_sv_ifind(rest, Nf_sv_cstr(sides[k])) >= 0) return true;
  }
  return false;
}

int Nf_rc_earliest_year(nf_sv text) {
  int earliest = 0;
  for (size_t i = 0; i + 4 <= text.n; i++) {
    const char *p = text.p + i;
    if (i && (Nf_ascii_digit((unsigned char)p[-1]) ||
              Nf_ascii_alpha((unsigned char)p[-1])))
      continue;
    if (!((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0')) ||
        !Nf_ascii_digit((unsigned char)p[2]) ||
        !Nf_ascii_digit((unsigned char)p[3]))
      continue;
    if (i + 4 < text.n && (Nf_ascii_digit((unsigned char)p[4]) ||
                           Nf_ascii_alpha((unsigned char)p[4])))
      continue;
    int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 +
            (p[3] - '0');
    if (!earliest || y < earliest) earliest = y;
  }
  return earliest;
}

// "in two days", "in just three weeks", "in only 10 days": "in", perhaps
// "just" or "only", a count, a unit of time.
static bool in_a_span(nf_sv sent) {
  static const char *const counts[] = {"two", "three", "four",   "five",
                                       "six", "seven", "eight",  "nine",
                                       "ten", "a few", "several"};
  static const char *const units[] = {"days", "weeks", "months", "hours"};
  for (size_t at = 0; at + 3 < sent.n;) {
    long k = Nf_sv_ifind(Nf_sv(sent.p + at, sent.n - at), NF_SV_LIT("in "));
    if (k < 0) return false;
    size_t p = at + (size_t)k;
    at = p + 3;
    if (p && Nf_ascii_alpha((unsigned char)sent.p[p - 1])) continue;
    nf_sv rest = Nf_sv(sent.p + at, sent.n - at);
    if (Nf_sv_istarts(rest, NF_SV_LIT("just ")))
      rest = Nf_sv(rest.p + 5, rest.n - 5);
    else if (Nf_sv_istarts(rest, NF_SV_LIT("only ")))
      rest = Nf_sv(rest.p + 5, rest.n - 5);
    size_t w = 0;
    for (size_t i = 0; i < sizeof counts / sizeof counts[0] && !w; i++)
      if (Nf_sv_istarts(rest, Nf_sv_cstr(counts[i]))) w = strlen(counts[i]);
    if (!w)
      while (w < rest.n && Nf_ascii_digit((unsigned char)rest.p[w])) w++;
    if (!w || w >= rest.n || rest.p[w] != ' ') continue;
    rest = Nf_sv(rest.p + w + 1, rest.n - w - 1);
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
      if (Nf_sv_istarts(rest, Nf_sv_cstr(units[i]))) return true;
  }
  return false;
}

// Counts over a period ("the city recorded 305 homicides that year", "the
// 40th shooting this year", "since Easter, eight children") are background
// to a story, not its event.
static bool over_a_period(nf_sv sent) {
  if (Nf_lexicon_phrase_any(NF_LEXP_PERIOD, sent)) return true;
  // "In just two days", "in three weeks", "in 10 days": a span of time.
  if (in_a_span(sent)) return true;
  // A city's tally or a record, with a span of time ("15 homicide victims
  // in Providence in 2013", "push the year's toll to 85", "a record for
  // the month"); not "police are investigating two homicides" nor "had a
  // criminal record".
  static const char *const tallies[] = {"homicides", "record "};
  static const char *const spans[] = {"year", "month", "week", "toll"};
  for (size_t i = 0; i < sizeof tallies / sizeof tallies[0]; i++) {
    if (Nf_sv_ifind(sent, Nf_sv_cstr(tallies[i])) < 0) continue;
    for (size_t k = 0; k < sizeof spans / sizeof spans[0]; k++)
      if (Nf_sv_ifind(sent, Nf_sv_cstr(spans[k])) >= 0) return true;
    if (Nf_rc_earliest_year(sent)) return true;
  }
  // "since" and a point in time: a month, a feast, a year ("since January",
  // "since Easter", "since 1913"); not the "since" of a reason ("since he
  // had already shot four people").
  static const char *const points[] = {"easter", "christmas", "the start",
                                       "the beginning"};
  static const char *const cues[] = {"since ", "through "};
  for (size_t c = 0; c < sizeof cues / sizeof cues[0]; c++) {
    size_t cn = strlen(cues[c]);
    for (size_t at = 0; at + cn < sent.n;) {
      nf_sv rest = Nf_sv(sent.p + at, sent.n - at);
      long k = Nf_sv_ifind(rest, Nf_sv_cstr(cues[c]));
      if (k < 0) break;
      nf_sv after = Nf_sv(rest.p + k + cn, rest.n - (size_t)k - cn);
      if (after.n >= 4 && (after.p[0] == '1' || after.p[0] == '2') &&
          Nf_ascii_digit((unsigned char)after.p[1]) &&
          Nf_ascii_digit((unsigned char)after.p[2]) &&
          Nf_ascii_digit((unsigned char)after.p[3]))
        return true;  // a year: "since 1913", "through 2009"
      size_t w = 0;
      while (w < after.n && Nf_ascii_alpha((unsigned char)after.p[w])) w++;
      if (Nf_month_from_name(Nf_sv(after.p, w)) > 0) return true;
      for (size_t i = 0; i < sizeof points / sizeof points[0]; i++) {
        size_t n = strlen(points[i]);
        if (after.n >= n &&
            Nf_sv_ifind(Nf_sv(after.p, n), Nf_sv_cstr(points[i])) == 0)
          return true;
      }
      at += (size_t)k + cn;
    }
  }
  return false;
}

// Words of a count of events: "12 incidents", "several shootings", "two
// stabbings"; the count within a few words before the event noun ("4
// shootings in 4 days", "several Fourth of July shootings"); or words that
// gather events of a time ("overnight shootings", "in Sunday shootings",
// "unrelated shootings").
static bool several_events(nf_sv sent) {
  const char *const *events = Nf_lexicon_phrases(NF_LEXP_EVENTS);
  const char *const *counts = Nf_lexicon_phrases(NF_LEXP_EVENT_COUNTS);
  for (const char *const *e = events; *e; e++) {
    size_t at = 0;
    for (;;) {
      nf_sv rest = Nf_sv(sent.p + at, sent.n - at);
      long k = Nf_sv_ifind(rest, Nf_sv_cstr(*e));
      if (k < 0) break;
      size_t end = at + (size_t)k;
      // The four words before the event noun.
      size_t from = end, words = 0;
      while (from > 0 && words < 5) {
        from--;
        if (sent.p[from] == ' ') words++;
      }
      nf_sv before = Nf_sv(sent.p + from, end - from);
      for (size_t i = 0; i < before.n; i++)
        if (Nf_ascii_digit((unsigned char)before.p[i]) &&
            !(i + 1 < before.n && before.p[i] == '1' &&
              !Nf_ascii_digit((unsigned char)before.p[i + 1])))
          return true;
      for (const char *const *c = counts; *c; c++) {
        long w = Nf_sv_ifind(before, Nf_sv_cstr(*c));
        size_t n = strlen(*c);
        if (w >= 0 &&
            (w == 0 || !Nf_ascii_alpha((unsigned char)before.p[w - 1])) &&
            ((size_t)w + n == before.n ||
             !Nf_ascii_alpha((unsigned char)before.p[w + n])))
          return true;
      }
      // A day's events: "in Sunday shootings" (datetime.c reads the names).
      // Full names only: "Sun" and "Sat" are also words of names ("the
      // Sun-Times shootings database").
      for (size_t i = 0; i < before.n;) {
        size_t j = i;
        while (j < before.n && Nf_ascii_alpha((unsigned char)before.p[j])) j++;
        if (j >= i + 6 && Nf_weekday_from_name(Nf_sv(before.p + i, j - i)) >= 0)
          return true;
        i = j > i ? j : i + 1;
      }
      at = end + strlen(*e);
    }
  }
  return false;
}

// Tallies of several events ("in 4 separate shootings", "shootings across
// the city", "a violent weekend", "a spate of gunfire", "shot across the
// city", "in a 24-hour span") are a wider scope than the story's event. Not
// "across the city" alone: a war's strikes across a city are often the event
// itself.
static bool tally_of_events(nf_sv sent) {
  if (Nf_lexicon_phrase_any(NF_LEXP_TALLY, sent)) return true;
  return several_events(sent);
}

bool Nf_rc_background_text(nf_sv sent) {
  return sent.n && (over_a_period(sent) || tally_of_events(sent));
}

bool Nf_rc_span_background(rc *r, uint32_t rep, const nf_span *sp) {
  const nf_facts *f = rc_facts(r, rep);
  if (!f || sp->sentence < 0 || (size_t)sp->sentence >= f->n_sentences)
    return Nf_rc_background_text(Nf_rc_span_sentence(r, rep, sp));
  size_t n_docs = r->story->n_docs;
  if (!r->sent_bg_at) {
    size_t total = 0;
    r->sent_bg_at =
        Nf_arena_calloc(&r->scratch, n_docs + 1, sizeof *r->sent_bg_at);
    if (!r->sent_bg_at) return rc_fail(r, NF_ENOMEM);
    for (uint32_t d = 0; d < n_docs; d++) {
      r->sent_bg_at[d] = total;
      const nf_facts *fd = rc_facts(r, d);
      total += fd ? fd->n_sentences : 0;
    }
    r->sent_bg_at[n_docs] = total;
    r->sent_bg = Nf_arena_calloc(&r->scratch, total + 1, 1);
    if (!r->sent_bg) {
      r->sent_bg_at = NULL;
      return rc_fail(r, NF_ENOMEM);
    }
  }
  uint8_t *known = &r->sent_bg[r->sent_bg_at[rep] + (size_t)sp->sentence];
  if (!*known)
    *known = Nf_rc_background_text(Nf_rc_span_sentence(r, rep, sp)) ? 2 : 1;
  return *known == 2;
}

static bool background(rc *r, uint32_t rep, const nf_figure *f) {
  return Nf_rc_span_background(r, rep, &f->span);
}

// A figure its own sentence says was wrong ("early reports said one person
// had died, but that proved to be incorrect") is withdrawn: an earlier
// figure, as one a later figure replaced.
static bool withdrawn(const rc *r, uint32_t rep, const nf_figure *f) {
  static const char *const wrong[] = {
      "proved to be incorrect", "proved incorrect",   "proved to be false",
      "turned out to be false", "was incorrect",      "were incorrect",
      "was inaccurate",         "were inaccurate",    "erroneously",
      "incorrectly reported",   "mistakenly reported"};
  nf_sv sent = Nf_rc_span_sentence(r, rep, &f->span);
  for (size_t i = 0; i < sizeof wrong / sizeof wrong[0] && sent.n; i++)
    if (Nf_sv_ifind(sent, Nf_sv_cstr(wrong[i])) >= 0) return true;
  return false;
}

bool Nf_rc_told_as_update(const rc *r, uint32_t rep, const nf_figure *f) {
  static const char *const cues[] = {" now ",       "rose to",  "risen to",
                                     "climbed to",  "rises to", "increased to",
                                     "has grown to"};
  nf_sv sent = Nf_rc_span_sentence(r, rep, &f->span);
  for (size_t i = 0; i < sizeof cues / sizeof cues[0] && sent.n; i++)
    if (Nf_sv_ifind(sent, Nf_sv_cstr(cues[i])) >= 0) return true;
  return false;
}

// A number told as an age is no count of people: "aged 20", "between the
// ages of 11 and 15", "ranging in age from 31 to 40" (both numbers of the
// pair); not "at age 17, he killed 3 people".
typedef struct age_words {
  char w[6][RC_AGE_WORD];
  size_t n;
} age_words;

static bool keep_age_word(void *user, nf_sv word, size_t start, size_t end) {
  (void)start, (void)end;
  age_words *aw = user;
  if (aw->n == 6) {
    memmove(aw->w[0], aw->w[1], 5 * sizeof aw->w[0]);
    aw->n--;
  }
  size_t n = word.n < RC_AGE_WORD - 1 ? word.n : RC_AGE_WORD - 1;
  memcpy(aw->w[aw->n], word.p, n);
  aw->w[aw->n][n] = '\0';
  aw->n++;
  return true;
}

static bool age_link(const char *w) {
  return strcmp(w, "of") == 0 || strcmp(w, "from") == 0 ||
         strcmp(w, "between") == 0;
}

static bool age_cue(const char *w) {
  return strcmp(w, "age") == 0 || strcmp(w, "ages") == 0 ||
         strcmp(w, "aged") == 0;
}

static bool an_age(const rc *r, uint32_t rep, const nf_figure *f) {
  nf_sv field = rc_field(r, rep, f->span.in);
  if (!field.p || f->span.start > field.n) return false;
  size_t from = f->span.start > 64 ? f->span.start - 64 : 0;
  age_words aw = {.n = 0};
  Nf_rc_words(Nf_sv(field.p + from, f->span.start - from), keep_age_word, &aw);
  // Words before the number, nearest last: "... ages of 11 and" 15.
  size_t k = aw.n;
  if (k && age_link(aw.w[k - 1])) k--;  // "the ages of" 11, "age from" 31
  if (k && age_cue(aw.w[k - 1])) return true;
  // The second number of a pair: "ages of 11 and" 15, "aged 20 to" 27.
  k = aw.n;
  if (k >= 3 &&
      (strcmp(aw.w[k - 1], "and") == 0 || strcmp(aw.w[k - 1], "to") == 0) &&
      Nf_ascii_digit((unsigned char)aw.w[k - 2][0])) {
    k -= 2;
    if (k && age_link(aw.w[k - 1])) k--;
    if (k && age_cue(aw.w[k - 1])) return true;
  }
  return false;
}

static void add_mention(rc *r, uint32_t rep, uint32_t i, const nf_figure *f,
                        const nf_facts *facts) {
  nf_ival iv;
  if (f->measure == NF_M_NONE || f->measure >= NF_M__COUNT) return;
  if (an_age(r, rep, f) || Nf_rc_count_of_the_unhurt(r, rep, f)) return;
  if (!Nf_rc_interval(f->qualifier, f->value, f->low, f->high, &iv)) return;
  if (!Nf_rc_grow(r, &r->scratch, (void **)&r->m, &r->cap_m, r->n_m + 1,
                  sizeof *r->m))
    return;
  rc_mention *m = &r->m[r->n_m++];
  memset(m, 0, sizeof *m);
  m->report = rep;
  m->figure = i;
  m->measure = f->measure;
  m->category = f->category < NF_C__COUNT ? f->category : NF_C_OTHER;
  if (m->category == NF_C_FIGHTERS && government_side(r, rep, f, facts))
    m->category = NF_C_SECURITY_FORCES;
  m->qualifier = f->qualifier;
  m->iv = iv;
  m->stated = Nf_rc_stated(f->qualifier, f->value, f->low, f->high);
  // "One in critical condition, three others injured": four injured.
  int first = Nf_rc_others_after(r, rep, i);
  if (first >= 0) {
    m->stated += facts->figures[first].value;
    m->iv = (nf_ival){m->stated, m->stated, false, false};
    m->summed = true;
  }
  if (f->place >= 0 && (size_t)f->place < facts->n_places &&
      facts->places[f->place].kind >= NF_PLACE_CITY)
    m->place = facts->places[f->place].name,
    m->where = &facts->places[f->place];
  m->superseded = f->superseded || withdrawn(r, rep, f);
  m->hedged = f->hedged;
  m->in_title = f->span.in == NF_IN_TITLE;
  m->lead = m->in_title || f->span.start < NF_RC_LEAD_BYTES;
  m->background = r->roundup[rep] || background(r, rep, f);
  m->order = (m->in_title ? 0 : 1u << 31) | (f->span.start & 0x7fffffffu);
  m->group = -1;
  m->source = -1;
  m->name = -1;
  const char *who = NULL;
  int32_t actor = -1;
  if (f->source >= 0 && (size_t)f->source < facts->n_actors) {
    actor = f->source;
    who = facts->actors[actor].name;
  }
  if (!who) who = f->attributed_to;
  if (who && *who) m->name = Nf_rc_name_add(r, rep, who, actor, true);
}

void Nf_rc_collect_figures(rc *r) {
  if (!Nf_rc_roundups(r)) return;
  for (uint32_t rep = 0; rep < r->story->n_docs && !r->st; rep++) {
    const nf_facts *f = rc_facts(r, rep);
    if (!f) continue;
    for (uint32_t i = 0; i < f->n_figures && !r->st; i++)
      add_mention(r, rep, i, &f->figures[i], f);
    r->acc->reports[rep].n_figures = f->n_figures;
  }
}

// -------------------------------------------------------------- grouping

typedef struct cluster {
  uint8_t measure, category;
  const char *place;
  const nf_place *where;
  size_t rep;       // mention that stands for the cluster
  nf_ival hull;     // smallest interval holding every member's
  size_t *members;  // in sorted order, so one report's members are adjacent
  size_t n, cap;
} cluster;

static int mention_cmp(const void *a, const void *b, void *ctx) {
  const rc_mention *m = ctx;
  const rc_mention *x = &m[*(const size_t *)a], *y = &m[*(const size_t *)b];
  if (x->measure != y->measure) return x->measure < y->measure ? -1 : 1;
  if (x->category != y->category) return x->category < y->category ? -1 : 1;
  if (x->report != y->report) return x->report < y->report ? -1 : 1;
  if (x->order != y->order) return x->order < y->order ? -1 : 1;
  return 0;
}

// qsort has no context argument in C11: sort indices with a small merge
// sort instead (stable, so equal keys keep input order).
static void sort_idx(size_t *v, size_t n, size_t *tmp, const rc_mention *m) {
  for (size_t width = 1; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = lo + width < n ? lo + width : n;
      size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi)
        tmp[k++] = mention_cmp(&v[j], &v[i], (void *)m) < 0 ? v[j++] : v[i++];
      while (i < mid) tmp[k++] = v[i++];
      while (j < hi) tmp[k++] = v[j++];
    }
    memcpy(v, tmp, n * sizeof *v);
  }
}

// Places keep figures apart only when they are plainly different places:
// in different countries or first-level regions ("5 killed in Aleppo" is
// not "5 killed in Idlib"). Local reports name a city, a suburb or a street
// for the same event, so places within one region do not split.
static bool far_apart(const nf_place *a, const nf_place *b) {
  if (!a || !b || !a->name || !b->name || strcmp(a->name, b->name) == 0)
    return false;
  if (a->country[0] && b->country[0] && strcmp(a->country, b->country) != 0)
    return true;
  return a->admin1 && b->admin1 && strcmp(a->admin1, b->admin1) != 0;
}

static double log_ratio(double a, double b) {
  if (a <= 0 || b <= 0) return (a == b) ? 0 : INFINITY;
  return fabs(log(a / b));
}

// May mention x join cluster c? Returns the distance (lower is better), or
// INFINITY when it may not.
static double link_cost(const rc *r, const cluster *c, const rc_mention *x) {
  const rc_mention *m = r->m;
  if (far_apart(x->where, c->where)) return INFINITY;
  const rc_mention *rep = &m[c->rep];
  bool same_report = false;
  // Mentions arrive sorted by report, so this report's members are the last
  // ones of the cluster.
  for (size_t i = c->n; i-- > 0;) {
    const rc_mention *y = &m[c->members[i]];
    if (y->report != x->report) break;
    same_report = true;
    // A report's own distinct figures of one kind are different quantities
    // ("16 in the ambush", "125 in all"), unless one is the earlier figure
    // it replaced.
    if (!Nf_rc_compatible(x->iv, y->iv) && !x->superseded && !y->superseded)
      return INFINITY;
  }
  double d = log_ratio(x->stated, rep->stated);
  if (Nf_rc_compatible(x->iv, c->hull)) return d * 0.5;  // prefer agreement
  // A count over a period or several events and a count of the event are
  // different quantities unless they agree.
  if (x->background != rep->background) return INFINITY;
  if (same_report && !x->superseded) return INFINITY;
  bool small = x->stated <= 10 && rep->stated <= 10 &&
               fabs(x->stated - rep->stated) <= 2;
  if (d <= log(NF_RC_SAME_QUANTITY_RATIO) || small) return d;
  return INFINITY;
}

static bool cluster_add(rc *r, cluster *c, size_t mi) {
  if (!Nf_rc_grow(r, &r->scratch, (void **)&c->members, &c->cap, c->n + 1,
                  sizeof *c->members))
    return false;
  c->members[c->n++] = mi;
  const rc_mention *x = &r->m[mi];
  if (c->n == 1) {
    c->hull = x->iv;
  } else {
    if (x->iv.lo < c->hull.lo)
      c->hull.lo = x->iv.lo, c->hull.lo_open = x->iv.lo_open;
    if (x->iv.hi > c->hull.hi)
      c->hull.hi = x->iv.hi, c->hull.hi_open = x->iv.hi_open;
  }
  if (!c->place && x->place) c->place = x->place, c->where = x->where;
  // The cluster stands for its first current figure.
  if (r->m[c->rep].superseded && !x->superseded) c->rep = mi;
  return true;
}

// The value a mention stands for: the figure's, or a sum (rc_mention).
static nf_figure mention_value(const rc *r, const rc_mention *x) {
  nf_figure f = rc_facts(r, x->report)->figures[x->figure];
  if (x->summed) f.value = x->stated, f.low = f.high = NAN;
  return f;
}

static int value_same(const nf_acc_value *v, const nf_figure *f) {
  if (v->qualifier != f->qualifier) return 0;
  bool a = isnan(v->value) && isnan(f->value),
       b = isnan(v->low) && isnan(f->low), c = isnan(v->high) && isnan(f->high);
  return (a || v->value == f->value) && (b || v->low == f->low) &&
         (c || v->high == f->high);
}

// Turn a cluster into an account figure group.
static void make_group(rc *r, const cluster *c) {
  nf_account *acc = r->acc;
  int32_t gi = (int32_t)acc->n_figures;
  nf_acc_figure *g = &acc->figures[acc->n_figures++];
  memset(g, 0, sizeof *g);
  g->measure = c->measure;
  g->category = c->category;
  // The group is placed when most of its figures are (one report placing
  // a national toll does not make it a local one).
  size_t placed = 0;
  for (size_t i = 0; i < c->n && c->place; i++) {
    const char *p = r->m[c->members[i]].place;
    placed += p && strcmp(p, c->place) == 0;
  }
  g->place = placed * 2 > c->n ? c->place : NULL;
  g->whole = -1;
  g->latest = -1;
  g->low = g->best = g->high = NAN;
  // Distinct values in order of first appearance; count, then fill.
  uint32_t *vi = Nf_arena_calloc(&r->scratch, c->n, sizeof *vi);
  g->values = Nf_arena_calloc(&acc->arena, c->n, sizeof *g->values);
  if (!vi || !g->values) {
    rc_fail(r, NF_ENOMEM);
    return;
  }
  for (size_t i = 0; i < c->n; i++) {
    const rc_mention *x = &r->m[c->members[i]];
    nf_figure fv = mention_value(r, x);
    const nf_figure *f = &fv;
    size_t v = 0;
    while (v < g->n_values && !value_same(&g->values[v], f)) v++;
    if (v == g->n_values) {
      nf_acc_value *nv = &g->values[g->n_values++];
      nv->value = f->value;
      nv->low = f->low;
      nv->high = f->high;
      nv->qualifier = f->qualifier;
      nv->superseded = true;
    }
    vi[i] = (uint32_t)v;
    g->values[v].n_mentions++;
  }
  for (size_t v = 0; v < g->n_values; v++) {
    g->values[v].mentions = Nf_arena_calloc(
        &acc->arena, g->values[v].n_mentions, sizeof *g->values[v].mentions);
    if (!g->values[v].mentions) {
      rc_fail(r, NF_ENOMEM);
      return;
    }
    g->values[v].n_mentions = 0;
  }
  for (size_t i = 0; i < c->n; i++) {
    rc_mention *x = &r->m[c->members[i]];
    x->group = gi;
    const nf_figure *f = &rc_facts(r, x->report)->figures[x->figure];
    nf_acc_value *val = &g->values[vi[i]];
    nf_acc_mention *am = &val->mentions[val->n_mentions++];
    am->ref = (nf_acc_ref){x->report, f->span.start, f->span.end,
                           f->span.sentence, f->span.in};
    am->figure = x->figure;
    am->source = x->name >= 0 ? r->names[x->name].source : -1;
    am->superseded = x->superseded;
    am->hedged = x->hedged;
    if (!x->superseded) val->superseded = false;
  }
  // Reports that give it up front, and whether it is only background.
  g->background = true;
  for (size_t i = 0; i < c->n; i++) {
    const rc_mention *x = &r->m[c->members[i]];
    g->background &= x->background;
    if (!x->lead) continue;
    bool seen = false;
    for (size_t j = 0; j < i && !seen; j++)
      seen =
          r->m[c->members[j]].lead && r->m[c->members[j]].report == x->report;
    if (!seen) g->n_lead++;
  }
}

void Nf_rc_group_figures(rc *r) {
  size_t n = r->n_m;
  if (!n || r->st) return;
  size_t *idx = Nf_arena_calloc(&r->scratch, n, sizeof *idx);
  size_t *tmp = Nf_arena_calloc(&r->scratch, n, sizeof *tmp);
  cluster *cl = Nf_arena_calloc(&r->scratch, n, sizeof *cl);
  if (!idx || !tmp || !cl) {
    rc_fail(r, NF_ENOMEM);
    return;
  }
  for (size_t i = 0; i < n; i++) idx[i] = i;
  sort_idx(idx, n, tmp, r->m);
  size_t n_cl = 0, bucket_start = 0;
  for (size_t k = 0; k < n && !r->st; k++) {
    const rc_mention *x = &r->m[idx[k]];
    if (n_cl && (cl[n_cl - 1].measure != x->measure ||
                 cl[n_cl - 1].category != x->category))
      bucket_start = n_cl;
    size_t best = SIZE_MAX;
    double best_cost = INFINITY;
    for (size_t c = bucket_start; c < n_cl; c++) {
      double cost = link_cost(r, &cl[c], x);
      if (cost < best_cost) best_cost = cost, best = c;
    }
    if (best == SIZE_MAX) {
      best = n_cl++;
      cl[best] = (cluster){x->measure, x->category, x->place, x->where, idx[k],
                           x->iv,      NULL,        0,        0};
    }
    cluster_add(r, &cl[best], idx[k]);
  }
  if (r->st) return;
  r->acc->figures =
      Nf_arena_calloc(&r->acc->arena, n_cl, sizeof *r->acc->figures);
  if (!r->acc->figures) {
    rc_fail(r, NF_ENOMEM);
    return;
  }
  for (size_t c = 0; c < n_cl && !r->st; c++) make_group(r, &cl[c]);
}

// ------------------------------------------------------------- judging

static bool value_ival(const nf_acc_value *v, nf_ival *iv) {
  return Nf_rc_interval(v->qualifier, v->value, v->low, v->high, iv);
}
static double value_stated(const nf_acc_value *v) {
  return Nf_rc_stated(v->qualifier, v->value, v->low, v->high);
}
static double value_low(const nf_acc_value *v) {
  if (isfinite(v->low) && !isfinite(v->value)) return v->low;
  if (v->qualifier == NF_Q_UP_TO) return 0;
  return value_stated(v);
}
static double value_high(const nf_acc_value *v) {
  if (isfinite(v->high) && !isfinite(v->value)) return v->high;
  if (isfinite(v->low) && !isfinite(v->value)) return v->low;
  return value_stated(v);
}

// Precision of a qualifier: exact figures are preferred as best estimates.
static int precision(uint8_t q) {
  switch (q) {
    case NF_Q_EXACT: return 3;
    case NF_Q_ABOUT:
    case NF_Q_RANGE: return 2;
    case NF_Q_OVER:
    case NF_Q_AT_LEAST:
    case NF_Q_NEARLY:
    case NF_Q_UP_TO: return 1;
    default: return 0;
  }
}

typedef struct vstat {
  uint32_t reports, origins;
  int32_t latest_report;  // latest-published report stating it, or -1
} vstat;

static void value_stats(const rc *r, const nf_acc_value *v, vstat *s,
                        uint32_t *seen_rep, uint32_t *seen_org,
                        uint32_t stamp) {
  s->reports = s->origins = 0;
  s->latest_report = -1;
  for (size_t i = 0; i < v->n_mentions; i++) {
    const nf_acc_mention *m = &v->mentions[i];
    uint32_t rep = m->ref.report;
    if (seen_rep[rep] != stamp) {
      seen_rep[rep] = stamp;
      s->reports++;
      if (s->latest_report < 0 ||
          Nf_rc_more_recent(r, rep, (uint32_t)s->latest_report))
        s->latest_report = (int32_t)rep;
    }
    // An origin: the source behind it, else the report's copy cluster.
    uint32_t org = m->source >= 0 ? (uint32_t)m->source
                                  : (uint32_t)r->acc->n_sources +
                                        r->acc->reports[rep].copy_of;
    if (seen_org[org] != stamp) {
      seen_org[org] = stamp;
      s->origins++;
    }
  }
}

static const char *fmt_value(rc *r, const nf_acc_value *v) {
  static const char *const words[NF_Q__COUNT] = {
      "", "over ", "at least ", "nearly ", "about ", "up to ", "", ""};
  double s = value_stated(v);
  if (v->qualifier == NF_Q_RANGE && isfinite(v->low) && isfinite(v->high))
    return Nf_arena_printf(&r->acc->arena, "%.15g-%.15g", v->low, v->high);
  if (v->qualifier == NF_Q_VAGUE)
    return Nf_arena_printf(&r->acc->arena, "%.15g or more", s);
  return Nf_arena_printf(&r->acc->arena, "%s%.15g",
                         words[v->qualifier < NF_Q__COUNT ? v->qualifier : 0],
                         s);
}

static void judge(rc *r, nf_acc_figure *g, uint32_t *seen_rep,
                  uint32_t *seen_org, uint32_t *stamp) {
  nf_account *acc = r->acc;
  // Reports in the group, and whether one marks an earlier figure.
  ++*stamp;
  g->n_reports = 0;
  bool marker = false;
  int32_t latest = -1;  // latest-published report with a current figure
  for (size_t v = 0; v < g->n_values; v++)
    for (size_t i = 0; i < g->values[v].n_mentions; i++) {
      const nf_acc_mention *m = &g->values[v].mentions[i];
      if (seen_rep[m->ref.report] != *stamp) {
        seen_rep[m->ref.report] = *stamp;
        g->n_reports++;
      }
      if (m->superseded) {
        marker = true;
        continue;
      }
      if (latest < 0 || Nf_rc_more_recent(r, m->ref.report, (uint32_t)latest))
        latest = (int32_t)m->ref.report;
    }
  g->major = g->n_reports >= 2 && g->n_reports * 2 >= acc->n_reports;
  // Reports stating each value (one report may state it twice).
  for (size_t v = 0; v < g->n_values; v++) {
    nf_acc_value *val = &g->values[v];
    ++*stamp;
    val->n_reports = 0;
    for (size_t i = 0; i < val->n_mentions; i++)
      if (seen_rep[val->mentions[i].ref.report] != *stamp) {
        seen_rep[val->mentions[i].ref.report] = *stamp;
        val->n_reports++;
      }
  }

  // Are the current values compatible with each other?
  bool all_compatible = true;
  for (size_t a = 0; a < g->n_values; a++) {
    nf_ival ia, ib;
    if (g->values[a].superseded || !value_ival(&g->values[a], &ia)) continue;
    for (size_t b = a + 1; b < g->n_values; b++) {
      if (g->values[b].superseded || !value_ival(&g->values[b], &ib)) continue;
      if (!Nf_rc_compatible(ia, ib)) all_compatible = false;
    }
  }

  // The latest report's most precise current value.
  int32_t lv = -1;
  for (size_t v = 0; v < g->n_values && latest >= 0; v++) {
    const nf_acc_value *val = &g->values[v];
    if (val->superseded) continue;
    bool in_latest = false;
    for (size_t i = 0; i < val->n_mentions; i++)
      if (val->mentions[i].ref.report == (uint32_t)latest &&
          !val->mentions[i].superseded)
        in_latest = true;
    if (!in_latest) continue;
    if (lv < 0 ||
        precision(val->qualifier) > precision(g->values[lv].qualifier))
      lv = (int32_t)v;
  }
  g->latest = lv;
  g->latest_report = latest >= 0 ? (uint32_t)latest : 0;

  for (size_t v = 0; v < g->n_values; v++)
    g->values[v].current = !g->values[v].superseded;

  if (g->n_reports <= 1) {
    g->status = NF_FS_SINGLE;
  } else if (all_compatible) {
    g->status = NF_FS_AGREE;
  } else {
    // Updated: a report says an earlier figure was replaced, and every
    // figure that disagrees with the latest comes from an earlier report
    // (or an undated one: it cannot be shown to be later).
    // The latest report telling its figure as an update ("police now say
    // a total of seven") marks the earlier figures as much as a report
    // calling one "the earlier estimate" does.
    bool told_update = false;
    for (size_t i = 0; lv >= 0 && i < g->values[lv].n_mentions && !told_update;
         i++) {
      const nf_acc_mention *m = &g->values[lv].mentions[i];
      told_update =
          m->ref.report == (uint32_t)latest && !m->superseded &&
          Nf_rc_told_as_update(r, m->ref.report,
                               &rc_facts(r, m->ref.report)->figures[m->figure]);
    }
    bool updated = (marker || told_update) && lv >= 0 &&
                   acc->reports[latest].time.precision != NF_PREC_NONE;
    nf_ival il;
    if (updated && !value_ival(&g->values[lv], &il)) updated = false;
    for (size_t v = 0; v < g->n_values && updated; v++) {
      nf_acc_value *val = &g->values[v];
      nf_ival iv;
      if (val->superseded || !value_ival(val, &iv) || Nf_rc_compatible(iv, il))
        continue;
      for (size_t i = 0; i < val->n_mentions; i++) {
        // A report not known to be as late as the latest one (undated
        // reports included) may hold the older figure.
        uint32_t rep = val->mentions[i].ref.report;
        if (val->mentions[i].superseded) continue;
        if (rep == (uint32_t)latest ||
            (r->acc->reports[rep].time.precision != NF_PREC_NONE &&
             !Nf_rc_known_later(r, (uint32_t)latest, rep)))
          updated = false;
      }
      val->current = false;
    }
    if (updated) {
      g->status = NF_FS_UPDATED;
    } else {
      g->status = NF_FS_CONFLICT;
      for (size_t v = 0; v < g->n_values; v++)
        g->values[v].current = !g->values[v].superseded;
    }
  }

  // Best estimate.
  int32_t bv = -1;
  const char *why_best = "";
  if (g->status == NF_FS_UPDATED) {
    bv = lv;
    why_best = "the latest report's figure";
  } else {
    vstat best_s = {0, 0, -1};
    for (size_t v = 0; v < g->n_values; v++) {
      const nf_acc_value *val = &g->values[v];
      if (!val->current) continue;
      vstat s;
      ++*stamp;
      value_stats(r, val, &s, seen_rep, seen_org, *stamp);
      bool better;
      if (bv < 0) {
        better = true;
      } else if (g->status == NF_FS_AGREE &&
                 precision(val->qualifier) !=
                     precision(g->values[bv].qualifier)) {
        // Compatible figures: the most precise is the best estimate.
        better = precision(val->qualifier) > precision(g->values[bv].qualifier);
      } else if (g->status == NF_FS_CONFLICT &&
                 Nf_rc_value_partitive(r, val) !=
                     Nf_rc_value_partitive(r, &g->values[bv])) {
        // "Four people were found shot, two of them critically": the part
        // is no estimate of the whole.
        better = !Nf_rc_value_partitive(r, val);
      } else if (s.origins != best_s.origins) {
        better = s.origins > best_s.origins;
      } else if (s.reports != best_s.reports) {
        better = s.reports > best_s.reports;
      } else if (s.latest_report >= 0 && best_s.latest_report >= 0 &&
                 Nf_rc_known_later(r, (uint32_t)s.latest_report,
                                   (uint32_t)best_s.latest_report)) {
        better = true;
      } else {
        better = precision(val->qualifier) > precision(g->values[bv].qualifier);
      }
      if (better) bv = (int32_t)v, best_s = s;
    }
    why_best = g->status == NF_FS_AGREE ? "the most precise figure"
               : g->status == NF_FS_SINGLE
                   ? "the figure given"
                   : "the figure with the most independent origins, "
                     "then the most reports, then the latest";
  }
  if (bv < 0) {
    // Only superseded figures: the most recent of them.
    bv = 0;
    why_best = "an earlier figure (no current one)";
  }
  g->best = value_stated(&g->values[bv]);
  g->low = g->high = g->best;
  for (size_t v = 0; v < g->n_values; v++) {
    const nf_acc_value *val = &g->values[v];
    if (!val->current) continue;
    double lo = value_low(val), hi = value_high(val);
    if (isfinite(lo) && lo < g->low) g->low = lo;
    if (isfinite(hi) && hi > g->high) g->high = hi;
  }
  // Reports that back the best estimate.
  ++*stamp;
  g->n_support = g->n_mentions = 0;
  for (size_t v = 0; v < g->n_values; v++) {
    nf_ival iv;
    const nf_acc_value *val = &g->values[v];
    g->n_mentions += (uint32_t)val->n_mentions;
    if (!val->current || !value_ival(val, &iv) || !Nf_rc_contains(iv, g->best))
      continue;
    for (size_t i = 0; i < val->n_mentions; i++) {
      uint32_t rep = val->mentions[i].ref.report;
      if (seen_rep[rep] == *stamp) continue;
      seen_rep[rep] = *stamp;
      g->n_support++;
    }
  }
  for (size_t v = 0; v < g->n_values; v++) {
    nf_ival iv;
    nf_acc_value *val = &g->values[v];
    val->fits_best = value_ival(val, &iv) && Nf_rc_contains(iv, g->best);
    // Claims: the first earlier value this one is compatible with.
    val->claim = (uint32_t)v;
    for (size_t w = 0; w < v; w++) {
      nf_ival iw;
      if (value_ival(&g->values[w], &iw) && value_ival(val, &iv) &&
          Nf_rc_compatible(iv, iw)) {
        val->claim = g->values[w].claim;
        break;
      }
    }
  }
  g->rule = Nf_arena_printf(
      &acc->arena,
      "best: %s (%s); low and high: the lowest and highest %s figures stated",
      why_best, fmt_value(r, &g->values[bv]),
      g->status == NF_FS_UPDATED ? "current (latest-compatible)" : "current");

  // Why this status.
  switch (g->status) {
    case NF_FS_SINGLE: g->why = "only one report gives this figure"; break;
    case NF_FS_AGREE:
      g->why = Nf_arena_printf(
          &acc->arena, "the %u reports give compatible figures%s", g->n_reports,
          marker ? "; earlier figures are marked as such" : "");
      break;
    case NF_FS_UPDATED:
      g->why = Nf_arena_printf(
          &acc->arena,
          "a report marks an earlier figure as replaced, and the latest "
          "report (%s) gives %s; the older figures come from earlier reports",
          r->story->docs[latest]->published_iso, fmt_value(r, &g->values[lv]));
      break;
    default:
      g->why = marker ? "incompatible figures that publication order does not "
                        "explain"
                      : "incompatible figures, and no report says one "
                        "replaced the other";
      break;
  }
}

// Sources: an unattributed figure takes the source of the group's
// attributed figures when they all have one source, or the source of the
// same value stated elsewhere.
static void infer_sources(rc *r, nf_acc_figure *g) {
  int32_t only = -2;  // -2 none seen, -1 several
  for (size_t v = 0; v < g->n_values; v++)
    for (size_t i = 0; i < g->values[v].n_mentions; i++) {
      int32_t s = g->values[v].mentions[i].source;
      if (s < 0 || g->values[v].mentions[i].source_inferred) continue;
      if (only == -2)
        only = s;
      else if (only != s)
        only = -1;
    }
  for (size_t v = 0; v < g->n_values; v++) {
    nf_acc_value *val = &g->values[v];
    int32_t same_value = -2;
    for (size_t i = 0; i < val->n_mentions; i++) {
      int32_t s = val->mentions[i].source;
      if (s < 0 || val->mentions[i].source_inferred) continue;
      if (same_value == -2)
        same_value = s;
      else if (same_value != s)
        same_value = -1;
    }
    for (size_t i = 0; i < val->n_mentions; i++) {
      nf_acc_mention *m = &val->mentions[i];
      if (m->source >= 0) continue;
      int32_t s = same_value >= 0 ? same_value : only >= 0 ? only : -1;
      if (s < 0) continue;
      m->source = s;
      m->source_inferred = true;
      r->acc->sources[s].n_inferred++;
    }
  }
}

static void grade(rc *r, nf_acc_figure *g, uint32_t *seen_org, uint32_t stamp) {
  nf_account *acc = r->acc;
  size_t cap = 0;
  g->origins = 0;
  for (size_t v = 0; v < g->n_values; v++) {
    const nf_acc_value *val = &g->values[v];
    if (!val->current) continue;
    for (size_t i = 0; i < val->n_mentions; i++) {
      const nf_acc_mention *m = &val->mentions[i];
      uint32_t org = m->source >= 0 ? (uint32_t)m->source
                                    : (uint32_t)acc->n_sources +
                                          acc->reports[m->ref.report].copy_of;
      if (seen_org[org] == stamp) continue;
      seen_org[org] = stamp;
      g->origins++;
      if (m->source >= 0) {
        if (!Nf_rc_grow(r, &acc->arena, (void **)&g->sources, &cap,
                        g->n_sources + 1, sizeof *g->sources))
          return;
        g->sources[g->n_sources++] = m->source;
      }
    }
  }
  if (g->status == NF_FS_CONFLICT) {
    // Contested only when the disagreement is between origins; one source
    // contradicting itself across reports is still one weak origin.
    g->grade = g->origins >= 2 ? NF_GRADE_CONTESTED : NF_GRADE_WEAK;
  } else {
    g->grade = g->origins >= 3   ? NF_GRADE_STRONG
               : g->origins == 2 ? NF_GRADE_FAIR
                                 : NF_GRADE_WEAK;
  }
}

void Nf_rc_judge_figures(rc *r) {
  nf_account *acc = r->acc;
  if (r->st) return;
  size_t n_seen = acc->n_reports + acc->n_sources + 1;
  uint32_t *seen_rep = Nf_arena_calloc(&r->scratch, n_seen, sizeof *seen_rep);
  uint32_t *seen_org = Nf_arena_calloc(&r->scratch, n_seen, sizeof *seen_org);
  if (!seen_rep || !seen_org) {
    rc_fail(r, NF_ENOMEM);
    return;
  }
  uint32_t stamp = 0;
  for (size_t g = 0; g < acc->n_figures && !r->st; g++)
    infer_sources(r, &acc->figures[g]);
  for (size_t g = 0; g < acc->n_figures && !r->st; g++) {
    judge(r, &acc->figures[g], seen_rep, seen_org, &stamp);
    grade(r, &acc->figures[g], seen_org, ++stamp);
  }
}
