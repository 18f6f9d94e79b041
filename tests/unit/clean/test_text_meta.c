// Metadata scanners of page text: bylines, datelines, dates glued to
// headlines, "Headline - Site" titles, relative times. Forms from many
// outlets and languages.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
// clang-format off
#include <cmocka.h>
// clang-format on

#include "clean/text.h"

static void iso(const nf_datetime *t, char *out, size_t cap) {
  if (t->precision == NF_PREC_NONE) {
    snprintf(out, cap, "-");
    return;
  }
  Nf_datetime_format(t, out, cap);
}

static const struct {
  const char *line;
  const char *names;  // NULL: not a byline
  const char *when;   // "-": no date
} BY[] = {
    {"By Staff, Agencies", "Staff, Agencies", "-"},
    {"By Jane Doe and John Roe | Reuters", "Jane Doe and John Roe", "-"},
    {"BY: Beachbody", "Beachbody", "-"},
    {"By Sean Martin", "Sean Martin", "-"},
    {"By JERUSALEM POST STAFF", "JERUSALEM POST STAFF", "-"},
    {"By Stefan Becket, Kathryn Watson, Grace Segers",
     "Stefan Becket, Kathryn Watson, Grace Segers", "-"},
    {"By Chris Pokorny @DawgsByNature Nov 18, 2019, 11:47am EST",
     "Chris Pokorny", "2019-11-18T11:47"},
    {"By John Smith, March 10, 2025", "John Smith", "2025-03-10"},
    {"By Anna Schmidt | 10.03.2025", "Anna Schmidt", "2025-03-10"},
    {"Written by Maria Garcia", "Maria Garcia", "-"},
    {"Posted by Ahmed Hassan on 2 May 2024", "Ahmed Hassan", "2024-05-02"},
    {"Von Anna Schmidt", "Anna Schmidt", "-"},
    {"Par Jean Dupont", "Jean Dupont", "-"},
    {"Por María José López", "María José López", "-"},
    {"Author: Ali bin Hassan", "Ali bin Hassan", "-"},
    {"Posted on Maret 30, 2015 by Admin", "Admin", "2015-03-30"},
    {"Published 10 May 2024 by Jane Doe", "Jane Doe", "2024-05-10"},
    {"By the end of the day, the toll had risen.", NULL, NULL},
    {"by car and on foot, thousands fled", NULL, NULL},
    {"Bystanders said the fire started at noon.", NULL, NULL},
    {"By", NULL, NULL},
};

static void byline_by_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof BY / sizeof BY[0]; i++) {
    nf_sv names;
    nf_datetime when;
    bool ok = Nf_scan_byline_by(Nf_sv_cstr(BY[i].line), &names, &when);
    if (!BY[i].names) {
      if (ok) fail_msg("byline accepted: %s", BY[i].line);
      continue;
    }
    if (!ok) fail_msg("byline refused: %s", BY[i].line);
    char got[200], w[48];
    snprintf(got, sizeof got, "%.*s", (int)names.n, names.p);
    assert_string_equal(got, BY[i].names);
    iso(&when, w, sizeof w);
    assert_string_equal(w, BY[i].when);
  }
}

static const struct {
  const char *line;
  const char *name;
  const char *when;
} DATED[] = {
    {"Amin Masoodi 09 March 2025 05:53", "Amin Masoodi", "2025-03-09T05:53"},
    {"Sarah E. Needleman Nov. 19, 2019 8:03 am ET", "Sarah E. Needleman",
     "2019-11-19T08:03"},
    {"Jean-Luc Martin | 3 avril 2024", "Jean-Luc Martin", "2024-04-03"},
    {"Breaking News 09 March 2025", NULL, NULL},
    {"Updated March 10, 2025", NULL, NULL},
    {"Syria Latakia 2025", NULL, NULL},
    {"The Observatory 09 March 2025", NULL, NULL},
};

static void byline_dated_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof DATED / sizeof DATED[0]; i++) {
    nf_sv name;
    nf_datetime when;
    bool ok = Nf_scan_byline_dated(Nf_sv_cstr(DATED[i].line), &name, &when);
    if (!DATED[i].name) {
      if (ok) fail_msg("dated byline accepted: %s", DATED[i].line);
      continue;
    }
    if (!ok) fail_msg("dated byline refused: %s", DATED[i].line);
    char got[200], w[48];
    snprintf(got, sizeof got, "%.*s", (int)name.n, name.p);
    assert_string_equal(got, DATED[i].name);
    iso(&when, w, sizeof w);
    assert_string_equal(w, DATED[i].when);
  }
}

static const struct {
  const char *line;
  const char *when;  // NULL: not a dateline; "-": relative, no date
} DATELINES[] = {
    {"Published: March 10, 2025", "2025-03-10"},
    {"March 10, 2025", "2025-03-10"},
    {"Nov. 19, 2019 8:03 am ET", "2019-11-19T08:03"},
    {"NOVEMBER 20, 2019 10:43", "2019-11-20T10:43"},
    {"Updated: 2025-03-10T05:53:00Z", "2025-03-10T05:53:00Z"},
    {"Mon 10 Mar 2025 05.53 GMT", "2025-03-10T05:53Z"},
    {"PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019",
     "2019-11-19T00:01"},
    {"First published on November 20, 2019 / 1:07 AM", "2019-11-20T01:07"},
    {"November 18, 2019 | 4:10pm", "2019-11-18T16:10"},
    {"Posted on Mon, 10 Mar 2025 05:53:07 +0100", "2025-03-10T05:53:07+01:00"},
    {"10 mars 2025", "2025-03-10"},
    {"Publié le 10 mars 2025 à 14h30", "2025-03-10T14:30"},
    {"Veröffentlicht am 10. März 2025, 14:30 Uhr", NULL},
    {"10. März 2025, 14:30", "2025-03-10T14:30"},
    {"10 de marzo de 2025", "2025-03-10"},
    {"10 марта 2025", "2025-03-10"},
    {"10.03.2025", "2025-03-10"},
    {"2025/03/10", "2025-03-10"},
    {"25/03/2025", "2025-03-25"},
    {"03/04/2025", NULL},
    {"Updated 3 hours ago", "-"},
    {"3 hours ago", "-"},
    {"Yesterday", "-"},
    {"il y a 2 heures", "-"},
    {"vor 5 Minuten", "-"},
    {"hace 3 días", "-"},
    {"Published 1 day ago", "-"},
    {"32M ago", "-"},
    {"March 2025", "2025-03"},
    {"May Day protests drew thousands", NULL},
    {"10 killed in March 2025 attack", NULL},
    {"2025", NULL},
    {"On Thursday, the government said", NULL},
};

static void dateline_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof DATELINES / sizeof DATELINES[0]; i++) {
    nf_datetime when;
    bool ok = Nf_scan_dateline(Nf_sv_cstr(DATELINES[i].line), &when);
    if (!DATELINES[i].when) {
      if (ok) fail_msg("dateline accepted: %s", DATELINES[i].line);
      continue;
    }
    if (!ok) fail_msg("dateline refused: %s", DATELINES[i].line);
    char w[48];
    iso(&when, w, sizeof w);
    if (strcmp(w, DATELINES[i].when) != 0)
      fail_msg("%s: got %s, want %s", DATELINES[i].line, w, DATELINES[i].when);
  }
}

static const struct {
  const char *line;
  const char *when;
  const char *rest;  // NULL: no date prefix
} PREFIX[] = {
    {" date 2025-03-10 Nearly 1,000 Civilians Massacred in Syria by HTS "
     "Forces: Monitor",
     "2025-03-10",
     "Nearly 1,000 Civilians Massacred in Syria by HTS Forces: Monitor"},
    {"10 March 2025 | Flood waters recede across the region", "2025-03-10",
     "Flood waters recede across the region"},
    {"Published 2025-03-10: Talks resume in Geneva", "2025-03-10",
     "Talks resume in Geneva"},
    {"5 killed in overnight strikes on the capital", NULL, NULL},
    {"March 2025 Review Of The Year", NULL, NULL},
    {"2025-03-10", NULL, NULL},
};

static void date_prefix_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof PREFIX / sizeof PREFIX[0]; i++) {
    nf_datetime when;
    nf_sv rest;
    bool ok = Nf_scan_date_prefix(Nf_sv_cstr(PREFIX[i].line), &when, &rest);
    if (!PREFIX[i].rest) {
      if (ok) fail_msg("date prefix accepted: %s", PREFIX[i].line);
      continue;
    }
    if (!ok) fail_msg("date prefix refused: %s", PREFIX[i].line);
    char w[48], got[200];
    iso(&when, w, sizeof w);
    assert_string_equal(w, PREFIX[i].when);
    snprintf(got, sizeof got, "%.*s", (int)rest.n, rest.p);
    assert_string_equal(got, PREFIX[i].rest);
  }
}

static const struct {
  const char *line;
  const char *title, *site;  // NULL: no site tail
} TITLES[] = {
    {"Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play - "
     "WSJ",
     "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play",
     "WSJ"},
    {"Meal Prep for A Little More Obsessed | The Beachbody Blog",
     "Meal Prep for A Little More Obsessed", "The Beachbody Blog"},
    {"Flood waters recede across the region \xE2\x80\x93 BBC News",
     "Flood waters recede across the region", "BBC News"},
    {"Brexit - what happens next?", NULL, NULL},
    {"A headline without a site", NULL, NULL},
};

static void title_site_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof TITLES / sizeof TITLES[0]; i++) {
    nf_sv t, s;
    bool ok = Nf_scan_title_site(Nf_sv_cstr(TITLES[i].line), &t, &s);
    if (!TITLES[i].title) {
      if (ok) fail_msg("title/site accepted: %s", TITLES[i].line);
      continue;
    }
    if (!ok) fail_msg("title/site refused: %s", TITLES[i].line);
    char a[200], b[80];
    snprintf(a, sizeof a, "%.*s", (int)t.n, t.p);
    snprintf(b, sizeof b, "%.*s", (int)s.n, s.p);
    assert_string_equal(a, TITLES[i].title);
    assert_string_equal(b, TITLES[i].site);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(byline_by_table),  cmocka_unit_test(byline_dated_table),
      cmocka_unit_test(dateline_table),   cmocka_unit_test(date_prefix_table),
      cmocka_unit_test(title_site_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
