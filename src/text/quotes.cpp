#include "text/quotes.hpp"

#include <algorithm>
#include <array>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/chars.hpp"
#include "text/segment.hpp"

namespace whosaid::text {
namespace {

enum class Mark { kNone, kOpen, kClose, kToggle };

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Classifies the quotation mark at `i`, setting `length` to its byte length.
Mark MarkAt(std::string_view text, size_t i, size_t& length) {
  const auto c = static_cast<unsigned char>(text[i]);
  length = 1;
  if (c == '"') return Mark::kToggle;
  // A doubled apostrophe or backtick stands for '"' in plain-text newsroom
  // style (``Like this,'' or ''like this,'').
  if (i + 1 < text.size() && text[i + 1] == text[i]) {
    length = 2;
    if (c == '\'') return Mark::kToggle;
    if (c == '`') return Mark::kOpen;
  }
  length = 1;
  if (i + 1 < text.size() && c == 0xC2) {
    length = 2;
    const auto d = static_cast<unsigned char>(text[i + 1]);
    if (d == 0xAB) return Mark::kOpen;   // «
    if (d == 0xBB) return Mark::kClose;  // »
  }
  if (i + 2 < text.size() && c == 0xE2 &&
      static_cast<unsigned char>(text[i + 1]) == 0x80) {
    length = 3;
    const auto d = static_cast<unsigned char>(text[i + 2]);
    // A curly mark typed the wrong way round faces where it stands: “ after
    // a word or a comma and before a space closes ("“It's unusual,“ said
    // Noble"), ” after a space and before a letter opens.
    auto blank = [](char b) { return IsSpace(b) || b == '\n'; };
    const bool after_space = i == 0 || blank(text[i - 1]);
    const bool before_space = i + 3 == text.size() || blank(text[i + 3]);
    if (d == 0x9C) return !after_space && before_space ? Mark::kClose : Mark::kOpen;  // “
    if (d == 0x9E) return Mark::kOpen;                                                // „
    if (d == 0x9D) {                                                                  // ”
      return after_space && !before_space && i + 3 < text.size() &&
                     IsAsciiAlnum(text[i + 3])
                 ? Mark::kOpen
                 : Mark::kClose;
    }
  }
  length = 1;
  return Mark::kNone;
}

// The first bytes of every mark MarkAt knows: '"', '\'', '`', and the lead
// bytes of « » (0xC2) and “ ” „ (0xE2).
constexpr auto kMayStartMark = [] {
  std::array<bool, 256> table{};
  for (unsigned char c : {'"', '\'', '`'}) table[c] = true;
  table[0xC2] = true;
  table[0xE2] = true;
  return table;
}();

// The first offset in [i, end) whose byte may start a mark
// (kMayStartMark), or `end` (or `i`, when it is past `end`). Sixteen bytes
// at a time where SSE2 is there: marks are rare, and BalanceOf reads whole
// content spans, which in a long sentence run to kilobytes for each of its
// attributions.
size_t NextMayStartMark(std::string_view text, size_t i, size_t end) {
#if defined(__SSE2__)
  const __m128i marks[] = {_mm_set1_epi8('"'), _mm_set1_epi8('\''), _mm_set1_epi8('`'),
                           _mm_set1_epi8(static_cast<char>(0xC2)),
                           _mm_set1_epi8(static_cast<char>(0xE2))};
  for (; i + 16 <= end; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    __m128i hit = _mm_setzero_si128();
    for (const __m128i& mark : marks) hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, mark));
    if (const int mask = _mm_movemask_epi8(hit); mask != 0) {
      return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
  }
#endif
  while (i < end && !kMayStartMark[static_cast<unsigned char>(text[i])]) ++i;
  return i;
}

}  // namespace

size_t QuoteMarkLengthAt(std::string_view text, size_t i) {
  if (i >= text.size()) return 0;
  size_t length = 0;
  return MarkAt(text, i, length) == Mark::kNone ? 0 : length;
}

namespace {

// BalanceOf's count over text[begin, end): with `skip`, from each mark to
// the next byte that may start one (NextMayStartMark); without, trying
// every byte (the reference).
QuoteBalance CountMarks(std::string_view text, size_t begin, size_t end, bool skip) {
  QuoteBalance balance;
  end = std::min(end, text.size());
  for (size_t i = begin;;) {
    if (skip) i = NextMayStartMark(text, i, end);
    if (i >= end) break;
    size_t length = 1;
    const Mark mark = MarkAt(text, i, length);
    if (mark == Mark::kOpen || (mark == Mark::kToggle && balance.unclosed == 0)) {
      ++balance.unclosed;
    } else if (mark == Mark::kClose || mark == Mark::kToggle) {
      if (balance.unclosed > 0) {
        --balance.unclosed;
      } else {
        ++balance.unopened;
      }
    }
    i += mark == Mark::kNone ? 1 : length;
  }
  return balance;
}

}  // namespace

QuoteBalance BalanceOf(std::string_view text, size_t begin, size_t end) {
  return CountMarks(text, begin, end, /*skip=*/true);
}

QuoteBalance BalanceOfOneAtATime(std::string_view text, size_t begin, size_t end) {
  return CountMarks(text, begin, end, /*skip=*/false);
}

size_t QuoteMarkLengthBefore(std::string_view text, size_t end) {
  for (size_t length = 1; length <= 3 && length <= end; ++length) {
    if (QuoteMarkLengthAt(text, end - length) == length) return length;
  }
  return 0;
}

namespace {

QuotePiece TrimmedPiece(std::string_view text, uint32_t begin, uint32_t end) {
  while (begin < end && IsSpace(text[begin])) ++begin;
  while (end > begin && IsSpace(text[end - 1])) --end;
  return {begin, end};
}

}  // namespace

std::vector<Quotation> FindQuotations(std::string_view text) {
  std::vector<Quotation> quotations;
  std::optional<Quotation> open;
  uint32_t piece_begin = 0;
  const std::vector<ParagraphSpan> paragraphs = SplitParagraphs(text);
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    const ParagraphSpan& para = paragraphs[p];
    size_t i = para.begin;
    if (open) {  // carried over: only an opening mark continues it
      size_t length = 0;
      const Mark mark = MarkAt(text, i, length);
      if (mark == Mark::kOpen || mark == Mark::kToggle) {
        piece_begin = static_cast<uint32_t>(i + length);
        i += length;
      } else {
        quotations.push_back(std::move(*open));
        open.reset();
      }
    }
    while (i < para.end) {
      // Skip to the next byte that may start a mark (MarkAt is kNone, one
      // byte long, everywhere else).
      i = NextMayStartMark(text, i, para.end);
      if (i >= para.end) break;
      size_t length = 1;
      const Mark mark = MarkAt(text, i, length);
      const auto at = static_cast<uint32_t>(i);
      if (mark == Mark::kOpen || (mark == Mark::kToggle && !open)) {
        if (!open) {
          open = Quotation{at, 0, false, {}};
          piece_begin = at + static_cast<uint32_t>(length);
        }
      } else if (mark == Mark::kClose || mark == Mark::kToggle) {
        if (open) {
          // Three apostrophes close a quotation nested in a '' one ("''... by
          // that?''' Mr. Biden said"): the first closes the inner quotation,
          // the last two the outer one.
          if (length == 2 && text[i] == '\'' && i + 2 < para.end && text[i + 2] == '\'') {
            ++i;
            continue;
          }
          open->pieces.push_back(TrimmedPiece(text, piece_begin, at));
          open->close = at + static_cast<uint32_t>(length);
          open->closed = true;
          quotations.push_back(std::move(*open));
          open.reset();
        }
      }
      i += length;
    }
    if (open) {  // open at paragraph end: maybe continued by the next one
      open->pieces.push_back(TrimmedPiece(text, piece_begin, para.end));
      open->close = para.end;
      size_t next_length = 0;
      const bool continues =
          p + 1 < paragraphs.size() &&
          MarkAt(text, paragraphs[p + 1].begin, next_length) != Mark::kNone &&
          MarkAt(text, paragraphs[p + 1].begin, next_length) != Mark::kClose;
      if (!continues) {
        quotations.push_back(std::move(*open));
        open.reset();
      }
    }
  }
  if (open) quotations.push_back(std::move(*open));
  return quotations;
}

int QuotationAt(const std::vector<Quotation>& quotations, uint32_t offset) {
  auto it = std::upper_bound(
      quotations.begin(), quotations.end(), offset,
      [](uint32_t value, const Quotation& q) { return value < q.open; });
  if (it == quotations.begin()) return -1;
  --it;
  return offset < it->close ? static_cast<int>(it - quotations.begin()) : -1;
}

}  // namespace whosaid::text
