#include "attribution/source_type.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <iterator>
#include <string>

#include "attribution/names.hpp"
#include "text/chars.hpp"
#include "text/dateline.hpp"
#include "text/normalize.hpp"

namespace whosaid::attribution {
namespace {

// The lexicon's type name ("UNNAMED_OFFICIAL") as its enum value; UNKNOWN
// for a name that is none. The names are taken from the enum once (an
// immutable table): parsing "SOURCE_TYPE_" + name through the descriptor
// built a string and searched a map each time.
v1::SourceType ParseType(std::string_view name) {
  static const std::array<std::string, v1::SourceType_ARRAYSIZE> kNames = [] {
    std::array<std::string, v1::SourceType_ARRAYSIZE> names;
    constexpr std::string_view kPrefix = "SOURCE_TYPE_";
    for (int t = 0; t < v1::SourceType_ARRAYSIZE; ++t) {
      if (!v1::SourceType_IsValid(t)) continue;
      const std::string& full = v1::SourceType_Name(static_cast<v1::SourceType>(t));
      if (full.starts_with(kPrefix)) names[t] = full.substr(kPrefix.size());
    }
    return names;
  }();
  if (name.empty()) return v1::SOURCE_TYPE_UNKNOWN;
  for (int t = 0; t < v1::SourceType_ARRAYSIZE; ++t) {
    if (kNames[t] == name) return static_cast<v1::SourceType>(t);
  }
  return v1::SOURCE_TYPE_UNKNOWN;
}

// `span` without a party tag that ends it, "Marcia Price (D-Newport
// News)" → "Marcia Price": the tag's place names no source ("News" is no
// outlet there).
ByteSpan WithoutPartyTag(std::string_view text, ByteSpan span) {
  const std::string_view phrase = text.substr(span.begin, span.end - span.begin);
  if (!phrase.ends_with(')')) return span;
  const size_t open = phrase.rfind(" (");
  if (open == std::string_view::npos || open == 0 || phrase.size() < open + 5) return span;
  const char party = phrase[open + 2];
  if ((party != 'D' && party != 'R' && party != 'I') || phrase[open + 3] != '-') return span;
  return {span.begin, span.begin + static_cast<uint32_t>(open)};
}

enum class PronounKind { kNone, kPerson, kGroup, kThing };

// "he" → kPerson; "they", "we", "it" → kGroup (a group or organisation).
PronounKind PronounOf(const grammar::Lexicon& lexicon, std::string_view folded) {
  const grammar::PhraseTable::Entry* e = lexicon.pronouns().Find(folded);
  if (!e) return PronounKind::kNone;
  if (e->fields[0] == "person") return PronounKind::kPerson;
  return e->fields[0] == "thing" ? PronounKind::kThing : PronounKind::kGroup;
}

// True for a figure: a word ending in a digit ("10", "1,500").
bool IsFigure(std::string_view word) {
  return !word.empty() && word.back() >= '0' && word.back() <= '9';
}

// True for the first word of a partitive ("one of", "eight of", "some of").
bool IsPartitive(const grammar::Lexicon& lexicon, std::string_view word) {
  if (IsFigure(word)) return true;
  const std::string_view kind = lexicon.FunctionKind(word);
  return kind == "quantifier" || kind == "determiner" ||
         lexicon.IsHeadWord(word, "partitive");
}

// True when a phrase's words hold a share: a percentage, or a count before
// "of", "in" or "out of" ("eight of 10 voters", "three in 10", "42%").
bool IsShare(const grammar::Lexicon& lexicon, const std::vector<std::string_view>& words) {
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].ends_with('%')) return true;
    if (i + 1 < words.size() && IsPartitive(lexicon, words[i]) &&
        (words[i + 1] == "of" || words[i + 1] == "in" || words[i + 1] == "out")) {
      return true;
    }
  }
  return false;
}

// Words of `folded` (a folded noun phrase).
std::vector<std::string_view> Words(std::string_view folded) {
  std::vector<std::string_view> words;
  words.reserve(8);  // one allocation for a usual phrase, not four
  size_t i = 0;
  while (i < folded.size()) {
    const size_t end = grammar::WordEnd(folded, i);
    if (end == i) {
      ++i;
      continue;
    }
    words.push_back(folded.substr(i, end - i));
    i = end;
  }
  return words;
}

bool IsLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// The gender the text tells of the person `phrase` names ("female",
// "male", or "" when it tells none; gender.tsv): a word of the phrase or of
// its aside ("she", "Mrs. Reyes", "Ana Ruiz, a spokeswoman"), else an
// honorific before its last word within kLookBehind bytes before `limit`
// ("Mrs. Clinton" earlier in the text tells of "Hillary Clinton").
std::string_view GenderOf(const grammar::Lexicon& lexicon, std::string_view text,
                          ByteSpan phrase, std::optional<ByteSpan> aside, uint32_t limit);

// The nearest run of two or more capitalised words ending before `end`
// (at most kLookBehind bytes back): a person's name mentioned earlier
// ("… Sen. Claire McCaskill spoke. She said …").
constexpr uint32_t kLookBehind = 4096;
// True when the word at `i` opens a sentence (or the window).
bool OpensSentence(std::string_view text, uint32_t i, uint32_t floor) {
  while (i > floor && (text[i - 1] == ' ' || text[i - 1] == '"' ||
                       static_cast<unsigned char>(text[i - 1]) >= 0x80)) {
    --i;  // spaces and quotation marks (typographic ones are non-ASCII)
  }
  return i == floor || text[i - 1] == '.' || text[i - 1] == '!' ||
         text[i - 1] == '?' || text[i - 1] == '\n' || text[i - 1] == ':';
}

std::string_view GenderOf(const grammar::Lexicon& lexicon, std::string_view text,
                          ByteSpan phrase, std::optional<ByteSpan> aside, uint32_t limit) {
  for (const std::optional<ByteSpan>& span : {std::optional<ByteSpan>(phrase), aside}) {
    if (!span) continue;
    const std::string folded = text::FoldString(text.substr(span->begin, span->end - span->begin));
    for (const std::string_view word : Words(folded)) {
      if (const auto* e = lexicon.gender().Find(word)) return e->fields[0];
    }
  }
  // The phrase's last word, without a possessive: "Clinton" of "Hillary
  // Clinton's".
  std::string_view p = text.substr(phrase.begin, phrase.end - phrase.begin);
  if (p.ends_with("'s")) p.remove_suffix(2);
  const size_t space = p.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? p : p.substr(space + 1);
  if (last.empty() || !text::IsAsciiUpper(last[0])) return "";
  // One pass over the surname's mentions, each looked behind. (Both "Mr.
  // Trump" and "Mrs. Trump" in the text tell nothing; the phrase's own
  // honorific, "Mrs. Clinton", is one of its words, above.)
  const uint32_t floor = limit > kLookBehind ? limit - kLookBehind : 0;
  const std::string_view before = text.substr(floor, limit - floor);
  std::string_view told;
  for (size_t at = before.find(last); at != std::string_view::npos;
       at = before.find(last, at + 1)) {
    const size_t after = at + last.size();
    if (after < before.size() && IsLetter(before[after])) continue;  // "Mr. Clintons"
    for (const std::string_view honorific : {"Mrs. ", "Ms. ", "Mr. "}) {
      if (!before.substr(0, at).ends_with(honorific)) continue;
      const std::string key = text::FoldString(honorific.substr(0, honorific.size() - 1));
      if (const auto* e = lexicon.gender().Find(key)) {
        if (!told.empty() && told != e->fields[0]) return "";
        told = e->fields[0];
      }
      break;
    }
  }
  return told;
}

std::optional<ByteSpan> NameBefore(const grammar::Lexicon& lexicon,
                                   std::string_view text, uint32_t end) {
  std::optional<ByteSpan> last;
  uint32_t run_begin = 0, run_end = 0, run_words = 0;
  uint32_t word_end = 0;  // end of the previous word, periods included
  std::string_view prev_word;  // that word
  const uint32_t floor = end > kLookBehind ? end - kLookBehind : 0;
  uint32_t i = floor;
  while (i < end) {
    if (!IsLetter(text[i])) {
      ++i;
      continue;
    }
    uint32_t w = i;
    while (w < end && (IsLetter(text[w]) || text[w] == '.' || text[w] == '-' ||
                       text[w] == '\'')) {
      ++w;
    }
    // (A period ends the run unless it closes an initial or an abbreviation
    // no sentence ends after, abbreviations.tsv: "Ms. Shanklin-Hawkins.
    // While" is a name and a sentence opening.)
    const bool sentence_end = prev_word.size() > 2 && prev_word.back() == '.' &&
                              prev_word.find('.') == prev_word.size() - 1 &&
                              std::find(lexicon.abbreviations().begin(),
                                        lexicon.abbreviations().end(),
                                        prev_word) == lexicon.abbreviations().end();
    const bool joined = run_words > 0 && i == word_end + 1 && text[word_end] == ' ' &&
                        !sentence_end;
    if (text::IsAsciiUpper(text[i])) {
      if (!joined) {
        run_begin = i;
        run_words = 0;
      }
      ++run_words;
      run_end = w;
      while (run_end > run_begin && text[run_end - 1] == '.') --run_end;
      // Two capitalised words, or one inside a sentence that is no function
      // word ("… not working for Trump"): a name.
      // (Nor a month, head_words.tsv kind "month": "Their report, released
      // in June, …" names no one a pronoun could stand for.)
      const std::string folded = text::FoldString(text.substr(i, run_end - i));
      const bool single_name = run_words == 1 && w - i > 1 && !OpensSentence(text, i, floor) &&
                               lexicon.FunctionKind(folded).empty() &&
                               !lexicon.IsHeadWord(folded, "month");
      if (run_words >= 2 || single_name) last = ByteSpan{run_begin, run_end};
    } else {
      run_words = 0;
    }
    word_end = w;
    prev_word = text.substr(i, w - i);
    i = w;
  }
  return last;
}

// True when a person's source phrase or aside gives them a role other
// than `role`: an aside that describes them ("a professor of planning",
// "the county's chief engineer") without the word, or a title before the
// name (titles.tsv: "council member Irene Osei") that is not it nor its
// abbreviation ("Sen." for "senator").
bool DescribedAsOtherRole(const grammar::Lexicon& lexicon, std::string_view text,
                          ByteSpan source, std::optional<ByteSpan> aside, std::string_view role) {
  if (aside) {
    const std::string folded =
        text::FoldString(text.substr(aside->begin, aside->end - aside->begin));
    if ((folded.starts_with("a ") || folded.starts_with("an ") || folded.starts_with("the ")) &&
        (" " + folded + " ").find(" " + std::string(role)) == std::string::npos) {
      return true;
    }
  }
  const std::string folded = text::FoldString(text.substr(source.begin, source.end - source.begin));
  std::string_view rest = folded;
  while (!rest.empty()) {
    const size_t end = grammar::WordEnd(rest, 0);
    const std::string_view word = rest.substr(0, end);
    rest.remove_prefix(std::min(rest.size(), end + 1));
    if (rest.empty() || lexicon.titles().Find(word) == nullptr) continue;  // (the name's last word)
    const std::string_view stem = word.ends_with('.') ? word.substr(0, word.size() - 1) : word;
    if (!role.starts_with(stem)) return true;
  }
  return false;
}

// The first mention of the name `source` (a bare name, "Osei") before it,
// with the capitalised words and the title before it ("Council member
// Irene Osei", titles.tsv), when a title stands there; else nothing.
std::optional<ByteSpan> TitledFirstMention(const grammar::Lexicon& lexicon,
                                           std::string_view text, ByteSpan source) {
  const std::string_view name = text.substr(source.begin, source.end - source.begin);
  if (name.empty()) return std::nullopt;
  // (a whole word: not "Osei" inside "Oseiko")
  size_t found = text.find(name);
  while (found < source.begin && found + name.size() < text.size() &&
         IsLetter(text[found + name.size()])) {
    found = text.find(name, found + 1);
  }
  if (found >= source.begin) return std::nullopt;
  auto word_before = [&](size_t pos) -> std::string_view {
    if (pos < 2 || text[pos - 1] != ' ') return {};
    size_t b = pos - 1;
    while (b > 0 && IsLetter(text[b - 1])) --b;
    return text.substr(b, pos - 1 - b);
  };
  size_t begin = found;
  for (std::string_view w = word_before(begin); !w.empty() && text::IsAsciiUpper(w[0]);
       w = word_before(begin)) {
    begin = static_cast<size_t>(w.data() - text.data());
  }
  const std::string_view title = word_before(begin);
  if (title.empty() || lexicon.titles().Find(text::FoldString(title)) == nullptr) {
    return std::nullopt;
  }
  return ByteSpan{static_cast<uint32_t>(title.data() - text.data()),
                  static_cast<uint32_t>(found + name.size())};
}

// The noun phrase a relative "who" or "which" refers to: the words before it, back to
// the previous comma or sentence boundary ("Mr. Cole, who said …"). When those words
// hold a clause, its last noun phrase: after the clause's last verb (an auxiliary, a
// be-form, or a past form after a noun) and the last preposition after that ("The
// schedule angered ferry workers, who …": "ferry workers"; "the video has become a
// focal point for demonstrators, who …": "demonstrators"). A preposition alone makes
// no clause: "a lawyer for the Sierra Club, who …" stays whole. (An irregular past
// form is not seen: "The mayor met Ana Ruiz, who …" stays whole too.)
ByteSpan RelativeAntecedent(const grammar::Lexicon& lexicon, std::string_view text,
                            uint32_t who) {
  uint32_t end = who;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ',')) --end;
  uint32_t begin = end;
  while (begin > 0 && text[begin - 1] != ',' && text[begin - 1] != '.' &&
         text[begin - 1] != ';' && text[begin - 1] != '"' && text[begin - 1] != '\n' &&
         end - begin < 120) {
    --begin;
  }
  while (begin < end && text[begin] == ' ') ++begin;
  uint32_t after_verb = 0;         // where the words after the last verb start
  uint32_t after_preposition = 0;  // the same after the last preposition past it
  std::string_view previous_kind = "determiner";  // (a phrase's first word follows nothing)
  for (uint32_t at = begin; at < end;) {
    uint32_t word_end = at;
    while (word_end < end && text[word_end] != ' ') ++word_end;
    const std::string word = text::FoldString(text.substr(at, word_end - at));
    const std::string_view kind = lexicon.FunctionKind(word);
    const bool past_verb = kind.empty() && grammar::IsPastShaped(word) && previous_kind.empty() &&
                           text[at] >= 'a' && text[at] <= 'z';
    const uint32_t next = word_end < end ? word_end + 1 : end;
    if (kind == "aux" || kind == "passive" || past_verb) {
      after_verb = next;
      after_preposition = 0;
    } else if (after_verb != 0 && kind == "np-internal" && word != "and" &&
               word != "including") {
      after_preposition = next;
    }
    previous_kind = kind.empty() && grammar::LooksLikeLyAdverb(word) ? "adverb" : kind;
    at = next;
  }
  const uint32_t start = after_preposition != 0 ? after_preposition : after_verb;
  if (start != 0 && start < end) begin = start;
  return {begin, end};
}

}  // namespace

v1::SourceType SourceTyper::TypeOf(std::string_view text, ByteSpan span,
                                   ByteSpan aside) const {
  span = WithoutPartyTag(text, span);
  const std::string_view original = text.substr(span.begin, span.end - span.begin);
  const std::string folded = text::FoldString(original);
  // The phrase and its aside; without an aside, the phrase itself (no copy).
  std::string with_aside;
  if (!aside.empty()) {
    with_aside = folded;
    with_aside += ' ';
    with_aside += text::FoldString(text.substr(aside.begin, aside.end - aside.begin));
  }
  const std::string_view evidence = aside.empty() ? std::string_view(folded)
                                                  : std::string_view(with_aside);
  // Explicit anonymity anywhere in the phrase or its aside.
  for (size_t i = 0; i < evidence.size(); ++i) {
    if ((i == 0 || evidence[i - 1] == ' ') &&
        lexicon_.anonymity().MatchAt(evidence, i)) {
      return v1::SOURCE_TYPE_ANONYMOUS;
    }
  }
  std::vector<std::string_view> words = Words(folded);
  if (words.empty()) return v1::SOURCE_TYPE_UNKNOWN;
  // A name whose aside says what kind of body it is: "Northfield
  // Analytics, a research firm," "Working America, a labor group,".
  // (The aside's own head, before any preposition: not "Dana Lee, the head
  // of the union,".)
  if (!aside.empty() && IsBareName(original)) {
    const std::string described =
        text::FoldString(text.substr(aside.begin, aside.end - aside.begin));
    const std::vector<std::string_view> aside_words = Words(described);
    // (A possessive opens it as a determiner does: "Xinhua, China's
    // official news agency,"; folding made every apostrophe ASCII.)
    if (aside_words.size() >= 2 &&
        (lexicon_.FunctionKind(aside_words[0]) == "determiner" ||
         aside_words[0].ends_with("'s"))) {
      size_t head = 1;
      for (size_t i = 2; i < aside_words.size(); ++i) {
        if (aside_words[i] != "and" && !lexicon_.FunctionKind(aside_words[i]).empty()) break;
        head = i;
      }
      const auto* noun = lexicon_.source_nouns().Find(aside_words[head]);
      const v1::SourceType kind = noun ? ParseType(noun->fields[0]) : v1::SOURCE_TYPE_UNKNOWN;
      // ("the official Chinese news agency": an outlet)
      const auto first = aside_words.begin() + 1;
      const auto last = aside_words.begin() + static_cast<std::ptrdiff_t>(head);
      if (kind == v1::SOURCE_TYPE_NAMED_ORGANIZATION && std::find(first, last, "news") != last) {
        return v1::SOURCE_TYPE_MEDIA;
      }
      if (kind == v1::SOURCE_TYPE_NAMED_ORGANIZATION || kind == v1::SOURCE_TYPE_MEDIA) return kind;
    }
  }
  // A phrase and the name beside it ("the union's president, Maria Lopez",
  // the source running on to a name in its aside): the phrase, with the
  // name as its aside (the aside passed in, if any, is that name).
  if (const size_t comma = original.rfind(", ");
      comma != std::string_view::npos && comma > 0 &&
      IsBareName(original.substr(comma + 2))) {
    const auto at = span.begin + static_cast<uint32_t>(comma);
    return TypeOf(text, {span.begin, at}, {at + 2, span.end});
  }
  // A name before an appositive: "Scott Pruitt, the attorney general of
  // Oklahoma," is the person.
  if (const size_t comma = original.find(", "); comma != std::string_view::npos &&
                                                 comma > 0) {
    if (TypeOf(text, {span.begin, span.begin + static_cast<uint32_t>(comma)}) ==
        v1::SOURCE_TYPE_NAMED_PERSON) {
      return v1::SOURCE_TYPE_NAMED_PERSON;
    }
  }
  // Coordinated sources take the first conjunct's type when it has one:
  // "The New York Times and the Gannett newspaper chain". (A capital after
  // "and" is usually one name: "the Securities and Exchange Commission".)
  if (const size_t and_at = original.find(" and ");
      and_at != std::string_view::npos && and_at + 5 < original.size() &&
      !text::IsAsciiUpper(original[and_at + 5])) {
    const v1::SourceType first =
        TypeOf(text, {span.begin, span.begin + static_cast<uint32_t>(and_at)});
    if (first != v1::SOURCE_TYPE_UNKNOWN) return first;
  }
  // A poll's share without a noun: "three in 10", "one out of four" (the
  // counts are partitives: numbers and head_words.tsv's "one" … "ten").
  const size_t n = words.size();
  auto count = [&](size_t i) { return IsPartitive(lexicon_, words[i]); };
  if (n >= 3 && n <= 5 && count(n - 1) &&
      ((words[n - 2] == "in" && count(n - 3)) ||
       (n >= 4 && words[n - 2] == "of" && words[n - 3] == "out" && count(n - 4)))) {
    return v1::SOURCE_TYPE_DOCUMENT;
  }
  // A bare percentage: "42% say", "about 40 percent said".
  if (n >= 1 && n <= 3 && (folded.ends_with('%') || (n >= 2 && words[n - 1] == "percent")) &&
      IsPartitive(lexicon_, words[folded.ends_with('%') ? n - 1 : n - 2])) {
    return v1::SOURCE_TYPE_DOCUMENT;
  }
  // A bare fraction is a share too: "half say", "just over a quarter said".
  if (n >= 1 && n <= 5 && grammar::IsFractionWord(words[n - 1])) {
    return v1::SOURCE_TYPE_DOCUMENT;
  }
  // "One said …", "Another said …": one of a group named before, no name
  // (the capital only opens the sentence).
  if (folded == "one" || folded == "another" || folded == "the other") {
    return v1::SOURCE_TYPE_VAGUE;
  }
  // A social media handle names someone: "one Twitter user @nycsouthpaw".
  if (folded.find('@') != std::string::npos) return v1::SOURCE_TYPE_NAMED_PERSON;
  // A possessive is its noun: "Tulsa police's" → "police".
  for (std::string_view& w : words) {
    if (w.size() > 2 && w.ends_with("'s")) w.remove_suffix(2);
  }
  // The head noun: the last word before a phrase-internal preposition
  // ("a spokeswoman for the agency" → "spokeswoman", "an adviser to
  // Clinton" → "adviser").
  // A partitive's head is its second noun: "one of the docs", "eight of
  // 10 voters", "some of the protesters".
  // A past participle starts a modifier too: "a memo circulated to …", "a
  // report released last year".
  const std::vector<std::string_view> original_words = Words(original);
  const bool aligned = original_words.size() == words.size();
  size_t head = words.size() - 1;
  for (size_t i = 1; i < words.size(); ++i) {
    if (words[i].size() > 4 && words[i].ends_with("ed") && aligned &&
        !text::IsAsciiUpper(original_words[i][0]) &&
        !lexicon_.source_nouns().Find(words[i])) {
      head = i - 1;
      break;
    }
    // ("a senior adviser to Clinton": "to" after a relational noun)
    const bool relational_to =
        words[i] == "to" && lexicon_.IsHeadWord(words[i - 1], "relational");
    if ((lexicon_.FunctionKind(words[i]) != "np-internal" && !relational_to) ||
        words[i] == "and") {
      continue;
    }
    if (words[i] == "of" && IsPartitive(lexicon_, words[i - 1])) continue;
    // ("three in 10 voters": a share's "in" before a figure)
    if (words[i] == "in" && IsPartitive(lexicon_, words[i - 1]) && i + 1 < words.size() &&
        IsFigure(words[i + 1])) {
      continue;
    }
    head = i - 1;
    break;
  }
  // A floating quantifier is not the head: "Merkley, Brown and Menendez all".
  while (head > 0 && (lexicon_.FunctionKind(words[head]) == "quantifier" ||
                      lexicon_.IsHeadWord(words[head], "floating"))) {
    --head;
  }
  // A name after a role: "White House spokesman Josh Earnest".
  const bool head_capitalised = aligned && text::IsAsciiUpper(original_words[head][0]);
  if (head_capitalised && !lexicon_.source_nouns().Find(words[head])) {
    // An institution's noun right before the name is what the name names:
    // "the newspaper Dagsposten", "state broadcaster NRK", "the company
    // Nordbygg AS" (not "White House spokesman Josh Earnest").
    // (No title inside the name: "the agency's Director James Comey".)
    size_t name_begin = head;
    bool titled = false;
    while (name_begin > 0 && text::IsAsciiUpper(original_words[name_begin - 1][0])) {
      --name_begin;
      titled = titled || lexicon_.titles().Find(words[name_begin]) != nullptr;
    }
    if (name_begin > 0 && !titled) {
      const auto* kind = lexicon_.source_nouns().Find(words[name_begin - 1]);
      const v1::SourceType type = kind ? ParseType(kind->fields[0]) : v1::SOURCE_TYPE_UNKNOWN;
      // ("state news agency IRNA": an agency of news is an outlet)
      if (type == v1::SOURCE_TYPE_NAMED_ORGANIZATION && name_begin >= 2 &&
          words[name_begin - 2] == "news") {
        return v1::SOURCE_TYPE_MEDIA;
      }
      if (type == v1::SOURCE_TYPE_MEDIA || type == v1::SOURCE_TYPE_NAMED_ORGANIZATION) {
        return type;
      }
    }
    for (size_t i = 0; i < head; ++i) {
      const auto* role = lexicon_.source_nouns().Find(words[i]);
      if (lexicon_.titles().Find(words[i]) ||
          (role && role->fields[0] == "UNNAMED_OFFICIAL")) {
        return v1::SOURCE_TYPE_NAMED_PERSON;
      }
    }
  }
  // A title and a name after a capitalised head end the phrase with a
  // person: "Center for American Progress President Neera Tanden" (the
  // head found before the preposition is the institution's name; not "a
  // spokesman for House Speaker Paul Ryan").
  if (aligned && text::IsAsciiUpper(original_words[head][0])) {
    for (size_t i = head + 1; i + 1 < words.size(); ++i) {
      if (lexicon_.titles().Find(words[i]) == nullptr ||
          !text::IsAsciiUpper(original_words[i][0])) {
        continue;
      }
      if (std::all_of(original_words.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                      original_words.end(),
                      [](std::string_view w) { return text::IsAsciiUpper(w[0]); })) {
        return v1::SOURCE_TYPE_NAMED_PERSON;
      }
    }
  }
  const size_t lexical_head = head;  // (before an unlisted head gives way)
  // An occasion names no one: "told a news conference in Ottawa", "told a
  // rally" (not the outlet of "news"). (A capitalised one is a body: "the
  // Judicial Conference", "the Eagle Forum".)
  if (!head_capitalised && lexicon_.IsHeadWord(words[head], "event")) {
    return v1::SOURCE_TYPE_UNKNOWN;
  }
  // A lower-case word after the head noun is not a name: "the experts
  // generally", "a GAO report released last year". (A title is a head:
  // "the council's budget chief" is no council.)
  if (!head_capitalised && !lexicon_.source_nouns().Find(words[head]) &&
      !lexicon_.titles().Find(words[head])) {
    for (size_t i = head; i-- > 0;) {
      if (lexicon_.source_nouns().Find(words[i])) {
        head = i;
        break;
      }
    }
  }
  // A role with a name beside it: "Apple's chief executive, Tim Cook",
  // "Sanders's campaign manager, Jeff Weaver", "one of his supporters, Ann
  // Lee" (a head that names a person, or no institution, document or
  // outlet: not "the group, Black Lives Matter").
  // (The noun itself, not a listed one before it: "campaign manager".)
  // (A listed role in capitals is no name: "the firm's CEO, Jane Roe".)
  if (!aside.empty() &&
      (!head_capitalised || lexicon_.source_nouns().Find(words[lexical_head]) != nullptr)) {
    const auto* role = lexicon_.source_nouns().Find(words[lexical_head]);
    // (A name that is an institution's is no person's: "a spokesman for the
    // company, Acme Corp.")
    const v1::SourceType named = TypeOf(text, aside);
    const bool names_institution =
        named == v1::SOURCE_TYPE_NAMED_ORGANIZATION || named == v1::SOURCE_TYPE_MEDIA;
    if (!names_institution &&
        (role == nullptr || role->fields[0] == "UNNAMED_OFFICIAL" ||
         role->fields[0] == "VAGUE" || lexicon_.titles().Find(words[lexical_head]))) {
      if (IsBareName(text.substr(aside.begin, aside.end - aside.begin))) {
        return v1::SOURCE_TYPE_NAMED_PERSON;
      }
    }
  }
  // A bare title is a role without a name: "the mayor's", "a senator".
  if (!head_capitalised && !lexicon_.source_nouns().Find(words[head]) &&
      lexicon_.titles().Find(words[head])) {
    return v1::SOURCE_TYPE_UNNAMED_OFFICIAL;
  }
  if (const auto* e = lexicon_.source_nouns().Find(words[head])) {
    const v1::SourceType type = ParseType(e->fields[0]);
    // "Christian News Service": an organisation whose name says news.
    if (type == v1::SOURCE_TYPE_NAMED_ORGANIZATION &&
        std::find(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(head),
                  "news") != words.begin() + static_cast<std::ptrdiff_t>(head)) {
      return v1::SOURCE_TYPE_MEDIA;
    }
    // "Nearly eight of 10 voters", "52 percent of Americans", "forty
    // percent of those polled": a poll's figures, so a document (PolNeAR
    // convention). A head count is no share: "more than 200 protesters".
    if (type == v1::SOURCE_TYPE_VAGUE &&
        ((folded.find_first_of("0123456789") != std::string::npos && IsShare(lexicon_, words)) ||
         std::find(words.begin(), words.end(), "percent") != words.end())) {
      return v1::SOURCE_TYPE_DOCUMENT;
    }
    // "a Reuters report" is the outlet's reporting, not a plain document
    // (but "a Bloomberg poll" is a poll).
    const bool reporting = lexicon_.IsHeadWord(words[head], "reporting");
    if (type == v1::SOURCE_TYPE_DOCUMENT && head > 0 && reporting) {
      for (size_t i = 0; i < head; ++i) {
        if (const auto* m = lexicon_.source_nouns().Find(words[i]);
            m && m->fields[0] == "MEDIA") {
          return v1::SOURCE_TYPE_MEDIA;
        }
      }
    }
    return type;
  }
  // Known multi-word names ("the wall street journal", "white house") ("the wall street journal", "white house").
  for (size_t i = 0; i < folded.size(); ++i) {
    if (i != 0 && folded[i - 1] != ' ') continue;
    const grammar::PhraseMatch m = lexicon_.source_nouns().MatchAt(folded, i);
    if (m && lexicon_.source_nouns().entry(m.entry).key.find(' ') !=
                 std::string::npos) {
      return ParseType(lexicon_.source_nouns().entry(m.entry).fields[0]);
    }
  }
  // A short acronym names an institution: "the IMF", "the FBI", "NAACP"
  // (longer capitals are usually a transcript's speaker: "PENCE:").
  if (words.size() <= 3) {
    for (std::string_view w : original_words) {
      const bool acronym =
          w.size() >= 2 && w.size() <= 5 &&
          std::all_of(w.begin(), w.end(), [](char c) { return text::IsAsciiUpper(c); }) &&
          lexicon_.source_nouns().Find(text::FoldString(w)) == nullptr;
      if (acronym && (w.size() <= 4 || w.find_first_of("AEIOU") == std::string_view::npos)) {
        return v1::SOURCE_TYPE_NAMED_ORGANIZATION;
      }
    }
  }
  // Capitalised words name someone.
  // (A capital on a function word, "The", says nothing.)
  // (Not a sentence's first word alone before a lower-case head: "Harbor
  // pilots", "Ferry deckhands" are a group.)
  size_t capitalised = 0;
  bool first_capitalised = false;
  for (size_t i = 0; i < original_words.size(); ++i) {
    const std::string_view w = original_words[i];
    if (text::IsAsciiUpper(w[0]) && lexicon_.FunctionKind(text::FoldString(w)).empty()) {
      ++capitalised;
      first_capitalised = first_capitalised || i == 0;
    }
  }
  const bool sentence_capital = capitalised == 1 && first_capitalised && aligned &&
                                head > 0 && !head_capitalised &&
                                OpensSentence(text, span.begin, 0);
  if (capitalised > 0 && !sentence_capital) return v1::SOURCE_TYPE_NAMED_PERSON;
  // A long uncapitalised phrase whose head was missed: its first known noun
  // ("a memo circulated to council members last week").
  for (std::string_view word : words) {
    if (const auto* e = lexicon_.source_nouns().Find(word)) return ParseType(e->fields[0]);
  }
  return v1::SOURCE_TYPE_UNKNOWN;
}

namespace {

// Pronouns and roles look back over at most this many attributions: an
// antecedent further away is no reading anyone would make, and an
// unbounded search made an article of many unresolvable pronouns quadratic.
constexpr size_t kMaxLookBack = 256;
size_t Floor(size_t i) { return i > kMaxLookBack ? i - kMaxLookBack : 0; }

// True when `span` is the outlet `outlet`, with or without "the".
bool NamesOutlet(std::string_view text, ByteSpan span, std::string_view outlet) {
  if (outlet.empty()) return false;
  std::string_view phrase = text.substr(span.begin, span.end - span.begin);
  if (phrase.starts_with("the ") || phrase.starts_with("The ")) phrase.remove_prefix(4);
  return phrase == outlet;
}

}  // namespace

bool SourceTyper::ShortensOrganization(std::string_view text, ByteSpan name) const {
  // (The text before the name, within a bound that keeps a long document
  // linear: an article names a body in full near its first short mention.)
  constexpr size_t kLookBackBytes = 8192;
  const std::string_view word = text.substr(name.begin, name.end - name.begin);
  if (word.size() < 2 || !text::IsAsciiUpper(word[0]) || word.find(' ') != std::string_view::npos) {
    return false;
  }
  // (A first name of gender.tsv names a person: "Hillary said" after "a
  // Hillary Clinton White House".)
  if (lexicon_.gender().Find(text::FoldString(word)) != nullptr) return false;
  const size_t from = name.begin > kLookBackBytes ? name.begin - kLookBackBytes : 0;
  const std::string_view before = text.substr(from, name.begin - from);
  bool full = false;
  for (size_t at = before.find(word); at != std::string_view::npos;
       at = before.find(word, at + 1)) {
    const size_t end = at + word.size();
    // (A byte past ASCII after it is a mark: "Trump\u2018s".)
    if ((at > 0 && text::IsWordByte(before[at - 1])) ||
        (end < before.size() && text::IsWordByte(before[end]) &&
         (static_cast<unsigned char>(before[end]) & 0x80) == 0)) {
      continue;  // inside another word
    }
    // A capitalised word before it that is no function word: a first name
    // or a title ("Donald Trump", "Mr. Trump"); a word that ends the
    // sentence before is neither ("… in Europe. Orlen said").
    size_t prev_end = at;
    while (prev_end > 0 && before[prev_end - 1] == ' ') --prev_end;
    size_t prev_begin = prev_end;
    while (prev_begin > 0 &&
           (text::IsWordByte(before[prev_begin - 1]) || before[prev_begin - 1] == '.')) {
      --prev_begin;
    }
    if (prev_end < at && prev_begin < prev_end && text::IsAsciiUpper(before[prev_begin])) {
      const std::string prev = text::FoldString(before.substr(prev_begin, prev_end - prev_begin));
      const bool sentence_end = prev.back() == '.' && lexicon_.titles().Find(prev) == nullptr;
      if (!sentence_end && lexicon_.FunctionKind(prev).empty()) return false;
    }
    // The capitalised words after it, to the first other word or mark:
    // "Kestrel Motors' driver-assist system".
    size_t run_end = end;
    for (size_t next = end; next + 1 < before.size() && before[next] == ' ' &&
                            text::IsAsciiUpper(before[next + 1]);) {
      size_t w = next + 1;
      while (w < before.size() && text::IsWordByte(before[w])) ++w;
      run_end = w;
      next = w;
    }
    if (run_end > end) {
      // (A first name before a surname: "Hillary Clinton" tells that
      // "Hillary" is a person.)
      const v1::SourceType run = TypeOf(
          text, {static_cast<uint32_t>(from + at), static_cast<uint32_t>(from + run_end)});
      if (run == v1::SOURCE_TYPE_NAMED_PERSON) return false;
      full = full || run == v1::SOURCE_TYPE_NAMED_ORGANIZATION;
    }
  }
  return full;
}

namespace {

// True when `phrase` names the people a source told and no outlet: a word
// of head_words.tsv kind "audience" ("reporters at a news conference", "his
// radio audience") and no capitalised word ("the Fox News audience" is
// Fox News's).
bool NamesAudienceOnly(const grammar::Lexicon& lexicon, std::string_view phrase) {
  bool audience = false;
  for (size_t at = 0; at < phrase.size();) {
    const size_t end = std::min(phrase.find(' ', at), phrase.size());
    const std::string_view word = phrase.substr(at, end - at);
    if (!word.empty() && text::IsAsciiUpper(word[0])) return false;
    audience = audience || lexicon.IsHeadWord(text::FoldString(word), "audience");
    at = end + 1;
  }
  return audience;
}

}  // namespace

void SourceTyper::TypeAll(std::string_view text,
                          std::vector<Attribution>& all) const {
  // (The article's own outlet, "(Wirewire) -", is media wherever it is
  // named; so is whatever "reported" something, "first reported by The
  // Athletic", that names no known institution.)
  const std::string_view outlet = text::DatelineOutlet(text);
  auto outlet_type = [&](ByteSpan span, v1::SourceType type, bool reported) {
    const bool unknown = type == v1::SOURCE_TYPE_NAMED_PERSON || type == v1::SOURCE_TYPE_UNKNOWN;
    return (unknown && reported) || NamesOutlet(text, span, outlet) ? v1::SOURCE_TYPE_MEDIA : type;
  };
  // True when the phrase opens with an outlet's possessive: "CNN's Maria
  // Cho", "NBC's Meet the Press".
  auto outlet_possessor = [&](ByteSpan span) {
    const std::string_view phrase = text.substr(span.begin, span.end - span.begin);
    const size_t mark = std::min(phrase.find("'s "), phrase.find("\u2019s "));
    return mark != std::string_view::npos &&
           TypeOf(text, {span.begin, span.begin + static_cast<uint32_t>(mark)}) ==
               v1::SOURCE_TYPE_MEDIA;
  };
  for (size_t i = 0; i < all.size(); ++i) {
    Attribution& a = all[i];
    const bool reported_by = a.rule == "reported-by";
    // A name beside the cue (Conduit::outlet_only) waits until the relays
    // below have had their turn.
    std::optional<Conduit> beside;
    if (!a.conduits.empty() && a.conduits.back().outlet_only) {
      beside = a.conduits.back();
      a.conduits.pop_back();
    }
    // "Bloomberg News, citing a person familiar with the matter, reported
    // that …", "Xinhua, quoting an unnamed official, said": an outlet citing
    // someone relays them, a two-hop chain like "… told The Wall Street
    // Journal". (Not a speaker citing evidence: "Salceda, citing data from
    // the state, said" speaks for himself.)
    if (a.source && a.appositive && a.conduits.empty()) {
      const std::string_view aside =
          text.substr(a.appositive->begin, a.appositive->end - a.appositive->begin);
      for (const std::string_view relaying : {"citing ", "quoting "}) {
        if (aside.size() > relaying.size() && aside.starts_with(relaying) &&
            outlet_type(*a.source, TypeOf(text, *a.source), false) == v1::SOURCE_TYPE_MEDIA) {
          a.conduits.push_back({*a.source, v1::SOURCE_TYPE_UNSPECIFIED});
          a.source = ByteSpan{a.appositive->begin + static_cast<uint32_t>(relaying.size()),
                              a.appositive->end};
          a.appositive.reset();
          break;
        }
      }
    }
    // An outlet named beside the cue relays the source as a told one does:
    // "said in an interview with CNN", "confirmed to People magazine",
    // "In an interview with The Atlantic, Smith said".
    // (or an outlet's programme: "on CNN's State of the Union")
    // (Nearer the source than an "according to" that relays it all: "said
    // in an interview with CNN, according to the Ledger".)
    const bool only_hosts =
        std::all_of(a.conduits.begin(), a.conduits.end(), [](const Conduit& c) { return c.host; });
    if (beside && only_hosts &&
        (outlet_type(beside->span, TypeOf(text, beside->span), false) == v1::SOURCE_TYPE_MEDIA ||
         outlet_possessor(beside->span))) {
      a.conduits.insert(a.conduits.begin(), *beside);
    }
    for (Conduit& c : a.conduits) {
      const std::string_view phrase = text.substr(c.span.begin, c.span.end - c.span.begin);
      c.type = outlet_type(c.span, TypeOf(text, c.span), reported_by);
      // The people told are no outlet: "told reporters at a news
      // conference", as "told reporters" is none.
      if (NamesAudienceOnly(lexicon_, phrase)) c.type = v1::SOURCE_TYPE_UNKNOWN;
      // An outlet's journalist carries what is said as the outlet does:
      // "told CNN's Maria Cho".
      if (c.type == v1::SOURCE_TYPE_NAMED_PERSON && outlet_possessor(c.span)) {
        c.type = v1::SOURCE_TYPE_MEDIA;
      }
    }
    if (!a.source) {
      a.source_type = v1::SOURCE_TYPE_AGENTLESS;
      continue;
    }
    std::string folded = text::FoldString(
        text.substr(a.source->begin, a.source->end - a.source->begin));
    // "he's heralded": the contraction is the pronoun.
    if (folded.size() > 2 && folded.ends_with("'s") &&
        PronounOf(lexicon_, std::string_view(folded).substr(0, folded.size() - 2)) !=
            PronounKind::kNone) {
      folded.resize(folded.size() - 2);
    }
    // "most of them", "two of us", "many of whom": a part of the group the
    // pronoun stands for, typed as that group.
    for (const auto& [part_of, pronoun_form] :
         {std::pair<std::string_view, std::string_view>{" of them", "they"},
          {" of us", "we"},
          {" of whom", "who"}}) {
      if (folded.ends_with(part_of) && std::count(folded.begin(), folded.end(), ' ') == 2) {
        folded = pronoun_form;
      }
    }
    const PronounKind pronoun = PronounOf(lexicon_, folded);
    // "the spokeswoman", "the Vermont senator": a role naming someone the
    // article has already introduced.
    const size_t last_space = folded.rfind(' ');
    const bool definite_role =
        folded.rfind("the ", 0) == 0 &&
        std::count(folded.begin(), folded.end(), ' ') <= 2 &&
        lexicon_.titles().Find(std::string_view(folded).substr(last_space + 1)) != nullptr;
    if (folded == "who" || folded == "which") {
      const ByteSpan np = RelativeAntecedent(lexicon_, text, a.source->begin);
      a.source_type = np.empty() ? v1::SOURCE_TYPE_UNKNOWN : TypeOf(text, np);
      // ("which" stands for no person: "Homes Direct, which said …" is a
      // body however its name reads.)
      if (folded == "which" && a.source_type == v1::SOURCE_TYPE_NAMED_PERSON) {
        a.source_type = v1::SOURCE_TYPE_NAMED_ORGANIZATION;
      }
      if (!np.empty()) a.antecedent = np;
      continue;
    }
    if (pronoun == PronounKind::kNone && !definite_role) {
      a.source_type = outlet_type(*a.source, TypeOf(text, *a.source,
                                                    a.appositive.value_or(ByteSpan{})),
                                  reported_by && a.conduits.empty());
      if (a.source_type == v1::SOURCE_TYPE_NAMED_PERSON && !a.appositive &&
          ShortensOrganization(text, *a.source)) {
        a.source_type = v1::SOURCE_TYPE_NAMED_ORGANIZATION;
      }
      // A name ending in a possessive that speaks with a verb is a
      // business's: "Moody's said", "McDonald's has said". (Before a noun
      // cue it is its holder's: "Trump's claim".)
      if (a.source_type == v1::SOURCE_TYPE_NAMED_PERSON && a.rule != "possessive-noun" &&
          (folded.ends_with("'s") || folded.ends_with("s'")) &&
          IsBareName(text.substr(a.source->begin, a.source->end - a.source->begin))) {
        a.source_type = v1::SOURCE_TYPE_NAMED_ORGANIZATION;
      }
      // "the people", "one of the officials": people an anonymous source
      // named before ("three people familiar with the talks"), if one did,
      // keep their anonymity.
      // "One of the officials said … The other cautioned": the other one of
      // the same group.
      if (folded == "the other") {
        for (size_t j = i; j-- > Floor(i);) {
          const Attribution& prior = all[j];
          if (!prior.source) continue;
          const std::string prior_folded = text::FoldString(
              text.substr(prior.source->begin, prior.source->end - prior.source->begin));
          if (prior_folded == "one" || prior_folded.starts_with("one ")) {
            a.source_type = prior.source_type;
            a.antecedent = prior.antecedent ? prior.antecedent : prior.source;
            break;
          }
        }
        continue;
      }
      if (const bool back_reference =
              folded.rfind("the ", 0) == 0 || folded.rfind("one of the ", 0) == 0;
          back_reference && (a.source_type == v1::SOURCE_TYPE_VAGUE ||
                             a.source_type == v1::SOURCE_TYPE_UNNAMED_OFFICIAL)) {
        const std::string head = " " + folded.substr(last_space + 1);
        for (size_t j = i; j-- > Floor(i);) {
          const Attribution& prior = all[j];
          if (!prior.source || prior.source_type != v1::SOURCE_TYPE_ANONYMOUS) continue;
          const std::string prior_text = " " + text::FoldString(text.substr(
                                                   prior.source->begin,
                                                   prior.source->end - prior.source->begin)) + " ";
          if (prior_text.find(head + " ") != std::string::npos) {
            a.source_type = v1::SOURCE_TYPE_ANONYMOUS;
            a.antecedent = prior.antecedent ? prior.antecedent : prior.source;
            break;
          }
        }
      }
      continue;
    }
    // "The sheriff": the nearest earlier person introduced with that role
    // ("Harlow County Sheriff Diane Mercer"), else the nearest unnamed one
    // introduced with it ("a spokeswoman for Veltra said … the spokeswoman
    // added"), if any.
    a.source_type = v1::SOURCE_TYPE_UNKNOWN;
    if (definite_role) {
      const std::string role = folded.substr(last_space + 1);
      for (const bool named : {true, false}) {
        for (size_t j = i; j-- > Floor(i) && !a.antecedent;) {
          const Attribution& prior = all[j];
          const v1::SourceType t = prior.source_type;
          const bool fits = named ? t == v1::SOURCE_TYPE_NAMED_PERSON
                                  : t == v1::SOURCE_TYPE_UNNAMED_OFFICIAL ||
                                        t == v1::SOURCE_TYPE_ANONYMOUS;
          if (!prior.source || prior.antecedent || !fits) continue;
          const std::string prior_text = text::FoldString(
              text.substr(prior.source->begin, prior.source->end - prior.source->begin));
          // (with an article or an employer's possessive: "Cameron's
          // spokesman"; not "Senator from Texas", a title read as a role)
          const bool introduced = named || prior_text.starts_with("a ") ||
                                  prior_text.starts_with("an ") ||
                                  prior_text.find("'s ") != std::string::npos;
          if (introduced && prior_text.find(role) != std::string::npos) {
            a.source_type = t;
            a.antecedent = prior.source;
          }
        }
      }
      if (a.antecedent) continue;
    }
    // Resolve to the nearest earlier compatible source ("she" to no one
    // the text tells is a man).
    const grammar::PhraseTable::Entry* pronoun_gender =
        pronoun == PronounKind::kPerson ? lexicon_.gender().Find(folded) : nullptr;
    // (Once a person of the other gender is passed over, only one the text
    // tells is of the pronoun's will do: the phrases nearest after it are
    // often no person at all. Else "she" stays a person unresolved.)
    bool passed_over = false;
    auto other_gender = [&](ByteSpan phrase, std::optional<ByteSpan> aside) {
      if (pronoun_gender == nullptr) return false;
      const std::string_view g = GenderOf(lexicon_, text, phrase, aside, a.source->begin);
      if (!g.empty() && g != pronoun_gender->fields[0]) {
        passed_over = true;
        return true;
      }
      return passed_over && g.empty();
    };
    for (size_t j = i; j-- > Floor(i);) {
      const Attribution& prior = all[j];
      if (!prior.source) continue;
      const bool person = prior.source_type == v1::SOURCE_TYPE_NAMED_PERSON;
      const v1::SourceType t = prior.source_type;
      bool compatible = person;  // "he", "she", "the spokeswoman"
      if (pronoun == PronounKind::kGroup) {  // "they": any group or body
        compatible = !person && t != v1::SOURCE_TYPE_AGENTLESS &&
                     t != v1::SOURCE_TYPE_UNKNOWN;
      } else if (pronoun == PronounKind::kThing) {  // "it": a body or a text
        compatible = t == v1::SOURCE_TYPE_NAMED_ORGANIZATION ||
                     t == v1::SOURCE_TYPE_MEDIA || t == v1::SOURCE_TYPE_DOCUMENT;
      }
      if (!compatible) continue;
      // (A role passes over a person the text gave another role: "Paul
      // Menon, a professor, …", "council member Irene Osei" are not "the
      // mayor".)
      // (Nor one it gave another title when it named them first: "Council
      // member Irene Osei … Osei said")
      if (definite_role && person) {
        const std::string_view role = std::string_view(folded).substr(last_space + 1);
        const std::optional<ByteSpan> first = TitledFirstMention(lexicon_, text, *prior.source);
        if (DescribedAsOtherRole(lexicon_, text, *prior.source, prior.appositive, role) ||
            (first && DescribedAsOtherRole(lexicon_, text, *first, std::nullopt, role))) {
          continue;
        }
      }
      if (person && (other_gender(*prior.source, prior.appositive) ||
                     (prior.antecedent && other_gender(*prior.antecedent, std::nullopt)))) {
        continue;
      }
      // (an earlier "she" left unresolved: this one is as unknown)
      if (person && !prior.antecedent &&
          PronounOf(lexicon_, text::FoldString(text.substr(
                                  prior.source->begin, prior.source->end - prior.source->begin))) ==
              PronounKind::kPerson) {
        passed_over = true;
        break;
      }
      // A resolved pronoun passes on its own antecedent: "She said … she
      // added" both refer to the name.
      a.source_type = prior.source_type;
      a.antecedent = prior.antecedent ? prior.antecedent : prior.source;
      break;
    }
    if (!a.antecedent && passed_over) {
      a.source_type = v1::SOURCE_TYPE_NAMED_PERSON;
      continue;
    }
    // No earlier speaker fits "he"/"she": a person named earlier in the text.
    if (!a.antecedent && pronoun == PronounKind::kPerson && !definite_role) {
      if (std::optional<ByteSpan> name = NameBefore(lexicon_, text, a.source->begin);
          name && TypeOf(text, *name) == v1::SOURCE_TYPE_NAMED_PERSON &&
          !other_gender(*name, std::nullopt)) {
        a.source_type = v1::SOURCE_TYPE_NAMED_PERSON;
        a.antecedent = *name;
      }
    }
  }
}

namespace {

// The name in a phrase that names a person, titles left out and initials
// kept: "Harbor Commissioner Ann Reyes" → "Ann Reyes", "the union's
// president, Maria Lopez" → "Maria Lopez", "Sen. Tim Kaine (D-Va.)" and
// "Tim Kaine, D-Va." → "Tim Kaine", "Mr. Trump's" → "Trump", "Donald J.
// Trump" whole. Empty unless the phrase ends in a capitalised word.
ByteSpan PersonName(const grammar::Lexicon& lexicon, std::string_view text, ByteSpan phrase) {
  const std::string_view p = text.substr(phrase.begin, phrase.end - phrase.begin);
  size_t end = p.size();
  auto trim = [&] {
    while (end > 0 && p[end - 1] == ' ') --end;
  };
  trim();
  if (end > 0 && p[end - 1] == ')') {  // a bracketed affiliation
    if (const size_t open = p.rfind('(', end); open != std::string_view::npos) end = open;
    trim();
  }
  // An affiliation after a comma: ", R-NY", ", D-Va."
  if (const size_t comma = p.rfind(", ", end); comma != std::string_view::npos && comma + 2 <= end) {
    const std::string_view tail = p.substr(comma + 2, end - comma - 2);
    if (tail.find(' ') == std::string_view::npos && tail.find('-') != std::string_view::npos) {
      end = comma;
    }
  }
  for (std::string_view s : {"'s", "\u2019s"}) {  // a possessor's name
    if (p.substr(0, end).ends_with(s)) end -= s.size();
  }
  size_t begin = end;
  for (bool last = true;; last = false) {
    size_t word_end = begin;
    while (word_end > 0 && p[word_end - 1] == ' ') --word_end;
    size_t word_begin = word_end;
    while (word_begin > 0 && p[word_begin - 1] != ' ') --word_begin;
    if (word_begin == word_end) break;
    const std::string_view word = p.substr(word_begin, word_end - word_begin);
    if (!text::IsAsciiUpper(word[0])) break;
    if (!last) {
      // (a comma closes the phrase before an aside; a title or its
      // abbreviation, "Sen.", "Commissioner", is no part of the name)
      if (word.back() == ',') break;
      if (word.back() == '.' && word.size() > 2) break;
      std::string folded = text::FoldString(word);
      if (lexicon.titles().Find(folded)) break;
    }
    begin = word_begin;
  }
  if (begin == end) return {};
  return {phrase.begin + static_cast<uint32_t>(begin), phrase.begin + static_cast<uint32_t>(end)};
}

// True when `phrase` names its source's employer after "for" or "at",
// with a capital: "a spokeswoman for Orlen", "officials at the Haverford
// Group" (the employer's own words, when the affiliation list knows them,
// have set the affiliation before this is asked).
bool NamesOtherInstitution(std::string_view phrase) {
  for (std::string_view joiner : {" for ", " at "}) {
    for (size_t at = phrase.find(joiner); at != std::string_view::npos;
         at = phrase.find(joiner, at + 1)) {
      std::string_view rest = phrase.substr(at + joiner.size());
      if (rest.starts_with("the ")) rest.remove_prefix(4);
      if (!rest.empty() && text::IsAsciiUpper(rest[0])) return true;
    }
  }
  return false;
}

v1::Affiliation AffiliationNamed(std::string_view name) {
  if (name == "government") return v1::AFFILIATION_GOVERNMENT;
  if (name == "military") return v1::AFFILIATION_MILITARY;
  if (name == "political party") return v1::AFFILIATION_POLITICAL_PARTY;
  if (name == "company") return v1::AFFILIATION_COMPANY;
  if (name == "academia") return v1::AFFILIATION_ACADEMIA;
  if (name == "civil society") return v1::AFFILIATION_CIVIL_SOCIETY;
  if (name == "media") return v1::AFFILIATION_MEDIA;
  return v1::AFFILIATION_UNSPECIFIED;
}

}  // namespace

void SourceTyper::Describe(std::string_view text, Attribution& a) const {
  if (!a.source) {
    a.specificity = v1::SPECIFICITY_NONE;
    return;
  }
  const ByteSpan phrase = WithoutPartyTag(text, a.antecedent.value_or(*a.source));
  if (a.source_type == v1::SOURCE_TYPE_NAMED_PERSON) {
    a.person_name = PersonName(lexicon_, text, phrase);
  }
  std::string folded = text::FoldString(text.substr(phrase.begin, phrase.end - phrase.begin));
  bool capitalised = false;
  // A capital on a function word names nothing; on a role noun
  // ("Officials said") it names no institution, on an outlet ("Reuters")
  // it names the outlet.
  // (A sentence's first capital says nothing either: "Reports said".)
  bool named = false;
  for (std::string_view w : Words(text.substr(phrase.begin, phrase.end - phrase.begin))) {
    if (!text::IsAsciiUpper(w[0])) continue;  // (before folding: most words are lower-case)
    const std::string f = text::FoldString(w);
    if (!lexicon_.FunctionKind(f).empty()) continue;
    const auto at = static_cast<uint32_t>(w.data() - text.data());
    if (at == phrase.begin && OpensSentence(text, at, 0) &&
        lexicon_.IsHeadWord(f, "generic")) {
      continue;
    }
    named = true;
    if (!lexicon_.source_nouns().Find(f)) capitalised = true;
  }
  // (An aside that says when or where the source spoke names no employer:
  // "The minister, in remarks broadcast on state television, said".)
  if (a.appositive) {
    const ByteSpan span = WithoutPartyTag(text, *a.appositive);
    const std::string aside = text::FoldString(text.substr(span.begin, span.end - span.begin));
    const std::string_view first = std::string_view(aside).substr(0, grammar::WordEnd(aside, 0));
    // (a preposition opening an adverbial, head_words.tsv kind
    // "clause-opener": "in", "during", "after"; not "of": "Smith, of the
    // State Department,")
    if (!lexicon_.IsHeadWord(first, "clause-opener")) {
      folded += ' ';
      folded += aside;
    }
  }
  // Affiliation: a source noun that carries one ("officials": government),
  // the last one winning ("military officials" → the noun's own), else a
  // word of the affiliation list ("Democratic strategist").
  v1::Affiliation affiliation = v1::AFFILIATION_UNSPECIFIED;
  v1::Affiliation modifier = v1::AFFILIATION_UNSPECIFIED;
  bool institution = false;  // an organisation named beside the role
  v1::Affiliation institution_affiliation = v1::AFFILIATION_UNSPECIFIED;  // and its own
  const size_t last_word = folded.rfind(' ') == std::string::npos ? 0 : folded.rfind(' ') + 1;
  for (size_t i = 0; i < folded.size(); ++i) {
    if (i != 0 && folded[i - 1] != ' ') continue;
    if (i < last_word) {
      if (const auto* e = lexicon_.source_nouns().Find(
              std::string_view(folded).substr(i, grammar::WordEnd(folded, i) - i));
          e && (e->fields[0] == "NAMED_ORGANIZATION" || e->fields[0] == "MEDIA")) {
        institution = true;
        institution_affiliation = e->fields[0] == "MEDIA" ? v1::AFFILIATION_MEDIA
                                  : e->fields.size() > 1 ? AffiliationNamed(e->fields[1])
                                                         : v1::AFFILIATION_UNSPECIFIED;
      }
    }
    if (modifier == v1::AFFILIATION_UNSPECIFIED) {
      if (grammar::PhraseMatch m = lexicon_.affiliations().MatchAt(folded, i)) {
        modifier = AffiliationNamed(lexicon_.affiliations().entry(m.entry).fields[0]);
      }
    }
    if (grammar::PhraseMatch m = lexicon_.source_nouns().MatchAt(folded, i)) {
      const auto& fields = lexicon_.source_nouns().entry(m.entry).fields;
      if (fields.size() > 1 && !fields[1].empty()) affiliation = AffiliationNamed(fields[1]);
    }
  }
  if (modifier != v1::AFFILIATION_UNSPECIFIED) {
    affiliation = modifier;
  } else if (institution) {
    // "Fox News officials", "club officials": the organisation's own (if
    // any), not the role's.
    affiliation = institution_affiliation;
  } else if (affiliation != v1::AFFILIATION_UNSPECIFIED &&
             NamesOtherInstitution(text.substr(phrase.begin, phrase.end - phrase.begin))) {
    // The role's own affiliation ("spokeswoman": government) is for a role
    // whose employer goes unnamed; "a spokeswoman for Orlen" names one that
    // no word of ours places (a company, a campaign, a club).
    affiliation = v1::AFFILIATION_UNSPECIFIED;
  }
  if (affiliation == v1::AFFILIATION_UNSPECIFIED && a.source_type == v1::SOURCE_TYPE_MEDIA) {
    affiliation = v1::AFFILIATION_MEDIA;
  }
  a.affiliation = affiliation;
  switch (a.source_type) {
    case v1::SOURCE_TYPE_NAMED_PERSON:
    case v1::SOURCE_TYPE_NAMED_ORGANIZATION:
      a.specificity = v1::SPECIFICITY_NAMED;
      break;
    case v1::SOURCE_TYPE_MEDIA:
    case v1::SOURCE_TYPE_DOCUMENT:
      a.specificity = named ? v1::SPECIFICITY_NAMED : v1::SPECIFICITY_UNNAMED;
      break;
    case v1::SOURCE_TYPE_UNNAMED_OFFICIAL:
      a.specificity = capitalised || institution || modifier != v1::AFFILIATION_UNSPECIFIED ||
                              folded.find(" for ") != std::string::npos ||
                              folded.find(" at ") != std::string::npos
                          ? v1::SPECIFICITY_ROLE_AND_INSTITUTION
                          : v1::SPECIFICITY_ROLE;
      break;
    case v1::SOURCE_TYPE_ANONYMOUS:
      a.specificity = v1::SPECIFICITY_WITHHELD;
      break;
    case v1::SOURCE_TYPE_VAGUE:
      a.specificity = v1::SPECIFICITY_UNNAMED;
      break;
    default:
      a.specificity = v1::SPECIFICITY_UNSPECIFIED;
  }
}


}  // namespace whosaid::attribution
