// newsfold facts: one JSON object per article with its facts.
//
// Relative dates ("on Thursday") of a report with no published date are
// resolved against the other reports of the run: the command holds such
// reports (and every report after them, to keep the input order) until the
// run ends or --hold reports are waiting, then resolves them against the
// earliest published date seen in the run, which the output names
// ("anchor": "other_reports", "anchor_date").
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char USAGE[] =
    "usage: newsfold facts [OPTIONS] INPUT...\n"
    "\n"
    "Extract every input's article (as newsfold extract does) and read its\n"
    "facts: figures, dates, places, actors, quotes and victims, each tied to\n"
    "the sentence and the bytes it came from. See docs/facts.md for the\n"
    "schema.\n"
    "\n"
    "INPUT is a file, a folder (read recursively) or - for standard input.\n"
    "\n"
    "Relative dates (\"on Thursday\", \"yesterday\") are resolved against the\n"
    "report's published date; in a report without one, against the earliest\n"
    "published date of the other reports of the run (or --anchor), and each\n"
    "date says which anchor it used.\n"
    "\n"
    "options:\n"
    "  -f, --format FMT   jsonl (default), json, or text\n"
    "  -o, --output FILE  write to FILE instead of standard output\n"
    "  -j, --threads N    worker threads (default: one per CPU, at most 8)\n"
    "  -a, --anchor DATE  resolve the relative dates of undated reports\n"
    "                     against DATE (YYYY-MM-DD) instead\n"
    "      --hold N       most reports held back waiting for a date from\n"
    "                     the run (default 10000); 0 holds none\n"
    "  -q, --quiet        no error line per failed input\n"
    "  -h, --help         show this help\n"
    "\n"
    "exit status: 0 all inputs read, 1 some inputs failed, 2 usage error.\n";

typedef struct facts_run {
  FILE *out;
  nf_format format;
  size_t emitted;
  bool write_failed;
  const char *anchor;  // --anchor, or NULL
  char earliest[16];   // earliest published day seen, "" if none
  nf_doc **held;       // reports waiting for an anchor, in input order
  size_t n_held, cap_held, max_held;
} facts_run;

static nf_status work_facts(nf_doc *doc, void *user) {
  (void)user;
  return nf_doc_facts(doc);
}

static void write_doc(facts_run *run, nf_doc *doc) {
  if (run->format == NF_FORMAT_JSON)
    fputs(run->emitted ? ",\n" : "[\n", run->out);
  if (nf_doc_render(doc, run->format, NF_RENDER_ARTICLE | NF_RENDER_FACTS,
                    Cli_write_file, run->out))
    run->write_failed = true;
  run->emitted++;
  nf_doc_free(doc);
}

static void flush_held(facts_run *run) {
  const char *anchor = run->anchor        ? run->anchor
                       : run->earliest[0] ? run->earliest
                                          : NULL;
  for (size_t i = 0; i < run->n_held; i++) {
    nf_doc *doc = run->held[i];
    if (anchor && !nf_doc_date_anchor(doc) && nf_doc_unresolved_dates(doc))
      nf_doc_resolve_dates(doc, anchor);
    write_doc(run, doc);
  }
  run->n_held = 0;
}

static int emit(nf_doc *doc, nf_status st, void *user) {
  (void)st;
  facts_run *run = user;
  const char *pub = nf_doc_date_anchor(doc);
  if (pub && strlen(pub) >= 10) {
    char day[16];
    memcpy(day, pub, 10);
    day[10] = 0;
    if (!run->earliest[0] || strcmp(day, run->earliest) < 0)
      memcpy(run->earliest, day, 11);
  }
  bool waits = !pub && nf_doc_unresolved_dates(doc) > 0;
  if (run->anchor && waits) {
    nf_doc_resolve_dates(doc, run->anchor);
    waits = false;
  }
  if ((waits || run->n_held) && run->max_held) {
    if (run->n_held == run->cap_held) {
      size_t cap = run->cap_held ? run->cap_held * 2 : 64;
      nf_doc **p = realloc(run->held, cap * sizeof *p);
      if (!p) {
        Cli_error("out of memory");
        nf_doc_free(doc);
        return -1;
      }
      run->held = p;
      run->cap_held = cap;
    }
    run->held[run->n_held++] = doc;
    if (run->n_held >= run->max_held) flush_held(run);
  } else {
    write_doc(run, doc);
  }
  return run->write_failed ? -1 : 0;
}

static bool valid_day(const char *s) {
  if (strlen(s) != 10 || s[4] != '-' || s[7] != '-') return false;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return false;
  return true;
}

int Cmd_facts(int argc, char **argv) {
  static const struct option longopts[] = {
      {"format", required_argument, NULL, 'f'},
      {"anchor", required_argument, NULL, 'a'},
      {"hold", required_argument, NULL, 'H'},
      CLI_COMMON_LONGOPTS,
      {NULL, 0, NULL, 0}};
  cli_common opt = {0, NULL, false};
  facts_run run;
  memset(&run, 0, sizeof run);
  run.format = NF_FORMAT_JSONL;
  run.max_held = 10000;
  static const cli_format_name formats[] = {{"jsonl", NF_FORMAT_JSONL},
                                            {"json", NF_FORMAT_JSON},
                                            {"text", NF_FORMAT_TEXT},
                                            {NULL, NF_FORMAT_JSONL}};
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "f:o:j:a:qh", longopts, NULL)) != -1) {
    switch (c) {
      case 'f':
        if (!Cli_parse_format(optarg, formats, &run.format)) return EXIT_USAGE;
        break;
      case 'a':
        if (!valid_day(optarg)) {
          Cli_error("bad anchor date '%s' (YYYY-MM-DD)", optarg);
          return EXIT_USAGE;
        }
        run.anchor = optarg;
        break;
      case 'H': {
        char *end;
        long v = strtol(optarg, &end, 10);
        if (*end || v < 0 || v > 10000000) {
          Cli_error("bad --hold '%s'", optarg);
          return EXIT_USAGE;
        }
        run.max_held = (size_t)v;
        break;
      }
      default: {
        int now = Cli_common_option(c, optarg, &opt, USAGE);
        if (now != CLI_GO_ON) return now;
      }
    }
  }
  int need = Cli_need_inputs(optind, argc, USAGE);
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
  int rc = Cli_run(ctx, argv + optind, argc - optind, &opt, work_facts, emit,
                   &run, &failures);
  flush_held(&run);
  free(run.held);
  if (run.format == NF_FORMAT_JSON)
    fputs(run.emitted ? "\n]\n" : "[]\n", run.out);
  if (Cli_close_output(run.out, opt.output)) rc = -1;
  nf_ctx_free(ctx);
  if (rc || run.write_failed) return EXIT_SOME_FAILED;
  return failures ? EXIT_SOME_FAILED : EXIT_OK;
}
