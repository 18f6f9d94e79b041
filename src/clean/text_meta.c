// Metadata scanners over one line of page text: bylines, datelines, a
// date glued to a headline, "Headline - Site" titles, relative times.
// Dates are read in the common written forms of several languages; a
// numeric day/month order that cannot be told apart is refused, and a
// relative time ("3 hours ago") is recognised but never turned into a
// date.
#include <string.h>
#include <utf8proc.h>

#include "clean/text.h"
#include "core/utf8.h"

// ------------------------------------------------------------ utilities

static nf_sv lower_copy(nf_sv s, char *buf, size_t cap) {
  size_t i = 0, n = 0;
  while (i < s.n) {
    uint32_t cp;
    i += Nf_utf8_decode(s.p + i, s.n - i, &cp);
    if (cp == 0x2019) cp = '\'';
    cp = (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
    char tmp[4];
    size_t k = Nf_utf8_encode(cp, tmp);
    if (n + k >= cap) break;
    memcpy(buf + n, tmp, k);
    n += k;
  }
  buf[n] = 0;
  return Nf_sv(buf, n);
}

static bool is_letter(uint32_t cp) {
  utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}
static bool is_upper(uint32_t cp) {
  utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}
static bool is_cased_lower(uint32_t cp) {
  return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LL;
}

static bool word_in(nf_sv w, const char *const *list) {
  for (; *list; list++)
    if (Nf_sv_eq(w, Nf_sv_cstr(*list))) return true;
  return false;
}

// Byte length of a separator between a date and what follows, at s.
static size_t sep_len(nf_sv s) {
  static const char *const SEPS[] = {"|",
                                     ",",
                                     "-",
                                     "/",
                                     ":",
                                     ";",
                                     "\xE2\x80\x93",
                                     "\xE2\x80\x94",
                                     "\xC2\xB7",
                                     "\xE2\x80\xA2",
                                     "(",
                                     ")",
                                     "\xC2\xBB",
                                     NULL};
  for (const char *const *p = SEPS; *p; p++) {
    size_t n = strlen(*p);
    if (s.n >= n && memcmp(s.p, *p, n) == 0) return n;
  }
  return 0;
}

// Skip white space and separators.
static nf_sv skip_seps(nf_sv s) {
  for (;;) {
    s = Nf_sv_trim(s);
    size_t k = sep_len(s);
    if (!k) return s;
    s = Nf_sv(s.p + k, s.n - k);
  }
}

// ------------------------------------------------------------ date words

typedef struct month_name {
  const char *name;
  uint8_t month;
} month_name;

// Month names other than English (English goes through
// Nf_month_from_name), lower-case; genitive forms where a language uses
// them in dates.
static const month_name MONTHS[] = {{"janvier", 1},    {"janv", 1},
                                    {"février", 2},    {"févr", 2},
                                    {"fevrier", 2},    {"mars", 3},
                                    {"avril", 4},      {"avr", 4},
                                    {"mai", 5},        {"juin", 6},
                                    {"juillet", 7},    {"juil", 7},
                                    {"août", 8},       {"aout", 8},
                                    {"septembre", 9},  {"octobre", 10},
                                    {"novembre", 11},  {"décembre", 12},
                                    {"déc", 12},       {"decembre", 12},
                                    {"januar", 1},     {"jänner", 1},
                                    {"februar", 2},    {"märz", 3},
                                    {"mär", 3},        {"juni", 6},
                                    {"juli", 7},       {"oktober", 10},
                                    {"okt", 10},       {"dezember", 12},
                                    {"dez", 12},       {"enero", 1},
                                    {"febrero", 2},    {"marzo", 3},
                                    {"abril", 4},      {"mayo", 5},
                                    {"junio", 6},      {"julio", 7},
                                    {"agosto", 8},     {"septiembre", 9},
                                    {"setiembre", 9},  {"octubre", 10},
                                    {"noviembre", 11}, {"diciembre", 12},
                                    {"ene", 1},        {"abr", 4},
                                    {"ago", 8},        {"dic", 12},
                                    {"gennaio", 1},    {"febbraio", 2},
                                    {"aprile", 4},     {"maggio", 5},
                                    {"giugno", 6},     {"luglio", 7},
                                    {"settembre", 9},  {"ottobre", 10},
                                    {"dicembre", 12},  {"gen", 1},
                                    {"giu", 6},        {"lug", 7},
                                    {"set", 9},        {"ott", 10},
                                    {"janeiro", 1},    {"fevereiro", 2},
                                    {"março", 3},      {"maio", 5},
                                    {"junho", 6},      {"julho", 7},
                                    {"setembro", 9},   {"outubro", 10},
                                    {"novembro", 11},  {"dezembro", 12},
                                    {"fev", 2},        {"out", 10},
                                    {"januari", 1},    {"februari", 2},
                                    {"maart", 3},      {"mei", 5},
                                    {"augustus", 8},   {"mrt", 3},
                                    {"января", 1},     {"февраля", 2},
                                    {"марта", 3},      {"апреля", 4},
                                    {"мая", 5},        {"июня", 6},
                                    {"июля", 7},       {"августа", 8},
                                    {"сентября", 9},   {"октября", 10},
                                    {"ноября", 11},    {"декабря", 12},
                                    {"январь", 1},     {"февраль", 2},
                                    {"март", 3},       {"апрель", 4},
                                    {"май", 5},        {"июнь", 6},
                                    {"июль", 7},       {"август", 8},
                                    {"сентябрь", 9},   {"октябрь", 10},
                                    {"ноябрь", 11},    {"декабрь", 12},
                                    {"ocak", 1},       {"şubat", 2},
                                    {"mart", 3},       {"nisan", 4},
                                    {"mayıs", 5},      {"haziran", 6},
                                    {"temmuz", 7},     {"ağustos", 8},
                                    {"eylül", 9},      {"ekim", 10},
                                    {"kasım", 11},     {"aralık", 12},
                                    {"maret", 3},      {"agustus", 8},
                                    {"desember", 12},  {"des", 12},
                                    {"stycznia", 1},   {"lutego", 2},
                                    {"marca", 3},      {"kwietnia", 4},
                                    {"maja", 5},       {"czerwca", 6},
                                    {"lipca", 7},      {"sierpnia", 8},
                                    {"września", 9},   {"października", 10},
                                    {"listopada", 11}, {"grudnia", 12},
                                    {"augusti", 8},    {"maj", 5},
                                    {"يناير", 1},      {"فبراير", 2},
                                    {"مارس", 3},       {"أبريل", 4},
                                    {"إبريل", 4},      {"مايو", 5},
                                    {"يونيو", 6},      {"يوليو", 7},
                                    {"أغسطس", 8},      {"سبتمبر", 9},
                                    {"أكتوبر", 10},    {"نوفمبر", 11},
                                    {"ديسمبر", 12},    {NULL, 0}};

static int month_of(nf_sv lw) {
  int m = Nf_month_from_name(lw);
  if (m) return m;
  if (lw.n && lw.p[lw.n - 1] == '.') lw.n--;
  for (const month_name *p = MONTHS; p->name; p++)
    if (Nf_sv_eq(lw, Nf_sv_cstr(p->name))) return p->month;
  return 0;
}

static const char *const WEEKDAYS[] = {
    "lundi",         "mardi",        "mercredi",     "jeudi",
    "vendredi",      "samedi",       "dimanche",     "montag",
    "dienstag",      "mittwoch",     "donnerstag",   "freitag",
    "samstag",       "sonntag",      "lunes",        "martes",
    "miércoles",     "jueves",       "viernes",      "sábado",
    "domingo",       "lunedì",       "martedì",      "mercoledì",
    "giovedì",       "venerdì",      "sabato",       "domenica",
    "segunda-feira", "terça-feira",  "quarta-feira", "quinta-feira",
    "sexta-feira",   "maandag",      "dinsdag",      "woensdag",
    "donderdag",     "vrijdag",      "zaterdag",     "zondag",
    "понедельник",   "вторник",      "среда",        "четверг",
    "пятница",       "суббота",      "воскресенье",  "pazartesi",
    "salı",          "çarşamba",     "perşembe",     "cuma",
    "cumartesi",     "pazar",        "senin",        "selasa",
    "rabu",          "kamis",        "jumat",        "sabtu",
    "minggu",        "poniedziałek", "wtorek",       "środa",
    "czwartek",      "piątek",       "sobota",       "niedziela",
    "måndag",        "tisdag",       "onsdag",       "torsdag",
    "fredag",        "lördag",       "söndag",       NULL};

// Small words that may sit inside a written date.
static const char *const DATE_FILLERS[] = {
    "de",  "del", "le",   "el",   "am",    "um",  "à",    "a",
    "las", "los", "às",   "as",   "alle",  "ore", "om",   "в",
    "г",   "г.",  "года", "saat", "pukul", "o",   "godz", "godz.",
    "kl",  "kl.", "klo",  "at",   "on",    "the", "of",   "den",
    "der", "il",  "lúc",  "ngày", "tháng", "năm", NULL};

// Zone abbreviations read past without an offset (their offsets depend on
// the season and the country).
static const char *const ZONES[] = {
    "et",  "est", "edt",  "ct",  "cst",  "cdt",  "mt",   "mst", "mdt",  "pt",
    "pst", "pdt", "bst",  "cet", "cest", "eet",  "eest", "ist", "aest", "aedt",
    "jst", "kst", "msk",  "wib", "hkt",  "sgt",  "sast", "eat", "wat",  "pkt",
    "gst", "ast", "akst", "hst", "mez",  "mesz", NULL};

static bool all_digits(nf_sv t) {
  if (!t.n) return false;
  for (size_t i = 0; i < t.n; i++)
    if (!Nf_ascii_digit((unsigned char)t.p[i])) return false;
  return true;
}

static int num(nf_sv t) {
  int v = 0;
  for (size_t i = 0; i < t.n && i < 6; i++) v = v * 10 + (t.p[i] - '0');
  return v;
}

// Split "a<sep>b<sep>c" into three digit runs.
static bool three_parts(nf_sv t, char sep, nf_sv part[3]) {
  size_t k = 0, b = 0;
  for (size_t i = 0; i <= t.n; i++) {
    if (i == t.n || t.p[i] == sep) {
      if (k >= 3) return false;
      part[k++] = Nf_sv(t.p + b, i - b);
      b = i + 1;
    }
  }
  return k == 3 && all_digits(part[0]) && all_digits(part[1]) &&
         all_digits(part[2]);
}

typedef struct date_acc {
  int year, month, day, hour, minute, second;
  bool am, pm, has_tz;
  int tz;
} date_acc;

// "5:53", "05:53:07", "5:53pm", "05h53".
static bool scan_clock(nf_sv t, date_acc *d) {
  size_t i = 0;
  while (i < t.n && Nf_ascii_digit((unsigned char)t.p[i])) i++;
  if (i == 0 || i > 2 || i >= t.n || (t.p[i] != ':' && t.p[i] != 'h'))
    return false;
  int h = num(Nf_sv(t.p, i));
  size_t j = i + 1;
  size_t m0 = j;
  while (j < t.n && Nf_ascii_digit((unsigned char)t.p[j])) j++;
  if (j - m0 != 2) return false;
  int m = num(Nf_sv(t.p + m0, 2)), sec = -1;
  if (j < t.n && t.p[j] == ':') {
    size_t s0 = ++j;
    while (j < t.n && Nf_ascii_digit((unsigned char)t.p[j])) j++;
    if (j - s0 != 2) return false;
    sec = num(Nf_sv(t.p + s0, 2));
  }
  // Fractions of seconds and a glued am/pm.
  if (j < t.n && t.p[j] == '.') {
    j++;
    while (j < t.n && Nf_ascii_digit((unsigned char)t.p[j])) j++;
  }
  nf_sv tail = Nf_sv(t.p + j, t.n - j);
  if (tail.n) {
    if (Nf_sv_ieq(tail, NF_SV_LIT("am")) || Nf_sv_ieq(tail, NF_SV_LIT("a.m.")))
      d->am = true;
    else if (Nf_sv_ieq(tail, NF_SV_LIT("pm")) ||
             Nf_sv_ieq(tail, NF_SV_LIT("p.m.")))
      d->pm = true;
    else if (Nf_sv_ieq(tail, NF_SV_LIT("z")))
      d->has_tz = true, d->tz = 0;
    else
      return false;
  }
  if (h > 23 || m > 59 || sec > 59) return false;
  d->hour = h;
  d->minute = m;
  d->second = sec;
  return true;
}

// Read a written date from the start of s: day, month (a name or in a
// numeric form that is not ambiguous), year, and optionally a time. *end
// gets the byte length read. Needs at least a month and a year.
static bool scan_date(nf_sv s, nf_datetime *out, size_t *end) {
  date_acc d = {0, 0, 0, -1, -1, -1, false, false, false, 0};
  size_t i = 0, last = 0;
  bool have_date_token = false;
  for (int guard = 0; guard < 24; guard++) {
    // Separators between tokens.
    for (;;) {
      while (i < s.n && (s.p[i] == ' ' || s.p[i] == '\t')) i++;
      size_t k = sep_len(Nf_sv(s.p + i, s.n - i));
      if (!k) break;
      // "-" and "/" glued to a digit belong to the token ("-05:00").
      if ((s.p[i] == '-' || s.p[i] == '+') && i + 1 < s.n &&
          Nf_ascii_digit((unsigned char)s.p[i + 1]))
        break;
      i += k;
    }
    if (i >= s.n) break;
    size_t b = i;
    while (i < s.n && s.p[i] != ' ' && s.p[i] != ',' && s.p[i] != '|' &&
           s.p[i] != '(' && s.p[i] != ')' &&
           !((unsigned char)s.p[i] == 0xC2 && i + 1 < s.n &&
             ((unsigned char)s.p[i + 1] == 0xB7 ||
              (unsigned char)s.p[i + 1] == 0xBB)) &&
           !((unsigned char)s.p[i] == 0xE2 && i + 2 < s.n &&
             (unsigned char)s.p[i + 1] == 0x80 &&
             ((unsigned char)s.p[i + 2] == 0xA2 ||
              (unsigned char)s.p[i + 2] == 0x93 ||
              (unsigned char)s.p[i + 2] == 0x94)))
      i++;
    nf_sv t = Nf_sv(s.p + b, i - b);
    // A trailing period or colon closes the token ("10.", "2025:").
    nf_sv core = t;
    while (core.n && (core.p[core.n - 1] == '.' || core.p[core.n - 1] == ':'))
      core.n--;
    char lb[64];
    nf_sv lw = lower_copy(core.n < 60 ? core : Nf_sv(core.p, 0), lb, sizeof lb);
    bool took = true;
    nf_sv part[3];
    nf_datetime iso;
    if (core.n && Nf_ascii_digit((unsigned char)core.p[0])) {
      if (!have_date_token && core.n >= 10 &&
          Nf_datetime_parse_iso(core, &iso) && iso.precision >= NF_PREC_DAY) {
        d.year = iso.year, d.month = iso.month, d.day = iso.day;
        if (iso.precision >= NF_PREC_HOUR) {
          d.hour = iso.hour, d.minute = iso.minute;
          d.second = iso.precision >= NF_PREC_SECOND ? iso.second : -1;
          d.has_tz = iso.has_tz, d.tz = iso.tz_minutes;
        }
        have_date_token = true;
      } else if (!have_date_token && (three_parts(core, '/', part) ||
                                      three_parts(core, '.', part) ||
                                      three_parts(core, '-', part))) {
        char sep = core.p[part[0].n];
        int a = num(part[0]), m = num(part[1]), c = num(part[2]);
        if (part[0].n == 4 && part[2].n <= 2) {  // 2025/03/10
          d.year = a, d.month = m, d.day = c;
        } else if (part[2].n == 4 && part[0].n <= 2 && part[1].n <= 2) {
          if (sep == '.' || a > 12) {  // 10.03.2025: day first by form
            d.day = a, d.month = m, d.year = c;
          } else if (m > 12) {  // 03/25/2025
            d.month = a, d.day = m, d.year = c;
          } else {
            return false;  // 03/04/2025: cannot be told apart
          }
        } else {
          took = false;
        }
        if (took) have_date_token = true;
      } else if (scan_clock(core, &d)) {
        // time read
      } else if (all_digits(core) && core.n == 4 && !d.year &&
                 num(core) >= 1900 && num(core) <= 2099) {
        d.year = num(core);
      } else if (d.day && d.month && d.year && d.hour < 0 && core.n >= 4 &&
                 core.n <= 5 && (core.p[1] == '.' || core.p[2] == '.')) {
        // "05.53" after a whole date: a time written with a dot.
        size_t dot = core.p[1] == '.' ? 1 : 2;
        nf_sv hh = Nf_sv(core.p, dot),
              mm = Nf_sv(core.p + dot + 1, core.n - dot - 1);
        if (all_digits(hh) && all_digits(mm) && mm.n == 2 && num(hh) < 24 &&
            num(mm) < 60)
          d.hour = num(hh), d.minute = num(mm);
        else
          took = false;
      } else {
        // "10", "10th", "1er", "10." (the period was cut off above).
        size_t k = 0;
        while (k < core.n && Nf_ascii_digit((unsigned char)core.p[k])) k++;
        nf_sv suf = Nf_sv(lw.p + k, lw.n - k);
        bool ord =
            !suf.n || Nf_sv_eq(suf, NF_SV_LIT("st")) ||
            Nf_sv_eq(suf, NF_SV_LIT("nd")) || Nf_sv_eq(suf, NF_SV_LIT("rd")) ||
            Nf_sv_eq(suf, NF_SV_LIT("th")) || Nf_sv_eq(suf, NF_SV_LIT("er")) ||
            Nf_sv_eq(suf, NF_SV_LIT("º"));
        int v = num(Nf_sv(core.p, k));
        if (ord && k <= 2 && !d.day && v >= 1 && v <= 31) {
          d.day = v;
        } else if ((Nf_sv_eq(suf, NF_SV_LIT("am")) ||
                    Nf_sv_eq(suf, NF_SV_LIT("pm"))) &&
                   k <= 2 && d.hour < 0 && v >= 1 && v <= 12) {
          d.hour = v, d.minute = 0;
          if (suf.p[0] == 'p')
            d.pm = true;
          else
            d.am = true;
        } else {
          took = false;
        }
      }
    } else if (core.n && (core.p[0] == '+' || core.p[0] == '-') &&
               d.hour >= 0 && core.n >= 3 && all_digits(Nf_sv(core.p + 1, 2))) {
      int sign = core.p[0] == '-' ? -1 : 1;
      int hh = num(Nf_sv(core.p + 1, 2)), mm = 0;
      nf_sv r = Nf_sv(core.p + 3, core.n - 3);
      if (r.n && r.p[0] == ':') r = Nf_sv(r.p + 1, r.n - 1);
      if (r.n == 2 && all_digits(r))
        mm = num(r);
      else if (r.n)
        took = false;
      if (took) d.has_tz = true, d.tz = sign * (hh * 60 + mm);
    } else if (lw.n) {
      int m = month_of(lw);
      // "May" is also a word: only a month next to a number.
      if (m && !d.month) {
        d.month = m;
      } else if (Nf_weekday_from_name(lw) >= 0 || word_in(lw, WEEKDAYS)) {
        took = true;
      } else if (Nf_sv_eq(lw, NF_SV_LIT("am")) && d.hour >= 0) {
        d.am = true;
      } else if ((Nf_sv_eq(lw, NF_SV_LIT("pm")) ||
                  Nf_sv_eq(lw, NF_SV_LIT("p.m")) ||
                  Nf_sv_eq(lw, NF_SV_LIT("a.m"))) &&
                 d.hour >= 0) {
        if (lw.p[0] == 'p')
          d.pm = true;
        else
          d.am = true;
      } else if ((Nf_sv_eq(lw, NF_SV_LIT("gmt")) ||
                  Nf_sv_eq(lw, NF_SV_LIT("utc")) ||
                  Nf_sv_eq(lw, NF_SV_LIT("z"))) &&
                 d.hour >= 0) {
        d.has_tz = true, d.tz = 0;
      } else if (lw.n > 3 &&
                 (Nf_sv_istarts(lw, NF_SV_LIT("gmt+")) ||
                  Nf_sv_istarts(lw, NF_SV_LIT("utc+")) ||
                  Nf_sv_istarts(lw, NF_SV_LIT("gmt-")) ||
                  Nf_sv_istarts(lw, NF_SV_LIT("utc-"))) &&
                 d.hour >= 0) {
        nf_sv r = Nf_sv(lw.p + 4, lw.n - 4);
        int sign = lw.p[3] == '-' ? -1 : 1;
        size_t c = 0;
        while (c < r.n && Nf_ascii_digit((unsigned char)r.p[c])) c++;
        if (c >= 1 && c <= 2) {
          int mm = 0;
          if (c < r.n && r.p[c] == ':' && r.n - c - 1 == 2)
            mm = num(Nf_sv(r.p + c + 1, 2));
          d.has_tz = true, d.tz = sign * (num(Nf_sv(r.p, c)) * 60 + mm);
        } else {
          took = false;
        }
      } else if (word_in(lw, ZONES) && d.hour >= 0) {
        took = true;
      } else if (word_in(lw, DATE_FILLERS)) {
        // read past, but a date may not end on a filler
        continue;
      } else {
        took = false;
      }
    } else {
      took = false;
    }
    if (!took) {
      i = b;
      break;
    }
    last = i;
  }
  if (!d.year || !d.month || d.month > 12) return false;
  nf_datetime t;
  memset(&t, 0, sizeof t);
  t.year = (int16_t)d.year;
  t.month = (uint8_t)d.month;
  t.precision = NF_PREC_MONTH;
  if (d.day) {
    t.day = (uint8_t)d.day;
    t.precision = NF_PREC_DAY;
    if (d.hour >= 0) {
      int h = d.hour;
      if (d.pm && h < 12) h += 12;
      if (d.am && h == 12) h = 0;
      t.hour = (uint8_t)h;
      t.minute = (uint8_t)d.minute;
      t.precision = NF_PREC_MINUTE;
      if (d.second >= 0) {
        t.second = (uint8_t)d.second;
        t.precision = NF_PREC_SECOND;
      }
      if (d.has_tz) t.has_tz = true, t.tz_minutes = (int16_t)d.tz;
    }
  }
  if (!Nf_datetime_valid(&t)) return false;
  *out = t;
  *end = last;
  return true;
}

// ------------------------------------------------------------- labels

// Words that introduce a date: "Published:", "Updated on", "Publié le".
static const char *const DATE_LABELS[] = {"first published on",
                                          "first published",
                                          "originally published on",
                                          "originally published",
                                          "last updated on",
                                          "last updated at",
                                          "last updated",
                                          "last modified on",
                                          "last modified",
                                          "published on",
                                          "published at",
                                          "published",
                                          "posted on",
                                          "posted at",
                                          "posted",
                                          "updated on",
                                          "updated at",
                                          "updated",
                                          "modified on",
                                          "modified",
                                          "created on",
                                          "created",
                                          "publication date",
                                          "date published",
                                          "date of publication",
                                          "release date",
                                          "dated",
                                          "date",
                                          "on",
                                          "publié le",
                                          "publié",
                                          "mis à jour le",
                                          "mis à jour",
                                          "veröffentlicht am",
                                          "veröffentlicht",
                                          "aktualisiert am",
                                          "aktualisiert",
                                          "stand",
                                          "publicado el",
                                          "publicado em",
                                          "publicado",
                                          "actualizado el",
                                          "actualizado",
                                          "atualizado em",
                                          "atualizado",
                                          "pubblicato il",
                                          "pubblicato",
                                          "aggiornato il",
                                          "aggiornato",
                                          "gepubliceerd op",
                                          "gepubliceerd",
                                          "bijgewerkt op",
                                          "bijgewerkt",
                                          "опубликовано",
                                          "обновлено",
                                          "تاريخ النشر",
                                          "نشر في",
                                          "نشر بتاريخ",
                                          "yayınlanma tarihi",
                                          "yayınlanma",
                                          "güncelleme",
                                          "diterbitkan",
                                          "diperbarui",
                                          "opublikowano",
                                          "aktualizacja",
                                          "publicerad",
                                          "uppdaterad",
                                          NULL};

// After a date label: the rest of the line, or the line itself.
static nf_sv strip_date_label(nf_sv s, bool *had) {
  char lb[160];
  nf_sv lc = lower_copy(Nf_sv(s.p, Nf_utf8_clip(s.p, s.n < 150 ? s.n : 150)),
                        lb, sizeof lb);
  *had = false;
  for (const char *const *p = DATE_LABELS; *p; p++) {
    nf_sv lab = Nf_sv_cstr(*p);
    if (lc.n < lab.n || memcmp(lc.p, lab.p, lab.n) != 0) continue;
    if (lc.n > lab.n) {
      uint32_t cp;
      Nf_utf8_decode(lc.p + lab.n, lc.n - lab.n, &cp);
      if (is_letter(cp)) continue;
    }
    // The label's bytes in the line must lower-case to the label (case
    // mapping may change byte lengths in a few scripts).
    char lb2[80];
    if (s.n < lab.n ||
        !Nf_sv_eq(lower_copy(Nf_sv(s.p, lab.n), lb2, sizeof lb2), lab))
      continue;
    *had = true;
    nf_sv r = Nf_sv(s.p + lab.n, s.n - lab.n);
    r = Nf_sv_trim(r);
    while (r.n && (r.p[0] == ':' || r.p[0] == '-' || r.p[0] == '|'))
      r = Nf_sv_trim(Nf_sv(r.p + 1, r.n - 1));
    return r;
  }
  return s;
}

// ------------------------------------------------------- relative times

static const char *const RELATIVE_DAYS[] = {
    "just now", "moments ago", "a moment ago", "yesterday", "today",
    "hier",     "aujourd'hui", "à l'instant",  "gestern",   "heute",
    "soeben",   "ayer",        "hoy",          "ieri",      "oggi",
    "ontem",    "hoje",        "gisteren",     "vandaag",   "вчера",
    "сегодня",  "أمس",         "اليوم",        "dün",       "bugün",
    "kemarin",  "hari ini",    "wczoraj",      "dzisiaj",   "igår",
    "idag",     NULL};
static const char *const RELATIVE_MARKS[] = {
    "ago", "il y a", "vor",  "hace", "fa",    "há",  "geleden", "назад",
    "منذ", "önce",   "lalu", "temu", "sedan", "för", NULL};
static const char *const TIME_UNITS[] = {
    "sec",   "min",    "hour",     "hr",      "day",    "week",   "month",
    "year",  "heure",  "jour",     "semaine", "mois",   "an",     "stunde",
    "tag",   "woche",  "monat",    "jahr",    "segund", "minut",  "hora",
    "día",   "dia",    "semana",   "mes",     "año",    "ano",    "ore",
    "ora",   "giorn",  "settiman", "uur",     "dag",    "weken",  "maand",
    "jaar",  "секунд", "минут",    "час",     "дн",     "день",   "недел",
    "месяц", "год",    "лет",      "دقيق",    "دقائق",  "ساع",    "يوم",
    "أيام",  "saniye", "dakika",   "saat",    "gün",    "hafta",  "ay",
    "yıl",   "detik",  "menit",    "jam",     "hari",   "minggu", "bulan",
    "tahun", "godzin", "dni",      "tygodni", "timm",   "veck",   "år",
    NULL};

bool Nf_scan_relative_time(nf_sv s) {
  char lb[200];
  s = Nf_sv_trim(s);
  if (!s.n || s.n > 120) return false;
  nf_sv lc = lower_copy(s, lb, sizeof lb);
  while (lc.n && (lc.p[lc.n - 1] == '.' || lc.p[lc.n - 1] == ')')) lc.n--;
  if (word_in(lc, RELATIVE_DAYS)) return true;
  // Words: a number (or "a", "an", "one"), a time unit, a marker; at most
  // eight words in all.
  bool unit = false, count = false;
  bool mark = Nf_sv_ifind(lc, NF_SV_LIT("il y a ")) >= 0;
  size_t i = 0, words = 0;
  while (i < lc.n) {
    while (i < lc.n && (lc.p[i] == ' ' || lc.p[i] == ',' || lc.p[i] == '('))
      i++;
    size_t b = i;
    while (i < lc.n && lc.p[i] != ' ' && lc.p[i] != ',') i++;
    if (i == b) break;
    nf_sv w = Nf_sv(lc.p + b, i - b);
    if (++words > 8) return false;
    if (all_digits(w) || Nf_sv_eq(w, NF_SV_LIT("a")) ||
        Nf_sv_eq(w, NF_SV_LIT("an")) || Nf_sv_eq(w, NF_SV_LIT("one")) ||
        Nf_sv_eq(w, NF_SV_LIT("few")))
      count = true;
    else if (word_in(w, RELATIVE_MARKS))
      mark = true;
    else {
      for (const char *const *u = TIME_UNITS; *u; u++)
        if (Nf_sv_istarts(w, Nf_sv_cstr(*u)) || Nf_sv_eq(w, Nf_sv_cstr(*u)))
          unit = true;
      // A number glued to its unit: "3h", "5min".
      if (!unit && w.n >= 2 && Nf_ascii_digit((unsigned char)w.p[0])) {
        size_t k = 0;
        while (k < w.n && Nf_ascii_digit((unsigned char)w.p[k])) k++;
        nf_sv u2 = Nf_sv(w.p + k, w.n - k);
        if (Nf_sv_eq(u2, NF_SV_LIT("h")) || Nf_sv_eq(u2, NF_SV_LIT("m")) ||
            Nf_sv_eq(u2, NF_SV_LIT("d")) || Nf_sv_eq(u2, NF_SV_LIT("min")) ||
            Nf_sv_eq(u2, NF_SV_LIT("hrs")) || Nf_sv_eq(u2, NF_SV_LIT("hr")))
          unit = count = true;
      }
    }
  }
  return unit && mark && count;
}

// ------------------------------------------------------------ datelines

static bool rest_is_empty_or_time(nf_sv rest) {
  rest = skip_seps(rest);
  if (!rest.n) return true;
  bool had;
  nf_sv r = strip_date_label(rest, &had);
  if (had && (!r.n || Nf_scan_relative_time(r))) return true;
  nf_datetime t;
  size_t e;
  if (had && scan_date(r, &t, &e) && !skip_seps(Nf_sv(r.p + e, r.n - e)).n)
    return true;
  return Nf_scan_relative_time(rest);
}

bool Nf_scan_dateline(nf_sv line, nf_datetime *when) {
  nf_sv s = Nf_sv_trim(line);
  if (!s.n || s.n > 200) return false;
  bool had;
  nf_sv r = strip_date_label(s, &had);
  memset(when, 0, sizeof *when);
  if (!r.n) return false;
  if (Nf_scan_relative_time(r)) return true;
  size_t e;
  nf_datetime t;
  if (!scan_date(r, &t, &e)) return false;
  if (!rest_is_empty_or_time(Nf_sv(r.p + e, r.n - e))) return false;
  *when = t;
  return true;
}

bool Nf_scan_date_prefix(nf_sv line, nf_datetime *when, nf_sv *rest) {
  nf_sv s = Nf_sv_trim(line);
  bool had;
  nf_sv r = strip_date_label(s, &had);
  nf_datetime t;
  size_t e;
  if (!r.n || !scan_date(r, &t, &e) || t.precision < NF_PREC_DAY) return false;
  nf_sv after = Nf_sv(r.p + e, r.n - e);
  nf_sv head = skip_seps(after);
  // A headline after it: several words starting with a capital (or in a
  // script without case).
  if (head.n < 12) return false;
  uint32_t cp;
  Nf_utf8_decode(head.p, head.n, &cp);
  if (!(is_upper(cp) || (is_letter(cp) && !is_cased_lower(cp)) ||
        (cp >= '0' && cp <= '9') || cp == '"' || cp == 0x201C))
    return false;
  size_t spaces = 0;
  for (size_t i = 0; i < head.n; i++) spaces += head.p[i] == ' ';
  if (spaces < 2) return false;
  *when = t;
  *rest = head;
  return true;
}

// ------------------------------------------------------------- bylines

static const char *const BY_LEADS[] = {
    "by",       "written by", "posted by", "reported by", "words by",
    "story by", "text by",    "report by", "author",      "authors",
    "byline",   "reporter",   "reporters", "von",         "par",
    "por",      "door",       "av",        "af",          "di",
    "da",       "autor",      "autore",    "auteur",      "автор",
    "بقلم",     "yazan",      "oleh",      "tekst",       "текст",
    NULL};
// Lead words that are also ordinary words: they need a colon or a name
// in capitals right after.
static const char *const NAME_JOINERS[] = {
    "and", "&",   "und", "et", "y",  "e",   "en",  "i",   "ve",  "dan",
    "och", "og",  "и",   "و",  "de", "van", "von", "der", "den", "da",
    "di",  "du",  "del", "la", "le", "al",  "el",  "bin", "ibn", "ben",
    "dos", "das", "ter", "st", "mc", "in",  "for", "at",  NULL};

// Names: 1-10 words, each capitalised (or a joiner, or in a script
// without case), at least one capitalised; commas, "|", "/" allowed.
static bool names_shape(nf_sv s, size_t *words_out) {
  size_t i = 0, words = 0, caps = 0;
  while (i < s.n) {
    uint32_t cp;
    size_t k = Nf_utf8_decode(s.p + i, s.n - i, &cp);
    if (cp == ' ' || cp == ',' || cp == '|' || cp == '/' || cp == '&' ||
        cp == ';' || cp == 0xB7 || cp == 0x2022) {
      i += k;
      continue;
    }
    size_t b = i;
    while (i < s.n) {
      k = Nf_utf8_decode(s.p + i, s.n - i, &cp);
      if (cp == ' ' || cp == ',' || cp == '|' || cp == '/' || cp == ';') break;
      i += k;
    }
    nf_sv w = Nf_sv(s.p + b, i - b);
    if (w.p[0] == '@') continue;  // a social handle beside the name
    words++;
    if (words > 10) return false;
    uint32_t c0;
    Nf_utf8_decode(w.p, w.n, &c0);
    char lb[32];
    nf_sv lw = lower_copy(Nf_sv(w.p, w.n < 24 ? w.n : 24), lb, sizeof lb);
    if (is_upper(c0)) {
      caps++;
    } else if (word_in(lw, NAME_JOINERS)) {
      // fine
    } else if (is_letter(c0) && !is_cased_lower(c0)) {
      caps++;  // Arabic, Hebrew, CJK names
    } else {
      return false;
    }
  }
  if (words_out) *words_out = words;
  return caps > 0;
}

// Cut a trailing date (and what follows it) off names.
static nf_sv cut_date(nf_sv names, nf_datetime *when) {
  for (size_t i = 0; i < names.n; i++) {
    if (i && names.p[i - 1] != ' ' && names.p[i - 1] != ',' &&
        names.p[i - 1] != '|')
      continue;
    nf_sv r = Nf_sv(names.p + i, names.n - i);
    nf_datetime t;
    bool had;
    nf_sv r2 = strip_date_label(r, &had);
    size_t e;
    if ((had && Nf_scan_relative_time(r2)) ||
        (scan_date(r2, &t, &e) &&
         rest_is_empty_or_time(Nf_sv(r2.p + e, r2.n - e)))) {
      if (!(had && Nf_scan_relative_time(r2))) *when = t;
      nf_sv n = Nf_sv(names.p, i);
      // Trailing separators.
      for (;;) {
        n = Nf_sv_trim(n);
        if (n.n &&
            (n.p[n.n - 1] == ',' || n.p[n.n - 1] == '|' ||
             n.p[n.n - 1] == '-' || n.p[n.n - 1] == '/' || n.p[n.n - 1] == ';'))
          n.n--;
        else if (n.n >= 2 && (unsigned char)n.p[n.n - 2] == 0xC2 &&
                 (unsigned char)n.p[n.n - 1] == 0xB7)
          n.n -= 2;
        else if (n.n >= 3 && (unsigned char)n.p[n.n - 3] == 0xE2 &&
                 (unsigned char)n.p[n.n - 2] == 0x80)
          n.n -= 3;
        else
          break;
      }
      return n;
    }
  }
  return names;
}

// "Posted on March 30, 2015 by Admin", "Published 10 May 2024 by Jane
// Doe": a dateline, then "by" and the names.
static bool dated_by(nf_sv s, nf_sv *names, nf_datetime *when) {
  for (size_t i = 1; i + 4 < s.n; i++) {
    if (s.p[i] != ' ' ||
        !Nf_sv_istarts(Nf_sv(s.p + i + 1, s.n - i - 1), NF_SV_LIT("by ")))
      continue;
    nf_datetime t;
    if (!Nf_scan_dateline(Nf_sv(s.p, i), &t) || t.precision == NF_PREC_NONE)
      continue;
    nf_sv n = Nf_sv_trim(Nf_sv(s.p + i + 4, s.n - i - 4));
    size_t words = 0;
    if (!n.n || !names_shape(n, &words) || words > 6) return false;
    *names = n;
    *when = t;
    return true;
  }
  return false;
}

bool Nf_scan_byline_by(nf_sv line, nf_sv *names, nf_datetime *when) {
  nf_sv s = Nf_sv_trim(line);
  memset(when, 0, sizeof *when);
  if (s.n < 4 || s.n > 200) return false;
  if (dated_by(s, names, when)) return true;
  char lb[64];
  nf_sv lc = lower_copy(Nf_sv(s.p, Nf_utf8_clip(s.p, s.n < 40 ? s.n : 40)), lb,
                        sizeof lb);
  for (const char *const *p = BY_LEADS; *p; p++) {
    nf_sv lead = Nf_sv_cstr(*p);
    if (lc.n <= lead.n || memcmp(lc.p, lead.p, lead.n) != 0) continue;
    // The original's lead has the same byte length when it is ASCII; for
    // the few non-ASCII leads, lower-casing keeps their length too.
    nf_sv r = Nf_sv(s.p + lead.n, s.n - lead.n);
    bool colon = false;
    if (r.n && r.p[0] == ':') colon = true, r = Nf_sv(r.p + 1, r.n - 1);
    if (!r.n || (r.p[0] != ' ' && !colon)) continue;
    r = Nf_sv_trim(r);
    if (r.n && r.p[0] == ':')
      colon = true, r = Nf_sv_trim(Nf_sv(r.p + 1, r.n - 1));
    // Short leads that are common words need the capitalised name
    // straight after ("By Staff", not "by the river").
    nf_datetime t;
    memset(&t, 0, sizeof t);
    nf_sv n = cut_date(r, &t);
    // "Jane Doe | Reuters": the names before a bar.
    const char *bar = memchr(n.p, '|', n.n);
    if (bar) n = Nf_sv_trim(Nf_sv(n.p, (size_t)(bar - n.p)));
    for (;;) {  // trailing separators and social handles
      while (n.n && (n.p[n.n - 1] == ',' || n.p[n.n - 1] == '-'))
        n = Nf_sv_trim(Nf_sv(n.p, n.n - 1));
      size_t sp = n.n;
      while (sp > 0 && n.p[sp - 1] != ' ') sp--;
      if (sp == 0 || n.p[sp] != '@') break;
      n = Nf_sv_trim(Nf_sv(n.p, sp - 1));
    }
    size_t words = 0;
    if (!n.n || !names_shape(n, &words)) continue;
    uint32_t c0;
    Nf_utf8_decode(n.p, n.n, &c0);
    if (!(is_upper(c0) || (is_letter(c0) && !is_cased_lower(c0)))) continue;
    if (n.p[n.n - 1] == '.' && words > 4) continue;
    (void)colon;
    *names = n;
    *when = t;
    return true;
  }
  return false;
}

// Words that look like names but start a label or a section.
static const char *const NOT_NAMES[] = {
    "published", "updated",  "posted",  "last",      "modified", "date",
    "created",   "breaking", "news",    "home",      "latest",   "world",
    "live",      "video",    "photo",   "by",        "on",       "at",
    "the",       "monday",   "tuesday", "wednesday", "thursday", "friday",
    "saturday",  "sunday",   "today",   "yesterday", NULL};

static bool english_stop(nf_sv lw) {
  int en = Nf_stop_lang_index("en");
  return en >= 0 && (Nf_stopword_langs(lw) >> en & 1u);
}

bool Nf_scan_byline_dated(nf_sv line, nf_sv *name, nf_datetime *when) {
  nf_sv s = Nf_sv_trim(line);
  memset(when, 0, sizeof *when);
  if (s.n < 8 || s.n > 160) return false;
  // Two to four capitalised words, then a date that ends the line.
  size_t i = 0, words = 0;
  while (i < s.n && words < 5) {
    size_t b = i;
    while (i < s.n && s.p[i] != ' ') i++;
    nf_sv w = Nf_sv(s.p + b, i - b);
    while (w.n && (w.p[w.n - 1] == ',' || w.p[w.n - 1] == '|')) w.n--;
    uint32_t c0;
    Nf_utf8_decode(w.p, w.n, &c0);
    char lb[40];
    nf_sv lw = lower_copy(Nf_sv(w.p, w.n < 30 ? w.n : 30), lb, sizeof lb);
    if (!w.n || !is_upper(c0) || month_of(lw) || word_in(lw, NOT_NAMES) ||
        english_stop(lw))
      break;
    // Letters (and inner dots or hyphens) only.
    bool letters = true;
    size_t j = 0;
    while (j < w.n) {
      uint32_t cp;
      j += Nf_utf8_decode(w.p + j, w.n - j, &cp);
      if (!is_letter(cp) && cp != '.' && cp != '-' && cp != '\'')
        letters = false;
    }
    if (!letters) break;
    words++;
    while (i < s.n && s.p[i] == ' ') i++;
    // The date may follow a separator.
    nf_sv rest = skip_seps(Nf_sv(s.p + i, s.n - i));
    if (words >= 2) {
      nf_datetime t;
      size_t e;
      bool had;
      nf_sv r2 = strip_date_label(rest, &had);
      if (scan_date(r2, &t, &e) && t.precision >= NF_PREC_DAY &&
          rest_is_empty_or_time(Nf_sv(r2.p + e, r2.n - e))) {
        nf_sv n = Nf_sv_trim(Nf_sv(s.p, (size_t)(w.p + w.n - s.p)));
        *name = n;
        *when = t;
        return true;
      }
    }
  }
  return false;
}

// --------------------------------------------------------------- titles

size_t Nf_title_sep_len(nf_sv s) {
  static const char *const SEPS[] = {
      " | ",  " - ",        " \xE2\x80\x93 ", " \xE2\x80\x94 ",
      " :: ", " \xC2\xB7 ", " // ",           " \xC2\xBB ",
      NULL};
  for (const char *const *p = SEPS; *p; p++) {
    size_t n = strlen(*p);
    if (s.n >= n && memcmp(s.p, *p, n) == 0) return n;
  }
  return 0;
}

bool Nf_scan_title_site(nf_sv line, nf_sv *title, nf_sv *site) {
  nf_sv s = Nf_sv_trim(line);
  // The last separator of any kind.
  long best = -1;
  size_t best_len = 0;
  for (size_t i = s.n; i-- > 0 && best < 0;) {
    best_len = Nf_title_sep_len(Nf_sv(s.p + i, s.n - i));
    if (best_len) best = (long)i;
  }
  if (best < 0) return false;
  nf_sv t = Nf_sv_trim(Nf_sv(s.p, (size_t)best));
  nf_sv st =
      Nf_sv_trim(Nf_sv(s.p + best + best_len, s.n - (size_t)best - best_len));
  size_t words = 0;
  for (size_t i = 0; i < st.n; i++)
    if (st.p[i] == ' ') words++;
  words++;
  if (!st.n || words > 5 || st.n > 48) return false;
  uint32_t last;
  size_t b = st.n;
  while (b > 0 && ((unsigned char)st.p[b - 1] & 0xC0) == 0x80) b--;
  if (b) b--;
  Nf_utf8_decode(st.p + b, st.n - b, &last);
  if (last == '.' && words > 2) return false;
  size_t twords = 1;
  for (size_t i = 0; i < t.n; i++)
    if (t.p[i] == ' ') twords++;
  if (twords < 3) return false;
  *title = t;
  *site = st;
  return true;
}
