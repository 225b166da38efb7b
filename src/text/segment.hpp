// Paragraph and sentence segmentation of news text.
//
// Paragraphs end at line breaks. Sentences come from Unicode's sentence
// break rules (read straight from UTF-8 by SentenceBreaker where a
// paragraph allows, else by ICU's iterator); a break right after a news
// abbreviation ("U.S.", "Jan.", "No.") is undone unless the next word
// opens sentences ("The", "He"); after a title ("Sen.", "Lt.") always.
// (ICU 72's FilteredBreakIterator cannot do this: it ignores abbreviations
// with an inner period such as "U.S." and keeps breaking after "Lt.".) A
// quotation closed after its "?" or "!" goes on before a lower-case word
// ("“Why not?” he asked."), and a dash after a closing quotation stays with
// it. A sentence never crosses a paragraph.
//
//   Result<Segmenter> s = Segmenter::Create({"Sen.", "U.S."}, {"the", "he"});
//   std::vector<SentenceSpan> sentences = s->Split(text);
//
// Thread-safety: a Segmenter is immutable after Create; Split may be called
// from many threads at once (a call that needs the ICU iterator clones it).
#ifndef WHOSAID_TEXT_SEGMENT_HPP_
#define WHOSAID_TEXT_SEGMENT_HPP_

#include <unicode/uversion.h>  // declares the icu namespace alias

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "status.hpp"
#include "text/sentence_breaks.hpp"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace whosaid::text {

struct SentenceSpan {
  uint32_t begin;      // input byte offset of the first non-space byte
  uint32_t end;        // one past the last non-space byte
  uint32_t paragraph;  // 0-based paragraph index
};

struct ParagraphSpan {
  uint32_t begin;  // first non-space byte
  uint32_t end;    // one past the last non-space byte
};

// True when sentence i of `sentences` is its paragraph's only sentence.
inline bool AloneInParagraph(const std::vector<SentenceSpan>& sentences,
                             size_t i) {
  return (i == 0 || sentences[i - 1].paragraph != sentences[i].paragraph) &&
         (i + 1 == sentences.size() ||
          sentences[i + 1].paragraph != sentences[i].paragraph);
}

// Splits `text` at line breaks; blank lines make no paragraph.
std::vector<ParagraphSpan> SplitParagraphs(std::string_view text);

class Segmenter {
 public:
  // Builds a segmenter that does not break after any of `abbreviations`
  // (case-sensitive, with their final period: "Sen.", "U.S.") unless the
  // next sentence opens with one of `sentence_starters` (folded words such
  // as "the", "he", "but": "…aid from the U.S. The deal…" still breaks).
  // After one of `titles` ("Sen.", "Dr."; abbreviations too, whether listed
  // in the first or not) no sentence breaks at all: a name follows, even
  // one that opens with a sentence starter ("Dr. Will Hurd").
  static Result<Segmenter> Create(std::vector<std::string> abbreviations,
                                  std::vector<std::string> sentence_starters,
                                  std::vector<std::string> titles = {});

  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;
  ~Segmenter();

  // Returns the sentences of `text` (valid UTF-8) in order. A sentence
  // longer than kMaxSentenceBytes is cut at white space (or, with none, at
  // a code point boundary) into pieces of at most that size.
  Result<std::vector<SentenceSpan>> Split(std::string_view text) const;

  // The same, every paragraph through ICU's iterator: the reference that
  // Split's fast path (SentenceBreaker, for the paragraphs it can read) is
  // tested against.
  Result<std::vector<SentenceSpan>> SplitWithIcuOnly(std::string_view text) const;

  // ICU's sentence iterator alone over each of `texts` (valid UTF-8, read
  // through a UText: no UTF-16 copy), without Split's paragraphs,
  // abbreviations or cuts: the number of sentences it finds in all. Not a
  // segmentation whosaid uses: the reference speed issue 7 measures the
  // pipeline against (whosaid_bench), since any design that segments all
  // of the text pays at least this.
  Result<size_t> CountIcuSentences(std::span<const std::string> texts) const;

  // Real sentences stay far below this (the longest in 3.9 MB of news is
  // under 1 KiB). Without the cut, text with no sentence breaks makes one
  // huge sentence in which every attribution's content runs to the end, so
  // the report would grow with the square of the input.
  static constexpr uint32_t kMaxSentenceBytes = 4096;

 private:
  Segmenter(std::unique_ptr<icu::BreakIterator> prototype,
            std::vector<std::string> abbreviations,
            std::vector<std::string> sentence_starters, std::vector<std::string> titles);
  Result<std::vector<SentenceSpan>> SplitWith(std::string_view text, bool fast) const;
  // True when the break at `end` (after a sentence starting at `begin`) is
  // an abbreviation's period inside a sentence that goes on at `next`.
  bool IsFalseBreak(std::string_view text, uint32_t begin, uint32_t end,
                    uint32_t next) const;
  // True when `sentence` ends with an abbreviation in capitals ("ST." for
  // the listed "St.").
  bool IsCapitalAbbreviation(std::string_view sentence) const;

  // Hashed, searched with a string_view (no allocation per lookup).
  struct AbbreviationHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };

  std::unique_ptr<icu::BreakIterator> prototype_;
  SentenceBreaker breaker_;
  // The abbreviations, and their distinct lengths: a sentence's end is
  // looked up once per length instead of compared with every abbreviation.
  std::unordered_set<std::string, AbbreviationHash, std::equal_to<>>
      abbreviations_;
  std::unordered_set<std::string, AbbreviationHash, std::equal_to<>> titles_;
  std::vector<size_t> abbreviation_lengths_;    // ascending
  std::vector<std::string> sentence_starters_;  // sorted
};

}  // namespace whosaid::text

#endif  // WHOSAID_TEXT_SEGMENT_HPP_
