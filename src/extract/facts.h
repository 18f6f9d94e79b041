// Reading facts from an article: sentences, figures, dates, places,
// actors and quotes, each tied to the words it came from.
#ifndef NF_EXTRACT_FACTS_H
#define NF_EXTRACT_FACTS_H

#include "model/doc.h"
#include "model/fact.h"

// Fill doc->facts from doc->title and doc->text (the article must be
// extracted). Idempotent.
nf_status Nf_facts_read(nf_doc *doc);

#endif
