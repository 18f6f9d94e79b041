// Any bytes through the reader (sniffed as a file would be), every
// document decoded and, with option bit 4, extracted and rendered.
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_read(data, size, -1);
  return 0;
}
