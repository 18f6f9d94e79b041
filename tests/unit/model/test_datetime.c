// Dates: parsing of metadata forms, formatting to the known precision,
// calendar arithmetic.
// cmocka needs these first; keep the order.
// clang-format off
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>
// clang-format on

#include "model/datetime.h"

static const struct {
  const char *in;
  const char *iso;  // NULL: must be refused
} PARSE[] = {
    {"2025-03-10", "2025-03-10"},
    {"2025-03-09T05:53", "2025-03-09T05:53"},
    {"2025-03-09T05:53:07Z", "2025-03-09T05:53:07Z"},
    {"2025-03-09T05:53:07.123+05:30", "2025-03-09T05:53:07+05:30"},
    {"2025-03-09 05:53:07", "2025-03-09T05:53:07"},
    {"20250310", "2025-03-10"},
    {"2025-03", "2025-03"},
    {"2025", "2025"},
    {"Mon, 10 Mar 2025 05:53:00 GMT", "2025-03-10T05:53:00Z"},
    {"09 March 2025 05:53", "2025-03-09T05:53"},
    {"March 10, 2025", "2025-03-10"},
    {"Sept. 3, 2024 at 4:05 p.m.", "2024-09-03T16:05"},
    {"10th March 2025", "2025-03-10"},
    {"Tue, 4 Feb 2020 10:00:00 +0100", "2020-02-04T10:00:00+01:00"},
    {"2025-02-30", NULL},
    {"2025-13-01", NULL},
    {"03/04/2025", NULL},
    {"yesterday", NULL},
    {"", NULL},
    {"March", NULL},
};

static void parse_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof PARSE / sizeof PARSE[0]; i++) {
    nf_datetime t;
    bool ok = Nf_datetime_parse_any(Nf_sv_cstr(PARSE[i].in), &t);
    if (!PARSE[i].iso) {
      if (ok) fail_msg("accepted %s", PARSE[i].in);
      continue;
    }
    if (!ok) fail_msg("refused %s", PARSE[i].in);
    char out[40];
    Nf_datetime_format(&t, out, sizeof out);
    assert_string_equal(out, PARSE[i].iso);
  }
}

static void calendar_arithmetic(void **state) {
  (void)state;
  assert_int_equal(Nf_days_from_civil(1970, 1, 1), 0);
  assert_int_equal(Nf_weekday(2025, 3, 6), 3);   // a Thursday
  assert_int_equal(Nf_weekday(2025, 3, 10), 0);  // a Monday
  int y, m, d;
  Nf_civil_from_days(Nf_days_from_civil(2024, 2, 28) + 1, &y, &m, &d);
  assert_int_equal(m * 100 + d, 229);
  nf_datetime t = {
      .year = 2025, .month = 12, .day = 31, .precision = NF_PREC_DAY};
  t = Nf_datetime_add_days(t, 1);
  assert_int_equal(t.year, 2026);
  assert_int_equal(t.month, 1);
  assert_int_equal(t.day, 1);
  assert_int_equal(Nf_month_from_name(NF_SV_LIT("Sept")), 9);
  assert_int_equal(Nf_month_from_name(NF_SV_LIT("mar.")), 3);
  assert_int_equal(Nf_month_from_name(NF_SV_LIT("ma")), 0);
  assert_int_equal(Nf_weekday_from_name(NF_SV_LIT("Thursday")), 3);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(parse_table),
      cmocka_unit_test(calendar_arithmetic),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
