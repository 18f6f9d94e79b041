#include "model/fact.h"
#include "report/render.h"

// Placeholder until the facts stage lands: empty arrays, so the schema of
// `newsfold facts` is stable from the start.
void Nf_render_facts_members(nf_jw *w, const nf_doc *doc) {
  (void)doc;
  static const char *const kinds[] = {"figures", "dates", "places", "actors",
                                      "quotes"};
  for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
    Nf_jw_key(w, kinds[i]);
    Nf_jw_arr(w);
    Nf_jw_arr_end(w);
  }
}
