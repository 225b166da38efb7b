// Checks the span invariants on every whosaid.v1.Span inside a message,
// found by reflection: text[begin_byte, end_byte) == span.text, offsets
// inside the text, ordered and on code-point boundaries, code-point offsets
// and line:column agreeing with the bytes before them. `text` is the
// sanitized input (invalid bytes already U+001A), as the report's offsets
// refer to it.
//
// Positions are recomputed from a plain per-byte count (TextIndex), not with
// whosaid's PositionIndex, so the check is independent of the code under
// test; building the index is linear, each span check O(log lines).
//
// Shared by the golden, fuzz and hostile-input tests.
#ifndef WHOSAID_TESTS_SUPPORT_SPAN_INVARIANTS_HPP_
#define WHOSAID_TESTS_SUPPORT_SPAN_INVARIANTS_HPP_

#include <google/protobuf/message.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "whosaid/v1/report.pb.h"

namespace whosaid::testing {

inline uint32_t CodePoints(std::string_view s) {
  uint32_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Code points before every byte offset and where each line starts.
class TextIndex {
 public:
  explicit TextIndex(std::string_view text) : text_(text) {
    code_points_before_.reserve(text.size() + 1);
    uint32_t n = 0;
    line_starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
      code_points_before_.push_back(n);
      n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
      if (text[i] == '\n') line_starts_.push_back(static_cast<uint32_t>(i + 1));
    }
    code_points_before_.push_back(n);
  }

  std::string_view text() const { return text_; }
  uint32_t CodePointsBefore(uint32_t byte) const {
    return code_points_before_[byte];
  }
  // 1-based line and column (in code points) of byte offset `byte`.
  std::pair<uint32_t, uint32_t> LineColumn(uint32_t byte) const {
    const auto it =
        std::upper_bound(line_starts_.begin(), line_starts_.end(), byte) - 1;
    return {static_cast<uint32_t>(it - line_starts_.begin()) + 1,
            code_points_before_[byte] - code_points_before_[*it] + 1};
  }

 private:
  std::string_view text_;
  std::vector<uint32_t> code_points_before_;  // text.size() + 1 entries
  std::vector<uint32_t> line_starts_;
};

// Calls `fn(span)` for every whosaid.v1.Span inside `message`, found by
// reflection, in field order.
template <typename Fn>
void ForEachSpan(const google::protobuf::Message& message, Fn&& fn) {
  if (const auto* span = dynamic_cast<const v1::Span*>(&message)) {
    fn(*span);
    return;
  }
  const auto* reflection = message.GetReflection();
  std::vector<const google::protobuf::FieldDescriptor*> fields;
  reflection->ListFields(message, &fields);
  for (const auto* field : fields) {
    if (field->cpp_type() !=
        google::protobuf::FieldDescriptor::CPPTYPE_MESSAGE) {
      continue;
    }
    if (field->is_repeated()) {
      for (int i = 0; i < reflection->FieldSize(message, field); ++i) {
        ForEachSpan(reflection->GetRepeatedMessage(message, field, i), fn);
      }
    } else {
      ForEachSpan(reflection->GetMessage(message, field), fn);
    }
  }
}

// Appends a description of each violated invariant to `errors`; returns the
// number of spans checked.
inline size_t CheckSpans(const TextIndex& index,
                         const google::protobuf::Message& message,
                         std::vector<std::string>& errors) {
  const std::string_view text = index.text();
  size_t checked = 0;
  ForEachSpan(message, [&](const v1::Span& s) {
    const v1::Span* span = &s;
    ++checked;
    const std::string where = "span [" + std::to_string(span->begin_byte()) +
                              "," + std::to_string(span->end_byte()) + ") ";
    if (span->begin_byte() > span->end_byte() ||
        span->end_byte() > text.size()) {
      errors.push_back(where + "is outside the text");
      return;
    }
    const auto inside_sequence = [&](uint32_t offset) {
      return offset < text.size() &&
             (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80;
    };
    if (inside_sequence(span->begin_byte()) ||
        inside_sequence(span->end_byte())) {
      errors.push_back(where + "cuts a UTF-8 sequence");
    }
    const std::string_view slice =
        text.substr(span->begin_byte(), span->end_byte() - span->begin_byte());
    if (slice != span->text()) {
      errors.push_back(where + "text \"" + span->text() + "\" != input \"" +
                       std::string(slice) + "\"");
    }
    if (index.CodePointsBefore(span->begin_byte()) !=
            span->begin_code_point() ||
        index.CodePointsBefore(span->end_byte()) != span->end_code_point()) {
      errors.push_back(where + "code-point offsets disagree with the bytes");
    }
    const auto [line, column] = index.LineColumn(span->begin_byte());
    if (line != span->line() || column != span->column()) {
      errors.push_back(where + "line:column " + std::to_string(span->line()) +
                       ":" + std::to_string(span->column()) + " should be " +
                       std::to_string(line) + ":" + std::to_string(column));
    }
  });
  return checked;
}

// Convenience overload for one message.
inline size_t CheckSpans(std::string_view text,
                         const google::protobuf::Message& message,
                         std::vector<std::string>& errors) {
  return CheckSpans(TextIndex(text), message, errors);
}

}  // namespace whosaid::testing

#endif  // WHOSAID_TESTS_SUPPORT_SPAN_INVARIANTS_HPP_
