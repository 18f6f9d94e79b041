// Quotes grouped by speaker across reports, with verbatim and different
// wordings told apart.
#include <stdlib.h>
#include <string.h>

#include "reconcile/rc_int.h"

// Two quotes are the same statement when this share of their words is
// common to both ("one of the largest massacres" / "one of the biggest
// massacres"); lower, they are different things the speaker said.
#define SAME_STATEMENT_JACCARD 0.35
// Texts compared pairwise per speaker; past this, later texts are kept
// but only compared with the first ones (bounded work on huge stories).
#define MAX_COMPARED 64

typedef struct qrec {
  int32_t speaker;  // cluster root (index into qrec)
  char *key;        // speaker name folded
  const char *name;
  nf_acc_ref ref;
  bool direct;
  char *norm;       // the words, folded, one space apart
  uint64_t *words;  // sorted distinct word hashes
  size_t n_words;
  int32_t parent;
} qrec;

typedef struct norm_ctx {
  rc *r;
  char *out;
  size_t n, cap;
  uint64_t *h;
  size_t n_h, cap_h;
} norm_ctx;

static bool norm_word(void *user, nf_sv w, size_t s, size_t e) {
  (void)s, (void)e;
  norm_ctx *c = user;
  if (c->n + w.n + 2 > c->cap) return false;
  if (c->n) c->out[c->n++] = ' ';
  memcpy(c->out + c->n, w.p, w.n);
  c->n += w.n;
  if (w.n >= 3) {
    if (!Nf_rc_grow(c->r, &c->r->scratch, (void **)&c->h, &c->cap_h, c->n_h + 1,
                    sizeof *c->h))
      return false;
    c->h[c->n_h++] = Nf_hash_sv(w, 0);
  }
  return true;
}

static int u64_cmp(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

static double jaccard(const qrec *a, const qrec *b) {
  size_t i = 0, j = 0, both = 0;
  while (i < a->n_words && j < b->n_words) {
    if (a->words[i] == b->words[j])
      both++, i++, j++;
    else if (a->words[i] < b->words[j])
      i++;
    else
      j++;
  }
  size_t all = a->n_words + b->n_words - both;
  return all ? (double)both / (double)all : 0;
}

static int32_t find(qrec *q, int32_t i) {
  while (q[i].parent != i) i = q[i].parent = q[q[i].parent].parent;
  return i;
}

static int speaker_cmp(const void *a, const void *b) {
  const qrec *x = a, *y = b;
  if (x->speaker != y->speaker) return x->speaker < y->speaker ? -1 : 1;
  if (x->ref.report != y->ref.report)
    return x->ref.report < y->ref.report ? -1 : 1;
  return x->ref.start < y->ref.start ? -1 : x->ref.start > y->ref.start;
}

void Nf_rc_quotes(rc *r) {
  nf_account *acc = r->acc;
  if (r->st) return;
  qrec *q = NULL;
  size_t n = 0, cap = 0;
  for (uint32_t rep = 0; rep < r->story->n_docs && !r->st; rep++) {
    const nf_facts *f = rc_facts(r, rep);
    if (!f) continue;
    for (size_t i = 0; i < f->n_quotes && !r->st; i++) {
      const nf_quote *qt = &f->quotes[i];
      const char *name = qt->speaker_name;
      if (qt->speaker >= 0 && (size_t)qt->speaker < f->n_actors &&
          f->actors[qt->speaker].name)
        name = f->actors[qt->speaker].name;
      if (!name || !*name) continue;
      if (!Nf_rc_grow(r, &r->scratch, (void **)&q, &cap, n + 1, sizeof *q))
        return;
      qrec *x = &q[n];
      memset(x, 0, sizeof *x);
      x->name = name;
      x->key = Nf_rc_name_key(&r->scratch, name, strlen(name));
      x->ref = (nf_acc_ref){rep, qt->span.start, qt->span.end,
                            qt->span.sentence, qt->span.in};
      x->direct = qt->direct;
      nf_sv text = Nf_acc_ref_text(acc, x->ref);
      norm_ctx c = {
          r, Nf_arena_alloc(&r->scratch, text.n + 2), 0, text.n + 2, NULL, 0,
          0};
      if (!x->key || !c.out) {
        rc_fail(r, NF_ENOMEM);
        return;
      }
      Nf_rc_words(text, norm_word, &c);
      c.out[c.n] = 0;
      x->norm = c.out;
      if (c.n_h) qsort(c.h, c.n_h, sizeof *c.h, u64_cmp);
      size_t u = 0;
      for (size_t k = 0; k < c.n_h; k++)
        if (!u || c.h[k] != c.h[u - 1]) c.h[u++] = c.h[k];
      x->words = c.h;
      x->n_words = u;
      x->parent = (int32_t)n;
      if (*x->key && c.n) n++;
    }
  }
  if (r->st || !n) return;
  // Speakers: the same folded name, or plainly the same person.
  nf_hmap keys;
  Nf_hmap_init(&keys, r->scratch.alloc, r->seed);
  int32_t *uniq = Nf_arena_calloc(&r->scratch, n, sizeof *uniq);
  size_t n_uniq = 0;
  if (!uniq) {
    Nf_hmap_fini(&keys);
    rc_fail(r, NF_ENOMEM);
    return;
  }
  for (size_t i = 0; i < n; i++) {
    bool ins;
    uint64_t *v = Nf_hmap_put(&keys, Nf_sv_cstr(q[i].key), &ins);
    if (!v) {
      Nf_hmap_fini(&keys);
      rc_fail(r, NF_ENOMEM);
      return;
    }
    if (ins)
      *v = i, uniq[n_uniq++] = (int32_t)i;
    else
      q[find(q, (int32_t)i)].parent = find(q, (int32_t)*v);
  }
  Nf_hmap_fini(&keys);
  for (size_t a = 0; a < n_uniq && a < 4096; a++)
    for (size_t b = a + 1; b < n_uniq && b < 4096; b++)
      if (Nf_rc_same_person(q[uniq[a]].key, q[uniq[b]].key)) {
        int32_t x = find(q, uniq[a]), y = find(q, uniq[b]);
        if (x != y) q[x > y ? x : y].parent = x < y ? x : y;
      }
  // A one-word name ("France") joins the one longer name holding that word
  // ("France's foreign ministry"), when there is exactly one.
  for (size_t a = 0; a < n_uniq && a < 4096; a++) {
    const char *k = q[uniq[a]].key;
    if (strchr(k, ' ') || strlen(k) < 4) continue;
    int32_t only = -1;
    bool ambiguous = false;
    for (size_t b = 0; b < n_uniq && b < 4096 && !ambiguous; b++) {
      const char *l = q[uniq[b]].key;
      if (b == a || !strchr(l, ' ')) continue;
      size_t kn = strlen(k);
      bool has = false;
      for (const char *p = l; *p && !has;) {
        size_t len = strcspn(p, " ");
        has = len == kn && memcmp(p, k, kn) == 0;
        p += len + (p[len] == ' ');
      }
      if (!has) continue;
      int32_t root = find(q, uniq[b]);
      if (only >= 0 && only != root) ambiguous = true;
      only = root;
    }
    if (only >= 0 && !ambiguous) {
      int32_t x = find(q, uniq[a]);
      if (x != only) q[x > only ? x : only].parent = x < only ? x : only;
    }
  }
  for (size_t i = 0; i < n; i++) q[i].speaker = find(q, (int32_t)i);
  // Names: the fullest one wins.
  for (size_t i = 0; i < n; i++) {
    qrec *root = &q[q[i].speaker];
    if (strlen(q[i].name) > strlen(root->name)) root->name = q[i].name;
  }
  for (size_t i = 0; i < n; i++) q[i].name = q[q[i].speaker].name;
  qsort(q, n, sizeof *q, speaker_cmp);

  size_t n_sp = 1;
  for (size_t i = 1; i < n; i++) n_sp += q[i].speaker != q[i - 1].speaker;
  acc->speakers = Nf_arena_calloc(&acc->arena, n_sp, sizeof *acc->speakers);
  if (!acc->speakers) {
    rc_fail(r, NF_ENOMEM);
    return;
  }
  for (size_t a = 0; a < n && !r->st;) {
    size_t b = a;
    while (b < n && q[b].speaker == q[a].speaker) b++;
    nf_acc_speaker *sp = &acc->speakers[acc->n_speakers++];
    sp->name = q[a].name;
    // Distinct texts (verbatim repeats merged), then statements.
    sp->texts = Nf_arena_calloc(&acc->arena, b - a, sizeof *sp->texts);
    int32_t *text_of = Nf_arena_calloc(&r->scratch, b - a, sizeof *text_of);
    size_t *first = Nf_arena_calloc(&r->scratch, b - a, sizeof *first);
    size_t *n_refs = Nf_arena_calloc(&r->scratch, b - a, sizeof *n_refs);
    sp->reports = Nf_arena_calloc(&acc->arena, b - a, sizeof *sp->reports);
    if (!sp->texts || !text_of || !first || !n_refs || !sp->reports) {
      rc_fail(r, NF_ENOMEM);
      return;
    }
    for (size_t i = a; i < b; i++) {
      if (i == a || q[i].ref.report != q[i - 1].ref.report)
        sp->reports[sp->n_reports++] = q[i].ref.report;
      size_t t = 0;
      while (t < sp->n_texts && strcmp(q[first[t]].norm, q[i].norm) != 0) t++;
      if (t == sp->n_texts) {
        first[t] = i;
        sp->n_texts++;
      }
      text_of[i - a] = (int32_t)t;
      n_refs[t]++;
      sp->texts[t].direct |= q[i].direct;
    }
    for (size_t t = 0; t < sp->n_texts; t++) {
      sp->texts[t].refs =
          Nf_arena_calloc(&acc->arena, n_refs[t], sizeof *sp->texts[t].refs);
      if (!sp->texts[t].refs) {
        rc_fail(r, NF_ENOMEM);
        return;
      }
      // Statements: texts that share enough words are one statement.
      sp->texts[t].statement = (uint32_t)t;
      for (size_t u = 0; u < t && u < MAX_COMPARED; u++)
        if (jaccard(&q[first[t]], &q[first[u]]) >= SAME_STATEMENT_JACCARD) {
          sp->texts[t].statement = sp->texts[u].statement;
          break;
        }
    }
    for (size_t i = a; i < b; i++) {
      nf_acc_quote_text *qt = &sp->texts[text_of[i - a]];
      qt->refs[qt->n_refs++] = q[i].ref;
    }
    if (sp->n_reports <= 1)
      sp->wording = NF_WORDING_SINGLE;
    else if (sp->n_texts == 1)
      sp->wording = NF_WORDING_VERBATIM;
    else
      sp->wording = NF_WORDING_DIFFERENT;
    a = b;
  }
}
