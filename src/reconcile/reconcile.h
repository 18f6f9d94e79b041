// Reconciling the facts of one story across its reports: a pure function
// from a story's documents (with their facts) to an account
// (src/model/account.h). See docs/internals/reconcile.md for the rules.
#ifndef NF_RECONCILE_RECONCILE_H
#define NF_RECONCILE_RECONCILE_H

#include <stdbool.h>

#include "model/account.h"
#include "model/doc.h"

// Version of the account schema.
extern const char Nf_account_schema_version[];

// Build the account of one story. The documents must have facts
// (nf_doc_facts); a document without facts counts as a report that states
// nothing. The account borrows the story's documents, which must outlive
// it; it lists them, and its report indices count, in one order whatever
// the input order (by id: account->story, not the story given). Returns
// NF_OK, or NF_ENOMEM with *out NULL.
nf_status Nf_reconcile(const nf_allocator *alloc, const nf_story_docs *story,
                       nf_account **out);

// ---- interval logic, exposed for tests ----

// A stated figure as the set of values it allows. "over 1,000" allows
// (1000, 2000]; "nearly 1,000" allows [850, 1000); see interval.c.
typedef struct nf_ival {
  double lo, hi;
  bool lo_open, hi_open;
} nf_ival;

// The interval a qualifier and value (or low/high) allow. Returns false
// when the figure states no number at all.
bool Nf_rc_interval(uint8_t qualifier, double value, double low, double high,
                    nf_ival *out);
// True when the two intervals share a value.
bool Nf_rc_compatible(nf_ival a, nf_ival b);
// True when v lies in the interval.
bool Nf_rc_contains(nf_ival a, double v);
// The number a figure states ("over 1,000" states 1000; "between 40 and
// 50" states 45; "dozens" states its low bound). NaN when none.
double Nf_rc_stated(uint8_t qualifier, double value, double low, double high);

#endif
