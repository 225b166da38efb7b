// UTF-8 validation and position bookkeeping for the original input.
//
// SanitizeUtf8 makes any byte string valid UTF-8 without moving a byte: each
// byte of an ill-formed sequence becomes U+001A (SUBSTITUTE, one byte), so
// byte offsets computed on the sanitized text are offsets into the input.
//
// PositionIndex answers "which code point, line and column is byte offset B"
// for one text in O(log n + 64).
//
// Thread-safety: free functions are reentrant; a PositionIndex is immutable
// after construction and may be shared between threads.
#ifndef WHOSAID_TEXT_UTF8_HPP_
#define WHOSAID_TEXT_UTF8_HPP_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::text {

// The replacement for each invalid byte: U+001A SUBSTITUTE.
inline constexpr char kSubstituteByte = '\x1a';

struct InvalidByte {
  uint32_t offset;  // byte offset in the input
  uint8_t value;    // the byte as it was
};

// Replaces every byte of every ill-formed UTF-8 sequence in `text` by
// kSubstituteByte, in place, and returns where they were (in order).
std::vector<InvalidByte> SanitizeUtf8(std::string& text);

// True when sanitized `text` looks like binary data rather than text: C0
// controls other than tab, line feed, form feed and carriage return make up
// more than 10% of its first 64 KiB. NUL bytes count, and so does invalid
// UTF-8, which SanitizeUtf8 turned into U+001A controls.
bool LooksBinary(std::string_view text);

struct Position {
  uint32_t code_point;  // 0-based code-point offset
  uint32_t line;        // 1-based
  uint32_t column;      // 1-based, in code points
};

class PositionIndex {
 public:
  // `text` must be valid UTF-8 and outlive the index.
  explicit PositionIndex(std::string_view text);

  // Returns the position of byte offset `byte` (<= text.size()); an offset
  // inside a multi-byte sequence has the position of that sequence's first
  // byte (its code point has not yet started).
  Position At(uint32_t byte) const;
  // At(byte).code_point alone (no line search), for span ends.
  uint32_t CodePointOf(uint32_t byte) const;

 private:
  static constexpr uint32_t kStride = 64;
  uint32_t CodePointAt(uint32_t byte) const;

  std::string_view text_;
  std::vector<uint32_t> line_starts_;          // byte offsets
  std::vector<uint32_t> line_code_points_;     // code point at each line start
  std::vector<uint32_t> code_points_before_;   // at every kStride-th byte
};

// Number of code points in `s` (valid UTF-8).
uint32_t CountCodePoints(std::string_view s);

// Appends `code_point` (a Unicode scalar value) to `out` as UTF-8.
void AppendUtf8(std::string& out, uint32_t code_point);

// The length in bytes of the well-formed UTF-8 sequence starting at s[i]
// (i < s.size()), its code point in `code_point`; 0 when it is ill-formed.
size_t DecodeUtf8At(std::string_view s, size_t i, uint32_t& code_point);

}  // namespace whosaid::text

#endif  // WHOSAID_TEXT_UTF8_HPP_
