#include "text/utf8.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace whosaid::text {

std::vector<InvalidByte> SanitizeUtf8(std::string& text) {
  std::vector<InvalidByte> invalid;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    if (bytes[i] < 0x80) {  // ASCII fast path, eight bytes at a time
      ++i;
      while (i + 8 <= length) {
        uint64_t v;
        std::memcpy(&v, bytes + i, 8);
        if ((v & 0x8080808080808080ull) != 0) break;
        i += 8;
      }
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {  // ill-formed: [start, i) is its maximal subpart
      for (int32_t j = start; j < i; ++j) {
        invalid.push_back({static_cast<uint32_t>(j), bytes[j]});
        text[static_cast<size_t>(j)] = kSubstituteByte;
      }
    }
  }
  return invalid;
}

bool LooksBinary(std::string_view text) {
  const size_t window = std::min<size_t>(text.size(), 64 * 1024);
  auto is_control = [](unsigned char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r';
  };
  size_t controls = 0;
  size_t i = 0;
  // Eight bytes at a time: only a word holding a byte below 0x20 is looked
  // at byte by byte. (Setting bit 7 of every byte first keeps the
  // subtraction from borrowing across bytes; bit 7 of the difference is
  // then clear exactly for the bytes below 0x20, ASCII ones kept by ~word.)
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  for (; i + 8 <= window; i += 8) {
    uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    const uint64_t below_0x20 =
        ~((word | kHigh) - 0x2020202020202020ull) & ~word & kHigh;
    if (below_0x20 == 0) continue;
    for (size_t k = i; k < i + 8; ++k) {
      controls += is_control(static_cast<unsigned char>(text[k]));
    }
  }
  for (; i < window; ++i) {
    controls += is_control(static_cast<unsigned char>(text[i]));
  }
  return controls * 10 > window;
}

uint32_t CountCodePoints(std::string_view s) {
  // Eight bytes at a time: a continuation byte is 10xxxxxx, so bit 7 set and
  // bit 6 clear; count those and subtract.
  size_t i = 0;
  size_t continuation = 0;
#if defined(__SSE2__)
  // Sixteen at a time first (positions of every span ask this): as signed
  // bytes, continuation bytes are those below -64. Each compare adds -1 per
  // hit to a byte counter, summed (psadbw) before a counter can wrap.
  const __m128i below = _mm_set1_epi8(-64);
  const __m128i zero = _mm_setzero_si128();
  while (i + 16 <= s.size()) {
    __m128i counts = zero;  // per byte, the hits negated
    for (int round = 0; round < 255 && i + 16 <= s.size(); ++round, i += 16) {
      const __m128i block =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      counts = _mm_add_epi8(counts, _mm_cmplt_epi8(block, below));
    }
    const __m128i sums = _mm_sad_epu8(_mm_sub_epi8(zero, counts), zero);
    continuation += static_cast<size_t>(_mm_cvtsi128_si32(sums)) +
                    static_cast<size_t>(_mm_extract_epi16(sums, 4));
  }
#endif
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    // One bit per byte: summing the bytes by a multiply (the sum is at
    // most 8, so no byte overflows) needs no popcount instruction.
    continuation +=
        static_cast<size_t>((((v >> 7) & ~(v >> 6) & 0x0101010101010101ull) *
                             0x0101010101010101ull) >>
                            56);
  }
  for (; i < s.size(); ++i) {
    continuation += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  }
  return static_cast<uint32_t>(s.size() - continuation);
}

PositionIndex::PositionIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  line_code_points_.push_back(0);
  code_points_before_.push_back(0);  // so an empty text has one block
  code_points_before_.reserve(text.size() / kStride + 1);
  uint32_t code_points = 0;  // before `block`
  // Block by block: code points counted eight bytes at a time, line breaks
  // found with memchr.
  for (size_t block = 0; block < text.size(); block += kStride) {
    if (block > 0) code_points_before_.push_back(code_points);
    const size_t block_end = std::min(text.size(), block + kStride);
    size_t from = block;
    while (const void* found =
               std::memchr(text.data() + from, '\n', block_end - from)) {
      const size_t line_start =
          static_cast<size_t>(static_cast<const char*>(found) - text.data()) +
          1;
      line_starts_.push_back(static_cast<uint32_t>(line_start));
      line_code_points_.push_back(
          code_points +
          CountCodePoints(text.substr(block, line_start - block)));
      from = line_start;
    }
    code_points += CountCodePoints(text.substr(block, block_end - block));
  }
}

uint32_t PositionIndex::CodePointAt(uint32_t byte) const {
  const uint32_t block = std::min<uint32_t>(
      byte / kStride, static_cast<uint32_t>(code_points_before_.size()) - 1);
  const uint32_t from = block * kStride;
  return code_points_before_[block] +
         CountCodePoints(text_.substr(from, byte - from));
}

namespace {

// The byte offset, at most text.size(), moved back to the lead byte of the
// sequence it is inside of.
uint32_t LeadByte(std::string_view text, uint32_t byte) {
  byte = std::min<uint32_t>(byte, static_cast<uint32_t>(text.size()));
  while (byte > 0 && byte < text.size() &&
         (static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) {
    --byte;  // inside a sequence: the position of its lead byte
  }
  return byte;
}

}  // namespace

uint32_t PositionIndex::CodePointOf(uint32_t byte) const {
  return CodePointAt(LeadByte(text_, byte));
}

Position PositionIndex::At(uint32_t byte) const {
  byte = LeadByte(text_, byte);
  const auto line_it =
      std::upper_bound(line_starts_.begin(), line_starts_.end(), byte) - 1;
  const uint32_t code_point = CodePointAt(byte);
  const auto line = static_cast<size_t>(line_it - line_starts_.begin());
  return {code_point, static_cast<uint32_t>(line) + 1,
          code_point - line_code_points_[line] + 1};
}

void AppendUtf8(std::string& out, uint32_t code_point) {
  uint8_t bytes[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(bytes, length, static_cast<UChar32>(code_point));
  out.append(reinterpret_cast<const char*>(bytes), static_cast<size_t>(length));
}

size_t DecodeUtf8At(std::string_view s, size_t i, uint32_t& code_point) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto length = static_cast<int64_t>(s.size());
  int64_t next = static_cast<int64_t>(i);
  UChar32 c;
  U8_NEXT(bytes, next, length, c);
  if (c < 0) return 0;
  code_point = static_cast<uint32_t>(c);
  return static_cast<size_t>(next) - i;
}

}  // namespace whosaid::text
