// ReadFile: a whole file into a string, for the test programs (golden
// comparison, fuzz replay). Returns false when the file cannot be opened or
// read.
#ifndef WHOSAID_TESTS_SUPPORT_READ_FILE_HPP_
#define WHOSAID_TESTS_SUPPORT_READ_FILE_HPP_

#include <fstream>
#include <sstream>
#include <string>

namespace whosaid::testing {

inline bool ReadFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = std::move(buffer).str();
  return !in.bad();
}

}  // namespace whosaid::testing

#endif  // WHOSAID_TESTS_SUPPORT_READ_FILE_HPP_
