// newsfold extract: one JSON object per article.
#include <getopt.h>
#include <string.h>

#include "cli.h"

static const char USAGE[] =
    "usage: newsfold extract [OPTIONS] INPUT...\n"
    "\n"
    "Extract the article of every input: body without page residue, title,\n"
    "byline, published date, outlet, URL and language.\n"
    "\n"
    "INPUT is a file, a folder (read recursively) or - for standard input.\n"
    "Plain text, HTML (.html, .htm, gzip-compressed or not), JSON Lines and\n"
    "WARC (.warc, .warc.gz) are recognised by their content.\n"
    "\n"
    "options:\n"
    "  -f, --format FMT   jsonl (default: one object per line), json (one\n"
    "                     array), or text (for reading)\n"
    "  -o, --output FILE  write to FILE instead of standard output\n"
    "  -j, --threads N    worker threads (default: one per CPU, at most 8)\n"
    "  -q, --quiet        no error line per failed input\n"
    "  -h, --help         show this help\n"
    "\n"
    "Each object has id, source, url, outlet, title, byline, published\n"
    "(ISO 8601 to the precision known, or null), language and text\n"
    "(paragraphs separated by a blank line); \"extra\" keeps JSON Lines\n"
    "fields newsfold does not know, \"notes\" what was repaired, \"error\"\n"
    "why an input gave no article.\n"
    "\n"
    "exit status: 0 all inputs read, 1 some inputs failed, 2 usage error.\n";

typedef struct extract_run {
  FILE *out;
  nf_format format;
  unsigned what;
  size_t emitted;
  bool write_failed;
} extract_run;

static nf_status work_extract(nf_doc *doc, void *user) {
  (void)user;
  return nf_doc_extract(doc);
}

static int emit(nf_doc *doc, nf_status st, void *user) {
  (void)st;
  extract_run *run = user;
  int rc = 0;
  if (run->format == NF_FORMAT_JSON)
    fputs(run->emitted ? ",\n" : "[\n", run->out);
  if (nf_doc_render(doc, run->format, run->what, Cli_write_file, run->out)) {
    run->write_failed = true;
    rc = -1;
  }
  run->emitted++;
  nf_doc_free(doc);
  return rc;
}

static int run_documents(int argc, char **argv, const char *usage) {
  static const struct option longopts[] = {
      {"format", required_argument, NULL, 'f'},
      CLI_COMMON_LONGOPTS,
      {NULL, 0, NULL, 0}};
  cli_common opt = {0, NULL, false};
  extract_run run = {NULL, NF_FORMAT_JSONL, NF_RENDER_ARTICLE, 0, false};
  static const cli_format_name formats[] = {{"jsonl", NF_FORMAT_JSONL},
                                            {"json", NF_FORMAT_JSON},
                                            {"text", NF_FORMAT_TEXT},
                                            {NULL, NF_FORMAT_JSONL}};
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "f:o:j:qh", longopts, NULL)) != -1) {
    switch (c) {
      case 'f':
        if (!Cli_parse_format(optarg, formats, &run.format)) return EXIT_USAGE;
        break;
      default: {
        int now = Cli_common_option(c, optarg, &opt, usage);
        if (now != CLI_GO_ON) return now;
      }
    }
  }
  int need = Cli_need_inputs(optind, argc, usage);
  if (need != CLI_GO_ON) return need;
  nf_ctx *ctx = nf_ctx_new(NULL);
  if (!ctx) {
    Cli_error("out of memory");
    return EXIT_SOME_FAILED;
  }
  run.out = Cli_open_output(opt.output);
  if (!run.out) {
    nf_ctx_free(ctx);
    return EXIT_SOME_FAILED;
  }
  size_t failures = 0;
  int rc = Cli_run(ctx, argv + optind, argc - optind, &opt, work_extract, emit,
                   &run, &failures);
  if (run.format == NF_FORMAT_JSON)
    fputs(run.emitted ? "\n]\n" : "[]\n", run.out);
  if (Cli_close_output(run.out, opt.output)) rc = -1;
  nf_ctx_free(ctx);
  if (rc) return EXIT_SOME_FAILED;
  return failures ? EXIT_SOME_FAILED : EXIT_OK;
}

int Cmd_extract(int argc, char **argv) {
  return run_documents(argc, argv, USAGE);
}
