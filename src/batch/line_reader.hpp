// LineReader: reads "\n"-terminated lines from a FILE* through one reused
// buffer, never holding more than `limit` bytes of a line: a longer line is
// skipped to its end and only its length is reported.
//
// Thread-safety: one reader per thread.
#ifndef WHOSAID_BATCH_LINE_READER_HPP_
#define WHOSAID_BATCH_LINE_READER_HPP_

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace whosaid::batch {

class LineReader {
 public:
  explicit LineReader(std::FILE* file) : file_(file), buffer_(1 << 20) {}

  // Reads the next line (without "\n") into `line` and its length in bytes
  // into `length`. When length > limit, `line` is left empty. Returns false
  // at the end of the input (a last line without "\n" still counts).
  bool Next(std::string& line, uint64_t limit, uint64_t& length);

  // True when reading stopped on an I/O error rather than at the end.
  bool failed() const { return failed_; }

 private:
  std::FILE* file_;
  std::vector<char> buffer_;
  size_t pos_ = 0, end_ = 0;
  bool eof_ = false, failed_ = false;
};

}  // namespace whosaid::batch

#endif  // WHOSAID_BATCH_LINE_READER_HPP_
