// Status and Result<T>: errors as values across whosaid's library API.
//
// Every fallible library function returns a Status or a Result<T>; nothing
// in the library throws across its API. Messages follow LLVM diagnostics:
// lower-case start, no final period.
//
//   Result<Report> r = analyzer.Analyze(text, info);
//   if (!r.ok()) return r.status();
//   Use(*r);
//
// Thread-safety: plain values; copy freely.
#ifndef WHOSAID_STATUS_HPP_
#define WHOSAID_STATUS_HPP_

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace whosaid {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,   // the input cannot be analysed as given
  kNotFound,          // a file or resource does not exist
  kUnreadable,        // an I/O error
  kResourceExhausted, // a size limit was exceeded
  kInternal,          // a bug in whosaid
};

// Returns a stable lower-case id for `code` ("invalid-argument", …).
const char* StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status OkStatus() { return Status(); }

// Either a T or a non-ok Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok());
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T&& operator*() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

inline const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid-argument";
    case StatusCode::kNotFound: return "not-found";
    case StatusCode::kUnreadable: return "unreadable";
    case StatusCode::kResourceExhausted: return "too-large";
    case StatusCode::kInternal: return "internal";
  }
  return "unknown";
}

}  // namespace whosaid

#endif  // WHOSAID_STATUS_HPP_
