// Byte classes of (folded) news text that every layer asks about: the
// text layer's segmenter, the grammar and the claims layer share one
// definition.
//
//   if (IsWordByte(s[i])) ...   // ASCII letter or digit, or any byte of a
//                               // multi-byte UTF-8 sequence
//
// Thread-safety: constants and pure functions.
#ifndef WHOSAID_TEXT_CHARS_HPP_
#define WHOSAID_TEXT_CHARS_HPP_

#include <array>
#include <cstddef>

namespace whosaid::text {

// std::isalnum in the "C" locale (whosaid never sets another): ASCII
// letters and digits. Inline, where std::isalnum is a call per byte.
constexpr bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// True for bytes that may continue a word: ASCII letters and digits, and
// every byte of a multi-byte UTF-8 sequence (letters of other scripts).
// (A table: the grammar and the tokenizers ask this of every byte.)
inline constexpr auto kWordBytes = [] {
  std::array<bool, 256> table{};
  for (int u = 0; u < 256; ++u) {
    table[static_cast<size_t>(u)] = IsAsciiAlnum(static_cast<char>(u)) || u >= 0x80;
  }
  return table;
}();
inline bool IsWordByte(char c) { return kWordBytes[static_cast<unsigned char>(c)]; }

// The bytes that join two runs of word bytes into one word when they stand
// between them: "al-sharaa", "sharaa's", "u.s", "at&t", "cnn/orc".
constexpr bool IsWordJoiner(char c) {
  return c == '\'' || c == '-' || c == '.' || c == '&' || c == '/';
}

constexpr bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

// True when s[i] joins the word bytes on either side of it into one word:
// a joiner, or a thousands separator between digits ("500,000", which
// would else end a noun phrase at "500"). Needs 0 < i < s.size() - 1.
inline bool JoinsWordsAt(const char* s, size_t i) {
  return (IsWordJoiner(s[i]) && IsWordByte(s[i - 1]) && IsWordByte(s[i + 1])) ||
         (s[i] == ',' && IsAsciiDigit(s[i - 1]) && IsAsciiDigit(s[i + 1]));
}

}  // namespace whosaid::text

#endif  // WHOSAID_TEXT_CHARS_HPP_
