#include "text/segment.hpp"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/localpointer.h>
#include <unicode/utext.h>

namespace whosaid::text {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
         c == '\v';
}

// Shrinks [begin, end) of `text` to exclude ASCII white space.
void Trim(std::string_view text, uint32_t& begin, uint32_t& end) {
  while (begin < end && IsSpace(text[begin])) ++begin;
  while (end > begin && IsSpace(text[end - 1])) --end;
}

}  // namespace

std::vector<ParagraphSpan> SplitParagraphs(std::string_view text) {
  std::vector<ParagraphSpan> paragraphs;
  uint32_t start = 0;
  const auto size = static_cast<uint32_t>(text.size());
  while (start <= size) {
    size_t newline = text.find('\n', start);
    const uint32_t stop =
        newline == std::string_view::npos ? size : static_cast<uint32_t>(newline);
    uint32_t begin = start, end = stop;
    Trim(text, begin, end);
    if (begin < end) paragraphs.push_back({begin, end});
    start = stop + 1;
  }
  return paragraphs;
}

Segmenter::Segmenter(std::unique_ptr<icu::BreakIterator> prototype)
    : prototype_(std::move(prototype)) {}
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;
Segmenter::~Segmenter() = default;

Result<Segmenter> Segmenter::Create(
    const std::vector<std::string>& abbreviations) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale = icu::Locale::getEnglish();
  icu::LocalPointer<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
  if (U_FAILURE(status)) {
    return Status(StatusCode::kInternal,
                  std::string("icu: no sentence filter: ") + u_errorName(status));
  }
  for (const std::string& abbreviation : abbreviations) {
    builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(abbreviation),
                                status);
    status = U_SUCCESS(status) ? U_ZERO_ERROR : status;
  }
  icu::BreakIterator* base =
      icu::BreakIterator::createSentenceInstance(locale, status);
  if (U_FAILURE(status)) {
    delete base;
    return Status(StatusCode::kInternal,
                  std::string("icu: no sentence iterator: ") +
                      u_errorName(status));
  }
  std::unique_ptr<icu::BreakIterator> filtered(
      builder->wrapIteratorWithFilter(base, status));
  if (U_FAILURE(status)) {
    return Status(StatusCode::kInternal,
                  std::string("icu: cannot filter sentences: ") +
                      u_errorName(status));
  }
  return Segmenter(std::move(filtered));
}

Result<std::vector<SentenceSpan>> Segmenter::Split(std::string_view text) const {
  std::vector<SentenceSpan> sentences;
  std::unique_ptr<icu::BreakIterator> iterator(prototype_->clone());
  if (!iterator) return Status(StatusCode::kInternal, "icu: clone failed");
  const std::vector<ParagraphSpan> paragraphs = SplitParagraphs(text);
  for (uint32_t p = 0; p < paragraphs.size(); ++p) {
    const ParagraphSpan& para = paragraphs[p];
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data() + para.begin,
                                  static_cast<int64_t>(para.end - para.begin),
                                  &status);
    if (U_FAILURE(status)) {
      return Status(StatusCode::kInternal,
                    std::string("icu: utext: ") + u_errorName(status));
    }
    iterator->setText(utext, status);
    if (U_FAILURE(status)) {
      utext_close(utext);
      return Status(StatusCode::kInternal,
                    std::string("icu: sentence iterator: ") +
                        u_errorName(status));
    }
    int32_t previous = iterator->first();
    for (int32_t next = iterator->next(); next != icu::BreakIterator::DONE;
         next = iterator->next()) {
      uint32_t begin = para.begin + static_cast<uint32_t>(previous);
      uint32_t end = para.begin + static_cast<uint32_t>(next);
      Trim(text, begin, end);
      if (begin < end) sentences.push_back({begin, end, p});
      previous = next;
    }
    utext_close(utext);
  }
  return sentences;
}

}  // namespace whosaid::text
