// Headline against body: a headline's figure, qualifier or actor that the
// report's own body does not support.
#include <string.h>

#include "reconcile/rc_int.h"

static bool add(rc *r, size_t *cap, nf_acc_hcheck h) {
  nf_account *acc = r->acc;
  if (!Nf_rc_grow(r, &acc->arena, (void **)&acc->hchecks, cap,
                  acc->n_hchecks + 1, sizeof *acc->hchecks))
    return false;
  acc->hchecks[acc->n_hchecks++] = h;
  return true;
}

static const nf_acc_ref NO_REF = {UINT32_MAX, 0, 0, -1, 0};

static nf_acc_ref mention_ref(const rc *r, const rc_mention *x) {
  const nf_figure *f = &rc_facts(r, x->report)->figures[x->figure];
  return (nf_acc_ref){x->report, f->span.start, f->span.end, f->span.sentence,
                      f->span.in};
}

static void figures(rc *r, size_t *cap) {
  for (size_t a = 0; a < r->n_m && !r->st;) {
    size_t b = a;
    while (b < r->n_m && r->m[b].report == r->m[a].report) b++;
    for (size_t k = a; k < b; k++) {
      const rc_mention *t = &r->m[k];
      if (!t->in_title || t->group < 0) continue;
      const rc_mention *same = NULL, *near = NULL;
      bool supported = false;
      for (size_t j = a; j < b && !supported; j++) {
        const rc_mention *x = &r->m[j];
        if (x->in_title) continue;
        if (x->group == t->group) {
          if (Nf_rc_compatible(x->iv, t->iv))
            supported = true;
          else if (!same)
            same = x;
        } else if (!near && x->measure == t->measure) {
          near = x;
        }
      }
      if (supported) continue;
      nf_acc_hcheck h = {t->report, same ? NF_HC_QUALIFIER : NF_HC_FIGURE,
                         mention_ref(r, t), NO_REF, t->group};
      if (same)
        h.body = mention_ref(r, same);
      else if (near)
        h.body = mention_ref(r, near);
      add(r, cap, h);
    }
    a = b;
  }
}

// The distinctive word of an actor's words in a headline: an acronym or
// a capitalised name that is not a common word of titles.
static nf_sv key_word(nf_sv s) {
  static const char *const generic[] = {
      "Forces", "Force", "Government", "Militants", "Fighters", "Mass",
      "Gunmen", "Group", "Army",       "Troops",    "Police"};
  nf_sv best = NF_SV_NULL;
  for (size_t i = 0; i < s.n;) {
    while (i < s.n && !Nf_ascii_alpha((unsigned char)s.p[i])) i++;
    size_t st = i;
    while (i < s.n && (Nf_ascii_alpha((unsigned char)s.p[i]) || s.p[i] == '-'))
      i++;
    nf_sv w = Nf_sv(s.p + st, i - st);
    if (w.n < 2 || !(w.p[0] >= 'A' && w.p[0] <= 'Z')) continue;
    bool gen = false;
    for (size_t g = 0; g < sizeof generic / sizeof generic[0]; g++)
      gen |= Nf_sv_ieq(w, Nf_sv_cstr(generic[g]));
    if (gen) continue;
    bool acronym = w.n >= 2 && w.p[1] >= 'A' && w.p[1] <= 'Z';
    if (!best.p || acronym) best = w;
    if (acronym) break;
  }
  return best;
}

// Does the word occur in s as a whole word (acronyms: same case)?
static bool has_word(nf_sv s, nf_sv w) {
  bool acronym = w.n >= 2 && w.p[1] >= 'A' && w.p[1] <= 'Z';
  for (size_t i = 0; i + w.n <= s.n; i++) {
    if (i && Nf_ascii_alpha((unsigned char)s.p[i - 1])) continue;
    if (i + w.n < s.n && Nf_ascii_alpha((unsigned char)s.p[i + w.n])) continue;
    nf_sv at = Nf_sv(s.p + i, w.n);
    if (acronym ? Nf_sv_eq(at, w) : Nf_sv_ieq(at, w)) return true;
  }
  return false;
}

static void actors(rc *r, size_t *cap) {
  nf_account *acc = r->acc;
  for (uint32_t rep = 0; rep < acc->n_reports && !r->st; rep++) {
    const nf_acc_framing *fr = &acc->framing[rep];
    const nf_doc *d = r->story->docs[rep];
    for (size_t i = 0; i < fr->n_agents; i++) {
      const nf_acc_agent *ag = &fr->agents[i];
      if (ag->ref.in != NF_IN_TITLE) continue;
      nf_sv key = key_word(Nf_acc_ref_text(acc, ag->ref));
      if (!key.p) continue;
      // The body's actors holding the same word.
      const nf_acc_agent *own = NULL, *credited = NULL;
      for (size_t j = 0; j < fr->n_agents; j++) {
        const nf_acc_agent *b = &fr->agents[j];
        if (b->ref.in != NF_IN_BODY) continue;
        if (!has_word(Nf_acc_ref_text(acc, b->ref), key)) continue;
        if (b->attributed)
          credited = credited ? credited : b;
        else
          own = own ? own : b;
      }
      if (own) continue;
      nf_acc_hcheck h = {rep, NF_HC_ACTOR, ag->ref, NO_REF, -1};
      if (credited) {
        h.kind = NF_HC_ACTOR_ATTRIBUTED;
        h.body = credited->ref;
      } else if (has_word(Nf_sv(d->text, d->text_len), key)) {
        // The body names it, just not as the actor of the killing.
        continue;
      }
      add(r, cap, h);
    }
  }
}

void Nf_rc_headlines(rc *r) {
  if (r->st) return;
  size_t cap = 0;
  figures(r, &cap);
  actors(r, &cap);
}
