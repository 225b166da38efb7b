#include "text/normalize.hpp"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace whosaid::text {
namespace {

// Returns the ASCII replacement for a typographic code point, or 0.
char AsciiFor(UChar32 c) {
  switch (c) {
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x00AB: case 0x00BB: case 0x2033:
      return '"';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
      return '\'';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212:
      return '-';
    default:
      return 0;
  }
}

// The offset of the first non-ASCII byte of `s` at or after `from`, or
// s.size(); eight bytes at a time (most news text is ASCII).
size_t FirstNonAscii(std::string_view s, size_t from) {
  constexpr uint64_t kHighBits = 0x8080808080808080ull;
  while (from + 8 <= s.size()) {
    uint64_t word;
    std::memcpy(&word, s.data() + from, 8);
    if ((word & kHighBits) != 0) break;
    from += 8;
  }
  while (from < s.size() && static_cast<unsigned char>(s[from]) < 0x80) ++from;
  return from;
}

bool AllAscii(std::string_view s) { return FirstNonAscii(s, 0) == s.size(); }

// ASCII bytes that stage 2 of FoldInto copies as they are: all but white
// space and the apostrophe and backtick (which may pair up).
constexpr auto kCopiedAsIs = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x80; ++c) {
    table[static_cast<size_t>(c)] =
        !(c == ' ' || (c >= '\t' && c <= '\r') || c == '\'' || c == '`');
  }
  return table;
}();

// The typographic code points most news text holds, all of them E2 80 xx
// in UTF-8: en and em dashes, single and double curly quotes. Each is its
// own NFKC_Casefold (no decomposition, no case, nothing composes with it),
// so in text of ASCII and these alone folding maps every code point on its
// own and the whole of Fold fits in one pass (FoldSimple).
bool IsSimpleTypographic(std::string_view s, size_t i) {
  if (i + 2 >= s.size() || s[i] != '\xE2' || s[i + 1] != '\x80') return false;
  switch (s[i + 2]) {
    case '\x93':  // U+2013 en dash
    case '\x94':  // U+2014 em dash
    case '\x98':  // U+2018 left single quote
    case '\x99':  // U+2019 right single quote
    case '\x9C':  // U+201C left double quote
    case '\x9D':  // U+201D right double quote
      return true;
    default:
      return false;
  }
}

// True when every non-ASCII code point of `s` IsSimpleTypographic.
bool OnlySimpleTypographic(std::string_view s) {
  for (size_t i = FirstNonAscii(s, 0); i < s.size();
       i = FirstNonAscii(s, i + 3)) {
    if (!IsSimpleTypographic(s, i)) return false;
  }
  return true;
}

#if defined(__SSE2__)
// FoldSimple's step over sixteen bytes at once where each is copied as it
// is (lower-cased) or is a space that starts no run of white space: no
// other white space, apostrophe, backtick or non-ASCII byte, no two spaces
// together, and no space right after a written one. Writes them as the
// byte loop would and returns true, or writes nothing and returns false.
bool FoldSixteen(const char* in, uint32_t src, bool after_space, char* text,
                 uint32_t* begin, uint32_t* end) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in));
  const __m128i control = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('\t' - 1)),
                                        _mm_cmplt_epi8(v, _mm_set1_epi8('\r' + 1)));
  const __m128i quote = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')),
                                     _mm_cmpeq_epi8(v, _mm_set1_epi8('`')));
  // (The sign bit is set for non-ASCII bytes.)
  if (_mm_movemask_epi8(_mm_or_si128(v, _mm_or_si128(control, quote))) != 0) return false;
  const auto spaces =
      static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
  if ((spaces & (spaces >> 1)) != 0 || ((spaces & 1u) != 0 && after_space)) return false;
  const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                      _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(text),
                   _mm_add_epi8(v, _mm_and_si128(upper, _mm_set1_epi8(32))));
  __m128i at = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(src)), _mm_setr_epi32(0, 1, 2, 3));
  const __m128i one = _mm_set1_epi32(1);
  const __m128i four = _mm_set1_epi32(4);
  for (int q = 0; q < 4; ++q) {
    _mm_storeu_si128(reinterpret_cast<__m128i*>(begin + 4 * q), at);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(end + 4 * q), _mm_add_epi32(at, one));
    at = _mm_add_epi32(at, four);
  }
  return true;
}
#endif

// Fold() for input of ASCII and IsSimpleTypographic code points only, where
// NFKC_Casefold is lower-casing: the same output (text and offsets) as the
// general path in one pass. (fast_paths_test compares the two.)
void FoldSimple(std::string_view input, uint32_t base_offset, FoldedText& out) {
  const size_t n = input.size();
  out.text.resize(n);
  out.source_begin.resize(n);
  out.source_end.resize(n);
  char* text = out.text.data();
  uint32_t* begin = out.source_begin.data();
  uint32_t* end = out.source_end.data();
  size_t k = 0;  // bytes written
  for (size_t i = 0; i < n; ++i) {
#if defined(__SSE2__)
    // (fast_paths_test compares the result with the general path's.)
    while (i + 16 <= n &&
           FoldSixteen(input.data() + i, static_cast<uint32_t>(i) + base_offset,
                       k > 0 && text[k - 1] == ' ', text + k, begin + k, end + k)) {
      i += 16;
      k += 16;
    }
    if (i == n) break;
#endif
    const char c = input[i];
    const uint32_t src = static_cast<uint32_t>(i) + base_offset;
    if (kCopiedAsIs[static_cast<unsigned char>(c)]) {  // one test for most
      text[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      begin[k] = src;
      end[k++] = src + 1;
      continue;
    }
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      if (k > 0 && text[k - 1] == ' ') {
        end[k - 1] = src + 1;  // extend the collapsed run
      } else {
        text[k] = ' ';
        begin[k] = src;
        end[k++] = src + 1;
      }
      continue;
    }
    if ((c == '\'' || c == '`') && i + 1 < n && input[i + 1] == c) {
      text[k] = '"';  // ''doubled'' apostrophes or backticks
      begin[k] = src;
      end[k++] = src + 2;
      ++i;
      continue;
    }
    if (static_cast<unsigned char>(c) >= 0x80) {  // E2 80 xx (see above)
      const char last = input[i + 2];
      begin[k] = src;
      if (last == '\x99' && IsSimpleTypographic(input, i + 3) &&
          input[i + 5] == '\x99') {
        text[k] = '"';  // two right single quotes, as two apostrophes
        end[k++] = src + 6;
        i += 5;
        continue;
      }
      text[k] = last == '\x93' || last == '\x94'   ? '-'
                : last == '\x98' || last == '\x99' ? '\''
                                                   : '"';
      end[k++] = src + 3;
      i += 2;
      continue;
    }
    text[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    begin[k] = src;
    end[k++] = src + 1;
  }
  out.text.resize(k);
  out.source_begin.resize(k);
  out.source_end.resize(k);
}

}  // namespace

std::pair<uint32_t, uint32_t> FoldedText::ToSource(uint32_t begin,
                                                   uint32_t end) const {
  if (source_begin.empty()) return {0, 0};
  if (begin >= text.size()) {
    const uint32_t at = source_end.back();
    return {at, at};
  }
  if (end <= begin) return {source_begin[begin], source_begin[begin]};
  return {source_begin[begin], source_end[end - 1]};
}

Result<FoldedText> Fold(std::string_view input, uint32_t base_offset) {
  FoldedText out;
  Status status = FoldInto(input, base_offset, out);
  if (!status.ok()) return status;
  return out;
}

Status FoldInto(std::string_view input, uint32_t base_offset, FoldedText& out) {
  if (OnlySimpleTypographic(input)) {  // pure ASCII, or news with curly quotes
    FoldSimple(input, base_offset, out);
    return OkStatus();
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf =
      icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) {
    return Status(StatusCode::kInternal,
                  std::string("icu: cannot load nfkc_cf: ") +
                      u_errorName(status));
  }
  // Stage 1: NFKC_Casefold. For ASCII that is plain lower-casing, and every
  // ASCII character has a normalisation boundary before it, so only the
  // chunks holding non-ASCII text (each with the ASCII character before it,
  // which a combining mark may compose with) go through ICU; the rest is
  // folded inline. The result is the same as normalising the whole slice.
  std::string stage1;
  stage1.reserve(input.size() + input.size() / 8);
  // Alignment: folded byte -> input range.
  std::vector<uint32_t> begin1, end1;
  begin1.reserve(input.size() + input.size() / 8);
  end1.reserve(input.size() + input.size() / 8);
  auto is_ascii = [&](size_t k) {
    return static_cast<unsigned char>(input[k]) < 0x80;
  };
  const size_t n = input.size();
  size_t i0 = 0;
  while (i0 < n) {
    if (is_ascii(i0) && (i0 + 1 == n || is_ascii(i0 + 1))) {
      // A run of such bytes is lower-cased in one go. It ends at the end of
      // the input or at the ASCII byte before the next non-ASCII one.
      const size_t next_non_ascii = FirstNonAscii(input, i0 + 1);
      const size_t j = next_non_ascii == n ? n : next_non_ascii - 1;
      const size_t base = stage1.size();
      stage1.resize(base + (j - i0));
      begin1.resize(stage1.size());
      end1.resize(stage1.size());
      char* text1 = stage1.data() + base;
      uint32_t* b1 = begin1.data() + base;
      uint32_t* e1 = end1.data() + base;
      for (size_t k = i0; k < j; ++k) {
        const char c = input[k];
        const uint32_t src = static_cast<uint32_t>(k) + base_offset;
        *text1++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
        *b1++ = src;
        *e1++ = src + 1;
      }
      i0 = j;
      continue;
    }
    size_t j = i0 + 1;
    while (j < n && !(is_ascii(j) && (j + 1 == n || is_ascii(j + 1)))) ++j;
    const size_t out_base = stage1.size();
    icu::StringByteSink<std::string> sink(&stage1);
    icu::Edits edits;
    nfkc_cf->normalizeUTF8(
        0, icu::StringPiece(input.data() + i0, static_cast<int32_t>(j - i0)),
        sink, &edits, status);
    if (U_FAILURE(status)) {
      return Status(
          StatusCode::kInternal,
          std::string("icu: case folding failed: ") + u_errorName(status));
    }
    begin1.resize(stage1.size());
    end1.resize(stage1.size());
    icu::Edits::Iterator it = edits.getFineIterator();
    while (it.next(status)) {
      const auto src =
          static_cast<uint32_t>(it.sourceIndex() + i0) + base_offset;
      const auto dst = static_cast<uint32_t>(it.destinationIndex() + out_base);
      const auto old_len = static_cast<uint32_t>(it.oldLength());
      const auto new_len = static_cast<uint32_t>(it.newLength());
      for (uint32_t k = 0; k < new_len; ++k) {
        if (it.hasChange()) {
          begin1[dst + k] = src;
          end1[dst + k] = src + old_len;
        } else {
          begin1[dst + k] = src + k;
          end1[dst + k] = src + k + 1;
        }
      }
    }
    i0 = j;
  }
  // Stage 2: collapse white space, make quotes and dashes ASCII. It never
  // writes more bytes than it reads, so the output is sized once and
  // written through pointers.
  out.text.resize(stage1.size());
  out.source_begin.resize(stage1.size());
  out.source_end.resize(stage1.size());
  char* const text = out.text.data();
  uint32_t* const out_begin = out.source_begin.data();
  uint32_t* const out_end = out.source_end.data();
  size_t k = 0;  // bytes written
  const auto* bytes = reinterpret_cast<const uint8_t*>(stage1.data());
  const auto length = static_cast<int32_t>(stage1.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    bool white;
    if (kCopiedAsIs[bytes[i]]) {
      // A run of ASCII bytes copied as they are, with their offsets, in a
      // tight loop (runs are words: too short for memcpy calls to pay).
      do {
        const auto at = static_cast<size_t>(i++);
        text[k] = static_cast<char>(bytes[at]);
        out_begin[k] = begin1[at];
        out_end[k++] = end1[at];
      } while (i < length && kCopiedAsIs[bytes[i]]);
      continue;
    }
    if (bytes[i] < 0x80) {  // white space, an apostrophe or a backtick
      c = bytes[i++];
      white = c == ' ' || (c >= '\t' && c <= '\r');
    } else {
      U8_NEXT(bytes, i, length, c);
      white = c >= 0 && u_isUWhiteSpace(c);
    }
    const uint32_t src_begin = begin1[static_cast<size_t>(start)];
    const uint32_t src_end = end1[static_cast<size_t>(i - 1)];
    if (white) {
      if (k > 0 && text[k - 1] == ' ') {
        out_end[k - 1] = src_end;  // extend the collapsed run
      } else {
        text[k] = ' ';
        out_begin[k] = src_begin;
        out_end[k++] = src_end;
      }
      continue;
    }
    if (c == '\'' || c == 0x2019 || c == '`') {
      // Two apostrophes or backticks are a double quotation mark in some
      // newsrooms' plain-text style (''Like this,'' he said).
      int32_t next = i;
      UChar32 c2;
      U8_NEXT(bytes, next, length, c2);
      if (i < length && c2 == c) {
        text[k] = '"';
        out_begin[k] = src_begin;
        out_end[k++] = end1[static_cast<size_t>(next - 1)];
        i = next;
        continue;
      }
    }
    if (const char ascii = AsciiFor(c)) {
      text[k] = ascii;
      out_begin[k] = src_begin;
      out_end[k++] = src_end;
      continue;
    }
    for (int32_t b = start; b < i; ++b) {
      text[k] = static_cast<char>(bytes[b]);
      out_begin[k] = begin1[static_cast<size_t>(b)];
      out_end[k++] = end1[static_cast<size_t>(b)];
    }
  }
  out.text.resize(k);
  out.source_begin.resize(k);
  out.source_end.resize(k);
  return OkStatus();
}

std::string FoldString(std::string_view s) {
  if (AllAscii(s)) {
    // FoldAscii's text without the offset map (source typing folds short
    // phrases by the thousand).
    // Written through a pointer: the output is never longer than `s`.
    std::string out(s.size(), '\0');
    char* const text = out.data();
    size_t k = 0;  // bytes written
    for (size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      if (kCopiedAsIs[static_cast<unsigned char>(c)]) {  // one test for most
        text[k++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      } else if (c == ' ' || (c >= '\t' && c <= '\r')) {
        if (k == 0 || text[k - 1] != ' ') text[k++] = ' ';
      } else if ((c == '\'' || c == '`') && i + 1 < s.size() && s[i + 1] == c) {
        text[k++] = '"';
        ++i;
      } else {
        text[k++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      }
    }
    out.resize(k);
    return out;
  }
  Result<FoldedText> folded = Fold(s);
  if (!folded.ok()) return std::string();
  return std::move(folded->text);
}

}  // namespace whosaid::text
