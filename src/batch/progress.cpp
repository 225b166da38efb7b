#include "batch/progress.hpp"

#include <cstdio>

namespace whosaid::batch {

Progress::Progress(std::ostream& out, uint64_t total_bytes)
    : out_(out),
      total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_(start_ - std::chrono::seconds(1)) {}  // the first update draws

void Progress::Update(uint64_t documents, uint64_t bytes) {
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate =
      seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0;
  char line[160];
  int n = std::snprintf(line, sizeof line,
                        "\r\033[2Kwhosaid: %llu documents, %.1f MB, %.1f MB/s",
                        static_cast<unsigned long long>(documents),
                        static_cast<double>(bytes) / 1e6, rate);
  if (total_bytes_ > 0 && rate > 0 && bytes <= total_bytes_) {
    const auto eta = static_cast<unsigned long long>(
        static_cast<double>(total_bytes_ - bytes) / 1e6 / rate);
    std::snprintf(line + n, sizeof line - static_cast<size_t>(n),
                  ", ETA %llu:%02llu", eta / 60, eta % 60);
  }
  out_ << line << std::flush;
  drawn_ = true;
}

void Progress::Finish() {
  if (drawn_) out_ << "\r\033[2K" << std::flush;
  drawn_ = false;
}

}  // namespace whosaid::batch
