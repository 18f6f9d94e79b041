// A streaming JSON writer. Strings are escaped here and only here; the
// text given must be valid UTF-8 (documents are repaired on the way in),
// and any invalid byte that slips through is written as U+FFFD.
#ifndef NF_REPORT_JSON_H
#define NF_REPORT_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "core/str.h"

enum { NF_JW_MAX_DEPTH = 64 };

typedef struct nf_jw {
  nf_buf *out;
  int depth;
  int indent;  // spaces per level; 0 writes everything on one line
  bool need_comma[NF_JW_MAX_DEPTH];
  bool after_key;
  nf_status status;  // first error; later calls do nothing
} nf_jw;

void Nf_jw_init(nf_jw *w, nf_buf *out, int indent);
void Nf_jw_obj(nf_jw *w);      // {
void Nf_jw_obj_end(nf_jw *w);  // }
void Nf_jw_arr(nf_jw *w);      // [
void Nf_jw_arr_end(nf_jw *w);  // ]
void Nf_jw_key(nf_jw *w, const char *key);
void Nf_jw_str(nf_jw *w, nf_sv s);
void Nf_jw_strz(nf_jw *w, const char *s);  // NULL writes null
void Nf_jw_null(nf_jw *w);
void Nf_jw_bool(nf_jw *w, bool b);
void Nf_jw_int(nf_jw *w, int64_t v);
// Integral values print without a fraction; NaN and infinities as null.
void Nf_jw_num(nf_jw *w, double v);
// A value that is already JSON text (trusted: made by the library).
void Nf_jw_raw(nf_jw *w, nf_sv json);

// Shorthands for "key": value.
static inline void Nf_jw_kstr(nf_jw *w, const char *k, const char *v) {
  Nf_jw_key(w, k);
  Nf_jw_strz(w, v);
}
static inline void Nf_jw_kint(nf_jw *w, const char *k, int64_t v) {
  Nf_jw_key(w, k);
  Nf_jw_int(w, v);
}
static inline void Nf_jw_knum(nf_jw *w, const char *k, double v) {
  Nf_jw_key(w, k);
  Nf_jw_num(w, v);
}
static inline void Nf_jw_kbool(nf_jw *w, const char *k, bool v) {
  Nf_jw_key(w, k);
  Nf_jw_bool(w, v);
}

// Append s to out as the body of a JSON string (no quotes).
nf_status Nf_json_escape(nf_buf *out, nf_sv s);

#endif
