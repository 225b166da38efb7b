#include "text/segment.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "text/chars.hpp"
#include "text/normalize.hpp"
#include "text/quotes.hpp"
#include "text/widen.hpp"

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

// Cuts every sentence longer than Segmenter::kMaxSentenceBytes into pieces
// of at most that size, at the last white space that fits (else at a code
// point boundary); pieces are trimmed like sentences.
std::vector<SentenceSpan> CutLongSentences(
    std::string_view text, std::vector<SentenceSpan> sentences) {
  constexpr uint32_t kMax = Segmenter::kMaxSentenceBytes;
  if (std::none_of(
          sentences.begin(), sentences.end(),
          [](const SentenceSpan& s) { return s.end - s.begin > kMax; })) {
    return sentences;
  }
  std::vector<SentenceSpan> out;
  out.reserve(sentences.size());
  for (const SentenceSpan& s : sentences) {
    uint32_t begin = s.begin;
    while (s.end - begin > kMax) {
      uint32_t cut = begin + kMax;
      while (cut > begin && !IsSpace(text[cut])) --cut;
      if (cut == begin) {  // one 4 KiB word: cut before a lead byte
        cut = begin + kMax;
        while (cut > begin &&
               (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
          --cut;
        }
      }
      uint32_t piece_begin = begin, piece_end = cut;
      Trim(text, piece_begin, piece_end);
      if (piece_begin < piece_end)
        out.push_back({piece_begin, piece_end, s.paragraph});
      begin = cut;
      while (begin < s.end && IsSpace(text[begin])) ++begin;
    }
    if (begin < s.end) out.push_back({begin, s.end, s.paragraph});
  }
  return out;
}

// Sets `breaks` to ICU's sentence boundaries in `paragraph` after its
// start, as byte offsets (the buffers are reused from one call to the
// next).
Status IcuBreaks(icu::BreakIterator& iterator, std::string_view paragraph,
                 std::vector<char16_t>& utf16, std::vector<uint32_t>& utf8_offset,
                 std::vector<uint32_t>& breaks) {
  breaks.clear();
  // At most one UTF-16 unit per byte: size once, write through pointers.
  utf16.resize(paragraph.size());
  utf8_offset.resize(paragraph.size() + 1);
  const size_t n = WidenUtf8(paragraph, utf16.data(), utf8_offset.data());
  utf16.resize(n);
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  utext_openUChars(&utext, utf16.data(), static_cast<int64_t>(utf16.size()), &status);
  if (U_FAILURE(status)) {
    return Status(StatusCode::kInternal, std::string("icu: utext: ") + u_errorName(status));
  }
  iterator.setText(&utext, status);
  if (U_FAILURE(status)) {
    utext_close(&utext);
    return Status(StatusCode::kInternal,
                  std::string("icu: sentence iterator: ") + u_errorName(status));
  }
  iterator.first();
  for (int32_t next = iterator.next(); next != icu::BreakIterator::DONE;
       next = iterator.next()) {
    breaks.push_back(utf8_offset[static_cast<size_t>(next)]);
  }
  utext_close(&utext);
  return OkStatus();
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

Segmenter::Segmenter(std::unique_ptr<icu::BreakIterator> prototype,
                     std::vector<std::string> abbreviations,
                     std::vector<std::string> sentence_starters,
                     std::vector<std::string> titles)
    : prototype_(std::move(prototype)),
      abbreviations_(std::make_move_iterator(abbreviations.begin()),
                     std::make_move_iterator(abbreviations.end())),
      titles_(std::make_move_iterator(titles.begin()), std::make_move_iterator(titles.end())),
      sentence_starters_(std::move(sentence_starters)) {
  abbreviations_.insert(titles_.begin(), titles_.end());
  for (const std::string& a : abbreviations_) {
    abbreviation_lengths_.push_back(a.size());
  }
  std::sort(abbreviation_lengths_.begin(), abbreviation_lengths_.end());
  abbreviation_lengths_.erase(
      std::unique(abbreviation_lengths_.begin(), abbreviation_lengths_.end()),
      abbreviation_lengths_.end());
  std::sort(sentence_starters_.begin(), sentence_starters_.end());
}
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;
Segmenter::~Segmenter() = default;

Result<size_t> Segmenter::CountIcuSentences(std::span<const std::string> texts) const {
  std::unique_ptr<icu::BreakIterator> iterator(prototype_->clone());
  if (!iterator) return Status(StatusCode::kInternal, "icu: clone failed");
  size_t sentences = 0;
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  for (const std::string& text : texts) {
    utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
    iterator->setText(&utext, status);
    if (U_FAILURE(status)) break;
    iterator->first();
    while (iterator->next() != icu::BreakIterator::DONE) ++sentences;
  }
  utext_close(&utext);
  if (U_FAILURE(status)) {
    return Status(StatusCode::kInternal,
                  std::string("icu: sentence iterator: ") + u_errorName(status));
  }
  return sentences;
}

Result<Segmenter> Segmenter::Create(std::vector<std::string> abbreviations,
                                    std::vector<std::string> sentence_starters,
                                    std::vector<std::string> titles) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(),
                                                 status));
  if (U_FAILURE(status)) {
    return Status(StatusCode::kInternal,
                  std::string("icu: no sentence iterator: ") +
                      u_errorName(status));
  }
  return Segmenter(std::move(iterator), std::move(abbreviations),
                   std::move(sentence_starters), std::move(titles));
}

namespace {

// True when `rest` opens with a word of two or more capitals and no
// lower-case letter ("LOUIS", "JOHN").
bool IsCapitalWord(std::string_view rest) {
  size_t i = 0;
  while (i < rest.size() && rest[i] >= 'A' && rest[i] <= 'Z') ++i;
  return i >= 2 && (i == rest.size() || !IsWordByte(rest[i]));
}

// True when `sentence` ends with "?" or "!" and then at least one quotation
// mark (QuoteMarkLengthBefore: ", ”, '' …).
bool EndsInClosedQuestion(std::string_view sentence) {
  size_t end = sentence.size();
  bool closed = false;
  while (const size_t mark = QuoteMarkLengthBefore(sentence, end)) {
    end -= mark;
    closed = true;
  }
  return closed && end > 0 && (sentence[end - 1] == '?' || sentence[end - 1] == '!');
}

}  // namespace

bool Segmenter::IsCapitalAbbreviation(std::string_view sentence) const {
  // The last word, capitals and a period: "ST.", read as "St."
  constexpr size_t kMaxWord = 8;
  if (sentence.size() < 3 || sentence.back() != '.') return false;
  size_t begin = sentence.size() - 1;
  while (begin > 0 && IsWordByte(sentence[begin - 1])) --begin;
  const size_t length = sentence.size() - 1 - begin;
  if (length < 2 || length > kMaxWord) return false;
  std::string title(sentence.substr(begin));
  for (size_t i = 0; i < length; ++i) {
    if (title[i] < 'A' || title[i] > 'Z') return false;
    if (i > 0) title[i] = static_cast<char>(title[i] - 'A' + 'a');
  }
  return abbreviations_.find(title) != abbreviations_.end();
}

bool Segmenter::IsFalseBreak(std::string_view text, uint32_t begin,
                             uint32_t end, uint32_t next) const {
  // A dash after a closing quotation names the speaker ("…shame.” ― Ana
  // Ruiz"): it belongs to the quotation's sentence.
  const std::string_view rest = text.substr(next);
  if (rest.starts_with("\u2014") || rest.starts_with("\u2015") ||
      rest.starts_with("- ") || rest.starts_with("-- ")) {
    return true;
  }
  const std::string_view sentence = text.substr(begin, end - begin);
  // A quotation closed after its "?" or "!" goes on in lower case: "“Why
  // not?” he asked.", "She shouted “We won!” and said …" (the writer's
  // sentence, where UAX #29 breaks after every "?" and "!").
  if (!rest.empty() && rest[0] >= 'a' && rest[0] <= 'z' && EndsInClosedQuestion(sentence)) {
    return true;
  }
  // The sentence ends with an abbreviation that is not the tail of a word.
  std::string_view abbreviation;
  for (const size_t length : abbreviation_lengths_) {
    if (sentence.size() < length) break;
    const size_t before = sentence.size() - length;
    if (abbreviations_.find(sentence.substr(before)) != abbreviations_.end() &&
        (before == 0 || !IsWordByte(sentence[before - 1]))) {
      abbreviation = sentence.substr(before);
      break;
    }
  }
  const bool after_abbreviation = !abbreviation.empty();
  // A title stands before a name, whatever the name's first word: "Dr.
  // Will Hurd", "Sen. He Yafei".
  if (after_abbreviation && titles_.find(abbreviation) != titles_.end()) return true;
  // In capitals, an abbreviation before a word in capitals: "ST. LOUIS",
  // "SEN. JOHN SMITH" in a dateline or a headline ("…SAID NO. The" breaks).
  const bool after_capital_abbreviation =
      !after_abbreviation && IsCapitalAbbreviation(sentence) && IsCapitalWord(text.substr(next));
  // A middle initial: "Paul D." + "Ryan said …".
  const size_t n = sentence.size();
  const bool after_initial = n >= 3 && sentence[n - 1] == '.' &&
                             sentence[n - 2] >= 'A' && sentence[n - 2] <= 'Z' &&
                             sentence[n - 3] == ' ';
  if (!after_abbreviation && !after_capital_abbreviation && !after_initial) return false;
  size_t word_end = next;
  while (word_end < text.size() && IsWordByte(text[word_end])) ++word_end;
  const std::string first_word = FoldString(text.substr(next, word_end - next));
  return !std::binary_search(sentence_starters_.begin(),
                             sentence_starters_.end(), first_word);
}

Result<std::vector<SentenceSpan>> Segmenter::Split(std::string_view text) const {
  return SplitWith(text, /*fast=*/true);
}

Result<std::vector<SentenceSpan>> Segmenter::SplitWithIcuOnly(std::string_view text) const {
  return SplitWith(text, /*fast=*/false);
}

Result<std::vector<SentenceSpan>> Segmenter::SplitWith(std::string_view text, bool fast) const {
  std::vector<SentenceSpan> sentences;
  std::unique_ptr<icu::BreakIterator> iterator;  // cloned on first use
  const std::vector<ParagraphSpan> paragraphs = SplitParagraphs(text);
  // ICU iterates UTF-16 faster than UTF-8 through a UText (which converts
  // small chunks on the fly), so a paragraph it reads is converted once
  // into a reused buffer, with the UTF-8 offset of every UTF-16 unit for
  // mapping the breaks back. The breaks are the same: the rules see the
  // same code points.
  std::vector<char16_t> utf16;
  std::vector<uint32_t> utf8_offset;  // per UTF-16 unit, and one past the end
  std::vector<uint32_t> breaks;       // byte offsets in the paragraph
  for (uint32_t p = 0; p < paragraphs.size(); ++p) {
    const ParagraphSpan& para = paragraphs[p];
    const std::string_view paragraph = text.substr(para.begin, para.end - para.begin);
    if (!fast || !breaker_.Breaks(paragraph, breaks)) {
      if (!iterator) {
        iterator.reset(prototype_->clone());
        if (!iterator) return Status(StatusCode::kInternal, "icu: clone failed");
      }
      Status status = IcuBreaks(*iterator, paragraph, utf16, utf8_offset, breaks);
      if (!status.ok()) return status;
    }
    const size_t first_of_paragraph = sentences.size();
    uint32_t previous = 0;
    for (const uint32_t next : breaks) {
      uint32_t begin = para.begin + previous;
      uint32_t end = para.begin + next;
      previous = next;
      Trim(text, begin, end);
      if (begin >= end) continue;
      if (sentences.size() > first_of_paragraph &&
          IsFalseBreak(text, sentences.back().begin, sentences.back().end,
                       begin)) {
        sentences.back().end = end;  // "…the U.S." + "Central Command…"
        continue;
      }
      sentences.push_back({begin, end, p});
    }
  }
  return CutLongSentences(text, std::move(sentences));
}

}  // namespace whosaid::text
