// Replays inputs through a fuzz check without libFuzzer, so that every
// regression found by fuzzing is an ordinary test in every build.
//
//   whosaid_fuzz_replay TARGET PATH...
//
// TARGET is text, grammar, pipeline, jsonl or html (checks.hpp); each PATH is a
// file or a folder whose regular files (but README.md and dot files) are
// replayed in name order. Exit status 0 when every input passes, 1 when an
// invariant is broken, 2 on usage errors.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "checks.hpp"
#include "read_file.hpp"

namespace {

namespace fs = std::filesystem;

using whosaid::testing::ReadFile;

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: whosaid_fuzz_replay text|grammar|pipeline|jsonl|html "
                 "PATH...\n";
    return 2;
  }
  const whosaid::fuzz::CheckFunction check =
      whosaid::fuzz::CheckByName(argv[1]);
  if (check == nullptr) {
    std::cerr << "whosaid_fuzz_replay: error: unknown target '" << argv[1]
              << "'\n";
    return 2;
  }
  std::vector<fs::path> inputs;
  for (int i = 2; i < argc; ++i) {
    std::error_code ec;
    if (fs::is_directory(argv[i], ec)) {
      for (const fs::directory_entry& e : fs::directory_iterator(argv[i])) {
        const std::string name = e.path().filename().string();
        if (e.is_regular_file() && name != "README.md" && name[0] != '.') {
          inputs.push_back(e.path());
        }
      }
    } else {
      inputs.emplace_back(argv[i]);
    }
  }
  std::sort(inputs.begin(), inputs.end());
  int failed = 0;
  for (const fs::path& path : inputs) {
    std::string data;
    if (!ReadFile(path, data)) {
      std::cerr << "whosaid_fuzz_replay: error: " << path.string()
                << ": cannot read\n";
      return 2;
    }
    const std::vector<std::string> errors = check(data);
    for (const std::string& e : errors) {
      std::cerr << path.string() << ": invariant: " << e << "\n";
    }
    failed += !errors.empty();
  }
  std::cout << argv[1] << ": " << inputs.size() << " inputs replayed, "
            << failed << " failed\n";
  return failed == 0 ? 0 : 1;
}
