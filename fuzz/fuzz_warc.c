// Bytes read as a WARC file, whatever they look like.
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_read(data, size, NF_INGEST_AS_WARC);
  return 0;
}
