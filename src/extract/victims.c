// Victims: people reported killed, hurt, missing or arrested one at a time
// rather than as a number ("a 23-year-old man was shot and killed", "Khaled
// Al Raad, a Latakia resident, was injured", "police shot and killed a
// 19-year-old", "the gunman was killed by police"). Numbers are figures, not
// victims; pronouns and "the victim" refer back to someone already counted
// and are skipped.
#include <string.h>

#include "extract/scan.h"

static bool perpetrator_word(const sc *c, size_t i) {
  return (CL(c, i) & L_PERP) != 0;
}

// A person noun: man, woman, teen, officer, resident ... (singular).
static bool person_noun(const sc *c, size_t i) {
  if (CL(c, i) & L_PNOUN) return true;
  // "a 19-year-old" alone is a person; so are "a 17 year old" and "a
  // 16 year-old" as some reports write them
  return IS(c, i, "old") && i >= c->a + 2 &&
         (IS(c, i - 2, "year") ||
          (IS(c, i - 1, "year") && c->t[i - 2].kind == NF_TOK_NUM)) &&
         !(i + 1 < c->b && (CL(c, i + 1) & (L_PEOPLE | L_PNOUN)));
}

// An adverb between an auxiliary and its verb: "was accidentally shot",
// "was fatally wounded". Words in -ly that are not adverbs are kept out.
static bool ly_adverb(const sc *c, size_t i) {
  if (i < c->a || i >= c->b || c->t[i].kind != NF_TOK_WORD) return false;
  size_t n = c->t[i].end - c->t[i].start;
  const char *w = c->s + c->t[i].start;
  if (n < 5 || w[n - 2] != 'l' || w[n - 1] != 'y') return false;
  return !IS(c, i, "family") && !IS(c, i, "early") && !IS(c, i, "only") &&
         !IS(c, i, "daily") && !IS(c, i, "weekly") && !IS(c, i, "elderly");
}

// Is the number at i an age ("16-year-old", "17 year old", "16 year-old")?
static bool age_number(const sc *c, size_t i) {
  if (i + 1 >= c->b) return false;
  const nf_tok *n = &c->t[i + 1];
  if (n->kind == NF_TOK_PUNCT && Nf_cp_is_hyphen(n->cp) &&
      (n->flags & NF_TF_GLUE))
    return true;  // "16-year-old", "two-year-old"
  return c->t[i].kind == NF_TOK_NUM &&
         (IS(c, i + 1, "year") || IS(c, i + 1, "years") ||
          IS(c, i + 1, "month") || IS(c, i + 1, "months"));
}

static int category_of(const sc *c, size_t i) {
  // "son", "daughter": of any age; add_victim uses the age when given
  uint64_t cl = CL(c, i);
  if (cl & L_MALE) return NF_C_MEN;
  if (cl & L_FEMALE) return NF_C_WOMEN;
  if (cl & L_YOUNG) return NF_C_CHILDREN;
  if (cl & L_FORCE) return NF_C_SECURITY_FORCES;
  return NF_C_ALL;
}

// Verbs of what happened to someone that the lexicon does not class as
// casualty verbs: "suffered a wound", "is recovering", "was taken to a
// hospital", "gunned down".
static bool lead_verb(const sc *c, size_t i) {
  return IS(c, i, "suffered") || IS(c, i, "suffers") || IS(c, i, "suffering") ||
         IS(c, i, "sustained") || IS(c, i, "sustains") ||
         IS(c, i, "recovering") || IS(c, i, "taken") ||
         IS(c, i, "transported") || IS(c, i, "rushed") ||
         IS(c, i, "airlifted") || IS(c, i, "flown") || IS(c, i, "gunned") ||
         IS(c, i, "grazed");
}

// A death no one caused, told after the verb: "died naturally", "died of
// natural causes", "died from an illness" (a death in a crash is still
// someone killed).
static bool other_death(const sc *c, size_t j) {
  for (size_t q = j; q < c->b && q < j + 6; q++) {
    if (IS(c, q, "naturally") || IS(c, q, "natural") || IS(c, q, "illness") ||
        IS(c, q, "cancer") || IS(c, q, "disease"))
      return true;
    if (KIND(c, q, NF_TOK_PUNCT) && !HYPHEN(c, q)) return false;
    if (CL(c, q) & (L_CVERB | L_CACT)) return false;  // "... after being shot"
  }
  return false;
}

// How many tokens after "was shot" its own "and died" may come ("in the
// back of his head and was pronounced dead").
#define NF_VICTIM_DIED_REACH 14

// The measure of the verb group at k: "shot and killed", "was shot",
// "died", "was pronounced dead", "was arrested". Sets *end past it.
// Is token i, after "shot at", whom shots were fired at ("shot at a dozen
// people", "shot at police", "shot at them"), not a place or time ("shot
// at close range", "shot at his home", "shot at 3 a.m.")? Whoever "shot
// at" people fired; whether anyone was hit is told apart.
static bool fire_target(const sc *c, size_t i) {
  for (size_t n = 0; n < 4 && i < c->b; n++, i++) {
    if (IS(c, i, "a") || IS(c, i, "an") || IS(c, i, "the") || IS(c, i, "two") ||
        IS(c, i, "dozen") || IS(c, i, "several") || IS(c, i, "multiple") ||
        IS(c, i, "other") || IS(c, i, "responding") ||
        (NUM(c, i) && !age_number(c, i)) || (CL(c, i) & L_NUM))
      continue;
    break;
  }
  if (i >= c->b) return false;
  if (IS(c, i, "him") || IS(c, i, "them") || IS(c, i, "police") ||
      IS(c, i, "officers") || IS(c, i, "deputies") || IS(c, i, "people") ||
      IS(c, i, "troopers") || IS(c, i, "agents"))
    return true;
  // "at a man's car": the owner's thing
  bool poss = (c->t[i].flags & NF_TF_POSS) ||
              (i + 1 < c->b && (c->t[i + 1].flags & NF_TF_POSS));
  return !poss && (CL(c, i) & (L_PEOPLE | L_PNOUN)) != 0;
}

// After "taken to a hospital": did the one taken die there ("where he
// died", ", and later died", "but was pronounced dead")? Only within the
// sentence's clauses about that person: a clause with a subject of its
// own tells of someone else ("where Loften later died", "where one died
// and the other remains in critical condition", "including the victim who
// died").
static bool hospital_death(const sc *c, size_t q) {
  for (; q < c->b; q++) {
    if (IS(c, q, "died") || IS(c, q, "dead") || IS(c, q, "succumbed"))
      return true;
    if (KIND(c, q, NF_TOK_PUNCT) && !PUNCT(c, q, ',') && !HYPHEN(c, q))
      return false;
    if (IS(c, q, "who") || IS(c, q, "including") || IS(c, q, "while"))
      return false;
    if (IS(c, q, "where") || IS(c, q, "and") || IS(c, q, "but") ||
        IS(c, q, "before")) {
      // the next word opens the clause: the person again ("he", "she",
      // "they"), or no subject at all ("and later died", "but was")
      size_t n = q + 1;
      if (n >= c->b || !KIND(c, n, NF_TOK_WORD)) return false;
      if (IS(c, n, "he") || IS(c, n, "she") || IS(c, n, "they") ||
          IS(c, n, "later") || IS(c, n, "then") || IS(c, n, "died") ||
          IS(c, n, "succumbed") || IS(c, n, "pronounced") ||
          ((CL(c, n) & L_AUX) && !(CL(c, n) & L_CVERB)) || ly_adverb(c, n))
        continue;
      return false;
    }
  }
  return false;
}

// After "was shot" and where or how ("in the chest", "twice", "Tuesday
// night"): did the same person die, told in a clause of their own with
// no subject ("and died at the scene", "and was pronounced dead", "and
// later died")? A clause with a subject, or a relative clause, tells of
// others ("and his brother died", "in the attack that left three dead").
static bool died_after(const sc *c, size_t j) {
  // (most verbs have no "and" near: find it first, then read the words
  // before it)
  size_t q = j, and = SIZE_MAX;
  for (; q < c->b && q < j + NF_VICTIM_DIED_REACH && and == SIZE_MAX; q++) {
    if (KIND(c, q, NF_TOK_PUNCT) && !PUNCT(c, q, ',') && !HYPHEN(c, q))
      return false;
    if (IS(c, q, "and")) and = q;
  }
  if (and == SIZE_MAX) return false;
  for (q = j; q < and; q++)
    if (IS(c, q, "who") || IS(c, q, "that") || IS(c, q, "which") ||
        IS(c, q, "where") || IS(c, q, "when") || IS(c, q, "while") ||
        IS(c, q, "after") || IS(c, q, "before") || IS(c, q, "including") ||
        IS(c, q, "as") || IS(c, q, "because") || IS(c, q, "left") ||
        IS(c, q, "leaving") || IS(c, q, "killing") || IS(c, q, "but"))
      return false;
  size_t n = and+1;
  while (n < c->b && n < and+4 &&
         (IS(c, n, "later") || IS(c, n, "then") || IS(c, n, "eventually") ||
          ((CL(c, n) & L_AUX) && !(CL(c, n) & L_CVERB)) || ly_adverb(c, n)))
    n++;
  return IS(c, n, "died") || IS(c, n, "succumbed") ||
         (IS(c, n, "pronounced") && IS(c, n + 1, "dead"));
}

static int verb_measure(const sc *c, size_t k, size_t *end) {
  size_t j = k;
  bool fatally = false;
  while (j < c->b && (((CL(c, j) & L_AUX) && !(CL(c, j) & L_CVERB)) ||
                      (ly_adverb(c, j) && !IS(c, j, "fatally")))) {
    if (IS(c, j, "fatally") || IS(c, j, "mortally")) fatally = true;
    j++;
  }
  if (IS(c, j, "fatally")) fatally = true, j++;
  if (j >= c->b) return 0;
  int m = 0;
  // "is fighting for her life", "remains clinging to life": hurt
  if (j > k && IS(c, j, "fighting") && IS(c, j + 1, "for") &&
      (IS(c, j + 2, "his") || IS(c, j + 2, "her") || IS(c, j + 2, "their")) &&
      (IS(c, j + 3, "life") || IS(c, j + 3, "lives"))) {
    if (end) *end = j + 4;
    return NF_M_INJURED;
  }
  if (j > k && IS(c, j, "clinging") && IS(c, j + 1, "to") &&
      IS(c, j + 2, "life")) {
    if (end) *end = j + 3;
    return NF_M_INJURED;
  }
  // "is in critical condition", "remains in stable condition"
  {
    size_t q = j;
    if (IS(c, q, "in")) q++;
    while (q < c->b && q < j + 3 && ly_adverb(c, q)) q++;
    if ((IS(c, q, "critical") || IS(c, q, "serious") || IS(c, q, "stable") ||
         IS(c, q, "grave") || IS(c, q, "fair")) &&
        IS(c, q + 1, "condition") && j > k) {
      if (end) *end = q + 2;
      return NF_M_INJURED;
    }
  }
  // "suffered a gunshot wound", "sustained fatal injuries" (the lexicon
  // tags these words L_TRIG: most verbs are none of them)
  bool trig = (CL(c, j) & L_TRIG) != 0;
  if (trig &&
      (IS(c, j, "suffered") || IS(c, j, "suffers") || IS(c, j, "sustained") ||
       IS(c, j, "sustains") || IS(c, j, "suffering"))) {
    bool fatal = false;
    for (size_t q = j + 1; q < c->b && q < j + 7; q++) {
      if (IS(c, q, "fatal") || IS(c, q, "mortal") || IS(c, q, "fatally"))
        fatal = true;
      if (IS(c, q, "wound") || IS(c, q, "wounds") || IS(c, q, "injury") ||
          IS(c, q, "injuries")) {
        m = fatal ? NF_M_KILLED : NF_M_INJURED;
        j = q;
        break;
      }
      if (KIND(c, q, NF_TOK_PUNCT) && !HYPHEN(c, q)) break;
    }
    if (!m) return 0;
  } else if (trig && IS(c, j, "recovering")) {
    // "is recovering from a gunshot wound", "recovering after the shooting"
    for (size_t q = j + 1; q < c->b && q < j + 6 && !m; q++)
      if (IS(c, q, "wound") || IS(c, q, "wounds") || IS(c, q, "injuries") ||
          IS(c, q, "shooting") || IS(c, q, "shot") || IS(c, q, "gunshot") ||
          IS(c, q, "stabbing") || IS(c, q, "hospital"))
        m = NF_M_INJURED;
    if (!m) return 0;
  } else if (trig &&
             (IS(c, j, "taken") || IS(c, j, "transported") ||
              IS(c, j, "rushed") || IS(c, j, "airlifted") ||
              IS(c, j, "flown")) &&
             IS(c, j + 1, "to") &&
             (IS(c, j + 2, "hospital") || IS(c, j + 3, "hospital") ||
              IS(c, j + 4, "hospital"))) {
    // "was taken to a hospital (where he died)"
    m = NF_M_INJURED;
    if (hospital_death(c, j + 2)) m = NF_M_KILLED;
  } else if (trig && IS(c, j, "gunned") && IS(c, j + 1, "down")) {
    m = NF_M_KILLED, j++;
  } else if (IS(c, j, "killed") || IS(c, j, "died") || IS(c, j, "dies") ||
             IS(c, j, "slain") || IS(c, j, "murdered") ||
             IS(c, j, "executed") || IS(c, j, "dead")) {
    if (other_death(c, j + 1)) return 0;
    m = NF_M_KILLED;
  } else if ((IS(c, j, "pronounced") || IS(c, j, "found")) &&
             (IS(c, j + 1, "dead") || IS(c, j + 1, "dying")))
    m = NF_M_KILLED, j++;  // "was found dying": reported once dead
  else if ((IS(c, j, "struck") || IS(c, j, "hit")) &&
           (IS(c, j + 1, "by") ||
            (IS(c, j + 1, "and") && IS(c, j + 2, "killed")) ||
            ((IS(c, j + 1, "in") || IS(c, j + 1, "on")) &&
             (IS(c, j + 2, "the") || IS(c, j + 2, "his") ||
              IS(c, j + 2, "her") || IS(c, j + 2, "their") ||
              IS(c, j + 2, "both")))))
    // "was struck by a bullet", "hit by a car", "was struck in the
    // chest", "was hit in his leg"
    m = NF_M_INJURED;
  else if ((IS(c, j, "shot") && !IS(c, j + 1, "into") &&
            !(IS(c, j + 1, "at") && fire_target(c, j + 2))) ||
           IS(c, j, "stabbed") || IS(c, j, "wounded") || IS(c, j, "injured") ||
           IS(c, j, "hurt") || IS(c, j, "hospitalized") ||
           IS(c, j, "hospitalised") || IS(c, j, "grazed"))
    m = NF_M_INJURED;  // (who "shot into a home" shot)
  else if (IS(c, j, "arrested") || IS(c, j, "detained") ||
           IS(c, j, "apprehended") ||
           (IS(c, j, "taken") && IS(c, j + 1, "into") &&
            IS(c, j + 2, "custody")))
    m = NF_M_ARRESTED;
  else if (IS(c, j, "missing") || IS(c, j, "abducted") || IS(c, j, "kidnapped"))
    m = NF_M_MISSING;
  if (!m) return 0;
  j++;
  if (m == NF_M_INJURED) {
    if (IS(c, j, "dead")) {
      m = NF_M_KILLED;
      j++;
    } else if ((IS(c, j, "to") && IS(c, j + 1, "death")) ||
               ((IS(c, j, "and") || PUNCT(c, j, ',')) &&
                (IS(c, j + 1, "killed") || IS(c, j + 1, "died") ||
                 IS(c, j + 1, "dies")))) {
      // "shot and killed", "shot, killed" (headlines)
      m = NF_M_KILLED;
      j += 2;
    } else if (fatally || died_after(c, j)) {
      m = NF_M_KILLED;
    }
  }
  if (end) *end = j;
  return m;
}

// The number token k says ("6", "six"), or -1.
static long number_at(const sc *c, size_t k) {
  if (NUM(c, k)) {
    long v = INT(c, k, NULL);
    return v <= 10000 ? v : -1;
  }
  const nf_lex *l = KIND(c, k, NF_TOK_WORD) ? LX(c, k) : NULL;
  return l && (l->cls & L_NUM) && l->num >= 0 && l->num < 10000 ? (long)l->num
                                                                : -1;
}

// The age given in [a, b) or right after it: "a 23-year-old man",
// "Maria Lopez, 34,". -1 when none.
static int age_at(const sc *c, size_t i) {
  long v = INT(c, i, NULL);
  return v >= 0 && v < 130 ? (int)v : -1;
}
static int age_in(fx *x, size_t si, size_t a, size_t b) {
  sc c = sc_sent(x, si);
  for (size_t k = a; k < b && k + 2 < c.b; k++) {
    size_t unit = HYPHEN(&c, k + 1) ? k + 2 : k + 1;
    // "a 21-month-old boy": an age in months is one in whole years too
    int per_year = IS(&c, unit, "year")                              ? 1
                   : IS(&c, unit, "month") || IS(&c, unit, "months") ? 12
                                                                     : 0;
    if (!per_year) continue;
    // "a 23-year-old", "a ten-year-old girl": digits or a number word
    long v = number_at(&c, k);
    if (v >= 0 && v / per_year < 130) return (int)(v / per_year);
    if (NUM(&c, k)) return -1;
  }
  // a headline's "Campbell boy, 7,": the age inside the words read
  for (size_t k = a + 1; k + 1 < b; k++)
    if (PUNCT(&c, k, ',') && NUM(&c, k + 1) &&
        c.t[k + 1].end - c.t[k + 1].start <= 3 && person_noun(&c, k - 1))
      return age_at(&c, k + 1);
  if (b + 2 < c.b && PUNCT(&c, b, ',') && NUM(&c, b + 1) &&
      c.t[b + 1].end - c.t[b + 1].start <= 3)
    return age_at(&c, b + 1);
  return -1;
}

// Kinship words say nothing of age: "his sister" may be "a 10-year-old
// girl". The last word of a description (before an age: "sister, 3,").
static bool kin_word(nf_sv w) {
  const nf_lex *l = w.n ? Nf_lex_find(w.p, w.n) : NULL;
  return l && (Nf_lex_merged[l - Nf_lex_entries] & L_KIN);
}
static bool kin_head(const char *d) {
  size_t e = d ? strlen(d) : 0;
  while (e > 0 && (d[e - 1] == ',' || d[e - 1] == ' ' ||
                   (d[e - 1] >= '0' && d[e - 1] <= '9')))
    e--;
  size_t b = e;
  while (b > 0 && d[b - 1] != ' ') b--;
  return kin_word(Nf_sv(d + b, e - b));
}

// Are two names one person's: every word of the shorter is in the
// longer ("Timea" and "Timea Batts", "Raad" and "Khaled Al Raad")?
static bool name_part(const char *a, const char *b) {
  if (!a || !b) return false;
  if (strlen(a) > strlen(b)) {
    const char *t = a;
    a = b, b = t;
  }
  nf_sv rest = Nf_sv_cstr(a);
  bool any = false;
  while (rest.n) {
    size_t n = 0;
    while (n < rest.n && rest.p[n] != ' ') n++;
    nf_sv w = Nf_sv(rest.p, n);
    bool found = false;
    for (nf_sv r = Nf_sv_cstr(b); r.n && !found;) {
      size_t m = 0;
      while (m < r.n && r.p[m] != ' ') m++;
      found = n && Nf_sv_ieq(w, Nf_sv(r.p, m));
      r = m < r.n ? Nf_sv(r.p + m + 1, r.n - m - 1) : Nf_sv(r.p, 0);
    }
    if (n && !found) return false;
    any |= n > 0;
    rest =
        n < rest.n ? Nf_sv(rest.p + n + 1, rest.n - n - 1) : Nf_sv(rest.p, 0);
  }
  return any;
}

// May people of categories ca and cb be one? The same category or one
// unknown; loosely also a child and an adult when neither age is given
// ("Boy killed" then "a man, 19,": no; "Teen killed" then "a male": yes).
static bool same_kind(int ca, int cb, bool loose) {
  if (ca == cb || ca == NF_C_ALL || cb == NF_C_ALL) return true;
  if (!loose) return false;
  return (ca == NF_C_CHILDREN && (cb == NF_C_MEN || cb == NF_C_WOMEN)) ||
         (cb == NF_C_CHILDREN && (ca == NF_C_MEN || ca == NF_C_WOMEN));
}

// ---- Victims of earlier events ----------------------------------------

// How many days before the report a date in a victim's sentence makes it
// another event's: reports of an arrest or a funeral come days after the
// shooting they tell of; "in December" in an August report, "in August
// 2013", "Nov. 22" in a late December report are other shootings.
#define NF_VICTIM_EARLIER_DAYS 30

// Words that place a victim in an event before the report's: "last year",
// "three years ago", "earlier this month", "in a separate shooting", "a
// previous shooting". Token i is the first word of the phrase (of the
// lexicon's class L_EARLY).
static bool earlier_phrase(const sc *c, size_t i) {
  if (!(CL(c, i) & L_EARLY)) return false;
  if (IS(c, i, "last"))
    return IS(c, i + 1, "week") || IS(c, i + 1, "month") ||
           IS(c, i + 1, "year");
  if (IS(c, i, "ago"))
    return IS(c, i - 1, "weeks") || IS(c, i - 1, "months") ||
           IS(c, i - 1, "years");
  if (IS(c, i, "earlier") || IS(c, i, "before"))
    return (IS(c, i + 1, "this") &&
            (IS(c, i + 2, "month") || IS(c, i + 2, "year"))) ||
           IS(c, i - 1, "weeks") || IS(c, i - 1, "months") ||
           IS(c, i - 1, "years") ||
           ((IS(c, i - 2, "a") || IS(c, i - 2, "one")) &&
            (IS(c, i - 1, "week") || IS(c, i - 1, "month") ||
             IS(c, i - 1, "year")));
  // "in another shooting", "another incident" (not "another shooting
  // victim": one more of this one's)
  if (IS(c, i, "another"))
    return (IS(c, i + 1, "shooting") || IS(c, i + 1, "incident") ||
            IS(c, i + 1, "attack") || IS(c, i + 1, "killing") ||
            IS(c, i + 1, "homicide")) &&
           !person_noun(c, i + 2) && !(CL(c, i + 2) & L_PEOPLE);
  // (not a person: "an unrelated 26-year-old woman", "an unrelated third
  // man" were there)
  if (IS(c, i, "previous") || IS(c, i, "separate") || IS(c, i, "unrelated")) {
    for (size_t q = i + 1; q < c->b && q < i + 8; q++) {
      if (person_noun(c, q) || (CL(c, q) & L_PEOPLE)) return false;
      if (!(KIND(c, q, NF_TOK_WORD) || NUM(c, q) || HYPHEN(c, q)) ||
          (CL(c, q) & (L_FUNC | L_CVERB | L_TRIG | L_CNOUN)))
        break;
    }
    return IS(c, i - 1, "a") || IS(c, i - 1, "an") ||
           (IS(c, i - 1, "the") &&
            (IS(c, i + 1, "week") || IS(c, i + 1, "month") ||
             IS(c, i + 1, "year")));
  }
  return false;
}

// Is the victim told in sentence si as one of an earlier event: an
// earlier-event phrase, or a date in the sentence well before the report
// was published? Sets *dated when the sentence gives a date.
static bool earlier_read(fx *x, size_t si, bool *dated) {
  sc c = sc_sent(x, si);
  for (size_t i = c.a; i < c.b; i++)
    if (earlier_phrase(&c, i)) return true;
  const fx_sent *st = &x->sents[si];
  if (c.b <= c.a) return false;
  uint32_t s0 = c.t[c.a].start, s1 = c.t[c.b - 1].end;
  const nf_datetime *p = &x->doc->published;
  bool known = p->precision >= NF_PREC_DAY && p->year > 0;
  // A date is earlier when all of it is before the cutoff day: compared
  // at the date's own precision, "October" is before Nov 1 and "2013"
  // before 2014 (the cutoff's time of day is no part of it).
  nf_datetime cutoff = Nf_datetime_add_days(*p, -NF_VICTIM_EARLIER_DAYS);
  cutoff.precision = NF_PREC_DAY;
  for (size_t d = 0; d < x->f->n_dates; d++) {
    const nf_date *dt = &x->f->dates[d];
    if (dt->span.in != st->in || dt->span.start < s0 || dt->span.end > s1)
      continue;
    *dated = true;
    if (known && dt->value.precision != NF_PREC_NONE &&
        Nf_datetime_valid(&dt->value) &&
        Nf_datetime_cmp(&dt->value, &cutoff) < 0)
      return true;
  }
  return false;
}

// The same, read once per sentence: every victim of a sentence and of the
// two after it asks.
static bool earlier_own(fx *x, size_t si, bool *dated) {
  fx_sent *st = &x->sents[si];
  if (!(st->earlier & FX_EARLIER_READ)) {
    bool d = false;
    bool e = earlier_read(x, si, &d);
    st->earlier = (uint8_t)(FX_EARLIER_READ | (e ? FX_EARLIER_EVENT : 0) |
                            (d ? FX_EARLIER_DATED : 0));
  }
  if (st->earlier & FX_EARLIER_DATED) *dated = true;
  return (st->earlier & FX_EARLIER_EVENT) != 0;
}

// How many sentences back in its paragraph an earlier event's time still
// holds for a sentence that gives no time of its own ("Last month, a woman
// was charged ... Police said her son found the gun. Ryan Welch, 4, was
// shot and killed").
#define NF_VICTIM_EARLIER_CARRY 2

static bool earlier_event(fx *x, size_t si) {
  if (x->sents[si].in != NF_IN_BODY) return false;
  bool dated = false;
  if (earlier_own(x, si, &dated)) return true;
  for (size_t back = 1; back <= NF_VICTIM_EARLIER_CARRY && !dated && back <= si;
       back++) {
    const fx_sent *prev = &x->sents[si - back];
    if (prev->in != NF_IN_BODY || prev->para != x->sents[si].para) break;
    if (earlier_own(x, si - back, &dated)) return true;
  }
  return false;
}

// Is d an ordinal standing for a person ("a fourth", "the second")?
static bool ordinal_only(const char *d) {
  if (!d) return false;
  nf_sv w = Nf_sv_cstr(d);
  if (Nf_sv_istarts(w, Nf_sv_cstr("a ")))
    w = Nf_sv(w.p + 2, w.n - 2);
  else if (Nf_sv_istarts(w, Nf_sv_cstr("the ")))
    w = Nf_sv(w.p + 4, w.n - 4);
  const nf_lex *l = Nf_lex_find(w.p, w.n);
  return l && (l->cls & L_ORD);
}

// The oldest a description lets its person be, in years, when it says a
// young child's age in months, weeks or days or a word for one ("a
// 6-month-old girl", "an infant", "the toddler"); -1 when it does not. A
// year age above it is someone else's ("an infant" is no "3-year-old").
#define NF_VICTIM_BABY_MAX 2     // "infant", "newborn", "baby"
#define NF_VICTIM_TODDLER_MAX 4  // "toddler"
// The cap of the words [a, b) of a description: "6-month-old", "infant".
static int young_cap(const sc *c, size_t a, size_t b) {
  int cap = -1;
  for (size_t k = a; k < b; k++) {
    int y = -1;
    bool month = IS(c, k, "month") || IS(c, k, "months");
    if (month || IS(c, k, "week") || IS(c, k, "weeks") || IS(c, k, "day") ||
        IS(c, k, "days")) {
      // (the number before: "6-month-old", "six month old")
      size_t p = k > a && HYPHEN(c, k - 1) ? k - 1 : k;
      long num = p > a ? number_at(c, p - 1) : -1;
      if (num >= 0) y = month ? (int)(num / 12) : 0;
    } else if (IS(c, k, "infant") || IS(c, k, "newborn") || IS(c, k, "baby")) {
      y = NF_VICTIM_BABY_MAX;
    } else if (IS(c, k, "toddler")) {
      y = NF_VICTIM_TODDLER_MAX;
    }
    if (y >= 0 && (cap < 0 || y < cap)) cap = y;
  }
  return cap;
}

// An age no report gives a child: "teen" and "boy" may be 18 or 19.
#define NF_VICTIM_ADULT_AGE 20
// An age below which no report calls a child a man or a woman.
#define NF_VICTIM_YOUNG_AGE 13

// distinct: named apart from the one just counted ("a driver and a
// passenger"), so never merged with it.
//
// A headline names in few words the people the body then describes
// ("Man killed, boy hurt"): a person read from the title is a placeholder
// that the first fitting description in the body takes over (its words,
// then its span), preferring one of the same kind and the same fate.
// age_given: the age read by the caller (-1: read it from the words);
// list_from: the byte where a list of people the caller reads begins, whose
// people are each someone else (UINT32_MAX: none).
static void add_victim_core(fx *x, size_t si, size_t a, size_t b, int measure,
                            int category, bool perp, int32_t actor,
                            bool distinct, int age_given, uint32_t list_from) {
  int age = age_given >= 0 ? age_given : age_in(x, si, a, b);
  // "a 9-month-old daughter", "a 16-year-old man": a minor is a child
  if (age >= 0 && age < 18 && !perp && category != NF_C_SECURITY_FORCES)
    category = NF_C_CHILDREN;
  nf_facts *f = x->f;
  const fx_sent *st = &x->sents[si];
  const nf_tok *t = fx_tk(x, st);
  // "another man", "a second victim", "a third child": someone new.
  bool another = distinct;
  nf_span here = Nf_fx_span(x, si, a, b);
  const char *s = fx_s(x, st);
  // "A teen was killed and a child was injured": someone introduced anew
  // ("a", "an"; anyone in a headline, which drops articles) in the
  // sentence of another is someone else
  // "A woman was killed and her brother injured": a relative named beside
  // someone is someone else too
  bool indefinite =
      st->in == NF_IN_TITLE ||
      (b > a && (Nf_tok_is(s, &t[a], "a") || Nf_tok_is(s, &t[a], "an") ||
                 Nf_tok_is(s, &t[a], "his") || Nf_tok_is(s, &t[a], "her") ||
                 Nf_tok_is(s, &t[a], "their")));
  // ("the second victim" after "another person got shot" names that
  // one again: an ordinal after "the" refers back)
  bool the = b > a && Nf_tok_is(s, &t[a], "the");
  for (size_t k = a; k < b; k++)
    if (Nf_tok_is(s, &t[k], "another") || Nf_tok_is(s, &t[k], "other") ||
        (!the &&
         (Nf_tok_is(s, &t[k], "second") || Nf_tok_is(s, &t[k], "third"))))
      another = true;
  uint64_t head = b > a ? Nf_lex_cls(&t[b - 1]) : 0;
  bool kin = (head & L_KIN) != 0;
  bool adult_head = (head & L_PARENT) != 0;
  // A victim of an earlier event is never one of this report's, nor the
  // other way round ("the adolescent victim ... where a 17-year-old boy
  // died after being shot in January 2015").
  bool earlier = earlier_event(x, si);
  // Passes: 0, an unclaimed headline person of the same kind and fate;
  // 1, anyone as the body tells them apart, of the same fate; 2, the same
  // of a fate that may have changed (hurt, then died: "A teen was killed
  // and a child was injured ... A 7-year-old was hit" is the child); 3,
  // an unclaimed headline person loosely.
  nf_victim *hit = NULL;
  // The same words are the same person, whatever else tells them apart:
  // "A second officer who was shot has died" reads its subject for
  // "was shot" and again for "has died".
  for (size_t i = 0; i < f->n_victims && !hit; i++)
    if (f->victims[i].span.in == here.in &&
        f->victims[i].span.start == here.start &&
        f->victims[i].span.end == here.end)
      hit = &f->victims[i];
  // "the man", "the woman": a plain definite description; and whether
  // anyone not an attacker was told with this fate yet
  bool plain_definite =
      b == a + 2 && Nf_tok_is(s, &t[a], "the") &&
      (Nf_tok_is(s, &t[a + 1], "man") || Nf_tok_is(s, &t[a + 1], "woman") ||
       Nf_tok_is(s, &t[a + 1], "male") || Nf_tok_is(s, &t[a + 1], "person"));
  // (its words, read for a young child's age only when an age is met)
  sc c = sc_sent(x, si);
  int young = -2;
  bool victim_of_fate = false;
  for (size_t i = 0; i < f->n_victims && plain_definite && !victim_of_fate; i++)
    victim_of_fate =
        !f->victims[i].perpetrator && f->victims[i].measure == measure;
  for (int pass = 0; pass < 4 && !hit; pass++) {
    bool anyone = pass == 1 || pass == 2;
    if (!anyone && st->in == NF_IN_TITLE) continue;
    for (size_t i = 0; i < f->n_victims && !hit; i++) {
      nf_victim *v = &f->victims[i];
      bool title =
          v->span.in == NF_IN_TITLE && st->in == NF_IN_BODY && !v->retold;
      if (!anyone && !title) continue;
      if (v->span.in == here.in && v->span.sentence == here.sentence &&
          v->span.start >= list_from)
        continue;  // one more of the list read
      if (actor >= 0 && v->actor == actor) {
        hit = v;
        break;
      }
      if (actor >= 0 && v->actor >= 0) {
        // "Timea Batts, 11, was shot ... Timea died"
        if (v->perpetrator == perp &&
            name_part(x->f->actors[actor].name, x->f->actors[v->actor].name))
          hit = v;
        continue;
      }
      // (one named is the one named whatever the date beside it)
      if (v->background != earlier) continue;
      if (age >= 0 && v->age >= 0 && age != v->age) continue;
      // ("an infant", then "a 3-year-old girl" of another shooting)
      if (age >= 0 && v->young >= 0 && age > v->young) continue;
      if (v->age >= 0) {
        if (young == -2) young = young_cap(&c, a, b);
        if (young >= 0 && v->age > young) continue;
      }
      // ("Mother, toddler killed" then "Neshante Davis, 26": no child)
      if ((age >= NF_VICTIM_ADULT_AGE && v->category == NF_C_CHILDREN) ||
          (v->age >= NF_VICTIM_ADULT_AGE && category == NF_C_CHILDREN))
        continue;
      if (pass == 0) {
        if (v->category == category && v->measure == measure &&
            v->perpetrator == perp)
          hit = v;
        continue;
      }
      // "Three people are dead and a fourth is wounded": the one counted
      // apart by an ordinal is not among the dead told later
      if (v->measure != measure && ordinal_only(v->description)) continue;
      bool fate = v->measure == measure ||
                  (v->measure == NF_M_INJURED && measure == NF_M_KILLED) ||
                  (v->measure == NF_M_KILLED && measure == NF_M_INJURED);
      if (!fate || (pass == 1 && v->measure != measure)) continue;
      if (pass == 3) {
        // (a parent or spouse is no headline's child: "Boy, 6, dies" is
        // not "the teen's father")
        // (nor is a young child by age any man or woman: "Mom involved in
        // shooting has died" is not "Jaxon Slaight, 6")
        bool small = (age >= 0 && age < NF_VICTIM_YOUNG_AGE) ||
                     (v->age >= 0 && v->age < NF_VICTIM_YOUNG_AGE);
        bool loose = (age < 0 || v->age < 0) && !adult_head && !small;
        if (v->measure == measure && same_kind(v->category, category, loose))
          hit = v;
        continue;
      }
      // An unnamed person of the same kind, hurt or killed the same way,
      // is most likely the one already counted ("a 3-year-old boy ...
      // the child"); a name given later names them.
      // "a 10-year-old girl ... his sister": a relative of no given age
      // may be a child, when the same thing befell them
      bool kin_child =
          v->measure == measure && (age < 0 || v->age < 0) &&
          ((kin && v->category == NF_C_CHILDREN) ||
           (category == NF_C_CHILDREN && kin_head(v->description)));
      // "the man killed Thursday" after "a murder suspect who was killed",
      // when no one else was: the attacker named again in plain words
      bool attacker_again = !perp && v->perpetrator && plain_definite &&
                            v->measure == measure && !victim_of_fate;
      bool compatible = (v->perpetrator == perp || attacker_again) &&
                        same_kind(v->category, category, kin_child);
      if (indefinite && v->span.sentence == here.sentence &&
          v->span.in == here.in && v->span.start != here.start)
        compatible = false;
      if (!another && compatible) hit = v;
    }
  }
  if (hit) {
    nf_victim *v = hit;
    if (measure == NF_M_KILLED && v->measure == NF_M_INJURED)
      v->measure = NF_M_KILLED;  // hurt, then died
    if (v->span.in == NF_IN_TITLE && st->in == NF_IN_BODY && !v->retold) {
      // the body's words for the headline's person; when the headline
      // names others beside them ("Mother, toddler killed"), its sentence
      // is where they are told apart, so it stays their sentence
      bool listed = false;
      for (size_t i = 0; i < f->n_victims && !listed; i++)
        listed = &f->victims[i] != v && f->victims[i].span.in == NF_IN_TITLE &&
                 f->victims[i].span.sentence == v->span.sentence;
      if (!listed) v->span = here;
      v->retold = true;
      v->description = Nf_fx_text(x, si, a, b);
      v->young = (int8_t)(young == -2 ? young_cap(&c, a, b) : young);
      v->category = (uint8_t)(category == NF_C_ALL ? v->category : category);
      v->perpetrator = v->perpetrator || perp;
    }
    if (v->actor < 0 && actor >= 0) {
      v->actor = actor;
      v->description = Nf_fx_text(x, si, a, b);
      v->young = (int8_t)(young == -2 ? young_cap(&c, a, b) : young);
    }
    if (v->category == NF_C_ALL) v->category = (uint8_t)category;
    if (v->age < 0) v->age = (int16_t)age;
    return;
  }
  nf_victim *v = Nf_fx_push(x, (void **)&f->victims, &f->n_victims,
                            &x->cap_victim, sizeof *v);
  if (!v) return;
  memset(v, 0, sizeof *v);
  v->span = here;
  v->measure = (uint8_t)measure;
  v->category = (uint8_t)category;
  if (st->in == NF_IN_TITLE && actor < 0) {
    // Title case is no name: "Man", "Wife" describe someone ("man")
    char *low = Nf_arena_strndup(x->arena, x->text[here.in] + here.start,
                                 here.end - here.start);
    if (low && low[0] >= 'A' && low[0] <= 'Z') low[0] = (char)(low[0] + 32);
    v->description = low;
  } else {
    v->description = Nf_fx_text(x, si, a, b);
  }
  v->young = (int8_t)(young == -2 ? young_cap(&c, a, b) : young);
  v->actor = actor;
  v->perpetrator = perp;
  v->age = (int16_t)age;
  v->background = earlier;
}

static void add_victim_as(fx *x, size_t si, size_t a, size_t b, int measure,
                          int category, bool perp, int32_t actor,
                          bool distinct) {
  add_victim_core(x, si, a, b, measure, category, perp, actor, distinct, -1,
                  UINT32_MAX);
}

static void add_victim(fx *x, size_t si, size_t a, size_t b, int measure,
                       int category, bool perp, int32_t actor) {
  add_victim_as(x, si, a, b, measure, category, perp, actor, false);
}

// Is token i the count of "father of four", "mother of 3": a person
// described by their children, the head two words before?
static bool of_count(const sc *c, size_t i) {
  return i >= c->a + 2 && (NUM(c, i) || (CL(c, i) & L_NUM)) &&
         IS(c, i - 1, "of") &&
         (IS(c, i - 2, "father") || IS(c, i - 2, "mother") ||
          IS(c, i - 2, "dad") || IS(c, i - 2, "mom"));
}

// An indefinite person before token e: "a 23-year-old man", "an off-duty
// officer"; or a named person; or "the gunman". Returns its start, or
// SIZE_MAX; *noun is its head.
static size_t person_before(const sc *c, size_t e, size_t *noun) {
  if (e == c->a) return SIZE_MAX;
  // "A 2-year-old boy in Tarpon Springs died": skip the place.
  size_t q = e;
  while (q > c->a && CAP(c, q - 1) && e - q < 4) q--;
  if (q < e && q > c->a + 1 &&
      (IS(c, q - 1, "in") || IS(c, q - 1, "from") || IS(c, q - 1, "of")))
    e = q - 1;
  size_t h = e - 1;
  // "one man died and another was wounded", "a fourth was hurt": someone
  // more, named by no noun (add_victim reads the word as someone else)
  // (only as a subject: a finite verb after it, no preposition before:
  // not "a park named for another slain teen")
  size_t v = e < c->b && ly_adverb(c, e) ? e + 1 : e;
  bool finite = v < c->b && (((CL(c, v) & L_AUX) && !(CL(c, v) & L_CVERB)) ||
                             IS(c, v, "died") || IS(c, v, "dies"));
  bool after_prep = h > c->a && (CL(c, h - 1) & L_FUNC) &&
                    !IS(c, h - 1, "and") && !IS(c, h - 1, "while") &&
                    !IS(c, h - 1, "but") && !IS(c, h - 1, "as");
  if (!finite || after_prep) {
    // no subject without a noun
  } else if (IS(c, h, "another") && !(h > c->a && IS(c, h - 1, "one"))) {
    // of the kind named last ("one suspect was caught while another was
    // found dead": a suspect)
    *noun = h;
    for (size_t b = h; b > c->a && h - b < 12; b--)
      if (person_noun(c, b - 1)) {
        *noun = b - 1;
        break;
      }
    return h;
  }
  if (finite && h > c->a && (IS(c, h - 1, "a") || IS(c, h - 1, "an")) &&
      (CL(c, h) & L_ORD)) {
    *noun = h;
    return h - 1;
  }
  if (of_count(c, h)) h -= 2;  // "a father of four"
  if (person_noun(c, h)) {
    size_t k = h, n = 0;
    while (k > c->a && n < 8) {
      size_t p = k - 1;
      if (IS(c, p, "a") || IS(c, p, "an")) {
        *noun = h;
        return p;
      }
      if (IS(c, p, "the") || IS(c, p, "another")) {
        // "the gunman", "another woman"; "the boy", "the victim" name one
        // already counted (add_victim merges it) or one named first here
        *noun = h;
        return p;
      }
      // "his 11-year-old son", "their daughter"
      // ("shot by her father was ...": the object of a preposition is no
      // subject)
      if ((IS(c, p, "his") || IS(c, p, "her") || IS(c, p, "their")) &&
          !perpetrator_word(c, h) &&
          !(IS(c, p - 1, "by") || IS(c, p - 1, "of") || IS(c, p - 1, "with") ||
            IS(c, p - 1, "to") || IS(c, p - 1, "for") ||
            IS(c, p - 1, "from"))) {
        *noun = h;
        return p;
      }
      bool age = age_number(c, p);
      if ((c->t[p].kind == NF_TOK_NUM || (CL(c, p) & (L_NUM | L_VAGUE))) &&
          !age)
        return SIZE_MAX;  // "two men": a figure
      if (c->t[p].kind == NF_TOK_PUNCT && !Nf_cp_is_hyphen(c->t[p].cp))
        return SIZE_MAX;
      if (CL(c, p) & (L_FUNC | L_SAY | L_CVERB)) return SIZE_MAX;
      k = p;
      n++;
    }
    return SIZE_MAX;
  }
  return SIZE_MAX;
}

// The person an object names when its person noun at e is an owner:
// "his brother's girlfriend" is the girlfriend; "a man's car" is no one
// (SIZE_MAX). Otherwise e.
static size_t owned_person(const sc *c, size_t e) {
  for (int n = 0; n < 2 && e + 1 < c->b && (c->t[e + 1].flags & NF_TF_POSS);
       n++) {
    size_t q = e + 2;
    while (q < c->b && q < e + 6 && !person_noun(c, q) && WORD(c, q) &&
           !(CL(c, q) & (L_FUNC | L_CVERB | L_AUX)))
      q++;
    if (q >= c->b || !person_noun(c, q)) return SIZE_MAX;
    e = q;
  }
  return e;
}

// "shot himself and his friend", "shot herself and a neighbour": the
// person after the reflexive at r was hit too, one more.
static void after_reflexive(fx *x, size_t si, const sc *c, size_t r, int m) {
  size_t j = r + 2;
  if (!IS(c, r + 1, "and") ||
      !(IS(c, j, "a") || IS(c, j, "an") || IS(c, j, "his") || IS(c, j, "her") ||
        IS(c, j, "their")))
    return;
  size_t e = j + 1;
  for (size_t n = 0; n < 6 && e < c->b && !person_noun(c, e) &&
                     (WORD(c, e) || age_number(c, e) || HYPHEN(c, e)) &&
                     !(CL(c, e) & (L_FUNC | L_CVERB | L_AUX));
       n++)
    e++;
  if (e >= c->b || !person_noun(c, e) || (e = owned_person(c, e)) == SIZE_MAX)
    return;
  add_victim_as(x, si, j, e + 1, m, category_of(c, e), perpetrator_word(c, e),
                -1, true);
}

// Is the verb group [k, vend) active with an object after it ("shot his
// wife", "who killed a man") rather than passive ("was shot", "who was
// killed")? Only then is its subject not a victim.
static bool active_verb(const sc *c, size_t k, size_t vend) {
  if (vend == 0 || vend <= k) return false;
  // "died", "dead", "pronounced dead", "succumbed" take no object
  size_t v = vend - 1;
  if (!(IS(c, v, "shot") || IS(c, v, "killed") || IS(c, v, "wounded") ||
        IS(c, v, "injured") || IS(c, v, "stabbed") || IS(c, v, "murdered") ||
        IS(c, v, "executed") || IS(c, v, "hurt") || IS(c, v, "arrested") ||
        IS(c, v, "detained")))
    return false;
  for (size_t j = k; j < vend; j++)
    if (IS(c, j, "was") || IS(c, j, "were") || IS(c, j, "been") ||
        IS(c, j, "being") || IS(c, j, "is") || IS(c, j, "are") ||
        IS(c, j, "be") || IS(c, j, "got") || IS(c, j, "get") ||
        IS(c, j, "gets"))
      return false;
  size_t o = vend;
  // "shot and wounded a man": the second verb's object
  if (IS(c, o, "and") && (IS(c, o + 1, "wounded") || IS(c, o + 1, "injured") ||
                          IS(c, o + 1, "killed")))
    o += 2;
  if (o >= c->b) return false;
  // "killed one of the guards", "shot two people", "shot both of his sons"
  if (c->t[o].kind == NF_TOK_NUM || (CL(c, o) & L_NUM) || IS(c, o, "one") ||
      IS(c, o, "both") || (IS(c, o, "all") && IS(c, o + 1, "of")))
    return true;
  return IS(c, o, "a") || IS(c, o, "an") || IS(c, o, "the") ||
         IS(c, o, "his") || IS(c, o, "her") || IS(c, o, "their") ||
         IS(c, o, "him") || IS(c, o, "them") || IS(c, o, "my") ||
         IS(c, o, "another") || IS(c, o, "two") || IS(c, o, "three") ||
         IS(c, o, "four") || IS(c, o, "five") || IS(c, o, "several") ||
         (CAP(c, o) && !(CL(c, o) & (L_WDAY | L_MONTH)));
}

// The start of a relative clause ending at e ("who was shot inside an
// apartment in Madison"): the index of its "who" / "that", or SIZE_MAX.
// Looks back at most 16 tokens and not past a clause boundary.
static size_t relative_start(const sc *c, size_t e) {
  bool verb_between = false;
  for (size_t q = e; q > c->a && e - q < 20;) {
    q--;
    if (IS(c, q, "who") || IS(c, q, "that")) return q;
    // "a victim who escaped from a home where three people were killed":
    // the verb is the inner clause's; "... were killed also was injured":
    // the inner clause has ended, the outer one's is
    if (IS(c, q, "where") || IS(c, q, "which")) {
      if (!verb_between) return SIZE_MAX;
      continue;
    }
    if (CL(c, q) & (L_CVERB | L_AUX)) verb_between = true;
    if (c->t[q].kind == NF_TOK_PUNCT && c->t[q].cp != ',' &&
        !Nf_cp_is_hyphen(c->t[q].cp))
      return SIZE_MAX;
    if (CL(c, q) & (L_SAY | L_CVERB)) {
      // the clause's own verb ("who was shot") is fine; a second clause
      // is not: stop at a saying verb
      if (CL(c, q) & L_SAY) return SIZE_MAX;
    }
  }
  return SIZE_MAX;
}

// "the gunman", "the suspect", "the alleged shooter" at j: the attacker
// named again as an object ("police shot and killed the gunman"), not the
// owner of something ("the suspect's car").
static bool the_attacker(const sc *c, size_t j) {
  if (!IS(c, j, "the")) return false;
  size_t n =
      IS(c, j + 1, "suspected") || IS(c, j + 1, "alleged") ? j + 2 : j + 1;
  return perpetrator_word(c, n) && person_noun(c, n) &&
         !(n + 1 < c->b && (c->t[n + 1].flags & NF_TF_POSS));
}

// Does the relative clause from k say its subject is the one suspected
// ("who was suspected of killing five people", "who is accused of
// shooting", "who was wanted for murder", "who had been charged with")?
static bool suspect_clause(const sc *c, size_t k) {
  size_t j = k;
  while (j < c->b && j < k + 3 && (CL(c, j) & L_AUX) && !(CL(c, j) & L_CVERB))
    j++;
  if (j == k) return false;  // (no "was": "who suspected her husband")
  return ((IS(c, j, "suspected") || IS(c, j, "accused")) &&
          IS(c, j + 1, "of")) ||
         (IS(c, j, "wanted") && (IS(c, j + 1, "for") || IS(c, j + 1, "in"))) ||
         (IS(c, j, "charged") && (IS(c, j + 1, "with") || IS(c, j + 1, "in")));
}

// Does the verb group at k agree with a plural subject ("were", "have")?
static bool plural_verb(const sc *c, size_t k) {
  return IS(c, k, "were") || IS(c, k, "are") || IS(c, k, "have") ||
         (IS(c, k, "both") && IS(c, k + 1, "were"));
}

static int32_t person_at(const fx *x, const fx_sent *st, size_t a, size_t b,
                         const nf_tok *t) {
  for (size_t i = 0; i < x->f->n_actors; i++) {
    const nf_actor *ac = &x->f->actors[i];
    if (ac->kind != NF_ACTOR_PERSON) continue;
    for (size_t m = 0; m < ac->n_mentions; m++) {
      const nf_span *sp = &ac->mentions[m];
      if (sp->in == st->in && sp->start == t[a].start &&
          sp->end == t[b - 1].end)
        return (int32_t)i;
    }
  }
  return -1;
}

// "the fatal shooting of 1-year-old Braylon", "the shooting death of a
// Florida City teen", "the killing of Darin Booker".
static bool death_of(fx *x, size_t si, const sc *c, size_t k) {
  bool fatal = (IS(c, k, "shooting") && k > c->a && IS(c, k - 1, "fatal")) ||
               IS(c, k, "death") || IS(c, k, "killing") || IS(c, k, "murder") ||
               IS(c, k, "slaying");
  // "the shooting of a 3-year-old", "the stabbing of a man": hurt, at
  // least (a death said elsewhere makes it killed)
  bool hurt = !fatal && (IS(c, k, "shooting") || IS(c, k, "stabbing") ||
                         IS(c, k, "wounding"));
  if ((!fatal && !hurt) || !IS(c, k + 1, "of")) return false;
  int measure = fatal ? NF_M_KILLED : NF_M_INJURED;
  size_t j = k + 2;
  if (IS(c, j, "a") || IS(c, j, "an") || IS(c, j, "his") || IS(c, j, "her")) {
    size_t e = j + 1, n = 0;
    while (e < c->b && n < 6 && !person_noun(c, e) &&
           (c->t[e].kind != NF_TOK_PUNCT || Nf_cp_is_hyphen(c->t[e].cp)))
      e++, n++;
    if (e < c->b && person_noun(c, e)) {
      add_victim(x, si, j, e + 1, measure, category_of(c, e),
                 perpetrator_word(c, e), -1);
      return true;
    }
    return false;
  }
  // "1-year-old Braylon", "Darin Booker"
  while (j < c->b && !CAP(c, j) && j < k + 8 &&
         (c->t[j].kind == NF_TOK_NUM || c->t[j].kind == NF_TOK_PUNCT ||
          IS(c, j, "year") || IS(c, j, "old")))
    j++;
  size_t e = j;
  while (e < c->b && CAP(c, e) && e < j + 4) e++;
  if (e == j) return false;
  if (person_noun(c, e)) {
    // "the death of West Seattle teenager": a place before the person
    add_victim(x, si, j, e + 1, measure, category_of(c, e),
               perpetrator_word(c, e), -1);
    return true;
  }
  const fx_sent *st = &x->sents[si];
  int32_t id = person_at(x, st, j, e, c->t);
  if (!fatal && id < 0) return false;  // "the shooting of Main Street"
  add_victim(x, si, j, e, measure, NF_C_ALL, false, id);
  return true;
}

// Someone who killed themselves, as murder-suicides are told: "killed
// himself", "turned the gun on herself", "took his own life", "committed
// suicide". Read at the reflexive or the noun; the person is the one who
// did the shooting, so a perpetrator.
static void add_self_killing(fx *x, size_t si, const sc *c, size_t a, size_t b);

static bool self_killing(fx *x, size_t si, const sc *c, size_t k) {
  size_t n = c->t[k].end - c->t[k].start;
  if (n == 7 && (IS(c, k, "himself") || IS(c, k, "herself"))) {
    bool kill = k > c->a && (IS(c, k - 1, "killed") ||
                             IS(c, k - 1, "killing") || IS(c, k - 1, "kills"));
    // "before fatally shooting himself"
    if (k >= c->a + 2 && IS(c, k - 2, "fatally") &&
        (IS(c, k - 1, "shooting") || IS(c, k - 1, "shot") ||
         IS(c, k - 1, "shoots")))
      kill = true;
    // "turned the gun on himself" (a weapon word between)
    bool turned = k >= c->a + 4 && IS(c, k - 1, "on") &&
                  (IS(c, k - 4, "turned") || IS(c, k - 4, "turning") ||
                   IS(c, k - 4, "turns") || IS(c, k - 4, "turn"));
    // "killed his 4-year-old son and then himself", "shot his girlfriend
    // then himself": the verb before the object counts for both
    size_t verb = SIZE_MAX;
    if (!kill && !turned && k > c->a &&
        (IS(c, k - 1, "then") || IS(c, k - 1, "and"))) {
      for (size_t q = k - 1; q > c->a && k - q < 14 && verb == SIZE_MAX; q--)
        if (IS(c, q - 1, "killed") || IS(c, q - 1, "kills") ||
            IS(c, q - 1, "shot") || IS(c, q - 1, "shoots") ||
            IS(c, q - 1, "murdered"))
          verb = q - 1;
        else if (KIND(c, q - 1, NF_TOK_PUNCT) && !PUNCT(c, q - 1, ',') &&
                 !HYPHEN(c, q - 1))
          break;
      // (not "was shot and then himself": an active verb with an object)
      if (verb != SIZE_MAX && (CL(c, verb - 1) & L_AUX)) verb = SIZE_MAX;
    }
    if (!kill && !turned && verb == SIZE_MAX) return false;
    add_self_killing(x, si, c,
                     verb != SIZE_MAX ? verb
                     : kill           ? k - 1
                                      : k - 4,
                     k + 1);
    return true;
  }
  if (n == 4 && IS(c, k, "life") && k >= c->a + 3 && IS(c, k - 1, "own") &&
      (IS(c, k - 2, "his") || IS(c, k - 2, "her")) &&
      (IS(c, k - 3, "took") || IS(c, k - 3, "taking") ||
       IS(c, k - 3, "takes") || IS(c, k - 3, "taken"))) {
    add_self_killing(x, si, c, k - 3, k + 1);
    return true;
  }
  if (n == 7 && IS(c, k, "suicide") && k > c->a &&
      (IS(c, k - 1, "committed") || IS(c, k - 1, "committing"))) {
    add_self_killing(x, si, c, k - 1, k + 1);
    return true;
  }
  return false;
}

// The one who killed themselves at [a, b) is the subject of the sentence's
// first verb ("A 19-year-old man shot his daughter before turning the gun
// on himself"; "A 3-year-old boy shot and killed himself"). Already
// counted as a victim: now killed. Otherwise a new perpetrator, named by
// the subject when there is one.
// The subject of a clause that "after" or "when" opens before a (".. was
// arrested after his 2-year-old son found a gun and fatally shot
// himself"): its start, with *noun its head; SIZE_MAX when none. News
// clauses run long ("found a loaded gun on the kitchen table and"): the
// reach is NF_VICTIM_CLAUSE_REACH tokens, within one clause.
#define NF_VICTIM_CLAUSE_REACH 24
static size_t clause_subject(const sc *c, size_t a, size_t *noun) {
  size_t w = SIZE_MAX;
  for (size_t q = a;
       q > c->a && a - q < NF_VICTIM_CLAUSE_REACH && w == SIZE_MAX; q--)
    if (IS(c, q - 1, "after") || IS(c, q - 1, "when"))
      w = q;
    else if (KIND(c, q - 1, NF_TOK_PUNCT) && !HYPHEN(c, q - 1))
      return SIZE_MAX;
  if (w == SIZE_MAX) return SIZE_MAX;
  size_t q = w;
  if (IS(c, q, "his") || IS(c, q, "her") || IS(c, q, "their") ||
      IS(c, q, "a") || IS(c, q, "an") || IS(c, q, "the"))
    q++;
  for (size_t n = 0; q < a && n < 6; q++, n++) {
    if (person_noun(c, q) && !person_noun(c, q + 1)) {
      *noun = q;
      return w;
    }
    if (!(KIND(c, q, NF_TOK_WORD) || HYPHEN(c, q) || age_number(c, q)) ||
        (CL(c, q) & (L_FUNC | L_CVERB | L_CACT | L_AUX | L_SAY)))
      return SIZE_MAX;
  }
  return SIZE_MAX;
}

static void add_self_killing(fx *x, size_t si, const sc *c, size_t a,
                             size_t b) {
  size_t v = c->a;
  // (the first verb; "opened fire on", "fired at" are the shooter's too)
  while (v < a && v < c->a + 24 &&
         !(CL(c, v) & (L_CVERB | L_CACT | L_AUX | L_SAY)) &&
         !(IS(c, v, "opened") && IS(c, v + 1, "fire")) && !IS(c, v, "fired"))
    v++;
  // "A sheriff says a 41-year-old woman shot her son and then herself":
  // the subject of what is said, not of the saying
  for (int n = 0; n < 3 && v < a && (CL(c, v) & L_SAY) &&
                  !(CL(c, v) & (L_CVERB | L_CACT | L_AUX));
       n++) {
    size_t w = v + 1;
    if (IS(c, w, "that")) w++;
    while (w < a && w < v + 24 &&
           !(CL(c, w) & (L_CVERB | L_CACT | L_AUX | L_SAY)))
      w++;
    if (w > a) break;
    v = w;
  }
  size_t noun = SIZE_MAX;
  // "An officer was shot by a suspect who later killed himself": who
  // opens the relative clause, not the sentence's subject
  size_t rel = SIZE_MAX;
  for (size_t q = a; q > c->a + 1 && a - q < 12; q--) {
    if (IS(c, q - 1, "who")) {
      rel = q - 1;
      break;
    }
    // (a comma ends the clause: "an officer who was sitting in his car,
    // then killed himself")
    if (KIND(c, q - 1, NF_TOK_PUNCT) && !HYPHEN(c, q - 1)) break;
  }
  size_t s0 = rel != SIZE_MAX ? person_before(c, rel, &noun) : SIZE_MAX;
  if (s0 != SIZE_MAX)
    v = rel;
  else if ((s0 = clause_subject(c, a, &noun)) != SIZE_MAX)
    v = noun + 1;
  else
    s0 = v <= a ? person_before(c, v, &noun) : SIZE_MAX;
  if (s0 != SIZE_MAX) {
    const nf_tok *t = c->t;
    const fx_sent *st = &x->sents[si];
    for (size_t i = 0; i < x->f->n_victims; i++) {
      nf_victim *w = &x->f->victims[i];
      if (w->span.in == st->in && w->span.start == t[s0].start) {
        w->measure = NF_M_KILLED;
        return;
      }
      // "The father ... turned the gun on himself" after "A young father
      // and his daughter were found dead": the same man
      if (IS(c, s0, "the") && w->description && w->actor < 0) {
        size_t dn = strlen(w->description), hn = t[noun].end - t[noun].start;
        if (dn >= hn && w->measure == NF_M_KILLED &&
            Nf_sv_ieq(Nf_sv(w->description + dn - hn, hn),
                      Nf_sv(c->s + t[noun].start, hn)) &&
            (dn == hn || w->description[dn - hn - 1] == ' ')) {
          w->perpetrator = true;
          return;
        }
      }
    }
    // a child who shot themselves is no perpetrator: the child may be the
    // one counted already ("a three-year-old ... a 3-year-old boy")
    int cat = category_of(c, noun);
    bool child = cat == NF_C_CHILDREN || age_in(x, si, s0, v) < 18;
    if (age_in(x, si, s0, v) < 0 && cat != NF_C_CHILDREN) child = false;
    // (but a teen who shot someone else first, "a teenager shot a female
    // passenger then himself", is the shooter: the verb's object comes
    // before the reflexive, or someone is counted hit in the sentence)
    bool others_first =
        !IS(c, a + 1, "himself") && !IS(c, a + 1, "herself") &&
        (IS(c, a, "killed") || IS(c, a, "kills") || IS(c, a, "shot") ||
         IS(c, a, "shoots") || IS(c, a, "murdered"));
    if (others_first) child = false;
    for (size_t i = 0; i < x->f->n_victims && child; i++)
      child = !(x->f->victims[i].span.in == st->in &&
                x->f->victims[i].span.sentence == (int32_t)si &&
                (x->f->victims[i].measure == NF_M_KILLED ||
                 x->f->victims[i].measure == NF_M_INJURED));
    add_victim(x, si, s0, v, NF_M_KILLED, cat, !child, -1);
    return;
  }
  // No subject in reach: "he"/"she" is the one who shot (counted once);
  // otherwise the one already counted killed, if any.
  // (not whom this sentence says they shot first, after its first verb:
  // "John Smith, 45, shot and killed his wife and two children before
  // killing himself"; but "A girl shot and killed herself" is the girl)
  bool pronoun = IS(c, v - 1, "he") || IS(c, v - 1, "she");
  const fx_sent *st = &x->sents[si];
  bool others_here = false;
  for (size_t i = 0; i < x->f->n_victims && !others_here; i++) {
    const nf_victim *w = &x->f->victims[i];
    others_here = w->span.in == st->in && w->span.sentence == (int32_t)si &&
                  w->span.start > c->t[v].start && !w->perpetrator &&
                  (w->measure == NF_M_KILLED || w->measure == NF_M_INJURED);
  }
  for (size_t i = 0; i < x->f->n_victims; i++) {
    const nf_victim *w = &x->f->victims[i];
    if (w->measure == NF_M_KILLED &&
        (w->perpetrator || (!pronoun && !others_here)))
      return;
  }
  add_victim(x, si, a, b, NF_M_KILLED, NF_C_ALL, true, -1);
}

// "found a father and daughter dead", "found the woman dead": each person
// between "found" and "dead" was killed. *last is set past what was read.
static bool found_dead(fx *x, size_t si, const sc *c, size_t k, size_t *last) {
  if (c->t[k].end - c->t[k].start != 5 || !IS(c, k, "found")) return false;
  size_t d = k + 1;
  while (d < c->b && d < k + 14 && !IS(c, d, "dead") &&
         !(c->t[d].kind == NF_TOK_PUNCT && !Nf_cp_is_hyphen(c->t[d].cp) &&
           c->t[d].cp != ','))
    d++;
  if (!IS(c, d, "dead") || d == k + 1) return false;
  // the people in [k+1, d): "a father and daughter", "the two women" are
  // figures, read elsewhere
  bool any = false;
  size_t start = k + 1;
  for (size_t q = k + 1; q < d; q++) {
    if (c->t[q].kind == NF_TOK_NUM || (CL(c, q) & (L_NUM | L_VAGUE)))
      return false;
    if (IS(c, q, "and") || PUNCT(c, q, ',')) {
      start = q + 1;
      continue;
    }
    if (person_noun(c, q) && !(q + 1 < d && person_noun(c, q + 1))) {
      add_victim_as(x, si, start, q + 1, NF_M_KILLED, category_of(c, q),
                    perpetrator_word(c, q), -1, any);
      any = true;
    }
  }
  if (any) *last = d;
  return any;
}

// "identified the dead victims as Brenda Forrester, 67, and her
// granddaughter Keyon Branch", "identified the deceased suspect as
// 25-year-old Rafael Navarro-Garcia", "the coroner identified them as":
// each person named after "as" is one, of the fate the words before it
// give (the dead, the slain, the wounded; whom a coroner or medical
// examiner identifies is dead). Without a fate ("police identified the
// victim as") the name is of someone the report told already, and nothing
// is counted. k is "identified"; *last is set past what was read.
#define NF_VICTIM_IDENT_REACH 24  // "identified ... as": a long object
#define NF_VICTIM_IDENT_MAX 8     // people one list names

// The age of "67 year old", "25-year-old" starting at q: the number, and
// *end past it; -1 when none.
static int age_phrase(const sc *c, size_t q, size_t *end) {
  if (!NUM(c, q) || !age_number(c, q)) return -1;
  size_t e = q + 1;
  if (HYPHEN(c, e)) e++;
  if (!IS(c, e, "year") && !IS(c, e, "years")) return -1;
  e++;
  if (HYPHEN(c, e)) e++;
  if (!IS(c, e, "old")) return -1;
  *end = e + 1;
  return age_at(c, q);
}

// A name's words from q: capitalised words, glued hyphens inside
// ("Navarro-Garcia"), "Jr."; the end, or q when none.
static size_t name_end(const sc *c, size_t q) {
  size_t e = q;
  while (e < c->b && e < q + 6) {
    if (CAP(c, e) && !(CL(c, e) & (L_MONTH | L_WDAY))) {
      e++;
    } else if (HYPHEN(c, e) && GLUED(c, e) && e > q && CAP(c, e + 1) &&
               GLUED(c, e + 1)) {
      e++;
    } else if (PUNCT(c, e, '.') && e > q && GLUED(c, e) &&
               (IS(c, e - 1, "jr") || IS(c, e - 1, "sr"))) {
      e++;
    } else {
      break;
    }
  }
  return e;
}

static bool identified_as(fx *x, size_t si, const sc *c, size_t k,
                          size_t *last) {
  if (!IS(c, k, "identified") && !IS(c, k, "identifies")) return false;
  size_t as = SIZE_MAX;
  for (size_t q = k + 1; q < c->b && q < k + NF_VICTIM_IDENT_REACH; q++) {
    if (IS(c, q, "as")) {
      as = q;
      break;
    }
    if (KIND(c, q, NF_TOK_PUNCT) && !PUNCT(c, q, ',') && !HYPHEN(c, q))
      return false;
  }
  if (as == SIZE_MAX || as == k + 1) return false;
  // The fate, in the words identified: "the dead victims", "the two men
  // killed in the shooting", "the officers who were gunned down" (not
  // what the one identified did: "the man who killed")
  int measure = 0;
  bool perp = false, person = false;
  for (size_t q = k + 1; q < as; q++) {
    bool did = q > k + 1 && (IS(c, q - 1, "who") || IS(c, q - 1, "that"));
    if (!did &&
        (IS(c, q, "dead") || IS(c, q, "deceased") || IS(c, q, "slain") ||
         IS(c, q, "killed") || IS(c, q, "murdered") || IS(c, q, "gunned") ||
         IS(c, q, "died")))
      measure = NF_M_KILLED;
    if (!did && !measure &&
        (IS(c, q, "wounded") || IS(c, q, "injured") || IS(c, q, "hurt")))
      measure = NF_M_INJURED;
    if (perpetrator_word(c, q)) perp = true;
    if (person_noun(c, q) || (CL(c, q) & L_PEOPLE) || IS(c, q, "victims") ||
        IS(c, q, "them") || IS(c, q, "him") || IS(c, q, "her") ||
        IS(c, q, "body") || IS(c, q, "bodies"))
      person = true;
  }
  if (!person) return false;
  if (!measure)
    for (size_t q = c->a; q < k && !measure; q++)
      if (IS(c, q, "coroner") || IS(c, q, "coroner's") ||
          (IS(c, q, "medical") && IS(c, q + 1, "examiner")))
        measure = NF_M_KILLED;
  if (!measure) return false;
  uint32_t list_from = c->t[as].start;
  size_t q = as + 1, n = 0;
  while (q < c->b && n < NF_VICTIM_IDENT_MAX) {
    while (q < c->b && (PUNCT(c, q, ',') || PUNCT(c, q, ';') ||
                        PUNCT(c, q, ':') || IS(c, q, "and")))
      q++;
    // "67 year old Brenda Forrester", "her 24 year old granddaughter Keyon
    // Branch", "his wife Sarah Griego", "a 9-year-old boy, Zephania Griego"
    size_t item = q, noun = SIZE_MAX, e;
    int age = -1;
    for (size_t w = 0; q < c->b && w < 6 && !CAP(c, q); w++) {
      int a2 = age_phrase(c, q, &e);
      if (a2 >= 0) {
        age = a2, q = e;
        continue;
      }
      if (person_noun(c, q)) noun = q;
      if (!WORD(c, q) || (CL(c, q) & (L_CVERB | L_AUX | L_SAY)) ||
          (IS(c, q, "and") || IS(c, q, "all") || IS(c, q, "both")))
        break;
      q++;
    }
    // (an apposition: "a 9-year-old boy, Zephania Griego")
    if (q > item && PUNCT(c, q, ',') && CAP(c, q + 1) && noun != SIZE_MAX) q++;
    size_t ne = CAP(c, q) ? name_end(c, q) : q;
    if (ne == q) break;
    int cat = noun != SIZE_MAX ? category_of(c, noun) : NF_C_ALL;
    add_victim_core(x, si, q, ne, measure, cat,
                    perp || (noun != SIZE_MAX && perpetrator_word(c, noun)), -1,
                    false, age, list_from);
    n++;
    q = ne;
    // ", 51", ", of Trotwood", "of Columbus"
    if (PUNCT(c, q, ',') && NUM(c, q + 1)) q += 2;
    if ((IS(c, q, "of") || (PUNCT(c, q, ',') && IS(c, q + 1, "of"))) &&
        CAP(c, q + (IS(c, q, "of") ? 1 : 2)))
      q = name_end(c, q + (IS(c, q, "of") ? 1 : 2));
    if (!(PUNCT(c, q, ',') || PUNCT(c, q, ';') || IS(c, q, "and"))) break;
  }
  if (!n) return false;
  *last = q > k ? q - 1 : k;
  return true;
}

// Headlines drop articles and auxiliaries: "Man killed, boy injured in
// drive-by shooting", "Campbell boy, 7, hospitalized after accidental
// shooting", "Toddler shoots mother", "Vigil for teen killed in crash".
// Their words are all capitalised, so capitals tell nothing here.

// "suspected of slaying wife": a gerund after a preposition takes the
// person after it as its object, and is no word of the person's.
static bool gerund_after_prep(const sc *c, size_t i) {
  if (!KIND(c, i, NF_TOK_WORD) || i <= c->a) return false;
  size_t n = c->t[i].end - c->t[i].start;
  return n > 4 && memcmp(c->s + c->t[i].end - 3, "ing", 3) == 0 &&
         (CL(c, i - 1) & L_FUNC) && !IS(c, i - 1, "a") && !IS(c, i - 1, "an") &&
         !IS(c, i - 1, "the");
}

// A word that may stand before a headline's person noun: "Atlanta",
// "6-year-old", "off-duty", "mom's". Not a verb, function word or number.
static bool hl_modifier(const sc *c, size_t i) {
  if (i < c->a || i >= c->b) return false;
  if (KIND(c, i, NF_TOK_PUNCT)) return HYPHEN(c, i) && GLUED(c, i);
  if (NUM(c, i))  // "6-year-old", "8th-grader"
    return age_number(c, i) || (WORD(c, i + 1) && GLUED(c, i + 1));
  if (!KIND(c, i, NF_TOK_WORD)) return false;
  if (c->t[i].flags & NF_TF_POSS) return true;
  if (gerund_after_prep(c, i)) return false;
  uint64_t cl = CL(c, i);
  if (cl & (L_NUM | L_VAGUE)) return age_number(c, i);
  return !(cl & (L_FUNC | L_CVERB | L_CACT | L_AUX | L_SAY | L_BREAK | L_WDAY |
                 L_MONTH | L_DATEW)) &&
         !ly_adverb(c, i);
}

// Does token p end the words before a headline's subject: the title's
// start, punctuation, a function word ("Vigil for teen killed"), a verb
// ("Shooting leaves man dead") or a saying verb ("Police say man shot")?
static bool hl_clause_edge(const sc *c, size_t p) {
  if (p < c->a || p >= c->b) return true;
  if (KIND(c, p, NF_TOK_PUNCT)) return !(HYPHEN(c, p) && GLUED(c, p));
  if (gerund_after_prep(c, p)) return true;
  return (CL(c, p) & (L_FUNC | L_CVERB | L_CACT | L_SAY | L_BREAK | L_AUX)) !=
         0;
}

// The person ending at e in a headline ("6-year-old Atlanta girl",
// "Campbell boy, 7,"): its start, or SIZE_MAX; *noun is its head.
static size_t hl_person_before(const sc *c, size_t e, size_t *noun) {
  size_t h = e;
  if (h >= c->a + 4 && PUNCT(c, h - 1, ',') && NUM(c, h - 2) &&
      PUNCT(c, h - 3, ','))
    h -= 3;                                    // "boy, 7,"
  if (h > c->a && of_count(c, h - 1)) h -= 2;  // "Father of 4 killed"
  if (h <= c->a || !person_noun(c, h - 1)) return SIZE_MAX;
  size_t p = h - 1;
  while (p > c->a && h - p < 10 && hl_modifier(c, p - 1)) p--;
  if (p > c->a && !hl_clause_edge(c, p - 1)) return SIZE_MAX;
  *noun = h - 1;
  return p;
}

// The measure of a headline's active casualty verb at k ("shoots",
// "kills", "fatally shoots"), or 0.
static int hl_active_verb(const sc *c, size_t k) {
  if (IS(c, k, "kills") || IS(c, k, "killed") || IS(c, k, "murders") ||
      IS(c, k, "murdered") || IS(c, k, "slays") || IS(c, k, "kill"))
    return NF_M_KILLED;
  if (IS(c, k, "shoots") || IS(c, k, "shot") || IS(c, k, "wounds") ||
      IS(c, k, "shoot") || IS(c, k, "wounded") || IS(c, k, "injures") ||
      IS(c, k, "injured") || IS(c, k, "stabs") || IS(c, k, "stabbed") ||
      IS(c, k, "grazes") || IS(c, k, "hits") || IS(c, k, "strikes"))
    return IS(c, k - 1, "fatally") ? NF_M_KILLED : NF_M_INJURED;
  return 0;
}

// The person starting at j in a headline, as an object ("mother", "his
// wife", "man's girlfriend"): sets *noun to its head and returns its end
// (past an age given as ", 7,"), or SIZE_MAX.
static size_t hl_person_after(const sc *c, size_t j, size_t *noun) {
  size_t q = j;
  if (IS(c, q, "a") || IS(c, q, "an") || IS(c, q, "the") || IS(c, q, "his") ||
      IS(c, q, "her") || IS(c, q, "their"))
    q++;
  size_t h = SIZE_MAX;
  for (size_t n = 0; q < c->b && n < 7; q++, n++) {
    if (person_noun(c, q)) {
      h = q;  // the last one: "man's girlfriend"
      if (!(q + 1 < c->b && (c->t[q + 1].flags & NF_TF_POSS))) break;
      continue;
    }
    if (!hl_modifier(c, q) || hl_active_verb(c, q)) break;
  }
  if (h == SIZE_MAX) return SIZE_MAX;
  *noun = h;
  return h + 1;
}

static void hl_add(fx *x, size_t si, const sc *c, size_t a, size_t e,
                   size_t noun, int measure, bool distinct) {
  add_victim_as(x, si, a, e, measure, category_of(c, noun),
                perpetrator_word(c, noun), -1, distinct);
}

// "Man, woman shot": the people listed before the one at a, each one more.
static void hl_list_before(fx *x, size_t si, const sc *c, size_t a,
                           int measure) {
  for (size_t n = 0;
       n < 4 && a > c->a + 1 &&
       (PUNCT(c, a - 1, ',') || IS(c, a - 1, "and") || PUNCT(c, a - 1, '&'));
       n++) {
    // ("Boy, 2, man in critical condition": the comma closes an age)
    size_t e = a >= c->a + 4 && PUNCT(c, a - 1, ',') && NUM(c, a - 2) &&
                       PUNCT(c, a - 3, ',')
                   ? a
                   : a - 1;
    size_t noun, a2 = hl_person_before(c, e, &noun);
    if (a2 == SIZE_MAX) return;
    hl_add(x, si, c, a2, e, noun, measure, true);
    a = a2;
  }
}

static bool reflexive(const sc *c, size_t i) {
  return IS(c, i, "himself") || IS(c, i, "herself") || IS(c, i, "self") ||
         IS(c, i, "themselves");
}

static void hl_list_after(fx *x, size_t si, const sc *c, size_t e, int m);

// The people a headline's active verb at k names as hit: "Toddler shoots
// mother", "Man fatally shoots wife, daughter", "Bullet kills man"; and
// who hit themselves: "Girl accidentally shoots herself".
static bool hl_object(fx *x, size_t si, const sc *c, size_t k) {
  int m = hl_active_verb(c, k);
  if (!m && (IS(c, k, "shooting") || IS(c, k, "killing") ||
             IS(c, k, "wounding") || IS(c, k, "stabbing"))) {
    // "Teen arrested after shooting 18-year-old girl": a gerund takes an
    // object only with a determiner or an age ("shooting victim" is a
    // noun)
    size_t o = k + 1;
    // ("Boy charged after accidentally shooting self, girl"; not the
    // shooter's end, "killed 2 daughters before shooting himself", whose
    // fate the headline leaves open)
    size_t v = k;
    while (v > c->a && ly_adverb(c, v - 1)) v--;
    bool self = reflexive(c, o) && !IS(c, v - 1, "before");
    if (IS(c, o, "his") || IS(c, o, "her") || IS(c, o, "their") ||
        IS(c, o, "a") || IS(c, o, "an") || age_number(c, o) || self)
      m = IS(c, k, "killing") ? NF_M_KILLED : NF_M_INJURED;
    if (IS(c, k - 1, "fatally")) m = m ? NF_M_KILLED : 0;
  }
  if (!m) return false;
  if (reflexive(c, k + 1)) {
    size_t v = k;
    while (v > c->a && ly_adverb(c, v - 1)) v--;
    size_t noun, a = hl_person_before(c, v, &noun);
    if (a == SIZE_MAX) {
      // "Man shoots daughters, kills himself": the headline's subject
      // (after a source's "Police:")
      for (size_t q = c->a; q < v && q < c->a + 10 && a == SIZE_MAX; q++) {
        size_t s0 =
            person_noun(c, q) ? hl_person_before(c, q + 1, &noun) : SIZE_MAX;
        if (s0 != SIZE_MAX && (s0 == c->a || PUNCT(c, s0 - 1, ':')))
          a = s0, v = q + 1;
      }
      if (a == SIZE_MAX) return false;
    }
    hl_add(x, si, c, a, v, noun, m, false);
    // ("Boy shoots self, girl": and the others the shot hit)
    hl_list_after(x, si, c, k + 2, m);
    return true;
  }
  size_t noun, e = hl_person_after(c, k + 1, &noun);
  if (e == SIZE_MAX) return false;
  hl_add(x, si, c, k + 1, e, noun, m, false);
  hl_list_after(x, si, c, e, m);
  return true;
}

// "Man fatally shoots wife, daughter": the people listed after the one
// ending at e, each one more.
static void hl_list_after(fx *x, size_t si, const sc *c, size_t e, int m) {
  for (size_t n = 0; n < 4 && (PUNCT(c, e, ',') || IS(c, e, "and")); n++) {
    size_t j = e + 1, noun2;
    size_t e2 = hl_person_after(c, j, &noun2);
    if (e2 == SIZE_MAX) break;
    hl_add(x, si, c, j, e2, noun2, m, true);
    e = e2;
  }
}

// Where a headline's person was hurt, between them and the verb at k ("in
// Creekwood shooting", "involved in Montfort shooting", "at Lee High"):
// the end of the person's words before it, or SIZE_MAX. Only names and
// nouns of the event between: no verb, no clause.
#define NF_VICTIM_HL_WHERE 8  // "in North Highlands apartment shooting"
static size_t hl_where_before(const sc *c, size_t k) {
  for (size_t q = k; q > c->a + 1 && k - q < NF_VICTIM_HL_WHERE; q--) {
    size_t p = q - 1;
    if (IS(c, p, "in") || IS(c, p, "at") || IS(c, p, "near") ||
        IS(c, p, "outside") || IS(c, p, "inside")) {
      if (p + 1 == k) return SIZE_MAX;
      // (what befell them is no part of them: "Mom involved in")
      if (IS(c, p - 1, "involved") && p - 1 > c->a) p--;
      return p;
    }
    if (!(hl_modifier(c, p) || IS(c, p, "shooting") || IS(c, p, "stabbing") ||
          IS(c, p, "attack") || IS(c, p, "crash")) ||
        hl_active_verb(c, p))
      return SIZE_MAX;
  }
  return SIZE_MAX;
}

static void headline_victims(fx *x, size_t si) {
  sc c = sc_sent(x, si);
  size_t n0 = x->f->n_victims;
  for (size_t k = c.a; k < c.b; k++) {
    uint64_t cl = CL(&c, k);
    // "death of teen", "shooting of 3-year-old": no article in headlines
    if ((cl & (L_TRIG | L_CNOUN | L_CACT)) && IS(&c, k + 1, "of")) {
      bool fatal = IS(&c, k, "death") || IS(&c, k, "killing") ||
                   IS(&c, k, "murder") || IS(&c, k, "slaying") ||
                   (IS(&c, k, "shooting") && IS(&c, k - 1, "fatal"));
      bool hurt = IS(&c, k, "shooting") || IS(&c, k, "stabbing");
      size_t noun, e = hl_person_after(&c, k + 2, &noun);
      if ((fatal || hurt) && e != SIZE_MAX) {
        hl_add(x, si, &c, k + 2, e, noun, fatal ? NF_M_KILLED : NF_M_INJURED,
               false);
        k = e - 1;
        continue;
      }
    }
    // (the lexicon classes every verb hl_object reads)
    if ((cl & (L_CVERB | L_CACT | L_TRIG)) && hl_object(x, si, &c, k)) continue;
    // "Vigil for slain teen", "Homicide victim identified": a dead person
    // named by a modifier, with or without a verb
    if (person_noun(&c, k) && !(k + 1 < c.b && person_noun(&c, k + 1)) &&
        !(c.t[k + 1 < c.b ? k + 1 : k].flags & NF_TF_POSS)) {
      size_t noun, a = hl_person_before(&c, k + 1, &noun);
      bool slain = false;
      if (a != SIZE_MAX && a > c.a &&
          (IS(&c, a - 1, "slain") || IS(&c, a - 1, "murdered") ||
           IS(&c, a - 1, "dead")))
        a--;  // words of death are verbs too: no modifier to hl_person_before
      for (size_t q = a; a != SIZE_MAX && q < k; q++)
        slain |= IS(&c, q, "slain") || IS(&c, q, "murdered") ||
                 IS(&c, q, "homicide") || IS(&c, q, "murder") ||
                 IS(&c, q, "dead") || IS(&c, q, "deceased");
      // (not "murder suspect"; not one read already: "kills slain ...")
      for (size_t i = n0; i < x->f->n_victims && slain; i++)
        if (x->f->victims[i].span.in == NF_IN_TITLE &&
            x->f->victims[i].span.end == c.t[k].end)
          slain = false;
      if (slain && !perpetrator_word(&c, noun)) {
        hl_add(x, si, &c, a, k + 1, noun, NF_M_KILLED, false);
        continue;
      }
    }
    if (!(cl & (L_AUX | L_CVERB)) && !ly_adverb(&c, k) && !IS(&c, k, "dies") &&
        !((cl & L_TRIG) && lead_verb(&c, k)) && !IS(&c, k, "found") &&
        !IS(&c, k, "pronounced") && !IS(&c, k, "in"))
      continue;
    size_t vend;
    int m = verb_measure(&c, k, &vend);
    bool condition = false;
    if (!m && IS(&c, k, "in")) {
      // "Man in critical condition after shooting"
      size_t q = k + 1;
      if (ly_adverb(&c, q)) q++;
      condition = (IS(&c, q, "critical") || IS(&c, q, "serious") ||
                   IS(&c, q, "stable") || IS(&c, q, "grave")) &&
                  IS(&c, q + 1, "condition");
      if (condition) m = NF_M_INJURED, vend = q + 2;
      // "Woman in hospital after accidental shooting", "child in hospital"
      if (!condition && IS(&c, k + 1, "hospital"))
        condition = true, m = NF_M_INJURED, vend = k + 2;
    }
    if (m != NF_M_KILLED && m != NF_M_INJURED) continue;
    // "Man shot wife": an active verb, read by hl_object at its last word;
    // "Teen who shot 4": whoever shot is no victim of it
    // "Man who fatally shot sons has died": what the relative clause's
    // subject did to others; what befell them follows
    if (IS(&c, k, "who") || IS(&c, k, "that")) {
      size_t v = k + 1;
      while (v < c.b && ly_adverb(&c, v)) v++;
      if (hl_active_verb(&c, v)) {
        k = vend - 1;
        continue;
      }
    }
    size_t on;
    if (!condition && !PUNCT(&c, vend, ',') &&
        (hl_person_after(&c, vend, &on) != SIZE_MAX ||
         (NUM(&c, vend) && !age_number(&c, vend)) || (CL(&c, vend) & L_NUM) ||
         IS(&c, vend, "him") || IS(&c, vend, "her") || IS(&c, vend, "them"))) {
      if (vend >= k + 2) k = vend - 2;
      continue;
    }
    size_t noun, a = hl_person_before(&c, k, &noun);
    if (a != SIZE_MAX && a > c.a + 1 && IS(&c, a - 1, "of") &&
        IS(&c, a - 2, "victim")) {
      // "Second victim of 14-year-old shooter dies": the victim does
      size_t e2 = a - 1;
      a = hl_person_before(&c, e2, &noun);
      if (a != SIZE_MAX) {
        hl_add(x, si, &c, a, e2, noun, m, false);
        k = vend - 1;
        continue;
      }
    }
    if (a == SIZE_MAX) {
      // "Victim in Creekwood shooting dies", "Mom involved in Montfort
      // shooting has died": the subject stands before where it befell them
      size_t e2 = hl_where_before(&c, k);
      if (e2 != SIZE_MAX && (a = hl_person_before(&c, e2, &noun)) != SIZE_MAX) {
        hl_add(x, si, &c, a, e2, noun, m, false);
        k = vend - 1;
        continue;
      }
    }
    if (a == SIZE_MAX) {
      // "Teen who shot 4 is killed by police": the subject stands before
      // the relative clause, and is who shot when its verb is active
      size_t w = relative_start(&c, k);
      if (w != SIZE_MAX && w > c.a &&
          (a = hl_person_before(&c, w, &noun)) != SIZE_MAX) {
        // (past an adverb: "man who fatally shot young sons")
        size_t v = w + 1;
        while (v < c.b && ly_adverb(&c, v)) v++;
        bool shooter = hl_active_verb(&c, v) && !reflexive(&c, v + 1);
        add_victim(x, si, a, w, m, category_of(&c, noun),
                   shooter || perpetrator_word(&c, noun), -1);
        k = vend - 1;
        continue;
      }
    }
    if (a != SIZE_MAX) {
      hl_add(x, si, &c, a, k, noun, m, false);
      hl_list_before(x, si, &c, a, m);
    } else if (m == NF_M_KILLED && x->f->n_victims > n0) {
      // "Man shot outside store dies": the one just named
      nf_victim *v = &x->f->victims[x->f->n_victims - 1];
      if (v->measure == NF_M_INJURED) v->measure = NF_M_KILLED;
    }
    k = vend - 1;
  }
}

// Is the one a verb group ending at j befell said to be the attacker, by
// the sentence's own verb after it: "a man shot and killed by a homeowner
// is an escaped murder suspect", "the man killed was the gunman"? (Past
// an agent or a place: "by police", "in the home"; not past another
// clause: "and the suspect fled".)
static bool said_perpetrator(const sc *c, size_t j) {
  for (size_t q = j; q < c->b && q < j + NF_VICTIM_CLAUSE_REACH; q++) {
    if (KIND(c, q, NF_TOK_PUNCT) && !HYPHEN(c, q)) return false;
    if (IS(c, q, "is") || IS(c, q, "was")) {
      size_t d = q + 1;
      if (!(IS(c, d, "a") || IS(c, d, "an") || IS(c, d, "the"))) return false;
      for (size_t w = d + 1; w < c->b && w < d + 5; w++) {
        if (perpetrator_word(c, w)) return true;
        if (!WORD(c, w) || (CL(c, w) & (L_FUNC | L_CVERB | L_AUX)))
          return false;
      }
      return false;
    }
    if (IS(c, q, "and") || IS(c, q, "but") || IS(c, q, "who") ||
        IS(c, q, "that") || IS(c, q, "which") || IS(c, q, "when") ||
        IS(c, q, "while") || (CL(c, q) & (L_CVERB | L_AUX | L_SAY)))
      return false;
  }
  return false;
}

// Is the sentence written in capitals throughout (a broadcast transcript's
// "NEW DETAILS IN THE SHOOTING DEATH OF A 33-YEAR-OLD")? Such text misspells
// ages and makes every word look like a name: the report tells its people
// again in ordinary sentences.
static bool shouted(const sc *c) {
  size_t words = 0;
  for (size_t i = c->a; i < c->b; i++) {
    if (!KIND(c, i, NF_TOK_WORD)) continue;
    const nf_tok *t = &c->t[i];
    bool lower = false, letter = false;
    for (uint32_t p = t->start; p < t->end; p++) {
      char ch = c->s[p];
      if (ch >= 'a' && ch <= 'z') lower = true;
      if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) letter = true;
    }
    if (lower) return false;
    if (letter) words++;
  }
  return words >= 4;
}

void Nf_fx_victims(fx *x) {
  for (size_t si = 0; si < x->n_sents && !x->status; si++) {
    const fx_sent *st = &x->sents[si];
    if (st->in == NF_IN_TITLE) headline_victims(x, si);
    if (st->in != NF_IN_BODY) continue;
    sc c = sc_sent(x, si);
    bool shout = shouted(&c);
    for (size_t k = c.a; k < c.b; k++) {
      uint64_t cl = CL(&c, k);
      if (!cl) {
        // only "himself", "herself", "life", "suicide", "found",
        // "identified" start these: a first-letter test keeps the other
        // words cheap
        char ch = (char)(c.s[c.t[k].start] | 0x20);
        if ((ch == 'h' || ch == 'l' || ch == 's') && self_killing(x, si, &c, k))
          continue;
        if (ch == 'f' && found_dead(x, si, &c, k, &k)) continue;
        if (ch == 'i' && identified_as(x, si, &c, k, &k)) continue;
        continue;
      }
      // (capitals hide names and ages; "turning the gun on himself" tells
      // its fact whatever the case)
      if (shout) continue;
      // Only casualty words and auxiliaries start what is read here ("A
      // man suffered a gunshot wound", "a teen is recovering": words the
      // lexicon tags L_TRIG for this).
      if (!(cl & (L_AUX | L_CVERB | L_CACT | L_TRIG | L_CNOUN))) continue;
      bool lead = (cl & L_TRIG) && lead_verb(&c, k);
      if ((cl & (L_TRIG | L_CNOUN)) && death_of(x, si, &c, k)) continue;
      // Subject form: "<person> (, apposition,) was shot and killed".
      if ((cl & L_AUX) || (cl & L_CVERB) || lead) {
        // An auxiliary counts only when a casualty word follows it soon
        // ("was critically injured"); most do not.
        if (!(cl & L_CVERB) && !lead) {
          size_t m2 = k + 1;
          while (m2 < c.b && m2 < k + 4 &&
                 (((CL(&c, m2) & L_AUX) && !(CL(&c, m2) & L_CVERB)) ||
                  ly_adverb(&c, m2)))
            m2++;
          if (!(CL(&c, m2) & (L_CVERB | L_CNOUN)) &&
              !IS(&c, m2, "pronounced") && !IS(&c, m2, "found") &&
              !((CL(&c, m2) & L_TRIG) && lead_verb(&c, m2)) &&
              !IS(&c, m2, "in") && !IS(&c, m2, "critical") &&
              !IS(&c, m2, "fighting") && !IS(&c, m2, "clinging") &&
              !IS(&c, m2, "serious") && !IS(&c, m2, "stable"))
            continue;
        }
        size_t vend;
        int m = verb_measure(&c, k, &vend);
        if (!m) continue;
        // the subject ends before k (skip an adverb: "accidentally shot
        // himself"; and an apposition)
        size_t e = k, closing = SIZE_MAX;
        if (e > c.a + 1 && ly_adverb(&c, e - 1)) e--;
        if (e > c.a && PUNCT(&c, e - 1, ',')) {
          size_t q = e - 1;
          while (q > c.a && !PUNCT(&c, q - 1, ',') && e - q < 14) q--;
          if (q > c.a && PUNCT(&c, q - 1, ',')) closing = e - 1, e = q - 1;
          // "John Smith, 34, of Chicago, was killed": the age before the
          // apposition belongs to the person before it
          if (closing != SIZE_MAX && e >= c.a + 2 && NUM(&c, e - 1) &&
              c.t[e - 1].end - c.t[e - 1].start <= 3 && PUNCT(&c, e - 2, ','))
            e -= 2;
        }
        // "A man who shot his wife", "a man shot a boy": the subject of an
        // active verb is who did it, not who was hurt.
        bool active = active_verb(&c, k, vend);
        size_t noun = SIZE_MAX;
        size_t a = active ? SIZE_MAX : person_before(&c, e, &noun);
        // "shot the intruder, who died at the scene": the one before a
        // relative clause set off by a comma
        // (its noun right before the comma: not "the brother of Sarai
        // Lara, who was killed")
        if (a == SIZE_MAX && !active && IS(&c, e, "who") && e > c.a + 2 &&
            PUNCT(&c, e - 1, ',') && person_noun(&c, e - 2) &&
            (a = person_before(&c, e - 1, &noun)) != SIZE_MAX)
          e--;
        bool shooter = false;
        if (a == SIZE_MAX && !active &&
            (m == NF_M_KILLED || m == NF_M_INJURED)) {
          // "The 2-year-old who was shot inside an apartment has died":
          // the subject stands before the relative clause.
          size_t w = relative_start(&c, e);
          // (", then killed himself": the sentence's own verb again, past
          // the relative clause)
          if (e > c.a + 1 && IS(&c, e - 1, "then") && PUNCT(&c, e - 2, ','))
            w = SIZE_MAX;
          if (w != SIZE_MAX) {
            e = w;
            a = person_before(&c, e, &noun);
            // "A man who fatally shot his two sons has died": who shot
            // someone is the shooter
            size_t rend;
            shooter = (verb_measure(&c, w + 1, &rend) &&
                       active_verb(&c, w + 1, rend)) ||
                      suspect_clause(&c, w + 1);
          }
        }
        // "The parents of a 9-month-old were arrested": the subject is
        // the word before "of"
        // (but "the father of a boy who was shot": the relative clause's)
        if (a != SIZE_MAX && a > c.a && IS(&c, a - 1, "of") &&
            !IS(&c, k, "who"))
          a = SIZE_MAX;
        // "He is the second child shot and killed since Saturday": a
        // tally's rank said of someone already told, not one more
        if (a != SIZE_MAX && a > c.a &&
            (IS(&c, a - 1, "is") || IS(&c, a - 1, "was") ||
             IS(&c, a - 1, "became") || IS(&c, a - 1, "becomes")))
          for (size_t q = a; q < e && a != SIZE_MAX; q++)
            if (CL(&c, q) & L_ORD) a = SIZE_MAX;
        // "a man at the residence, 21-year-old Marcus Cole Holt, was
        // killed": the apposition's name, when the words before it are no
        // person
        bool aged_name = false;  // "21-year-old Marcus Cole Holt"
        // (not after a name: "John Smith, of Chicago, was killed")
        if (a == SIZE_MAX && !active && closing != SIZE_MAX &&
            CAP(&c, closing - 1) && closing - 1 > e + 1 &&
            !(e > c.a && CAP(&c, e - 1))) {
          aged_name = age_number(&c, e + 1);
          e = closing;
        }
        if (a != SIZE_MAX) {
          add_victim(x, si, a, e, m, category_of(&c, noun),
                     shooter || perpetrator_word(&c, noun) ||
                         said_perpetrator(&c, vend),
                     -1);
          // "A soldier and his 11-year-old daughter were found dead",
          // "a 4-year-old boy, a 5-year-old girl and an 11-year-old boy
          // were shot": each one named is one more.
          for (size_t cur = a, n = 0;
               n < 6 && cur > c.a + 1 && plural_verb(&c, k) &&
               (IS(&c, cur - 1, "and") || PUNCT(&c, cur - 1, ','));
               n++) {
            size_t noun2 = SIZE_MAX;
            size_t a2 = person_before(&c, cur - 1, &noun2);
            if (a2 == SIZE_MAX || (a2 > c.a && IS(&c, a2 - 1, "of"))) break;
            add_victim_as(x, si, a2, cur - 1, m, category_of(&c, noun2),
                          perpetrator_word(&c, noun2), -1, true);
            cur = a2;
          }
        } else if (!active && e > c.a && CAP(&c, e - 1)) {
          size_t s0 = e - 1;
          // (a hyphen inside a name only, "Al-Raad"; not a dateline's
          // dash, "PITTSBURGH (KDKA) – Nick Ursiny")
          while (s0 > c.a &&
                 (CAP(&c, s0 - 1) || IS(&c, s0 - 1, "al") ||
                  (HYPHEN(&c, s0 - 1) && GLUED(&c, s0) && GLUED(&c, s0 - 1))))
            s0--;
          int32_t id = person_at(x, st, s0, e, c.t);
          if (id < 0) {
            // a surname: "Raad was shot"
            for (size_t i = 0; i < x->f->n_actors && id < 0; i++) {
              const nf_actor *ac = &x->f->actors[i];
              if (ac->kind != NF_ACTOR_PERSON) continue;
              for (size_t mm = 0; mm < ac->n_mentions; mm++)
                if (ac->mentions[mm].in == st->in &&
                    ac->mentions[mm].start == c.t[s0].start &&
                    ac->mentions[mm].end == c.t[e - 1].end)
                  id = (int32_t)i;
            }
          }
          if (id < 0 && e == s0 + 1) {
            // "Timea Batts, 11, was shot ... Timea died": one word of the
            // name of someone counted
            const char *w = Nf_fx_text(x, si, s0, e);
            for (size_t i = 0; i < x->f->n_victims && id < 0 && w; i++) {
              const nf_victim *v = &x->f->victims[i];
              if (v->actor >= 0 && name_part(w, x->f->actors[v->actor].name))
                id = v->actor;
            }
          }
          if (id >= 0 || aged_name)
            add_victim(x, si, s0, e, m, NF_C_ALL, false, id);
        }
        // "a boy accidentally shot himself and his friend": the one
        // after the reflexive too
        if (IS(&c, vend, "himself") || IS(&c, vend, "herself"))
          after_reflexive(
              x, si, &c, vend,
              k > c.a && IS(&c, k - 1, "fatally") ? NF_M_KILLED : m);
        // "Police shot and killed a 19-year-old": the object after it.
        if (!(IS(&c, vend, "a") || IS(&c, vend, "an") ||
              (active && (IS(&c, vend, "his") || IS(&c, vend, "her") ||
                          IS(&c, vend, "their") || the_attacker(&c, vend))))) {
          k = vend > k ? vend - 1 : k;
          continue;
        }
        k = vend - 1;  // the verb's last word: the object form reads on
      }
      // Object form: "shot and killed a 19-year-old woman", "killing a man".
      if (IS(&c, k, "killed") || IS(&c, k, "killing") || IS(&c, k, "shot") ||
          IS(&c, k, "shooting") || IS(&c, k, "wounded") ||
          IS(&c, k, "wounding") || IS(&c, k, "injured") ||
          IS(&c, k, "injuring") || IS(&c, k, "stabbed") ||
          IS(&c, k, "murdered") || IS(&c, k, "arrested")) {
        size_t j = k + 1;
        // (a verb, not the noun of "after the shooting the suspect fled")
        if (the_attacker(&c, j) && !IS(&c, k, "shooting") &&
            !IS(&c, k, "killing") && !IS(&c, k, "wounding") &&
            !IS(&c, k, "injuring")) {
          // "police shot and killed the gunman": the attacker was hit
          size_t e = IS(&c, j + 1, "suspected") || IS(&c, j + 1, "alleged")
                         ? j + 2
                         : j + 1;
          int m = IS(&c, k, "killed") || IS(&c, k, "killing") ||
                          IS(&c, k, "murdered") ||
                          (k > c.a && IS(&c, k - 1, "fatally"))
                      ? NF_M_KILLED
                  : IS(&c, k, "arrested") ? NF_M_ARRESTED
                                          : NF_M_INJURED;
          add_victim(x, si, j, e + 1, m, NF_C_ALL, true, -1);
          k = e;
          continue;
        }
        if (!(IS(&c, j, "a") || IS(&c, j, "an") || IS(&c, j, "his") ||
              IS(&c, j, "her") || IS(&c, j, "their")))
          continue;
        size_t e = j + 1, n = 0;
        while (e < c.b && n < 6 && !person_noun(&c, e) &&
               (c.t[e].kind != NF_TOK_NUM ||
                (e + 1 < c.b && c.t[e + 1].kind == NF_TOK_PUNCT &&
                 Nf_cp_is_hyphen(c.t[e + 1].cp))) &&
               !(CL(&c, e) & (L_FUNC | L_CVERB)))
          e++, n++;
        if (e >= c.b || !person_noun(&c, e) ||
            (e = owned_person(&c, e)) == SIZE_MAX)
          continue;
        int m =
            IS(&c, k, "killed") || IS(&c, k, "killing") || IS(&c, k, "murdered")
                ? NF_M_KILLED
            : IS(&c, k, "arrested") ? NF_M_ARRESTED
                                    : NF_M_INJURED;
        if (m == NF_M_INJURED && k >= c.a + 2 && IS(&c, k - 1, "and") &&
            IS(&c, k - 2, "shot"))
          m = NF_M_INJURED;
        if (IS(&c, k, "shot") && IS(&c, k + 1, "and") &&
            IS(&c, k + 2, "killed"))
          m = NF_M_KILLED;
        // "fatally shot a man", "mortally wounded her parents"
        if (m == NF_M_INJURED && k > c.a &&
            (IS(&c, k - 1, "fatally") || IS(&c, k - 1, "mortally")))
          m = NF_M_KILLED;
        add_victim(x, si, j, e + 1, m, category_of(&c, e),
                   perpetrator_word(&c, e), -1);
        // "wounding her brother and 4-year-old daughter", "shot a guard
        // and a patron": each one named is one more.
        for (size_t nn = 0;
             nn < 6 && (IS(&c, e + 1, "and") || PUNCT(&c, e + 1, ',')); nn++) {
          size_t j2 = e + 2;
          // "his friend, 63-year-old Daniel Caron,": a comma and no
          // determiner name the same person again
          if (PUNCT(&c, e + 1, ',') &&
              !(IS(&c, j2, "and") || IS(&c, j2, "a") || IS(&c, j2, "an") ||
                IS(&c, j2, "his") || IS(&c, j2, "her") || IS(&c, j2, "their") ||
                IS(&c, j2, "another")))
            break;
          if (IS(&c, j2, "and")) j2++;  // ", and"
          size_t e2 = j2;
          if (IS(&c, j2, "a") || IS(&c, j2, "an") || IS(&c, j2, "his") ||
              IS(&c, j2, "her") || IS(&c, j2, "their") || IS(&c, j2, "another"))
            e2++;
          for (size_t q = 0;
               q < 6 && e2 < c.b && !person_noun(&c, e2) &&
               (c.t[e2].kind == NF_TOK_WORD || age_number(&c, e2) ||
                (c.t[e2].kind == NF_TOK_PUNCT &&
                 Nf_cp_is_hyphen(c.t[e2].cp))) &&
               !(CL(&c, e2) & (L_FUNC | L_CVERB | L_AUX));
               q++)
            e2++;
          if (e2 >= c.b || !person_noun(&c, e2) ||
              (e2 = owned_person(&c, e2)) == SIZE_MAX)
            break;
          add_victim_as(x, si, j2, e2 + 1, m, category_of(&c, e2),
                        perpetrator_word(&c, e2), -1, true);
          e = e2;
        }
        k = e;
      }
    }
  }
}
