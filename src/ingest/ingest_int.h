// Private to src/ingest: the pieces the readers share. Outside this folder
// use ingest/ingest.h.
#ifndef NF_INGEST_INGEST_INT_H
#define NF_INGEST_INGEST_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "core/str.h"
#include "model/doc.h"

// ------------------------------------------------------------- stream.c
// A byte stream read from a file descriptor or from memory, decompressed on
// the fly when it starts with gzip or zstd magic. The reader sees a window
// of decompressed bytes that it can grow (up to a cap), scan and consume, so
// containers of any size are read record by record with bounded memory.

typedef enum nf_codec {
  NF_CODEC_NONE = 0,
  NF_CODEC_GZIP,
  NF_CODEC_ZSTD
} nf_codec;

// The codec named by the first bytes of p (gzip 1f 8b, zstd 28 b5 2f fd).
nf_codec Nf_codec_sniff(const void *p, size_t n);
const char *Nf_codec_name(nf_codec c);

typedef struct nf_stream nf_stream;

// Read from fd (not closed by the stream) or, when fd < 0, from the n bytes
// at mem (borrowed: they must outlive the stream). max_window caps the
// window (the longest line or record a caller may ask to see at once).
nf_status Nf_stream_open(nf_ctx *ctx, int fd, const void *mem, size_t n,
                         size_t max_window, nf_stream **out);
void Nf_stream_free(nf_stream *s);

// Make at least want bytes visible in the window, fewer only at the end of
// the input. NF_ETOOBIG when want is over the window cap; NF_EIO on a read
// error; NF_ENOMEM. Damaged compressed data is not an error: the stream
// ends where the damage starts and Nf_stream_damage says so.
nf_status Nf_stream_fill(nf_stream *s, size_t want);
// Grow the window by at least one chunk (up to the cap). Sets *more to
// false at the end of the input.
nf_status Nf_stream_more(nf_stream *s, bool *more);
// The window: decompressed bytes not yet consumed.
const char *Nf_stream_data(const nf_stream *s);
size_t Nf_stream_avail(const nf_stream *s);
void Nf_stream_consume(nf_stream *s, size_t n);
// True when every byte of the input is in the window (or consumed).
bool Nf_stream_at_end(const nf_stream *s);
// Decompressed offset of the first byte of the window.
uint64_t Nf_stream_offset(const nf_stream *s);
nf_codec Nf_stream_codec(const nf_stream *s);
// Why the stream ended early ("gzip data truncated" ...), or NULL.
const char *Nf_stream_damage(const nf_stream *s);

// Decompress all of data (gzip or zstd, possibly many members or frames)
// into out, which caps the size (NF_ETOOBIG past it). Damage is not an
// error: *damage says what went wrong and out keeps the bytes before it.
nf_status Nf_decompress(nf_ctx *ctx, const void *data, size_t n, nf_buf *out,
                        const char **damage);
// Decompress at most cap bytes of the start of data into out; returns the
// count. For sniffing; errors give fewer bytes.
size_t Nf_decompress_prefix(nf_ctx *ctx, const void *data, size_t n, char *out,
                            size_t cap);

// -------------------------------------------------------------- sniff.c
typedef enum nf_sniff {
  NF_SNIFF_EMPTY,   // no bytes at all (or only white space)
  NF_SNIFF_BINARY,  // not text: images, archives, NUL bytes...
  NF_SNIFF_WARC,
  NF_SNIFF_JSONL,
  NF_SNIFF_JSON,  // one JSON document, not JSON Lines: refused
  NF_SNIFF_PAGE   // a page: HTML or text (settled when decoded)
} nf_sniff;

// Classify an input from the first n bytes of its (decompressed) content;
// at_end says the bytes are the whole input. *what gets a short
// description for binary inputs ("PNG image").
nf_sniff Nf_sniff_container(const char *head, size_t n, bool at_end,
                            const char **what);
// True when the bytes are not text: a known binary signature, NUL bytes
// (outside UTF-16), or many control bytes. *what describes it.
bool Nf_sniff_binary(const char *head, size_t n, const char **what);
// UTF-16 without a byte order mark: 'L' (little endian), 'B' or 0.
int Nf_sniff_utf16(const char *head, size_t n);
// The sniffers look at this many bytes of the head at most.
enum { NF_SNIFF_BYTES = 4096 };
// True when the (ASCII-compatible) bytes look like HTML: a doctype, an
// html/head/body tag, or many block tags early on.
bool Nf_sniff_html(const char *head, size_t n);

// ------------------------------------------------------------ charset.c
// The encoding to decode with, from a label as found in HTTP headers and
// <meta> (WHATWG names: "latin1" and "us-ascii" mean windows-1252). Returns
// an iconv name ("UTF-8" for UTF-8), or NULL for an unusable label. Labels
// outside the WHATWG table are passed through, upper-cased into buf.
const char *Nf_charset_from_label(nf_sv label, char *buf, size_t cap);
// The charset declared in the first bytes of an HTML page (<meta charset>,
// <meta http-equiv content="...; charset=...">, or an XML declaration), as
// a view into head; empty when none.
nf_sv Nf_charset_prescan(const char *head, size_t n);
// The charset parameter of a Content-Type value, empty when none.
nf_sv Nf_charset_from_content_type(nf_sv content_type);
// Convert n bytes from charset (an iconv name) to UTF-8, appending to out.
// Bytes that cannot be converted become U+FFFD (counted in *bad).
// NF_EUNSUPPORTED when iconv does not know the charset.
nf_status Nf_charset_convert(const char *charset, const char *s, size_t n,
                             nf_buf *out, size_t *bad);

// -------------------------------------------------------------- jsonl.c
// One JSON Lines record into a document (NULL and an error message in
// err when the line cannot be used). path and lineno name the record.
nf_status Nf_jsonl_record(nf_ctx *ctx, const char *path, uint64_t lineno,
                          const char *line, size_t len, nf_doc **out, char *err,
                          size_t errcap);
// Deepest nesting of arrays and objects in a JSON text, stopping early
// once past limit (then returns limit + 1). Strings are skipped properly.
size_t Nf_json_depth(const char *s, size_t n, size_t limit);

// --------------------------------------------------------------- warc.c
// A WARC container being read record by record.
typedef struct nf_warc nf_warc;
nf_status Nf_warc_new(nf_ctx *ctx, nf_stream *s, const char *path,
                      nf_warc **out);
void Nf_warc_free(nf_warc *w);
// Next usable record: NF_OK with *out, NF_DONE at the end, or an error for
// one bad record with its message in err (the next call goes on).
nf_status Nf_warc_next(nf_warc *w, nf_doc **out, char *err, size_t errcap);

// Parse a decimal length: digits only, no sign, no overflow past max.
bool Nf_parse_length(nf_sv s, uint64_t max, uint64_t *out);

#endif
