// Calendar dates and times with the precision they are known to.
#ifndef NF_MODEL_DATETIME_H
#define NF_MODEL_DATETIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/str.h"

typedef enum nf_precision {
  NF_PREC_NONE = 0,  // unknown: printed as null
  NF_PREC_YEAR,
  NF_PREC_MONTH,
  NF_PREC_DAY,
  NF_PREC_HOUR,
  NF_PREC_MINUTE,
  NF_PREC_SECOND
} nf_precision;

typedef struct nf_datetime {
  int16_t year;
  uint8_t month, day;  // 1-based
  uint8_t hour, minute, second;
  uint8_t precision;  // nf_precision
  bool has_tz;
  int16_t tz_minutes;  // offset east of UTC
} nf_datetime;

// Days since 1970-01-01 of a proleptic Gregorian date, and back.
int64_t Nf_days_from_civil(int y, int m, int d);
void Nf_civil_from_days(int64_t days, int *y, int *m, int *d);
// 0 = Monday ... 6 = Sunday.
int Nf_weekday(int y, int m, int d);
int Nf_days_in_month(int y, int m);
// Fields in range for the precision.
bool Nf_datetime_valid(const nf_datetime *t);
// Compare at the coarser of the two precisions: <0, 0, >0.
int Nf_datetime_cmp(const nf_datetime *a, const nf_datetime *b);
// Shift a date by whole days (precision kept).
nf_datetime Nf_datetime_add_days(nf_datetime t, int64_t days);

// Parse ISO 8601 / RFC 3339: "2025", "2025-03", "2025-03-10",
// "2025-03-10T05:53", "2025-03-10 05:53:07.123+05:30", "...Z", "20250310".
// The whole of s (trimmed) must be a date. Returns false otherwise.
bool Nf_datetime_parse_iso(nf_sv s, nf_datetime *out);
// Parse RFC 2822 / HTTP dates: "Mon, 10 Mar 2025 05:53:00 GMT".
bool Nf_datetime_parse_rfc2822(nf_sv s, nf_datetime *out);
// Parse what is found in date metadata: ISO, RFC 2822, and the common
// "March 10, 2025", "10 March 2025 05:53", "10/03/2025"-free forms (numeric
// day/month orders are ambiguous and are not guessed).
bool Nf_datetime_parse_any(nf_sv s, nf_datetime *out);

// ISO 8601 to the known precision, with the offset when known
// ("2025-03-09T05:53", "2025-03-10", "2025-03-10T05:53:07+01:00").
// Writes at most cap bytes including the NUL; returns the length.
size_t Nf_datetime_format(const nf_datetime *t, char *out, size_t cap);

// Month number (1..12) from an English month name or its abbreviation
// ("March", "Mar", "Mar.", "Sept"), case-insensitive; 0 if none.
int Nf_month_from_name(nf_sv s);
// Weekday (0 = Monday) from an English name or abbreviation; -1 if none.
int Nf_weekday_from_name(nf_sv s);

#endif
