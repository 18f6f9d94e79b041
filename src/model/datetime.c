#include "model/datetime.h"

#include <stdio.h>

int64_t Nf_days_from_civil(int y, int m, int d) {
  // Howard Hinnant's algorithm: exact over the whole proleptic calendar.
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void Nf_civil_from_days(int64_t z, int *y, int *m, int *d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t yy = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int dd = (int)(doy - (153 * mp + 2) / 5 + 1);
  int mm = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yy + (mm <= 2));
  *m = mm;
  *d = dd;
}

int Nf_weekday(int y, int m, int d) {
  int64_t z = Nf_days_from_civil(y, m, d);
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  int64_t w = (z + 3) % 7;
  return (int)(w < 0 ? w + 7 : w);
}

int Nf_days_in_month(int y, int m) {
  static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return len[m - 1];
}

bool Nf_datetime_valid(const nf_datetime *t) {
  if (t->precision == NF_PREC_NONE) return true;
  if (t->year < 1 || t->year > 9999) return false;
  if (t->precision >= NF_PREC_MONTH && (t->month < 1 || t->month > 12))
    return false;
  if (t->precision >= NF_PREC_DAY &&
      (t->day < 1 || t->day > Nf_days_in_month(t->year, t->month)))
    return false;
  if (t->precision >= NF_PREC_HOUR && t->hour > 23) return false;
  if (t->precision >= NF_PREC_MINUTE && t->minute > 59) return false;
  if (t->precision >= NF_PREC_SECOND && t->second > 60) return false;
  if (t->has_tz && (t->tz_minutes < -18 * 60 || t->tz_minutes > 18 * 60))
    return false;
  return true;
}

int Nf_datetime_cmp(const nf_datetime *a, const nf_datetime *b) {
  int p = a->precision < b->precision ? a->precision : b->precision;
  int av[6] = {a->year, a->month, a->day, a->hour, a->minute, a->second};
  int bv[6] = {b->year, b->month, b->day, b->hour, b->minute, b->second};
  for (int i = 0; i < p && i < 6; i++)
    if (av[i] != bv[i]) return av[i] < bv[i] ? -1 : 1;
  return 0;
}

nf_datetime Nf_datetime_add_days(nf_datetime t, int64_t days) {
  if (t.precision < NF_PREC_DAY) return t;
  int y, m, d;
  Nf_civil_from_days(Nf_days_from_civil(t.year, t.month, t.day) + days, &y, &m,
                     &d);
  t.year = (int16_t)y;
  t.month = (uint8_t)m;
  t.day = (uint8_t)d;
  return t;
}

// Read exactly n digits at s[*i]; false if not all digits.
static bool digits(nf_sv s, size_t *i, size_t n, int *out) {
  if (*i + n > s.n) return false;
  int v = 0;
  for (size_t k = 0; k < n; k++) {
    unsigned char c = (unsigned char)s.p[*i + k];
    if (!Nf_ascii_digit(c)) return false;
    v = v * 10 + (c - '0');
  }
  *i += n;
  *out = v;
  return true;
}

static bool parse_tz(nf_sv s, size_t *i, nf_datetime *t) {
  if (*i >= s.n) return true;
  char c = s.p[*i];
  if (c == 'Z' || c == 'z') {
    (*i)++;
    t->has_tz = true;
    t->tz_minutes = 0;
    return true;
  }
  if (c != '+' && c != '-') return false;
  (*i)++;
  int hh, mm = 0;
  if (!digits(s, i, 2, &hh)) return false;
  if (*i < s.n && s.p[*i] == ':') (*i)++;
  if (*i < s.n && !digits(s, i, 2, &mm)) return false;
  t->has_tz = true;
  t->tz_minutes = (int16_t)((c == '-' ? -1 : 1) * (hh * 60 + mm));
  return true;
}

bool Nf_datetime_parse_iso(nf_sv s, nf_datetime *out) {
  s = Nf_sv_trim(s);
  nf_datetime t = {0};
  size_t i = 0;
  int y, mo, d, h, mi, se;
  if (!digits(s, &i, 4, &y)) return false;
  t.year = (int16_t)y;
  t.precision = NF_PREC_YEAR;
  bool compact = i < s.n && Nf_ascii_digit((unsigned char)s.p[i]);
  if (i < s.n && (s.p[i] == '-' || compact)) {
    if (!compact) i++;
    if (!digits(s, &i, 2, &mo)) return false;
    t.month = (uint8_t)mo;
    t.precision = NF_PREC_MONTH;
    if (i < s.n && (s.p[i] == '-' || compact)) {
      if (!compact) i++;
      if (!digits(s, &i, 2, &d)) return false;
      t.day = (uint8_t)d;
      t.precision = NF_PREC_DAY;
      if (i < s.n && (s.p[i] == 'T' || s.p[i] == 't' || s.p[i] == ' ')) {
        i++;
        if (!digits(s, &i, 2, &h)) return false;
        t.hour = (uint8_t)h;
        t.precision = NF_PREC_HOUR;
        if (i < s.n && s.p[i] == ':') i++;
        if (i < s.n && Nf_ascii_digit((unsigned char)s.p[i])) {
          if (!digits(s, &i, 2, &mi)) return false;
          t.minute = (uint8_t)mi;
          t.precision = NF_PREC_MINUTE;
          if (i < s.n && s.p[i] == ':') i++;
          if (i < s.n && Nf_ascii_digit((unsigned char)s.p[i])) {
            if (!digits(s, &i, 2, &se)) return false;
            t.second = (uint8_t)se;
            t.precision = NF_PREC_SECOND;
            if (i < s.n && (s.p[i] == '.' || s.p[i] == ',')) {
              i++;
              while (i < s.n && Nf_ascii_digit((unsigned char)s.p[i])) i++;
            }
          }
        }
        if (i < s.n && s.p[i] == ' ') i++;
        if (!parse_tz(s, &i, &t)) return false;
      }
    }
  }
  if (i != s.n || !Nf_datetime_valid(&t)) return false;
  *out = t;
  return true;
}

static const char *const MONTHS[12] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
static const char *const WEEKDAYS[7] = {"monday",   "tuesday", "wednesday",
                                        "thursday", "friday",  "saturday",
                                        "sunday"};

static int match_name(nf_sv s, const char *const *names, int count) {
  if (s.n && s.p[s.n - 1] == '.') s.n--;
  if (s.n < 3) return -1;
  for (int k = 0; k < count; k++) {
    nf_sv full = Nf_sv_cstr(names[k]);
    if (Nf_sv_ieq(s, full)) return k;
    if (s.n <= full.n && Nf_sv_istarts(full, s) &&
        (s.n == 3 || (s.n == 4 && (k == 8 || names == WEEKDAYS))))
      return k;  // "Mar", "Sept", "Tues", "Thur"
  }
  return -1;
}

int Nf_month_from_name(nf_sv s) {
  int k = match_name(s, MONTHS, 12);
  return k < 0 ? 0 : k + 1;
}

int Nf_weekday_from_name(nf_sv s) {
  return match_name(s, WEEKDAYS, 7);
}

// Token scanner over free date text: words, numbers, separators.
typedef struct {
  nf_sv s;
  size_t i;
} scan;

static bool next_token(scan *sc, nf_sv *tok, bool *num) {
  while (sc->i < sc->s.n) {
    unsigned char c = (unsigned char)sc->s.p[sc->i];
    if (Nf_ascii_alpha(c) || Nf_ascii_digit(c) || c == '+' || c == '-') break;
    sc->i++;
  }
  if (sc->i >= sc->s.n) return false;
  size_t b = sc->i;
  unsigned char c = (unsigned char)sc->s.p[b];
  if (c == '+' || c == '-') {
    sc->i++;
    *tok = Nf_sv(sc->s.p + b, 1);
    *num = false;
    return true;
  }
  *num = Nf_ascii_digit(c);
  while (sc->i < sc->s.n) {
    c = (unsigned char)sc->s.p[sc->i];
    if (*num ? !Nf_ascii_digit(c) : !(Nf_ascii_alpha(c) || c == '.')) break;
    sc->i++;
  }
  *tok = Nf_sv(sc->s.p + b, sc->i - b);
  return true;
}

static int to_int(nf_sv t) {
  int v = 0;
  for (size_t k = 0; k < t.n && k < 9; k++) v = v * 10 + (t.p[k] - '0');
  return v;
}

// Free-form: a month name with a day and a year in either order, and an
// optional "HH:MM[:SS]" with am/pm and a zone. Numeric-only day/month
// orders (03/04/2025) are refused: they cannot be told apart.
static bool parse_words(nf_sv s, nf_datetime *out) {
  nf_datetime t = {0};
  int day = 0, month = 0, year = 0;
  int hour = -1, minute = -1, second = -1;
  bool pm = false, am = false;
  scan sc = {s, 0};
  nf_sv tok;
  bool num;
  while (next_token(&sc, &tok, &num)) {
    if (num) {
      int v = to_int(tok);
      size_t after = sc.i;
      if (after < s.n && s.p[after] == ':' && hour < 0 && tok.n <= 2) {
        hour = v;
        sc.i++;
        if (!next_token(&sc, &tok, &num) || !num || tok.n != 2) return false;
        minute = to_int(tok);
        if (sc.i < s.n && s.p[sc.i] == ':') {
          sc.i++;
          if (next_token(&sc, &tok, &num) && num && tok.n == 2)
            second = to_int(tok);
        }
      } else if (tok.n == 4 && !year) {
        year = v;
      } else if (tok.n <= 2 && !day && v >= 1 && v <= 31) {
        day = v;
        // "10th", "1st"
        if (sc.i + 2 <= s.n) {
          nf_sv suf = Nf_sv(s.p + sc.i, 2);
          if (Nf_sv_ieq(suf, NF_SV_LIT("st")) ||
              Nf_sv_ieq(suf, NF_SV_LIT("nd")) ||
              Nf_sv_ieq(suf, NF_SV_LIT("rd")) ||
              Nf_sv_ieq(suf, NF_SV_LIT("th")))
            sc.i += 2;
        }
      } else if (tok.n == 4 && year && hour < 0) {
        return false;
      } else {
        return false;
      }
    } else {
      int m = Nf_month_from_name(tok);
      if (m && !month) {
        month = m;
      } else if (Nf_weekday_from_name(tok) >= 0) {
        continue;
      } else if (Nf_sv_ieq(tok, NF_SV_LIT("pm")) ||
                 Nf_sv_ieq(tok, NF_SV_LIT("p.m.")) ||
                 Nf_sv_ieq(tok, NF_SV_LIT("p.m"))) {
        pm = true;
      } else if (Nf_sv_ieq(tok, NF_SV_LIT("am")) ||
                 Nf_sv_ieq(tok, NF_SV_LIT("a.m.")) ||
                 Nf_sv_ieq(tok, NF_SV_LIT("a.m"))) {
        am = true;
      } else if (Nf_sv_ieq(tok, NF_SV_LIT("gmt")) ||
                 Nf_sv_ieq(tok, NF_SV_LIT("utc")) ||
                 Nf_sv_ieq(tok, NF_SV_LIT("z"))) {
        t.has_tz = true;
        t.tz_minutes = 0;
      } else if ((tok.p[0] == '+' || tok.p[0] == '-') && hour >= 0) {
        int sign = tok.p[0] == '-' ? -1 : 1;
        if (!next_token(&sc, &tok, &num) || !num) return false;
        int v = to_int(tok);
        if (tok.n == 4) {
          t.has_tz = true;
          t.tz_minutes = (int16_t)(sign * ((v / 100) * 60 + v % 100));
        } else if (tok.n <= 2) {
          int mm = 0;
          if (sc.i < s.n && s.p[sc.i] == ':') {
            sc.i++;
            nf_sv m2;
            if (next_token(&sc, &m2, &num) && num) mm = to_int(m2);
          }
          t.has_tz = true;
          t.tz_minutes = (int16_t)(sign * (v * 60 + mm));
        }
      } else if (Nf_sv_ieq(tok, NF_SV_LIT("at")) ||
                 Nf_sv_ieq(tok, NF_SV_LIT("of")) ||
                 Nf_sv_ieq(tok, NF_SV_LIT("the")) ||
                 Nf_sv_ieq(tok, NF_SV_LIT("on")) ||
                 Nf_sv_ieq(tok, NF_SV_LIT("-"))) {
        continue;
      } else if (tok.p[0] == '-' || tok.p[0] == '+') {
        continue;
      } else {
        return false;  // an unknown word: not a date string
      }
    }
  }
  if (!year || !month) return false;
  t.year = (int16_t)year;
  t.month = (uint8_t)month;
  t.precision = NF_PREC_MONTH;
  if (day) {
    t.day = (uint8_t)day;
    t.precision = NF_PREC_DAY;
    if (hour >= 0) {
      if (pm && hour < 12) hour += 12;
      if (am && hour == 12) hour = 0;
      t.hour = (uint8_t)hour;
      t.minute = (uint8_t)minute;
      t.precision = NF_PREC_MINUTE;
      if (second >= 0) {
        t.second = (uint8_t)second;
        t.precision = NF_PREC_SECOND;
      }
    }
  }
  if (t.precision < NF_PREC_MINUTE) t.has_tz = false;
  if (!Nf_datetime_valid(&t)) return false;
  *out = t;
  return true;
}

bool Nf_datetime_parse_rfc2822(nf_sv s, nf_datetime *out) {
  return parse_words(Nf_sv_trim(s), out);
}

bool Nf_datetime_parse_any(nf_sv s, nf_datetime *out) {
  s = Nf_sv_trim(s);
  if (Nf_datetime_parse_iso(s, out)) return true;
  return parse_words(s, out);
}

size_t Nf_datetime_format(const nf_datetime *t, char *out, size_t cap) {
  int n = 0;
  if (!cap) return 0;
  switch (t->precision) {
    case NF_PREC_NONE: out[0] = 0; return 0;
    case NF_PREC_YEAR: n = snprintf(out, cap, "%04d", t->year); break;
    case NF_PREC_MONTH:
      n = snprintf(out, cap, "%04d-%02d", t->year, t->month);
      break;
    case NF_PREC_DAY:
      n = snprintf(out, cap, "%04d-%02d-%02d", t->year, t->month, t->day);
      break;
    case NF_PREC_HOUR:
    case NF_PREC_MINUTE:
      n = snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d", t->year, t->month,
                   t->day, t->hour, t->minute);
      break;
    default:
      n = snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d:%02d", t->year, t->month,
                   t->day, t->hour, t->minute, t->second);
      break;
  }
  if (n < 0) return 0;
  size_t len = (size_t)n < cap ? (size_t)n : cap - 1;
  if (t->has_tz && t->precision >= NF_PREC_HOUR && len + 7 <= cap) {
    int m = t->tz_minutes;
    if (m == 0) {
      n = snprintf(out + len, cap - len, "Z");
    } else {
      char sign = m < 0 ? '-' : '+';
      if (m < 0) m = -m;
      n = snprintf(out + len, cap - len, "%c%02d:%02d", sign, m / 60, m % 60);
    }
    if (n > 0) len += (size_t)n;
  }
  return len;
}
