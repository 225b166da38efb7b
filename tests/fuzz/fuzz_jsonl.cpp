// libFuzzer target: the jsonl check (checks.hpp). Built with
// -DWHOSAID_BUILD_FUZZERS=ON (cmake --preset fuzz).
#include "fuzz_main.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return whosaid::fuzz::RunOrAbort(whosaid::fuzz::CheckJsonl, data, size);
}
