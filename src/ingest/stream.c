// Byte streams with transparent gzip/zstd decompression, and one-shot
// decompression of a buffer (single pages are decompressed lazily, on the
// worker that extracts them).
#include <errno.h>
#include <libdeflate.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include "core/alloc.h"
#include "ingest/ingest_int.h"

enum {
  RAW_CHUNK = 256 * 1024,  // bytes read from the descriptor at a time
  OUT_CHUNK = 256 * 1024,  // decompressed bytes produced per step at least
};

nf_codec Nf_codec_sniff(const void *p, size_t n) {
  const unsigned char *b = p;
  if (n >= 2 && b[0] == 0x1f && b[1] == 0x8b) return NF_CODEC_GZIP;
  if (n >= 4 && b[0] == 0x28 && b[1] == 0xb5 && b[2] == 0x2f && b[3] == 0xfd)
    return NF_CODEC_ZSTD;
  return NF_CODEC_NONE;
}

const char *Nf_codec_name(nf_codec c) {
  return c == NF_CODEC_GZIP ? "gzip" : c == NF_CODEC_ZSTD ? "zstd" : "none";
}

// ---------------------------------------------------------------- codec
// The decompressor shared by streams and one-shot decompression: it takes
// raw bytes and writes decompressed bytes, member after member.

typedef struct codec {
  nf_codec kind;
  bool started;        // the first member or frame has begun
  bool in_member;      // inside a member (its end not yet seen)
  bool finished;       // the data ended, cleanly or not
  const char *damage;  // why decompression stopped early
  z_stream z;
  ZSTD_DStream *zs;
  const nf_allocator *alloc;
} codec;

static voidpf z_alloc(voidpf opaque, uInt items, uInt size) {
  return Nf_calloc(opaque, items, size);
}
static void z_free(voidpf opaque, voidpf p) {
  Nf_free(opaque, p);
}

static nf_status codec_init(codec *c, nf_codec kind, const nf_allocator *a) {
  memset(c, 0, sizeof *c);
  c->kind = kind;
  c->alloc = a;
  if (kind == NF_CODEC_GZIP) {
    c->z.zalloc = z_alloc;
    c->z.zfree = z_free;
    c->z.opaque = (voidpf)a;
    if (inflateInit2(&c->z, 15 + 16) != Z_OK) return NF_ENOMEM;
  } else if (kind == NF_CODEC_ZSTD) {
    if (!(c->zs = ZSTD_createDStream())) return NF_ENOMEM;
    // The default window cap (128 MB) bounds the decoder's memory.
    ZSTD_initDStream(c->zs);
  }
  return NF_OK;
}

static void codec_fini(codec *c) {
  if (c->kind == NF_CODEC_GZIP) inflateEnd(&c->z);
  if (c->zs) ZSTD_freeDStream(c->zs);
  c->zs = NULL;
  c->kind = NF_CODEC_NONE;
}

static bool all_zero(const unsigned char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (p[i]) return false;
  return true;
}

// Decompress from *in (n_in bytes) into out (room bytes). Advances *in and
// sets *used / *made. at_end says no raw bytes follow these. Stops (with
// c->finished) at the end of the data or at damage.
static void codec_step(codec *c, const unsigned char **in, size_t n_in,
                       bool at_end, unsigned char *out, size_t room,
                       size_t *used, size_t *made) {
  *used = *made = 0;
  if (c->finished) return;
  if (c->kind == NF_CODEC_GZIP) {
    // Between members: the next must be another gzip member; zero padding
    // (tape-style blocks) ends the data; anything else is trailing junk.
    if (c->started && !c->in_member) {
      if (n_in == 0) {
        if (at_end) c->finished = true;
        return;
      }
      if (n_in < 2 && !at_end) return;
      if (n_in >= 2 && (*in)[0] == 0x1f && (*in)[1] == 0x8b) {
        inflateReset(&c->z);
      } else {
        if (!all_zero(*in, n_in))
          c->damage = "data after the end of the gzip stream ignored";
        *used = n_in;
        *in += n_in;
        if (at_end || c->damage) c->finished = true;
        return;
      }
    }
    c->started = c->in_member = true;
    c->z.next_in = (Bytef *)*in;
    c->z.avail_in = (uInt)(n_in > UINT32_MAX ? UINT32_MAX : n_in);
    c->z.next_out = out;
    c->z.avail_out = (uInt)(room > UINT32_MAX ? UINT32_MAX : room);
    uInt in_before = c->z.avail_in, out_before = c->z.avail_out;
    int zr = inflate(&c->z, Z_NO_FLUSH);
    *used = in_before - c->z.avail_in;
    *made = out_before - c->z.avail_out;
    *in += *used;
    if (zr == Z_STREAM_END) {
      c->in_member = false;
      if (at_end && *used == n_in) c->finished = true;
    } else if (zr == Z_OK || zr == Z_BUF_ERROR) {
      if (at_end && *used == n_in && *made < room) {
        c->damage = "gzip data truncated";
        c->finished = true;
      }
    } else {
      c->damage =
          zr == Z_MEM_ERROR ? "out of memory in gzip" : "gzip data corrupt";
      c->finished = true;
    }
    return;
  }
  // zstd
  c->started = true;
  ZSTD_inBuffer ib = {*in, n_in, 0};
  ZSTD_outBuffer ob = {out, room, 0};
  size_t r = ZSTD_decompressStream(c->zs, &ob, &ib);
  *used = ib.pos;
  *made = ob.pos;
  *in += ib.pos;
  if (ZSTD_isError(r)) {
    c->damage = "zstd data corrupt";
    c->finished = true;
    return;
  }
  c->in_member = r != 0;
  if (at_end && ib.pos == n_in && ob.pos < room) {
    if (c->in_member) c->damage = "zstd data truncated";
    c->finished = true;
  }
}

// --------------------------------------------------------------- stream

struct nf_stream {
  nf_ctx *ctx;
  int fd;
  const unsigned char *mem;  // memory input, or the raw buffer
  size_t mem_len, mem_pos;
  unsigned char *raw;  // raw read buffer (fd inputs)
  size_t raw_pos, raw_len;
  bool raw_eof;
  bool sniffed;
  codec c;
  char *buf;  // window: buf[pos, len) is visible
  size_t pos, len, cap, max;
  uint64_t offset;  // decompressed offset of buf[pos]
  bool eof;         // no more decompressed bytes will come
  int err;          // errno of a failed read
};

nf_status Nf_stream_open(nf_ctx *ctx, int fd, const void *mem, size_t n,
                         size_t max_window, nf_stream **out) {
  nf_stream *s = Nf_calloc(&ctx->alloc, 1, sizeof *s);
  if (!s) return NF_ENOMEM;
  s->ctx = ctx;
  s->fd = fd;
  s->max = max_window;
  if (fd < 0) {
    s->mem = mem;
    s->mem_len = n;
    s->raw_eof = true;
  } else if (!(s->raw = Nf_malloc(&ctx->alloc, RAW_CHUNK))) {
    Nf_free(&ctx->alloc, s);
    return NF_ENOMEM;
  }
  *out = s;
  return NF_OK;
}

void Nf_stream_free(nf_stream *s) {
  if (!s) return;
  codec_fini(&s->c);
  Nf_free(&s->ctx->alloc, s->raw);
  Nf_free(&s->ctx->alloc, s->buf);
  Nf_free(&s->ctx->alloc, s);
}

// Raw bytes not yet decompressed.
static const unsigned char *raw_data(const nf_stream *s, size_t *n) {
  if (s->fd < 0) {
    *n = s->mem_len - s->mem_pos;
    return s->mem + s->mem_pos;
  }
  *n = s->raw_len - s->raw_pos;
  return s->raw + s->raw_pos;
}

static void raw_consume(nf_stream *s, size_t n) {
  if (s->fd < 0)
    s->mem_pos += n;
  else
    s->raw_pos += n;
}

// Read more raw bytes from the descriptor, keeping unconsumed ones. Sets
// *got to the number of new bytes (0 at the end of the input).
static nf_status raw_refill(nf_stream *s, size_t *got) {
  *got = 0;
  if (s->fd < 0 || s->raw_eof) return NF_OK;
  if (s->raw_pos) {
    memmove(s->raw, s->raw + s->raw_pos, s->raw_len - s->raw_pos);
    s->raw_len -= s->raw_pos;
    s->raw_pos = 0;
  }
  if (s->raw_len == RAW_CHUNK) return NF_OK;
  for (;;) {
    ssize_t r = read(s->fd, s->raw + s->raw_len, RAW_CHUNK - s->raw_len);
    if (r < 0) {
      if (errno == EINTR) continue;
      s->err = errno;
      return NF_EIO;
    }
    if (r == 0) s->raw_eof = true;
    s->raw_len += (size_t)r;
    *got = (size_t)r;
    return NF_OK;
  }
}

// Room for at least `need` more bytes after len, compacting first. The
// window grows by doubling but never far past what was asked.
static nf_status window_room(nf_stream *s, size_t need) {
  if (s->pos) {
    memmove(s->buf, s->buf + s->pos, s->len - s->pos);
    s->len -= s->pos;
    s->pos = 0;
  }
  if (s->cap - s->len >= need) return NF_OK;
  size_t want = s->len + need;
  size_t ncap = s->cap > SIZE_MAX / 2 ? want : s->cap * 2;
  if (ncap < want) ncap = want;
  if (ncap > want + s->max / 4 + OUT_CHUNK) ncap = want;
  char *p = Nf_realloc(&s->ctx->alloc, s->buf, ncap);
  if (!p) return NF_ENOMEM;
  s->buf = p;
  s->cap = ncap;
  return NF_OK;
}

// Produce more decompressed bytes into the window: at least one byte, or
// the end of the input. room is the space to make for them.
static nf_status produce(nf_stream *s, size_t room) {
  nf_status st;
  size_t got;
  while (!s->eof) {
    size_t n;
    const unsigned char *in = raw_data(s, &n);
    if (!s->sniffed) {
      if (n < 4 && !s->raw_eof) {
        if ((st = raw_refill(s, &got))) return st;
        continue;
      }
      s->sniffed = true;
      if ((st = codec_init(&s->c, Nf_codec_sniff(in, n), &s->ctx->alloc)))
        return st;
    }
    if (n == 0 && !s->raw_eof) {
      if ((st = raw_refill(s, &got))) return st;
      continue;
    }
    if ((st = window_room(s, room))) return st;
    unsigned char *out = (unsigned char *)s->buf + s->len;
    size_t space = s->cap - s->len;
    size_t used, made;
    if (s->c.kind == NF_CODEC_NONE) {
      made = used = n < space ? n : space;
      if (used) memcpy(out, in, used);
      if (n == 0) s->eof = true;  // n == 0 only once raw_eof
    } else {
      codec_step(&s->c, &in, n, s->raw_eof, out, space, &used, &made);
      if (s->c.finished) s->eof = true;
    }
    raw_consume(s, used);
    s->len += made;
    if (made || s->eof) return NF_OK;
    if (used) continue;
    // The codec wants more input than is buffered.
    if ((st = raw_refill(s, &got))) return st;
    if (got == 0 && !s->raw_eof) {
      // The raw buffer is full and still not enough: give up here.
      if (!s->c.damage) s->c.damage = "compressed data unreadable";
      s->eof = true;
    }
  }
  return NF_OK;
}

nf_status Nf_stream_fill(nf_stream *s, size_t want) {
  if (want > s->max) return NF_ETOOBIG;
  while (s->len - s->pos < want && !s->eof) {
    size_t have = s->len - s->pos, need = want - have;
    size_t room = s->max - have < OUT_CHUNK ? s->max - have : OUT_CHUNK;
    nf_status st = produce(s, need > room ? need : room);
    if (st) return st;
  }
  return NF_OK;
}

nf_status Nf_stream_more(nf_stream *s, bool *more) {
  size_t have = s->len - s->pos;
  *more = false;
  if (s->eof) return NF_OK;
  if (have >= s->max) return NF_ETOOBIG;
  size_t want = have + OUT_CHUNK;
  if (want > s->max) want = s->max;
  nf_status st = Nf_stream_fill(s, want);
  if (st) return st;
  *more = s->len - s->pos > have;
  if (!*more && !s->eof) return NF_EINTERNAL;
  return NF_OK;
}

const char *Nf_stream_data(const nf_stream *s) {
  return s->buf ? s->buf + s->pos : "";
}
size_t Nf_stream_avail(const nf_stream *s) {
  return s->len - s->pos;
}
void Nf_stream_consume(nf_stream *s, size_t n) {
  if (n > s->len - s->pos) n = s->len - s->pos;
  s->pos += n;
  s->offset += n;
  if (s->pos == s->len) s->pos = s->len = 0;
}
bool Nf_stream_at_end(const nf_stream *s) {
  return s->eof;
}
uint64_t Nf_stream_offset(const nf_stream *s) {
  return s->offset;
}
nf_codec Nf_stream_codec(const nf_stream *s) {
  return s->c.kind;
}
const char *Nf_stream_damage(const nf_stream *s) {
  if (s->err) return strerror(s->err);
  return s->c.damage;
}

// --------------------------------------------------------- one-shot use

// Whole gzip data in memory, all members, with libdeflate (several times
// faster than zlib's streaming inflate and its CRC). Returns NF_OK with
// everything decoded, NF_ETOOBIG past out's cap, or NF_EFORMAT for data it
// will not take whole (damaged, cut, trailing bytes): the caller then reads
// it again with the streaming decoder, which keeps what came before the
// damage.
static nf_status gunzip_whole(const unsigned char *in, size_t n, nf_buf *out) {
  struct libdeflate_decompressor *z = libdeflate_alloc_decompressor();
  if (!z) return NF_ENOMEM;
  nf_status st = NF_OK;
  size_t start = out->len;
  while (n > 0 && !st) {
    // The trailer's ISIZE is the size of a lone member (mod 2^32): a good
    // first guess; otherwise four times the input, doubled as needed.
    size_t guess = 4 * n;
    if (n >= 18) {
      const unsigned char *t = in + n - 4;
      uint32_t isize = (uint32_t)t[0] | (uint32_t)t[1] << 8 |
                       (uint32_t)t[2] << 16 | (uint32_t)t[3] << 24;
      if (isize > 0) guess = isize;
    }
    for (;;) {
      size_t room = out->max - out->len;
      if (guess > room) guess = room;
      if (guess < 64) guess = room < 64 ? room : 64;
      if (guess == 0) {
        st = NF_ETOOBIG;
        break;
      }
      if ((st = Nf_buf_reserve(out, guess))) break;
      size_t used = 0, made = 0;
      enum libdeflate_result r =
          libdeflate_gzip_decompress_ex(z, in, n, out->data + out->len,
                                        out->cap - 1 - out->len, &used, &made);
      if (r == LIBDEFLATE_SUCCESS) {
        out->len += made;
        in += used;
        n -= used;
        break;
      }
      if (r != LIBDEFLATE_INSUFFICIENT_SPACE) {
        st = NF_EFORMAT;
        break;
      }
      if (out->cap - 1 - out->len >= room) {
        st = NF_ETOOBIG;  // no more room to give it
        break;
      }
      guess = 2 * (out->cap - 1 - out->len);
    }
  }
  libdeflate_free_decompressor(z);
  if (st && st != NF_ETOOBIG) out->len = start;
  if (out->data) out->data[out->len] = 0;
  return st;
}

nf_status Nf_decompress(nf_ctx *ctx, const void *data, size_t n, nf_buf *out,
                        const char **damage) {
  *damage = NULL;
  if (Nf_codec_sniff(data, n) == NF_CODEC_GZIP) {
    nf_status fast = gunzip_whole(data, n, out);
    if (fast != NF_EFORMAT) return fast;
  }
  codec c;
  nf_status st = codec_init(&c, Nf_codec_sniff(data, n), &ctx->alloc);
  if (st) {
    codec_fini(&c);
    return st;
  }
  if (c.kind == NF_CODEC_NONE) {
    codec_fini(&c);
    return Nf_buf_append(out, data, n);
  }
  const unsigned char *in = data;
  size_t left = n;
  while (!c.finished) {
    // Grow in steps; the buffer's cap turns a bomb into NF_ETOOBIG.
    size_t step = out->len < OUT_CHUNK ? OUT_CHUNK : out->len;
    if (step > out->max - out->len) step = out->max - out->len;
    if (step == 0 || (st = Nf_buf_reserve(out, step))) {
      st = st ? st : NF_ETOOBIG;
      break;
    }
    size_t used, made;
    codec_step(&c, &in, left, true, (unsigned char *)out->data + out->len,
               out->cap - 1 - out->len, &used, &made);
    left -= used;
    out->len += made;
    out->data[out->len] = 0;
    if (!used && !made && !c.finished) {
      c.damage = "compressed data truncated";
      break;
    }
  }
  *damage = c.damage;
  codec_fini(&c);
  return st;
}

size_t Nf_decompress_prefix(nf_ctx *ctx, const void *data, size_t n, char *out,
                            size_t cap) {
  codec c;
  if (codec_init(&c, Nf_codec_sniff(data, n), &ctx->alloc)) {
    codec_fini(&c);
    return 0;
  }
  if (c.kind == NF_CODEC_NONE) {
    codec_fini(&c);
    size_t k = n < cap ? n : cap;
    memcpy(out, data, k);
    return k;
  }
  const unsigned char *in = data;
  size_t left = n, got = 0;
  while (got < cap && !c.finished) {
    size_t used, made;
    codec_step(&c, &in, left, true, (unsigned char *)out + got, cap - got,
               &used, &made);
    left -= used;
    got += made;
    if (!used && !made) break;
  }
  codec_fini(&c);
  return got;
}
