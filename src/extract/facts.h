// Reading facts from an article: sentences, figures, dates, places,
// actors and quotes, each tied to the words it came from.
#ifndef NF_EXTRACT_FACTS_H
#define NF_EXTRACT_FACTS_H

#include "model/doc.h"
#include "model/fact.h"

// Fill doc->facts from doc->title and doc->text (the article must be
// extracted). Idempotent.
nf_status Nf_facts_read(nf_doc *doc);

// Resolve the relative dates of f ("on Thursday", "yesterday", "March 6"
// without a year) against anchor (day precision or finer), recording the
// anchor and its kind (nf_date_anchor). With only_unresolved, dates already
// resolved are left alone.
void Nf_facts_resolve_dates(nf_facts *f, const nf_datetime *anchor,
                            uint8_t anchor_kind, bool only_unresolved);

#endif
