#include "attribution/source_type.hpp"

#include <string>

#include "text/normalize.hpp"

namespace whosaid::attribution {
namespace {

v1::SourceType ParseType(std::string_view name) {
  v1::SourceType type = v1::SOURCE_TYPE_UNKNOWN;
  v1::SourceType_Parse("SOURCE_TYPE_" + std::string(name), &type);
  return type;
}

enum class PronounKind { kNone, kPerson, kGroup };

// "he" → kPerson; "they", "we", "it" → kGroup (a group or organisation).
PronounKind PronounOf(const grammar::Lexicon& lexicon, std::string_view folded) {
  const grammar::PhraseTable::Entry* e = lexicon.pronouns().Find(folded);
  if (!e) return PronounKind::kNone;
  return e->fields[0] == "person" ? PronounKind::kPerson : PronounKind::kGroup;
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Words of `folded` (a folded noun phrase).
std::vector<std::string_view> Words(std::string_view folded) {
  std::vector<std::string_view> words;
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

}  // namespace

v1::SourceType SourceTyper::TypeOf(std::string_view text, ByteSpan span,
                                   ByteSpan aside) const {
  const std::string_view original = text.substr(span.begin, span.end - span.begin);
  const std::string folded = text::FoldString(original);
  std::string evidence = folded;
  if (!aside.empty()) {
    evidence += ' ';
    evidence += text::FoldString(text.substr(aside.begin, aside.end - aside.begin));
  }
  // Explicit anonymity anywhere in the phrase or its aside.
  for (size_t i = 0; i < evidence.size(); ++i) {
    if ((i == 0 || evidence[i - 1] == ' ') &&
        lexicon_.anonymity().MatchAt(evidence, i)) {
      return v1::SOURCE_TYPE_ANONYMOUS;
    }
  }
  const std::vector<std::string_view> words = Words(folded);
  if (words.empty()) return v1::SOURCE_TYPE_UNKNOWN;
  // The head noun: the last word before a phrase-internal preposition
  // ("a spokeswoman for the agency" → "spokeswoman").
  size_t head = words.size() - 1;
  for (size_t i = 1; i < words.size(); ++i) {
    if (lexicon_.FunctionKind(words[i]) == "np-internal" && words[i] != "and") {
      head = i - 1;
      break;
    }
  }
  // A floating quantifier is not the head: "Merkley, Brown and Menendez all".
  while (head > 0 && (lexicon_.FunctionKind(words[head]) == "quantifier" ||
                      words[head] == "all" || words[head] == "both")) {
    --head;
  }
  // A name after a role: "White House spokesman Josh Earnest".
  const std::vector<std::string_view> original_words = Words(original);
  const bool head_capitalised = original_words.size() == words.size() &&
                                IsUpper(original_words[head][0]);
  if (head_capitalised && !lexicon_.source_nouns().Find(words[head])) {
    for (size_t i = 0; i < head; ++i) {
      const auto* role = lexicon_.source_nouns().Find(words[i]);
      if (lexicon_.titles().Find(words[i]) ||
          (role && role->fields[0] == "UNNAMED_OFFICIAL")) {
        return v1::SOURCE_TYPE_NAMED_PERSON;
      }
    }
  }
  if (const auto* e = lexicon_.source_nouns().Find(words[head])) {
    const v1::SourceType type = ParseType(e->fields[0]);
    // "Nearly eight of 10 voters", "52 percent of Americans": a poll's
    // figures, so a document (PolNeAR convention).
    if (type == v1::SOURCE_TYPE_VAGUE &&
        folded.find_first_of("0123456789") != std::string::npos) {
      return v1::SOURCE_TYPE_DOCUMENT;
    }
    // "a Reuters report" is the outlet's reporting, not a plain document
    // (but "a Bloomberg poll" is a poll).
    const bool reporting = words[head] == "report" || words[head] == "reports" ||
                           words[head] == "story" || words[head] == "reporting";
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
  // Capitalised words name someone.
  bool capitalised = false;
  for (size_t i = 0; i < original.size(); ++i) {
    if ((i == 0 || original[i - 1] == ' ') && IsUpper(original[i])) capitalised = true;
  }
  if (capitalised) return v1::SOURCE_TYPE_NAMED_PERSON;
  // A long uncapitalised phrase whose head was missed: its first known noun
  // ("a memo circulated to council members last week").
  for (std::string_view word : words) {
    if (const auto* e = lexicon_.source_nouns().Find(word)) return ParseType(e->fields[0]);
  }
  return v1::SOURCE_TYPE_UNKNOWN;
}

void SourceTyper::TypeAll(std::string_view text,
                          std::vector<Attribution>& all) const {
  for (size_t i = 0; i < all.size(); ++i) {
    Attribution& a = all[i];
    for (Conduit& c : a.conduits) c.type = TypeOf(text, c.span);
    if (!a.source) {
      a.source_type = v1::SOURCE_TYPE_AGENTLESS;
      continue;
    }
    const std::string folded = text::FoldString(
        text.substr(a.source->begin, a.source->end - a.source->begin));
    const PronounKind pronoun = PronounOf(lexicon_, folded);
    const bool definite_role =
        folded.rfind("the ", 0) == 0 && folded.find(' ', 4) == std::string::npos &&
        lexicon_.titles().Find(folded.substr(4)) != nullptr;
    if (pronoun == PronounKind::kNone && !definite_role) {
      a.source_type = TypeOf(text, *a.source,
                             a.appositive.value_or(ByteSpan{}));
      continue;
    }
    // Resolve to the nearest earlier compatible source.
    a.source_type = v1::SOURCE_TYPE_UNKNOWN;
    for (size_t j = i; j-- > 0;) {
      const Attribution& prior = all[j];
      if (!prior.source || prior.antecedent) continue;
      const bool person = prior.source_type == v1::SOURCE_TYPE_NAMED_PERSON;
      const bool compatible =
          pronoun == PronounKind::kGroup
              ? !person && prior.source_type != v1::SOURCE_TYPE_AGENTLESS &&
                    prior.source_type != v1::SOURCE_TYPE_UNKNOWN
              : person;
      if (!compatible) continue;
      a.source_type = prior.source_type;
      a.antecedent = prior.source;
      break;
    }
  }
}

}  // namespace whosaid::attribution
