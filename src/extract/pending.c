#include "extract/fx.h"
void Nf_fx_dates(fx *x) { (void)x; }

void Nf_fx_quotes(fx *x) { (void)x; }
void Nf_fx_victims(fx *x) { (void)x; }
