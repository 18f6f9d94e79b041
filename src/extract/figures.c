// Figures: numbers that count people (or money, or a share) in a claim,
// with qualifier, measure, category, parts of wholes and superseded
// estimates. Attribution and hedges are added by sources.c.
//
// Every scanner here works on the tokens of one sentence, [a, b), and
// moves a cursor only when it reads something.
#include <math.h>
#include <string.h>

#include "extract/scan.h"

// A number phrase.
typedef struct numph {
  size_t q0;      // first token, qualifier words included
  size_t t0, t1;  // the number itself (currency, scale, unit included)
  size_t h0, h1;  // the noun phrase it counts ("government security
                  // personnel"), or h0 == h1
  size_t head;    // head noun token, or SIZE_MAX
  double value, low, high;
  uint8_t qual;
  bool spelled, vague, money, pct, range;
  const char *unit;
} numph;

static inline size_t LEN(const sc *c, size_t i) {
  return c->t[i].end - c->t[i].start;
}

// The value of a digit token: "1,018" -> 1018, "1.5" -> 1.5. Digits
// beyond 15 are not worth reading.
static double digits_value(const char *s, const nf_tok *t, bool *has_dot,
                           size_t *ndigits) {
  double v = 0, frac = 0, scale = 1;
  bool dot = false;
  size_t nd = 0;
  for (uint32_t i = t->start; i < t->end; i++) {
    char ch = s[i];
    if (ch == ',') continue;
    if (ch == '.') {
      dot = true;
      continue;
    }
    if (ch < '0' || ch > '9') break;
    nd++;
    if (nd > 15) continue;
    if (dot) {
      scale /= 10;
      frac += (ch - '0') * scale;
    } else {
      v = v * 10 + (ch - '0');
    }
  }
  *has_dot = dot;
  *ndigits = nd;
  return v + frac;
}

static bool is_currency_sym(uint32_t cp) {
  return cp == '$' || cp == 0x20AC || cp == 0xA3 || cp == 0xA5 ||
         cp == 0x20B9 || cp == 0x20BD || cp == 0x20A4;
}

static const char *currency_code(uint32_t cp) {
  switch (cp) {
    case '$': return "USD";
    case 0x20AC: return "EUR";
    case 0xA3:
    case 0x20A4: return "GBP";
    case 0xA5: return "JPY";
    case 0x20B9: return "INR";
    case 0x20BD: return "RUB";
    default: return NULL;
  }
}

// Word numbers: "nine", "twenty-five", "a dozen", "two hundred and fifty",
// "three million". Advances *i past them.
static bool scan_word_number(const sc *c, size_t *i, double *out) {
  size_t j = *i;
  double total = 0, cur = 0;
  bool any = false;
  if ((IS(c, j, "a") || IS(c, j, "an") || IS(c, j, "one")) &&
      (CL(c, j + 1) & L_SCALE) && LEN(c, j + 1) > 2) {
    cur = 1;
    j++;
  } else if (IS(c, j, "a") && IS(c, j + 1, "dozen")) {
    cur = 1;
    j++;
  } else if (IS(c, j, "half") && IS(c, j + 1, "a") && IS(c, j + 2, "dozen")) {
    *i = j + 3;
    *out = 6;
    return true;
  } else if (IS(c, j, "a") && IS(c, j + 1, "couple") && IS(c, j + 2, "of")) {
    *i = j + 3;
    *out = 2;
    return true;
  }
  while (j < c->b) {
    const nf_lex *l = LX(c, j);
    if (!l || c->t[j].kind != NF_TOK_WORD) break;
    if (l->cls & L_NUM) {
      if (Nf_tok_is(c->s, &c->t[j], "dozen")) {
        cur = (cur ? cur : 1) * 12;
      } else {
        if (any && cur && fmod(cur, 100) != 0 && l->num < 100 &&
            !(cur >= 20 && fmod(cur, 10) == 0 && l->num < 10))
          break;  // "two three" is not one number
        cur += l->num;
      }
      any = true;
      j++;
      // "twenty-five"
      if (HYPHEN(c, j) && GLUED(c, j) && GLUED(c, j + 1) &&
          (CL(c, j + 1) & L_NUM) && LX(c, j + 1)->num < 10) {
        cur += LX(c, j + 1)->num;
        j += 2;
      }
      continue;
    }
    if ((l->cls & L_SCALE) && LEN(c, j) > 2 && any) {
      cur *= l->num;
      if (l->num >= 1000) {
        total += cur;
        cur = 0;
      }
      j++;
      continue;
    }
    if (any && Nf_tok_is(c->s, &c->t[j], "and") && (CL(c, j + 1) & L_NUM) &&
        (total || cur >= 100)) {
      j++;
      continue;
    }
    break;
  }
  if (!any) return false;
  *out = total + cur;
  *i = j;
  return true;
}

// The core number at token i: digits with scale, currency, percent and
// range, or words, or a vague count. Fills t0, t1 and the values.
static bool scan_core(const sc *c, size_t i, numph *np) {
  memset(np, 0, sizeof *np);
  np->low = np->high = NAN;
  np->head = SIZE_MAX;
  np->q0 = np->t0 = i;
  size_t j = i;
  const nf_tok *t = &c->t[i];
  if (t->kind == NF_TOK_NUM) {
    bool dot;
    size_t nd;
    np->value = digits_value(c->s, t, &dot, &nd);
    j = i + 1;
    // Currency before: "$700", "US$5", "€3".
    if (i > c->a && c->t[i - 1].kind == NF_TOK_SYM &&
        is_currency_sym(c->t[i - 1].cp) && GLUED(c, i)) {
      np->money = true;
      np->unit = currency_code(c->t[i - 1].cp);
      np->t0 = i - 1;
      if (np->t0 > c->a && IS(c, np->t0 - 1, "us") && GLUED(c, np->t0))
        np->t0--;
    }
    // A glued scale or unit: "700m", "1.5bn", "5k".
    if (GLUED(c, j) && KIND(c, j, NF_TOK_WORD)) {
      const nf_lex *l = LX(c, j);
      if (l && (l->cls & L_SCALE)) {
        np->value *= l->num;
        j++;
      }
    }
    // A spelled scale: "1.5 million".
    if (!GLUED(c, j) && (CL(c, j) & L_SCALE) && LEN(c, j) > 2) {
      np->value *= LX(c, j)->num;
      j++;
    }
    // Range: "40-50", "40 to 50", "40 or 50" (with the first's scale).
    size_t k = j;
    bool dash = HYPHEN(c, k) && GLUED(c, k) && GLUED(c, k + 1);
    if ((dash || (IS(c, k, "to") || IS(c, k, "or") ||
                  (IS(c, k, "and") && IS(c, np->t0 - 1, "between")))) &&
        KIND(c, k + 1, NF_TOK_NUM) && !(dash && HYPHEN(c, k + 2))) {
      bool d2;
      size_t n2;
      double hi = digits_value(c->s, &c->t[k + 1], &d2, &n2);
      size_t m = k + 2;
      if (GLUED(c, m) && (CL(c, m) & L_SCALE))
        hi *= LX(c, m)->num, m++;
      else if (!GLUED(c, m) && (CL(c, m) & L_SCALE) && LEN(c, m) > 2)
        hi *= LX(c, m)->num, m++;
      else if (np->value < hi && hi < 1000 && np->value * 1000 <= hi * 1000 &&
               (CL(c, j - 1) & L_SCALE))
        hi *= LX(c, j - 1)->num;
      if (hi > np->value) {
        np->range = true;
        np->low = np->value;
        np->high = hi;
        j = m;
      }
    }
    // Money after: "700 dollars", "5 million euros".
    if (CL(c, j) & L_CURR) {
      np->money = true;
      np->unit = LX(c, j)->unit;
      j++;
    }
    // Percent: "12%", "12 percent", "12 per cent".
    if (KIND(c, j, NF_TOK_SYM) && c->t[j].cp == '%') {
      np->pct = true;
      j++;
    } else if (CL(c, j) & L_PCT) {
      np->pct = true;
      j++;
    } else if (IS(c, j, "per") && IS(c, j + 1, "cent")) {
      np->pct = true;
      j += 2;
    }
    if (np->pct) np->unit = "percent";
    np->t1 = j;
    return true;
  }
  if (t->kind != NF_TOK_WORD) return false;
  const nf_lex *l = Nf_lex_of(t);
  // Vague counts: "dozens", "hundreds", "tens of thousands".
  if (l && (l->cls & L_VAGUE)) {
    np->vague = true;
    np->low = l->num;
    j = i + 1;
    if (IS(c, j, "of") && (CL(c, j + 1) & L_VAGUE) &&
        LX(c, j + 1)->num > l->num) {
      np->low = l->num * LX(c, j + 1)->num;
      j += 2;
    }
    if (l->num == 10 && np->low == 10) return false;  // "tens" alone
    np->value = NAN;
    np->qual = NF_Q_VAGUE;
    np->t1 = j;
    return true;
  }
  double v;
  j = i;
  if (!scan_word_number(c, &j, &v)) return false;
  np->spelled = true;
  np->value = v;
  // "two or three", "five to ten"
  if ((IS(c, j, "or") || IS(c, j, "to")) && (CL(c, j + 1) & L_NUM)) {
    size_t m = j + 1;
    double hi;
    if (scan_word_number(c, &m, &hi) && hi > v) {
      np->range = true;
      np->low = v;
      np->high = hi;
      j = m;
    }
  }
  if (CL(c, j) & L_CURR) {
    np->money = true;
    np->unit = LX(c, j)->unit;
    j++;
  }
  if (CL(c, j) & L_PCT) {
    np->pct = true;
    np->unit = "percent";
    j++;
  }
  np->t1 = j;
  return true;
}

// Qualifier words before the number ("more than", "at least", "nearly",
// "an estimated", "up to", "between") and after it ("or more", "-plus").
static void scan_qualifier(const sc *c, numph *np) {
  size_t q = np->t0;
  uint8_t qual = NF_Q_EXACT;
  if (q >= c->a + 2 && IS(c, q - 1, "than") &&
      (IS(c, q - 2, "more") || IS(c, q - 2, "fewer") || IS(c, q - 2, "less"))) {
    qual = IS(c, q - 2, "more") ? NF_Q_OVER : NF_Q_UP_TO;
    q -= 2;
    if (IS(c, q - 1, "no") || IS(c, q - 1, "not")) {
      qual = IS(c, q, "more") ? NF_Q_UP_TO : NF_Q_AT_LEAST;
      q--;
    }
  } else if (q >= c->a + 2 && IS(c, q - 1, "least") && IS(c, q - 2, "at")) {
    qual = NF_Q_AT_LEAST;
    q -= 2;
  } else if (q >= c->a + 2 && IS(c, q - 1, "most") && IS(c, q - 2, "at")) {
    qual = NF_Q_UP_TO;
    q -= 2;
  } else if (q >= c->a + 2 && IS(c, q - 1, "to") && IS(c, q - 2, "up")) {
    qual = NF_Q_UP_TO;
    q -= 2;
  } else if (q >= c->a + 2 && IS(c, q - 1, "to") && IS(c, q - 2, "close")) {
    qual = NF_Q_NEARLY;
    q -= 2;
  } else if (q >= c->a + 3 && IS(c, q - 1, "as") && IS(c, q - 2, "many") &&
             IS(c, q - 3, "as")) {
    qual = NF_Q_UP_TO;
    q -= 3;
  } else if (q >= c->a + 2 && IS(c, q - 1, "of") &&
             (IS(c, q - 2, "upwards") || IS(c, q - 2, "excess"))) {
    qual = NF_Q_OVER;
    q -= 2;
    if (IS(c, q - 1, "in")) q--;
  } else if (q >= c->a + 2 && IS(c, q - 1, "of") &&
             (IS(c, q - 2, "minimum") || IS(c, q - 2, "maximum"))) {
    qual = IS(c, q - 2, "minimum") ? NF_Q_AT_LEAST : NF_Q_UP_TO;
    q -= 2;
    if (IS(c, q - 1, "a")) q--;
  } else if (q >= c->a + 2 && IS(c, q - 1, "estimated") &&
             (IS(c, q - 2, "an") || IS(c, q - 2, "some"))) {
    qual = NF_Q_ABOUT;
    q -= 2;
  } else if (q >= c->a + 2 && IS(c, q - 1, "under") && IS(c, q - 2, "just")) {
    qual = NF_Q_NEARLY;
    q -= 2;
  } else if (q >= c->a + 2 && IS(c, q - 1, "over") && IS(c, q - 2, "just")) {
    qual = NF_Q_OVER;
    q -= 2;
  } else if (q > c->a && (CL(c, q - 1) & L_QUAL) && LX(c, q - 1)->a &&
             !IS(c, q - 1, "up") && !IS(c, q - 1, "many") &&
             !IS(c, q - 1, "most") && !IS(c, q - 1, "least") &&
             !IS(c, q - 1, "close") && !IS(c, q - 1, "excess") &&
             !IS(c, q - 1, "minimum") && !IS(c, q - 1, "maximum") &&
             !IS(c, q - 1, "more") && !IS(c, q - 1, "fewer") &&
             !IS(c, q - 1, "less")) {
    qual = LX(c, q - 1)->a;
    q -= 1;
    if (qual == NF_Q_RANGE && !np->range) qual = NF_Q_EXACT, q++;
  }
  if (np->range) qual = NF_Q_RANGE;
  // After: "20 or more", "1,000-plus", "50 or so".
  size_t j = np->t1;
  if (IS(c, j, "or") && (IS(c, j + 1, "more") || IS(c, j + 1, "so"))) {
    if (!np->range) qual = IS(c, j + 1, "more") ? NF_Q_AT_LEAST : NF_Q_ABOUT;
    np->t1 = j + 2;
  } else if ((HYPHEN(c, j) && GLUED(c, j) && IS(c, j + 1, "plus")) ||
             IS(c, j, "plus")) {
    qual = NF_Q_OVER;
    np->t1 = j + (IS(c, j, "plus") ? 1 : 2);
  }
  if (np->vague) qual = NF_Q_VAGUE;
  np->qual = qual;
  np->q0 = q;
}

static bool street_word(const sc *c, size_t i) {
  return (CL(c, i) & L_STREET) != 0;
}

// Words before a number that make it a name or an identifier ("Route 9",
// "Channel 4", "No. 5", "Resolution 2254", "Flight 17").
static bool ident_word(const sc *c, size_t i) {
  return (CL(c, i) & L_IDENTW) != 0;
}

// An age set off by commas after a person, alone or in a list: "His son,
// 6, shot ...", "Marquise Hudson Jr., 2, was shot", "Two youths, 16 and
// 10, were killed", "the victims, 34, 29 and 19, were". The list is walked
// back over "NUM ," and "NUM and" pairs (at most 6) to its opening comma.
static bool appositive_age(const sc *c, const numph *np) {
  if (np->money || np->pct || np->vague || np->spelled || np->value >= 120 ||
      !KIND(c, np->t0, NF_TOK_NUM))
    return false;
  size_t j = np->t1;
  // "Italo Pisciotti, 79 (building manager)": a list of victims
  if (!(PUNCT(c, j, ',') || PUNCT(c, j, ')') || PUNCT(c, j, '.') ||
        PUNCT(c, j, '(') || IS(c, j, "and") || IS(c, j, "were") ||
        IS(c, j, "was")))
    return false;
  size_t s = np->t0;
  for (int n = 0; n < 6 && s >= c->a + 3 &&
                  (IS(c, s - 1, "and") || PUNCT(c, s - 1, ',')) &&
                  KIND(c, s - 2, NF_TOK_NUM) && LEN(c, s - 2) <= 3;
       n++)
    s -= 2;
  // "Davon Coleman, also 18,": an adverb between comma and age
  size_t comma = s - 1;
  bool adverb = false;
  if (s >= c->a + 3 && (IS(c, s - 1, "also") || IS(c, s - 1, "both") ||
                        IS(c, s - 1, "aged") || IS(c, s - 1, "age")))
    comma = s - 2, adverb = true;
  if (comma < c->a + 1 || !PUNCT(c, comma, ',')) return false;
  s = comma + 1;
  // "were" / "was" right after one lone number reads as a count
  // ("Of the victims, 12 were children"): only lists may end so.
  if ((IS(c, j, "were") || IS(c, j, "was")) && s == np->t0) return false;
  size_t p = s - 2;
  if (CL(c, p) & (L_MONTH | L_WDAY)) return false;
  // "Nathan Desai (w/m, 46)": a description in parentheses
  if (PUNCT(c, j, ')')) {
    for (size_t q = p; q > c->a && p - q < 5; q--)
      if (PUNCT(c, q, '(')) return true;
  }
  // "Jr.," / "Sr.,": the name goes on before the abbreviation
  if (PUNCT(c, p, '.') && p > c->a && CAP(c, p - 1)) return true;
  // "the death of Davon Coleman, also 18.": a name and an age word
  if (adverb && CAP(c, p)) return true;
  // a name ("Jones, 34 (shot at home)"): one number, as the older rule
  // reads it, but also before a parenthesis
  if (CAP(c, p) && p > c->a && PUNCT(c, np->t1, '(')) return true;
  return CL(c, p) & (L_PNOUN | L_PEOPLE);
}

static int forward_measure(const sc *c, size_t k, size_t *at);

// "Two teens who were shot in a triple shooting have died", "One of the
// victims who was shot in the head later died": the verb at `verb` is
// in a relative clause opening at `at` (after the counted words), and
// the count's own verb after it tells of deaths. Another count or a
// "where" between them takes that verb ("... were taken to a hospital,
// where one died").
static bool relative_then_died(const sc *c, size_t at, size_t verb) {
  if (!(IS(c, at, "who") || IS(c, at, "that")) || verb <= at) return false;
  size_t died = SIZE_MAX;
  if (forward_measure(c, verb + 1, &died) != NF_M_KILLED) return false;
  for (size_t k = verb + 1; k < died; k++)
    if (NUM(c, k) || (CL(c, k) & L_NUM) || IS(c, k, "where") ||
        IS(c, k, "while") || IS(c, k, "and"))
      return false;
  return true;
}

// A verb of dying that takes no object, so is never a participle of the
// noun before it ("two of the victims died", against "the victims
// killed").
static bool intransitive_death(const sc *c, size_t k) {
  return IS(c, k, "died") || IS(c, k, "dies") || IS(c, k, "die") ||
         IS(c, k, "perished") || IS(c, k, "succumbed");
}

// "of them", "of those shot", "of the wounded", "of the five people
// hospitalized", "of the victims": token j ("of") opens a group of people.
static bool one_of_people(const sc *c, size_t j) {
  size_t k = j + 1;
  if (IS(c, k, "them") || IS(c, k, "those")) return true;
  if (!(CL(c, k) & L_DET)) return false;
  k++;
  if (NUM(c, k) || (CL(c, k) & L_NUM)) k++;
  for (int n = 0; n < 3 && k < c->b; n++, k++) {
    uint64_t cl = CL(c, k);
    if (cl & L_PEOPLE) return true;
    if (IS(c, k, "wounded") || IS(c, k, "injured") || IS(c, k, "dead"))
      return true;
    if (!WORD(c, k) || (cl & (L_FUNC | L_AUX | L_CVERB | L_CACT | L_CNOUN)))
      return false;
  }
  return false;
}

static bool article(const sc *c, size_t i);

// A word for one person of a group told apart: "the other, 25,", "one,
// 33,", "a third, 19,", "another, 40," (an age follows).
static bool one_of_them(const sc *c, size_t i) {
  return IS(c, i, "other") || IS(c, i, "another") || IS(c, i, "one") ||
         ((CL(c, i) & L_ORD) && article(c, i - 1));
}

// Is the number not a claim: an age, a duration, a distance, a date or
// time, a year, an ordinal, an identifier, a phone number, page furniture?
static bool not_a_count(const sc *c, const numph *np) {
  size_t i = np->t0, j = np->t1;
  const nf_tok *t = &c->t[i];
  bool digits = t->kind == NF_TOK_NUM;
  if (digits && np->money && np->t0 < i) i = np->t0;
  size_t core = np->money && c->t[np->t0].kind != NF_TOK_NUM ? np->t0 : np->t0;
  (void)core;
  size_t first = np->t0;
  while (first < np->t1 && c->t[first].kind != NF_TOK_NUM &&
         c->t[first].kind != NF_TOK_WORD)
    first++;
  // Glued to what comes before: "AR-15", "COVID-19", "F-16", ".45", "#1".
  if (np->t0 > c->a && GLUED(c, np->t0) && !np->money) {
    const nf_tok *p = &c->t[np->t0 - 1];
    if (p->kind == NF_TOK_WORD || p->kind == NF_TOK_NUM) return true;
    if (p->kind == NF_TOK_SYM && p->cp != '$') return true;
    if (p->kind == NF_TOK_PUNCT &&
        (p->cp == '.' || p->cp == ':' || p->cp == '/' || p->cp == ',' ||
         Nf_cp_is_hyphen(p->cp)))
      return true;
  }
  if (np->t0 > c->a && c->t[np->t0 - 1].kind == NF_TOK_SYM &&
      c->t[np->t0 - 1].cp == '#')
    return true;
  // An apostrophe glued before two digits: a year cut short ("NYC '90
  // shooting", "the ’94 crime bill"), unless a plain quote opens a
  // quotation that closes later ("'10 people were shot'").
  if (digits && np->t0 > c->a && GLUED(c, np->t0) && !np->money &&
      c->t[np->t0 - 1].kind != NF_TOK_WORD &&
      c->t[np->t0 - 1].kind != NF_TOK_NUM &&
      Nf_cp_is_apostrophe(c->t[np->t0 - 1].cp) && t->end - t->start == 2) {
    bool quoted = false;
    if (c->t[np->t0 - 1].cp == '\'')
      for (size_t k = j; k < c->b && !quoted; k++)
        quoted = PUNCT(c, k, '\'') && !GLUED(c, k + 1);
    if (!quoted) return true;
  }
  // Glued to what follows: "9mm", "10th", "3D", "05:53", "3/10", "24/7",
  // "2025-03-10", "57-year-old", "two-day".
  if (GLUED(c, j) && !np->pct) {
    const nf_tok *n = &c->t[j];
    if (n->kind == NF_TOK_WORD && !(n->flags & NF_TF_POSS)) return true;
    if (n->kind == NF_TOK_NUM) return true;
    if (n->kind == NF_TOK_PUNCT &&
        (n->cp == ':' || n->cp == '/' || Nf_cp_is_hyphen(n->cp)) &&
        GLUED(c, j + 1))
      return true;
    if (n->kind == NF_TOK_SYM && n->cp == '/') return true;
  }
  // A day and its year, whatever the month is glued to: "2 woundedMarch
  // 13, 2013", "Posted 13, 2013".
  if (digits && j == np->t0 + 1 && PUNCT(c, j, ',') && NUM(c, j + 1)) {
    size_t nd_day, nd_year;
    long day = INT(c, np->t0, &nd_day);
    long year = INT(c, j + 1, &nd_year);
    if (nd_day <= 2 && day >= 1 && day <= 31 && nd_year == 4 && year >= 1900 &&
        year <= 2100 && !(GLUED(c, j + 2) && (WORD(c, j + 2) || NUM(c, j + 2))))
      return true;
  }
  // Units of time, distance, size: "two days", "14 years ago", "55 km".
  uint64_t next = CL(c, j);
  if (next & (L_TIME | L_DIST)) return true;
  if ((IS(c, j, "a") || IS(c, j, "p")) && PUNCT(c, j + 1, '.')) return true;
  if (HYPHEN(c, j) && (CL(c, j + 1) & (L_TIME | L_DIST))) return true;
  // Dates: "March 6", "6 March", "Thursday 6".
  if (np->t0 > c->a && (CL(c, np->t0 - 1) & (L_MONTH | L_WDAY)) && !np->money)
    return true;
  if (np->t0 > c->a + 1 && PUNCT(c, np->t0 - 1, '.') &&
      (CL(c, np->t0 - 2) & L_MONTH))
    return true;
  if (CL(c, j) & L_MONTH) return true;
  if (IS(c, j, "of") && (CL(c, j + 1) & L_MONTH)) return true;
  if (digits) {
    bool dot;
    size_t nd;
    double v = digits_value(c->s, t, &dot, &nd);
    // Years, unless people are counted ("2014 homicides"); after a date
    // they are years whatever follows ("January 9, 2017 Man dead").
    if (nd == 4 && !dot && v >= 1800 && v <= 2100 && !np->money &&
        memchr(c->s + t->start, ',', t->end - t->start) == NULL &&
        (!(CL(c, j) & (L_PEOPLE | L_CNOUN)) || (CL(c, np->t0 - 1) & L_MONTH) ||
         (PUNCT(c, np->t0 - 1, ',') && NUM(c, np->t0 - 2) &&
          (CL(c, np->t0 - 3) & L_MONTH))))
      return true;
    if (v == 0 && !np->money) return true;
    // Phone numbers and codes: "555-1234", "(555)".
    if (nd >= 7 && !np->money && !dot &&
        memchr(c->s + t->start, ',', t->end - t->start) == NULL && !np->pct)
      return true;
    // Ordinal suffix written apart: "the 6 th" is rare; "No. 5".
    if (np->t0 > c->a && PUNCT(c, np->t0 - 1, '.') && np->t0 >= c->a + 2 &&
        IS(c, np->t0 - 2, "no"))
      return true;
    // "call 911"
    if (nd == 3 && v == 911) return true;
    // Times: "5 p.m.", "at 10 pm"
    if (IS(c, j, "am") || IS(c, j, "pm")) return true;
  }
  // Page furniture: "(0)", "1 of 5", "Comments (3)".
  if (np->t0 > c->a && PUNCT(c, np->t0 - 1, '(') && PUNCT(c, j, ')') &&
      !np->money && !np->pct) {
    if (np->t0 < c->a + 2) return true;
    const nf_tok *p = &c->t[np->t0 - 2];
    if (p->kind == NF_TOK_WORD && (p->flags & NF_TF_CAP)) return true;  // age
    if (p->kind == NF_TOK_NUM) return true;  // "55 km (34 miles)"
    if (p->kind == NF_TOK_WORD && (Nf_lex_cls(p) & (L_DIST | L_TIME | L_FUNC)))
      return true;
  }
  if (IS(c, j, "of") && KIND(c, j + 1, NF_TOK_NUM)) return true;
  if (np->t0 > c->a + 1 && IS(c, np->t0 - 1, "of") &&
      KIND(c, np->t0 - 2, NF_TOK_NUM))
    return true;
  // Ages: "Henry Jackson, 18, was", "aged 57", "(19)".
  if (np->t0 > c->a + 1 && PUNCT(c, np->t0 - 1, ',') &&
      (PUNCT(c, j, ',') || PUNCT(c, j, ')') || PUNCT(c, j, '.') ||
       IS(c, j, "and") || IS(c, j, "of")) &&
      (CAP(c, np->t0 - 2) || (CL(c, np->t0 - 2) & (L_PEOPLE | L_TITLE)) ||
       one_of_them(c, np->t0 - 2)) &&
      !(CL(c, np->t0 - 2) & (L_MONTH | L_WDAY)) && !np->money && !np->pct &&
      !np->vague && np->value < 120)
    return true;
  if (appositive_age(c, np)) return true;
  // "One of the alleged robbers, 34, was shot": a count of more than one
  // set off by commas takes no singular verb; it is an age.
  // (also without the closing comma: "Kalone Mcgee, 26 was shot")
  size_t verb = PUNCT(c, j, ',') ? j + 1 : j;
  if (digits && np->t0 > c->a + 1 && PUNCT(c, np->t0 - 1, ',') &&
      (IS(c, verb, "was") || IS(c, verb, "is") || IS(c, verb, "has")) &&
      np->q0 == np->t0 && !np->money && !np->pct && !np->range &&
      np->value >= 2 && np->value < 120)
    return true;
  // "a father of 4", "mother of three": children, not a count of the story
  if (np->q0 == np->t0 && np->t0 >= c->a + 2 && IS(c, np->t0 - 1, "of") &&
      (IS(c, np->t0 - 2, "father") || IS(c, np->t0 - 2, "mother") ||
       IS(c, np->t0 - 2, "dad") || IS(c, np->t0 - 2, "mom") ||
       IS(c, np->t0 - 2, "parent") || IS(c, np->t0 - 2, "parents") ||
       IS(c, np->t0 - 2, "grandmother") || IS(c, np->t0 - 2, "grandfather")) &&
      !np->money && !np->pct && np->value < 30)
    return true;
  // "Bournes, who was 59, had shot": an age after "who was"
  if (digits && !np->money && !np->pct && np->value < 120 && np->q0 == np->t0 &&
      (IS(c, np->t0 - 1, "was") || IS(c, np->t0 - 1, "is")) &&
      IS(c, np->t0 - 2, "who") && (PUNCT(c, j, ',') || PUNCT(c, j, '.')))
    return true;
  // "Slayings of 14- and 18-Year-Olds": the first of two compounds
  if (HYPHEN(c, j) && GLUED(c, j) && !GLUED(c, j + 1) &&
      (IS(c, j + 1, "and") || IS(c, j + 1, "or") || IS(c, j + 1, "to")))
    return true;
  // "fired one more shot", "two more rounds"
  if (IS(c, j, "more") && (IS(c, j + 1, "shot") || IS(c, j + 1, "round") ||
                           (CL(c, j + 1) & L_NOTCOUNT)))
    return true;
  // "the 2 1/2 year-old": a whole and a fraction
  if (digits && NUM(c, j) && GLUED(c, j + 1) &&
      (KIND(c, j + 1, NF_TOK_PUNCT) || KIND(c, j + 1, NF_TOK_SYM)) &&
      c->t[j + 1].cp == '/')
    return true;
  // Reference marks of encyclopedias: "were killed.[1][2]"
  if (np->t0 > c->a && PUNCT(c, np->t0 - 1, '[') && PUNCT(c, j, ']'))
    return true;
  // "were 9 and 10 years old": the first of two ages
  if (digits && (IS(c, j, "and") || IS(c, j, "or") || IS(c, j, "to")) &&
      KIND(c, j + 1, NF_TOK_NUM) && IS(c, j + 2, "years") &&
      IS(c, j + 3, "old"))
    return true;
  // "turned 38", "turns 300": an age or an anniversary
  if (np->q0 > c->a &&
      (IS(c, np->q0 - 1, "turned") || IS(c, np->q0 - 1, "turns") ||
       IS(c, np->q0 - 1, "turning") || IS(c, np->q0 - 1, "turn")))
    return true;
  // "aged 57", "ages 10, 8 and 4", "between the ages of 18 and 22"
  for (size_t k = np->t0; k > c->a && np->t0 - k < 8;) {
    k--;
    if (IS(c, k, "aged") || IS(c, k, "age") || IS(c, k, "ages")) return true;
    if (!(c->t[k].kind == NF_TOK_NUM || PUNCT(c, k, ',') || IS(c, k, "and") ||
          IS(c, k, "of") || IS(c, k, "to")))
      break;
  }
  // "in his 20's", "all in their 30's": a decade of age (or of a century)
  if (digits && np->value >= 10 && np->value <= 90 &&
      fmod(np->value, 10) == 0 && GLUED(c, j) && KIND(c, j, NF_TOK_PUNCT) &&
      Nf_cp_is_apostrophe(c->t[j].cp) && GLUED(c, j + 1) && IS(c, j + 1, "s"))
    return true;
  // "in his 40s", "the 1990s" are glued words, handled above.
  // Identifiers: "Route 9", "No. 1", "Channel 4", "Fox 2 News".
  if (np->q0 == np->t0 && np->t0 > c->a && !np->money && !np->pct &&
      !np->vague) {
    size_t p = np->t0 - 1;
    if (ident_word(c, p)) return true;
    // (in text all in capitals, as TV transcripts are, a capital says
    // nothing: "THEY ALSO LEARNED FIVE OTHERS HAD BEEN SHOT")
    bool shouted = (c->t[p].flags & NF_TF_UPPER) &&
                   (np->spelled || (j < c->b && (c->t[j].flags & NF_TF_UPPER)));
    if (CAP(c, p) && !shouted &&
        !(CL(c, p) & (L_QUAL | L_CACT | L_CVERB | L_FUNC | L_SAY | L_AUX |
                      L_CNOUN | L_PEOPLE | L_TOLL)) &&
        !(c->t[p].flags & NF_TF_NL) && p != c->a)
      return true;
  }
  // A station's name: "7 Action News", "WMC Action News 5", "11 News".
  if (digits && !np->money && !np->pct)
    for (size_t k = j; k < j + 3 && CAP(c, k) &&
                       !(CL(c, k) & (L_CVERB | L_CACT | L_CNOUN | L_PEOPLE));
         k++)
      if (IS(c, k, "news")) return true;
  // Addresses: "123 Main Street", "the 200 block of".
  if (digits && !np->money) {
    size_t k = j;
    for (int n = 0; n < 4 && k < c->b && CAP(c, k); n++, k++)
      if (street_word(c, k + 1) || street_word(c, k)) return true;
    if (IS(c, j, "block") || (HYPHEN(c, j) && IS(c, j + 1, "block")))
      return true;
  }
  // "one of the deadliest", "no one", "one another", "the one" (but "one
  // of the wounded": one_of_people).
  if (np->spelled && np->value == 1 && !np->money) {
    if ((IS(c, j, "of") && !one_of_people(c, j)) || IS(c, j, "another") ||
        IS(c, j, "day") || IS(c, j, "time"))
      return true;
    if (np->t0 > c->a &&
        (IS(c, np->t0 - 1, "no") || IS(c, np->t0 - 1, "the") ||
         IS(c, np->t0 - 1, "each") || IS(c, np->t0 - 1, "any") ||
         IS(c, np->t0 - 1, "every") || IS(c, np->t0 - 1, "this") ||
         IS(c, np->t0 - 1, "that")))
      return true;
  }
  return false;
}

// Is token i a word that can be part of a noun phrase after a number
// ("government security personnel", "pro-Assad fighters")?
static bool np_word(const sc *c, size_t i) {
  if (i >= c->b) return false;
  const nf_tok *t = &c->t[i];
  if (t->kind == NF_TOK_PUNCT && Nf_cp_is_hyphen(t->cp) && GLUED(c, i) &&
      GLUED(c, i + 1))
    return true;
  if (t->kind == NF_TOK_WORD && (t->flags & NF_TF_POSS)) return true;
  if (t->kind != NF_TOK_WORD) return false;
  uint64_t cl = Nf_lex_cls(t);
  if (cl & (L_PEOPLE | L_CNOUN | L_CATMOD)) return true;
  if (cl & (L_FUNC | L_AUX | L_SAY | L_QUAL | L_BREAK | L_TIME | L_DIST |
            L_MONTH | L_WDAY | L_ORD | L_DATEW))
    return false;
  if ((cl & (L_CVERB | L_CACT)) && !(cl & L_CNOUN)) return false;
  // Verbs ending in -ed after the noun end it ("people killed").
  return true;
}

// The noun phrase counted by the number: after it ("745 civilians"),
// through "of" ("20 of his neighbors", "thousands of Alawites").
static void scan_head(const sc *c, numph *np) {
  size_t j = np->t1;
  np->h0 = np->h1 = j;
  if (IS(c, j, "of") && !np->money && !np->pct) {
    size_t k = j + 1;
    if (CL(c, k) & L_DET) k++;
    if (IS(c, k, "those") || IS(c, k, "them") || IS(c, k, "whom")) {
      // "including those of nine children": no head here
    } else if (k < c->b && np_word(c, k)) {
      j = k;
    } else if (NUM(c, k) && np_word(c, k + 1)) {
      j = k + 1;  // "two of the 12 passengers"
    }
  }
  // "two 16-year-old boys": the ages of the people counted
  if (!np->money && !np->pct && (NUM(c, j) || (CL(c, j) & L_NUM)) &&
      HYPHEN(c, j + 1) && GLUED(c, j + 1) &&
      (IS(c, j + 2, "year") || IS(c, j + 2, "month")) && HYPHEN(c, j + 3) &&
      IS(c, j + 4, "old"))
    j += 5;
  size_t k = j, head = SIZE_MAX, n = 0;
  // "four shooting victims", "two stabbing victims": an attack word before
  // the people counted modifies them.
  while (k < c->b && n < 6 &&
         (np_word(c, k) || ((CL(c, k) & L_CACT) && KIND(c, k, NF_TOK_WORD) &&
                            (CL(c, k + 1) & L_PEOPLE) && head == SIZE_MAX))) {
    uint64_t cl = CL(c, k);
    if ((cl & (L_PEOPLE | L_CNOUN)) && head == SIZE_MAX) head = k;
    if (cl & L_NOTCOUNT) {
      if (head == SIZE_MAX) head = k;
      k++;
      break;
    }
    k++;
    n++;
    if (head != SIZE_MAX && !(CL(c, k) & (L_PEOPLE | L_CNOUN))) break;
  }
  if (head == SIZE_MAX && k > j) {
    // No known noun: the last word of the phrase is its head.
    size_t last = k - 1;
    while (last > j && c->t[last].kind != NF_TOK_WORD) last--;
    if (c->t[last].kind == NF_TOK_WORD) head = last;
  }
  np->h0 = j;
  np->h1 = k;
  np->head = head;
}

// Extend a category text over a post-modifier: "militants linked to
// Assad's armed factions", "members of militant groups".
static size_t postmodifier_end(const sc *c, size_t k) {
  if (IS(c, k, "linked") || IS(c, k, "affiliated") || IS(c, k, "loyal") ||
      IS(c, k, "aligned") || IS(c, k, "from") || IS(c, k, "belonging") ||
      IS(c, k, "associated") || IS(c, k, "allied") || IS(c, k, "supporting")) {
    size_t m = k + 1;
    if (IS(c, m, "to") || IS(c, m, "with")) m++;
    size_t n = 0;
    while (m < c->b && n < 6 && np_word(c, m) && !IS(c, m, "and")) m++, n++;
    if (n) return m;
  }
  return k;
}

// Category of the words [a, b): the head noun's, unless a modifier is more
// specific ("security personnel", "civilian martyrs").
static int category_of(const sc *c, size_t a, size_t b, size_t head) {
  int cat = -1;
  if (head != SIZE_MAX && (CL(c, head) & L_PEOPLE))
    cat = Nf_lex_category(LX(c, head));
  for (size_t k = a; k < b; k++) {
    if (k == head) continue;
    uint64_t cl = CL(c, k);
    if (!(cl & (L_PEOPLE | L_CATMOD))) continue;
    int m = Nf_lex_category(LX(c, k));
    if (m == NF_C_ALL) continue;
    if (cat < 0 || cat == NF_C_ALL ||
        (head != SIZE_MAX &&
         (IS(c, head, "personnel") || IS(c, head, "members") ||
          IS(c, head, "forces") || (CL(c, head) & L_CNOUN))))
      cat = m;
  }
  // "pro-Assad", "Assad loyalists": a pro- prefix marks fighters.
  for (size_t k = a; k + 1 < b; k++)
    if (IS(c, k, "pro") && HYPHEN(c, k + 1) && cat < 0) cat = NF_C_FIGHTERS;
  return cat;
}

// The measure a casualty word gives in context: "shot" is injured unless
// "shot dead", "fatally shot", "shot and killed"; "lost" needs "lives".
static int cue_measure(const sc *c, size_t k, bool passive) {
  const nf_lex *l = LX(c, k);
  if (!l) return 0;
  int m = l->a;
  // "fatally shooting four people", "mortally wounding two"
  if (m == NF_M_INJURED &&
      (IS(c, k - 1, "fatally") || IS(c, k - 1, "mortally")))
    return NF_M_KILLED;
  if (IS(c, k, "shot") || IS(c, k, "stabbed")) {
    // "shot and killed", "shot, killed"; but in "the five people shot,
    // died" the participle qualifies the people and "died" is the verb.
    if (IS(c, k + 1, "dead") || (IS(c, k + 1, "to") && IS(c, k + 2, "death")) ||
        (IS(c, k + 1, "and") &&
         (IS(c, k + 2, "killed") || IS(c, k + 2, "died"))) ||
        (PUNCT(c, k + 1, ',') && IS(c, k + 2, "killed")) ||
        IS(c, k - 1, "fatally"))
      return NF_M_KILLED;
    return NF_M_INJURED;
  }
  if (IS(c, k, "lost")) {
    if (!passive) return NF_M_KILLED;  // "lost 231 members"
    for (size_t m2 = k + 1; m2 < k + 4 && m2 < c->b; m2++)
      if (IS(c, m2, "lives") || IS(c, m2, "life")) return NF_M_KILLED;
    return 0;
  }
  // "were struck down", "gunned down": killed
  if (IS(c, k, "struck") && IS(c, k + 1, "down")) return NF_M_KILLED;
  if (IS(c, k, "hit") || IS(c, k, "struck") || IS(c, k, "treated")) {
    return passive ? m : 0;
  }
  if (IS(c, k, "charged")) return 0;  // charged with a crime: no count
  if (IS(c, k, "fatally")) return NF_M_KILLED;
  return m;
}

// An article or possessive: what follows is a noun phrase.
static bool article(const sc *c, size_t i) {
  return IS(c, i, "a") || IS(c, i, "an") || IS(c, i, "the") ||
         IS(c, i, "his") || IS(c, i, "her") || IS(c, i, "their") ||
         IS(c, i, "its") || IS(c, i, "our") || IS(c, i, "my") ||
         IS(c, i, "your");
}

// A dash that sets words apart: an em or en dash with space around it, a
// hyphen with space on both sides ("Two suspects - a man and a woman -"),
// or "--"; *len gets its token count.
static bool aside_dash(const sc *c, size_t i, size_t *len) {
  if (!KIND(c, i, NF_TOK_PUNCT)) return false;
  uint32_t cp = c->t[i].cp;
  if ((cp == 0x2014 || cp == 0x2013) && !GLUED(c, i)) return *len = 1, true;
  if (cp == '-' && !GLUED(c, i) && i + 1 < c->b && !GLUED(c, i + 1))
    return *len = 1, true;
  if (cp == '-' && PUNCT(c, i + 1, '-') && GLUED(c, i + 1) && !GLUED(c, i))
    return *len = 2, true;
  return false;
}

// Token i opens an aside closed within a few words ("-- a 14-year-old and
// an 18-year-old --", "(two of them brothers)"): the closing token, or
// SIZE_MAX.
static size_t aside_end(const sc *c, size_t i) {
  size_t len;
  bool paren = PUNCT(c, i, '(');
  if (!paren && !aside_dash(c, i, &len)) return SIZE_MAX;
  for (size_t k = i + (paren ? 1 : len); k < c->b && k < i + 24; k++) {
    if (paren ? PUNCT(c, k, ')') : aside_dash(c, k, &len))
      return paren ? k : k + len - 1;
    if (PUNCT(c, k, '.') || PUNCT(c, k, ';')) return SIZE_MAX;
  }
  return SIZE_MAX;
}

// Is token k a dash closing an aside opened before `from` ("the victims
// -- three of them teenagers -- were")?
static bool in_dash_aside(const sc *c, size_t from, size_t k) {
  size_t len;
  if (!aside_dash(c, k, &len)) return false;
  size_t last = k + len - 1, l2;
  for (size_t j = from; j-- > c->a && from - j < 12;) {
    if (aside_dash(c, j, &l2)) return aside_end(c, j) == last;
  }
  return false;
}

// Does a person open a clause at token i: "he", "police", a name, or "a
// 16-year-old boy", "two men" (a person within a short noun phrase)?
static bool people_subject(const sc *c, size_t i) {
  if (IS(c, i, "he") || IS(c, i, "she") || IS(c, i, "they") ||
      IS(c, i, "someone") || IS(c, i, "police"))
    return true;
  if (CAP(c, i) && !(CL(c, i) & (L_WDAY | L_MONTH | L_FUNC | L_DET)))
    return true;
  if (!(article(c, i) || (CL(c, i) & L_DET) || NUM(c, i) || (CL(c, i) & L_NUM)))
    return false;
  // "charged after one was shot", "after two were killed": a number with
  // its own verb
  if ((NUM(c, i) || (CL(c, i) & L_NUM)) &&
      (IS(c, i + 1, "was") || IS(c, i + 1, "were") || IS(c, i + 1, "had") ||
       IS(c, i + 1, "have")))
    return true;
  for (size_t k = i + 1; k < c->b && k < i + 8; k++) {
    if (CL(c, k) & (L_PEOPLE | L_PNOUN)) return true;
    if (IS(c, k, "old") && HYPHEN(c, k - 1)) return true;  // "a 16-year-old"
    if (!(WORD(c, k) || HYPHEN(c, k) || NUM(c, k)) ||
        (CL(c, k) & (L_AUX | L_CVERB | L_CACT | L_FUNC)))
      return false;
  }
  return false;
}

// An active participle: "shooting", "killing" (but a casualty noun in
// -ing is a state: "missing").
static bool ends_ing(const sc *c, size_t i) {
  size_t n = c->t[i].end - c->t[i].start;
  return WORD(c, i) && n > 4 && !(CL(c, i) & L_CNOUN) &&
         memcmp(c->s + c->t[i].end - 3, "ing", 3) == 0;
}

// A casualty verb that takes the people hit as its object ("shot him",
// "killed a clerk", "struck the suspect"): the lexicon's casualty verbs
// that also take a count, and the verbs of impact; "lost" takes lives.
static bool object_verb(const sc *c, size_t k) {
  uint64_t cl = CL(c, k);
  return (cl & L_CVERB) && (((cl & L_CACT) && !IS(c, k, "lost")) ||
                            IS(c, k, "hit") || IS(c, k, "struck"));
}

// Is the verb at k active, with an object after it ("killed a clerk",
// "shot him", "fatally shot the suspect", "shot and killed two men")? No
// auxiliary before it ("were shot", "had been killed"), and no time after
// it ("shot the night before").
static bool active_verb(const sc *c, size_t k) {
  size_t v = k;
  if (IS(c, v, "fatally") || IS(c, v, "mortally")) v++;
  if (!object_verb(c, v)) return false;
  size_t p = k - 1;
  while (p > c->a &&
         (IS(c, p, "reportedly") || IS(c, p, "allegedly") || IS(c, p, "also") ||
          IS(c, p, "then") || IS(c, p, "accidentally") || IS(c, p, "fatally")))
    p--;
  if ((CL(c, p) & L_AUX) || IS(c, p, "got") || IS(c, p, "get") ||
      IS(c, p, "being") || IS(c, p, "been") || IS(c, p, "be"))
    return false;
  size_t o = v + 1;
  if (IS(c, o, "and") && (CL(c, o + 1) & L_CVERB)) o += 2;
  // ("shot themselves" keeps them hit; "shot seven times" has no object)
  bool obj = article(c, o) || IS(c, o, "him") || IS(c, o, "them") ||
             IS(c, o, "another") || IS(c, o, "each") ||
             ((NUM(c, o) || (CL(c, o) & L_NUM)) && !NUM(c, o + 1) &&
              !(CL(c, o + 1) & L_NOTCOUNT));
  if (!obj) return false;
  // "shot the night before", "killed this morning"
  size_t t = o + 1;
  if (CL(c, t) & (L_TIME | L_WDAY | L_DATEW) || IS(c, t, "night") ||
      IS(c, t, "morning") || IS(c, t, "evening") || IS(c, t, "afternoon") ||
      IS(c, t, "weekend"))
    return false;
  return true;
}

// "not", "never", or a word ending in "n't" ("weren't", "wasn’t").
static bool negation(const sc *c, size_t i) {
  if (IS(c, i, "not") || IS(c, i, "never")) return true;
  if (!WORD(c, i)) return false;
  const char *w = c->s + c->t[i].start;
  size_t n = c->t[i].end - c->t[i].start;
  return (n > 3 && memcmp(w + n - 3, "n't", 3) == 0) ||
         (n > 5 && memcmp(w + n - 5, "n\xE2\x80\x99t", 5) == 0);
}

// Is the casualty word at k denied: "were not injured", "weren't hurt",
// "was never shot", "missed being struck", "without being hit"?
static bool negated(const sc *c, size_t k) {
  size_t p = k - 1;
  if (IS(c, p, "seriously") || IS(c, p, "physically") || IS(c, p, "also")) p--;
  if (negation(c, p)) return true;
  if (IS(c, p, "been") || IS(c, p, "being") || IS(c, p, "be")) {
    if (negation(c, p - 1)) return true;
    if (IS(c, p, "being") &&
        (IS(c, p - 1, "missed") || IS(c, p - 1, "avoided") ||
         IS(c, p - 1, "escaped") || IS(c, p - 1, "without")))
      return true;
  }
  return false;
}

// "to the hospital", "in area hospitals", "to Regions Hospital", "in
// hospital": the token of "hospital" in a place people are taken to or
// kept in, from the preposition at k, or SIZE_MAX. *in says which
// preposition it was ("in": where they are; "to": where they were taken).
// "to the hospital parking lot" is a place near one.
static size_t hospital_at(const sc *c, size_t k, bool *in) {
  if (!(IS(c, k, "to") || IS(c, k, "in"))) return SIZE_MAX;
  *in = IS(c, k, "in");
  size_t j = k + 1;
  for (int n = 0; n < 3 && j < c->b; n++, j++) {
    if (IS(c, j, "hospital") || IS(c, j, "hospitals")) break;
    if (!((CL(c, j) & L_HOSPMOD) ||
          (CAP(c, j) && WORD(c, j) && !(CL(c, j) & L_FUNC)) ||
          (HYPHEN(c, j) && GLUED(c, j))))
      return SIZE_MAX;
  }
  if (!(IS(c, j, "hospital") || IS(c, j, "hospitals"))) return SIZE_MAX;
  if (CL(c, j + 1) & L_HOSPNEAR) return SIZE_MAX;
  return j;
}

// "were taken to the hospital", "was rushed to a hospital", "went to area
// hospitals", "remain in the hospital", "are still in hospital": people
// hurt, told by where they went (the verb is passive or takes no object,
// so the people counted are the ones taken). The token of "hospital" for
// the preposition at k, or SIZE_MAX.
static size_t hospital_cue(const sc *c, size_t k) {
  bool in;
  size_t h = hospital_at(c, k, &in);
  if (h == SIZE_MAX || k == c->a) return SIZE_MAX;
  return CL(c, k - 1) & (in ? L_HOSPIN : L_HOSPTO) ? h : SIZE_MAX;
}

// "suffered non-life-threatening injuries", "sustained a fatal wound":
// the wound word
// at k after a verb of having it, a few words of its kind between. The
// measure (killed for a fatal one), or 0.
static int wound_cue(const sc *c, size_t k) {
  if (!(IS(c, k, "injuries") || IS(c, k, "injury") || IS(c, k, "wounds") ||
        IS(c, k, "wound")))
    return 0;
  bool fatal = false;
  for (size_t j = k; j > c->a && k - j < 7;) {
    j--;
    if (IS(c, j, "suffered") || IS(c, j, "sustained") || IS(c, j, "received") ||
        IS(c, j, "suffering") || IS(c, j, "sustaining"))
      return fatal ? NF_M_KILLED : NF_M_INJURED;
    if (IS(c, j, "fatal") || IS(c, j, "mortal")) fatal = true;
    if (!(WORD(c, j) || HYPHEN(c, j)) ||
        (CL(c, j) & (L_AUX | L_CVERB | L_SAY | L_BREAK)) || IS(c, j, "and") ||
        IS(c, j, "of") || IS(c, j, "to") || IS(c, j, "from") || IS(c, j, "in"))
      return 0;
  }
  return 0;
}

// A word that picks out one shot after an article: "a single shot", "the
// fatal shot", "a warning shot" (then "shot" is the noun, no verb; but "a
// second shot dead" may be a person).
static bool shot_modifier(const sc *c, size_t i) {
  return IS(c, i, "single") || IS(c, i, "lone") || IS(c, i, "fatal") ||
         IS(c, i, "final") || IS(c, i, "last") || IS(c, i, "warning") ||
         IS(c, i, "deadly") || IS(c, i, "lethal") || IS(c, i, "stray") ||
         IS(c, i, "errant");
}

// Does one person open a clause at token i, its verb in the singular ("he
// was", "Wilsey was", "Ian Wilsey is")?
static bool one_person_clause(const sc *c, size_t i) {
  size_t v = i + 1;
  if (!(IS(c, i, "he") || IS(c, i, "she"))) {
    if (!CAP(c, i) || (CL(c, i) & (L_FUNC | L_DET | L_MONTH | L_WDAY |
                                   L_PEOPLE | L_ORGW | L_MEDIA | L_TITLE)))
      return false;
    if (CAP(c, v)) v++;  // a first name and a surname
  }
  return IS(c, v, "was") || IS(c, v, "is") || IS(c, v, "has");
}

// First casualty verb after token k in the same clause, skipping
// auxiliaries, post-modifiers and other counts ("125 ... and 148 militants
// linked to Assad lost their lives").
static int forward_measure(const sc *c, size_t k, size_t *at) {
  size_t n = 0;
  // "Four of the five people shot died": the verb of a part comes after
  // its group and the group's own participle.
  if (IS(c, k, "of")) {
    size_t g = k + 1;
    if (IS(c, g, "the") || IS(c, g, "those") || IS(c, g, "his") ||
        IS(c, g, "her") || IS(c, g, "their"))
      g++;
    if (KIND(c, g, NF_TOK_NUM) || (CL(c, g) & L_NUM)) {
      g++;
      while (g < c->b && g < k + 8 && KIND(c, g, NF_TOK_WORD) &&
             !(CL(c, g) & (L_CVERB | L_AUX | L_FUNC)))
        g++;
      if ((CL(c, g) & L_CVERB) && !(CL(c, g - 1) & L_AUX)) g++;
      k = g;
    }
  }
  size_t from = k;
  bool own_verb = false;  // a finite verb of the count's own has been read
  for (; k < c->b && n < 16; k++, n++) {
    const nf_tok *t = &c->t[k];
    if (t->kind == NF_TOK_PUNCT &&
        (t->cp == ';' || t->cp == ':' || t->cp == '.' || t->cp == '?' ||
         t->cp == '!' || t->cp == 0x201C))
      return 0;
    // "two people are in critical condition and five others were
    // hospitalized": after a verb of its own, another count joined to the
    // clause takes the casualty verb that follows.
    if (own_verb && (IS(c, k, "and") || PUNCT(c, k, ',')) &&
        (NUM(c, k + 1) || (CL(c, k + 1) & L_NUM)))
      return 0;
    if (IS(c, k, "are") || IS(c, k, "is") || IS(c, k, "were") ||
        IS(c, k, "was"))
      own_verb = true;
    // "sent six people to the hospital ... and left one man dead": a verb
    // that takes a count of its own, after words of the count's clause,
    // tells of that other count (but "killing two of them and leaving the
    // others wounded" tells of parts of this one).
    if (k > from + 1 && (IS(c, k, "and") || PUNCT(c, k, ',')) &&
        (CL(c, k + 1) & L_CACT) && !(CL(c, k + 1) & L_CVERB) &&
        (NUM(c, k + 2) || (CL(c, k + 2) & L_NUM)))
      return 0;
    // "two men approached them ... and Wilsey was hit", "and she was
    // shot": one person with a verb of one opens a clause of their own.
    if (k > from && IS(c, k, "and") && one_person_clause(c, k + 1)) return 0;
    // "two victims, one of whom died", "three men, two of whom were
    // killed": the verb after a part of the count is the part's (but "two
    // of them children" is an aside).
    if (k > from &&
        (NUM(c, k) || (CL(c, k) & L_NUM) || IS(c, k, "both") ||
         IS(c, k, "none") || IS(c, k, "all")) &&
        IS(c, k + 1, "of") &&
        (IS(c, k + 2, "whom") || IS(c, k + 2, "them") ||
         IS(c, k + 2, "which"))) {
      size_t v = k + 3;
      if (IS(c, v, "later") || IS(c, v, "also") || IS(c, v, "reportedly")) v++;
      if (CL(c, v) & (L_AUX | L_CVERB)) return 0;
    }
    // "Two teenagers -- a 14-year-old and an 18-year-old -- were shot",
    // "Three men (two of them brothers) were shot": the aside is skipped.
    size_t close = aside_end(c, k);
    if (close != SIZE_MAX) {
      k = close;
      continue;
    }
    // The end of an aside the count is in: "(three of them teenagers)"
    // is no subject of the verb after it.
    if (PUNCT(c, k, ')') || in_dash_aside(c, from, k)) return 0;
    uint64_t cl = Nf_lex_cls(t);
    if (cl & L_BREAK) return 0;
    if (cl & L_SAY && !(cl & L_AUX) && !(cl & L_QUAL)) return 0;
    // "to honor a slain friend", "the wounded officer": a participle after
    // an article modifies another noun; it is no verb of the count. So is
    // "shot" after an article and a word that says which shot ("with a
    // single shot to the head", "the fatal shot").
    if ((cl & (L_CVERB | L_CNOUN)) &&
        (article(c, k - 1) ||
         (IS(c, k, "shot") && article(c, k - 2) && shot_modifier(c, k - 1))))
      continue;
    // "searching for two teens after a 16-year-old boy was shot": a clause
    // with a subject of its own tells of other people (but "hospitalized
    // after a drive-by shooting has died" goes on).
    if ((IS(c, k, "after") || IS(c, k, "when") || IS(c, k, "before") ||
         IS(c, k, "because") || IS(c, k, "until")) &&
        people_subject(c, k + 1))
      return 0;
    // "officers who shot and killed a homeowner": the people counted did
    // it ("three people who died" took it); "fired shots that struck the
    // suspect": a clause of another noun.
    if (IS(c, k, "who") || IS(c, k, "that") || IS(c, k, "which")) {
      if (k > from && !PUNCT(c, k - 1, ',')) return 0;
      size_t v = k + 1;
      if (IS(c, v, "fatally") || IS(c, v, "mortally")) v++;
      if (object_verb(c, v)) return 0;
    }
    // "Two people got out and started firing, fatally shooting one of the
    // men": a participle in -ing has the count as its doer.
    if ((cl & L_CVERB) &&
        (((cl & L_CACT) && ends_ing(c, k)) ||
         ((IS(c, k, "fatally") || IS(c, k, "mortally")) && ends_ing(c, k + 1))))
      return 0;
    // "Two men killed a clerk", "two officers shot the suspect": the
    // count did it.
    if ((cl & L_CVERB) && active_verb(c, k)) return 0;
    // "were not injured", "narrowly missed being struck": no casualty
    if ((cl & (L_CVERB | L_CNOUN)) && negated(c, k)) return 0;
    // "Four others were taken to the hospital", "two remain in the
    // hospital"
    size_t hosp = hospital_cue(c, k);
    if (hosp != SIZE_MAX) {
      if (at) *at = hosp;
      return NF_M_INJURED;
    }
    if (cl & L_CVERB) {
      int m = cue_measure(c, k, true);
      if (m) {
        if (at) *at = k;
        return m;
      }
      if (IS(c, k, "lost")) return 0;
    }
    // "two others suffered non-life-threatening injuries"
    int wm = wound_cue(c, k);
    if (wm) {
      if (at) *at = k;
      return wm;
    }
    if ((cl & L_CNOUN) && (IS(c, k, "dead") || IS(c, k, "injured") ||
                           IS(c, k, "wounded") || IS(c, k, "missing"))) {
      if (at) *at = k;
      return LX(c, k)->a;
    }
  }
  return 0;
}

// forward_measure, where a count told only by where it went ("two were
// taken to the hospital") stands only beside a count of the dead before
// it in its sentence (dead_before): otherwise the verb after it tells
// ("taken to the hospital after being shot").
static int forward_measure_hurt(const sc *c, size_t k, size_t *at,
                                bool dead_before) {
  size_t h = SIZE_MAX;
  int m = forward_measure(c, k, &h);
  for (int n = 0; n < 4 && m == NF_M_INJURED && !dead_before &&
                  (IS(c, h, "hospital") || IS(c, h, "hospitals"));
       n++) {
    size_t from = h + 1;
    m = n < 3 ? forward_measure(c, from, &h) : 0;
    // ...within the count's own clause: not past another count ("two
    // are in critical condition and five others were hospitalized")
    for (size_t j = from; m && j < h; j++)
      if (NUM(c, j) || (CL(c, j) & L_NUM)) m = 0;
  }
  if (m && at) *at = h;
  return m;
}

// A casualty verb with the count as its object, just before it ("killed
// nearly 1,000", "killing at least 5", "the deaths of 16").
static int backward_measure(const sc *c, size_t q0) {
  size_t k = q0;
  for (int n = 0; n < 3 && k > c->a; n++) {
    k--;
    uint64_t cl = CL(c, k);
    // "the death toll in the shooting to three": after an article the
    // word is a noun, no verb taking the count
    if ((cl & L_CACT) && article(c, k - 1)) return 0;
    // "police arrest 2 in case of teen shot": the count is of suspects
    if (n == 0 &&
        (IS(c, k, "arrest") || IS(c, k, "arrests") || IS(c, k, "detain") ||
         IS(c, k, "detains") || IS(c, k, "detained")))
      return NF_M_ARRESTED;
    if (cl & L_CACT) {
      // "trying to kill 2 officers", "planned to kill hundreds": an aim,
      // not a toll
      if (k > c->a && IS(c, k - 1, "to") &&
          (IS(c, k, "kill") || IS(c, k, "shoot") || IS(c, k, "injure") ||
           IS(c, k, "wound") || IS(c, k, "murder") || IS(c, k, "execute")))
        return 0;
      int m = cue_measure(c, k, false);
      if (m) return m;
      return -1;  // "left", "leaving": the measure comes after
    }
    if (cl & L_CNOUN) {
      if (IS(c, k + 1, "of")) return LX(c, k)->a;
      return 0;
    }
    // "claimed the life of one man", "took the life of a teen"
    if (IS(c, k, "life") && IS(c, k + 1, "of") && IS(c, k - 1, "the") &&
        (IS(c, k - 2, "claimed") || IS(c, k - 2, "claims") ||
         IS(c, k - 2, "took") || IS(c, k - 2, "takes")))
      return NF_M_KILLED;
    if (!(cl & (L_DET | L_AUX)) && !IS(c, k, "of") && !IS(c, k, "have") &&
        !IS(c, k, "has") && !IS(c, k, "reportedly"))
      return 0;
  }
  return 0;
}

// A toll before the number in its clause: "the death toll ... has reached
// 1,018", "the total number of civilian martyrs ... amounted to 973",
// "put the death toll at 600", "Its previous toll of 830".
static int toll_measure(const sc *c, size_t q0, size_t *toll_at, int *cat) {
  size_t k = q0, n = 0;
  while (k > c->a && n < 40) {
    k--;
    n++;
    const nf_tok *t = &c->t[k];
    if (t->kind == NF_TOK_PUNCT && (t->cp == ';' || t->cp == ':')) return 0;
    if (t->kind == NF_TOK_NUM) return 0;
    uint64_t cl = Nf_lex_cls(t);
    if (cl & L_BREAK) return 0;
    if (!(cl & L_TOLL)) continue;
    // A casualty word next to the toll word decides the measure.
    int m = 0;
    *cat = -1;
    // Words next to the toll word say whose: "civilian death toll", "the
    // number of civilian martyrs who were liquidated".
    size_t lo = k >= c->a + 2 ? k - 2 : c->a;
    size_t hi = k + 1;
    if (IS(c, k + 1, "of")) {
      hi = k + 2;
      while (hi < q0 && hi < k + 9 && !(c->t[hi].kind == NF_TOK_PUNCT)) hi++;
    }
    for (size_t j = lo; j < hi && j < q0; j++) {
      uint64_t cj = CL(c, j);
      if ((cj & (L_CNOUN | L_CVERB)) && !m) {
        int mm = LX(c, j)->a;
        if (IS(c, j, "casualty") || IS(c, j, "casualties")) mm = NF_M_KILLED;
        m = mm;
      }
      if (cj & (L_PEOPLE | L_CATMOD)) {
        int cc = Nf_lex_category(LX(c, j));
        if (cc != NF_C_ALL || *cat < 0) *cat = cc;
      }
    }
    if (!m && (IS(c, k, "toll") || IS(c, k, "tolls")))
      m = NF_M_KILLED;  // a bare toll is a death toll
    if (!m) {
      for (size_t j = lo; j < k; j++)
        if (IS(c, j, "casualty") || IS(c, j, "death")) m = NF_M_KILLED;
    }
    if (m) {
      *toll_at = k;
      return m;
    }
    return 0;
  }
  return 0;
}

// "Among the dead", "among those killed", "among the casualties": the
// sentence counts the dead.
static int scope_measure(const sc *c, size_t before) {
  for (size_t k = c->a; k + 1 < before; k++) {
    if (!IS(c, k, "among")) continue;
    for (size_t j = k + 1; j < k + 4 && j < c->b; j++) {
      uint64_t cl = CL(c, j);
      if (cl & (L_CNOUN | L_CVERB)) {
        int m = LX(c, j)->a;
        if (IS(c, j, "casualties") || IS(c, j, "victims")) m = NF_M_KILLED;
        if (m) return m;
      }
      if (IS(c, j, "victims")) return NF_M_KILLED;
    }
  }
  return 0;
}

static bool word_in(const sc *c, size_t a, size_t b, uint64_t cls) {
  for (size_t k = a; k < b; k++)
    if (CL(c, k) & cls) return true;
  return false;
}

// Superseded figures: "earlier estimates put the toll at 600", "its
// previous toll of 830", "up from 600".
static bool superseded(const sc *c, const numph *np) {
  size_t lo = np->q0 >= c->a + 8 ? np->q0 - 8 : c->a;
  for (size_t k = lo; k < np->q0; k++) {
    if ((CL(c, k) & L_SUPER) && !IS(c, k, "initially")) {
      // the cue must be about a figure: toll, estimate, count, figure
      for (size_t j = k + 1; j < np->q0 && j < k + 5; j++)
        if (CL(c, j) & L_TOLL) return true;
    }
  }
  if (np->q0 >= c->a + 2 && IS(c, np->q0 - 1, "from") &&
      (IS(c, np->q0 - 2, "up") || IS(c, np->q0 - 2, "down")))
    return true;
  return false;
}

static void set_text(fx *x, size_t si, nf_figure *f, const sc *c, size_t a,
                     size_t b) {
  f->span = Nf_fx_span(x, si, a, b);
  (void)c;
}

// Read the figures of one sentence.
// Is the number starting at q0 the group of a partitive ("one of the
// five", "most of the 300 workers")?
static bool partitive_whole(const sc *c, size_t q0) {
  size_t k = q0;
  if (k > c->a &&
      (IS(c, k - 1, "the") || IS(c, k - 1, "a") || IS(c, k - 1, "those") ||
       IS(c, k - 1, "his") || IS(c, k - 1, "her") || IS(c, k - 1, "their")))
    k--;
  if (k < c->a + 2 || !IS(c, k - 1, "of")) return false;
  // Only parts that are no figure of their own: a counted part ("three
  // of the five victims") takes the verb itself.
  size_t p = k - 2;
  return IS(c, p, "one") || IS(c, p, "most") || IS(c, p, "some") ||
         IS(c, p, "none") || IS(c, p, "each") || IS(c, p, "many") ||
         IS(c, p, "several") || IS(c, p, "half");
}

// Attackers counted: "two suspects", "three gunmen".
static bool perp_head(const sc *c, size_t head) {
  if (head == SIZE_MAX) return false;
  return (CL(c, head) & L_PERP) != 0;
}

// An "and" or a comma between tokens a and b, asides left out: the verb
// at b may be another clause's ("Two suspects came out and, after a
// fight, Stanford was shot").
static bool clause_joined(const sc *c, size_t a, size_t b) {
  for (size_t k = a; k < b && k < c->b; k++) {
    size_t close = aside_end(c, k);
    if (close != SIZE_MAX) {
      k = close;
      continue;
    }
    if (IS(c, k, "and") || PUNCT(c, k, ',')) return true;
  }
  return false;
}

// Does the count at q0 follow "of" after a person ("the sister of the two
// boys", "the mother of three children")?
static bool possessor(const sc *c, size_t q0) {
  size_t k = q0;
  if (article(c, k - 1) || IS(c, k - 1, "those")) k--;
  if (!IS(c, k - 1, "of")) return false;
  size_t p = k - 2;
  return (CL(c, p) & (L_PEOPLE | L_PNOUN)) && !(CL(c, p) & L_NUM) &&
         !NUM(c, p) && !(CL(c, p) & L_CNOUN);
}

// Is the number starting at q0 the group of a counted part ("two of the
// four", "three of his five")?
static bool counted_part_before(const sc *c, size_t q0) {
  size_t k = q0;
  if (k > c->a &&
      (IS(c, k - 1, "the") || IS(c, k - 1, "those") || IS(c, k - 1, "his") ||
       IS(c, k - 1, "her") || IS(c, k - 1, "their")))
    k--;
  if (k < c->a + 2 || !IS(c, k - 1, "of")) return false;
  // "He was one of three people killed": a part after a copula is what
  // the subject is; the participle after the group is the group's.
  if (k >= c->a + 3 && (IS(c, k - 3, "was") || IS(c, k - 3, "is") ||
                        IS(c, k - 3, "were") || IS(c, k - 3, "are")))
    return false;
  return NUM(c, k - 2) || (CL(c, k - 2) & L_NUM);
}

// The figure a part after "including" / "among them" belongs to: the last
// whole before the cue in this sentence (figures first_fig onwards), or -1.
static int32_t including_whole(const fx *x, const sc *c, size_t q0,
                               size_t first_fig) {
  for (size_t k = q0; k-- > c->a;) {
    if (IS(c, k, "including") ||
        (IS(c, k, "among") && k + 1 < q0 &&
         (IS(c, k + 1, "them") || IS(c, k + 1, "whom")))) {
      for (size_t w = x->f->n_figures; w-- > first_fig;) {
        const nf_figure *g = &x->f->figures[w];
        if (g->span.end <= c->t[k].start && g->whole < 0 &&
            g->measure != NF_M_OTHER && g->measure != NF_M_MONEY &&
            g->measure != NF_M_SHARE)
          return (int32_t)w;
      }
      return -1;
    }
    if (c->t[k].kind == NF_TOK_PUNCT && c->t[k].cp == ';') return -1;
    if (k + 12 < q0) return -1;
  }
  return -1;
}

// "a six-year-old", "a 6-year-old": the age compound ending at token e
// ("old"), or SIZE_MAX; its first token otherwise.
static size_t age_compound_start(const sc *c, size_t e) {
  if (!IS(c, e, "old") || e < c->a + 4 || !HYPHEN(c, e - 1) ||
      !(IS(c, e - 2, "year") || IS(c, e - 2, "month")) || !HYPHEN(c, e - 3))
    return SIZE_MAX;
  size_t k = e - 4;
  if (!(NUM(c, k) || (CL(c, k) & L_NUM))) return SIZE_MAX;
  // "twenty-one-year-old"
  if (k >= c->a + 2 && HYPHEN(c, k - 1) && (CL(c, k - 2) & L_NUM)) k -= 2;
  return k;
}

// A word that opens a clause whose subject follows ("after he and four
// others were wounded", "when a man and two women were shot", "police
// said Smith and two others were shot").
static bool clause_opener(const sc *c, size_t i) {
  return IS(c, i, "after") || IS(c, i, "when") || IS(c, i, "before") ||
         IS(c, i, "where") || IS(c, i, "while") || IS(c, i, "as") ||
         IS(c, i, "because") || IS(c, i, "since") || IS(c, i, "until") ||
         IS(c, i, "that") || (CL(c, i) & L_SAY);  // "police said he and"
}

// One person before "and" at token `and`, as one conjunct of a count
// ("A six-year-old and three people were shot", "Gunfire struck Milner and
// three others", "his wife and two children were killed"): the first
// token of the person, or SIZE_MAX. The person opens the sentence or
// follows a casualty verb (*verb gets it, or SIZE_MAX); attackers are left
// out ("the gunman and two others were killed" counts the others).
static size_t person_conjunct(const sc *c, size_t and, size_t *verb) {
  *verb = SIZE_MAX;
  if (and < c->a + 1) return SIZE_MAX;
  size_t e = and-1, s = SIZE_MAX;
  size_t age = age_compound_start(c, e);
  if (age != SIZE_MAX) {
    s = age;
  } else if (CL(c, e) & L_PNOUN) {
    if (CL(c, e) & L_PERP) return SIZE_MAX;
    s = e;
    // modifiers: "a 22-year-old man", "his younger brother"
    for (int n = 0; n < 3 && s > c->a && !article(c, s - 1); n++) {
      size_t a2 = age_compound_start(c, s - 1);
      if (a2 != SIZE_MAX) {
        s = a2;
        continue;
      }
      if (!WORD(c, s - 1) ||
          (CL(c, s - 1) & (L_FUNC | L_AUX | L_CVERB | L_CACT | L_NUM | L_PERP)))
        break;
      s--;
    }
    if (!article(c, s - 1)) return SIZE_MAX;
  } else if (IS(c, e, "he") || IS(c, e, "she") || IS(c, e, "him") ||
             IS(c, e, "her")) {
    // "he and four others were wounded", "shot her and two others"
    s = e;
    if (s == c->a || clause_opener(c, s - 1)) return s;
    if (CL(c, s - 1) & (L_CVERB | L_CACT)) return *verb = s - 1, s;
    return SIZE_MAX;
  } else if (CAP(c, e) &&
             !(CL(c, e) & (L_FUNC | L_ORGW | L_MEDIA | L_MONTH | L_WDAY |
                           L_PEOPLE | L_TITLE | L_PERP | L_SAY))) {
    // a name: "Milner", "Julian Bryant" (a title before it is part of it)
    s = e;
    while (s > c->a && e - s < 3 && CAP(c, s - 1) &&
           !(CL(c, s - 1) & (L_FUNC | L_ORGW | L_MEDIA | L_CVERB | L_CACT)))
      s--;
    if (s == c->a || clause_opener(c, s - 1))
      return s;  // "Smith and two others were shot"
    return (CL(c, s - 1) & (L_CVERB | L_CACT)) ? (*verb = s - 1, s) : SIZE_MAX;
  } else {
    return SIZE_MAX;
  }
  if (article(c, s - 1)) s--;
  if (s == c->a || clause_opener(c, s - 1)) return s;
  if (CL(c, s - 1) & (L_CVERB | L_CACT)) {
    *verb = s - 1;
    return s;
  }
  return SIZE_MAX;
}

// A year on its own (no month before it): "in 2013", "since 2010".
static bool bare_year(const sc *c, size_t i) {
  size_t nd;
  long v = INT(c, i, &nd);
  return nd == 4 && v >= 1900 && v <= 2100 && !(CL(c, i - 1) & L_MONTH) &&
         !PUNCT(c, i - 1, ',') && !PUNCT(c, i - 1, '.');
}

// A city or more after "across": "the city", "the country", a name
// ("Chicago"), but no street ("across Main Street").
static bool across_area(const sc *c, size_t i) {
  if (IS(c, i, "city") || IS(c, i, "county") || IS(c, i, "state") ||
      IS(c, i, "country") || IS(c, i, "nation") || IS(c, i, "region") ||
      IS(c, i, "metro"))
    return true;
  if (!CAP(c, i) || (CL(c, i) & (L_FUNC | L_DET | L_STREET))) return false;
  for (size_t j = i + 1; j < i + 3 && CAP(c, j); j++)
    if (CL(c, j) & L_STREET) return false;
  return true;
}

// Does the sentence count over a stretch of time longer than one event
// ("more than 500 people died in 2013", "nine people have been killed
// this year", "about a dozen minors die annually", "in July alone")? Such a
// tally is background to the story, not its toll.
static bool period_tally(const sc *c) {
  for (size_t k = c->a; k < c->b; k++) {
    if ((IS(c, k, "in") || IS(c, k, "since") || IS(c, k, "during") ||
         IS(c, k, "throughout")) &&
        bare_year(c, k + 1) &&
        !(GLUED(c, k + 2) && (WORD(c, k + 2) || HYPHEN(c, k + 2))))
      return true;
    // "this year", "each year", "in the past year"; but "last year" and
    // "earlier this month" date the event itself in a later report.
    if ((IS(c, k, "year") || IS(c, k, "years") || IS(c, k, "month")) &&
        (IS(c, k - 1, "this") || IS(c, k - 1, "each") ||
         IS(c, k - 1, "every") || IS(c, k - 1, "per") ||
         IS(c, k - 1, "past")) &&
        !IS(c, k - 2, "earlier") && !IS(c, k - 2, "later"))
      return true;
    if (IS(c, k, "annually") || IS(c, k, "yearly")) return true;
    // "at least 55 people shot across the city", "in shootings across
    // Chicago": a count over a whole city (but "across the street").
    if (IS(c, k, "across") && (across_area(c, k + 1) ||
                               (IS(c, k + 1, "the") && across_area(c, k + 2))))
      return true;
    // "a violent weekend in Baltimore that saw 20 people shot": a span of
    // time that saw the count.
    if (IS(c, k, "saw") && (IS(c, k - 1, "that") || IS(c, k - 1, "which")))
      for (size_t j = k - 1; j > c->a && k - j < 6; j--)
        if (IS(c, j - 1, "weekend") || IS(c, j - 1, "week") ||
            IS(c, j - 1, "night") || IS(c, j - 1, "month") ||
            IS(c, j - 1, "year") || IS(c, j - 1, "summer"))
          return true;
    // "At this time last year, 130 people had been shot": the count of a
    // year before, to compare.
    if (IS(c, k, "this") && (IS(c, k + 1, "time") || IS(c, k + 1, "point")) &&
        IS(c, k + 2, "last") && IS(c, k + 3, "year"))
      return true;
    // "shot in Chicago this summer", "109 homicides for the year"
    if ((IS(c, k, "summer") || IS(c, k, "spring") || IS(c, k, "winter")) &&
        (IS(c, k - 1, "this") || IS(c, k - 1, "past") || IS(c, k - 1, "each") ||
         IS(c, k - 1, "every")))
      return true;
    if (IS(c, k, "year") && IS(c, k - 1, "the") && IS(c, k - 2, "for"))
      return true;
    // "were killed statewide" (but "Nationwide Children's Hospital")
    if ((IS(c, k, "statewide") || IS(c, k, "nationwide") ||
         IS(c, k, "countywide") || IS(c, k, "nationally")) &&
        !CAP(c, k))
      return true;
    // "In July alone, three minors were shot"
    if (IS(c, k, "alone") && ((CL(c, k - 1) & L_MONTH) || bare_year(c, k - 1)))
      return true;
    // "nearly 50 shot since June 21", "since Friday night"
    if (IS(c, k, "since") && (CL(c, k + 1) & (L_MONTH | L_WDAY))) return true;
    // "over the past week", "in the last 17 months"
    if ((IS(c, k, "past") || IS(c, k, "last")) &&
        ((IS(c, k + 1, "week") && IS(c, k, "past")) ||
         ((NUM(c, k + 1) || (CL(c, k + 1) & L_NUM)) &&
          (IS(c, k + 2, "weeks") || IS(c, k + 2, "months") ||
           IS(c, k + 2, "years")))))
      return true;
    // Counts over several events: "in separate shootings", "in 17
    // shootings across the city".
    // ("in separate gun-related incidents", "in two separate shooting
    // incidents"; but "there were two separate incidents, injuring five
    // people at one party" counts in one of them)
    if (IS(c, k, "separate") &&
        (IS(c, k + 1, "shootings") || IS(c, k + 1, "attacks")))
      return true;
    if (IS(c, k, "separate") &&
        (IS(c, k - 1, "in") ||
         ((NUM(c, k - 1) || (CL(c, k - 1) & L_NUM)) && IS(c, k - 2, "in"))))
      for (size_t j = k + 1; j <= k + 4 && j < c->b; j++) {
        if (IS(c, j, "shootings") || IS(c, j, "attacks") ||
            IS(c, j, "incidents") || IS(c, j, "crashes") ||
            IS(c, j, "accidents") || IS(c, j, "events"))
          return true;
        if (!WORD(c, j) && !HYPHEN(c, j)) break;
      }
    if (IS(c, k, "shootings") && (NUM(c, k - 1) || (CL(c, k - 1) & L_NUM)) &&
        !IS(c, k - 2, "the"))
      return true;
    // "topping last year's total of 15 homicides"
    if (IS(c, k, "total") && k >= c->a + 2 && KIND(c, k - 1, NF_TOK_WORD) &&
        (c->t[k - 1].flags & NF_TF_POSS) &&
        (IS(c, k - 2, "year") || IS(c, k - 2, "month") || IS(c, k - 2, "week")))
      return true;
    // "6 Hurt in 2 Downtown Minneapolis Shootings"
    if (IS(c, k, "shootings"))
      for (size_t j = k - 1; j > c->a && j + 4 > k; j--) {
        if (NUM(c, j) || (CL(c, j) & L_NUM)) {
          if (IS(c, j - 1, "in")) return true;
          break;
        }
        if (!WORD(c, j)) break;
      }
    // "killed and seven injured in shootings across the city": bare
    // plural shootings (but "in the shootings", "in Saturday's shootings")
    if (IS(c, k, "shootings") && IS(c, k - 1, "in")) return true;
  }
  return false;
}

// Where a sentence starts telling of another event the story's one is set
// against ("The shooting came hours before three police officers were shot
// dead in Baton Rouge", "the attack comes a month after Adam Lanza killed
// 20 children"): the "after" or "before" token, or SIZE_MAX; counts past it
// are of that event. The subject is the event itself, so what it came
// after or before is some other one ("the arrest came after two men were
// shot" is not: an arrest is no event of its own). Read once a sentence.
static size_t compared_event_at(const sc *c) {
  for (size_t k = c->a + 1; k < c->b; k++) {
    if (!(IS(c, k, "came") || IS(c, k, "comes") || IS(c, k, "coming")))
      continue;
    bool event = false;
    for (size_t j = k; j > c->a && j + 4 > k && !event; j--)
      event = IS(c, j - 1, "shooting") || IS(c, j - 1, "incident") ||
              IS(c, j - 1, "attack") || IS(c, j - 1, "killing") ||
              IS(c, j - 1, "killings") || IS(c, j - 1, "shootings") ||
              IS(c, j - 1, "slaying") || IS(c, j - 1, "violence") ||
              IS(c, j - 1, "rampage") || IS(c, j - 1, "massacre");
    if (!event) continue;
    // a span of time at most: "hours", "a day", "less than a month",
    // "just over a week"
    size_t j = k + 1;
    while (j < c->b && j < k + 7 &&
           (article(c, j) || NUM(c, j) || (CL(c, j) & (L_NUM | L_TIME)) ||
            IS(c, j, "just") || IS(c, j, "only") || IS(c, j, "less") ||
            IS(c, j, "more") || IS(c, j, "than") || IS(c, j, "over") ||
            IS(c, j, "little") || IS(c, j, "barely") || IS(c, j, "nearly") ||
            IS(c, j, "almost") || IS(c, j, "mere")))
      j++;
    if (IS(c, j, "after") || IS(c, j, "before")) return j;
  }
  return SIZE_MAX;
}

// Is the casualty word at k one of the condition of people already
// counted ("two were treated and released", "one was critically
// wounded", "three are seriously injured")?
static bool condition_cue(const sc *c, size_t k) {
  // "two were taken to the hospital", "one remains in the hospital"
  if (IS(c, k, "treated") || IS(c, k, "hospital") || IS(c, k, "hospitals") ||
      IS(c, k, "injuries") || IS(c, k, "injury") || IS(c, k, "wounds") ||
      IS(c, k, "wound"))
    return true;
  size_t p = k - 1;
  return k > c->a &&
         (IS(c, p, "critically") || IS(c, p, "seriously") ||
          IS(c, p, "severely") || IS(c, p, "gravely") || IS(c, p, "badly") ||
          IS(c, p, "slightly") || IS(c, p, "minorly"));
}

// Is there a count of the injured larger than v before figure n of the
// report ("Four people were shot ... two were seriously injured"), and no
// count of the dead in its sentence (from figure first on): "Two people
// died and two were critically injured" tells everyone apart.
static bool larger_injured_before(const fx *x, size_t first, size_t n,
                                  double v) {
  for (size_t j = first; j < n; j++)
    if (x->f->figures[j].measure == NF_M_KILLED) return false;
  for (size_t j = 0; j < n; j++) {
    const nf_figure *g = &x->f->figures[j];
    if (g->measure == NF_M_INJURED && g->whole < 0 && isfinite(g->value) &&
        g->value > v && !g->superseded)
      return true;
  }
  return false;
}

// Most counts of one sentence looked at as one list.
#define NF_LIST_MAX 16

// Only a comma or "and" (or both) between tokens e and q: "2 adults, 2
// teens", "two men and two women", "three men, two women and a child".
static bool list_joined(const sc *c, size_t e, size_t q) {
  if (q <= e || q - e > 2) return false;
  if (q - e == 1) return PUNCT(c, e, ',') || IS(c, e, "and");
  return PUNCT(c, e, ',') && IS(c, e + 1, "and");
}

// Counts of people in a list under one measure ("killed 2 adults, 2
// teens", "two men and two women were shot") add up to one count of
// everyone, of which each is a part.
static void list_sums(fx *x, size_t si, const sc *c, size_t first_fig,
                      const size_t *la, const size_t *lb) {
  size_t n = x->f->n_figures - first_fig;
  if (n > NF_LIST_MAX) n = NF_LIST_MAX;
  for (size_t s0 = 0; s0 + 1 < n;) {
    const nf_figure *f0 = &x->f->figures[first_fig + s0];
    size_t e = s0 + 1;
    double sum = f0->value;
    while (e < n && la[e - 1] != SIZE_MAX && la[e] != SIZE_MAX &&
           x->f->figures[first_fig + e].measure == f0->measure &&
           list_joined(c, lb[e - 1], la[e])) {
      sum += x->f->figures[first_fig + e].value;
      e++;
    }
    // "125 security personnel and 148 militants": parts of a conflict's
    // toll by side add up to a whole told elsewhere, if at all.
    bool sides = true;
    for (size_t k = s0; k < e; k++) {
      uint8_t cat = x->f->figures[first_fig + k].category;
      sides = sides && (cat == NF_C_CIVILIANS || cat == NF_C_SECURITY_FORCES ||
                        cat == NF_C_FIGHTERS);
    }
    if (e - s0 < 2 || sides ||
        !(f0->measure == NF_M_KILLED || f0->measure == NF_M_INJURED)) {
      s0 = e;
      continue;
    }
    // "Six people, three men and three women": a count of everyone that
    // the rest of the list adds up to is their whole, told up front.
    // So is a count of people of any kind set off by a comma before
    // counts of kinds that add up to no more than it ("two bodies, one
    // infant child and the father", "three people, two men and a woman").
    size_t h = lb[s0] - 1;  // the last word of the first count
    bool apposed =
        f0->category == NF_C_ALL && PUNCT(c, lb[s0], ',') &&
        (IS(c, h, "people") || IS(c, h, "persons") || IS(c, h, "victims") ||
         IS(c, h, "bodies") || IS(c, h, "individuals")) &&
        sum - f0->value <= f0->value;
    if (apposed ||
        (e - s0 >= 3 && f0->category == NF_C_ALL && f0->value * 2 == sum)) {
      for (size_t k = s0 + 1; k < e; k++)
        x->f->figures[first_fig + k].whole = (int32_t)(first_fig + s0);
      s0 = e;
      continue;
    }
    nf_figure *w = Nf_fx_push(x, (void **)&x->f->figures, &x->f->n_figures,
                              &x->cap_fig, sizeof *w);
    if (!w) return;
    f0 = &x->f->figures[first_fig + s0];  // the push may move the array
    *w = *f0;
    w->span = Nf_fx_span(x, si, la[s0], lb[e - 1]);
    w->value = sum;
    w->category = NF_C_ALL;
    w->category_text = NULL;
    w->whole = -1;
    int32_t wi = (int32_t)(x->f->n_figures - 1);
    for (size_t k = s0; k < e; k++) x->f->figures[first_fig + k].whole = wi;
    x->sents[si].n_figs++;
    s0 = e;
  }
}

// The value of an ordinal word ("first" 1 .. "tenth" 10), or 0.
static int ordinal_value(const sc *c, size_t i) {
  const nf_lex *l = LX(c, i);
  return l && (CL(c, i) & L_ORD) ? (int)l->num : 0;
}

// "Two people were killed and a third was wounded", "three people are
// dead and a fourth is wounded": the next person after the counts of the
// sentence is one more, with a verb of its own.
static void next_in_line(fx *x, size_t si, const sc *c, size_t first_fig) {
  size_t n = x->f->n_figures - first_fig;
  if (n == 0) return;
  double sum = 0;
  size_t last_end = 0;
  for (size_t k = 0; k < n; k++) {
    const nf_figure *g = &x->f->figures[first_fig + k];
    if (g->whole >= 0 ||
        !(g->measure == NF_M_KILLED || g->measure == NF_M_INJURED))
      continue;
    if (!isfinite(g->value)) return;
    sum += g->value;
    if (g->span.end > last_end) last_end = g->span.end;
  }
  if (sum < 1 || sum > 9) return;
  for (size_t k = c->a; k + 1 < c->b; k++) {
    if (c->t[k].start < last_end || !article(c, k) ||
        ordinal_value(c, k + 1) != (int)sum + 1)
      continue;
    size_t e = k + 2;
    if ((CL(c, e) & (L_PEOPLE | L_PNOUN)) && !(CL(c, e) & L_PERP)) e++;
    size_t at = SIZE_MAX;
    int m = forward_measure(c, e, &at);
    // "killed three people and injured a fourth", "shooting three to
    // death and seriously wounding a fourth": the one more is the object
    // of a casualty verb of its own.
    size_t v = k - 1;
    if (IS(c, v, "seriously") || IS(c, v, "critically") ||
        IS(c, v, "fatally") || IS(c, v, "mortally"))
      v--;
    if (!(m == NF_M_KILLED || m == NF_M_INJURED) && v > c->a &&
        (CL(c, v) & L_CVERB) && (CL(c, v) & L_CACT))
      m = cue_measure(c, v, false);
    if (!(m == NF_M_KILLED || m == NF_M_INJURED)) return;
    nf_figure *f = Nf_fx_push(x, (void **)&x->f->figures, &x->f->n_figures,
                              &x->cap_fig, sizeof *f);
    if (!f) return;
    memset(f, 0, sizeof *f);
    f->span = Nf_fx_span(x, si, k, e);
    f->value = 1;
    f->low = f->high = NAN;
    f->qualifier = NF_Q_EXACT;
    f->measure = (uint8_t)m;
    f->category = NF_C_ALL;
    f->whole = f->source = f->place = f->date = -1;
    x->sents[si].n_figs++;
    // "Four people were shot, and a fifth may have been wounded", "four
    // victims died at the scene and a fifth on the way": under one measure
    // the counts and the one more add up to everyone.
    size_t first = SIZE_MAX, last = x->f->n_figures - 1;
    for (size_t j = first_fig; j < last; j++) {
      const nf_figure *g = &x->f->figures[j];
      if (g->whole >= 0 ||
          !(g->measure == NF_M_KILLED || g->measure == NF_M_INJURED))
        continue;
      if (g->measure != m) return;
      if (first == SIZE_MAX) first = j;
    }
    if (first == SIZE_MAX) return;
    size_t t0 = c->a;
    while (t0 < k && c->t[t0].start < x->f->figures[first].span.start) t0++;
    nf_figure *w = Nf_fx_push(x, (void **)&x->f->figures, &x->f->n_figures,
                              &x->cap_fig, sizeof *w);
    if (!w) return;
    *w = x->f->figures[last];
    w->span = Nf_fx_span(x, si, t0, e);
    w->value = sum + 1;
    int32_t wi = (int32_t)(x->f->n_figures - 1);
    for (size_t j = first; j <= last; j++) {
      nf_figure *g = &x->f->figures[j];
      if (g->whole < 0 && g->measure == m) g->whole = wi;
    }
    x->sents[si].n_figs++;
    return;
  }
}

// "a double homicide", "the triple murder", "a triple murder-suicide": a
// word that multiplies a killing counts the dead; "a double shooting", "a
// triple stabbing" count everyone hit, the dead among them (read as the
// injured, which reconcile takes as people hit, less the dead). The factor
// of the word at token i (2 .. 6), or 0; *measure says which it counts.
static int killing_factor(const sc *c, size_t i, size_t *end,
                          uint8_t *measure) {
  size_t n = LEN(c, i);
  if (n < 6 || n > 9 || c->t[i].lex) return 0;
  int f = IS(c, i, "double")      ? 2
          : IS(c, i, "triple")    ? 3
          : IS(c, i, "quadruple") ? 4
          : IS(c, i, "quintuple") ? 5
          : IS(c, i, "sextuple")  ? 6
                                  : 0;
  if (!f) return 0;
  size_t k = i + 1;
  if (HYPHEN(c, k) && GLUED(c, k) && GLUED(c, k + 1)) k++;
  bool hit = IS(c, k, "shooting") || IS(c, k, "shootings") ||
             IS(c, k, "stabbing") || IS(c, k, "stabbings");
  if (!hit &&
      !(IS(c, k, "homicide") || IS(c, k, "homicides") || IS(c, k, "murder") ||
        IS(c, k, "murders") || IS(c, k, "slaying") || IS(c, k, "slayings") ||
        IS(c, k, "killing") || IS(c, k, "killings")))
    return 0;
  *measure = hit ? NF_M_INJURED : NF_M_KILLED;
  // "attempted double murder", "a double murder charge" tell of no dead
  // in themselves; "a double homicide investigation" does.
  if (IS(c, i - 1, "attempted") || IS(c, i - 1, "to") ||
      IS(c, k + 1, "charge") || IS(c, k + 1, "charges") ||
      IS(c, k + 1, "count") || IS(c, k + 1, "counts"))
    return 0;
  *end = k + 1;
  // "a triple murder-suicide": the killer is dead too
  if (!hit && HYPHEN(c, k + 1) && GLUED(c, k + 1) && IS(c, k + 2, "suicide")) {
    *end = k + 3;
    f++;
  }
  return f;
}

static void sentence_figures(fx *x, size_t si) {
  fx_sent *st = &x->sents[si];
  sc c = sc_sent(x, si);
  size_t first_fig = x->f->n_figures;
  int period = -1;  // period_tally(&c), read once when needed
  // compared_event_at(&c), read once when needed
  size_t compared = SIZE_MAX;
  bool compared_read = false;
  // The tokens of each count of people read in this sentence, for the
  // lists of counts summed below ("2 adults, 2 teens").
  size_t list_a[NF_LIST_MAX], list_b[NF_LIST_MAX];
  for (size_t i = c.a; i < c.b; i++) {
    const nf_tok *t = &c.t[i];
    if (t->kind != NF_TOK_NUM) {
      size_t mend;
      uint8_t fmeasure = NF_M_KILLED;
      int factor =
          t->kind == NF_TOK_WORD ? killing_factor(&c, i, &mend, &fmeasure) : 0;
      if (factor) {
        if (period < 0) period = period_tally(&c);
        if (!compared_read) compared = compared_event_at(&c);
        compared_read = true;
        if (!period && !(compared < i)) {
          nf_figure *f = Nf_fx_push(x, (void **)&x->f->figures,
                                    &x->f->n_figures, &x->cap_fig, sizeof *f);
          if (!f) return;
          memset(f, 0, sizeof *f);
          f->span = Nf_fx_span(x, si, i, mend);
          f->value = factor;
          f->low = f->high = NAN;
          f->qualifier = NF_Q_EXACT;
          f->measure = fmeasure;
          f->category = NF_C_ALL;
          f->category_text = Nf_fx_text(x, si, mend - 1, mend);
          f->whole = f->source = f->place = f->date = -1;
          st->n_figs++;
        }
        i = mend - 1;
        continue;
      }
      // Words start a number only when they are one ("nine", "dozens") or
      // an article before one ("a dozen", "a hundred", "half a dozen").
      if (t->kind != NF_TOK_WORD || !t->lex) continue;
      uint64_t cl = Nf_lex_cls(t);
      if (!(cl & (L_NUM | L_VAGUE)) &&
          !((IS(&c, i, "a") || IS(&c, i, "an") || IS(&c, i, "half")) &&
            (CL(&c, i + 1) & (L_SCALE | L_NUM | L_FUNC))))
        continue;
    }
    numph np;
    if (!scan_core(&c, i, &np)) continue;
    size_t next_i = np.t1 > i ? np.t1 - 1 : i;
    scan_qualifier(&c, &np);
    if (not_a_count(&c, &np)) {
      i = next_i;
      continue;
    }
    scan_head(&c, &np);
    int measure = 0, also = 0, cat = -1;
    bool own_measure = false;  // the phrase names it: "one wounded"
    size_t cue_at = SIZE_MAX, cat_a = np.h0, cat_b = np.h1;
    bool counts_people =
        np.head != SIZE_MAX && (CL(&c, np.head) & (L_PEOPLE | L_CNOUN));
    // 1. The counted noun itself: "1,000 dead", "31 bodies", "the dead".
    if (np.head != SIZE_MAX && (CL(&c, np.head) & L_CNOUN) &&
        !(CL(&c, np.head) & L_PEOPLE &&
          !(IS(&c, np.head, "bodies") || IS(&c, np.head, "corpses") ||
            IS(&c, np.head, "martyrs")))) {
      measure = LX(&c, np.head)->a;
      if (IS(&c, np.head, "casualties") || IS(&c, np.head, "lives"))
        measure = NF_M_KILLED;
      if (IS(&c, np.head, "lives") && !word_in(&c, c.a, c.b, L_CACT | L_TOLL) &&
          !word_in(&c, c.a, c.b, L_CVERB))
        measure = 0;
      own_measure = measure != 0;
    }
    // "three people dead", "six others injured": a casualty word inside
    // the phrase.
    bool after_head = false;  // ...after the head: "two of the victims dead"
    if (!measure && np.head != SIZE_MAX) {
      for (size_t k = np.head + 1; k < np.h1; k++)
        if ((CL(&c, k) & L_CNOUN) && !(CL(&c, k) & L_PEOPLE)) {
          measure = LX(&c, k)->a;
          own_measure = after_head = measure != 0;
          break;
        }
    }
    // 2. A verb that takes the count as object, right before it.
    int back = backward_measure(&c, np.q0);
    if (!measure && back > 0) measure = back;
    // "two dead and two others in the hospital", "killed one and sent two
    // to the hospital": where the people counted are says they were hurt,
    // beside a count of the dead (alone, such a count may hold the dead,
    // or people of a crash).
    bool dead_before = false;  // a count of the dead before, in the sentence
    for (size_t j = first_fig; j < x->f->n_figures && !dead_before; j++)
      dead_before = x->f->figures[j].measure == NF_M_KILLED;
    bool hosp_in;
    size_t hosp =
        measure || !dead_before
            ? SIZE_MAX
            : hospital_at(&c, np.h1 > np.t1 ? np.h1 : np.t1, &hosp_in);
    if (hosp != SIZE_MAX) {
      measure = NF_M_INJURED;
      own_measure = true;
      cue_at = hosp;
    }
    // 3. The first casualty verb after it in its clause.
    size_t fwd_at = SIZE_MAX;
    size_t fstart = np.h1 > np.t1 ? np.h1 : np.t1;
    // "Four of the five people shot died", "three of the wounded died":
    // the part's verb comes after its group, and says what the part is.
    bool part_of_group =
        IS(&c, np.t1, "of") && np.head != SIZE_MAX && np.head > np.t1;
    int fwd = 0;
    // The part's own verb, after its group and the group's participle
    // ("of the five people shot and killed"), or none yet.
    bool part_verb = after_head;
    if (part_of_group && (CL(&c, fstart) & L_CVERB) &&
        !(CL(&c, fstart - 1) & L_AUX)) {
      size_t after = fstart + 1;
      if (IS(&c, after, "and") && (CL(&c, after + 1) & L_CVERB)) after += 2;
      fwd = forward_measure_hurt(&c, after, &fwd_at, dead_before);
      // ...unless no verb follows: "Three of the victims died".
      if (fwd) fstart++, part_verb = true;
    }
    if (!fwd) {
      fwd = forward_measure_hurt(&c, fstart, &fwd_at, dead_before);
      // "One of the victims died" (but "one of the women who died", "the
      // five victims killed": the group's clause or participle)
      part_verb =
          part_verb ||
          (fwd &&
           (intransitive_death(&c, fstart) ||
            !((CL(&c, fstart) & L_CVERB) && !(CL(&c, fstart - 1) & L_AUX))) &&
           (!(IS(&c, fstart, "who") || IS(&c, fstart, "that")) ||
            relative_then_died(&c, fstart, fwd_at)));
    }
    // "Two of the four victims had died": the verb after a counted part's
    // group is the part's; the group keeps only its own participle ("four
    // of the five people shot").
    if (!part_of_group && counted_part_before(&c, np.q0) && fwd &&
        (fwd_at != fstart || !forward_measure(&c, fstart + 1, NULL)))
      fwd = 0, fwd_at = SIZE_MAX;
    if (part_of_group && fwd && fwd != NF_M_BURIED && back <= 0) measure = 0;
    // "One of the four dead was Thomas Smith", "Three of the wounded
    // remained in intensive care", "one of the women who died", "the names
    // of four of the five people found shot": a part that only its group's
    // words (its noun, participle or clause) tell of, or that a preposition
    // takes, is no count of its own. A verb of the part ("one of the
    // wounded has died") or one taking it ("killing two of the deputies")
    // makes it one; "all four of the wounded" is the group itself.
    bool group_words_only =
        part_of_group && back <= 0 && !IS(&c, np.q0 - 1, "all") &&
        (!part_verb || IS(&c, np.q0 - 1, "of") || IS(&c, np.q0 - 1, "for") ||
         IS(&c, np.q0 - 1, "as") || IS(&c, np.q0 - 1, "with") ||
         IS(&c, np.q0 - 1, "about"));
    if (!measure && fwd && perp_head(&c, np.head) &&
        clause_joined(&c, fstart, fwd_at))
      fwd = 0, fwd_at = SIZE_MAX;
    // "The sister of the two boys ... died": the count names whose she
    // is; the verb is hers.
    if (!measure && fwd && possessor(&c, np.q0)) fwd = 0, fwd_at = SIZE_MAX;
    if (!measure && fwd) {
      measure = fwd;
      cue_at = fwd_at;
    } else if (measure && fwd && fwd != measure &&
               (fwd == NF_M_BURIED || measure == NF_M_BURIED)) {
      also = fwd;
    }
    // "125 were government security forces": the predicate names them.
    if (np.h0 == np.h1 && (IS(&c, np.t1, "were") || IS(&c, np.t1, "was") ||
                           IS(&c, np.t1, "are"))) {
      numph tmp = np;
      tmp.t1 = np.t1 + 1;
      scan_head(&c, &tmp);
      if (tmp.head != SIZE_MAX) {
        cat_a = tmp.h0;
        cat_b = tmp.h1;
        np.head = tmp.head;
        counts_people = CL(&c, tmp.head) & (L_PEOPLE | L_CNOUN);
      }
    }
    // 4. A toll before it.
    int toll_cat = -1;
    size_t toll_at = SIZE_MAX;
    // "Death Toll Rises To Four In Chicago, 35 Others Wounded": a toll
    // that the number completes gives its measure, whatever verb follows.
    bool toll_governs =
        measure && cue_at != SIZE_MAX && !own_measure && back <= 0 &&
        np.h0 == np.h1 &&
        (IS(&c, np.q0 - 1, "to") || IS(&c, np.q0 - 1, "at") ||
         IS(&c, np.q0 - 1, "reached") || IS(&c, np.q0 - 1, "reaches") ||
         IS(&c, np.q0 - 1, "hit") || IS(&c, np.q0 - 1, "hits"));
    if (toll_governs) {
      int tm = toll_measure(&c, np.q0, &toll_at, &toll_cat);
      if (tm && np.q0 - toll_at <= 4)
        measure = 0, cue_at = SIZE_MAX;
      else
        toll_cat = -1, toll_at = SIZE_MAX;
    }
    if (!measure) {
      measure = toll_measure(&c, np.q0, &toll_at, &toll_cat);
      if (measure && np.h0 == np.h1) {
        size_t lo = toll_at;
        while (lo > c.a && toll_at - lo < 2 &&
               c.t[lo - 1].kind == NF_TOK_WORD &&
               !(CL(&c, lo - 1) & (L_DET | L_FUNC | L_AUX)))
          lo--;
        cat_a = lo;
        cat_b = toll_at + 1;
        // "the total number of civilian martyrs"
        if (IS(&c, toll_at + 1, "of") && toll_at + 2 < np.q0) {
          size_t m = toll_at + 2, n = 0;
          while (m < np.q0 && n < 3 && np_word(&c, m)) m++, n++;
          cat_a = toll_at + 2;
          cat_b = m;
        }
      }
    }
    // 5. "Among the dead ..."
    if (!measure) measure = scope_measure(&c, np.q0);
    // "left 5 dead", "leaving three injured"
    if (!measure && back < 0 && fwd) measure = fwd;
    // "shooting five people to death", "beat two men to death"
    if (measure == NF_M_INJURED && IS(&c, fstart, "to") &&
        IS(&c, fstart + 1, "death"))
      measure = NF_M_KILLED;
    // "One of a dozen soldiers was killed", "two of the 12 passengers
    // died": the verb tells of the part before "of", not of this group
    // (unless it qualifies the group itself: "four of the five people
    // shot").
    if (partitive_whole(&c, np.q0) && cue_at != SIZE_MAX &&
        cue_at != (np.h1 > np.t1 ? np.h1 : np.t1))
      measure = 0;
    // One person and a count, counted together: "A six-year-old and
    // three people were shot" is four people hit.
    size_t lead = SIZE_MAX;
    // "and" right before the count, or before a possessive ("he and his 2
    // kids", "a man and his two sons").
    size_t and_at = IS(&c, np.q0 - 1, "and") ? np.q0 - 1
                    : (IS(&c, np.q0 - 1, "his") || IS(&c, np.q0 - 1, "her") ||
                       IS(&c, np.q0 - 1, "their")) &&
                            IS(&c, np.q0 - 2, "and")
                        ? np.q0 - 2
                        : SIZE_MAX;
    if (!np.money && !np.pct && !np.vague && !np.range && np.q0 == np.t0 &&
        np.head != SIZE_MAX && (CL(&c, np.head) & L_PEOPLE) &&
        and_at != SIZE_MAX && !part_of_group) {
      size_t verb;
      lead = person_conjunct(&c, and_at, &verb);
      if (lead != SIZE_MAX && verb != SIZE_MAX) {
        // The verb before both is theirs: "Gunfire struck Milner and three
        // others" (people hit), "killed his wife and two children". In
        // "fatally shot a man and three others" the adverb may be meant
        // for the man alone: no sum.
        if (IS(&c, verb - 1, "fatally") || IS(&c, verb - 1, "mortally"))
          lead = SIZE_MAX;
        else
          measure = IS(&c, verb, "struck") || IS(&c, verb, "hit")
                        ? NF_M_INJURED
                        : cue_measure(&c, verb, false);
      }
      if (lead != SIZE_MAX &&
          !(measure == NF_M_KILLED || measure == NF_M_INJURED))
        lead = SIZE_MAX;
    }
    // "A couple and their two small children were found shot to death", "a
    // Roy couple and their two young children": a word of two people (the
    // lexicon's number word that is no cardinal), after its article and a
    // few words of its own, is two more; not whose ("the son of a couple").
    double lead_n = 1;
    if (lead == SIZE_MAX && and_at != SIZE_MAX && and_at > c.a + 1 &&
        !np.money && !np.pct && !np.vague && !np.range && np.q0 == np.t0 &&
        !part_of_group && np.head != SIZE_MAX && (CL(&c, np.head) & L_PEOPLE) &&
        LX(&c, and_at - 1) && LX(&c, and_at - 1)->num == 2 &&
        !(CL(&c, and_at - 1) & (L_NUM | L_SCALE | L_VAGUE | L_ORD)) &&
        (measure == NF_M_KILLED || measure == NF_M_INJURED)) {
      size_t a = and_at - 2;
      while (a > c.a && and_at - a < 4 && !article(&c, a) && WORD(&c, a) &&
             !(CL(&c, a) & (L_FUNC | L_AUX | L_CVERB | L_CACT | L_NUM)))
        a--;
      if (article(&c, a) && !IS(&c, a - 1, "of")) lead = a, lead_n = 2;
    }
    // "Teen girl shot along with three others", "a man was killed along
    // with two others": one person before the verb, and the count.
    if (lead == SIZE_MAX && !np.money && !np.pct && !np.vague && !np.range &&
        np.q0 == np.t0 && np.q0 >= c.a + 3 && IS(&c, np.q0 - 1, "with") &&
        IS(&c, np.q0 - 2, "along") && np.head != SIZE_MAX &&
        (CL(&c, np.head) & L_PEOPLE) && !part_of_group) {
      size_t v = np.q0 - 3;
      int vm = (CL(&c, v) & L_CVERB) ? cue_measure(&c, v, true) : 0;
      bool one = !IS(&c, v - 1, "were") && !IS(&c, v - 1, "are") &&
                 !IS(&c, v - 1, "have");
      for (size_t k = c.a; k < v && one; k++)
        if (NUM(&c, k) || (CL(&c, k) & L_NUM) || IS(&c, k, "and")) one = false;
      if (one && (vm == NF_M_KILLED || vm == NF_M_INJURED))
        lead = v, measure = vm, cue_at = v;
    }
    // A headline joins them with a comma: "Woman, 3 teenage daughters shot
    // in Nashville", "Father, two children die in crash", "Chicago teen
    // girl, 2 others wounded": one person, in a few words that open the
    // headline, before the comma.
    if (lead == SIZE_MAX && st->in == NF_IN_TITLE && !np.money && !np.pct &&
        !np.vague && !np.range && np.q0 == np.t0 && np.q0 >= c.a + 2 &&
        np.q0 <= c.a + 4 && PUNCT(&c, np.q0 - 1, ',') &&
        (CL(&c, np.q0 - 2) & L_PNOUN) && !(CL(&c, np.q0 - 2) & L_PERP) &&
        np.head != SIZE_MAX && (CL(&c, np.head) & L_PEOPLE) && !part_of_group &&
        (measure == NF_M_KILLED || measure == NF_M_INJURED)) {
      bool words = true;
      for (size_t k = c.a; k + 2 < np.q0; k++)
        words =
            words && WORD(&c, k) &&
            !(CL(&c, k) & (L_FUNC | L_AUX | L_CVERB | L_CACT | L_NUM | L_PERP));
      if (words) lead = c.a;
    }
    // ...and after it: "two children and their father were found dead".
    size_t trail = SIZE_MAX;
    if (lead == SIZE_MAX && !np.money && !np.pct && !np.vague && !np.range &&
        np.head != SIZE_MAX && (CL(&c, np.head) & L_PEOPLE) && !part_of_group &&
        IS(&c, np.h1, "and") && article(&c, np.h1 + 1) &&
        (CL(&c, np.h1 + 2) & L_PNOUN) && !(CL(&c, np.h1 + 2) & L_PERP) &&
        (CL(&c, np.h1 + 3) & L_AUX) && cue_at != SIZE_MAX && cue_at > np.h1 &&
        (measure == NF_M_KILLED || measure == NF_M_INJURED))
      trail = np.h1 + 3;
    bool keep = !group_words_only;
    // "One of the wounded has died", "one of them later died": one more
    // dead; what else happens to one of a group is no count.
    if (measure == NF_M_INJURED && cue_at == fwd_at && fwd_at != SIZE_MAX &&
        relative_then_died(&c, fstart, fwd_at))
      measure = NF_M_KILLED;
    if (np.spelled && np.value == 1 && IS(&c, np.t1, "of") &&
        measure != NF_M_KILLED)
      keep = false;
    // "the 2010 death of a trainer": a count of more than one counts a
    // plural.
    if (np.head != SIZE_MAX && !np.vague && np.value >= 2 &&
        (IS(&c, np.head, "death") || IS(&c, np.head, "killing") ||
         IS(&c, np.head, "injury") || IS(&c, np.head, "murder")))
      keep = false;
    // ("Alawites", but not the events of a headline: "2 Shootings")
    bool people_head =
        np.head != SIZE_MAX &&
        ((CL(&c, np.head) & (L_PEOPLE | L_CNOUN)) ||
         ((c.t[np.head].flags & NF_TF_CAP) &&
          c.s[c.t[np.head].end - 1] == 's' &&
          !(LEN(&c, np.head) > 5 &&
            memcmp(c.s + c.t[np.head].end - 4, "ings", 4) == 0)));
    // Rates and things: "19.3 deaths per 100,000", "shot two times", "two
    // cars were hit" are no counts of people.
    if (IS(&c, np.h1, "per") ||
        (np.head != SIZE_MAX && (CL(&c, np.head) & L_NOTCOUNT)))
      keep = false;
    if (measure && measure != NF_M_OTHER && np.head != SIZE_MAX &&
        !people_head && !np.money && !np.pct)
      measure = 0;
    // "12 people, including three children": a part takes its whole's
    // measure, however small it is.
    if (!measure && !np.money && !np.pct && counts_people) {
      int32_t w = including_whole(x, &c, np.q0, first_fig);
      if (w >= 0) measure = x->f->figures[w].measure;
    }
    // "killed 2 adults, 2 teens": a count of people right after another
    // one, joined by a comma or "and", takes its measure.
    size_t nth = x->f->n_figures - first_fig;
    if (!measure && counts_people && !np.money && !np.pct && nth > 0 &&
        nth <= NF_LIST_MAX && list_b[nth - 1] != SIZE_MAX &&
        list_joined(&c, list_b[nth - 1], np.q0)) {
      const nf_figure *g = &x->f->figures[x->f->n_figures - 1];
      // (but in "left one man dead and six others with gunshot wounds" the
      // word after the first count's people is its own, not the list's)
      size_t last = list_b[nth - 1] - 1;
      bool own_word = (CL(&c, last) & L_CNOUN) && !(CL(&c, last) & L_PEOPLE);
      if ((g->measure == NF_M_KILLED || g->measure == NF_M_INJURED) &&
          !own_word)
        measure = g->measure;
    }
    // "ten children perished in 2013": a tally of a year is no toll of
    // this story's event.
    if ((measure == NF_M_KILLED || measure == NF_M_INJURED) && !np.money &&
        !np.pct) {
      if (period < 0) period = period_tally(&c);
      if (!compared_read) compared = compared_event_at(&c);
      compared_read = true;
      if (period || compared < np.q0) measure = 0;
    }
    if (np.money) {
      measure = NF_M_MONEY;
    } else if (np.pct) {
      measure = NF_M_SHARE;
    } else if (!measure) {
      // No casualty: keep counts of things, not bare numbers.
      // Other counts: ten or more ("200 homes", "5,000 troops"), or
      // qualified ("more than 80 diggers"); "two girls" and "three jobs"
      // are background, rarely claims about the story.
      if (np.head == SIZE_MAX || np.vague || (CL(&c, np.head) & L_NOTCOUNT) ||
          (np.spelled && np.value < 2 && !counts_people) ||
          c.t[np.head].kind != NF_TOK_WORD ||
          (c.t[np.head].flags & NF_TF_CAP && !(st->in == NF_IN_TITLE)) ||
          !(np.value >= 10 || np.range || np.qual != NF_Q_EXACT))
        keep = false;
      measure = NF_M_OTHER;
    }
    // "one" alone is no count unless a verb tells what happened to it
    // ("killed one and injured three", "one was shot dead").
    if (np.spelled && np.value == 1 && !counts_people &&
        measure != NF_M_MONEY && cue_at == SIZE_MAX && back <= 0)
      keep = false;
    // "fired one shot", "one shot the other": a bare number right before
    // "shot" with no auxiliary is the noun or an active verb, not a count
    // of the shot (headlines aside: "2 Shot In Chicago").
    if (np.h0 == np.h1 && cue_at == np.t1 && IS(&c, np.t1, "shot") &&
        st->full && st->in == NF_IN_BODY)
      keep = false;
    // "Four people were shot ... two were seriously injured and two were
    // treated and released": counts by condition are parts of a count
    // given before, no count of everyone.
    // "Three people were found shot to death ... All three were shot in the
    // head", "All four victims suffered gunshot wounds": all of a group of
    // the dead, hit, is no count of the wounded.
    if (keep && measure == NF_M_INJURED && cue_at != SIZE_MAX &&
        (IS(&c, np.q0 - 1, "all") || IS(&c, np.q0 - 1, "both")) &&
        (IS(&c, cue_at, "shot") || IS(&c, cue_at, "struck") ||
         IS(&c, cue_at, "hit") || IS(&c, cue_at, "wounds")))
      for (size_t j = 0; j < x->f->n_figures && keep; j++) {
        const nf_figure *g = &x->f->figures[j];
        keep = !(g->measure == NF_M_KILLED && g->whole < 0 &&
                 g->value == np.value);
      }
    if (keep && measure == NF_M_INJURED && cue_at != SIZE_MAX &&
        condition_cue(&c, cue_at) &&
        larger_injured_before(x, first_fig, x->f->n_figures, np.value))
      keep = false;
    if (!keep) {
      i = next_i;
      continue;
    }
    // Category.
    if (lead != SIZE_MAX || trail != SIZE_MAX) cat_a = cat_b = np.h1;
    cat = lead != SIZE_MAX || trail != SIZE_MAX
              ? NF_C_ALL  // people of all kinds
              : category_of(&c, cat_a, cat_b, np.head);
    if (cat < 0 && toll_cat >= 0) cat = toll_cat;
    if ((cat < 0 || cat == NF_C_ALL) && np.head != SIZE_MAX &&
        IS(&c, np.head, "members") && np.head == cat_a) {
      // "militant groups ... lost 231 members": the subject says who (but
      // "five family members" say it themselves).
      for (size_t k = c.a; k < np.q0; k++) {
        uint64_t cl = CL(&c, k);
        if (cl & (L_PEOPLE | L_CATMOD)) {
          int cc = Nf_lex_category(LX(&c, k));
          if (cc != NF_C_ALL) cat = cc;
        }
      }
    }
    if (cat < 0) {
      if (measure == NF_M_MONEY || measure == NF_M_SHARE ||
          (measure == NF_M_OTHER && !counts_people))
        cat = NF_C_OTHER;
      else
        cat = NF_C_ALL;
    }
    nf_figure *f = Nf_fx_push(x, (void **)&x->f->figures, &x->f->n_figures,
                              &x->cap_fig, sizeof *f);
    if (!f) return;
    memset(f, 0, sizeof *f);
    size_t end = np.h1 > np.t1 ? np.h1 : np.t1;
    end = postmodifier_end(&c, end);
    if (cat_b == np.h1) cat_b = postmodifier_end(&c, cat_b);
    if (trail != SIZE_MAX) end = trail;
    set_text(x, si, f, &c, lead != SIZE_MAX ? lead : np.q0, end);
    f->value =
        np.vague || np.range
            ? NAN
            : np.value + (lead != SIZE_MAX ? lead_n : 0) + (trail != SIZE_MAX);
    f->low = np.low;
    f->high = np.high;
    f->qualifier = np.qual;
    f->measure = (uint8_t)measure;
    f->also_measure = (uint8_t)also;
    f->category = (uint8_t)cat;
    if (cat_b > cat_a)
      f->category_text = Nf_fx_text(x, si, cat_a, cat_b);
    else if (cue_at != SIZE_MAX)
      f->category_text = Nf_fx_text(x, si, cue_at, cue_at + 1);
    f->unit = np.unit;
    f->whole = -1;
    f->source = -1;
    f->place = -1;
    f->date = -1;
    f->superseded = superseded(&c, &np);
    // Parts: "1,018, including 745 civilians", "31 bodies, including
    // those of nine children and four women".
    for (size_t k = np.q0; k-- > c.a;) {
      if (IS(&c, k, "including") ||
          (IS(&c, k, "among") && k + 1 < np.q0 &&
           (IS(&c, k + 1, "them") || IS(&c, k + 1, "whom")))) {
        // the whole is the last figure before the cue in this sentence
        for (size_t w = x->f->n_figures - 1; w-- > first_fig;) {
          nf_figure *g = &x->f->figures[w];
          // "seven dead, including some relatives, and one wounded": a
          // count that names another measure is no part of this whole.
          if (own_measure && g->measure != f->measure) break;
          // "seven people were shot, including one who died": a part
          // with a clause of its own keeps what it says.
          if (cue_at != SIZE_MAX && cue_at == fwd_at &&
              (IS(&c, fstart, "who") || IS(&c, fstart, "that")) &&
              f->measure == NF_M_KILLED && g->measure == NF_M_INJURED)
            break;
          if (g->span.end <= c.t[k].start && g->whole < 0 &&
              (g->measure == f->measure || f->measure == NF_M_OTHER ||
               back == 0)) {
            f->whole = (int32_t)w;
            if (f->measure == NF_M_OTHER || fwd == NF_M_BURIED ||
                (f->measure != g->measure && !back)) {
              f->measure = g->measure;
              f->also_measure = g->also_measure;
            }
            break;
          }
        }
        break;
      }
      if (c.t[k].kind == NF_TOK_PUNCT && (c.t[k].cp == ';')) break;
      if (k + 12 < np.q0) break;
    }
    st->n_figs++;
    if (nth < NF_LIST_MAX) {
      bool listable = counts_people && !np.vague && !np.range &&
                      np.qual == NF_Q_EXACT && f->whole < 0;
      list_a[nth] = !listable ? SIZE_MAX : lead != SIZE_MAX ? lead : np.q0;
      list_b[nth] = listable ? end : SIZE_MAX;
    }
    i = next_i;
  }
  list_sums(x, si, &c, first_fig, list_a, list_b);
  next_in_line(x, si, &c, first_fig);
}

void Nf_fx_figures(fx *x) {
  for (size_t si = 0; si < x->n_sents && !x->status; si++)
    sentence_figures(x, si);
  // "Among those killed, 125 were ...": parts of the last toll given.
  nf_facts *F = x->f;
  for (size_t i = 0; i < F->n_figures; i++) {
    nf_figure *f = &F->figures[i];
    if (f->whole >= 0 || f->category == NF_C_ALL) continue;
    int si = f->span.sentence;
    sc c = sc_sent(x, (size_t)si);
    if (!(IS(&c, c.a, "among") && (CL(&c, c.a + 1) & (L_DET | L_FUNC))))
      continue;
    for (size_t w = i; w-- > 0;) {
      nf_figure *g = &F->figures[w];
      if (g->span.in != f->span.in) break;
      if (g->span.sentence + 3 < si) break;
      if (g->measure == f->measure && g->category == NF_C_ALL && g->whole < 0 &&
          g->span.sentence < si && !g->superseded) {
        f->whole = (int32_t)w;
        break;
      }
    }
  }
  // A bare "toll" takes the category of the toll given just before it
  // ("... civilian martyrs amounted to 973. Its previous toll of 830").
  for (size_t i = 1; i < F->n_figures; i++) {
    nf_figure *f = &F->figures[i];
    if (f->category != NF_C_ALL || !f->category_text) continue;
    if (strcmp(f->category_text, "toll") != 0 &&
        strcmp(f->category_text, "previous toll") != 0 &&
        strcmp(f->category_text, "earlier toll") != 0)
      continue;
    for (size_t w = i; w-- > 0;) {
      nf_figure *g = &F->figures[w];
      if (g->span.in != f->span.in || g->span.sentence + 2 < f->span.sentence)
        break;
      if (g->measure == f->measure) {
        f->category = g->category;
        break;
      }
    }
  }
}
