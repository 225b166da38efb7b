// Attribution assembly: grammar hits in one sentence become attributions
// with source, cue and content spans in input bytes.
//
// Content is where a hit's pattern says it is: after the cue, or before the
// source for inverted forms. A content that starts at (or ends next to) a
// quotation takes the quotation's text, which may run over several
// sentences and paragraphs; a speaker inside a quotation gets both halves.
// A content that runs into a later, comma-separated attribution of the same
// sentence ends at that comma ("…, yet officials cautioned that …").
//
// Thread-safety: reentrant.
#ifndef WHOSAID_ATTRIBUTION_ASSEMBLE_HPP_
#define WHOSAID_ATTRIBUTION_ASSEMBLE_HPP_

#include <string_view>
#include <vector>

#include "attribution/attribution.hpp"
#include "grammar/parse.hpp"
#include "status.hpp"
#include "text/normalize.hpp"
#include "text/quotes.hpp"
#include "text/segment.hpp"

namespace whosaid::attribution {

// Buffers one thread reuses from sentence to sentence (a document's
// sentences allocate them once).
struct SentenceScratch {
  text::FoldedText folded;      // afterwards: text::Fold of the sentence
  std::vector<uint32_t> names;  // capitalised names (FindCapitalisedNames)
  grammar::FindScratch find;    // the grammar's word memo and cue starts
};

// Appends the attributions found in `sentence` of `text` to `out`. Source
// types, confidence and pronoun resolution are left to later stages.
Status AssembleSentence(const grammar::Grammar& grammar, std::string_view text,
                        const std::vector<text::Quotation>& quotations,
                        const text::SentenceSpan& sentence,
                        uint32_t sentence_index, std::vector<Attribution>& out);
// The same with its working buffers in `scratch`, reused from sentence to
// sentence; afterwards scratch.folded holds text::Fold of the sentence, for
// later stages to reuse.
Status AssembleSentence(const grammar::Grammar& grammar, std::string_view text,
                        const std::vector<text::Quotation>& quotations,
                        const text::SentenceSpan& sentence,
                        uint32_t sentence_index, std::vector<Attribution>& out,
                        SentenceScratch& scratch);

}  // namespace whosaid::attribution

#endif  // WHOSAID_ATTRIBUTION_ASSEMBLE_HPP_
