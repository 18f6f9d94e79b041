// The reconcile driver: runs the steps of rc_int.h in order over one story.
#include "reconcile/reconcile.h"

#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/limits.h"
#include "reconcile/rc_int.h"

const char Nf_account_schema_version[] = NF_ACCOUNT_SCHEMA_VERSION;

bool Nf_rc_grow(rc *r, nf_arena *a, void **ptr, size_t *cap, size_t need,
                size_t elem) {
  if (r->st) return false;
  if (need <= *cap) return true;
  if (Nf_arena_grow(a, ptr, cap, need, elem) != NF_OK)
    return rc_fail(r, NF_ENOMEM);
  return true;
}

int Nf_rc_time_cmp(const rc *r, uint32_t a, uint32_t b) {
  const nf_datetime *x = &r->acc->reports[a].time,
                    *y = &r->acc->reports[b].time;
  if (x->precision == NF_PREC_NONE || y->precision == NF_PREC_NONE) return 0;
  return Nf_datetime_cmp(x, y);
}

bool Nf_rc_known_later(const rc *r, uint32_t a, uint32_t b) {
  return Nf_rc_time_cmp(r, a, b) > 0;
}

bool Nf_rc_more_recent(const rc *r, uint32_t a, uint32_t b) {
  bool ka = r->acc->reports[a].time.precision != NF_PREC_NONE,
       kb = r->acc->reports[b].time.precision != NF_PREC_NONE;
  if (ka != kb) return ka;
  return Nf_rc_known_later(r, a, b);
}

nf_sv Nf_rc_span_sentence(const rc *r, uint32_t rep, const nf_span *sp) {
  const nf_facts *facts = rc_facts(r, rep);
  nf_sv field = rc_field(r, rep, sp->in);
  if (!field.p || sp->start > sp->end || sp->end > field.n)
    return Nf_sv(field.p, 0);
  if (facts && sp->sentence >= 0 && (size_t)sp->sentence < facts->n_sentences) {
    const nf_sentence *s = &facts->sentences[sp->sentence];
    if (s->in == sp->in && s->start <= s->end && s->end <= field.n)
      return Nf_sv(field.p + s->start, s->end - s->start);
  }
  size_t a = sp->start, b = sp->end;
  while (a > 0 && !strchr(".!?\n", field.p[a - 1])) a--;
  while (b < field.n && !strchr(".!?\n", field.p[b])) b++;
  return Nf_sv(field.p + a, b - a);
}

void Nf_rc_words(nf_sv s, rc_word_fn fn, void *user) {
  char buf[64];
  size_t i = 0;
  while (i < s.n) {
    unsigned char c = (unsigned char)s.p[i];
    bool letter = Nf_ascii_alpha(c) || Nf_ascii_digit(c) || c >= 0x80;
    // Curly quotes and dashes are not letters.
    if (c == 0xE2 && i + 2 < s.n && (unsigned char)s.p[i + 1] == 0x80)
      letter = false;
    if (c == 0xC2 && i + 1 < s.n && (unsigned char)s.p[i + 1] == 0xA0)
      letter = false;
    if (!letter) {
      i += (c == 0xE2) ? 3 : (c == 0xC2) ? 2 : 1;
      continue;
    }
    size_t start = i, n = 0;
    while (i < s.n) {
      c = (unsigned char)s.p[i];
      if (c == 0xE2 && i + 2 < s.n && (unsigned char)s.p[i + 1] == 0x80) {
        // A curly apostrophe inside a word ("Assad’s") stays in it.
        if ((unsigned char)s.p[i + 2] == 0x99 && i + 3 < s.n &&
            Nf_ascii_alpha((unsigned char)s.p[i + 3])) {
          if (n + 1 < sizeof buf) buf[n++] = '\'';
          i += 3;
          continue;
        }
        break;
      }
      if (c == 0xC2 && i + 1 < s.n && (unsigned char)s.p[i + 1] == 0xA0) break;
      bool inner = (c == '\'' || c == '-') && i + 1 < s.n &&
                   (Nf_ascii_alpha((unsigned char)s.p[i + 1]) ||
                    (unsigned char)s.p[i + 1] >= 0x80) &&
                   n > 0;
      if (!(Nf_ascii_alpha(c) || Nf_ascii_digit(c) || c >= 0x80 || inner))
        break;
      if (n + 1 < sizeof buf) buf[n++] = (char)Nf_ascii_lower(c);
      i++;
    }
    if (!fn(user, Nf_sv(buf, n), start, i)) return;
  }
}

void Nf_rc_reports(rc *r) {
  nf_account *acc = r->acc;
  size_t n = r->story->n_docs;
  acc->reports = Nf_arena_calloc(&acc->arena, n ? n : 1, sizeof *acc->reports);
  acc->framing = Nf_arena_calloc(&acc->arena, n ? n : 1, sizeof *acc->framing);
  if (!acc->reports || !acc->framing) {
    rc_fail(r, NF_ENOMEM);
    return;
  }
  acc->n_reports = n;
  // Shared-text clusters from the grouping stage's copy pairs.
  for (size_t i = 0; i < n; i++) {
    acc->reports[i].copy_of = (uint32_t)i;
    acc->reports[i].time = r->story->docs[i]->published;
  }
  for (size_t k = 0; k < r->story->n_copies; k++) {
    uint32_t a = r->story->copies[k].a, b = r->story->copies[k].b;
    if (a >= n || b >= n) continue;
    while (acc->reports[a].copy_of != a) a = acc->reports[a].copy_of;
    while (acc->reports[b].copy_of != b) b = acc->reports[b].copy_of;
    if (a < b)
      acc->reports[b].copy_of = a;
    else if (b < a)
      acc->reports[a].copy_of = b;
  }
  for (size_t i = 0; i < n; i++) {
    uint32_t a = (uint32_t)i;
    while (acc->reports[a].copy_of != a) a = acc->reports[a].copy_of;
    acc->reports[i].copy_of = a;
    acc->reports[i].origin = a;
  }
  // Outlets: distinct names, else each report is its own.
  for (size_t i = 0; i < n; i++) {
    const char *o = r->story->docs[i]->outlet;
    bool seen = false;
    for (size_t j = 0; j < i && o && !seen; j++) {
      const char *p = r->story->docs[j]->outlet;
      seen = p && strcmp(o, p) == 0;
    }
    if (!seen) acc->n_outlets++;
  }
}

typedef struct ordered_doc {
  nf_doc *doc;
  size_t at;  // position in the input
} ordered_doc;

static int by_id(const void *pa, const void *pb) {
  const ordered_doc *a = pa, *b = pb;
  int c = strcmp(a->doc->id ? a->doc->id : "", b->doc->id ? b->doc->id : "");
  if (c) return c;
  return a->at < b->at ? -1 : a->at > b->at;
}

// The story's reports in one order whatever the order they came in (by
// id), so that neither the grouping of figures (each group grows from the
// first figure that starts it) nor any rule's tie between reports depends
// on the input order; the account lists them so. Copy pairs are
// renumbered to match. NULL when memory runs out.
static const nf_story_docs *canonical_order(nf_account *acc,
                                            const nf_story_docs *story) {
  size_t n = story->n_docs;
  ordered_doc *o = Nf_arena_calloc(&acc->arena, n + 1, sizeof *o);
  nf_doc **docs = Nf_arena_calloc(&acc->arena, n + 1, sizeof *docs);
  uint32_t *pos = Nf_arena_calloc(&acc->arena, n + 1, sizeof *pos);
  nf_story_copy *copies =
      Nf_arena_calloc(&acc->arena, story->n_copies + 1, sizeof *copies);
  nf_story_docs *s = Nf_arena_calloc(&acc->arena, 1, sizeof *s);
  if (!o || !docs || !pos || !copies || !s) return NULL;
  for (size_t i = 0; i < n; i++) o[i] = (ordered_doc){story->docs[i], i};
  if (n > 1) qsort(o, n, sizeof *o, by_id);
  for (size_t i = 0; i < n; i++) docs[i] = o[i].doc, pos[o[i].at] = (uint32_t)i;
  size_t n_copies = 0;
  for (size_t k = 0; k < story->n_copies; k++) {
    nf_story_copy c = story->copies[k];
    if (c.a >= n || c.b >= n) continue;
    c.a = pos[c.a], c.b = pos[c.b];
    copies[n_copies++] = c;
  }
  *s = (nf_story_docs){docs, n, copies, n_copies};
  return s;
}

nf_status Nf_reconcile(const nf_allocator *alloc, const nf_story_docs *story,
                       nf_account **out) {
  *out = NULL;
  rc r;
  memset(&r, 0, sizeof r);
  r.acc = Nf_account_new(alloc, story);
  if (!r.acc) return NF_ENOMEM;
  story = canonical_order(r.acc, story);
  if (!story) {
    Nf_account_free(r.acc);
    return NF_ENOMEM;
  }
  r.acc->story = story;
  r.story = story;
  Nf_arena_init(&r.scratch, alloc, NF_MAX_ARENA_BYTES);
  r.seed = story->n_docs ? story->docs[0]->ctx->seed : 0;
  Nf_rc_reports(&r);
  Nf_rc_collect_figures(&r);
  Nf_rc_sources(&r);
  Nf_rc_group_figures(&r);
  Nf_rc_judge_figures(&r);
  Nf_rc_parts(&r);
  Nf_rc_totals(&r);
  Nf_rc_timeline(&r);
  Nf_rc_quotes(&r);
  Nf_rc_framing(&r);
  Nf_rc_headlines(&r);
  Nf_arena_fini(&r.scratch);
  if (r.st) {
    Nf_account_free(r.acc);
    return r.st;
  }
  *out = r.acc;
  return NF_OK;
}
