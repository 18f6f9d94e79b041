#include "extract/fx.h"



void Nf_fx_victims(fx *x) { (void)x; }
