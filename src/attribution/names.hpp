// Names that folding would turn into cue or function words.
//
// Folding lowers the case the grammar reads, so "Trump spokeswoman Hope
// Hicks said" reads like the verb "hope". The input still has the case:
// a word it capitalises mid-sentence is a name and starts no cue.
//
// Thread-safety: a pure function.
#ifndef WHOSAID_ATTRIBUTION_NAMES_HPP_
#define WHOSAID_ATTRIBUTION_NAMES_HPP_

#include <cstdint>
#include <string_view>
#include <vector>

#include "grammar/lexicon.hpp"
#include "text/normalize.hpp"

namespace whosaid::attribution {

// Fills `names` (cleared first) with the sorted byte offsets into
// `folded.text` of words that would start a cue of `lexicon` or be one of
// its auxiliaries ("Hope Hicks", "Yin Myint May", "Will Estrada") but
// that `input` (the text `folded` was folded from; its offsets are
// absolute) spells capitalised mid-sentence: an upper-case letter then a
// lower-case one, after a word, a comma or a quotation closed by a comma;
// and of time words capitalised after a capitalised word ("USA Today"). A sentence in title case (a headline:
// "Ted Cruz Refuses to Disavow …") or in capitals has no names: its
// capitals say nothing.
// Also, as words that start no cue, the noun-first cue forms (head_words.tsv:
// "reports") that the input shows no subject of: "news reports said" but
// not "CBS News reports that …", "she reports", "…, reports USA Today".
void FindCapitalisedNames(std::string_view input, const text::FoldedText& folded,
                          const grammar::Lexicon& lexicon, std::vector<uint32_t>& names);

// True when `phrase` (input text, not folded) is a name alone: one to four
// words that each open with a capital ("Jeff Weaver", "Vermont Sen. Bernie
// Sanders", "R-NY"), a nickname in quotation marks among them ("Marcia
// "Cia" Price"), and after them at most a bracketed affiliation of up to
// three words ("Tim Kaine (D-Va.)", "(D-Newport News)"). A role's aside
// that is one names its holder: "the union's president, Maria Lopez, said".
bool IsBareName(std::string_view phrase);

}  // namespace whosaid::attribution

#endif  // WHOSAID_ATTRIBUTION_NAMES_HPP_
