// Fills Report.claims (one per clause, with triggers and hedges) and
// Report.boilerplate from the sentences and the attributions found.
//
// A clause is covered by an attribution whose cue lies in it or whose
// content overlaps it. A trigger or hedge is attributed when it lies inside
// the source, cue, content or conduit of an attribution of its sentence, or
// in the reason given for a source's anonymity: someone other than the
// outlet says those words.
//
// Thread-safety: reentrant.
#ifndef WHOSAID_REPORT_CLAIM_RECORDS_HPP_
#define WHOSAID_REPORT_CLAIM_RECORDS_HPP_

#include <cstdint>
#include <string_view>
#include <vector>

#include "attribution/attribution.hpp"
#include "claims/claims.hpp"
#include "status.hpp"
#include "text/segment.hpp"
#include "text/utf8.hpp"
#include "whosaid/v1/report.pb.h"

namespace whosaid::report {

// `by_sentence[i]`: ids of the attributions whose cue stands in sentence i
// or whose content overlaps it, ascending. `anonymity_reasons`: the words
// giving a reason for an anonymous source's anonymity ("because"); they
// describe the source and are no claim of the outlet. `claims`: what the
// claim lexicon found in each of `sentences`.
void AddClaims(std::string_view text, const text::PositionIndex& positions,
               const std::vector<text::SentenceSpan>& sentences,
               const std::vector<attribution::Attribution>& found,
               const std::vector<std::vector<uint32_t>>& by_sentence,
               const std::vector<claims::ByteRange>& anonymity_reasons,
               const claims::DocumentClaims& claims, v1::Report& report);

// Fills `out` for every sentence, folding each once. Fails only if ICU
// does.
Status FindClaims(std::string_view text,
                  const std::vector<text::SentenceSpan>& sentences,
                  const claims::ClaimLexicon& lexicon,
                  claims::DocumentClaims& out);

}  // namespace whosaid::report

#endif  // WHOSAID_REPORT_CLAIM_RECORDS_HPP_
