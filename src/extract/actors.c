// People and organisations named in a report, with their roles and the
// other names they go by in it ("Syrian Observatory for Human Rights" =
// "SOHR" = "the Observatory"; "Khaled Al Raad" = "Raad").
#include <string.h>

#include "extract/scan.h"

static bool connector(const sc *c, size_t i) {
  return (CL(c, i) & L_CONNECT) && !(c->t[i].flags & NF_TF_CAP);
}

// Words that are capitalised but never part of a name.
static bool non_name(const sc *c, size_t i) {
  uint64_t cl = CL(c, i);
  if (cl & (L_FUNC | L_MONTH | L_WDAY | L_SAY | L_AUX | L_QUAL | L_NUM |
            L_VAGUE | L_CVERB | L_CACT | L_TIME))
    return !(cl & (L_ORGW | L_MEDIA));
  return false;
}

static size_t pow2cap(size_t n) {
  if (!n) return 0;
  size_t c = 8;
  while (c < n) c *= 2;
  return c;
}

static void add_mention(fx *x, nf_actor *a, nf_span sp) {
  if (a->n_mentions >= 4096) return;
  size_t cap = pow2cap(a->n_mentions);
  if (Nf_arena_grow(x->arena, (void **)&a->mentions, &cap, a->n_mentions + 1,
                    sizeof *a->mentions)) {
    x->status = NF_ENOMEM;
    return;
  }
  a->mentions[a->n_mentions++] = sp;
}

static bool ieq(const char *a, const char *b) {
  // Most names differ in their first letter: no lengths needed then.
  if (Nf_ascii_lower((unsigned char)a[0]) !=
      Nf_ascii_lower((unsigned char)b[0]))
    return false;
  return Nf_sv_ieq(Nf_sv_cstr(a), Nf_sv_cstr(b));
}

static void add_alias(fx *x, nf_actor *a, const char *name) {
  if (!name || ieq(name, a->name)) return;
  for (size_t i = 0; i < a->n_aliases; i++)
    if (ieq(a->aliases[i], name)) return;
  if (a->n_aliases >= 32) return;
  size_t cap = pow2cap(a->n_aliases);
  if (Nf_arena_grow(x->arena, (void **)&a->aliases, &cap, a->n_aliases + 1,
                    sizeof *a->aliases)) {
    x->status = NF_ENOMEM;
    return;
  }
  a->aliases[a->n_aliases++] = name;
}

// Initials of a name's capitalised words: "Syrian Observatory for Human
// Rights" -> "SOHR", "Hayat Tahrir al-Sham" -> "HTS".
static size_t initials(const char *name, char *out, size_t cap) {
  size_t n = 0;
  bool start = true;
  for (const char *p = name; *p && n + 1 < cap; p++) {
    unsigned char ch = (unsigned char)*p;
    if (ch == ' ' || ch == '-') {
      start = true;
      continue;
    }
    if (start && ch >= 'A' && ch <= 'Z') out[n++] = (char)ch;
    start = false;
  }
  out[n] = 0;
  return n;
}

static const char *last_word(const char *name) {
  const char *sp = strrchr(name, ' ');
  return sp ? sp + 1 : name;
}

static int find_by_name(const nf_facts *f, const char *name) {
  for (size_t i = 0; i < f->n_actors; i++) {
    if (ieq(f->actors[i].name, name)) return (int)i;
    for (size_t k = 0; k < f->actors[i].n_aliases; k++)
      if (ieq(f->actors[i].aliases[k], name)) return (int)i;
  }
  return -1;
}

// One capitalised word: a surname of a person, an acronym or the head
// word of an organisation.
static int find_by_word(const nf_facts *f, const char *w, bool upper) {
  int best = -1;
  for (size_t i = 0; i < f->n_actors; i++) {
    const nf_actor *a = &f->actors[i];
    if (a->kind == NF_ACTOR_PERSON && strchr(a->name, ' ') &&
        ieq(last_word(a->name), w))
      return (int)i;
    if (a->kind != NF_ACTOR_PERSON) {
      char ini[16];
      if (upper && initials(a->name, ini, sizeof ini) >= 2 &&
          strcmp(ini, w) == 0)
        return (int)i;
      // "the Observatory": a word of the organisation's name
      if (!upper && strchr(a->name, ' ')) {
        const char *p = a->name;
        size_t wl = strlen(w);
        while ((p = strstr(p, w)) != NULL) {
          bool b0 = p == a->name || p[-1] == ' ';
          bool b1 = p[wl] == 0 || p[wl] == ' ';
          if (b0 && b1 && Nf_lex_find(w, wl) &&
              (Nf_lex_find(w, wl)->cls & (L_ORGW | L_SRCDESC)))
            best = (int)i;
          p += wl;
        }
      }
    }
  }
  return best;
}

static int new_actor(fx *x, const char *name, uint8_t kind) {
  nf_actor *a = Nf_fx_push(x, (void **)&x->f->actors, &x->f->n_actors,
                           &x->cap_actor, sizeof *a);
  if (!a) return -1;
  memset(a, 0, sizeof *a);
  a->name = name;
  a->kind = kind;
  return (int)(x->f->n_actors - 1);
}

// A name spanning capitalised words from token i: returns its end.
static size_t name_end(const sc *c, size_t i) {
  size_t j = i;
  while (j < c->b) {
    if (CAP(c, j) && !non_name(c, j)) {
      j++;
      // glued hyphen: "al-Sham", "Al-Janoudiya"
      if (HYPHEN(c, j) && GLUED(c, j) && GLUED(c, j + 1) && WORD(c, j + 1)) {
        j += 2;
      }
      continue;
    }
    if (connector(c, j) && j > i) {
      size_t k = j + 1;
      if (HYPHEN(c, k) && GLUED(c, k)) k++;
      if (CAP(c, k) && !non_name(c, k)) {
        j = k;
        continue;
      }
      if (HYPHEN(c, j + 1) && GLUED(c, j + 1) && WORD(c, j + 2)) {
        j += 3;  // "al-Assad"
        continue;
      }
    }
    break;
  }
  return j;
}

static bool has_cls(const sc *c, size_t a, size_t b, uint64_t cls) {
  for (size_t k = a; k < b; k++)
    if (CL(c, k) & cls) return true;
  return false;
}

// Role words just before a name: "Lebanese lawmaker", "Interim President",
// "SOHR chief". Returns the first token of the role, or a if none.
static size_t role_before(const sc *c, size_t a) {
  size_t k = a, titled = 0;
  while (k > c->a && a - k < 4) {
    size_t p = k - 1;
    if (CL(c, p) & L_TITLE) {
      titled++;
      k = p;
      continue;
    }
    if (PUNCT(c, p, '.') && p > c->a && (CL(c, p - 1) & L_TITLE)) {
      k = p;
      continue;
    }
    if (WORD(c, p) && titled && !(CL(c, p) & (L_FUNC | L_SAY | L_AUX))) {
      k = p;
      continue;
    }
    break;
  }
  if (!titled) return a;
  while (k < a && !(CL(c, k) & L_TITLE) && !CAP(c, k)) k++;
  return k;
}

// An apposition after a name: ", a 57-year-old resident of Baniyas," or
// ", head of the emergency department." Returns its end, or 0.
static size_t apposition(const sc *c, size_t e, size_t *r0) {
  if (!PUNCT(c, e, ',')) return 0;
  size_t k = e + 1;
  bool det = IS(c, k, "a") || IS(c, k, "an") || IS(c, k, "the");
  bool title = CL(c, k) & L_TITLE;
  if (!det && !title) {
    // "Rami Abdurrahman, SOHR chief," / ", the Observatory's chief"
    if (!(CAP(c, k) && (CL(c, k + 1) & L_TITLE))) return 0;
  }
  size_t m = k, n = 0;
  while (m < c->b && n < 12) {
    const nf_tok *t = &c->t[m];
    if (t->kind == NF_TOK_PUNCT && !Nf_cp_is_hyphen(t->cp) && t->cp != '\'' &&
        t->cp != 0x2019)
      break;
    if (CL(c, m) & (L_SAY | L_BREAK)) break;
    if (IS(c, m, "who") || IS(c, m, "was") || IS(c, m, "is")) break;
    m++;
    n++;
  }
  if (m == k) return 0;
  if (!has_cls(c, k, m, L_TITLE | L_PEOPLE) && !det) return 0;
  if (!has_cls(c, k, m, L_TITLE | L_PEOPLE | L_ORGW)) return 0;
  *r0 = k;
  return m;
}

// "Britain-based", "HTS-led", "US-backed": a name used as a modifier.
static bool name_modifier(const sc *c, size_t i) {
  return HYPHEN(c, i + 1) && GLUED(c, i + 1) && GLUED(c, i + 2) &&
         WORD(c, i + 2) && !(c->t[i + 2].flags & NF_TF_CAP);
}

// Speech verbs that may come before their speaker ("said Dr. Mohammed").
static bool inverted_say(const sc *c, size_t i) {
  return IS(c, i, "said") || IS(c, i, "says") || IS(c, i, "added") ||
         IS(c, i, "asked") || IS(c, i, "wrote") || IS(c, i, "explained") ||
         IS(c, i, "continued") || IS(c, i, "told");
}

static void body_names(fx *x, size_t si, bool title_only) {
  const fx_sent *st = &x->sents[si];
  sc c = sc_sent(x, si);
  for (size_t i = c.a; i < c.b && !x->status; i++) {
    if (!CAP(&c, i) || non_name(&c, i)) continue;
    if (i > c.a && CAP(&c, i - 1) && !non_name(&c, i - 1)) continue;
    if (name_modifier(&c, i)) {
      i += 2;
      continue;
    }
    // Leading title words are a role: "President Ahmed al-Sharaa",
    // "Dr. Mohammed".
    size_t a = i;
    while (a < c.b && (CL(&c, a) & L_TITLE) &&
           !(CL(&c, a) & (L_ORGW | L_MEDIA))) {
      size_t nx = a + 1;
      if (PUNCT(&c, nx, '.') && GLUED(&c, nx)) nx++;
      if (!CAP(&c, nx)) break;
      a = nx;
    }
    size_t e = name_end(&c, a);
    // "Police Chief Jane Smith", "Fire Commissioner Dan Reyes": the words up
    // to the last title are the role.
    for (size_t k = e; k-- > a + 1;) {
      if ((CL(&c, k - 1) & L_TITLE) && !(CL(&c, k - 1) & L_ORGW) &&
          CAP(&c, k) && !(CL(&c, k) & (L_TITLE | L_ORGW)) && k + 1 < e &&
          CAP(&c, k + 1)) {
        a = k;
        break;
      }
    }
    if (a < e && has_cls(&c, a, e, L_ORGW) && a > i) {
      // "Health Ministry": the title word belongs to the name
      a = i;
      e = name_end(&c, a);
    }
    if (a >= e) {
      i = a;
      continue;
    }
    size_t nw = 0;
    for (size_t k = a; k < e; k++) nw += c.t[k].kind == NF_TOK_WORD;
    bool upper1 = nw == 1 && e - a == 1 && (c.t[a].flags & NF_TF_UPPER);
    bool org = has_cls(&c, a, e, L_ORGW | L_MEDIA) || upper1;
    size_t r0 = role_before(&c, a);
    bool titled = r0 < a;
    size_t ap0 = 0, ap1 = apposition(&c, e, &ap0);
    bool generic = has_cls(&c, a, e, L_GENERIC);
    // "Maria Lopez, 34, was": an age after a name
    bool aged = PUNCT(&c, e, ',') && e + 2 < c.b &&
                c.t[e + 1].kind == NF_TOK_NUM && PUNCT(&c, e + 2, ',') &&
                c.t[e + 1].end - c.t[e + 1].start <= 2;
    bool speaks = aged || ((CL(&c, e) & L_SAY) && !IS(&c, e, "called")) ||
                  (i > c.a && inverted_say(&c, i - 1) && !GLUED(&c, i - 1)) ||
                  (PUNCT(&c, e, ',') && inverted_say(&c, e + 1));
    if (ap1 && has_cls(&c, ap0, ap1, L_SRCDESC) &&
        !has_cls(&c, ap0, ap1, L_TITLE))
      org = true;  // "Hayat Tahrir al-Sham, the Islamist group"
    // Whether it would be a new actor is decided before any copy is made:
    // most capitalised words are neither a known actor nor a new one.
    uint8_t kind = 0;
    bool could_be_new = false;
    if (org) {
      kind = NF_ACTOR_ORG;
      if (ap1 && has_cls(&c, ap0, ap1, L_SRCDESC) && !has_cls(&c, a, e, L_ORGW))
        kind = NF_ACTOR_GROUP;
      could_be_new = true;
    } else if ((titled || ap1 || speaks) && nw <= 5 &&
               (nw > 1 || titled || speaks)) {
      kind = NF_ACTOR_PERSON;
      could_be_new = true;
    }
    if (title_only || !st->full || generic) could_be_new = false;
    if (!could_be_new && x->f->n_actors == 0) {
      i = e;
      continue;
    }
    const char *name = Nf_fx_text(x, si, a, e);
    if (!name) return;
    int id = find_by_name(x->f, name);
    if (id < 0 && nw == 1) id = find_by_word(x->f, name, upper1);
    if (id < 0) {
      if (!could_be_new || Nf_fx_is_place(x, si, a, e)) {
        i = e;
        continue;
      }
      id = new_actor(x, name, kind);
      if (id < 0) return;
    }
    nf_actor *ac = &x->f->actors[id];
    add_mention(x, ac, Nf_fx_span(x, si, a, e));
    if (!ac->role && titled && ac->kind == NF_ACTOR_PERSON)
      ac->role = Nf_fx_text(x, si, r0, a);
    if (!ac->role && ap1 && ac->kind == NF_ACTOR_PERSON)
      ac->role = Nf_fx_text(x, si, ap0, ap1);
    // A longer form seen later becomes the name: "Raad" -> "Khaled Al Raad".
    if (strlen(name) > strlen(ac->name) && nw > 1 && ac->kind != NF_ACTOR_ORG) {
      add_alias(x, ac, ac->name);
      ac->name = name;
    } else {
      add_alias(x, ac, name);
    }
    // "Syrian Observatory for Human Rights (SOHR)"
    if (PUNCT(&c, e, '(') && e + 2 < c.b && PUNCT(&c, e + 2, ')') &&
        (c.t[e + 1].flags & NF_TF_UPPER))
      add_alias(x, ac, Nf_fx_text(x, si, e + 1, e + 2));
    i = e;
  }
}

void Nf_fx_actors(fx *x) {
  for (size_t si = 0; si < x->n_sents && !x->status; si++)
    if (x->sents[si].in == NF_IN_BODY) body_names(x, si, false);
  for (size_t si = 0; si < x->n_sents && !x->status; si++)
    if (x->sents[si].in == NF_IN_TITLE) body_names(x, si, true);
}

// A descriptor ("the monitor", "the Britain-based monitoring group", "a
// so-called war monitor", "Rights group") stands for the report's
// organisation of that kind: the one named most often.
static int descriptor_actor(fx *x, const sc *c, size_t a, size_t b) {
  bool monitor = false;
  const char *head = NULL;
  size_t head_len = 0;
  for (size_t k = a; k < b; k++) {
    if (IS(c, k, "monitor") || IS(c, k, "monitoring") || IS(c, k, "rights") ||
        IS(c, k, "watchdog") || IS(c, k, "observatory"))
      monitor = true;
    if (CL(c, k) & (L_SRCDESC | L_ORGW)) {
      head = c->s + c->t[k].start;
      head_len = c->t[k].end - c->t[k].start;
    }
  }
  if (!head) return -1;
  int best = -1;
  size_t best_n = 0;
  for (size_t i = 0; i < x->f->n_actors; i++) {
    const nf_actor *ac = &x->f->actors[i];
    if (ac->kind == NF_ACTOR_PERSON) continue;
    bool fits;
    if (monitor) {
      fits = strstr(ac->name, "Observatory") || strstr(ac->name, "Monitor") ||
             strstr(ac->name, "Watch") || strstr(ac->name, "Rights");
    } else {
      fits = Nf_sv_ifind(Nf_sv_cstr(ac->name), Nf_sv(head, head_len)) >= 0;
    }
    if (fits && ac->n_mentions + 1 > best_n) {
      best = (int)i;
      best_n = ac->n_mentions + 1;
    }
  }
  return best;
}

int32_t Nf_fx_actor_for(fx *x, size_t si, size_t a, size_t b, bool add) {
  sc c = sc_sent(x, si);
  while (a < b && (CL(&c, a) & L_DET)) a++;
  while (b > a &&
         (c.t[b - 1].kind == NF_TOK_PUNCT || (c.t[b - 1].flags & NF_TF_POSS)))
    b--;
  if (a >= b) return -1;
  // The name part: the longest run of capitalised words in the phrase.
  size_t best_a = 0, best_e = 0;
  for (size_t k = a; k < b; k++) {
    if (!CAP(&c, k) || non_name(&c, k)) continue;
    // A title before a name is not the name: "Dr. Mohammed"
    if ((CL(&c, k) & L_TITLE) && !(CL(&c, k) & (L_ORGW | L_MEDIA)) &&
        (CAP(&c, k + 1) || (PUNCT(&c, k + 1, '.') && CAP(&c, k + 2))))
      continue;
    if (name_modifier(&c, k)) {
      k += 2;
      continue;
    }
    size_t e = name_end(&c, k);
    if (e > b) e = b;
    if (e - k > best_e - best_a) best_a = k, best_e = e;
    k = e;
  }
  if (best_e > best_a) {
    size_t na = best_a;
    while (na + 1 < best_e && (CL(&c, na) & L_TITLE) &&
           !(CL(&c, na) & (L_ORGW | L_MEDIA)))
      na++;
    // "Police Chief Jane Smith": past the last title word
    for (size_t k = best_e; k-- > na + 1;) {
      if ((CL(&c, k - 1) & L_TITLE) && !(CL(&c, k - 1) & L_ORGW) &&
          CAP(&c, k) && !(CL(&c, k) & (L_TITLE | L_ORGW)) && k + 1 < best_e) {
        na = k;
        break;
      }
    }
    const char *name = Nf_fx_text(x, si, na, best_e);
    if (!name) return -1;
    int id = find_by_name(x->f, name);
    size_t nw = 0;
    for (size_t k = na; k < best_e; k++) nw += c.t[k].kind == NF_TOK_WORD;
    if (id < 0 && nw == 1)
      id = find_by_word(x->f, name, (c.t[na].flags & NF_TF_UPPER) != 0);
    if (id >= 0) return id;
    // "Syrian war monitor": a descriptor around a capitalised word.
    if (has_cls(&c, a, b, L_SRCDESC) && !has_cls(&c, na, best_e, L_ORGW)) {
      int d = descriptor_actor(x, &c, a, b);
      if (d >= 0) return d;
    }
    if (!add || has_cls(&c, a, b, L_GENERIC) ||
        Nf_fx_is_place(x, si, na, best_e))
      return -1;
    bool org = has_cls(&c, na, best_e, L_ORGW | L_MEDIA) ||
               (nw == 1 && (c.t[na].flags & NF_TF_UPPER));
    if (!org && nw == 1 && has_cls(&c, a, b, L_SRCDESC)) return -1;
    int id2 = new_actor(x, name, org ? NF_ACTOR_ORG : NF_ACTOR_PERSON);
    if (id2 >= 0)
      add_mention(x, &x->f->actors[id2], Nf_fx_span(x, si, na, best_e));
    return id2;
  }
  if (has_cls(&c, a, b, L_SRCDESC | L_ORGW))
    return descriptor_actor(x, &c, a, b);
  return -1;
}
