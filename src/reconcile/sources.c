// Sources: who the reports credit for their figures, joined across reports
// ("Syrian Observatory for Human Rights" = "SOHR" = "the Observatory"), and
// what kind of source each is. Counting independent origins rests on this:
// five outlets repeating one monitor are one origin.
#include <string.h>

#include "reconcile/lexicon.h"
#include "reconcile/rc_int.h"

static bool is_small_word(const char *w, size_t n) {
  static const char *const small[] = {"for", "of", "the", "and", "on", "in",
                                      "to",  "at", "de",  "al",  "el"};
  for (size_t i = 0; i < sizeof small / sizeof small[0]; i++)
    if (strlen(small[i]) == n && memcmp(small[i], w, n) == 0) return true;
  return false;
}

char *Nf_rc_name_key(nf_arena *a, const char *name, size_t n) {
  char *out = Nf_arena_alloc(a, n + 1);
  if (!out) return NULL;
  size_t o = 0;
  bool space = true;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)name[i];
    // Possessive 's (straight or curly apostrophe) goes with its word.
    if ((c == '\'' && i + 1 < n && (name[i + 1] == 's' || name[i + 1] == 'S') &&
         (i + 2 == n || !Nf_ascii_alpha((unsigned char)name[i + 2])))) {
      i++;
      continue;
    }
    if (c == 0xE2 && i + 3 < n && (unsigned char)name[i + 1] == 0x80 &&
        (unsigned char)name[i + 2] == 0x99 &&
        (name[i + 3] == 's' || name[i + 3] == 'S') &&
        (i + 4 == n || !Nf_ascii_alpha((unsigned char)name[i + 4]))) {
      i += 3;
      continue;
    }
    if (Nf_ascii_alpha(c) || Nf_ascii_digit(c) || c >= 0x80) {
      out[o++] = (char)Nf_ascii_lower(c);
      space = false;
    } else if (!space) {
      out[o++] = ' ';
      space = true;
    }
  }
  while (o && out[o - 1] == ' ') o--;
  out[o] = 0;
  if (strncmp(out, "the ", 4) == 0) memmove(out, out + 4, o - 3);
  return out;
}

static char *acronym(nf_arena *a, const char *name) {
  char buf[16];
  size_t n = 0, words = 0;
  const char *p = name;
  while (*p) {
    while (*p && !Nf_ascii_alpha((unsigned char)*p)) p++;
    const char *w = p;
    while (*p && (Nf_ascii_alpha((unsigned char)*p) || *p == '-')) p++;
    size_t len = (size_t)(p - w);
    if (!len) continue;
    if (w[0] >= 'A' && w[0] <= 'Z' && !is_small_word(w, len)) {
      if (n + 1 >= sizeof buf) return NULL;
      buf[n++] = (char)Nf_ascii_lower((unsigned char)w[0]);
      words++;
    }
  }
  if (words < 2) return NULL;
  return Nf_arena_strndup(a, buf, n);
}

static size_t word_count(const char *k) {
  size_t n = *k ? 1 : 0;
  for (; *k; k++) n += *k == ' ';
  return n;
}

// Is word w (NUL-terminated, one word) one of the words of key k?
static bool has_word(const char *k, const char *w) {
  size_t n = strlen(w);
  for (const char *p = k; *p;) {
    const char *e = strchr(p, ' ');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    if (len == n && memcmp(p, w, n) == 0) return true;
    if (!e) break;
    p = e + 1;
  }
  return false;
}

static const char *last_word(const char *k) {
  const char *s = strrchr(k, ' ');
  return s ? s + 1 : k;
}

bool Nf_rc_same_person(const char *a, const char *b) {
  if (!*a || !*b) return false;
  if (strcmp(a, b) == 0) return true;
  const char *la = last_word(a), *lb = last_word(b);
  if (strcmp(la, lb) != 0 || strlen(la) < 3) return false;
  size_t wa = word_count(a), wb = word_count(b);
  if (wa == 1 || wb == 1) return true;  // "Abdurrahman", "Rami Abdurrahman"
  // Same given name too ("Khaled Al Raad", "Khaled Raad").
  size_t fa = strcspn(a, " "), fb = strcspn(b, " ");
  return fa == fb && memcmp(a, b, fa) == 0;
}

int32_t Nf_rc_name_add(rc *r, uint32_t report, const char *name, int32_t actor,
                       bool gives_figures) {
  if (!Nf_rc_grow(r, &r->scratch, (void **)&r->names, &r->cap_names,
                  r->n_names + 1, sizeof *r->names))
    return -1;
  rc_name *e = &r->names[r->n_names];
  memset(e, 0, sizeof *e);
  e->name = name;
  e->key = Nf_rc_name_key(&r->scratch, name, strlen(name));
  e->acronym = acronym(&r->scratch, name);
  if (!e->key) {
    rc_fail(r, NF_ENOMEM);
    return -1;
  }
  if (!*e->key) return -1;
  e->report = report;
  e->actor = actor;
  const nf_facts *f = rc_facts(r, report);
  if (actor >= 0 && f && (size_t)actor < f->n_actors) {
    e->actor_kind = f->actors[actor].kind;
    e->role = f->actors[actor].role;
  } else {
    e->actor = -1;
  }
  e->gives_figures = gives_figures;
  e->parent = (int32_t)r->n_names;
  e->source = -1;
  return (int32_t)r->n_names++;
}

static int32_t find(rc_name *n, int32_t i) {
  while (n[i].parent != i) {
    n[i].parent = n[n[i].parent].parent;
    i = n[i].parent;
  }
  return i;
}

static void unite(rc_name *n, int32_t a, int32_t b) {
  a = find(n, a);
  b = find(n, b);
  if (a == b) return;
  if (a < b)
    n[b].parent = a;
  else
    n[a].parent = b;
}

// Words that make a person an official rather than a witness.
static bool official_words(const char *s) {
  return s && Nf_lexicon_class_any(NF_LEXC_OFFICIAL, Nf_sv_cstr(s));
}

// Actors the reports cite as sources without a figure ("according to the
// Associated Press", "told AFP"): organisations named with a sourcing cue.
static bool cue_before(nf_sv text, uint32_t start) {
  static const char *const cues[] = {"according to ", "told ",
                                     "cited by ",     "quoted by ",
                                     "reported by ",  "said by "};
  for (size_t i = 0; i < sizeof cues / sizeof cues[0]; i++) {
    size_t n = strlen(cues[i]);
    size_t from = start >= n + 4 ? start - n - 4 : 0;
    nf_sv win = Nf_sv(text.p + from, start - from);
    if (Nf_sv_ifind(win, Nf_sv(cues[i], n)) >= 0) return true;
  }
  return false;
}

static void cited_actors(rc *r) {
  for (uint32_t rep = 0; rep < r->story->n_docs && !r->st; rep++) {
    const nf_facts *f = rc_facts(r, rep);
    if (!f) continue;
    for (size_t a = 0; a < f->n_actors && !r->st; a++) {
      const nf_actor *act = &f->actors[a];
      if (act->kind != NF_ACTOR_ORG || !act->name) continue;
      bool cited = false;
      for (size_t k = 0; k < act->n_mentions && !cited; k++) {
        nf_span sp = act->mentions[k];
        nf_sv text = rc_field(r, rep, sp.in);
        if (sp.start <= text.n) cited = cue_before(text, sp.start);
      }
      if (!cited) continue;
      int32_t e = Nf_rc_name_add(r, rep, act->name, (int32_t)a, false);
      if (e >= 0) r->names[e].cited = true;
    }
  }
}

// Every other name of an actor whose name is registered, so that aliases
// join clusters across reports ("SOHR" here, "the Observatory" there).
static void add_aliases(rc *r) {
  size_t n = r->n_names;
  for (size_t i = 0; i < n && !r->st; i++) {
    rc_name *e = &r->names[i];
    if (e->actor < 0) continue;
    // Once per actor of a report: its names follow its first entry.
    bool first = true;
    for (size_t j = i; j-- > 0 && r->names[j].report == e->report && first;)
      first = r->names[j].actor != e->actor;
    if (!first) continue;
    const nf_actor *act = &rc_facts(r, e->report)->actors[e->actor];
    for (size_t k = 0; k < act->n_aliases; k++) {
      if (!act->aliases[k]) continue;
      int32_t j =
          Nf_rc_name_add(r, e->report, act->aliases[k], e->actor, false);
      if (j >= 0) unite(r->names, (int32_t)i, j);
      e = &r->names[i];  // the array may have moved
    }
  }
}

void Nf_rc_sources(rc *r) {
  if (r->st) return;
  cited_actors(r);
  add_aliases(r);
  rc_name *nm = r->names;
  size_t n = r->n_names;
  if (!n) return;
  // Distinct keys first (a story repeats the same few names).
  nf_hmap keys;
  Nf_hmap_init(&keys, r->scratch.alloc, r->seed);
  int32_t *uniq = Nf_arena_calloc(&r->scratch, n, sizeof *uniq);
  size_t n_uniq = 0;
  if (!uniq) {
    rc_fail(r, NF_ENOMEM);
    return;
  }
  for (size_t i = 0; i < n; i++) {
    bool ins;
    uint64_t *v = Nf_hmap_put(&keys, Nf_sv_cstr(nm[i].key), &ins);
    if (!v) {
      rc_fail(r, NF_ENOMEM);
      Nf_hmap_fini(&keys);
      return;
    }
    if (ins) {
      *v = i;
      uniq[n_uniq++] = (int32_t)i;
    } else {
      unite(nm, (int32_t)*v, (int32_t)i);
    }
  }
  Nf_hmap_fini(&keys);
  // Acronyms and people's names.
  for (size_t a = 0; a < n_uniq; a++) {
    rc_name *x = &nm[uniq[a]];
    for (size_t b = a + 1; b < n_uniq; b++) {
      rc_name *y = &nm[uniq[b]];
      bool same = (x->acronym && strcmp(x->acronym, y->key) == 0) ||
                  (y->acronym && strcmp(y->acronym, x->key) == 0);
      bool people = (x->actor < 0 || x->actor_kind == NF_ACTOR_PERSON) &&
                    (y->actor < 0 || y->actor_kind == NF_ACTOR_PERSON) &&
                    (x->actor >= 0 || y->actor >= 0);
      if (!same && people) same = Nf_rc_same_person(x->key, y->key);
      if (same) unite(nm, uniq[a], uniq[b]);
    }
  }
  // A one-word name ("the Observatory", "police") joins the one cluster of
  // longer names holding that word, when there is exactly one.
  for (size_t a = 0; a < n_uniq; a++) {
    rc_name *x = &nm[uniq[a]];
    if (word_count(x->key) != 1 || strlen(x->key) < 4) continue;
    int32_t only = -1;
    bool ambiguous = false;
    for (size_t b = 0; b < n_uniq && !ambiguous; b++) {
      rc_name *y = &nm[uniq[b]];
      if (b == a || word_count(y->key) < 2 || !has_word(y->key, x->key))
        continue;
      int32_t root = find(nm, uniq[b]);
      if (only >= 0 && only != root) ambiguous = true;
      only = root;
    }
    if (only >= 0 && !ambiguous) unite(nm, uniq[a], only);
  }

  // One account source per cluster that gives figures or is cited.
  nf_account *acc = r->acc;
  int32_t *src_of_root = Nf_arena_calloc(&r->scratch, n, sizeof *src_of_root);
  acc->sources = Nf_arena_calloc(&acc->arena, n, sizeof *acc->sources);
  if (!src_of_root || !acc->sources) {
    rc_fail(r, NF_ENOMEM);
    return;
  }
  for (size_t i = 0; i < n; i++) src_of_root[i] = -1;
  for (size_t i = 0; i < n; i++) {
    int32_t root = find(nm, (int32_t)i);
    if (!nm[i].gives_figures && !nm[i].cited) continue;
    if (src_of_root[root] < 0) {
      src_of_root[root] = (int32_t)acc->n_sources;
      nf_acc_source *s = &acc->sources[acc->n_sources++];
      memset(s, 0, sizeof *s);
    }
  }
  // Members: name, aliases, reports, kind.
  size_t *cap_rep =
      Nf_arena_calloc(&r->scratch, acc->n_sources + 1, sizeof *cap_rep);
  size_t *cap_alias =
      Nf_arena_calloc(&r->scratch, acc->n_sources + 1, sizeof *cap_alias);
  uint8_t *person = Nf_arena_calloc(&r->scratch, acc->n_sources + 1, 1);
  uint8_t *official = Nf_arena_calloc(&r->scratch, acc->n_sources + 1, 1);
  if (!cap_rep || !cap_alias || !person || !official) {
    rc_fail(r, NF_ENOMEM);
    return;
  }
  for (size_t i = 0; i < n && !r->st; i++) {
    int32_t si = src_of_root[find(nm, (int32_t)i)];
    nm[i].source = si;
    if (si < 0) continue;
    nf_acc_source *s = &acc->sources[si];
    if (nm[i].actor >= 0 && nm[i].actor_kind == NF_ACTOR_PERSON) person[si] = 1;
    if (official_words(nm[i].role) || official_words(nm[i].name))
      official[si] = 1;
    // The fullest name is the name; the others are aliases.
    const char *name = nm[i].name;
    if (!s->name) {
      s->name = name;
    } else if (strcmp(s->name, name) != 0) {
      const char *alias = name;
      if (strlen(name) > strlen(s->name)) alias = s->name, s->name = name;
      bool have = false;
      for (size_t k = 0; k < s->n_aliases && !have; k++)
        have = strcmp(s->aliases[k], alias) == 0;
      if (!have && s->n_aliases < 16) {
        if (!Nf_rc_grow(r, &acc->arena, (void **)&s->aliases, &cap_alias[si],
                        s->n_aliases + 1, sizeof *s->aliases))
          return;
        s->aliases[s->n_aliases++] = alias;
      }
    }
    bool have_rep = false;
    for (size_t k = s->n_reports; k-- > 0 && !have_rep;)
      have_rep = s->reports[k] == nm[i].report;
    if (!have_rep) {
      if (!Nf_rc_grow(r, &acc->arena, (void **)&s->reports, &cap_rep[si],
                      s->n_reports + 1, sizeof *s->reports))
        return;
      s->reports[s->n_reports++] = nm[i].report;
    }
  }
  for (size_t k = 0; k < r->n_m; k++)
    if (r->m[k].name >= 0 && nm[r->m[k].name].source >= 0)
      acc->sources[nm[r->m[k].name].source].n_figures++;
  for (size_t si = 0; si < acc->n_sources; si++) {
    nf_acc_source *s = &acc->sources[si];
    bool media = Nf_lexicon_is_media(s->name);
    for (size_t k = 0; k < s->n_aliases && !media; k++)
      media = Nf_lexicon_is_media(s->aliases[k]);
    if (media)
      s->kind = NF_SRC_MEDIA;
    else if (person[si])
      s->kind = official[si] ? NF_SRC_OFFICIAL : NF_SRC_WITNESS;
    else
      s->kind = NF_SRC_ORGANISATION;
    s->primary = s->n_figures > 0 &&
                 (s->kind == NF_SRC_ORGANISATION || s->kind == NF_SRC_OFFICIAL);
    if (s->primary) acc->n_primary++;
  }
}
