#include "attribution/names.hpp"

namespace whosaid::attribution {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

void FindCapitalisedNames(std::string_view input, const text::FoldedText& folded,
                          const grammar::Lexicon& lexicon, std::vector<uint32_t>& names) {
  names.clear();
  const std::string_view f = folded.text;
  // Words of four letters or more, and how many of them start with a
  // capital: most of them in a headline, a few names in prose.
  int long_words = 0;
  int capitalised = 0;
  for (size_t i = 0; i < f.size(); ++i) {
    if (!grammar::IsWordByte(f[i]) || (i > 0 && grammar::IsWordByte(f[i - 1]))) continue;
    const uint32_t at = folded.source_begin[i];
    const bool upper = at < input.size() && IsUpper(input[at]);
    if (grammar::WordEnd(f, i) - i >= 4) {
      ++long_words;
      capitalised += upper;
    }
    if (!upper || at + 1 >= input.size() || !IsLower(input[at + 1])) continue;
    size_t before = i;
    while (before > 0 && f[before - 1] == ' ') --before;
    // After a word, a comma or a quotation closed by a comma ("…," Will
    // wrote): mid-sentence.
    const bool mid_sentence =
        before > 0 && (grammar::IsWordByte(f[before - 1]) || f[before - 1] == ',' ||
                       (before > 1 && f[before - 1] == '"' && f[before - 2] == ','));
    if (!mid_sentence) continue;
    const size_t end = grammar::WordEnd(f, i);
    // (Only auxiliaries among function words: a capitalised "Friday" or
    // "The" is still a time word or a determiner.)
    if (lexicon.CueAt(f, i) || lexicon.FunctionKind(f.substr(i, end - i)) == "aux") {
      names.push_back(static_cast<uint32_t>(i));
    }
  }
  if (!names.empty() && capitalised * 5 > long_words * 3) names.clear();
}

}  // namespace whosaid::attribution
