// Sentence boundaries read straight from UTF-8, for the paragraphs news
// text is made of: the rules of UAX #29 (SB6–SB11) that ICU's sentence
// break iterator applies, without converting to UTF-16 or running ICU's
// rule tables.
//
//   SentenceBreaker breaker;
//   std::vector<uint32_t> breaks;
//   if (!breaker.Breaks(paragraph, breaks)) { /* ask ICU */ }
//
// Every code point is classed by ICU (UCHAR_SENTENCE_BREAK): the classes
// are Unicode's, only the rules are ours. A paragraph holding a class the
// rules here leave out (CR, LF, Sep: a paragraph has no line breaks;
// Extend and Format, which SB5 makes transparent) or ill-formed UTF-8 is
// refused, and the caller asks ICU. Segmenter::SplitWithIcuOnly is the
// reference the fast-path tests compare with.
//
// Thread-safety: immutable after construction; Breaks may be called from
// many threads at once.
#ifndef WHOSAID_TEXT_SENTENCE_BREAKS_HPP_
#define WHOSAID_TEXT_SENTENCE_BREAKS_HPP_

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace whosaid::text {

class SentenceBreaker {
 public:
  SentenceBreaker();

  // Sets `breaks` to the byte offsets in `paragraph` of every sentence
  // boundary after its start, ascending, the last one paragraph.size()
  // (none for an empty paragraph): where ICU's iterator stops. Returns
  // false, `breaks` then unspecified, when the paragraph holds ill-formed
  // UTF-8 or a code point of a class these rules leave out.
  bool Breaks(std::string_view paragraph, std::vector<uint32_t>& breaks) const;

  // The sentence-break classes the rules tell apart.
  enum Class : uint8_t {
    kOther,
    kSp,
    kLower,
    kUpper,
    kOLetter,
    kNumeric,
    kATerm,  // "."
    kSTerm,  // "?", "!"
    kClose,  // quotation marks, brackets
    kSContinue,  // ",", ":", "-", dashes
    kRefused,    // CR, LF, Sep, Extend, Format; ill-formed UTF-8
  };

 private:
  // The class of the code point at `pos` (< text.size()); sets `next` to
  // the offset after it.
  Class ClassAt(std::string_view text, uint32_t pos, uint32_t& next) const;

  std::array<Class, 128> ascii_;  // from ICU, once
  std::array<bool, 256> stops_;   // bytes the scan for terminators stops at
};

}  // namespace whosaid::text

#endif  // WHOSAID_TEXT_SENTENCE_BREAKS_HPP_
