#include "clean/clean.h"

// Placeholder until the HTML extractor lands.
nf_status Nf_clean_html(nf_doc *doc) {
  return Nf_doc_fail(doc, NF_EUNSUPPORTED, "HTML extraction is not built yet");
}
