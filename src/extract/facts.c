#include "extract/facts.h"

// Placeholder until the scanners land: an empty set of facts.
nf_status Nf_facts_read(nf_doc *doc) {
  if (doc->facts) return NF_OK;
  doc->facts = Nf_arena_calloc(&doc->arena, 1, sizeof *doc->facts);
  return doc->facts ? NF_OK : NF_ENOMEM;
}
