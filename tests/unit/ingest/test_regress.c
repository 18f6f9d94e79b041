// Replays, under the normal (sanitized) test build, every input the ingest
// fuzz targets keep: their seed corpora (fuzz/corpus/<name>) and what they
// found (tests/regress/<name>), exactly as each target reads them.
// cmocka needs these first; keep the order.
// clang-format off
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>
// clang-format on

#include "../../../fuzz/fuzz_common.h"

static const struct {
  const char *name;
  int kind;
} TARGETS[] = {
    {"reader", -1}, {"jsonl", NF_INGEST_AS_JSONL}, {"warc", NF_INGEST_AS_WARC}};

static size_t replay_dir(const char *dir, int kind) {
  DIR *d = opendir(dir);
  if (!d) return 0;
  size_t count = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    FILE *f = fopen(path, "rb");
    if (!f) continue;
    static uint8_t buf[1 << 20];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    fuzz_read(buf, n, kind);
    count++;
  }
  closedir(d);
  return count;
}

static void replay_all(void **state) {
  (void)state;
  size_t total = 0;
  for (size_t i = 0; i < sizeof TARGETS / sizeof TARGETS[0]; i++) {
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/fuzz/corpus/%s", NF_SOURCE_DIR,
             TARGETS[i].name);
    total += replay_dir(dir, TARGETS[i].kind);
    snprintf(dir, sizeof dir, "%s/tests/regress/%s", NF_SOURCE_DIR,
             TARGETS[i].name);
    total += replay_dir(dir, TARGETS[i].kind);
  }
  assert_true(total > 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(replay_all)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
