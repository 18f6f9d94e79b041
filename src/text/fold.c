#include <stdlib.h>
#include <utf8proc.h>

#include "text/text.h"

nf_status Nf_text_fold(nf_buf *out, nf_sv s) {
  utf8proc_uint8_t *dst = NULL;
  utf8proc_ssize_t n = utf8proc_map(
      (const utf8proc_uint8_t *)s.p, (utf8proc_ssize_t)s.n, &dst,
      UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
  if (n < 0) return n == UTF8PROC_ERROR_NOMEM ? NF_ENOMEM : NF_EFORMAT;
  nf_status st = Nf_buf_append(out, dst, (size_t)n);
  free(dst);
  return st;
}
