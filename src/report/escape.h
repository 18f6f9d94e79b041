// The only path to HTML and Markdown output. Text from reports is hostile:
// everything that is not a string literal of the renderer goes through
// Nf_esc_text (escaped for the format), Nf_esc_num / Nf_esc_int (numbers)
// or Nf_esc_href (http/https links only). Markup is written with
// Nf_esc_lit, which accepts string literals only, so no input can reach the
// page unescaped.
#ifndef NF_REPORT_ESCAPE_H
#define NF_REPORT_ESCAPE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/buf.h"
#include "core/str.h"

typedef enum nf_esc_format { NF_ESC_HTML = 0, NF_ESC_MD } nf_esc_format;

typedef struct nf_esc {
  nf_buf *out;
  uint8_t format;  // nf_esc_format
  nf_status st;    // first error; later calls do nothing
} nf_esc;

void Nf_esc_init(nf_esc *e, nf_buf *out, nf_esc_format format);

// Markup: a string literal ("" s "" fails to compile for anything else).
#define Nf_esc_lit(e, s) Nf_esc_raw_((e), "" s "", sizeof(s) - 1)
void Nf_esc_raw_(nf_esc *e, const char *lit, size_t n);

// Text, escaped for the format: in HTML, & < > " ' become entities (safe in
// element content and in quoted attributes); in Markdown, every character
// with a meaning is backslash-escaped and < & become entities, and line
// breaks become spaces (Markdown text here is always inline). Invalid
// UTF-8 becomes U+FFFD; control characters other than tab are dropped.
void Nf_esc_text(nf_esc *e, nf_sv s);
void Nf_esc_textz(nf_esc *e, const char *s);  // NULL writes nothing
// Text clipped to at most max bytes (at a code point), with "…" when cut.
void Nf_esc_text_clip(nf_esc *e, nf_sv s, size_t max);

// Numbers: integral values without a fraction, others with up to 4
// significant decimals; NaN writes "?".
void Nf_esc_num(nf_esc *e, double v);
// A whole number with thousands marked (1018 -> "1,018"), for reading;
// anything else as Nf_esc_num.
void Nf_esc_count(nf_esc *e, double v);
void Nf_esc_int(nf_esc *e, int64_t v);

// A link target: http and https URLs only, attribute-escaped; anything else
// (javascript:, data:, relative paths) writes "#" and returns false.
bool Nf_esc_href(nf_esc *e, nf_sv url);

// Append s to out escaped for HTML (the primitive behind Nf_esc_text).
nf_status Nf_html_escape(nf_buf *out, nf_sv s);
// Append s to out escaped as inline Markdown text.
nf_status Nf_md_escape(nf_buf *out, nf_sv s);

#endif
