// newsfold group: reports grouped into stories.
#include "cli.h"

int Cmd_group(int argc, char **argv) {
  (void)argc;
  (void)argv;
  Cli_error("group: not built yet");
  return EXIT_USAGE;
}
