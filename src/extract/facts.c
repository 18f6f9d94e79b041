// The facts stage: split the title and the body into sentences and tokens,
// then run the passes (actors, figures, sources, dates, places, quotes,
// victims), each of which appends facts tied to their words.
#include "extract/facts.h"

#include <string.h>

#include "core/alloc.h"
#include "core/limits.h"
#include "extract/fx.h"
#include "text/sentence.h"

// Tokens kept per article: 8 MB of text makes about 2 million.
enum { MAX_TOKENS_PER_DOC = 4 << 20 };

nf_span Nf_fx_span(const fx *x, size_t si, size_t a, size_t b) {
  const fx_sent *st = &x->sents[si];
  const nf_tok *t = fx_tk(x, st);
  nf_span sp = {0, 0, (int32_t)si, st->in};
  if (a >= b) a = b > st->t0 ? b - 1 : st->t0;
  if (b <= a) b = a + 1;
  sp.start = t[a].start;
  sp.end = t[b - 1].end;
  return sp;
}

const char *Nf_fx_text(fx *x, size_t si, size_t a, size_t b) {
  nf_span sp = Nf_fx_span(x, si, a, b);
  const char *s = x->text[sp.in];
  return Nf_arena_strndup(x->arena, s + sp.start, sp.end - sp.start);
}

void *Nf_fx_push(fx *x, void **arr, size_t *n, size_t *cap, size_t elem) {
  if (x->status) return NULL;
  if (*n >= x->max_facts) {
    if (*n == x->max_facts) {
      Nf_doc_note(x->doc, "facts", SIZE_MAX,
                  "more than %zu facts of one kind: the rest were dropped",
                  x->max_facts);
      x->max_facts = *n;  // note once per kind is enough: keep the count
    }
    return NULL;
  }
  nf_status st = Nf_arena_grow(x->arena, arr, cap, *n + 1, elem);
  if (st) {
    x->status = st;
    return NULL;
  }
  void *p = (char *)*arr + (*n) * elem;
  (*n)++;
  return p;
}

static bool add_sentence(fx *x, uint8_t in, size_t t0, size_t t1,
                         uint32_t para) {
  if (t1 <= t0) return true;
  if (x->n_sents >= UINT32_MAX / 2) return false;
  if (Nf_arena_grow(x->arena, (void **)&x->sents, &x->cap_sents, x->n_sents + 1,
                    sizeof *x->sents)) {
    x->status = NF_ENOMEM;
    return false;
  }
  fx_sent *s = &x->sents[x->n_sents++];
  memset(s, 0, sizeof *s);
  s->t0 = (uint32_t)t0;
  s->t1 = (uint32_t)t1;
  s->in = in;
  s->para = para;
  s->source = -1;
  const nf_tok *tk = x->toks[in].v;
  const nf_tok *last = &tk[t1 - 1];
  size_t k = t1 - 1;
  while (k > t0 && tk[k].kind == NF_TOK_PUNCT &&
         (Nf_cp_is_close_quote(tk[k].cp) || tk[k].cp == ')'))
    k--;
  last = &tk[k];
  s->full =
      last->kind == NF_TOK_PUNCT && (last->cp == '.' || last->cp == '!' ||
                                     last->cp == '?' || last->cp == 0x2026);
  return true;
}

// Split tokens [t0, t1) of one paragraph into sentences.
static void split(fx *x, uint8_t in, size_t t0, size_t t1, uint32_t para) {
  const nf_tok *tk = x->toks[in].v;
  size_t i = t0;
  while (i < t1 && !x->status) {
    size_t e = Nf_sentence_end(x->text[in], tk, i, t1);
    if (e <= i) e = i + 1;
    add_sentence(x, in, i, e, para);
    i = e;
  }
}

static nf_status tokenize_all(fx *x) {
  nf_doc *doc = x->doc;
  const nf_allocator *al = &doc->ctx->alloc;
  for (int in = 0; in < 2; in++)
    Nf_toks_init(&x->toks[in], al, MAX_TOKENS_PER_DOC);
  nf_status st = NF_OK;
  if (x->len[NF_IN_TITLE]) {
    st = Nf_tokenize(&x->toks[NF_IN_TITLE], x->text[NF_IN_TITLE], 0,
                     x->len[NF_IN_TITLE]);
    if (st == NF_ETOOBIG) st = NF_OK;
    Nf_lex_tag(x->text[NF_IN_TITLE], x->toks[NF_IN_TITLE].v,
               x->toks[NF_IN_TITLE].n);
    split(x, NF_IN_TITLE, 0, x->toks[NF_IN_TITLE].n, 0);
  }
  if (st) return st;
  // Paragraphs: the extractor's, else blank-line separated blocks.
  nf_toks *bt = &x->toks[NF_IN_BODY];
  // Room for the usual token count (about one per 5 bytes) at once, rather
  // than by doubling from 8.
  size_t guess = x->len[NF_IN_BODY] / 5 + 16;
  if (guess > bt->max) guess = bt->max;
  if (Nf_grow(al, (void **)&bt->v, &bt->cap, guess, sizeof *bt->v))
    return NF_ENOMEM;
  const char *s = x->text[NF_IN_BODY];
  size_t n = x->len[NF_IN_BODY];
  uint32_t para = 0;
  size_t p = 0;
  size_t pi = 0;
  while (p < n && !st) {
    size_t pe;
    if (doc->n_paras) {
      if (pi >= doc->n_paras) break;
      p = doc->paras[pi].start;
      pe = p + doc->paras[pi].len;
      if (pe > n || p > n) break;
      pi++;
    } else {
      const char *q = s + p;
      const char *hit = NULL;
      for (const char *r = q; r + 1 < s + n; r++)
        if (r[0] == '\n' && r[1] == '\n') {
          hit = r;
          break;
        }
      pe = hit ? (size_t)(hit - s) : n;
    }
    size_t t0 = bt->n;
    st = Nf_tokenize(bt, s, p, pe);
    if (st == NF_ETOOBIG) {
      Nf_doc_note(doc, "facts", SIZE_MAX,
                  "too many words: facts read from the first %zu only", bt->n);
      st = NF_OK;
      pe = n;
    }
    Nf_lex_tag(s, bt->v + t0, bt->n - t0);
    split(x, NF_IN_BODY, t0, bt->n, para);
    para++;
    p = pe;
    while (p < n && (s[p] == '\n' || s[p] == ' ')) p++;
    if (!doc->n_paras && p >= n) break;
  }
  return st ? st : x->status;
}

static void publish_sentences(fx *x) {
  nf_facts *f = x->f;
  f->sentences = Nf_arena_calloc(x->arena, x->n_sents ? x->n_sents : 1,
                                 sizeof *f->sentences);
  if (!f->sentences) {
    x->status = NF_ENOMEM;
    return;
  }
  f->n_sentences = x->n_sents;
  for (size_t i = 0; i < x->n_sents; i++) {
    const fx_sent *st = &x->sents[i];
    const nf_tok *t = fx_tk(x, st);
    f->sentences[i] =
        (nf_sentence){t[st->t0].start, t[st->t1 - 1].end, st->para, st->in};
  }
}

nf_status Nf_facts_read(nf_doc *doc) {
  if (doc->facts) return NF_OK;
  fx x;
  memset(&x, 0, sizeof x);
  x.doc = doc;
  x.arena = &doc->arena;
  x.f = Nf_arena_calloc(&doc->arena, 1, sizeof *x.f);
  if (!x.f) return NF_ENOMEM;
  x.max_facts = Nf_limit(doc->ctx, NF_LIMIT_FACTS);
  if (!x.max_facts) x.max_facts = NF_MAX_FACTS;
  x.text[NF_IN_BODY] = doc->text ? doc->text : "";
  x.len[NF_IN_BODY] = doc->text ? doc->text_len : 0;
  x.text[NF_IN_TITLE] = doc->title ? doc->title : "";
  x.len[NF_IN_TITLE] = doc->title ? strlen(doc->title) : 0;
  // Offsets are 32-bit: text over 4 GB is cut (the text limit is far
  // below).
  for (int in = 0; in < 2; in++)
    if (x.len[in] > UINT32_MAX / 2) x.len[in] = UINT32_MAX / 2;
  nf_status st = tokenize_all(&x);
  if (!st) publish_sentences(&x);
  if (!st && !x.status) Nf_fx_actors(&x);
  if (!st && !x.status) Nf_fx_figures(&x);
  if (!st && !x.status) Nf_fx_sources(&x);
  if (!st && !x.status) Nf_fx_dates(&x);
  if (!st && !x.status) Nf_fx_places(&x);
  if (!st && !x.status) Nf_fx_quotes(&x);
  if (!st && !x.status) Nf_fx_victims(&x);
  Nf_toks_fini(&x.toks[0]);
  Nf_toks_fini(&x.toks[1]);
  if (!st) st = x.status;
  if (st) return st;
  doc->facts = x.f;
  return NF_OK;
}
