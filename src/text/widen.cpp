#include "text/widen.hpp"

#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace whosaid::text {
namespace {

// True when the eight bytes at `p` are all ASCII.
bool EightAscii(const uint8_t* p) {
  uint64_t word;
  std::memcpy(&word, p, 8);
  return (word & 0x8080808080808080ull) == 0;
}

// Widens the code point at bytes[i] (advancing i past it) to units[n…],
// returns the new n. An ill-formed sequence becomes U+FFFD, as ICU's UTF-8
// UText reads it.
size_t WidenCodePoint(const uint8_t* bytes, int32_t& i, int32_t length, char16_t* units,
                      uint32_t* offsets, size_t n) {
  const auto at = static_cast<uint32_t>(i);
  UChar32 c = bytes[i];
  if (c < 0x80) {
    ++i;
  } else {
    U8_NEXT(bytes, i, length, c);
    if (c < 0) c = 0xFFFD;
  }
  if (c <= 0xFFFF) {
    units[n] = static_cast<char16_t>(c);
    offsets[n++] = at;
  } else {  // four bytes make two units
    units[n] = static_cast<char16_t>(U16_LEAD(c));
    offsets[n++] = at;
    units[n] = static_cast<char16_t>(U16_TRAIL(c));
    offsets[n++] = at;
  }
  return n;
}

}  // namespace

size_t WidenUtf8OneAtATime(std::string_view text, char16_t* units, uint32_t* offsets) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  size_t n = 0;
  for (int32_t i = 0; i < length;) n = WidenCodePoint(bytes, i, length, units, offsets, n);
  offsets[n] = static_cast<uint32_t>(length);
  return n;
}

size_t WidenUtf8(std::string_view text, char16_t* units, uint32_t* offsets) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  size_t n = 0;  // units written
#if defined(__SSE2__)
  const __m128i zero = _mm_setzero_si128();
  const __m128i steps = _mm_setr_epi32(0, 1, 2, 3);
  const __m128i four = _mm_set1_epi32(4);
#endif
  for (int32_t i = 0; i < length;) {
#if defined(__SSE2__)
    // Sixteen ASCII bytes (most of news text) make sixteen units and
    // offsets in a few vector instructions (eight a unit at a time cost
    // the segmenter as much as the rest of its own work).
    if (i + 16 <= length) {
      const __m128i block =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
      if (_mm_movemask_epi8(block) == 0) {  // no byte ≥ 0x80
        _mm_storeu_si128(reinterpret_cast<__m128i*>(units + n),
                         _mm_unpacklo_epi8(block, zero));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(units + n + 8),
                         _mm_unpackhi_epi8(block, zero));
        __m128i at = _mm_add_epi32(_mm_set1_epi32(i), steps);
        for (size_t k = 0; k < 16; k += 4) {
          _mm_storeu_si128(reinterpret_cast<__m128i*>(offsets + n + k), at);
          at = _mm_add_epi32(at, four);
        }
        n += 16;
        i += 16;
        continue;
      }
    }
#endif
    // Eight ASCII bytes make eight units at once.
    if (i + 8 <= length && EightAscii(bytes + i)) {
      for (int32_t k = 0; k < 8; ++k) {
        units[n + static_cast<size_t>(k)] = bytes[i + k];
        offsets[n + static_cast<size_t>(k)] = static_cast<uint32_t>(i + k);
      }
      n += 8;
      i += 8;
      continue;
    }
    n = WidenCodePoint(bytes, i, length, units, offsets, n);
  }
  offsets[n] = static_cast<uint32_t>(length);
  return n;
}

}  // namespace whosaid::text
