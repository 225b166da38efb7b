// The body of every libFuzzer entry point: run one check and abort (so that
// libFuzzer saves the input as a crash) when an invariant is broken.
#ifndef WHOSAID_TESTS_FUZZ_FUZZ_MAIN_HPP_
#define WHOSAID_TESTS_FUZZ_FUZZ_MAIN_HPP_

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "checks.hpp"

namespace whosaid::fuzz {

inline int RunOrAbort(CheckFunction check, const uint8_t* data, size_t size) {
  const auto errors =
      check(std::string_view(reinterpret_cast<const char*>(data), size));
  if (errors.empty()) return 0;
  for (const auto& e : errors)
    std::fprintf(stderr, "invariant: %s\n", e.c_str());
  std::abort();
}

}  // namespace whosaid::fuzz

#endif  // WHOSAID_TESTS_FUZZ_FUZZ_MAIN_HPP_
