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

bool Cli_parse_format(const char *arg, const cli_format_name *names,
                      nf_format *out) {
  for (const cli_format_name *n = names; n->name; n++)
    if (strcmp(arg, n->name) == 0) {
      *out = n->format;
      return true;
    }
  char list[160];
  size_t used = 0;
  for (const cli_format_name *n = names; n->name && used < sizeof list; n++) {
    int w = snprintf(list + used, sizeof list - used, "%s%s",
                     n == names ? "" : ", ", n->name);
    if (w < 0) break;
    used += (size_t)w;
  }
  if (used >= sizeof list) used = sizeof list - 1;
  list[used] = 0;
  Cli_error("unknown format '%s' (%s)", arg, list);
  return false;
}

int Cli_common_option(int c, const char *arg, cli_common *opt,
                      const char *usage) {
  switch (c) {
    case 'o': opt->output = arg; return CLI_GO_ON;
    case 'j':
      if (!Cli_parse_threads(arg, &opt->threads)) {
        Cli_error("bad thread count '%s'", arg);
        return EXIT_USAGE;
      }
      return CLI_GO_ON;
    case 'q': opt->quiet = true; return CLI_GO_ON;
    case 'h': fputs(usage, stdout); return EXIT_OK;
    case '?':
    case ':': fputs(usage, stderr); return EXIT_USAGE;
    default: return CLI_GO_ON;
  }
}

int Cli_need_inputs(int optind_now, int argc, const char *usage) {
  if (optind_now < argc) return CLI_GO_ON;
  fputs(usage, stderr);
  return EXIT_USAGE;
}

bool Cli_parse_threads(const char *s, int *out) {
  char *end;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (errno || *end || v < 0 || v > 256) return false;
  *out = (int)v;
  return true;
}
