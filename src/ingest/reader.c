#include <dirent.h>
#include <stdarg.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "core/utf8.h"
#include "ingest/ingest.h"

typedef struct input {
  char *name;      // path, "-", or the name of a memory input
  char *data;      // memory inputs only
  size_t len;
  int depth;       // folder depth below an input the user named
  bool from_dir;   // found by walking a folder
  bool is_memory;
} input;

struct nf_reader {
  nf_ctx *ctx;
  input *items;
  size_t n, cap, next;
  char errmsg[1024];
  size_t failures;
};

nf_status Nf_reader_new(nf_ctx *ctx, struct nf_reader **out) {
  struct nf_reader *r = Nf_calloc(&ctx->alloc, 1, sizeof *r);
  if (!r) return NF_ENOMEM;
  r->ctx = ctx;
  *out = r;
  return NF_OK;
}

static void free_input(nf_ctx *ctx, input *in) {
  Nf_free(&ctx->alloc, in->name);
  Nf_free(&ctx->alloc, in->data);
}

void Nf_reader_free(struct nf_reader *r) {
  if (!r) return;
  for (size_t i = r->next; i < r->n; i++) free_input(r->ctx, &r->items[i]);
  Nf_free(&r->ctx->alloc, r->items);
  Nf_free(&r->ctx->alloc, r);
}

// Insert count empty items at position at.
static nf_status insert_items(struct nf_reader *r, size_t at, size_t count) {
  nf_status st = Nf_grow(&r->ctx->alloc, (void **)&r->items, &r->cap,
                         r->n + count, sizeof *r->items);
  if (st) return st;
  memmove(r->items + at + count, r->items + at, (r->n - at) * sizeof *r->items);
  memset(r->items + at, 0, count * sizeof *r->items);
  r->n += count;
  return NF_OK;
}

nf_status Nf_reader_add_path(struct nf_reader *r, const char *path) {
  if (!path || !*path) return NF_EINVAL;
  nf_status st = insert_items(r, r->n, 1);
  if (st) return st;
  input *in = &r->items[r->n - 1];
  if (!(in->name = Nf_strndup(&r->ctx->alloc, path, strlen(path)))) {
    r->n--;
    return NF_ENOMEM;
  }
  return NF_OK;
}

nf_status Nf_reader_add_memory(struct nf_reader *r, const char *name,
                               const void *data, size_t len) {
  if (!name || (!data && len)) return NF_EINVAL;
  nf_status st = insert_items(r, r->n, 1);
  if (st) return st;
  input *in = &r->items[r->n - 1];
  in->is_memory = true;
  in->name = Nf_strndup(&r->ctx->alloc, name, strlen(name));
  in->data = Nf_strndup(&r->ctx->alloc, data ? data : "", len);
  in->len = len;
  if (!in->name || !in->data) {
    free_input(r->ctx, in);
    r->n--;
    return NF_ENOMEM;
  }
  return NF_OK;
}

const char *Nf_reader_errmsg(const struct nf_reader *r) { return r->errmsg; }
size_t Nf_reader_failures(const struct nf_reader *r) { return r->failures; }

static nf_status fail(struct nf_reader *r, nf_status st, const char *name,
                      const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static nf_status fail(struct nf_reader *r, nf_status st, const char *name,
                      const char *fmt, ...) {
  char tmp[768];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  snprintf(r->errmsg, sizeof r->errmsg, "%s: %s", name, tmp);
  r->failures++;
  return st;
}

static int cmp_names(const struct dirent **a, const struct dirent **b) {
  return strcmp((*a)->d_name, (*b)->d_name);
}

// Files found in folders are read when their extension says they hold
// pages or articles; README.md, images and the like are skipped.
static bool wanted_in_folder(const char *name) {
  if (name[0] == '.') return false;
  static const char *const exts[] = {
      ".txt", ".text", ".html", ".htm", ".xhtml", ".shtml", ".jsonl",
      ".ndjson", ".warc", ".gz", ".zst"};
  const char *dot = strrchr(name, '.');
  if (!dot) return true;
  for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++)
    if (strcmp(dot, exts[i]) == 0) return true;
  return false;
}

// Replace the folder at r->next by its entries, in name order.
static nf_status expand_dir(struct nf_reader *r) {
  input dir = r->items[r->next];
  if (dir.depth >= (int)Nf_limit(r->ctx, NF_LIMIT_DIR_DEPTH)) {
    r->next++;
    nf_status st = fail(r, NF_ETOOBIG, dir.name, "folder nesting over %zu",
                        Nf_limit(r->ctx, NF_LIMIT_DIR_DEPTH));
    free_input(r->ctx, &dir);
    return st;
  }
  struct dirent **ents = NULL;
  int n = scandir(dir.name, &ents, NULL, cmp_names);
  if (n < 0) {
    r->next++;
    nf_status st = fail(r, NF_EIO, dir.name, "%s", strerror(errno));
    free_input(r->ctx, &dir);
    return st;
  }
  size_t keep = 0;
  char **paths = Nf_calloc(&r->ctx->alloc, (size_t)n + 1, sizeof *paths);
  nf_status st = paths ? NF_OK : NF_ENOMEM;
  for (int i = 0; i < n; i++) {
    const char *e = ents[i]->d_name;
    if (!st && strcmp(e, ".") && strcmp(e, "..") && e[0] != '.') {
      size_t len = strlen(dir.name) + strlen(e) + 2;
      char *p = Nf_malloc(&r->ctx->alloc, len);
      if (!p) {
        st = NF_ENOMEM;
      } else {
        bool slash = dir.name[strlen(dir.name) - 1] == '/';
        snprintf(p, len, "%s%s%s", dir.name, slash ? "" : "/", e);
        struct stat sb;
        if (stat(p, &sb) == 0 &&
            (S_ISDIR(sb.st_mode) || (S_ISREG(sb.st_mode) && wanted_in_folder(e))))
          paths[keep++] = p;
        else
          Nf_free(&r->ctx->alloc, p);
      }
    }
    free(ents[i]);
  }
  free(ents);
  if (!st) st = insert_items(r, r->next + 1, keep);
  if (st) {
    for (size_t i = 0; i < keep; i++) Nf_free(&r->ctx->alloc, paths[i]);
    Nf_free(&r->ctx->alloc, paths);
    return st;
  }
  for (size_t i = 0; i < keep; i++) {
    input *in = &r->items[r->next + 1 + i];
    in->name = paths[i];
    in->depth = dir.depth + 1;
    in->from_dir = true;
  }
  Nf_free(&r->ctx->alloc, paths);
  free_input(r->ctx, &r->items[r->next]);
  r->next++;
  return NF_OK;
}

// Read a whole stream, refusing more than max bytes.
static nf_status slurp(nf_ctx *ctx, FILE *f, size_t max, char **out,
                       size_t *len) {
  nf_buf b;
  Nf_buf_init(&b, &ctx->alloc, max);
  char chunk[65536];
  size_t n;
  nf_status st = NF_OK;
  while (!st && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
    st = Nf_buf_append(&b, chunk, n);
  if (!st && ferror(f)) st = NF_EIO;
  if (st) {
    Nf_buf_fini(&b);
    return st;
  }
  *out = Nf_buf_detach(&b, len);
  return *out ? NF_OK : NF_ENOMEM;
}

static bool ends_with(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

nf_status Nf_reader_next(struct nf_reader *r, nf_doc **out) {
  *out = NULL;
  r->errmsg[0] = 0;
  for (;;) {
    if (r->next >= r->n) return NF_DONE;
    input *in = &r->items[r->next];
    char *data = NULL;
    size_t len = 0;
    nf_status st = NF_OK;
    size_t max = Nf_limit(r->ctx, NF_LIMIT_INPUT_BYTES);
    if (in->is_memory) {
      data = in->data;
      len = in->len;
      in->data = NULL;
    } else if (strcmp(in->name, "-") == 0) {
      st = slurp(r->ctx, stdin, max, &data, &len);
    } else {
      struct stat sb;
      if (stat(in->name, &sb) != 0) {
        r->next++;
        st = fail(r, NF_EIO, in->name, "%s", strerror(errno));
        free_input(r->ctx, in);
        return st;
      }
      if (S_ISDIR(sb.st_mode)) {
        st = expand_dir(r);
        if (st) return st;
        continue;
      }
      FILE *f = fopen(in->name, "rb");
      if (!f) {
        st = NF_EIO;
      } else {
        st = slurp(r->ctx, f, max, &data, &len);
        fclose(f);
      }
    }
    r->next++;
    if (st) {
      nf_status ret = fail(r, st, in->name, "%s",
                           st == NF_ETOOBIG ? "input over the size limit"
                           : st == NF_EIO   ? strerror(errno)
                                            : nf_strerror(st));
      free_input(r->ctx, in);
      Nf_free(&r->ctx->alloc, data);
      return ret;
    }
    nf_doc *doc = Nf_doc_new(r->ctx, in->name, in->name);
    if (!doc) {
      Nf_free(&r->ctx->alloc, data);
      free_input(r->ctx, in);
      return NF_ENOMEM;
    }
    doc->container = in->is_memory ? NF_CONT_MEMORY
                     : strcmp(in->name, "-") == 0 ? NF_CONT_STDIN
                                                   : NF_CONT_FILE;
    if (ends_with(in->name, ".html") || ends_with(in->name, ".htm") ||
        ends_with(in->name, ".html.gz") || ends_with(in->name, ".htm.gz"))
      doc->format = NF_DOCFMT_HTML;
    Nf_doc_set_raw(doc, data, len);
    free_input(r->ctx, in);
    *out = doc;
    return NF_OK;
  }
}

static nf_status gunzip(nf_doc *doc) {
  nf_ctx *ctx = doc->ctx;
  nf_buf b;
  Nf_buf_init(&b, &ctx->alloc, Nf_limit(ctx, NF_LIMIT_INPUT_BYTES));
  z_stream z;
  memset(&z, 0, sizeof z);
  if (inflateInit2(&z, 15 + 32) != Z_OK) return NF_ENOMEM;
  z.next_in = (Bytef *)doc->raw;
  z.avail_in = (uInt)doc->raw_len;
  nf_status st = NF_OK;
  int zr = Z_OK;
  while (!st) {
    if ((st = Nf_buf_reserve(&b, 65536))) break;
    z.next_out = (Bytef *)b.data + b.len;
    z.avail_out = 65536;
    zr = inflate(&z, Z_NO_FLUSH);
    b.len += 65536 - z.avail_out;
    if (zr == Z_STREAM_END) {
      // Concatenated gzip members: go on with the next one.
      if (z.avail_in == 0) break;
      inflateReset(&z);
      continue;
    }
    if (zr != Z_OK) break;
    if (z.avail_in == 0 && z.avail_out != 0) break;
  }
  inflateEnd(&z);
  if (st) {
    Nf_buf_fini(&b);
    return Nf_doc_fail(doc, st, "decompressed input over the size limit");
  }
  if (zr != Z_STREAM_END)
    Nf_doc_note(doc, "ingest", SIZE_MAX, "gzip data truncated or corrupt; "
                "kept the %zu bytes before the damage", b.len);
  size_t len;
  char *out = Nf_buf_detach(&b, &len);
  if (!out) return NF_ENOMEM;
  Nf_doc_set_raw(doc, out, len);
  return NF_OK;
}

static bool looks_like_html(const char *s, size_t n) {
  size_t lim = n < 4096 ? n : 4096;
  nf_sv head = Nf_sv(s, lim);
  return Nf_sv_ifind(head, NF_SV_LIT("<html")) >= 0 ||
         Nf_sv_ifind(head, NF_SV_LIT("<!doctype html")) >= 0 ||
         Nf_sv_ifind(head, NF_SV_LIT("<body")) >= 0 ||
         Nf_sv_ifind(head, NF_SV_LIT("<head")) >= 0;
}

nf_status Nf_ingest_decode(nf_doc *doc) {
  if (!doc->raw || doc->decoded) return NF_OK;
  const unsigned char *p = (const unsigned char *)doc->raw;
  if (doc->raw_len >= 2 && p[0] == 0x1f && p[1] == 0x8b) {
    nf_status st = gunzip(doc);
    if (st) return st;
  }
  nf_buf b;
  Nf_buf_init(&b, &doc->ctx->alloc, 0);
  size_t fixes = 0;
  const char *s = doc->raw;
  size_t n = doc->raw_len;
  if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) s += 3, n -= 3;
  nf_status st = Nf_utf8_repair(&b, s, n, &fixes);
  if (st) {
    Nf_buf_fini(&b);
    return Nf_doc_fail(doc, st, "%s", nf_strerror(st));
  }
  if (fixes)
    Nf_doc_note(doc, "ingest", SIZE_MAX, "repaired %zu invalid bytes", fixes);
  size_t len;
  char *out = Nf_buf_detach(&b, &len);
  if (!out) return NF_ENOMEM;
  Nf_doc_set_raw(doc, out, len);
  doc->decoded = true;
  if (doc->format == NF_DOCFMT_UNKNOWN)
    doc->format = looks_like_html(out, len) ? NF_DOCFMT_HTML : NF_DOCFMT_TEXT;
  return NF_OK;
}
