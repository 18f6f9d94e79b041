// newsfold fold: one sourced account per story.
#include <getopt.h>
#include <string.h>

#include "cli.h"

static const char USAGE[] =
    "usage: newsfold fold [OPTIONS] INPUT...\n"
    "\n"
    "Group the reports into stories and fold each story into one sourced\n"
    "account: which figures the reports agree on, where they conflict, what\n"
    "was updated, which rest on one source, the timeline, quotes by speaker,\n"
    "how each report frames it; every statement linked to its sentence.\n"
    "\n"
    "INPUT is a file, a folder (read recursively) or - for standard input.\n"
    "\n"
    "options:\n"
    "  -f, --format FMT   json (default), jsonl (the same on one line), md\n"
    "                     (a brief) or html (one self-contained page)\n"
    "  -o, --output FILE  write to FILE instead of standard output\n"
    "      --stories HOW  auto (default: group by content), one (all inputs\n"
    "                     are one story) or input (each INPUT is one story)\n"
    "  -j, --threads N    worker threads (default: one per CPU, at most 8)\n"
    "  -q, --quiet        no error line per failed input\n"
    "  -h, --help         show this help\n"
    "\n"
    "The JSON schema is in docs/account.md (its \"version\" field names it).\n"
    "\n"
    "exit status: 0 all inputs read, 1 some inputs failed, 2 usage error.\n";

enum stories_mode { STORIES_AUTO, STORIES_ONE, STORIES_INPUT };

typedef struct fold_run {
  nf_folder *folder;
  int mode;
  char *const *inputs;
  int n_inputs;
  size_t failed;
  bool oom;
} fold_run;

static nf_status work_facts(nf_doc *doc, void *user) {
  (void)user;
  return nf_doc_facts(doc);
}

// The input argument a document came from: the longest that prefixes its
// source path.
static const char *input_of(const fold_run *run, const nf_doc *doc) {
  const char *src = nf_doc_source(doc);
  const char *best = NULL;
  size_t best_len = 0;
  for (int i = 0; i < run->n_inputs && src; i++) {
    size_t n = strlen(run->inputs[i]);
    // A file, a file inside a folder, or a record of a JSON Lines or WARC
    // input ("path:LINE").
    if (n >= best_len && strncmp(src, run->inputs[i], n) == 0 &&
        (src[n] == 0 || src[n] == '/' || src[n] == ':' || src[n] == '#' ||
         run->inputs[i][n - 1] == '/')) {
      best = run->inputs[i];
      best_len = n;
    }
  }
  return best ? best : (src ? src : "-");
}

static int emit(nf_doc *doc, nf_status st, void *user) {
  fold_run *run = user;
  if (st < 0 && st != NF_EEMPTY) {
    nf_doc_free(doc);  // already reported by the runner
    return 0;
  }
  nf_status add;
  switch (run->mode) {
    case STORIES_ONE: add = nf_folder_add_keyed(run->folder, doc, "all"); break;
    case STORIES_INPUT:
      add = nf_folder_add_keyed(run->folder, doc, input_of(run, doc));
      break;
    default: add = nf_folder_add(run->folder, doc); break;
  }
  if (add == NF_ENOMEM) {
    run->oom = true;
    return -1;
  }
  if (add && st >= 0) run->failed++;
  return 0;
}

int Cmd_fold(int argc, char **argv) {
  static const struct option longopts[] = {
      {"format", required_argument, NULL, 'f'},
      {"stories", required_argument, NULL, 's'},
      CLI_COMMON_LONGOPTS,
      {NULL, 0, NULL, 0}};
  cli_common opt = {0, NULL, false};
  nf_format format = NF_FORMAT_JSON;
  int mode = STORIES_AUTO;
  static const cli_format_name formats[] = {
      {"json", NF_FORMAT_JSON}, {"jsonl", NF_FORMAT_JSONL},
      {"md", NF_FORMAT_MD},     {"markdown", NF_FORMAT_MD},
      {"html", NF_FORMAT_HTML}, {NULL, NF_FORMAT_JSON}};
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "f:o:j:qh", longopts, NULL)) != -1) {
    switch (c) {
      case 'f':
        if (!Cli_parse_format(optarg, formats, &format)) return EXIT_USAGE;
        break;
      case 's':
        if (strcmp(optarg, "auto") == 0)
          mode = STORIES_AUTO;
        else if (strcmp(optarg, "one") == 0)
          mode = STORIES_ONE;
        else if (strcmp(optarg, "input") == 0)
          mode = STORIES_INPUT;
        else {
          Cli_error("unknown --stories '%s' (auto, one or input)", optarg);
          return EXIT_USAGE;
        }
        break;
      default: {
        int now = Cli_common_option(c, optarg, &opt, USAGE);
        if (now != CLI_GO_ON) return now;
      }
    }
  }
  int need = Cli_need_inputs(optind, argc, USAGE);
  if (need != CLI_GO_ON) return need;
  nf_ctx *ctx = nf_ctx_new(NULL);
  fold_run run = {NULL, mode, argv + optind, argc - optind, 0, false};
  if (!ctx || nf_folder_new(ctx, &run.folder)) {
    Cli_error("out of memory");
    nf_ctx_free(ctx);
    return EXIT_SOME_FAILED;
  }
  size_t failures = 0;
  int rc = Cli_run(ctx, argv + optind, argc - optind, &opt, work_facts, emit,
                   &run, &failures);
  if (run.oom) Cli_error("out of memory");
  FILE *out = NULL;
  if (!rc) {
    out = Cli_open_output(opt.output);
    if (!out) rc = -1;
  }
  if (!rc) {
    nf_status st = nf_folder_render(run.folder, format, Cli_write_file, out);
    if (st) {
      Cli_error("fold: %s", nf_strerror(st));
      rc = -1;
    }
  }
  if (out && Cli_close_output(out, opt.output)) rc = -1;
  nf_folder_free(run.folder);
  nf_ctx_free(ctx);
  if (rc) return EXIT_SOME_FAILED;
  return failures || run.failed ? EXIT_SOME_FAILED : EXIT_OK;
}
