// newsfold fold: one sourced account per story.
#include "cli.h"

int Cmd_fold(int argc, char **argv) {
  (void)argc;
  (void)argv;
  Cli_error("fold: not built yet");
  return EXIT_USAGE;
}
