// Qualified figures as intervals. The widths are conventions of news
// writing, not of arithmetic: a reporter writes "over 1,000" for 1,018 but
// not for 5,000 (they would write "over 5,000"), so "over" and "at least"
// are bounded above at twice the number; "nearly" and "almost" round up
// from at most 15% below; "about" allows 10% either way (and at least one
// unit, so "about 5" allows 4 to 6).
#include <math.h>

#include "model/account.h"
#include "model/fact.h"
#include "reconcile/reconcile.h"

static nf_ival ival(double lo, double hi, bool lo_open, bool hi_open) {
  return (nf_ival){lo, hi, lo_open, hi_open};
}

bool Nf_rc_interval(uint8_t qualifier, double value, double low, double high,
                    nf_ival *out) {
  bool has_v = isfinite(value), has_lo = isfinite(low), has_hi = isfinite(high);
  switch (qualifier) {
    case NF_Q_EXACT:
      if (!has_v) break;
      *out = ival(value, value, false, false);
      return true;
    case NF_Q_OVER:
      if (!has_v) break;
      *out = ival(value, value * 2, true, false);
      return true;
    case NF_Q_AT_LEAST:
      if (!has_v) break;
      *out = ival(value, value * 2, false, false);
      return true;
    case NF_Q_NEARLY:
      if (!has_v) break;
      *out = ival(value * 0.85, value, false, true);
      return true;
    case NF_Q_ABOUT: {
      if (!has_v) break;
      double d = fmax(value * 0.1, 1);
      *out = ival(fmax(0, value - d), value + d, false, false);
      return true;
    }
    case NF_Q_UP_TO:
      if (!has_v) break;
      *out = ival(0, value, false, false);
      return true;
    default: break;
  }
  // Ranges and vague counts ("dozens", "thousands"), and any qualifier
  // whose value is missing: the bounds given.
  if (has_lo && has_hi) {
    *out = ival(fmin(low, high), fmax(low, high), false, false);
    return true;
  }
  if (has_lo) {  // "thousands": at least the bound, under ten times it
    *out = ival(low, low * 10, false, true);
    return true;
  }
  if (has_v) {
    *out = ival(value, value, false, false);
    return true;
  }
  if (has_hi) {
    *out = ival(0, high, false, false);
    return true;
  }
  return false;
}

static bool below(double a, bool a_open, double b, bool b_open) {
  // Is an upper end a below a lower end b (no shared value)?
  return a < b || (a == b && (a_open || b_open));
}

bool Nf_rc_compatible(nf_ival a, nf_ival b) {
  return !below(a.hi, a.hi_open, b.lo, b.lo_open) &&
         !below(b.hi, b.hi_open, a.lo, a.lo_open);
}

bool Nf_rc_contains(nf_ival a, double v) {
  return Nf_rc_compatible(a, ival(v, v, false, false));
}

double Nf_rc_stated(uint8_t qualifier, double value, double low, double high) {
  return Nf_acc_stated(qualifier, value, low, high);
}
