// newsfold group: reports grouped into stories, with copies of shared text.
#include <getopt.h>
#include <string.h>

#include "cli.h"

static const char USAGE[] =
    "usage: newsfold group [OPTIONS] INPUT...\n"
    "\n"
    "Group reports into stories by what they say happened (words, places,\n"
    "actors, figures and dates, and closeness in time), and find copies:\n"
    "reports that share most of their text (wire copy, syndication, a\n"
    "rewrite). Quoted words do not make a copy. Reports are read, extracted\n"
    "and their facts read on worker threads, then grouped one by one in\n"
    "input order: the same inputs in the same order give the same stories.\n"
    "\n"
    "INPUT is a file, a folder (read recursively) or - for standard input.\n"
    "\n"
    "options:\n"
    "  -f, --format FMT   json (default: {\"stories\": [...]}) or jsonl (one\n"
    "                     story per line)\n"
    "  -o, --output FILE  write to FILE instead of standard output\n"
    "  -j, --threads N    worker threads (default: one per CPU, at most 8)\n"
    "  -q, --quiet        no error line per failed input\n"
    "  -h, --help         show this help\n"
    "\n"
    "Each story has id, articles (the ids newsfold extract gives, in input\n"
    "order), title (of its first report that has one), first_seen and\n"
    "last_seen (published dates, or null), and copies: {a, b, shared,\n"
    "passages} where a is the earlier report, b the later, shared the part\n"
    "of the shorter report's unquoted words found in passages, and each\n"
    "passage {\"a\": [start, end], \"b\": [start, end]} byte ranges of the\n"
    "two bodies (the text newsfold extract prints).\n"
    "\n"
    "A report that could not be extracted still gets a story (by its title\n"
    "when it has one) and counts as failed.\n"
    "\n"
    "exit status: 0 all inputs read, 1 some inputs failed, 2 usage error.\n";

typedef struct group_run {
  nf_grouper *grouper;
  bool failed;
} group_run;

static nf_status work_facts(nf_doc *doc, void *user) {
  (void)user;
  return nf_doc_facts(doc);
}

static int emit(nf_doc *doc, nf_status st, void *user) {
  (void)st;
  group_run *run = user;
  nf_status gst = nf_grouper_add(run->grouper, doc);
  nf_doc_free(doc);
  if (gst) {
    Cli_error("grouping: %s", nf_strerror(gst));
    run->failed = true;
    return -1;
  }
  return 0;
}

int Cmd_group(int argc, char **argv) {
  static const struct option longopts[] = {
      {"format", required_argument, NULL, 'f'},
      CLI_COMMON_LONGOPTS,
      {NULL, 0, NULL, 0}};
  cli_common opt = {0, NULL, false};
  nf_format format = NF_FORMAT_JSON;
  static const cli_format_name formats[] = {{"json", NF_FORMAT_JSON},
                                            {"jsonl", NF_FORMAT_JSONL},
                                            {NULL, NF_FORMAT_JSON}};
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "f:o:j:qh", longopts, NULL)) != -1) {
    switch (c) {
      case 'f':
        if (!Cli_parse_format(optarg, formats, &format)) return EXIT_USAGE;
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
  group_run run = {NULL, false};
  if (!ctx || nf_grouper_new(ctx, &run.grouper)) {
    Cli_error("out of memory");
    nf_ctx_free(ctx);
    return EXIT_SOME_FAILED;
  }
  size_t failures = 0;
  int rc = Cli_run(ctx, argv + optind, argc - optind, &opt, work_facts, emit,
                   &run, &failures);
  // The stories go out only once every input is in; an output file is
  // opened late so a failed run does not leave a half-written one behind.
  if (rc == 0) {
    FILE *out = Cli_open_output(opt.output);
    if (!out) {
      rc = -1;
    } else {
      nf_status st =
          nf_grouper_render(run.grouper, format, Cli_write_file, out);
      if (st) {
        Cli_error("writing stories: %s", nf_strerror(st));
        rc = -1;
      }
      if (Cli_close_output(out, opt.output)) rc = -1;
    }
  }
  nf_grouper_free(run.grouper);
  nf_ctx_free(ctx);
  if (rc) return EXIT_SOME_FAILED;
  return failures ? EXIT_SOME_FAILED : EXIT_OK;
}
