#include "batch/line_reader.hpp"

#include <cstring>

namespace whosaid::batch {

bool LineReader::Next(std::string& line, uint64_t limit, uint64_t& length) {
  line.clear();
  length = 0;
  bool any = false;
  while (true) {
    if (pos_ == end_) {
      if (eof_) return any;
      pos_ = 0;
      end_ = std::fread(buffer_.data(), 1, buffer_.size(), file_);
      if (end_ == 0) {
        eof_ = true;
        failed_ = std::ferror(file_) != 0;
        return any;
      }
    }
    any = true;
    const char* start = buffer_.data() + pos_;
    const auto* newline =
        static_cast<const char*>(std::memchr(start, '\n', end_ - pos_));
    const size_t n =
        newline ? static_cast<size_t>(newline - start) : end_ - pos_;
    length += n;
    if (length <= limit) {
      line.append(start, n);
    } else {
      line.clear();
    }
    pos_ += n;
    if (newline) {
      ++pos_;
      return true;
    }
  }
}

}  // namespace whosaid::batch
