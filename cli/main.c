// newsfold: the command-line tool. Dispatches to one file per subcommand.
#include <string.h>

#include "cli.h"

static const char USAGE[] =
    "usage: newsfold COMMAND [OPTIONS] INPUT...\n"
    "\n"
    "Fold many news reports of one story into one sourced account.\n"
    "\n"
    "commands:\n"
    "  extract   the article of each input (body, title, byline, date, "
    "outlet)\n"
    "  facts     the article and its facts (figures, dates, places, actors,\n"
    "            quotes), each tied to its sentence\n"
    "  group     reports grouped into stories, with copies of shared text\n"
    "  fold      one sourced account per story (JSON, Markdown or HTML)\n"
    "\n"
    "  newsfold COMMAND --help   options of one command\n"
    "  newsfold --version        the version\n"
    "\n"
    "Inputs: files, folders (recursive), - for standard input; plain text,\n"
    "HTML, JSON Lines and WARC, gzip-compressed or not.\n"
    "exit status: 0 ok, 1 some inputs failed, 2 usage error.\n";

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(USAGE, stderr);
    return EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 ||
      strcmp(cmd, "help") == 0) {
    fputs(USAGE, stdout);
    return EXIT_OK;
  }
  if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
    printf("newsfold %s\n", nf_version());
    return EXIT_OK;
  }
  static const struct {
    const char *name;
    int (*run)(int, char **);
  } cmds[] = {{"extract", Cmd_extract},
              {"facts", Cmd_facts},
              {"group", Cmd_group},
              {"fold", Cmd_fold}};
  for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
    if (strcmp(cmd, cmds[i].name) == 0) return cmds[i].run(argc - 1, argv + 1);
  Cli_error("unknown command '%s' (see newsfold --help)", cmd);
  return EXIT_USAGE;
}
