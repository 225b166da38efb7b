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
  if (const auto* e = lexicon_.source_nouns().Find(words[head])) {
    const v1::SourceType type = ParseType(e->fields[0]);
    // "a Reuters report" is the outlet's reporting, not a plain document.
    if (type == v1::SOURCE_TYPE_DOCUMENT && head > 0 && original.size() > 0) {
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
  // The nearest earlier unresolved source that a person pronoun ("she") or
  // a group pronoun ("they", "the ministry") can refer to, kept as we go:
  // searching backwards from every pronoun made a long article quadratic.
  const Attribution* last_person = nullptr;
  const Attribution* last_group = nullptr;
  for (Attribution& a : all) {
    TypeOne(text, a, last_person, last_group);
    if (!a.source || a.antecedent) continue;
    if (a.source_type == v1::SOURCE_TYPE_NAMED_PERSON) {
      last_person = &a;
    } else if (a.source_type != v1::SOURCE_TYPE_AGENTLESS &&
               a.source_type != v1::SOURCE_TYPE_UNKNOWN) {
      last_group = &a;
    }
  }
}

void SourceTyper::TypeOne(std::string_view text, Attribution& a,
                          const Attribution* last_person,
                          const Attribution* last_group) const {
  for (Conduit& c : a.conduits) c.type = TypeOf(text, c.span);
  if (!a.source) {
    a.source_type = v1::SOURCE_TYPE_AGENTLESS;
    return;
  }
  const std::string folded = text::FoldString(
      text.substr(a.source->begin, a.source->end - a.source->begin));
  const PronounKind pronoun = PronounOf(lexicon_, folded);
  const bool definite_role =
      folded.rfind("the ", 0) == 0 &&
      folded.find(' ', 4) == std::string::npos &&
      lexicon_.titles().Find(folded.substr(4)) != nullptr;
  if (pronoun == PronounKind::kNone && !definite_role) {
    a.source_type = TypeOf(text, *a.source, a.appositive.value_or(ByteSpan{}));
    return;
  }
  // Resolve to the nearest earlier compatible source.
  const Attribution* prior =
      pronoun == PronounKind::kGroup ? last_group : last_person;
  if (prior == nullptr) {
    a.source_type = v1::SOURCE_TYPE_UNKNOWN;
    return;
  }
  a.source_type = prior->source_type;
  a.antecedent = prior->source;
}

}  // namespace whosaid::attribution
