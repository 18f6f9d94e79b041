// Nf_ingest_decode: a document's raw bytes to UTF-8 text. Runs on the
// worker thread that extracts the document, so the reader's thread only
// reads files: decompression and charset conversion happen here.
#include <string.h>

#include "core/utf8.h"
#include "ingest/ingest.h"
#include "ingest/ingest_int.h"

// How the bytes were decoded, for the note.
typedef struct decision {
  const char *charset;  // iconv name, "UTF-8", or NULL for UTF-8 as is
  const char *why;      // "declared in <meta>", ...
  char label[48];       // the label as declared
  char name[48];        // storage for a passed-through iconv name
  size_t clean;         // length of the clean UTF-8 prefix decide() saw
  bool clean_known;     // ... when it looked (pages are scanned once)
} decision;

// Valid multi-byte sequences and invalid bytes in s: which is more common
// tells UTF-8 with a few broken bytes from a legacy encoding.
static void utf8_census(const char *s, size_t n, size_t *multi, size_t *bad) {
  *multi = *bad = 0;
  size_t i = 0;
  while (i < n) {
    if ((unsigned char)s[i] < 0x80) {
      i++;
      continue;
    }
    uint32_t cp;
    size_t k = Nf_utf8_decode(s + i, n - i, &cp);
    if (k == 1)
      (*bad)++;
    else
      (*multi)++;
    i += k;
  }
}

// Per byte of a word, exactly (no borrow between bytes): the high bit set
// where the byte is zero.
static inline uint64_t zero_bytes(uint64_t x) {
  const uint64_t low7 = 0x7f7f7f7f7f7f7f7full;
  return ~(((x & low7) + low7) | x) & 0x8080808080808080ull;
}

// The high bit set in each byte of w that is not plain text: a non-ASCII
// byte (checked one by one after), a C0 control other than tab and
// newline, or DEL.
static inline uint64_t unplain_bytes(uint64_t w) {
  const uint64_t ones = 0x0101010101010101ull, low7 = 0x7f7f7f7f7f7f7f7full;
  const uint64_t highs = 0x8080808080808080ull;
  uint64_t below_space = ~(((w & low7) + 0x60 * ones) | w) & highs;
  uint64_t tab_or_newline =
      zero_bytes(w ^ ('\t' * ones)) | zero_bytes(w ^ ('\n' * ones));
  return (w & highs) | (below_space & ~tab_or_newline) |
         zero_bytes(w ^ (0x7f * ones));
}

// Index of the first byte Nf_utf8_repair would change (invalid UTF-8,
// NUL, a C0 control other than tab and newline, CR, DEL), or n. A word at
// a time while the bytes are plain ASCII text with tabs and newlines: most
// of a page.
static size_t first_unclean(const char *s, size_t n) {
  const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  size_t i = 0;
  while (i < n) {
    while (i + 32 <= n) {
      uint64_t w[4], maybe = 0;
      memcpy(w, s + i, 32);
      // A cheap test first (it may flag clean bytes: tabs, newlines, and
      // some above them), the exact one when it does.
      for (int k = 0; k < 4; k++)
        maybe |=
            w[k] | ((w[k] - 0x20 * ones) & ~w[k]) | ((w[k] + ones) & highs);
      if ((maybe & highs) && (unplain_bytes(w[0]) | unplain_bytes(w[1]) |
                              unplain_bytes(w[2]) | unplain_bytes(w[3])))
        break;
      i += 32;
    }
    if (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      if (!unplain_bytes(w)) {
        i += 8;
        continue;
      }
    }
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) return i;
      i++;
      continue;
    }
    size_t k = Nf_utf8_seq_len((const unsigned char *)s + i, n - i);
    if (!k) return i;
    i += k;
  }
  return n;
}

static bool has_high_bytes(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)s[i] >= 0x80) return true;
  return false;
}

static void copy_label(decision *d, nf_sv label) {
  size_t n = label.n < sizeof d->label - 1 ? label.n : sizeof d->label - 1;
  memcpy(d->label, label.p, n);
  d->label[n] = 0;
  // Labels end up in notes: keep them printable.
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)d->label[i] < 0x20 || (unsigned char)d->label[i] >= 0x7f)
      d->label[i] = '?';
}

// Settle the encoding of s (no BOM) for the document.
static void decide(nf_doc *doc, const char *s, size_t n, bool html,
                   decision *d) {
  nf_sv label = NF_SV_NULL;
  const char *where = NULL;
  if (doc->charset) {
    label = Nf_sv_cstr(doc->charset);
    where =
        doc->container == NF_CONT_WARC ? "the HTTP header" : "the container";
  } else if (html) {
    label = Nf_charset_prescan(s, n);
    where = "the page";
  }
  const char *enc = NULL;
  if (label.n) {
    copy_label(d, label);
    enc = Nf_charset_from_label(label, d->name, sizeof d->name);
    if (!enc)
      Nf_doc_note(doc, "ingest", SIZE_MAX,
                  "charset \"%s\" declared in %s is not usable; ignored",
                  d->label, where);
  }
  bool utf8 = enc && strcmp(enc, "UTF-8") == 0;
  size_t clean = first_unclean(s, n);
  d->clean = clean;
  d->clean_known = true;
  if (clean == n || Nf_utf8_valid(s + clean, n - clean)) {
    // Valid UTF-8 is UTF-8 whatever the label says, once it has any
    // non-ASCII byte (pure ASCII reads the same in every label we take).
    d->charset = NULL;
    if (enc && !utf8 && has_high_bytes(s, n))
      Nf_doc_note(doc, "ingest", SIZE_MAX,
                  "declared %s in %s, but the bytes are UTF-8: read as UTF-8",
                  d->label, where);
    return;
  }
  size_t multi, bad;
  utf8_census(s, n, &multi, &bad);
  if (enc && !utf8) {
    d->charset = enc;
    d->why = where;
    return;
  }
  if (multi >= bad && multi > 0) {
    d->charset = NULL;  // UTF-8 with some broken bytes: repaired later
    return;
  }
  // Not UTF-8, and nothing usable declared (or UTF-8 declared falsely):
  // windows-1252, as browsers do for Western pages.
  d->charset = "WINDOWS-1252";
  d->why = NULL;
  Nf_doc_note(doc, "ingest", SIZE_MAX,
              "%s, and the bytes are not UTF-8: read as windows-1252",
              utf8 ? "declared UTF-8" : "no charset declared");
}

// Replace doc->raw by the n bytes at s converted to UTF-8 and repaired.
static nf_status to_utf8(nf_doc *doc, const char *s, size_t n,
                         const char *charset) {
  nf_ctx *ctx = doc->ctx;
  size_t max = Nf_limit(ctx, NF_LIMIT_INPUT_BYTES);
  // Conversion may grow text (windows-1252 accents double); leave room.
  size_t cap = max > SIZE_MAX / 3 ? SIZE_MAX - 1 : max * 3;
  nf_buf conv, out;
  Nf_buf_init(&conv, &ctx->alloc, cap);
  Nf_buf_init(&out, &ctx->alloc, cap);
  nf_status st = NF_OK;
  if (charset) {
    size_t bad = 0;
    st = Nf_charset_convert(charset, s, n, &conv, &bad);
    if (st == NF_EUNSUPPORTED) {
      Nf_doc_note(doc, "ingest", SIZE_MAX,
                  "charset %s is not supported here: read as windows-1252",
                  charset);
      Nf_buf_clear(&conv);
      st = Nf_charset_convert("WINDOWS-1252", s, n, &conv, &bad);
    }
    if (!st && bad)
      Nf_doc_note(doc, "ingest", SIZE_MAX,
                  "%zu bytes had no meaning in %s: replaced with U+FFFD", bad,
                  charset);
    s = conv.data ? conv.data : "";
    n = conv.len;
  }
  size_t fixes = 0;
  if (!st) st = Nf_utf8_repair(&out, s, n, &fixes);
  Nf_buf_fini(&conv);
  if (st) {
    Nf_buf_fini(&out);
    return st == NF_ETOOBIG
               ? Nf_doc_fail(doc, st, "decoded text over the size limit")
               : Nf_doc_fail(doc, st, "%s", nf_strerror(st));
  }
  if (fixes)
    Nf_doc_note(doc, "ingest", SIZE_MAX,
                "repaired %zu invalid or control bytes", fixes);
  size_t len;
  char *text = Nf_buf_detach(&out, &len);
  if (!text) return Nf_doc_fail(doc, NF_ENOMEM, "out of memory");
  Nf_doc_set_raw(doc, text, len);
  return NF_OK;
}

static nf_status decompress(nf_doc *doc) {
  nf_ctx *ctx = doc->ctx;
  size_t max = Nf_limit(ctx, NF_LIMIT_INPUT_BYTES);
  nf_codec codec = Nf_codec_sniff(doc->raw, doc->raw_len);
  nf_buf b;
  Nf_buf_init(&b, &ctx->alloc, max);
  const char *damage = NULL;
  nf_status st = Nf_decompress(ctx, doc->raw, doc->raw_len, &b, &damage);
  if (st) {
    Nf_buf_fini(&b);
    if (st == NF_ETOOBIG)
      return Nf_doc_fail(doc, st,
                         "%s data decompresses to more than %zu bytes "
                         "(the input size limit)",
                         Nf_codec_name(codec), max);
    return Nf_doc_fail(doc, st, "%s", nf_strerror(st));
  }
  if (damage)
    Nf_doc_note(doc, "ingest", SIZE_MAX,
                "%s; kept the %zu bytes before the damage", damage, b.len);
  size_t len;
  char *out = Nf_buf_detach(&b, &len);
  if (!out) return Nf_doc_fail(doc, NF_ENOMEM, "out of memory");
  Nf_doc_set_raw(doc, out, len);
  return NF_OK;
}

nf_status Nf_ingest_decode(nf_doc *doc) {
  if (doc->decoded) return NF_OK;
  if (doc->status < 0) return doc->status;
  if (!doc->raw) return Nf_doc_fail(doc, NF_EEMPTY, "empty input");
  bool page = doc->container != NF_CONT_JSONL;
  nf_status st;
  if (page && Nf_codec_sniff(doc->raw, doc->raw_len) != NF_CODEC_NONE &&
      (st = decompress(doc)))
    return st;
  if (doc->raw_len == 0)
    return Nf_doc_fail(doc, NF_EEMPTY,
                       page ? "empty input" : "the record's text is empty");
  const char *what;
  if (page && Nf_sniff_binary(doc->raw, doc->raw_len, &what))
    return Nf_doc_fail(doc, NF_EFORMAT, "not text (%s)", what);

  const char *s = doc->raw;
  size_t n = doc->raw_len;
  const unsigned char *u = (const unsigned char *)s;
  decision d;
  memset(&d, 0, sizeof d);
  int utf16 = Nf_sniff_utf16(s, n);
  if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
    s += 3, n -= 3;  // a BOM outranks every label
  } else if (utf16) {
    bool bom = n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
                          (u[0] == 0xFE && u[1] == 0xFF));
    if (bom) s += 2, n -= 2;
    d.charset = utf16 == 'L' ? "UTF-16LE" : "UTF-16BE";
    Nf_doc_note(doc, "ingest", SIZE_MAX, "decoded from %s%s", d.charset,
                bom ? "" : " (no byte order mark)");
  } else {
    bool html = doc->format == NF_DOCFMT_HTML ||
                (doc->format == NF_DOCFMT_UNKNOWN && Nf_sniff_html(s, n));
    decide(doc, s, n, html, &d);
    if (d.charset && d.why)
      Nf_doc_note(doc, "ingest", SIZE_MAX, "decoded from %s (declared in %s)",
                  d.charset, d.why);
  }
  if (!d.charset && (d.clean_known ? d.clean : first_unclean(s, n)) == n) {
    // Clean UTF-8 already (the common case): no copy, only a BOM to drop.
    if (s != doc->raw) {
      memmove(doc->raw, s, n);
      doc->raw[n] = 0;
      doc->raw_len = n;
    }
  } else if ((st = to_utf8(doc, s, n, d.charset))) {
    // (s points into doc->raw, which to_utf8 replaces only at its end.)
    return st;
  }
  doc->decoded = true;
  doc->charset = "UTF-8";
  if (doc->raw_len == 0)
    return Nf_doc_fail(doc, NF_EEMPTY, "no text left after decoding");
  if (doc->format == NF_DOCFMT_UNKNOWN)
    doc->format =
        Nf_sniff_html(doc->raw, doc->raw_len) ? NF_DOCFMT_HTML : NF_DOCFMT_TEXT;
  return NF_OK;
}

bool Nf_ingest_page_is_html(nf_doc *doc) {
  if (doc->format != NF_DOCFMT_UNKNOWN || doc->decoded || !doc->raw)
    return doc->format == NF_DOCFMT_HTML;
  char head[NF_SNIFF_BYTES];
  size_t n =
      Nf_decompress_prefix(doc->ctx, doc->raw, doc->raw_len, head, sizeof head);
  return Nf_sniff_html(head, n);
}
