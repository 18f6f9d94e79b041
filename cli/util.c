#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int Cli_write_file(void *user, const char *data, size_t len) {
  return fwrite(data, 1, len, (FILE *)user) == len ? 0 : -1;
}

void Cli_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("newsfold: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

FILE *Cli_open_output(const char *path) {
  if (!path || strcmp(path, "-") == 0) return stdout;
  FILE *f = fopen(path, "wb");
  if (!f) Cli_error("%s: %s", path, strerror(errno));
  return f;
}

int Cli_close_output(FILE *f, const char *path) {
  int bad = fflush(f) != 0 || ferror(f);
  if (f != stdout) bad |= fclose(f) != 0;
  if (bad) Cli_error("%s: write error", path ? path : "standard output");
  return bad ? -1 : 0;
}

bool Cli_parse_threads(const char *s, int *out) {
  char *end;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (errno || *end || v < 0 || v > 256) return false;
  *out = (int)v;
  return true;
}
