// Rendering of documents, story groups and accounts.
#ifndef NF_REPORT_RENDER_H
#define NF_REPORT_RENDER_H

#include "core/buf.h"
#include "model/doc.h"
#include "report/json.h"

// The article fields of a document as members of the current JSON object.
void Nf_render_article_members(nf_jw *w, const nf_doc *doc);
// The facts of a document (figures, dates, places, actors, quotes) as
// members of the current JSON object. Writes empty arrays when the
// document has no facts.
void Nf_render_facts_members(nf_jw *w, const nf_doc *doc);
// One document as JSON (indent 0 for one line, no trailing newline) or as
// plain text for people.
nf_status Nf_render_doc(nf_buf *out, const nf_doc *doc, nf_format format,
                        unsigned what);

#endif
