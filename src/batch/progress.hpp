// Progress: a one-line progress display ("12345 documents, 48.2 MB,
// 4.6 MB/s, ETA 0:42"), drawn at the first update and then redrawn in place
// at most five times a second. The caller decides whether to show it
// (whosaid batch: only when standard error is a terminal). MB = 10^6 bytes
// of input.
//
// Thread-safety: one thread.
#ifndef WHOSAID_BATCH_PROGRESS_HPP_
#define WHOSAID_BATCH_PROGRESS_HPP_

#include <chrono>
#include <cstdint>
#include <ostream>

namespace whosaid::batch {

class Progress {
 public:
  // `total_bytes` 0 means unknown (no ETA).
  Progress(std::ostream& out, uint64_t total_bytes);
  void Update(uint64_t documents, uint64_t bytes);
  // Erases the line.
  void Finish();

 private:
  std::ostream& out_;
  uint64_t total_bytes_;
  std::chrono::steady_clock::time_point start_, last_;
  bool drawn_ = false;
};

}  // namespace whosaid::batch

#endif  // WHOSAID_BATCH_PROGRESS_HPP_
