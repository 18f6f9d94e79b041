// From a decoded page to an article: body paragraphs without page residue,
// and the metadata (title, byline, date, outlet, language, URL).
#ifndef NF_CLEAN_CLEAN_H
#define NF_CLEAN_CLEAN_H

#include "core/buf.h"
#include "model/doc.h"

// doc->raw holds UTF-8 HTML. Fills the article fields of doc.
nf_status Nf_clean_html(nf_doc *doc);
// doc->raw holds the plain text of a page (a browser's "save as text", a
// scraper's dump). Fills the article fields of doc.
nf_status Nf_clean_text(nf_doc *doc);
// doc->raw holds article text given as such (a JSON Lines "text"): only
// split into paragraphs and normalise white space.
nf_status Nf_clean_article(nf_doc *doc);

// Collects body paragraphs and joins them into doc->text.
typedef struct nf_article_builder {
  nf_doc *doc;
  nf_buf text;
  nf_para *paras;
  size_t n_paras, cap_paras;
  size_t max_text;
  bool truncated;  // the body went over NF_LIMIT_TEXT_BYTES
} nf_article_builder;

void Nf_ab_init(nf_article_builder *ab, nf_doc *doc);
void Nf_ab_fini(nf_article_builder *ab);
// Add one paragraph; white space runs (ASCII and Unicode) collapse to one
// space and the ends are trimmed; an empty paragraph is skipped.
nf_status Nf_ab_add(nf_article_builder *ab, nf_sv para, nf_para_kind kind);
// As Nf_ab_add, but line breaks inside the paragraph are kept: a run of
// white space holding a '\n' becomes one '\n' (an HTML <br>).
nf_status Nf_ab_add_lines(nf_article_builder *ab, nf_sv para,
                          nf_para_kind kind);
// Move the text and paragraphs into the document's arena.
nf_status Nf_ab_finish(nf_article_builder *ab);

// Collapse white space in s as Nf_ab_add does, into the document's arena.
const char *Nf_clean_squeeze(nf_doc *doc, nf_sv s);

#endif
