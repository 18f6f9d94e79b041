#include "reconcile/reconcile.h"

const char Nf_account_schema_version[] = "0";
