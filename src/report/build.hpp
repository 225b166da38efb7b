// Builds the whosaid.v1.Report of one document from the pipeline's
// findings: spans with byte, code-point and line:column positions, claims
// (one per clause, with check-worthiness and hedges; boilerplate set
// apart), the sourcing profile, input diagnostics and editorial findings
// (report/findings.hpp) at their default severities.
//
// Thread-safety: reentrant.
#ifndef WHOSAID_REPORT_BUILD_HPP_
#define WHOSAID_REPORT_BUILD_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "attribution/attribution.hpp"
#include "claims/claims.hpp"
#include "status.hpp"
#include "text/quotes.hpp"
#include "text/segment.hpp"
#include "text/utf8.hpp"
#include "whosaid/v1/report.pb.h"

namespace whosaid::report {

// `text` is the sanitized input all offsets refer to. `claims`, when given,
// holds what claim_lexicon finds in each of `sentences` (the analyzer
// gathers it while it has every sentence folded); otherwise the sentences
// are folded again here. Fails only if ICU does.
Result<v1::Report> BuildReport(
    std::string_view text, const std::string& id, const std::string& origin,
    const std::vector<text::SentenceSpan>& sentences,
    const std::vector<text::Quotation>& quotations,
    const std::vector<attribution::Attribution>& found,
    const std::vector<text::InvalidByte>& invalid,
    const claims::ClaimLexicon& claim_lexicon,
    const claims::DocumentClaims* claims = nullptr);

// As BuildReport, into `*out` (which must be empty; it may live on an
// arena, and then so do all the messages and strings added).
Status BuildReportInto(std::string_view text, const std::string& id,
                       const std::string& origin,
                       const std::vector<text::SentenceSpan>& sentences,
                       const std::vector<text::Quotation>& quotations,
                       const std::vector<attribution::Attribution>& found,
                       const std::vector<text::InvalidByte>& invalid,
                       const claims::ClaimLexicon& claim_lexicon,
                       const claims::DocumentClaims* claims, v1::Report* out);

// Fills `out` for text[span.begin, span.end).
void FillSpan(std::string_view text, const text::PositionIndex& positions,
              attribution::ByteSpan span, v1::Span* out);

}  // namespace whosaid::report

#endif  // WHOSAID_REPORT_BUILD_HPP_
