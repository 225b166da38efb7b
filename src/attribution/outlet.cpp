#include "attribution/outlet.hpp"

#include <string>

#include "text/chars.hpp"
#include "text/normalize.hpp"
#include "text/quotes.hpp"

namespace whosaid::attribution {
namespace {

// Words after the cue are few: a channel phrase and a name.
constexpr int kMaxNameWords = 8;

// The word at or after `pos` (spaces skipped), or an empty span at a mark,
// a quotation mark or the end.
ByteSpan NextWord(std::string_view text, uint32_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos >= text.size() || !text::IsWordByte(text[pos]) ||
      text::QuoteMarkLengthAt(text, pos) != 0) {
    return {pos, pos};
  }
  return {pos, static_cast<uint32_t>(grammar::WordEnd(text, pos))};
}

std::string_view TextOf(std::string_view text, ByteSpan span) {
  return text.substr(span.begin, span.end - span.begin);
}

// The name starting at `pos` (see NameAfterChannel), or nothing.
std::optional<ByteSpan> NameAt(const grammar::Lexicon& lexicon, std::string_view text,
                               uint32_t pos) {
  ByteSpan word = NextWord(text, pos);
  if (word.empty()) return std::nullopt;
  const uint32_t begin = word.begin;
  if (text::FoldString(TextOf(text, word)) == "the") word = NextWord(text, word.end);
  if (word.empty() || !text::IsAsciiUpper(text[word.begin])) return std::nullopt;
  uint32_t end = word.end;
  for (int words = 1; words < kMaxNameWords; ++words) {
    ByteSpan next = NextWord(text, end);
    if (next.empty()) break;
    const std::string lower = text::FoldString(TextOf(text, next));
    if (text::IsAsciiUpper(text[next.begin])) {
      end = next.end;
      continue;
    }
    // ("CNN's State of the Union": small words inside a name)
    if (lower == "of" || lower == "the" || lower == "and") {
      ByteSpan after = NextWord(text, next.end);
      if (!after.empty() && lower == "of" && text::FoldString(TextOf(text, after)) == "the") {
        after = NextWord(text, after.end);
      }
      if (!after.empty() && text::IsAsciiUpper(text[after.begin])) {
        end = after.end;
        continue;
      }
      break;
    }
    // ("People magazine": an outlet's noun after its name)
    if (const auto* noun = lexicon.source_nouns().Find(lower);
        noun != nullptr && noun->fields[0] == "MEDIA") {
      end = next.end;
    }
    break;
  }
  // ("on CNN's “State of the Union”": the outlet without its mark)
  const std::string_view name = text.substr(begin, end - begin);
  if (name.ends_with("'s")) end -= 2;
  if (name.ends_with("\u2019s")) end -= 4;
  return ByteSpan{begin, end};
}

}  // namespace

std::optional<ByteSpan> NameAfterChannel(const grammar::Lexicon& lexicon, std::string_view text,
                                         uint32_t pos) {
  ByteSpan word = NextWord(text, pos);
  // ("said Sunday in an interview with CNN": a time first)
  if (!word.empty() && lexicon.FunctionKind(text::FoldString(TextOf(text, word))) == "time") {
    word = NextWord(text, word.end);
  }
  if (word.empty()) return std::nullopt;
  const std::string first = text::FoldString(TextOf(text, word));
  if (first == "to" || first == "on") return NameAt(lexicon, text, word.end);
  if (first != "in" && first != "during") return std::nullopt;
  // "in The Atlantic": the outlet itself.
  if (first == "in") {
    if (std::optional<ByteSpan> name = NameAt(lexicon, text, word.end)) return name;
  }
  // "in an interview with", "during a television appearance on"
  ByteSpan at = NextWord(text, word.end);
  for (int words = 0; words < 3 && !at.empty(); ++words) {
    const std::string lower = text::FoldString(TextOf(text, at));
    if (lexicon.IsHeadWord(lower, "channel")) {
      const ByteSpan link = NextWord(text, at.end);
      const std::string linker = text::FoldString(TextOf(text, link));
      if (linker == "with" || linker == "to" || linker == "on" || linker == "for") {
        return NameAt(lexicon, text, link.end);
      }
      // ("a phone interview": one channel before another)
      if (!lexicon.IsHeadWord(linker, "channel")) return std::nullopt;
    }
    at = NextWord(text, at.end);
  }
  return std::nullopt;
}

std::optional<ByteSpan> NameInOpeningChannel(const grammar::Lexicon& lexicon,
                                             std::string_view text, uint32_t sentence_begin,
                                             uint32_t source_begin) {
  if (source_begin < 2 || text.substr(source_begin - 2, 2) != ", ") return std::nullopt;
  const ByteSpan first = NextWord(text, sentence_begin);
  const std::string_view opener = TextOf(text, first);
  if (opener != "In" && opener != "During") return std::nullopt;
  // (a channel, not a place: "In Ohio, Smith said")
  const ByteSpan second = NextWord(text, first.end);
  if (second.empty() || text::IsAsciiUpper(text[second.begin])) return std::nullopt;
  const std::optional<ByteSpan> name = NameAfterChannel(lexicon, text, first.begin);
  if (name && name->end + 2 == source_begin) return name;
  return std::nullopt;
}

}  // namespace whosaid::attribution
