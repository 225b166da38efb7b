// RecordError: why one input document yields an ErrorRecord instead of a
// Report. `code` is the stable ErrorRecord.code ("invalid-json", "too-large",
// "not-found", …); `message` is lower-case with no final period.
//
// Thread-safety: a plain value.
#ifndef WHOSAID_BATCH_RECORD_ERROR_HPP_
#define WHOSAID_BATCH_RECORD_ERROR_HPP_

#include <cstdint>
#include <string>

#include "status.hpp"

namespace whosaid::batch {

struct RecordError {
  std::string code;
  std::string message;
  uint32_t column = 0;  // 1-based column (code points) in a JSON line, or 0

  static RecordError From(const Status& status) {
    return {StatusCodeName(status.code()), status.message(), 0};
  }
};

}  // namespace whosaid::batch

#endif  // WHOSAID_BATCH_RECORD_ERROR_HPP_
