// Dates: absolute ("March 6", "09 March 2025", "2025-03-10", "in 2015")
// and relative ("on Thursday", "early Saturday", "yesterday", "three days
// ago", "last month"), the relative ones resolved against the report's
// published date when it is known (Nf_facts_resolve_dates can resolve them
// again against another anchor: the dates of other reports of a run).
#include <string.h>

#include "extract/facts.h"
#include "extract/scan.h"

// A day number after a month or before it: "6", "6th", "06".
static bool scan_day(const sc *c, size_t *i, int *day) {
  size_t nd;
  long v = INT(c, *i, &nd);
  if (v < 1 || v > 31 || nd > 2) return false;
  size_t j = *i + 1;
  if (GLUED(c, j) &&
      (IS(c, j, "st") || IS(c, j, "nd") || IS(c, j, "rd") || IS(c, j, "th")))
    j++;
  *day = (int)v;
  *i = j;
  return true;
}

static bool scan_year(const sc *c, size_t *i, int *year) {
  size_t nd;
  long v = INT(c, *i, &nd);
  if (nd != 4 || v < 1800 || v > 2200) return false;
  *year = (int)v;
  (*i)++;
  return true;
}

// "05:53", "5:30 p.m.", "10 pm": sets hour and minute, advances.
static bool scan_time(const sc *c, size_t *i, int *h, int *m) {
  size_t j = *i, nd;
  long hh = INT(c, j, &nd);
  if (hh < 0 || hh > 23 || nd > 2) return false;
  long mm = 0;
  if (PUNCT(c, j + 1, ':') && GLUED(c, j + 1) && GLUED(c, j + 2)) {
    mm = INT(c, j + 2, &nd);
    if (mm < 0 || mm > 59 || nd != 2) return false;
    j += 3;
  } else {
    j += 1;
    if (!(IS(c, j, "am") || IS(c, j, "pm") || IS(c, j, "a") || IS(c, j, "p")))
      return false;
  }
  bool pm = false, am = false;
  if (IS(c, j, "pm") || (IS(c, j, "p") && PUNCT(c, j + 1, '.'))) pm = true;
  if (IS(c, j, "am") || (IS(c, j, "a") && PUNCT(c, j + 1, '.'))) am = true;
  if (pm || am) {
    j++;
    while (PUNCT(c, j, '.') || IS(c, j, "m")) j++;
    if (pm && hh < 12) hh += 12;
    if (am && hh == 12) hh = 0;
  }
  *h = (int)hh;
  *m = (int)mm;
  *i = j;
  return true;
}

static nf_date *push_date(fx *x, size_t si, size_t a, size_t b) {
  nf_date *d = Nf_fx_push(x, (void **)&x->f->dates, &x->f->n_dates,
                          &x->cap_date, sizeof *d);
  if (!d) return NULL;
  memset(d, 0, sizeof *d);
  d->span = Nf_fx_span(x, si, a, b);
  return d;
}

// Absolute dates with a month name, ISO dates and years.
static bool scan_absolute(fx *x, size_t si, const sc *c, size_t *ip) {
  size_t i = *ip, j = i;
  int year = 0, month = 0, day = 0, h = -1, mi = 0;
  size_t nd;
  // ISO: 2025-03-10
  long y = INT(c, i, &nd);
  if (nd == 4 && y >= 1800 && y <= 2200 && PUNCT(c, i + 1, '-') &&
      GLUED(c, i + 1) && GLUED(c, i + 2) && PUNCT(c, i + 3, '-') &&
      GLUED(c, i + 3) && GLUED(c, i + 4)) {
    long mo = INT(c, i + 2, NULL), dd = INT(c, i + 4, NULL);
    if (mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31) {
      year = (int)y, month = (int)mo, day = (int)dd;
      j = i + 5;
    }
  }
  if (!month && (CL(c, i) & L_MONTH) && CAP(c, i)) {
    // "March 6", "Sept. 3, 2024", "March 2025"
    const nf_lex *l = Nf_lex_of(&c->t[i]);
    size_t k = i + 1;
    if (PUNCT(c, k, '.') && GLUED(c, k)) k++;
    bool may = IS(c, i, "may") || IS(c, i, "march");
    if (scan_day(c, &k, &day)) {
      month = (int)l->num;
      j = k;
      if (PUNCT(c, j, ',') && scan_year(c, &(size_t){j + 1}, &year))
        j += 2;
      else if (scan_year(c, &(size_t){j}, &year))
        j += 1;
    } else if (scan_year(c, &k, &year)) {
      month = (int)l->num;
      j = k;
    } else if (!may ||
               (i > c->a && (IS(c, i - 1, "in") || IS(c, i - 1, "since") ||
                             IS(c, i - 1, "until") || IS(c, i - 1, "early") ||
                             IS(c, i - 1, "late") || IS(c, i - 1, "mid") ||
                             IS(c, i - 1, "of")))) {
      if (!(i > c->a &&
            (IS(c, i - 1, "in") || IS(c, i - 1, "since") ||
             IS(c, i - 1, "until") || IS(c, i - 1, "early") ||
             IS(c, i - 1, "late") || IS(c, i - 1, "mid") ||
             IS(c, i - 1, "of") || IS(c, i - 1, "by") || IS(c, i - 1, "last") ||
             IS(c, i - 1, "next") || IS(c, i - 1, "this"))))
        return false;
      month = (int)l->num;
      j = i + 1;
    } else {
      return false;
    }
  } else if (!month && NUM(c, i)) {
    // "6 March", "09 March 2025 05:53", "10th of March"
    size_t k = i;
    if (scan_day(c, &k, &day)) {
      if (IS(c, k, "of")) k++;
      if ((CL(c, k) & L_MONTH) && CAP(c, k)) {
        month = (int)Nf_lex_of(&c->t[k])->num;
        k++;
        if (PUNCT(c, k, '.') && GLUED(c, k)) k++;
        if (PUNCT(c, k, ',')) {
          if (scan_year(c, &(size_t){k + 1}, &year)) k += 2;
        } else if (scan_year(c, &(size_t){k}, &year)) {
          k++;
        }
        j = k;
      } else {
        day = 0;
      }
    }
    // "in 2015", "since 2011"
    if (!month && i > c->a &&
        (IS(c, i - 1, "in") || IS(c, i - 1, "since") || IS(c, i - 1, "until") ||
         IS(c, i - 1, "by") || IS(c, i - 1, "of") || IS(c, i - 1, "from")) &&
        scan_year(c, &(size_t){i}, &year) && !(CL(c, i + 1) & L_PEOPLE)) {
      nf_date *d = push_date(x, si, i, i + 1);
      if (!d) return false;
      d->kind = NF_DATE_ABSOLUTE;
      d->value.year = (int16_t)year;
      d->value.precision = NF_PREC_YEAR;
      *ip = i + 1;
      return true;
    }
  }
  if (!month) return false;
  if (day && year && scan_time(c, &(size_t){j}, &h, &mi)) {
    size_t k = j;
    scan_time(c, &k, &h, &mi);
    j = k;
  }
  nf_date *d = push_date(x, si, i, j);
  if (!d) return false;
  d->kind = NF_DATE_ABSOLUTE;
  d->value.month = (uint8_t)month;
  d->value.day = (uint8_t)day;
  d->value.precision = day ? NF_PREC_DAY : NF_PREC_MONTH;
  if (year) {
    d->value.year = (int16_t)year;
    if (h >= 0) {
      d->value.hour = (uint8_t)h;
      d->value.minute = (uint8_t)mi;
      d->value.precision = NF_PREC_MINUTE;
    }
    if (!Nf_datetime_valid(&d->value)) {
      x->f->n_dates--;
      return false;
    }
  } else {
    // The year comes from the anchor.
    d->kind = NF_DATE_RELATIVE;
    d->rel = NF_REL_MONTHDAY;
    d->rel_n = (int16_t)(month * 100 + day);
    memset(&d->value, 0, sizeof d->value);
  }
  *ip = j;
  return true;
}

static bool scan_relative(fx *x, size_t si, const sc *c, size_t *ip) {
  size_t i = *ip;
  size_t a = i, b = i + 1;
  int rel = NF_REL_NONE, n = 0, dir = 0;
  if ((CL(c, i) & L_WDAY) && CAP(c, i)) {
    rel = NF_REL_WEEKDAY;
    n = (int)Nf_lex_of(&c->t[i])->num;
    if (i > c->a && (IS(c, i - 1, "last") || IS(c, i - 1, "past")))
      dir = -1, a = i - 1;
    else if (i > c->a && (IS(c, i - 1, "next") || IS(c, i - 1, "coming")))
      dir = 1, a = i - 1;
    else if (i > c->a && (IS(c, i - 1, "early") || IS(c, i - 1, "late") ||
                          IS(c, i - 1, "on")))
      a = i - 1;
    if ((IS(c, i + 1, "morning") || IS(c, i + 1, "night") ||
         IS(c, i + 1, "evening") || IS(c, i + 1, "afternoon")) &&
        !GLUED(c, i + 1))
      b = i + 2;
  } else if (IS(c, i, "yesterday")) {
    rel = NF_REL_DAYS, n = -1;
  } else if (IS(c, i, "today") || IS(c, i, "tonight")) {
    rel = NF_REL_DAYS, n = 0;
  } else if (IS(c, i, "tomorrow")) {
    rel = NF_REL_DAYS, n = 1;
  } else if (IS(c, i, "last") && IS(c, i + 1, "night")) {
    rel = NF_REL_DAYS, n = -1, b = i + 2;
  } else if (IS(c, i, "this") &&
             (IS(c, i + 1, "morning") || IS(c, i + 1, "afternoon") ||
              IS(c, i + 1, "evening"))) {
    rel = NF_REL_DAYS, n = 0, b = i + 2;
  } else if ((IS(c, i, "last") || IS(c, i, "next") || IS(c, i, "this")) &&
             (IS(c, i + 1, "month") || IS(c, i + 1, "year"))) {
    rel = IS(c, i + 1, "month") ? NF_REL_MONTHS : NF_REL_YEARS;
    n = IS(c, i, "last") ? -1 : IS(c, i, "next") ? 1 : 0;
    b = i + 2;
  } else if ((IS(c, i, "last") || IS(c, i, "this") || IS(c, i, "next")) &&
             IS(c, i + 1, "week")) {
    rel = NF_REL_NONE;  // a week: kept, not resolved to a day
    b = i + 2;
  } else if ((NUM(c, i) || (CL(c, i) & L_NUM)) &&
             (IS(c, i + 1, "days") || IS(c, i + 1, "weeks") ||
              IS(c, i + 1, "day") || IS(c, i + 1, "week")) &&
             IS(c, i + 2, "ago")) {
    long v = NUM(c, i) ? INT(c, i, NULL) : (long)Nf_lex_of(&c->t[i])->num;
    if (v < 0 || v > 3650) return false;
    rel = NF_REL_DAYS;
    n = (int)(IS(c, i + 1, "week") || IS(c, i + 1, "weeks") ? -7 * v : -v);
    b = i + 3;
  } else {
    return false;
  }
  if (c->t[b - 1].kind == NF_TOK_WORD && b < c->b &&
      (c->t[b].flags & NF_TF_POSS))
    b++;  // "Friday's attacks"
  nf_date *d = push_date(x, si, a, b);
  if (!d) return false;
  d->kind = NF_DATE_RELATIVE;
  d->rel = (uint8_t)rel;
  d->rel_n = (int16_t)n;
  d->rel_dir = (int8_t)dir;
  *ip = b;
  return true;
}

void Nf_facts_resolve_dates(nf_facts *f, const nf_datetime *anchor,
                            uint8_t anchor_kind, bool only_unresolved) {
  if (!f || !anchor || anchor->precision < NF_PREC_DAY) return;
  for (size_t i = 0; i < f->n_dates; i++) {
    nf_date *d = &f->dates[i];
    if (d->kind != NF_DATE_RELATIVE || d->rel == NF_REL_NONE) continue;
    if (only_unresolved && d->value.precision != NF_PREC_NONE) continue;
    nf_datetime v = {0};
    int ay = anchor->year, am = anchor->month, ad = anchor->day;
    switch (d->rel) {
      case NF_REL_WEEKDAY: {
        int wd = Nf_weekday(ay, am, ad);
        int delta = (wd - d->rel_n + 7) % 7;  // days back to that weekday
        if (d->rel_dir < 0 && delta == 0) delta = 7;
        if (d->rel_dir > 0)
          delta = -((d->rel_n - wd + 7) % 7 ? (d->rel_n - wd + 7) % 7 : 7);
        v = Nf_datetime_add_days((nf_datetime){.year = (int16_t)ay,
                                               .month = (uint8_t)am,
                                               .day = (uint8_t)ad,
                                               .precision = NF_PREC_DAY},
                                 -delta);
        break;
      }
      case NF_REL_DAYS:
        v = Nf_datetime_add_days((nf_datetime){.year = (int16_t)ay,
                                               .month = (uint8_t)am,
                                               .day = (uint8_t)ad,
                                               .precision = NF_PREC_DAY},
                                 d->rel_n);
        break;
      case NF_REL_MONTHS: {
        int m0 = ay * 12 + (am - 1) + d->rel_n;
        v.year = (int16_t)(m0 / 12);
        v.month = (uint8_t)(m0 % 12 + 1);
        v.precision = NF_PREC_MONTH;
        break;
      }
      case NF_REL_YEARS:
        v.year = (int16_t)(ay + d->rel_n);
        v.precision = NF_PREC_YEAR;
        break;
      case NF_REL_MONTHDAY: {
        int mo = d->rel_n / 100, dd = d->rel_n % 100;
        int y = ay;
        // "March 6" in a report of January is last year's, more than two
        // months after the anchor.
        if (mo > am + 2) y--;
        v.year = (int16_t)y;
        v.month = (uint8_t)mo;
        v.day = (uint8_t)dd;
        v.precision = dd ? NF_PREC_DAY : NF_PREC_MONTH;
        if (!Nf_datetime_valid(&v)) v.precision = NF_PREC_NONE;
        break;
      }
      default: break;
    }
    if (v.precision == NF_PREC_NONE) continue;
    d->value = v;
    d->anchor = anchor_kind;
    d->anchor_date = *anchor;
    d->anchor_date.precision = NF_PREC_DAY;
    d->anchor_date.has_tz = false;
    Nf_datetime_format(&d->anchor_date, d->anchor_iso, sizeof d->anchor_iso);
  }
}

void Nf_fx_dates(fx *x) {
  for (size_t si = 0; si < x->n_sents && !x->status; si++) {
    sc c = sc_sent(x, si);
    for (size_t i = c.a; i < c.b && !x->status; i++) {
      const nf_tok *t = &c.t[i];
      if (t->kind != NF_TOK_NUM &&
          !(t->kind == NF_TOK_WORD &&
            (Nf_lex_cls(t) & (L_MONTH | L_WDAY | L_DATEW | L_NUM))))
        continue;
      size_t k = i;
      if (scan_absolute(x, si, &c, &k) || scan_relative(x, si, &c, &k)) {
        if (k > i) i = k - 1;
      }
    }
  }
  if (x->doc->published.precision >= NF_PREC_DAY) {
    Nf_facts_resolve_dates(x->f, &x->doc->published, NF_ANCHOR_PUBLISHED,
                           false);
  } else {
    // No published date: a dateline or byline date near the top ("Amin
    // Masoodi 09 March 2025 05:53", "date 2025-03-10 ...") stands in.
    for (size_t i = 0; i < x->f->n_dates; i++) {
      const nf_date *d = &x->f->dates[i];
      const fx_sent *st = &x->sents[d->span.sentence];
      if (d->kind != NF_DATE_ABSOLUTE || d->value.precision < NF_PREC_DAY ||
          st->in != NF_IN_BODY || st->para > 6)
        continue;
      bool dateline = d->value.precision >= NF_PREC_MINUTE || !st->full ||
                      st->t1 - st->t0 <= 12;
      if (!dateline) continue;
      nf_datetime anchor = d->value;
      Nf_facts_resolve_dates(x->f, &anchor, NF_ANCHOR_TEXT, true);
      break;
    }
  }
  // Figures take the date named in their sentence.
  for (size_t i = 0; i < x->f->n_figures; i++) {
    nf_figure *f = &x->f->figures[i];
    for (size_t k = 0; k < x->f->n_dates; k++)
      if (x->f->dates[k].span.sentence == f->span.sentence) {
        f->date = (int32_t)k;
        break;
      }
  }
}
