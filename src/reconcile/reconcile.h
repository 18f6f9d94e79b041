// Reconciling the facts of one story across its reports.
#ifndef NF_RECONCILE_RECONCILE_H
#define NF_RECONCILE_RECONCILE_H

#include "model/doc.h"

// Version of the account schema.
extern const char Nf_account_schema_version[];

#endif
