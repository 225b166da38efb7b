#include "attribution/names.hpp"

#include <algorithm>
#include <utility>

#include "grammar/parse.hpp"
#include "text/chars.hpp"

namespace whosaid::attribution {
namespace {

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
    return at + 1 < input.size() && text::IsAsciiUpper(input[at]) && IsLower(input[at + 1]);
  };
  const size_t next = end + 1;
  if (next >= f.size() || f[end] != ' ' || !title_case_at(i) || !title_case_at(next)) {
    return false;
  }
  const std::string_view word = f.substr(i, end - i);
  const std::string_view next_word = f.substr(next, grammar::WordEnd(f, next) - next);
  // (A past form that is also a first name: "Drew Heiserman said".)
  if (lexicon.FunctionKind(word) == "past") return lexicon.FunctionKind(next_word).empty();
  // (An auxiliary that gender.tsv knows as a first name: "Will Hurd said",
  // "May Lee wrote"; not in a question: "Will Congress act?")
  if (lexicon.FunctionKind(word) == "aux") {
    const size_t last = f.find_last_not_of("\" )");
    return lexicon.gender().Find(word) != nullptr && lexicon.FunctionKind(next_word).empty() &&
           !lexicon.CueAt(f, next) && last != std::string_view::npos && f[last] != '?';
  }
  const grammar::PhraseTable::Entry* entry = lexicon.cues().Find(word);
  // "Per Sky Sports, the deal …" opens with a source, not with a name: a
  // run of title-case words closed by a comma after "per".
  if (entry != nullptr && !entry->fields.empty() && entry->fields[0] == "according") {
    size_t k = next;
    while (k < f.size() && title_case_at(k)) {
      k = grammar::WordEnd(f, k);
      if (k < f.size() && f[k] == ',') return false;
      if (k + 1 >= f.size() || f[k] != ' ') break;
      ++k;
    }
  }
  return entry != nullptr && entry->fields.size() > 1 && entry->fields[1] == word &&
         lexicon.nesting().Find(word) == nullptr &&
         lexicon.CueAt(f, i) && !lexicon.CueAt(f, next) && lexicon.FunctionKind(next_word).empty();
}

// True when the noun-first cue form (head_words.tsv) at folded [i, end)
// reads as a verb: right after a capitalised word ("CBS News reports", a
// headline's "Gazette Reports Delays") or a subject pronoun ("she
// reports"), or opening an inversion after a comma or a quotation mark
// ("…, reports USA Today"); but not before a cue, its verb ("FEC reports
// show", "The reports show"). `prev` is the folded word before it, if only
// spaces part them; `prev_upper` whether the input capitalises it.
bool NounFirstReadsAsVerb(const grammar::Lexicon& lexicon, std::string_view f, size_t i,
                          size_t end, std::string_view prev, bool prev_upper) {
  const size_t next = f.find_first_not_of(' ', end);
  if (next != std::string_view::npos && next > end && lexicon.CueAt(f, next)) return false;
  if (!prev.empty()) {
    if (prev_upper) return true;
    // (not a relative "who": "a prosecutor who reports to the president")
    return prev != "who" && lexicon.pronouns().Find(prev) != nullptr &&
           lexicon.FunctionKind(prev) != "determiner";
  }
  return grammar::FollowsCommaOrQuote(f, i);
}

// True for a capitalised word in quotation marks: the nickname of
// "Marcia "Cia" Price", "Ernesto “Che” Guevara".
bool IsQuotedNickname(std::string_view word) {
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"\"", "\""},
                                    {"\u201c", "\u201d"}}) {
    if (word.size() > open.size() + close.size() && word.starts_with(open) &&
        word.ends_with(close)) {
      return text::IsAsciiUpper(word[open.size()]);
    }
  }
  return false;
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
  // Noun-first cue forms (head_words.tsv, "reports"): where each stands,
  // what word comes right before it and whether that one is capitalised.
  struct NounFirst {
    size_t at, end;
    std::string_view prev;
    bool prev_upper;
  };
  std::vector<NounFirst> noun_first;
  size_t prev_begin = 0, prev_end = 0;
  bool prev_upper = false;
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
    const bool upper = at < input.size() && text::IsAsciiUpper(input[at]);
    if (lexicon.IsNounFirst(f.substr(i, end - i))) {
      const bool adjacent = prev_end != 0 && f.find_first_not_of(' ', prev_end) == i;
      noun_first.push_back({i, end, adjacent ? f.substr(prev_begin, prev_end - prev_begin)
                                        : std::string_view(),
                            adjacent && prev_upper});
    }
    prev_begin = i;
    prev_end = end;
    prev_upper = upper;
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
      // After a word, a comma, a quotation closed by a comma ("…," Will
      // wrote) or an abbreviation ("Rep. Will Hurd"; a period inside a
      // sentence ends none): mid-sentence.
      if (before > 0 && (grammar::IsWordByte(f[before - 1]) || f[before - 1] == ',' ||
                         (before > 1 && f[before - 1] == '"' && f[before - 2] == ',') ||
                         (before > 1 && f[before - 1] == '.' &&
                          grammar::IsWordByte(f[before - 2])))) {
        names.push_back(static_cast<uint32_t>(i));
      }
    }
    i = end;
  }
  const bool headline = capitalised * 5 > long_words * 3;
  // A noun-first form that does not read as a verb starts no cue, as a
  // name does: added in order at the end.
  auto add_nouns = [&] {
    if (noun_first.empty()) return;  // (most sentences; inplace_merge would allocate)
    const size_t before = names.size();
    for (const NounFirst& n : noun_first) {
      if (!NounFirstReadsAsVerb(lexicon, f, n.at, n.end, n.prev, n.prev_upper)) {
        names.push_back(static_cast<uint32_t>(n.at));
      }
    }
    std::inplace_merge(names.begin(), names.begin() + before, names.end());
  };
  if (names.empty() && first_name == std::string_view::npos) return add_nouns();
  if (headline) {
    names.clear();
    return add_nouns();
  }
  // A capitalised word ("Hope", "May"; not "HOPE", an acronym or a
  // shout) that would be a cue or an auxiliary, or a time word after
  // another capitalised word ("USA Today", "USA TODAY"). (Only these among
  // function words: a capitalised "Friday" or "The" is still a time word
  // or a determiner.)
  auto capitalised_at = [&](size_t i) {
    const uint32_t at = folded.source_begin[i];
    return at < input.size() && text::IsAsciiUpper(input[at]);
  };
  size_t kept = 0;
  for (const uint32_t i : names) {
    const std::string_view word = f.substr(i, grammar::WordEnd(f, i) - i);
    const uint32_t at = folded.source_begin[i];
    const bool title_case = at + 1 < input.size() && IsLower(input[at + 1]);
    const std::string_view kind = lexicon.FunctionKind(word);
    // (A verb among the function words too: "Mark Felt said" as "Drew
    // Heiserman said"; function_words.tsv kinds "past", "linking", "verb".)
    bool name = title_case &&
                ((lexicon.cues().StartsKey(word) && lexicon.CueAt(f, i)) || kind == "aux" ||
                 kind == "past" || kind == "linking" || kind == "verb");
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
      // (Or after a determiner and before another capitalised word: "the
      // Sunday Herald", "the Morning Star"; not "on Sunday Trump said".)
      const size_t next = f.find_first_not_of(' ', grammar::WordEnd(f, i));
      name = name || (start < before && kind_before == "determiner" &&
                      next != std::string_view::npos && next > i &&
                      grammar::IsWordByte(f[next]) && capitalised_at(next));
    }
    if (name) names[kept++] = i;
  }
  names.resize(kept);
  if (first_name != std::string_view::npos) {
    names.insert(names.begin(), static_cast<uint32_t>(first_name));
  }
  add_nouns();
}

bool IsBareName(std::string_view phrase) {
  int words = 0;
  bool bracket = false;
  for (size_t i = 0; i < phrase.size();) {
    if (phrase[i] == ' ') {
      ++i;
      continue;
    }
    size_t end = phrase.find(' ', i);
    if (end == std::string_view::npos) end = phrase.size();
    const std::string_view word = phrase.substr(i, end - i);
    if (bracket) return false;  // (the bracket ends the name)
    if (word.size() > 2 && word.front() == '(' && text::IsAsciiUpper(word[1])) {
      // (A party tag may hold a place of two words: "(D-Newport News)".)
      const size_t close = phrase.find(')', i);
      if (close == std::string_view::npos ||
          std::count(phrase.begin() + static_cast<std::ptrdiff_t>(i),
                     phrase.begin() + static_cast<std::ptrdiff_t>(close), ' ') > 2) {
        return false;
      }
      bracket = true;
      end = close + 1;
    } else if (IsQuotedNickname(word)) {
      // (a nickname between names counts as none of the four: "Marcia
      // "Cia" Price")
    } else if (!text::IsAsciiUpper(word.front()) || ++words > 4) {
      return false;
    }
    i = end;
  }
  return words > 0;
}

}  // namespace whosaid::attribution
