#include "report/stories.h"

#include <stdio.h>

#include "core/buf.h"
#include "report/json.h"

static void date_or_null(nf_jw *w, const char *key, const nf_datetime *t) {
  Nf_jw_key(w, key);
  if (t->precision == NF_PREC_NONE) {
    Nf_jw_null(w);
    return;
  }
  char tmp[40];
  Nf_datetime_format(t, tmp, sizeof tmp);
  Nf_jw_strz(w, tmp);
}

static void report_id(nf_jw *w, const nf_story_set *set, uint32_t r) {
  if (set->report_ids[r]) {
    Nf_jw_strz(w, set->report_ids[r]);
  } else {
    char tmp[32];
    snprintf(tmp, sizeof tmp, "#%u", r);
    Nf_jw_strz(w, tmp);
  }
}

static void span(nf_jw *w, const char *key, uint32_t start, uint32_t end) {
  Nf_jw_key(w, key);
  Nf_jw_arr(w);
  Nf_jw_int(w, start);
  Nf_jw_int(w, end);
  Nf_jw_arr_end(w);
}

static void story(nf_jw *w, const nf_story_set *set, const nf_story *s) {
  Nf_jw_obj(w);
  Nf_jw_kstr(w, "id", s->id);
  Nf_jw_key(w, "articles");
  Nf_jw_arr(w);
  for (size_t i = 0; i < s->n_reports; i++) report_id(w, set, s->reports[i]);
  Nf_jw_arr_end(w);
  Nf_jw_kstr(w, "title", s->title);
  date_or_null(w, "first_seen", &s->first_seen);
  date_or_null(w, "last_seen", &s->last_seen);
  Nf_jw_key(w, "copies");
  Nf_jw_arr(w);
  for (size_t i = 0; i < s->n_copies; i++) {
    const nf_copy *c = &s->copies[i];
    Nf_jw_obj(w);
    Nf_jw_key(w, "a");
    report_id(w, set, c->a);
    Nf_jw_key(w, "b");
    report_id(w, set, c->b);
    // Two decimals: the share is an estimate from fingerprints.
    Nf_jw_knum(w, "shared", (double)(int)(c->shared * 100.0f + 0.5f) / 100.0);
    Nf_jw_key(w, "passages");
    Nf_jw_arr(w);
    for (uint32_t p = 0; p < c->n_passages; p++) {
      const nf_passage *ps = &c->passages[p];
      Nf_jw_obj(w);
      span(w, "a", ps->a_start, ps->a_end);
      span(w, "b", ps->b_start, ps->b_end);
      Nf_jw_obj_end(w);
    }
    Nf_jw_arr_end(w);
    Nf_jw_obj_end(w);
  }
  Nf_jw_arr_end(w);
  Nf_jw_obj_end(w);
}

static nf_status flush(nf_buf *b, nf_write_fn write, void *user) {
  if (b->len && write(user, b->data, b->len) != 0) return NF_EIO;
  Nf_buf_clear(b);
  return NF_OK;
}

nf_status Nf_render_stories(const nf_story_set *set, nf_format format,
                            nf_write_fn write, void *user) {
  if (format != NF_FORMAT_JSON && format != NF_FORMAT_JSONL)
    return NF_EUNSUPPORTED;
  nf_buf b;
  Nf_buf_init(&b, set->arena.alloc, 0);
  nf_jw w;
  nf_status st = NF_OK;
  if (format == NF_FORMAT_JSONL) {
    for (size_t i = 0; i < set->n_stories && !st; i++) {
      Nf_jw_init(&w, &b, 0);
      story(&w, set, &set->stories[i]);
      st = w.status;
      if (!st) st = Nf_buf_putc(&b, '\n');
      if (!st) st = flush(&b, write, user);
    }
    Nf_buf_fini(&b);
    return st;
  }
  // One JSON object, written a story at a time: the writer's state runs
  // on across flushes since only the buffer's bytes are handed out.
  Nf_jw_init(&w, &b, 2);
  Nf_jw_obj(&w);
  Nf_jw_key(&w, "stories");
  Nf_jw_arr(&w);
  for (size_t i = 0; i < set->n_stories && !w.status && !st; i++) {
    story(&w, set, &set->stories[i]);
    if (!w.status) st = flush(&b, write, user);
  }
  Nf_jw_arr_end(&w);
  Nf_jw_obj_end(&w);
  if (!st) st = w.status;
  if (!st) st = Nf_buf_putc(&b, '\n');
  if (!st) st = flush(&b, write, user);
  Nf_buf_fini(&b);
  return st;
}
