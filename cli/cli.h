// The newsfold tool: shared helpers of the subcommands. The tool uses only
// the public API (include/newsfold.h).
#ifndef NF_CLI_H
#define NF_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "newsfold.h"

enum { EXIT_OK = 0, EXIT_SOME_FAILED = 1, EXIT_USAGE = 2 };

// Options every subcommand that reads inputs shares.
typedef struct cli_common {
  int threads;         // worker threads; 0 = one per CPU
  const char *output;  // -o FILE, or NULL for stdout
  bool quiet;          // no per-input error lines
} cli_common;

// Write callback for the library's renderers; user is a FILE *.
int Cli_write_file(void *user, const char *data, size_t len);

// Open the output (stdout when path is NULL or "-"). NULL on failure,
// with a message printed.
FILE *Cli_open_output(const char *path);
int Cli_close_output(FILE *f, const char *path);

// Print "newsfold: ..." on stderr.
void Cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

// Parse a thread count; returns false on a bad value.
bool Cli_parse_threads(const char *s, int *out);

// A --format value a subcommand accepts, and the format it names.
typedef struct cli_format_name {
  const char *name;
  nf_format format;
} cli_format_name;

// Look arg up among names (ended by a NULL name); on no match, print the
// names accepted and return false.
bool Cli_parse_format(const char *arg, const cli_format_name *names,
                      nf_format *out);

// The options every input-reading subcommand shares: -o, -j, -q, -h and an
// unknown option. Returns CLI_GO_ON when getopt's c was one of them (or is
// none of them: then the caller handles it), else the exit status to return
// now. Unknown options (c == '?') print usage on stderr.
enum { CLI_GO_ON = -1 };
// The long forms of those options, for a subcommand's getopt_long table.
#define CLI_COMMON_LONGOPTS                      \
  {"output", required_argument, NULL, 'o'},      \
      {"threads", required_argument, NULL, 'j'}, \
      {"quiet", no_argument, NULL, 'q'}, {       \
    "help", no_argument, NULL, 'h'               \
  }
int Cli_common_option(int c, const char *arg, cli_common *opt,
                      const char *usage);

// After option parsing: EXIT_USAGE (usage on stderr) when no input was
// named, else CLI_GO_ON.
int Cli_need_inputs(int optind_now, int argc, const char *usage);

// Per-document work run on worker threads (extract, facts); must not
// touch shared state.
typedef nf_status (*cli_work_fn)(nf_doc *doc, void *user);
// Called on the main thread in input order; takes ownership of doc.
// Returns 0, or non-zero to stop the run.
typedef int (*cli_emit_fn)(nf_doc *doc, nf_status work_status, void *user);

// Read every input, run work on each document in parallel, emit them in
// input order. Reader and work failures are reported on stderr (one line
// each) and counted in *failures. Returns 0, or non-zero when emit stopped
// the run or memory ran out.
int Cli_run(nf_ctx *ctx, char *const *inputs, int n_inputs,
            const cli_common *opt, cli_work_fn work, cli_emit_fn emit,
            void *user, size_t *failures);

// Subcommands.
int Cmd_extract(int argc, char **argv);
int Cmd_facts(int argc, char **argv);
int Cmd_group(int argc, char **argv);
int Cmd_fold(int argc, char **argv);

#endif
