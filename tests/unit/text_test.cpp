// Unit tests for the text layer: UTF-8 sanitising and positions, folding
// with offset maps, paragraph and sentence segmentation, quotations.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/lexicon.hpp"
#include "text/dateline.hpp"
#include "text/normalize.hpp"
#include "text/quotes.hpp"
#include "text/segment.hpp"
#include "text/sentence_breaks.hpp"
#include "text/utf8.hpp"

namespace whosaid::text {
namespace {

// ---------------------------------------------------------------------------
// SentenceBreaker: UAX #29's sentence rules straight from UTF-8

// The breaks of `text`, or {999} when the breaker refuses it.
std::vector<uint32_t> BreaksOf(std::string_view text) {
  static const SentenceBreaker breaker;
  std::vector<uint32_t> breaks;
  if (!breaker.Breaks(text, breaks)) return {999};
  return breaks;
}

TEST(SentenceBreakerTest, BreaksAfterTerminatorsAndTheirClosingMarks) {
  EXPECT_EQ(BreaksOf("He left. She stayed."), (std::vector<uint32_t>{9, 20}));
  EXPECT_EQ(BreaksOf("Why? Because."), (std::vector<uint32_t>{5, 13}));
  // Closing quotation marks and spaces stay with the sentence (SB9, SB10).
  EXPECT_EQ(BreaksOf("\"Go.\" Then"), (std::vector<uint32_t>{6, 10}));
  EXPECT_EQ(BreaksOf("\xE2\x80\x9CGo!\xE2\x80\x9D Then"), (std::vector<uint32_t>{10, 14}));
  // SB8 looks for a lower-case letter after "." only: "?" breaks before one
  // ("“Why?” he asked." is cut; grammar rules take the speaker across).
  EXPECT_EQ(BreaksOf("\"Why?\" he asked."), (std::vector<uint32_t>{7, 16}));
  EXPECT_EQ(BreaksOf(""), (std::vector<uint32_t>{}));
}

TEST(SentenceBreakerTest, NoBreakWhereTheRulesSayTheSentenceGoesOn) {
  EXPECT_EQ(BreaksOf("It rose 3.5 percent."), (std::vector<uint32_t>{20}));   // SB6
  EXPECT_EQ(BreaksOf("The U.S.A. said no."), (std::vector<uint32_t>{19}));    // SB7
  EXPECT_EQ(BreaksOf("Apples, etc. and pears."), (std::vector<uint32_t>{23}));  // SB8
  EXPECT_EQ(BreaksOf("No. 5 in the poll."), (std::vector<uint32_t>{18}));   // SB8
  EXPECT_EQ(BreaksOf("One.Two"), (std::vector<uint32_t>{7}));                // SB7
  EXPECT_EQ(BreaksOf("Wait... what?"), (std::vector<uint32_t>{13}));        // SB8/SB8a
  EXPECT_EQ(BreaksOf("It is. - Ruiz"), (std::vector<uint32_t>{13}));        // SB8a
  // A capital after "." breaks: the abbreviation list (Segmenter) undoes it.
  EXPECT_EQ(BreaksOf("Sen. Graham spoke."), (std::vector<uint32_t>{5, 18}));
}

TEST(SentenceBreakerTest, RefusesWhatItLeavesToIcu) {
  EXPECT_EQ(BreaksOf("caf\x65\xCC\x81. Then"), (std::vector<uint32_t>{999}));  // Extend
  EXPECT_EQ(BreaksOf("co\xC2\xADop. Then"), (std::vector<uint32_t>{999}));      // Format
  EXPECT_EQ(BreaksOf("one\rtwo"), (std::vector<uint32_t>{999}));                // CR
  EXPECT_EQ(BreaksOf("bad \xFF byte"), (std::vector<uint32_t>{999}));           // ill-formed
  EXPECT_EQ(BreaksOf("caf\xC3\xA9. Then"), (std::vector<uint32_t>{7, 11}));    // é is a letter
}

// ---------------------------------------------------------------------------
// SanitizeUtf8

// Runs SanitizeUtf8 on a copy of `input` and checks the general contract:
// the size never changes, bytes not reported stay as they were, reported
// bytes become kSubstituteByte and report their original value, offsets
// are strictly increasing. Returns the reported offsets.
std::vector<uint32_t> SanitizeAndCheck(const std::string& input,
                                       std::string* sanitized_out = nullptr) {
  std::string text = input;
  const std::vector<InvalidByte> invalid = SanitizeUtf8(text);
  EXPECT_EQ(text.size(), input.size()) << "sanitizing must not move bytes";
  std::vector<uint32_t> offsets;
  std::vector<bool> is_invalid(input.size(), false);
  for (size_t k = 0; k < invalid.size(); ++k) {
    const InvalidByte& b = invalid[k];
    EXPECT_LT(b.offset, input.size());
    if (b.offset >= input.size()) continue;
    if (k > 0) {
      EXPECT_GT(b.offset, invalid[k - 1].offset) << "offsets in order";
    }
    EXPECT_EQ(b.value, static_cast<uint8_t>(input[b.offset]))
        << "value must be the original byte at " << b.offset;
    EXPECT_EQ(text[b.offset], kSubstituteByte) << "at " << b.offset;
    is_invalid[b.offset] = true;
    offsets.push_back(b.offset);
  }
  for (size_t i = 0; i < input.size(); ++i) {
    if (!is_invalid[i]) {
      EXPECT_EQ(text[i], input[i]) << "byte " << i << " changed";
    }
  }
  if (sanitized_out) *sanitized_out = text;
  return offsets;
}

using Offsets = std::vector<uint32_t>;

TEST(SanitizeUtf8Test, AsciiIsUntouched) {
  EXPECT_EQ(SanitizeAndCheck("Officials said the plan works.\n\tOK"), Offsets{});
  EXPECT_EQ(SanitizeAndCheck(""), Offsets{});
}

TEST(SanitizeUtf8Test, ValidMultiByteTextIsUntouched) {
  // 2-, 3- and 4-byte sequences, including the largest code point U+10FFFF
  // and the last code points before and after the surrogate block.
  const std::string valid =
      "caf\xC3\xA9 \xE2\x80\x9CQuote\xE2\x80\x9D \xC2\xAB" "fr\xC2\xBB "
      "\xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF "
      "\xED\x9F\xBF \xEE\x80\x80 \xEF\xBF\xBD \xDF\xBF \xC2\x80";
  std::string sanitized;
  EXPECT_EQ(SanitizeAndCheck(valid, &sanitized), Offsets{});
  EXPECT_EQ(sanitized, valid);
}

TEST(SanitizeUtf8Test, OverlongTwoByteFormIsReplaced) {
  // C0 AF is an overlong '/': both bytes are ill-formed.
  std::string sanitized;
  EXPECT_EQ(SanitizeAndCheck("a\xC0\xAF" "b", &sanitized), (Offsets{1, 2}));
  EXPECT_EQ(sanitized, "a\x1a\x1a" "b");
  EXPECT_EQ(SanitizeAndCheck("\xC1\xBF"), (Offsets{0, 1}));
}

TEST(SanitizeUtf8Test, OverlongThreeAndFourByteFormsAreReplaced) {
  EXPECT_EQ(SanitizeAndCheck("x\xE0\x80\xAFy"), (Offsets{1, 2, 3}));
  EXPECT_EQ(SanitizeAndCheck("x\xF0\x80\x80\xAFy"), (Offsets{1, 2, 3, 4}));
}

TEST(SanitizeUtf8Test, SurrogatesAreReplaced) {
  // ED A0 80 would be U+D800, ED BF BF U+DFFF.
  std::string sanitized;
  EXPECT_EQ(SanitizeAndCheck("ok\xED\xA0\x80!", &sanitized), (Offsets{2, 3, 4}));
  EXPECT_EQ(sanitized, "ok\x1a\x1a\x1a!");
  EXPECT_EQ(SanitizeAndCheck("\xED\xBF\xBF"), (Offsets{0, 1, 2}));
  // A CESU-8 style surrogate pair.
  EXPECT_EQ(SanitizeAndCheck("\xED\xA0\xBD\xED\xB8\x80"),
            (Offsets{0, 1, 2, 3, 4, 5}));
}

TEST(SanitizeUtf8Test, CodePointsAboveMaxAreReplaced) {
  // F4 90 80 80 would be U+110000.
  EXPECT_EQ(SanitizeAndCheck("\xF4\x90\x80\x80"), (Offsets{0, 1, 2, 3}));
}

TEST(SanitizeUtf8Test, TruncatedSequencesAreReplacedAndFollowingTextKept) {
  // A 3-byte sequence cut after 2 bytes, followed by ASCII.
  std::string sanitized;
  EXPECT_EQ(SanitizeAndCheck("a\xE2\x80z", &sanitized), (Offsets{1, 2}));
  EXPECT_EQ(sanitized, "a\x1a\x1az");
  // A 4-byte sequence cut after 3 bytes, followed by a valid 2-byte one.
  EXPECT_EQ(SanitizeAndCheck("\xF0\x9F\x98\xC3\xA9"), (Offsets{0, 1, 2}));
  // Truncated at the very end of the text.
  EXPECT_EQ(SanitizeAndCheck("end\xE2\x80"), (Offsets{3, 4}));
  EXPECT_EQ(SanitizeAndCheck("end\xC3"), (Offsets{3}));
  EXPECT_EQ(SanitizeAndCheck("\xF0"), (Offsets{0}));
}

TEST(SanitizeUtf8Test, StrayContinuationBytesAreReplaced) {
  std::string sanitized;
  EXPECT_EQ(SanitizeAndCheck("\x80" "abc\xBF\x80" "d", &sanitized),
            (Offsets{0, 4, 5}));
  EXPECT_EQ(sanitized, "\x1a" "abc\x1a\x1a" "d");
  // A continuation byte after a complete sequence.
  EXPECT_EQ(SanitizeAndCheck("\xC3\xA9\xA9"), (Offsets{2}));
}

TEST(SanitizeUtf8Test, BytesF5ToFFAreReplaced) {
  for (int b = 0xF5; b <= 0xFF; ++b) {
    std::string input = "a";
    input.push_back(static_cast<char>(b));
    input += "b";
    EXPECT_EQ(SanitizeAndCheck(input), (Offsets{1})) << "byte 0x" << std::hex << b;
  }
  // Also when followed by continuation-looking bytes.
  EXPECT_EQ(SanitizeAndCheck("\xF8\x88\x80\x80\x80"), (Offsets{0, 1, 2, 3, 4}));
  EXPECT_EQ(SanitizeAndCheck("\xFE\xFF"), (Offsets{0, 1}));
}

TEST(SanitizeUtf8Test, MixedValidAndInvalidKeepsValidSequences) {
  const std::string input =
      "\xE2\x80\x9CHi\xE2\x80\x9D \xFF \xC3\xA9 \xED\xA0\x80 \xF0\x9F\x98\x80";
  std::string sanitized;
  EXPECT_EQ(SanitizeAndCheck(input, &sanitized), (Offsets{9, 14, 15, 16}));
  // The result is valid UTF-8: sanitizing again finds nothing.
  EXPECT_EQ(SanitizeAndCheck(sanitized), Offsets{});
}

// ---------------------------------------------------------------------------
// LooksBinary

bool LooksBinaryAfterSanitize(std::string text) {
  SanitizeUtf8(text);
  return LooksBinary(text);
}

// AppendUtf8 and DecodeUtf8At are each other's inverse on every scalar
// value; DecodeUtf8At refuses what SanitizeUtf8 would replace.
TEST(Utf8CodecTest, EveryScalarValueRoundTrips) {
  for (uint32_t c = 0; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string bytes = "x";
    AppendUtf8(bytes, c);
    uint32_t back = 0xFFFFFFFF;
    ASSERT_EQ(DecodeUtf8At(bytes, 1, back), bytes.size() - 1) << c;
    ASSERT_EQ(back, c);
  }
}

TEST(Utf8CodecTest, IllFormedSequencesDecodeToNothing) {
  uint32_t c = 0;
  for (const char* bad : {"\x80", "\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xED\xA0\x80",
                          "\xF0\x80\x80\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
                          "\xFF", "\xE2\x82", "\xE2\x82x", "\xF0\x9F\x98"}) {
    EXPECT_EQ(DecodeUtf8At(bad, 0, c), 0u) << bad;
  }
  EXPECT_EQ(DecodeUtf8At("a\xE2\x82\xAC", 1, c), 3u);  // from the middle of a string
  EXPECT_EQ(c, 0x20ACu);
}

TEST(LooksBinaryTest, PlainTextIsNotBinary) {
  EXPECT_FALSE(LooksBinaryAfterSanitize(
      "Officials said\tthe plan\r\nworks.\f\n\xE2\x80\x9CYes,\xE2\x80\x9D she said."));
  EXPECT_FALSE(LooksBinaryAfterSanitize(""));
}

TEST(LooksBinaryTest, NulBytesMakeBinary) {
  std::string text = "ab";
  text.push_back('\0');
  text.push_back('\0');
  text += "cdef";  // 2 of 8 bytes suspicious
  EXPECT_TRUE(LooksBinaryAfterSanitize(text));
}

TEST(LooksBinaryTest, ControlCharactersAndInvalidBytesCount) {
  // 3 of 20 bytes are suspicious: two controls and one invalid byte.
  std::string text = "0123456789abcdef\x01\x02\xFFz";
  ASSERT_EQ(text.size(), 20u);
  EXPECT_TRUE(LooksBinaryAfterSanitize(text));
  // Invalid bytes alone count too.
  EXPECT_TRUE(LooksBinaryAfterSanitize("abcdefgh\xFF\xFE"));
}

TEST(LooksBinaryTest, ThresholdIsMoreThanTenPercent) {
  // Exactly 10% is not binary, one more suspicious byte is.
  std::string ten_percent(90, 'a');
  ten_percent += std::string(10, '\x01');
  EXPECT_FALSE(LooksBinaryAfterSanitize(ten_percent));
  std::string eleven_percent(89, 'a');
  eleven_percent += std::string(11, '\x01');
  EXPECT_TRUE(LooksBinaryAfterSanitize(eleven_percent));
  // The same with invalid UTF-8 instead of controls.
  std::string invalid_ten(90, 'a');
  invalid_ten += std::string(10, '\xFF');
  EXPECT_FALSE(LooksBinaryAfterSanitize(invalid_ten));
  std::string invalid_eleven(89, 'a');
  invalid_eleven += std::string(11, '\xFF');
  EXPECT_TRUE(LooksBinaryAfterSanitize(invalid_eleven));
}

TEST(LooksBinaryTest, GenuineSubstituteControlsCount) {
  // 20 of 100 bytes are SUB controls; the text is valid UTF-8.
  std::string text(80, 'a');
  text += std::string(20, '\x1a');
  EXPECT_TRUE(LooksBinaryAfterSanitize(text));
}

TEST(LooksBinaryTest, SanitizedBytesAreNotCountedTwice) {
  // 6 invalid bytes in 100: 6%, not binary, even though each of them is now
  // a 0x1A byte in the sanitized text and also reported as invalid.
  std::string text(94, 'a');
  text += std::string(6, '\xFF');
  EXPECT_FALSE(LooksBinaryAfterSanitize(text));
}

// The word-at-a-time scan against a byte-by-byte count, with every byte
// below 0x20 (counted or not), 0x7F and non-ASCII bytes at every offset of
// an eight-byte word, around the ten-percent threshold.
TEST(LooksBinaryTest, AgreesWithAByteByByteCount) {
  auto reference = [](std::string_view text) {
    size_t controls = 0;
    for (char ch : text) {
      const auto c = static_cast<unsigned char>(ch);
      controls += c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r';
    }
    return controls * 10 > text.size();
  };
  const std::string fillers[] = {"a", "\x7F", "\xC3\xA9", "\xE2\x80\x9C"};
  int binary = 0, text_like = 0;
  for (int control = 0; control < 0x20; ++control) {
    for (size_t shift = 0; shift < 8; ++shift) {
      for (size_t count = 8; count <= 13; ++count) {
        std::string text;
        for (size_t i = 0; text.size() < 100; ++i) {
          text += i % 4 == shift % 4 && i / 4 < count
                      ? std::string(1, static_cast<char>(control))
                      : fillers[(i + shift) % 4];
        }
        const bool expected = reference(text);
        ASSERT_EQ(LooksBinary(text), expected)
            << "control " << control << " shift " << shift << " count "
            << count;
        (expected ? binary : text_like) += 1;
      }
    }
  }
  EXPECT_GT(binary, 0);  // both sides of the threshold were tried
  EXPECT_GT(text_like, 0);
}

TEST(LooksBinaryTest, OnlyTheFirst64KiBCount) {
  std::string text(64 * 1024, 'a');
  text += std::string(1000, '\0');  // beyond the window
  EXPECT_FALSE(LooksBinaryAfterSanitize(text));
}

// ---------------------------------------------------------------------------
// PositionIndex and CountCodePoints

TEST(CountCodePointsTest, CountsCodePointsNotBytes) {
  EXPECT_EQ(CountCodePoints(""), 0u);
  EXPECT_EQ(CountCodePoints("abc"), 3u);
  EXPECT_EQ(CountCodePoints("caf\xC3\xA9"), 4u);
  EXPECT_EQ(CountCodePoints("\xE2\x80\x9Cx\xE2\x80\x9D"), 3u);
  EXPECT_EQ(CountCodePoints("\xF0\x9F\x98\x80!"), 2u);
}

// The block-wise index against a byte-by-byte count, at every offset of a
// text whose lines, multi-byte characters and blank lines fall on and
// across the index's 64-byte blocks.
TEST(PositionIndexTest, AgreesWithAByteByByteCountEverywhere) {
  std::string text;
  const char* pieces[] = {
      "word ", "caf\xC3\xA9 ",     "\n", "\xE2\x80\x9Cq\xE2\x80\x9D",
      "\n\n",  "\xF0\x9F\x98\x80", "x",  "\r\n"};
  for (int i = 0; text.size() < 1000; ++i) text += pieces[(i * 7 + i / 3) % 8];
  text += "\n";
  const PositionIndex index(text);
  uint32_t code_point = 0, line = 1, column = 1;
  for (uint32_t byte = 0; byte <= text.size(); ++byte) {
    const bool lead = byte == text.size() ||
                      (static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80;
    if (lead) {
      const Position p = index.At(byte);
      ASSERT_EQ(p.code_point, code_point) << byte;
      ASSERT_EQ(p.line, line) << byte;
      ASSERT_EQ(p.column, column) << byte;
      EXPECT_EQ(CountCodePoints(std::string_view(text).substr(0, byte)),
                code_point);
    }
    if (byte == text.size() || !lead) continue;
    ++code_point;
    ++column;
    if (text[byte] == '\n') {
      ++line;
      column = 1;
    }
  }
}

// CodePointOf (for span ends) is At's code point, at every offset: lead
// bytes, bytes inside a sequence, the end and past it.
TEST(PositionIndexTest, CodePointOfIsTheCodePointOfAt) {
  std::string text;
  for (int i = 0; i < 40; ++i) {
    text += i % 3 == 0 ? "caf\xC3\xA9\n" : "\xE2\x80\x9Cq\xF0\x9F\x98\x80 ";
  }
  const PositionIndex index(text);
  for (uint32_t byte = 0; byte <= text.size() + 2; ++byte) {
    ASSERT_EQ(index.CodePointOf(byte), index.At(byte).code_point) << byte;
  }
  EXPECT_EQ(index.CodePointOf(static_cast<uint32_t>(text.size())),
            CountCodePoints(text));
}

TEST(PositionIndexTest, EmptyText) {
  const std::string text;
  const PositionIndex index(text);
  const Position p = index.At(0);
  EXPECT_EQ(p.code_point, 0u);
  EXPECT_EQ(p.line, 1u);
  EXPECT_EQ(p.column, 1u);
}

TEST(PositionIndexTest, AsciiLinesAndColumns) {
  const std::string text = "ab\ncd\n\nef";
  const PositionIndex index(text);
  struct Case { uint32_t byte, cp, line, column; };
  for (const Case& c : std::vector<Case>{{0, 0, 1, 1}, {1, 1, 1, 2}, {2, 2, 1, 3},
                                         {3, 3, 2, 1}, {4, 4, 2, 2}, {5, 5, 2, 3},
                                         {6, 6, 3, 1}, {7, 7, 4, 1}, {8, 8, 4, 2},
                                         {9, 9, 4, 3}}) {
    const Position p = index.At(c.byte);
    EXPECT_EQ(p.code_point, c.cp) << "byte " << c.byte;
    EXPECT_EQ(p.line, c.line) << "byte " << c.byte;
    EXPECT_EQ(p.column, c.column) << "byte " << c.byte;
  }
}

TEST(PositionIndexTest, MultiByteCharactersOnSeveralLines) {
  // Line 1: "é“x”"; line 2: "😀ab"; line 3: "中".
  const std::string text =
      "\xC3\xA9\xE2\x80\x9Cx\xE2\x80\x9D\n\xF0\x9F\x98\x80" "ab\n\xE4\xB8\xAD";
  const PositionIndex index(text);
  struct Case { uint32_t byte, cp, line, column; };
  for (const Case& c : std::vector<Case>{
           {0, 0, 1, 1},    // é
           {2, 1, 1, 2},    // “
           {5, 2, 1, 3},    // x
           {6, 3, 1, 4},    // ”
           {9, 4, 1, 5},    // \n
           {10, 5, 2, 1},   // 😀
           {14, 6, 2, 2},   // a
           {15, 7, 2, 3},   // b
           {16, 8, 2, 4},   // \n
           {17, 9, 3, 1},   // 中
           {20, 10, 3, 2},  // end of text
       }) {
    const Position p = index.At(c.byte);
    EXPECT_EQ(p.code_point, c.cp) << "byte " << c.byte;
    EXPECT_EQ(p.line, c.line) << "byte " << c.byte;
    EXPECT_EQ(p.column, c.column) << "byte " << c.byte;
  }
}

TEST(PositionIndexTest, AgreesWithNaiveCountAcrossBlocks) {
  // Long enough to span many 64-byte blocks, with multi-byte characters
  // straddling block boundaries at varying phases.
  std::string text;
  for (int i = 0; i < 60; ++i) {
    text += "ab\xC3\xA9\xE2\x80\x9C";
    if (i % 7 == 3) text += "\n";
    text += "\xF0\x9F\x98\x80x";
    if (i % 11 == 5) text += "\n\n";
  }
  const PositionIndex index(text);
  uint32_t cp = 0, line = 1, column = 1;
  for (uint32_t b = 0; b <= text.size(); ++b) {
    const auto c = b < text.size() ? static_cast<unsigned char>(text[b]) : 0;
    const bool boundary = b == text.size() || (c & 0xC0) != 0x80;
    if (boundary) {
      const Position p = index.At(b);
      ASSERT_EQ(p.code_point, cp) << "byte " << b;
      ASSERT_EQ(p.line, line) << "byte " << b;
      ASSERT_EQ(p.column, column) << "byte " << b;
      if (b < text.size()) {
        ++cp;
        if (c == '\n') {
          ++line;
          column = 1;
        } else {
          ++column;
        }
      }
    }
  }
  EXPECT_EQ(cp, CountCodePoints(text));
}

TEST(PositionIndexTest, OffsetInsideMultiByteSequenceCountsItAsNotStarted) {
  // "é" is C3 A9: byte 1 is inside it, so the position is still that of é.
  const std::string text = "a\xC3\xA9" "b\n\xE2\x80\x9Cz";
  const PositionIndex index(text);
  const Position at_e = index.At(1);
  for (uint32_t inside : {2u}) {
    const Position p = index.At(inside);
    EXPECT_EQ(p.code_point, at_e.code_point) << "byte " << inside;
    EXPECT_EQ(p.column, at_e.column) << "byte " << inside;
  }
  EXPECT_EQ(at_e.code_point, 1u);
  // The 3-byte “ (code point 4) starts at byte 5 (line 2, column 1).
  for (uint32_t inside : {6u, 7u}) {
    const Position p = index.At(inside);
    EXPECT_EQ(p.code_point, 4u) << "byte " << inside;
    EXPECT_EQ(p.line, 2u) << "byte " << inside;
    EXPECT_EQ(p.column, 1u) << "byte " << inside;
  }
}

TEST(PositionIndexTest, OffsetPastEndIsClamped) {
  const std::string text = "ab\xC3\xA9";
  const PositionIndex index(text);
  const Position p = index.At(100);
  EXPECT_EQ(p.code_point, 3u);
  EXPECT_EQ(p.line, 1u);
  EXPECT_EQ(p.column, 4u);
}

// ---------------------------------------------------------------------------
// Fold, FoldedText::ToSource, FoldString

TEST(FoldTest, FullWidthAndCaseFold) {
  // "ＡＣＣＯＲＤＩＮＧ To" (full-width letters).
  const std::string input =
      "\xEF\xBC\xA1\xEF\xBC\xA3\xEF\xBC\xA3\xEF\xBC\xAF\xEF\xBC\xB2\xEF\xBC\xA4"
      "\xEF\xBC\xA9\xEF\xBC\xAE\xEF\xBC\xA7 To";
  Result<FoldedText> f = Fold(input);
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_EQ(f->text, "according to");
  EXPECT_EQ(f->source_begin.size(), f->text.size());
  EXPECT_EQ(f->source_end.size(), f->text.size());
  // "according" maps to the 27 bytes of the nine full-width letters.
  const auto [b, e] = f->ToSource(0, 9);
  EXPECT_EQ(b, 0u);
  EXPECT_EQ(e, 27u);
  // "to" maps to "To".
  const auto [tb, te] = f->ToSource(10, 12);
  EXPECT_EQ(input.substr(tb, te - tb), "To");
}

TEST(FoldTest, SharpSFoldsToSs) {
  Result<FoldedText> f = Fold("Stra\xC3\x9F" "e");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->text, "strasse");
  EXPECT_EQ(FoldString("GROSS \xC3\x9F"), "gross ss");
}

TEST(FoldTest, TypographicQuotesDashesBecomeAscii) {
  EXPECT_EQ(FoldString("\xE2\x80\x9CYes,\xE2\x80\x9D she said"), "\"yes,\" she said");
  EXPECT_EQ(FoldString("\xE2\x80\x9E" "ja\xE2\x80\x9D"), "\"ja\"");
  EXPECT_EQ(FoldString("\xC2\xAB" "Oui\xC2\xBB"), "\"oui\"");
  EXPECT_EQ(FoldString("Al\xE2\x80\x99Sharaa\xE2\x80\x98s \xE2\x80\x98x\xE2\x80\x99"),
            "al'sharaa's 'x'");
  EXPECT_EQ(FoldString("a\xE2\x80\x93" "b\xE2\x80\x94" "c"), "a-b-c");
}

TEST(FoldTest, WhiteSpaceRunsCollapseToOneSpace) {
  EXPECT_EQ(FoldString("a  b\t\tc\n\r\n d"), "a b c d");
  // No-break space, ideographic space and a line separator count as spaces.
  EXPECT_EQ(FoldString("a\xC2\xA0 b\xE3\x80\x80" "c\xE2\x80\xA8" "d"), "a b c d");
  // A collapsed run maps back to the whole run.
  const std::string input = "x \t \n y";
  Result<FoldedText> f = Fold(input, 100);
  ASSERT_TRUE(f.ok());
  ASSERT_EQ(f->text, "x y");
  const auto [b, e] = f->ToSource(1, 2);
  EXPECT_EQ(b, 101u);
  EXPECT_EQ(e, 106u);
}

// FoldString has its own ASCII path (no offset map); it must give Fold's
// text, and FoldInto must give Fold's result whatever its buffers held.
TEST(FoldTest, FoldStringAndFoldIntoAgreeWithFold) {
  const std::vector<std::string> inputs = {
      "",
      " ",
      "A  B\t\tC\n\r\n D ",
      "''Quoted,'' he said",
      "``x``",
      "'''",
      "It's O'Brien's",
      "\x0b\x0c\x1f~ZZ",
      "MIXED \xC3\x89mile",
      "a\xC2\xA0 b",
  };
  FoldedText reused;
  ASSERT_TRUE(
      FoldInto("Some LONGER text  to leave in the buffers", 3, reused).ok());
  for (const std::string& input : inputs) {
    Result<FoldedText> f = Fold(input, 5);
    ASSERT_TRUE(f.ok());
    EXPECT_EQ(FoldString(input), f->text) << input;
    ASSERT_TRUE(FoldInto(input, 5, reused).ok());
    EXPECT_EQ(reused.text, f->text) << input;
    EXPECT_EQ(reused.source_begin, f->source_begin) << input;
    EXPECT_EQ(reused.source_end, f->source_end) << input;
  }
}

TEST(FoldTest, ToSourceIncludesBaseOffset) {
  const std::string document = "Intro. \xE2\x80\x9CWe WILL win,\xE2\x80\x9D Smith said.";
  const uint32_t base = 7;
  const std::string_view slice = std::string_view(document).substr(base);
  Result<FoldedText> f = Fold(slice, base);
  ASSERT_TRUE(f.ok());
  ASSERT_EQ(f->text, "\"we will win,\" smith said.");
  const size_t will = f->text.find("will");
  const auto [b, e] = f->ToSource(static_cast<uint32_t>(will),
                                  static_cast<uint32_t>(will + 4));
  EXPECT_EQ(document.substr(b, e - b), "WILL");
  // The opening curly quote is one folded byte for three input bytes.
  const auto [qb, qe] = f->ToSource(0, 1);
  EXPECT_EQ(qb, base);
  EXPECT_EQ(qe, base + 3);
  const size_t smith = f->text.find("smith said");
  const auto [sb, se] = f->ToSource(static_cast<uint32_t>(smith),
                                    static_cast<uint32_t>(smith + 10));
  EXPECT_EQ(document.substr(sb, se - sb), "Smith said");
}

TEST(FoldTest, EmptyRangeMapsToEmptyRange) {
  Result<FoldedText> f = Fold("Hello world", 40);
  ASSERT_TRUE(f.ok());
  const auto [b, e] = f->ToSource(6, 6);
  EXPECT_EQ(b, e);
  EXPECT_EQ(b, 46u);
  const auto [eb, ee] = f->ToSource(11, 11);  // at the end
  EXPECT_EQ(eb, ee);
  EXPECT_EQ(eb, 51u);
  Result<FoldedText> empty = Fold("", 5);
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->text.empty());
  const auto [zb, ze] = empty->ToSource(0, 0);
  EXPECT_EQ(zb, ze);
}

// For every folded word (a maximal run of non-space bytes), the input range
// it maps back to, folded again, is the folded word.
void ExpectWordsRoundTrip(const std::string& document, uint32_t base) {
  SCOPED_TRACE(document);
  const std::string_view slice = std::string_view(document).substr(base);
  Result<FoldedText> f = Fold(slice, base);
  ASSERT_TRUE(f.ok()) << f.status().message();
  const std::string& t = f->text;
  size_t i = 0;
  int words = 0;
  while (i < t.size()) {
    if (t[i] == ' ') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < t.size() && t[j] != ' ') ++j;
    const std::string word = t.substr(i, j - i);
    const auto [b, e] = f->ToSource(static_cast<uint32_t>(i), static_cast<uint32_t>(j));
    ASSERT_GE(b, base) << word;
    ASSERT_LE(b, e) << word;
    ASSERT_LE(e, document.size()) << word;
    const std::string source = document.substr(b, e - b);
    EXPECT_EQ(FoldString(source), word)
        << "folded word \"" << word << "\" maps to \"" << source << "\"";
    ++words;
    i = j;
  }
  EXPECT_GT(words, 0);
}

TEST(FoldTest, EveryFoldedWordMapsBackToItsInput) {
  ExpectWordsRoundTrip(
      "\xEF\xBC\xA1\xEF\xBC\xA3\xEF\xBC\xA3\xEF\xBC\xAF\xEF\xBC\xB2\xEF\xBC\xA4"
      "\xEF\xBC\xA9\xEF\xBC\xAE\xEF\xBC\xA7 To the MINISTRY,", 0);
  ExpectWordsRoundTrip(
      "xxxx \xE2\x80\x9CWe  will\tWIN,\xE2\x80\x9D said Stra\xC3\x9F" "e in "
      "\xC2\xAB" "Paris\xC2\xBB \xE2\x80\x94 Al\xE2\x80\x99Sharaa\xE2\x80\x99s "
      "\xEF\xAC\x81nal caf\x65\xCC\x81 \xC4\xB0stanbul \xE2\x91\xA0 \xC2\xBD.",
      5);
  // Soft hyphen and zero-width joiner vanish when folded.
  ExpectWordsRoundTrip("in\xC2\xAD" "formation ZERO\xE2\x80\x8D" "WIDTH ok", 0);
  ExpectWordsRoundTrip("U.S. OFFICIALS\n\nSAID   the Shift opens a path.", 0);
}

TEST(FoldTest, FoldStringMatchesFoldText) {
  const std::string s = "  Sen.  Warren\xE2\x80\x99s \xE2\x80\x9CPlan\xE2\x80\x9D ";
  Result<FoldedText> f = Fold(s);
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(FoldString(s), f->text);
  EXPECT_EQ(FoldString(s), " sen. warren's \"plan\" ");
  // Folding is idempotent.
  EXPECT_EQ(FoldString(FoldString(s)), FoldString(s));
}

// ---------------------------------------------------------------------------
// SplitParagraphs and Segmenter

std::string Sub(std::string_view text, uint32_t begin, uint32_t end) {
  return std::string(text.substr(begin, end - begin));
}

TEST(SplitParagraphsTest, SplitsAtLineBreaksAndSkipsBlankLines) {
  const std::string text = "  First one.  \n\n \t \r\nSecond\r\nThird\n";
  const std::vector<ParagraphSpan> p = SplitParagraphs(text);
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(Sub(text, p[0].begin, p[0].end), "First one.");
  EXPECT_EQ(Sub(text, p[1].begin, p[1].end), "Second");
  EXPECT_EQ(Sub(text, p[2].begin, p[2].end), "Third");
  EXPECT_TRUE(SplitParagraphs("").empty());
  EXPECT_TRUE(SplitParagraphs("\n \n\t\n").empty());
}

class SegmenterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<grammar::Lexicon> lexicon = grammar::Lexicon::LoadBuiltin();
    ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
    Result<Segmenter> s = Segmenter::Create(lexicon->abbreviations(),
                                                lexicon->sentence_starters(),
                                                lexicon->title_abbreviations());
    ASSERT_TRUE(s.ok()) << s.status().message();
    segmenter_ = new Segmenter(std::move(*s));
  }
  static void TearDownTestSuite() {
    delete segmenter_;
    segmenter_ = nullptr;
  }

  // The sentences of `text` as strings; also checks the span invariants.
  static std::vector<std::string> Sentences(std::string_view text) {
    std::vector<std::string> out;
    if (segmenter_ == nullptr) {
      ADD_FAILURE() << "no segmenter";
      return out;
    }
    Result<std::vector<SentenceSpan>> spans = segmenter_->Split(text);
    if (!spans.ok()) {
      ADD_FAILURE() << spans.status().message();
      return out;
    }
    uint32_t previous_end = 0;
    for (const SentenceSpan& s : *spans) {
      EXPECT_LT(s.begin, s.end);
      EXPECT_LE(s.end, text.size());
      EXPECT_GE(s.begin, previous_end) << "sentences overlap or are out of order";
      EXPECT_NE(text[s.begin], ' ');
      EXPECT_NE(text[s.end - 1], ' ');
      previous_end = s.end;
      out.push_back(Sub(text, s.begin, s.end));
    }
    return out;
  }

  static Segmenter* segmenter_;
};

Segmenter* SegmenterTest::segmenter_ = nullptr;

using Strings = std::vector<std::string>;

TEST_F(SegmenterTest, OrdinarySentencesSplit) {
  EXPECT_EQ(Sentences("The talks ended. Officials left the city. Was it over? Yes!"),
            (Strings{"The talks ended.", "Officials left the city.", "Was it over?",
                     "Yes!"}));
}

// A quotation closed after its "?" or "!" goes on when a lower-case word
// follows it (the attribution after it, or the clause it is part of);
// a capital after it opens the next sentence.
TEST_F(SegmenterTest, NoBreakAfterAClosedQuestionBeforeLowerCase) {
  EXPECT_EQ(Sentences("\u201cWhy not?\u201d he asked. Then he left."),
            (Strings{"\u201cWhy not?\u201d he asked.", "Then he left."}));
  EXPECT_EQ(Sentences("She shouted \"We won!\" and said the vote was close."),
            (Strings{"She shouted \"We won!\" and said the vote was close."}));
  EXPECT_EQ(Sentences("\u201cWhy not?\u201d He left."),
            (Strings{"\u201cWhy not?\u201d", "He left."}));
  EXPECT_EQ(Sentences("Why not? he asked."), (Strings{"Why not?", "he asked."}));
}

// ICU's iterator alone, the benchmark's reference: every text counted,
// none of Split's rules on top ("Sen." ends a sentence for ICU).
TEST_F(SegmenterTest, CountIcuSentencesIsIcuAlone) {
  const Strings texts = {"The talks ended. Officials left the city.", "",
                         "Was it over?\nYes!", "Sen. Warren said the bill would pass."};
  const Result<size_t> count = segmenter_->CountIcuSentences(texts);
  ASSERT_TRUE(count.ok()) << count.status().message();
  EXPECT_EQ(*count, 2u + 0u + 2u + 2u);
  EXPECT_EQ(Sentences("Sen. Warren said the bill would pass.").size(), 1u);
}

TEST_F(SegmenterTest, NoBreakAfterTitles) {
  EXPECT_EQ(Sentences("Sen. Warren said the bill would pass. It did not."),
            (Strings{"Sen. Warren said the bill would pass.", "It did not."}));
  EXPECT_EQ(Sentences("The plan, Gov. Newsom said, is final."),
            (Strings{"The plan, Gov. Newsom said, is final."}));
  EXPECT_EQ(Sentences("The order came from Gen. Mark Milley on Monday."),
            (Strings{"The order came from Gen. Mark Milley on Monday."}));
  EXPECT_EQ(Sentences("They met Dr. Lopez and Rep. Smith at noon."),
            (Strings{"They met Dr. Lopez and Rep. Smith at noon."}));
  EXPECT_EQ(Sentences("The unit under Col. Diaz and Capt. Reyes pulled back."),
            (Strings{"The unit under Col. Diaz and Capt. Reyes pulled back."}));
}

// A title stands before a name, even a name whose first word opens
// sentences elsewhere ("Will", "He"); a suffix after a name ends one.
TEST_F(SegmenterTest, NoBreakAfterATitleWhateverTheNameIs) {
  EXPECT_EQ(Sentences("Dr. Will Hurd said the bill would pass. It did not."),
            (Strings{"Dr. Will Hurd said the bill would pass.", "It did not."}));
  EXPECT_EQ(Sentences("Talks with Sen. He Yafei ended."),
            (Strings{"Talks with Sen. He Yafei ended."}));
  EXPECT_EQ(Sentences("The award went to Cal Ripken Jr. He thanked the fans."),
            (Strings{"The award went to Cal Ripken Jr.", "He thanked the fans."}));
}

// "Del." is Delaware and a delegate's title: no break before a name, a
// break before a word that opens sentences.
TEST_F(SegmenterTest, DelBeforeANameOrAtASentenceEnd) {
  EXPECT_EQ(Sentences("State Del. Marcia Price spoke first. It ended."),
            (Strings{"State Del. Marcia Price spoke first.", "It ended."}));
  EXPECT_EQ(Sentences("The rally was in Dover, Del. The crowd was large."),
            (Strings{"The rally was in Dover, Del.", "The crowd was large."}));
}

TEST_F(SegmenterTest, NoBreakAfterLt) {
  EXPECT_EQ(Sentences("The patrol was led by Lt. Harris of the marines."),
            (Strings{"The patrol was led by Lt. Harris of the marines."}));
}

TEST_F(SegmenterTest, NoBreakAfterMonthsAndNumberAbbreviations) {
  EXPECT_EQ(Sentences("The vote was held on Jan. 6 Wednesday in the capital."),
            (Strings{"The vote was held on Jan. 6 Wednesday in the capital."}));
  EXPECT_EQ(Sentences("He moved into No. 10 Downing Street after the vote."),
            (Strings{"He moved into No. 10 Downing Street after the vote."}));
  EXPECT_EQ(Sentences("The No. 2 Official resigned. Others stayed."),
            (Strings{"The No. 2 Official resigned.", "Others stayed."}));
}

TEST_F(SegmenterTest, NoBreakAfterCountryAbbreviationsMidSentence) {
  EXPECT_EQ(Sentences("The strike was coordinated with the U.S. Central Command, "
                      "which oversees the region. A second strike followed."),
            (Strings{"The strike was coordinated with the U.S. Central Command, "
                     "which oversees the region.",
                     "A second strike followed."}));
  EXPECT_EQ(Sentences("Diplomats at the U.N. Security Council voted on Friday."),
            (Strings{"Diplomats at the U.N. Security Council voted on Friday."}));
  EXPECT_EQ(Sentences("The deal has the backing of U.K. Prime Minister Starmer."),
            (Strings{"The deal has the backing of U.K. Prime Minister Starmer."}));
  EXPECT_EQ(Sentences("Talks with E.U. Officials and D.C. Police continued."),
            (Strings{"Talks with E.U. Officials and D.C. Police continued."}));
  EXPECT_EQ(Sentences("U.S. officials said the shift opens a path."),
            (Strings{"U.S. officials said the shift opens a path."}));
}

// Datelines and headlines spell abbreviations in capitals: "ST." is "St."
// before a word in capitals, and a capital word that is no abbreviation,
// or one before a word that is not in capitals, still ends a sentence.
TEST_F(SegmenterTest, NoBreakAfterAnAbbreviationInCapitals) {
  EXPECT_EQ(Sentences("ST. LOUIS - A man was charged on Tuesday."),
            (Strings{"ST. LOUIS - A man was charged on Tuesday."}));
  EXPECT_EQ(Sentences("SEN. WARREN WINS. The count ended."),
            (Strings{"SEN. WARREN WINS.", "The count ended."}));
  EXPECT_EQ(Sentences("He said ST. Then he left."), (Strings{"He said ST.", "Then he left."}));
  EXPECT_EQ(Sentences("THEY SAID NO. WE LEFT."), (Strings{"THEY SAID NO.", "WE LEFT."}));
}

TEST_F(SegmenterTest, AbbreviationStillEndsASentenceBeforeASentenceStarter) {
  EXPECT_EQ(Sentences("Relief came from the U.S. The deal was signed later."),
            (Strings{"Relief came from the U.S.", "The deal was signed later."}));
  EXPECT_EQ(Sentences("The company is based in Lowell, Mass. It employs 40."),
            (Strings{"The company is based in Lowell, Mass.", "It employs 40."}));
}

TEST_F(SegmenterTest, SentencesNeverCrossALineBreak) {
  const std::string text = "A headline without a period\nSen.\nWarren spoke. Then she left.";
  Result<std::vector<SentenceSpan>> spans = segmenter_->Split(text);
  ASSERT_TRUE(spans.ok());
  ASSERT_EQ(spans->size(), 4u);
  const std::vector<SentenceSpan>& s = *spans;
  EXPECT_EQ(Sub(text, s[0].begin, s[0].end), "A headline without a period");
  EXPECT_EQ(s[0].paragraph, 0u);
  EXPECT_EQ(Sub(text, s[1].begin, s[1].end), "Sen.");
  EXPECT_EQ(s[1].paragraph, 1u);
  EXPECT_EQ(Sub(text, s[2].begin, s[2].end), "Warren spoke.");
  EXPECT_EQ(s[2].paragraph, 2u);
  EXPECT_EQ(Sub(text, s[3].begin, s[3].end), "Then she left.");
  EXPECT_EQ(s[3].paragraph, 2u);
  for (const SentenceSpan& span : s) {
    EXPECT_EQ(Sub(text, span.begin, span.end).find('\n'), std::string::npos);
  }
}

TEST_F(SegmenterTest, OffsetsAreTrimmedAndParagraphsNumberedWithoutBlankLines) {
  const std::string text = "   One here.    Two there.   \n\n\n  \t Three.  ";
  Result<std::vector<SentenceSpan>> spans = segmenter_->Split(text);
  ASSERT_TRUE(spans.ok());
  ASSERT_EQ(spans->size(), 3u);
  const std::vector<SentenceSpan>& s = *spans;
  EXPECT_EQ(s[0].begin, 3u);
  EXPECT_EQ(Sub(text, s[0].begin, s[0].end), "One here.");
  EXPECT_EQ(Sub(text, s[1].begin, s[1].end), "Two there.");
  EXPECT_EQ(Sub(text, s[2].begin, s[2].end), "Three.");
  EXPECT_EQ(s[0].paragraph, 0u);
  EXPECT_EQ(s[1].paragraph, 0u);
  EXPECT_EQ(s[2].paragraph, 1u);
}

TEST_F(SegmenterTest, MultiByteTextKeepsByteOffsets) {
  EXPECT_EQ(Sentences("\xE2\x80\x9CWe will win,\xE2\x80\x9D Sm\xC3\xAFth said. "
                      "\xC2\xAB" "Non\xC2\xBB, r\xC3\xA9pondit-il."),
            (Strings{"\xE2\x80\x9CWe will win,\xE2\x80\x9D Sm\xC3\xAFth said.",
                     "\xC2\xAB" "Non\xC2\xBB, r\xC3\xA9pondit-il."}));
}

// Four-byte characters (two UTF-16 units inside ICU) before and inside
// sentences keep exact byte offsets.
TEST_F(SegmenterTest, AstralCharactersKeepByteOffsets) {
  EXPECT_EQ(Sentences("\xF0\x9F\x98\x80 Smith said so. Jones \xF0\x9F\x8E\x89 "
                      "agreed! Then \xF0\x9F\x98\x80\xF0\x9F\x98\x80 left."),
            (Strings{"\xF0\x9F\x98\x80 Smith said so.",
                     "Jones \xF0\x9F\x8E\x89 agreed!",
                     "Then \xF0\x9F\x98\x80\xF0\x9F\x98\x80 left."}));
}

TEST_F(SegmenterTest, EmptyTextHasNoSentences) {
  EXPECT_TRUE(Sentences("").empty());
  EXPECT_TRUE(Sentences(" \n\n ").empty());
}

// ---------------------------------------------------------------------------
// FindQuotations and QuotationAt

std::vector<std::string> Pieces(std::string_view text, const Quotation& q) {
  std::vector<std::string> out;
  for (const QuotePiece& p : q.pieces) out.push_back(Sub(text, p.begin, p.end));
  return out;
}

TEST(FindQuotationsTest, NoQuotations) {
  EXPECT_TRUE(FindQuotations("").empty());
  EXPECT_TRUE(FindQuotations("Officials said it's the plan\xE2\x80\x99s end.").empty());
}

TEST(FindQuotationsTest, StraightQuotes) {
  const std::string text = "He said \"we will win\" and \" then left \".";
  const std::vector<Quotation> q = FindQuotations(text);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].open, 8u);
  EXPECT_EQ(q[0].close, 21u);
  EXPECT_TRUE(q[0].closed);
  EXPECT_EQ(Pieces(text, q[0]), (Strings{"we will win"}));
  EXPECT_TRUE(q[1].closed);
  EXPECT_EQ(Pieces(text, q[1]), (Strings{"then left"}));  // spaces trimmed
  EXPECT_EQ(q[1].close, text.size() - 1);
}

TEST(FindQuotationsTest, ThreeApostrophesCloseANestedQuotationAndItsOuterOne) {
  // ''... 'what did he mean?''' Mr. Biden said: the first apostrophe closes
  // the inner quotation, the last two the outer one.
  const std::string text = "''She asked, 'what did he mean?''' Mr. Biden said.";
  const std::vector<Quotation> q = FindQuotations(text);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].open, 0u);
  EXPECT_EQ(q[0].close, text.find(" Mr."));
  EXPECT_TRUE(q[0].closed);
  EXPECT_EQ(Pieces(text, q[0]), (Strings{"She asked, 'what did he mean?'"}));
}

TEST(FindQuotationsTest, CurlyQuotes) {
  const std::string text = "\xE2\x80\x9CWe will win,\xE2\x80\x9D Smith said.";
  const std::vector<Quotation> q = FindQuotations(text);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].open, 0u);
  EXPECT_EQ(q[0].close, 3u + 12u + 3u);  // one past the closing mark
  EXPECT_TRUE(q[0].closed);
  EXPECT_EQ(Pieces(text, q[0]), (Strings{"We will win,"}));
  // A low-9 opening mark „ also opens.
  const std::string low = "Er sagte \xE2\x80\x9EJa\xE2\x80\x9D.";
  const std::vector<Quotation> q2 = FindQuotations(low);
  ASSERT_EQ(q2.size(), 1u);
  EXPECT_EQ(Pieces(low, q2[0]), (Strings{"Ja"}));
}

TEST(FindQuotationsTest, ACurlyMarkTypedTheWrongWayRoundFacesWhereItStands) {
  // “ after a comma and before a space closes; ” after a space and before a
  // letter opens.
  const std::string text =
      "\xE2\x80\x9CIt is rare,\xE2\x80\x9C Noble said. He added \xE2\x80\x9Dno\xE2\x80\x9D.";
  const std::vector<Quotation> q = FindQuotations(text);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(Pieces(text, q[0]), (Strings{"It is rare,"}));
  EXPECT_TRUE(q[0].closed);
  EXPECT_EQ(Pieces(text, q[1]), (Strings{"no"}));
  EXPECT_TRUE(q[1].closed);
  // The usual directions are unchanged, also at the ends of the text.
  EXPECT_EQ(Pieces("\xE2\x80\x9Cyes\xE2\x80\x9D", FindQuotations("\xE2\x80\x9Cyes\xE2\x80\x9D")[0]),
            (Strings{"yes"}));
  EXPECT_EQ(BalanceOf("a \xE2\x80\x9C" "b", 0, 6).unclosed, 1);
  const QuoteBalance closing = BalanceOf("a,\xE2\x80\x9C b", 0, 7);
  EXPECT_EQ(closing.unopened, 1);
  EXPECT_EQ(closing.unclosed, 0);
}

TEST(FindQuotationsTest, Guillemets) {
  const std::string text = "Il a dit \xC2\xAB nous gagnerons \xC2\xBB hier.";
  const std::vector<Quotation> q = FindQuotations(text);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].open, 9u);
  EXPECT_EQ(Sub(text, q[0].close - 2, q[0].close), "\xC2\xBB");
  EXPECT_TRUE(q[0].closed);
  EXPECT_EQ(Pieces(text, q[0]), (Strings{"nous gagnerons"}));
}

TEST(FindQuotationsTest, QuoteContinuesIntoNextParagraph) {
  const std::string text =
      "\xE2\x80\x9CWe will not retreat.\n"
      "\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D the mayor said.\n"
      "Nothing else.";
  const std::vector<Quotation> q = FindQuotations(text);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].open, 0u);
  EXPECT_TRUE(q[0].closed);
  EXPECT_EQ(Pieces(text, q[0]), (Strings{"We will not retreat.", "We will rebuild,"}));
  EXPECT_EQ(Sub(text, q[0].close - 3, q[0].close), "\xE2\x80\x9D");
  EXPECT_EQ(Sub(text, q[0].close, q[0].close + 4), " the");
}

TEST(FindQuotationsTest, StraightQuoteContinuesIntoNextParagraph) {
  const std::string text = "\"First part.\n\n\"Second part,\" she said.";
  const std::vector<Quotation> q = FindQuotations(text);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].closed);
  EXPECT_EQ(Pieces(text, q[0]), (Strings{"First part.", "Second part,"}));
}

TEST(FindQuotationsTest, UnclosedQuoteEndsWithItsParagraph) {
  const std::string text = "He said \xE2\x80\x9Cwe will win.\nThe next paragraph \"is\" here.";
  const std::vector<Quotation> q = FindQuotations(text);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_FALSE(q[0].closed);
  EXPECT_EQ(q[0].open, 8u);
  EXPECT_EQ(q[0].close, text.find('\n'));  // the paragraph end
  EXPECT_EQ(Pieces(text, q[0]), (Strings{"we will win."}));
  EXPECT_TRUE(q[1].closed);
  EXPECT_EQ(Pieces(text, q[1]), (Strings{"is"}));
  // Unclosed in the last paragraph.
  const std::string last = "Then: \xC2\xAB" "and so on  ";
  const std::vector<Quotation> q2 = FindQuotations(last);
  ASSERT_EQ(q2.size(), 1u);
  EXPECT_FALSE(q2[0].closed);
  EXPECT_EQ(Pieces(last, q2[0]), (Strings{"and so on"}));
}

TEST(FindQuotationsTest, ClosingMarkWithoutOpenerIsIgnored) {
  const std::string text = "stray\xE2\x80\x9D and \xC2\xBB marks, \xE2\x80\x9Creal\xE2\x80\x9D.";
  const std::vector<Quotation> q = FindQuotations(text);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Pieces(text, q[0]), (Strings{"real"}));
}

TEST(QuoteMarkTest, LengthsOfEveryMarkAtAndBefore) {
  // " (1 byte), « and » (2), “ ” „ (3); apostrophes and dashes are no marks.
  const std::string text = "a\"b\xC2\xAB" "c\xC2\xBB" "d\xE2\x80\x9C" "e\xE2\x80\x9D"
                           "f\xE2\x80\x9E" "g\xE2\x80\x99h\xE2\x80\x94";
  EXPECT_EQ(QuoteMarkLengthAt(text, 1), 1u);
  EXPECT_EQ(QuoteMarkLengthAt(text, 3), 2u);
  EXPECT_EQ(QuoteMarkLengthAt(text, 6), 2u);
  EXPECT_EQ(QuoteMarkLengthAt(text, 9), 3u);
  EXPECT_EQ(QuoteMarkLengthAt(text, 13), 3u);
  EXPECT_EQ(QuoteMarkLengthAt(text, 17), 3u);
  EXPECT_EQ(QuoteMarkLengthAt(text, 21), 0u) << "right single quote";
  EXPECT_EQ(QuoteMarkLengthAt(text, 25), 0u) << "em dash";
  EXPECT_EQ(QuoteMarkLengthAt(text, 0), 0u);
  EXPECT_EQ(QuoteMarkLengthAt(text, text.size()), 0u);
  EXPECT_EQ(QuoteMarkLengthBefore(text, 2), 1u);
  EXPECT_EQ(QuoteMarkLengthBefore(text, 5), 2u);
  EXPECT_EQ(QuoteMarkLengthBefore(text, 16), 3u);
  EXPECT_EQ(QuoteMarkLengthBefore(text, 24), 0u);
  EXPECT_EQ(QuoteMarkLengthBefore(text, 0), 0u);
}

TEST(QuoteBalanceTest, CountsMarksLeftOpenAndClosingMarksWithoutOpener) {
  auto balance = [](std::string_view text) {
    const QuoteBalance b = BalanceOf(text, 0, text.size());
    return std::pair<int, int>(b.unclosed, b.unopened);
  };
  EXPECT_EQ(balance("the cuts were \"painful\""), (std::pair<int, int>(0, 0)));
  EXPECT_EQ(balance("the cuts were \"painful"), (std::pair<int, int>(1, 0)));
  EXPECT_EQ(balance("were \xE2\x80\x9Cpainful"), (std::pair<int, int>(1, 0)));
  EXPECT_EQ(balance("painful\xE2\x80\x9D now"), (std::pair<int, int>(0, 1)));
  EXPECT_EQ(balance("\xC2\xAB" "a\xC2\xBB \"b\" ''c''"), (std::pair<int, int>(0, 0)));
  EXPECT_EQ(balance("it's a dog's life"), (std::pair<int, int>(0, 0))) << "apostrophes";
  // A range of the text; a lone straight mark opens.
  EXPECT_EQ(BalanceOf("\xE2\x80\x9C" "a\xE2\x80\x9D", 3, 7).unopened, 1);
  EXPECT_EQ(BalanceOf("\"a\"", 1, 3).unclosed, 1);
}

TEST(QuotationAtTest, FindsTheQuotationHoldingAnOffset) {
  const std::string text = "a \"bc\" d \xE2\x80\x9C" "ef\xE2\x80\x9D g";
  const std::vector<Quotation> q = FindQuotations(text);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(QuotationAt(q, 0), -1);
  EXPECT_EQ(QuotationAt(q, q[0].open), 0);
  EXPECT_EQ(QuotationAt(q, q[0].open + 1), 0);
  EXPECT_EQ(QuotationAt(q, q[0].close - 1), 0);
  EXPECT_EQ(QuotationAt(q, q[0].close), -1);
  EXPECT_EQ(QuotationAt(q, q[1].open), 1);
  EXPECT_EQ(QuotationAt(q, q[1].close - 1), 1);
  EXPECT_EQ(QuotationAt(q, q[1].close), -1);
  EXPECT_EQ(QuotationAt(q, static_cast<uint32_t>(text.size())), -1);
  EXPECT_EQ(QuotationAt({}, 3), -1);
}

TEST(QuotationAtTest, MultiParagraphQuotationCoversTheLineBreak) {
  const std::string text = "\"One.\n\"Two,\" he said.";
  const std::vector<Quotation> q = FindQuotations(text);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(QuotationAt(q, static_cast<uint32_t>(text.find('\n'))), 0);
  EXPECT_EQ(QuotationAt(q, static_cast<uint32_t>(text.find("Two"))), 0);
  EXPECT_EQ(QuotationAt(q, static_cast<uint32_t>(text.find("he"))), -1);
}

// One reading of a dateline for the content (what follows the dash) and
// the typer (the bracketed outlet is the article's own).
TEST(DatelineTest, PlaceOutletAndDash) {
  const std::string text = "Fire\n\nKALVIK, Norland (Wirewire) -- Officials said.";
  const text::Dateline d = text::DatelineAt(text, 6, static_cast<uint32_t>(text.size()));
  EXPECT_EQ(text.substr(d.end), "Officials said.");
  EXPECT_EQ(d.outlet, "Wirewire");
  EXPECT_EQ(text::DatelineOutlet(text), "Wirewire");
  const std::string em = "ST. LOUIS \xE2\x80\x94 A man was charged.";
  EXPECT_EQ(em.substr(text::DatelineAt(em, 0, static_cast<uint32_t>(em.size())).end),
            "A man was charged.");
  EXPECT_TRUE(text::DatelineAt(em, 0, static_cast<uint32_t>(em.size())).outlet.empty());
  // None mid-line, in lower case, with figures, or with nothing after it.
  for (const std::string& none : {std::string("Mid-line, KALVIK - Officials said."),
                                  std::string("Kalvik - Officials said."),
                                  std::string("KALVIK 2024 - Officials said."),
                                  std::string("KALVIK - ")}) {
    const uint32_t begin = none.starts_with("Mid") ? 10 : 0;
    EXPECT_EQ(text::DatelineAt(none, begin, static_cast<uint32_t>(none.size())).end, 0u)
        << none;
  }
  EXPECT_TRUE(text::DatelineOutlet("Officials (Wirewire) said - no dateline.").empty());
}

}  // namespace
}  // namespace whosaid::text
