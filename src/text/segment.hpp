// Paragraph and sentence segmentation of news text.
//
// Paragraphs end at line breaks. Sentences come from ICU's sentence break
// iterator wrapped in a filter that suppresses breaks after news
// abbreviations and titles ("Sen.", "Gen.", "U.S.", "Jan.", "No."), which
// ICU alone breaks after. A sentence never crosses a paragraph.
//
//   Result<Segmenter> s = Segmenter::Create({"Sen.", "U.S."});
//   std::vector<SentenceSpan> sentences = s->Split(text);
//
// Thread-safety: a Segmenter is immutable after Create; Split may be called
// from many threads at once (each call clones the ICU iterator).
#ifndef WHOSAID_TEXT_SEGMENT_HPP_
#define WHOSAID_TEXT_SEGMENT_HPP_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "status.hpp"

#include <unicode/uversion.h>  // declares the icu namespace alias

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

// Splits `text` at line breaks; blank lines make no paragraph.
std::vector<ParagraphSpan> SplitParagraphs(std::string_view text);

class Segmenter {
 public:
  // Builds a segmenter that does not break after any of `abbreviations`
  // (case-sensitive, with their final period: "Sen.").
  static Result<Segmenter> Create(const std::vector<std::string>& abbreviations);

  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;
  ~Segmenter();

  // Returns the sentences of `text` (valid UTF-8) in order.
  Result<std::vector<SentenceSpan>> Split(std::string_view text) const;

 private:
  explicit Segmenter(std::unique_ptr<icu::BreakIterator> prototype);
  std::unique_ptr<icu::BreakIterator> prototype_;
};

}  // namespace whosaid::text

#endif  // WHOSAID_TEXT_SEGMENT_HPP_
