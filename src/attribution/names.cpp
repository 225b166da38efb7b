#include "attribution/names.hpp"

namespace whosaid::attribution {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

// True when the sentence's first word, folded [i, end), is a cue in its base
// form written in title case before another title-case word that is neither
// a cue nor a function word: a first name ("Hope Okafor posted …", "Mark
// Lin said …"). An inversion has an inflected verb ("Said Okafor: …"); a
// reporting verb (nesting.tsv) there is an imperative or a supposition
// ("Tell Congress …", "Say Mexico demanded …").
bool OpensWithFirstName(std::string_view input, const text::FoldedText& folded,
                        const grammar::Lexicon& lexicon, size_t i, size_t end) {
  const std::string_view f = folded.text;
  auto title_case_at = [&](size_t k) {
    const uint32_t at = folded.source_begin[k];
    return at + 1 < input.size() && IsUpper(input[at]) && IsLower(input[at + 1]);
  };
  const size_t next = end + 1;
  if (next >= f.size() || f[end] != ' ' || !title_case_at(i) || !title_case_at(next)) {
    return false;
  }
  const std::string_view word = f.substr(i, end - i);
  const grammar::PhraseTable::Entry* entry = lexicon.cues().Find(word);
  return entry != nullptr && entry->fields.size() > 1 && entry->fields[1] == word &&
         lexicon.nesting().Find(word) == nullptr &&
         lexicon.CueAt(f, i) && !lexicon.CueAt(f, next) &&
         lexicon.FunctionKind(f.substr(next, grammar::WordEnd(f, next) - next)).empty();
}

}  // namespace

void FindCapitalisedNames(std::string_view input, const text::FoldedText& folded,
                          const grammar::Lexicon& lexicon, std::vector<uint32_t>& names) {
  names.clear();
  const std::string_view f = folded.text;
  // Words of four letters or more, and how many of them start with a
  // capital: most of them in a headline, a few names in prose.
  int long_words = 0;
  int capitalised = 0;
  bool first_word = true;
  size_t first_name = std::string_view::npos;  // where a first name opens the sentence
  // First the candidates (capitalised mid-sentence), then, unless the
  // sentence is a headline, the lexicon lookups: one pass, few lookups.
  for (size_t i = 0; i < f.size();) {
    if (!grammar::IsWordByte(f[i])) {
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < f.size() && grammar::IsWordByte(f[end])) ++end;
    const uint32_t at = folded.source_begin[i];
    const bool upper = at < input.size() && IsUpper(input[at]);
    if (end - i >= 4) {
      ++long_words;
      capitalised += upper;
    }
    if (first_word) {
      first_word = false;
      if (upper && OpensWithFirstName(input, folded, lexicon, i, end)) first_name = i;
    } else if (upper) {
      size_t before = i;
      while (before > 0 && f[before - 1] == ' ') --before;
      // After a word, a comma or a quotation closed by a comma ("…," Will
      // wrote): mid-sentence.
      if (before > 0 && (grammar::IsWordByte(f[before - 1]) || f[before - 1] == ',' ||
                         (before > 1 && f[before - 1] == '"' && f[before - 2] == ','))) {
        names.push_back(static_cast<uint32_t>(i));
      }
    }
    i = end;
  }
  if (names.empty() && first_name == std::string_view::npos) return;
  if (capitalised * 5 > long_words * 3) {
    names.clear();
    return;
  }
  // A capitalised word ("Hope", "May"; not "HOPE", an acronym or a
  // shout) that would be a cue or an auxiliary, or a time word after
  // another capitalised word ("USA Today", "USA TODAY"). (Only these among
  // function words: a capitalised "Friday" or "The" is still a time word
  // or a determiner.)
  auto capitalised_at = [&](size_t i) {
    const uint32_t at = folded.source_begin[i];
    return at < input.size() && IsUpper(input[at]);
  };
  size_t kept = 0;
  for (const uint32_t i : names) {
    const std::string_view word = f.substr(i, grammar::WordEnd(f, i) - i);
    const uint32_t at = folded.source_begin[i];
    const bool title_case = at + 1 < input.size() && IsLower(input[at + 1]);
    const std::string_view kind = lexicon.FunctionKind(word);
    bool name = title_case &&
                ((lexicon.cues().StartsKey(word) && lexicon.CueAt(f, i)) || kind == "aux");
    if (!name && kind == "time") {
      size_t before = i;
      while (before > 0 && f[before - 1] == ' ') --before;
      size_t start = before;
      while (start > 0 && grammar::IsWordByte(f[start - 1])) --start;
      // (Not after a capitalised preposition or adverb: "On Sunday", "Last
      // Friday", "Since Monday" open a sentence with a time; but "The
      // Morning Consult poll", "Monday Night Football" are names.)
      const std::string_view kind_before = lexicon.FunctionKind(f.substr(start, before - start));
      name = start < before && capitalised_at(start) && kind_before != "stop" &&
             kind_before != "np-internal" && kind_before != "adverb";
    }
    if (name) names[kept++] = i;
  }
  names.resize(kept);
  if (first_name != std::string_view::npos) {
    names.insert(names.begin(), static_cast<uint32_t>(first_name));
  }
}

}  // namespace whosaid::attribution
