// Public facts API beyond nf_doc_facts: resolving relative dates against
// an anchor from outside the document.
#include "extract/facts.h"
#include "model/doc.h"
#include "newsfold.h"

nf_status nf_doc_resolve_dates(nf_doc *doc, const char *anchor) {
  if (!doc || !anchor) return NF_EINVAL;
  nf_datetime t;
  if (!Nf_datetime_parse_iso(Nf_sv_cstr(anchor), &t) ||
      t.precision < NF_PREC_DAY)
    return NF_EINVAL;
  if (!doc->facts) {
    nf_status st = nf_doc_facts(doc);
    if (st && st != NF_EEMPTY) return st;
  }
  if (doc->facts)
    Nf_facts_resolve_dates(doc->facts, &t, NF_ANCHOR_OTHER_REPORTS, true);
  return NF_OK;
}

size_t nf_doc_unresolved_dates(const nf_doc *doc) {
  if (!doc || !doc->facts) return 0;
  size_t n = 0;
  for (size_t i = 0; i < doc->facts->n_dates; i++) {
    const nf_date *d = &doc->facts->dates[i];
    if (d->kind == NF_DATE_RELATIVE && d->rel != NF_REL_NONE &&
        d->value.precision == NF_PREC_NONE)
      n++;
  }
  return n;
}

const char *nf_doc_date_anchor(const nf_doc *doc) {
  if (!doc) return NULL;
  if (doc->published.precision >= NF_PREC_DAY && doc->published_iso[0])
    return doc->published_iso;
  if (!doc->facts) return NULL;
  for (size_t i = 0; i < doc->facts->n_dates; i++) {
    const nf_date *d = &doc->facts->dates[i];
    if (d->anchor == NF_ANCHOR_TEXT) return d->anchor_iso;
  }
  return NULL;
}
