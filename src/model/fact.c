#include "model/fact.h"

const char *Nf_qualifier_name(nf_qualifier q) {
  static const char *const names[NF_Q__COUNT] = {"exact",  "over",  "at_least",
                                                 "nearly", "about", "up_to",
                                                 "range",  "vague"};
  return (unsigned)q < NF_Q__COUNT ? names[q] : "exact";
}

const char *Nf_measure_name(nf_measure m) {
  static const char *const names[NF_M__COUNT] = {
      "none",     "killed", "injured", "missing", "displaced",
      "arrested", "buried", "money",   "share",   "other"};
  return (unsigned)m < NF_M__COUNT ? names[m] : "other";
}

const char *Nf_category_name(nf_category c) {
  static const char *const names[NF_C__COUNT] = {
      "all", "civilians", "security_forces", "fighters", "children", "women",
      "men", "other"};
  return (unsigned)c < NF_C__COUNT ? names[c] : "other";
}
