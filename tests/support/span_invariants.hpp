// Checks the span invariants on every whosaid.v1.Span inside a message,
// found by reflection: text[begin_byte, end_byte) == span.text, offsets
// inside the text, ordered and on code-point boundaries, code-point offsets
// and line:column agreeing with the bytes before them. `text` is the
// sanitized input (invalid bytes already U+001A), as the report's offsets
// refer to it.
//
// Shared by the golden tests and the fuzz checks (tests/fuzz).
#ifndef WHOSAID_TESTS_SUPPORT_SPAN_INVARIANTS_HPP_
#define WHOSAID_TESTS_SUPPORT_SPAN_INVARIANTS_HPP_

#include <google/protobuf/message.h>

#include <algorithm>
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

// Appends a description of each violated invariant to `errors`; returns the
// number of spans checked.
inline size_t CheckSpans(std::string_view text,
                         const google::protobuf::Message& message,
                         std::vector<std::string>& errors) {
  size_t checked = 0;
  if (const auto* span = dynamic_cast<const v1::Span*>(&message)) {
    ++checked;
    const std::string where = "span [" + std::to_string(span->begin_byte()) +
                              "," + std::to_string(span->end_byte()) + ") ";
    if (span->begin_byte() > span->end_byte() ||
        span->end_byte() > text.size()) {
      errors.push_back(where + "is outside the text");
      return checked;
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
    const std::string_view before = text.substr(0, span->begin_byte());
    if (CodePoints(before) != span->begin_code_point() ||
        CodePoints(slice) !=
            span->end_code_point() - span->begin_code_point()) {
      errors.push_back(where + "code-point offsets disagree with the bytes");
    }
    const size_t line_start = before.rfind('\n');
    const uint32_t line =
        static_cast<uint32_t>(std::count(before.begin(), before.end(), '\n')) +
        1;
    const uint32_t column =
        CodePoints(before.substr(
            line_start == std::string_view::npos ? 0 : line_start + 1)) +
        1;
    if (line != span->line() || column != span->column()) {
      errors.push_back(where + "line:column " + std::to_string(span->line()) +
                       ":" + std::to_string(span->column()) + " should be " +
                       std::to_string(line) + ":" + std::to_string(column));
    }
    return checked;
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
        checked += CheckSpans(
            text, reflection->GetRepeatedMessage(message, field, i), errors);
      }
    } else {
      checked +=
          CheckSpans(text, reflection->GetMessage(message, field), errors);
    }
  }
  return checked;
}

}  // namespace whosaid::testing

#endif  // WHOSAID_TESTS_SUPPORT_SPAN_INVARIANTS_HPP_
