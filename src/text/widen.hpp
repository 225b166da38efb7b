// UTF-8 to UTF-16 for the sentence segmenter, with the UTF-8 offset of
// every UTF-16 unit (to map ICU's breaks back to bytes).
//
//   std::vector<char16_t> units(text.size());
//   std::vector<uint32_t> offsets(text.size() + 1);
//   size_t n = WidenUtf8(text, units.data(), offsets.data());
//
// Ill-formed sequences become U+FFFD, as ICU's UTF-8 UText reads them, so
// the breaks over the units are those over the bytes. Thread-safe (no
// state).
#ifndef WHOSAID_TEXT_WIDEN_HPP_
#define WHOSAID_TEXT_WIDEN_HPP_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace whosaid::text {

// Writes the UTF-16 units of `bytes` to `units` and, for each, the offset
// in `bytes` of the code point it comes from to `offsets` (both need room
// for bytes.size() entries: at most one unit per byte); offsets[n] is set
// to bytes.size(). Returns n, the number of units.
size_t WidenUtf8(std::string_view bytes, char16_t* units, uint32_t* offsets);

// The same one code point at a time: what WidenUtf8's block paths (eight
// or sixteen ASCII bytes at once) must agree with (fast_paths_test).
size_t WidenUtf8OneAtATime(std::string_view bytes, char16_t* units, uint32_t* offsets);

}  // namespace whosaid::text

#endif  // WHOSAID_TEXT_WIDEN_HPP_
