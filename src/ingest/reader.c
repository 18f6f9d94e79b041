// The reader: inputs (files, folders, standard input, memory) in the order
// added, each sniffed by content, yielding one document per call. Pages are
// read whole but left compressed and undecoded (Nf_ingest_decode does that
// on a worker thread); JSON Lines and WARC inputs are streamed record by
// record.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/alloc.h"
#include "core/assert.h"
#include "core/limits.h"
#include "ingest/ingest.h"
#include "ingest/ingest_int.h"

enum {
  HEAD_RAW = 64 * 1024,   // raw bytes read first from a file to sniff it
  HEAD_SNIFF = 16 * 1024  // decompressed bytes sniffed
};

typedef struct input {
  char *name;  // path, "-", or the name of a memory input
  char *data;  // memory inputs only
  size_t len;
  int depth;  // folder depth below an input the user named
  int force;  // an nf_sniff kind to read it as, or -1
  bool is_memory;
} input;

typedef struct dir_id {
  dev_t dev;
  ino_t ino;
} dir_id;

// The container (JSON Lines or WARC input) being read.
typedef struct container {
  nf_sniff kind;  // NF_SNIFF_JSONL or NF_SNIFF_WARC; EMPTY when none
  nf_stream *s;
  int fd;           // owned, or -1
  char *name;       // path as given (owned)
  char *mem;        // bytes of a memory input (owned)
  uint64_t lineno;  // JSON Lines: lines read
  size_t pending;   // JSON Lines: bytes of the last line to consume
  nf_warc *warc;
  bool damage_told;
  bool broken;  // a read error: give up on the rest
} container;

struct nf_reader {
  nf_ctx *ctx;
  input *items;
  size_t n, cap, next;
  container cur;
  dir_id *seen;  // folders already walked (symlink loops)
  size_t n_seen, cap_seen;
  char errmsg[1024];
  size_t failures;
};

bool Nf_parse_length(nf_sv s, uint64_t max, uint64_t *out) {
  if (s.n == 0 || s.n > 20) return false;
  uint64_t v = 0;
  for (size_t i = 0; i < s.n; i++) {
    unsigned char c = (unsigned char)s.p[i];
    if (!Nf_ascii_digit(c)) return false;
    unsigned d = c - '0';
    if (v > (max - d) / 10) return false;
    v = v * 10 + d;
  }
  *out = v;
  return true;
}

nf_status Nf_reader_new(nf_ctx *ctx, struct nf_reader **out) {
  struct nf_reader *r = Nf_calloc(&ctx->alloc, 1, sizeof *r);
  if (!r) return NF_ENOMEM;
  r->ctx = ctx;
  r->cur.fd = -1;
  *out = r;
  return NF_OK;
}

static void free_input(nf_ctx *ctx, input *in) {
  Nf_free(&ctx->alloc, in->name);
  Nf_free(&ctx->alloc, in->data);
  in->name = in->data = NULL;
}

static void close_container(struct nf_reader *r) {
  container *c = &r->cur;
  Nf_warc_free(c->warc);
  Nf_stream_free(c->s);
  if (c->fd >= 0) close(c->fd);
  Nf_free(&r->ctx->alloc, c->name);
  Nf_free(&r->ctx->alloc, c->mem);
  memset(c, 0, sizeof *c);
  c->fd = -1;
  c->kind = NF_SNIFF_EMPTY;
}

void Nf_reader_free(struct nf_reader *r) {
  if (!r) return;
  close_container(r);
  for (size_t i = r->next; i < r->n; i++) free_input(r->ctx, &r->items[i]);
  Nf_free(&r->ctx->alloc, r->items);
  Nf_free(&r->ctx->alloc, r->seen);
  Nf_free(&r->ctx->alloc, r);
}

// Insert count empty items at position at.
static nf_status insert_items(struct nf_reader *r, size_t at, size_t count) {
  nf_status st = Nf_grow(&r->ctx->alloc, (void **)&r->items, &r->cap,
                         r->n + count, sizeof *r->items);
  if (st) return st;
  memmove(r->items + at + count, r->items + at, (r->n - at) * sizeof *r->items);
  memset(r->items + at, 0, count * sizeof *r->items);
  for (size_t i = at; i < at + count; i++) r->items[i].force = -1;
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

nf_status Nf_reader_add_memory_as(struct nf_reader *r, const char *name,
                                  const void *data, size_t len, int kind) {
  if (!name || (!data && len)) return NF_EINVAL;
  nf_status st = insert_items(r, r->n, 1);
  if (st) return st;
  input *in = &r->items[r->n - 1];
  in->is_memory = true;
  in->force = kind;
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

nf_status Nf_reader_add_memory(struct nf_reader *r, const char *name,
                               const void *data, size_t len) {
  return Nf_reader_add_memory_as(r, name, data, len, -1);
}

const char *Nf_reader_errmsg(const struct nf_reader *r) {
  return r->errmsg;
}
size_t Nf_reader_failures(const struct nf_reader *r) {
  return r->failures;
}

static nf_status fail(struct nf_reader *r, nf_status st, const char *name,
                      const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static nf_status fail(struct nf_reader *r, nf_status st, const char *name,
                      const char *fmt, ...) {
  char tmp[768];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  snprintf(r->errmsg, sizeof r->errmsg, "%.250s: %s", name, tmp);
  r->failures++;
  return st;
}

// ------------------------------------------------------------- folders

static bool has_suffix(const char *s, size_t n, const char *suffix) {
  size_t k = strlen(suffix);
  return n >= k && Nf_sv_ieq(Nf_sv(s + n - k, k), Nf_sv(suffix, k));
}

// Files found in folders are read when their name says they hold pages,
// articles or archives (compressed or not); README.md, images, JSON
// documents (gold files, configs) and the like are left alone. Files named
// on the command line are read whatever their name.
static bool wanted_in_folder(const char *name) {
  if (name[0] == '.') return false;
  size_t n = strlen(name);
  static const char *const packed[] = {".gz", ".zst", ".zstd"};
  for (size_t i = 0; i < NF_ARRAY_LEN(packed); i++)
    if (has_suffix(name, n, packed[i])) {
      n -= strlen(packed[i]);
      break;
    }
  static const char *const exts[] = {
      ".txt",   ".text",  ".html",   ".htm",       ".xhtml",
      ".shtml", ".jsonl", ".ndjson", ".jsonlines", ".warc"};
  for (size_t i = 0; i < NF_ARRAY_LEN(exts); i++)
    if (has_suffix(name, n, exts[i])) return true;
  return false;
}

static int cmp_names(const struct dirent **a, const struct dirent **b) {
  return strcmp((*a)->d_name, (*b)->d_name);
}

// True when the folder was walked before (reached again through a
// symbolic link); records it otherwise.
static bool seen_before(struct nf_reader *r, const struct stat *sb) {
  for (size_t i = 0; i < r->n_seen; i++)
    if (r->seen[i].dev == sb->st_dev && r->seen[i].ino == sb->st_ino)
      return true;
  if (!Nf_grow(&r->ctx->alloc, (void **)&r->seen, &r->cap_seen, r->n_seen + 1,
               sizeof *r->seen))
    r->seen[r->n_seen++] = (dir_id){sb->st_dev, sb->st_ino};
  return false;
}

// Put the folder's entries after the current position, in name order.
static nf_status expand_dir(struct nf_reader *r, const input *dir,
                            const struct stat *sb) {
  size_t max_depth = Nf_limit(r->ctx, NF_LIMIT_DIR_DEPTH);
  if ((size_t)dir->depth >= max_depth)
    return fail(r, NF_ETOOBIG, dir->name, "folder nested deeper than %zu",
                max_depth);
  if (seen_before(r, sb)) return NF_DONE;  // read already: nothing lost
  struct dirent **ents = NULL;
  int n = scandir(dir->name, &ents, NULL, cmp_names);
  if (n < 0) return fail(r, NF_EIO, dir->name, "%s", strerror(errno));
  size_t keep = 0;
  char **paths = Nf_calloc(&r->ctx->alloc, (size_t)n + 1, sizeof *paths);
  nf_status st = paths ? NF_OK : NF_ENOMEM;
  size_t dlen = strlen(dir->name);
  bool slash = dlen && dir->name[dlen - 1] == '/';
  for (int i = 0; i < n; i++) {
    const char *e = ents[i]->d_name;
    if (!st && e[0] != '.') {
      size_t len = dlen + strlen(e) + 2;
      char *p = Nf_malloc(&r->ctx->alloc, len);
      if (!p) {
        st = NF_ENOMEM;
      } else {
        snprintf(p, len, "%s%s%s", dir->name, slash ? "" : "/", e);
        struct stat eb;
        if (stat(p, &eb) == 0 && (S_ISDIR(eb.st_mode) ||
                                  (S_ISREG(eb.st_mode) && wanted_in_folder(e))))
          paths[keep++] = p;
        else
          Nf_free(&r->ctx->alloc, p);
      }
    }
    free(ents[i]);
  }
  free(ents);
  if (!st) st = insert_items(r, r->next, keep);
  if (st) {
    for (size_t i = 0; i < keep; i++) Nf_free(&r->ctx->alloc, paths[i]);
    Nf_free(&r->ctx->alloc, paths);
    return st;
  }
  for (size_t i = 0; i < keep; i++) {
    input *in = &r->items[r->next + i];
    in->name = paths[i];
    in->depth = dir->depth + 1;
  }
  Nf_free(&r->ctx->alloc, paths);
  return NF_DONE;
}

// ------------------------------------------------------------ containers

static nf_status open_container(struct nf_reader *r, nf_sniff kind,
                                nf_stream *s, int fd, char *mem,
                                const char *name) {
  container *c = &r->cur;
  c->kind = kind;
  c->s = s;
  c->fd = fd;
  c->mem = mem;
  c->name = Nf_strndup(&r->ctx->alloc, name, strlen(name));
  nf_status st = c->name ? NF_OK : NF_ENOMEM;
  if (!st && kind == NF_SNIFF_WARC) st = Nf_warc_new(r->ctx, s, name, &c->warc);
  if (st) {
    close_container(r);
    return fail(r, st, name, "%s", nf_strerror(st));
  }
  return NF_DONE;
}

// The next line of the JSON Lines stream, without its newline. Lines over
// the limit are skipped as they stream past (*too_long set).
static nf_status next_line(struct nf_reader *r, const char **line, size_t *len,
                           bool *too_long) {
  container *c = &r->cur;
  size_t limit = Nf_limit(r->ctx, NF_LIMIT_LINE_BYTES);
  size_t scanned = 0;
  *too_long = false;
  Nf_stream_consume(c->s, c->pending);
  c->pending = 0;
  for (;;) {
    const char *d = Nf_stream_data(c->s);
    size_t av = Nf_stream_avail(c->s);
    const char *nl =
        scanned < av ? memchr(d + scanned, '\n', av - scanned) : NULL;
    if (nl) {
      size_t n = (size_t)(nl - d);
      if (*too_long || n > limit) {
        *too_long = true;
        Nf_stream_consume(c->s, n + 1);
        return NF_OK;
      }
      *line = d;
      *len = n;
      c->pending = n + 1;
      return NF_OK;
    }
    scanned = av;
    if (av > limit) {
      *too_long = true;
      Nf_stream_consume(c->s, av);
      scanned = 0;
    }
    bool more;
    nf_status st = Nf_stream_more(c->s, &more);
    if (st) return st;
    if (!more) {
      av = Nf_stream_avail(c->s);
      if (*too_long) {
        Nf_stream_consume(c->s, av);
        return NF_OK;
      }
      if (av == 0) return NF_DONE;
      *line = Nf_stream_data(c->s);
      *len = av;
      c->pending = av;
      return NF_OK;
    }
  }
}

static bool blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!Nf_ascii_space((unsigned char)s[i])) return false;
  return true;
}

static nf_status jsonl_next(struct nf_reader *r, nf_doc **out) {
  container *c = &r->cur;
  char where[600];
  for (;;) {
    // Runs of blank lines go by in one tight loop (a stream of a billion
    // newlines must not cost a billion trips through the line reader).
    Nf_stream_consume(c->s, c->pending);
    c->pending = 0;
    nf_status st;
    size_t k = 0;  // bytes of the window known to be white space
    for (;;) {
      const char *d = Nf_stream_data(c->s);
      size_t av = Nf_stream_avail(c->s), last_nl = 0;
      while (k < av && Nf_ascii_space((unsigned char)d[k]))
        if (d[k++] == '\n') c->lineno++, last_nl = k;
      Nf_stream_consume(c->s, last_nl);
      k -= last_nl;
      if (k < av - last_nl) break;
      bool more;
      if ((st = Nf_stream_more(c->s, &more)) || !more) break;
    }
    const char *line;
    size_t len;
    bool too_long;
    st = next_line(r, &line, &len, &too_long);
    if (st == NF_DONE) return st;
    if (st)
      return fail(r, st, c->name, "%s",
                  st == NF_EIO ? "read error" : nf_strerror(st));
    c->lineno++;
    snprintf(where, sizeof where, "%.500s:%llu", c->name,
             (unsigned long long)c->lineno);
    if (too_long)
      return fail(r, NF_ETOOBIG, where,
                  "line longer than %zu bytes (the line limit)",
                  Nf_limit(r->ctx, NF_LIMIT_LINE_BYTES));
    if (c->lineno == 1 && len >= 3 && memcmp(line, "\xef\xbb\xbf", 3) == 0)
      line += 3, len -= 3;
    if (blank(line, len)) continue;
    char err[512];
    st = Nf_jsonl_record(r->ctx, c->name, c->lineno, line, len, out, err,
                         sizeof err);
    if (st) return fail(r, st, where, "%s", err);
    return NF_OK;
  }
}

static nf_status container_next(struct nf_reader *r, nf_doc **out) {
  container *c = &r->cur;
  nf_status st;
  if (c->kind == NF_SNIFF_JSONL) {
    st = jsonl_next(r, out);
  } else {
    char err[700];
    st = Nf_warc_next(c->warc, out, err, sizeof err);
    if (st < 0) st = fail(r, st, c->name, "%s", err);
  }
  // A read error or lack of memory will not go away: end this input.
  if (st == NF_EIO || st == NF_ENOMEM) c->broken = true;
  if (st == NF_DONE && !c->damage_told && Nf_stream_damage(c->s)) {
    c->damage_told = true;
    return fail(r, NF_EFORMAT, c->name,
                "%s after %llu bytes; the records before it were read",
                Nf_stream_damage(c->s),
                (unsigned long long)Nf_stream_offset(c->s));
  }
  return st;
}

// ----------------------------------------------------------------- pages

static nf_status new_page(struct nf_reader *r, const char *name,
                          nf_container cont, char *data, size_t len,
                          nf_doc **out) {
  nf_doc *doc = Nf_doc_new(r->ctx, name, name);
  if (!doc) {
    Nf_free(&r->ctx->alloc, data);
    return fail(r, NF_ENOMEM, name, "out of memory");
  }
  doc->container = (uint8_t)cont;
  Nf_doc_set_raw(doc, data, len);
  *out = doc;
  return NF_OK;
}

// Act on what the first bytes say. Returns NF_OK to go on as a page,
// NF_DONE when the input became the current container, or an error.
static nf_status judge(struct nf_reader *r, const char *name, nf_sniff kind,
                       const char *what) {
  switch (kind) {
    case NF_SNIFF_EMPTY: return fail(r, NF_EEMPTY, name, "empty input");
    case NF_SNIFF_BINARY:
      return fail(r, NF_EFORMAT, name, "not text (%s)", what);
    case NF_SNIFF_JSON:
      return fail(r, NF_EUNSUPPORTED, name,
                  "a JSON document, not JSON Lines (one object per line)");
    default: return NF_OK;
  }
}

static size_t window_cap(nf_ctx *ctx) {
  size_t a = Nf_limit(ctx, NF_LIMIT_INPUT_BYTES) + NF_MAX_WARC_HEADER_BYTES;
  size_t b = Nf_limit(ctx, NF_LIMIT_LINE_BYTES);
  return (a > b ? a : b) + (1u << 20);
}

static nf_status open_memory(struct nf_reader *r, input *in, nf_doc **out) {
  nf_sniff kind = (nf_sniff)in->force;
  const char *what = NULL;
  if (in->force < 0) {
    char head[HEAD_SNIFF];
    size_t n =
        Nf_decompress_prefix(r->ctx, in->data, in->len, head, sizeof head);
    kind = Nf_sniff_container(head, n, n < sizeof head, &what);
    nf_status st = judge(r, in->name, kind, what);
    if (st) return st;
  }
  if (kind == NF_SNIFF_JSONL || kind == NF_SNIFF_WARC) {
    nf_stream *s;
    nf_status st =
        Nf_stream_open(r->ctx, -1, in->data, in->len, window_cap(r->ctx), &s);
    if (st) return fail(r, st, in->name, "%s", nf_strerror(st));
    char *mem = in->data;
    in->data = NULL;
    return open_container(r, kind, s, -1, mem, in->name);
  }
  char *data = in->data;
  in->data = NULL;
  return new_page(r, in->name, NF_CONT_MEMORY, data, in->len, out);
}

// A descriptor that cannot be read twice (standard input, a pipe): sniff
// through a stream, then go on with it.
static nf_status open_pipe(struct nf_reader *r, input *in, int fd, bool own,
                           nf_doc **out) {
  nf_ctx *ctx = r->ctx;
  nf_stream *s;
  nf_status st = Nf_stream_open(ctx, fd, NULL, 0, window_cap(ctx), &s);
  if (st) {
    if (own) close(fd);
    return fail(r, st, in->name, "%s", nf_strerror(st));
  }
  st = Nf_stream_fill(s, HEAD_SNIFF);
  const char *what = NULL;
  nf_sniff kind = NF_SNIFF_EMPTY;
  if (!st) {
    size_t av = Nf_stream_avail(s);
    kind =
        Nf_sniff_container(Nf_stream_data(s), av, Nf_stream_at_end(s), &what);
    st = judge(r, in->name, kind, what);
  } else {
    st = fail(r, st, in->name, "%s", strerror(errno));
  }
  if (!st && (kind == NF_SNIFF_JSONL || kind == NF_SNIFF_WARC))
    return open_container(r, kind, s, own ? fd : -1, NULL, in->name);
  // A page: read it all (decompressed on the way).
  size_t max = Nf_limit(ctx, NF_LIMIT_INPUT_BYTES);
  bool more = !st;
  while (!st && more) {
    if ((st = Nf_stream_more(s, &more)) == NF_ETOOBIG ||
        Nf_stream_avail(s) > max)
      st = fail(r, NF_ETOOBIG, in->name,
                "input over %zu bytes (the input size limit)", max);
    else if (st)
      st = fail(r, st, in->name, "%s",
                st == NF_EIO ? "read error" : nf_strerror(st));
  }
  char *data = NULL;
  size_t len = Nf_stream_avail(s);
  const char *damage = Nf_stream_damage(s);
  if (!st && !(data = Nf_strndup(&ctx->alloc, Nf_stream_data(s), len)))
    st = fail(r, NF_ENOMEM, in->name, "out of memory");
  Nf_stream_free(s);
  if (own) close(fd);
  if (st) return st;
  st = new_page(r, in->name,
                strcmp(in->name, "-") == 0 ? NF_CONT_STDIN : NF_CONT_FILE, data,
                len, out);
  if (!st && damage)
    Nf_doc_note(*out, "ingest", SIZE_MAX,
                "%s; kept the %zu bytes before the damage", damage, len);
  return st;
}

// Read n bytes at offset off (fewer at the end of the file).
static nf_status read_at(int fd, char *buf, size_t n, off_t off, size_t *got) {
  *got = 0;
  while (*got < n) {
    ssize_t k = pread(fd, buf + *got, n - *got, off + (off_t)*got);
    if (k < 0) {
      if (errno == EINTR) continue;
      return NF_EIO;
    }
    if (k == 0) break;
    *got += (size_t)k;
  }
  return NF_OK;
}

static nf_status open_file(struct nf_reader *r, input *in, nf_doc **out) {
  nf_ctx *ctx = r->ctx;
  if (strcmp(in->name, "-") == 0) return open_pipe(r, in, 0, false, out);
  int fd = open(in->name, O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return fail(r, NF_EIO, in->name, "%s", strerror(errno));
  struct stat sb;
  if (fstat(fd, &sb) != 0) {
    int e = errno;
    close(fd);
    return fail(r, NF_EIO, in->name, "%s", strerror(e));
  }
  if (S_ISDIR(sb.st_mode)) {
    close(fd);
    return expand_dir(r, in, &sb);
  }
  if (!S_ISREG(sb.st_mode)) return open_pipe(r, in, fd, true, out);

  // A regular file: sniff its head, then either stream it (containers) or
  // read it whole, still compressed, for a worker to decode.
  size_t max = Nf_limit(ctx, NF_LIMIT_INPUT_BYTES);
  char *head = Nf_malloc(&ctx->alloc, HEAD_RAW);
  size_t got = 0;
  nf_status st = head ? read_at(fd, head, HEAD_RAW, 0, &got) : NF_ENOMEM;
  if (st) {
    int e = errno;
    Nf_free(&ctx->alloc, head);
    close(fd);
    return fail(r, st, in->name, "%s",
                st == NF_EIO ? strerror(e) : nf_strerror(st));
  }
  if (got == 0) {
    Nf_free(&ctx->alloc, head);
    close(fd);
    return fail(r, NF_EEMPTY, in->name, "empty file");
  }
  char sniff[HEAD_SNIFF];
  size_t sn = Nf_decompress_prefix(ctx, head, got, sniff, sizeof sniff);
  bool whole = got < HEAD_RAW;
  const char *what = NULL;
  nf_sniff kind = Nf_sniff_container(
      sniff, sn,
      whole && sn < sizeof sniff && Nf_codec_sniff(head, got) == NF_CODEC_NONE,
      &what);
  if ((st = judge(r, in->name, kind, what))) {
    Nf_free(&ctx->alloc, head);
    close(fd);
    return st;
  }
  if (kind == NF_SNIFF_JSONL || kind == NF_SNIFF_WARC) {
    Nf_free(&ctx->alloc, head);
    nf_stream *s;
    if ((st = Nf_stream_open(ctx, fd, NULL, 0, window_cap(ctx), &s))) {
      close(fd);
      return fail(r, st, in->name, "%s", nf_strerror(st));
    }
    return open_container(r, kind, s, fd, NULL, in->name);
  }
  if ((uint64_t)sb.st_size > max) {
    Nf_free(&ctx->alloc, head);
    close(fd);
    return fail(r, NF_ETOOBIG, in->name,
                "file of %llu bytes is over the input size limit (%zu)",
                (unsigned long long)sb.st_size, max);
  }
  char *data = head;
  size_t len = got;
  if (!whole) {
    // The file may grow while read: never past the limit.
    size_t size = (size_t)sb.st_size > got ? (size_t)sb.st_size : got;
    data = Nf_realloc(&ctx->alloc, head, size + 1);
    if (!data) {
      Nf_free(&ctx->alloc, head);
      close(fd);
      return fail(r, NF_ENOMEM, in->name, "out of memory");
    }
    size_t rest = 0;
    st = read_at(fd, data + got, size - got, (off_t)got, &rest);
    if (st) {
      int e = errno;
      Nf_free(&ctx->alloc, data);
      close(fd);
      return fail(r, st, in->name, "%s", strerror(e));
    }
    len = got + rest;
  }
  data[len] = 0;  // raw bytes always carry a NUL after them
  close(fd);
  return new_page(r, in->name, NF_CONT_FILE, data, len, out);
}

// ------------------------------------------------------------------ next

nf_status Nf_reader_next(struct nf_reader *r, nf_doc **out) {
  *out = NULL;
  r->errmsg[0] = 0;
  for (;;) {
    nf_status st;
    if (r->cur.kind != NF_SNIFF_EMPTY) {
      st = r->cur.broken ? NF_DONE : container_next(r, out);
      if (st != NF_DONE) return st;
      close_container(r);
      continue;
    }
    if (r->next >= r->n) return NF_DONE;
    input in = r->items[r->next++];
    st = in.is_memory ? open_memory(r, &in, out) : open_file(r, &in, out);
    free_input(r->ctx, &in);
    if (st == NF_DONE) continue;
    return st;
  }
}

_Static_assert((int)NF_INGEST_AS_JSONL == (int)NF_SNIFF_JSONL &&
                   (int)NF_INGEST_AS_WARC == (int)NF_SNIFF_WARC,
               "ingest.h kinds match nf_sniff");
