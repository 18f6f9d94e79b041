#include "text/sentence.h"

#include "text/wordset.h"

typedef struct abbrev {
  const char *word;
  unsigned char ends;  // 1: may end a sentence ("Inc.", "Calif."), 0: never
} abbrev;

// Words written with a full stop. Titles and month names come before a
// name or a number and never end a sentence; the others may, and end one
// only when the next word is a usual sentence opener.
static const abbrev ABBREVS[] = {
    {"mr", 0},   {"mrs", 0},   {"ms", 0},   {"dr", 0},     {"prof", 0},
    {"gen", 0},  {"sen", 0},   {"rep", 0},  {"gov", 0},    {"lt", 0},
    {"col", 0},  {"capt", 0},  {"sgt", 0},  {"cpl", 0},    {"pvt", 0},
    {"maj", 0},  {"brig", 0},  {"adm", 0},  {"cmdr", 0},   {"cmdt", 0},
    {"det", 0},  {"insp", 0},  {"supt", 0}, {"ofc", 0},    {"dep", 0},
    {"rev", 0},  {"hon", 0},   {"pres", 0}, {"atty", 0},   {"st", 0},
    {"mt", 0},   {"ft", 0},    {"jan", 0},  {"feb", 0},    {"mar", 0},
    {"apr", 0},  {"jun", 0},   {"jul", 0},  {"aug", 0},    {"sep", 0},
    {"sept", 0}, {"oct", 0},   {"nov", 0},  {"dec", 0},    {"no", 0},
    {"nos", 0},  {"vs", 0},    {"v", 0},    {"approx", 0}, {"est", 0},
    {"fig", 0},  {"sr", 1},    {"jr", 1},   {"inc", 1},    {"corp", 1},
    {"co", 1},   {"ltd", 1},   {"bros", 1}, {"etc", 1},    {"ave", 1},
    {"blvd", 1}, {"rd", 1},    {"hwy", 1},  {"ala", 1},    {"ariz", 1},
    {"ark", 1},  {"calif", 1}, {"colo", 1}, {"conn", 1},   {"del", 1},
    {"fla", 1},  {"ga", 1},    {"ill", 1},  {"ind", 1},    {"kan", 1},
    {"kans", 1}, {"ky", 1},    {"la", 1},   {"md", 1},     {"mass", 1},
    {"mich", 1}, {"minn", 1},  {"miss", 1}, {"mo", 1},     {"mont", 1},
    {"neb", 1},  {"nev", 1},   {"okla", 1}, {"ore", 1},    {"pa", 1},
    {"tenn", 1}, {"tex", 1},   {"va", 1},   {"vt", 1},     {"wash", 1},
    {"wis", 1},  {"wyo", 1},   {"wva", 1},  {"al", 1},     {"ref", 1},
};
static nf_wordset abbrev_set = NF_WORDSET(ABBREVS);

// Words that open sentences; after an abbreviation that may end one
// ("Inc.", "Okla."), a boundary needs one of these next.
static const char *const OPENERS[] = {
    "the",       "a",           "an",        "he",      "she",
    "it",        "they",        "we",        "i",       "you",
    "but",       "and",         "in",        "on",      "at",
    "this",      "that",        "these",     "those",   "there",
    "his",       "her",         "their",     "its",     "police",
    "officials", "authorities", "after",     "when",    "as",
    "if",        "no",          "one",       "two",     "three",
    "some",      "according",   "meanwhile", "however", "also",
    "while",     "what",        "who",       "upon",    "officers",
    "deputies",  "detectives",  "witnesses"};
static nf_wordset opener_set = NF_WORDSET(OPENERS);

// Words that go on after a clock time ("at 2 a.m. Friday", "3 p.m. ET",
// "10 p.m. Jan. 2"): days, months and time zones.
static const char *const AFTER_TIME[] = {
    "monday",  "tuesday",  "wednesday", "thursday", "friday",   "saturday",
    "sunday",  "today",    "tonight",   "january",  "february", "march",
    "april",   "may",      "june",      "july",     "august",   "september",
    "october", "november", "december",  "jan",      "feb",      "mar",
    "apr",     "jun",      "jul",       "aug",      "sep",      "sept",
    "oct",     "nov",      "dec",       "et",       "est",      "edt",
    "ct",      "cst",      "cdt",       "mt",       "mst",      "mdt",
    "pt",      "pst",      "pdt",       "gmt",      "utc",      "bst",
    "cet",     "cest",     "local"};
static nf_wordset after_time_set = NF_WORDSET(AFTER_TIME);

bool Nf_is_title_abbrev(const char *s, size_t n) {
  long i = Nf_wordset_find(&abbrev_set, s, n);
  return i >= 0 && !ABBREVS[i].ends;
}

static bool is_terminal(const nf_tok *t) {
  return t->kind == NF_TOK_PUNCT &&
         (t->cp == '.' || t->cp == '!' || t->cp == '?' || t->cp == 0x2026);
}

static bool is_closer(const nf_tok *t) {
  return t->kind == NF_TOK_PUNCT &&
         (Nf_cp_is_close_quote(t->cp) || t->cp == ')' || t->cp == ']' ||
          t->cp == '\'');
}

static bool is_opener_tok(const char *s, const nf_tok *t) {
  if (t->kind == NF_TOK_NUM) return true;
  if (t->kind == NF_TOK_SYM)
    return t->cp == '$' || t->cp == 0x20AC || t->cp == 0xA3;
  if (t->kind == NF_TOK_PUNCT)
    return Nf_cp_is_open_quote(t->cp) || t->cp == '(' || t->cp == '[' ||
           Nf_cp_is_hyphen(t->cp) || t->cp == 0x2022;
  (void)s;
  return (t->flags & NF_TF_CAP) != 0;
}

// Is the full stop at toks[j] one that does not end the sentence?
static bool stop_is_inner(const char *s, const nf_tok *toks, size_t j,
                          size_t next, size_t n) {
  if (j == 0) return false;
  const nf_tok *p = &toks[j - 1];
  if (!(toks[j].flags & NF_TF_GLUE) || p->kind != NF_TOK_WORD) return false;
  size_t len = p->end - p->start;
  const nf_tok *nx = next < n ? &toks[next] : NULL;
  bool opener_next =
      nx && nx->kind == NF_TOK_WORD &&
      Nf_wordset_find(&opener_set, s + nx->start, nx->end - nx->start) >= 0;
  // An initial ("F.", "U.S."): an upper-case letter alone.
  if (len == 1 && Nf_cp_is_upper((unsigned char)s[p->start])) {
    // Another initial goes on with it, even "I." or "A." ("F.B. I.
    // agents", "M.B. A.").
    if (nx && nx->kind == NF_TOK_WORD && nx->end - nx->start == 1 &&
        next + 1 < n && toks[next + 1].kind == NF_TOK_PUNCT &&
        toks[next + 1].cp == '.' && (toks[next + 1].flags & NF_TF_GLUE))
      return true;
    // A force named by its place's initials: "D.C. Police Chief Cathy
    // Lanier", "contact D.C. Police." (but "in D.C. Police said").
    if (nx && Nf_tok_is(s, nx, "police") && next + 1 < n &&
        ((toks[next + 1].kind == NF_TOK_WORD &&
          (toks[next + 1].flags & NF_TF_CAP)) ||
         is_terminal(&toks[next + 1])))
      return true;
    // "U.S." ends a sentence only before a usual opener.
    return !(opener_next && j >= 2 && toks[j - 2].kind == NF_TOK_PUNCT &&
             toks[j - 2].cp == '.');
  }
  // "a.m.", "p.m.": end a sentence before a capital, but not before the
  // day, date or zone of the time ("at 2 a.m. Friday").
  if (len == 1)
    return nx && nx->kind == NF_TOK_WORD && Nf_tok_is(s, p, "m") &&
           Nf_wordset_find(&after_time_set, s + nx->start,
                           nx->end - nx->start) >= 0;
  long a = Nf_wordset_find(&abbrev_set, s + p->start, len);
  if (a < 0) return false;
  // "St." after a name or a number is a street ("on Main St. The man
  // ran"), which may end a sentence; before a name it is a saint ("St.
  // Louis").
  bool street =
      Nf_tok_is(s, p, "st") && j >= 2 &&
      (toks[j - 2].kind == NF_TOK_NUM ||
       (toks[j - 2].kind == NF_TOK_WORD && (toks[j - 2].flags & NF_TF_CAP)));
  if (!ABBREVS[a].ends && !street) return true;
  return !opener_next;
}

// A sentence end with no space after it, as text pasted from pages often
// has ("the store closed.The owner said", "on Main Street.Police said"): a
// word of two letters or more that is not all capitals, or a number,
// before the stop, and after it a capitalised word ("A" and "I" too, with
// a space after them), or a quote opening with one, that is not part of a
// web name ("news.Google.com") or an e-mail address
// ("Jane.Doe@example.com"). An initialism ("U.S.Army") has a single
// capital before its stops, so never ends.
static bool unspaced_boundary(const char *s, const nf_tok *toks, size_t j,
                              size_t next, size_t n) {
  if (j == 0) return false;
  const nf_tok *p = &toks[j - 1];
  // An opening quote may come first: "stopped.“We ran".
  if (toks[next].kind == NF_TOK_PUNCT && Nf_cp_is_open_quote(toks[next].cp))
    next++;
  if (next >= n) return false;
  const nf_tok *nx = &toks[next];
  bool word = p->kind == NF_TOK_WORD && p->end - p->start >= 2 &&
              !(p->flags & NF_TF_UPPER);
  if (!word && p->kind != NF_TOK_NUM) return false;
  // A name may hold a "!" ("Yahoo!News"); after a capital only "." ends.
  if (word && (p->flags & NF_TF_CAP) && toks[j].cp != '.') return false;
  if (Nf_wordset_find(&abbrev_set, s + p->start, p->end - p->start) >= 0)
    return false;
  if (nx->kind != NF_TOK_WORD || !(nx->flags & NF_TF_CAP) ||
      (nx->flags & NF_TF_UPPER))
    return false;
  const nf_tok *after = next + 1 < n ? &toks[next + 1] : NULL;
  bool glued_after = after && (after->flags & NF_TF_GLUE);
  if (nx->end - nx->start < 2 &&
      (glued_after || !(Nf_tok_is(s, nx, "a") || Nf_tok_is(s, nx, "i"))))
    return false;
  if (glued_after && after->kind == NF_TOK_SYM && after->cp == '@')
    return false;
  if (glued_after && after->kind == NF_TOK_PUNCT && after->cp == '.')
    return next + 2 >= n || !(toks[next + 2].flags & NF_TF_GLUE);
  return true;
}

size_t Nf_sentence_end(const char *s, const nf_tok *toks, size_t i, size_t n) {
  if (i >= n) return n;
  size_t depth = 0;  // open brackets; a boundary is not taken inside them
  for (size_t j = i + 1; j < n; j++) {
    const nf_tok *t = &toks[j];
    if (t->flags & NF_TF_NL) return j;  // a line break ends a sentence
    if (t->kind == NF_TOK_PUNCT) {
      if (t->cp == '(' || t->cp == '[')
        depth++;
      else if ((t->cp == ')' || t->cp == ']') && depth)
        depth--;
    }
    if (!is_terminal(t)) continue;
    size_t k = j + 1;
    while (k < n && is_terminal(&toks[k]) && (toks[k].flags & NF_TF_GLUE)) k++;
    while (k < n && is_closer(&toks[k]) && (toks[k].flags & NF_TF_GLUE)) k++;
    if (k >= n) return n;
    const nf_tok *nx = &toks[k];
    if (nx->flags & NF_TF_NL) return k;
    // "1.5", "e.g.", "Yahoo!News" do not end a sentence; "closed.The" does.
    if ((nx->flags & NF_TF_GLUE) && !unspaced_boundary(s, toks, j, k, n))
      continue;
    if (!is_opener_tok(s, nx)) continue;
    if (depth && toks[j].cp == '.') continue;
    if (t->cp == '.' && stop_is_inner(s, toks, j, k, n)) continue;
    return k;
  }
  return n;
}
