// The editor's page: one self-contained HTML document per report (inline CSS
// and a few lines of inline JavaScript, no network, no external assets; a
// Content-Security-Policy forbids fetching anything).
//
// The article is shown whole (white-space preserved) and cut into flat
// segments at every span boundary, so overlapping spans need no nesting.
// Each segment says which attributions it belongs to and in which role:
// data-src, data-cue, data-content, data-via hold space-separated
// Attribution.id values. Roles differ without colour too (source: bold with
// a thick underline whose style depends on the source type; cue: italic in a
// box; content: tinted with a thin underline; conduit: double underline), and
// a text label names each source's type. Unsourced check-worthy words carry
// a flag (class "cw"), evaluative words in the outlet's voice class "ed",
// hedges ("may", "reportedly") a dotted overline (class "hg"),
// claims with unsourced check-worthy words a hatched background, and
// boilerplate is struck through. Every segment's title gives the details
// (type, confidence, rule, stance, conduit); a click shows the attribution's
// card in the side panel.
//
// The side panel holds the sourcing profile, the findings (li.finding with
// data-check, data-severity, data-line, data-col; a link jumps to the
// location), the check-worthy claims nobody is cited for, and one card per
// attribution (li.attribution, id "attr-N").
//
// Everything from the article or its metadata is HTML-escaped; attribute
// values are always quoted. Thread-safety: reentrant.
#ifndef WHOSAID_REPORT_HTML_HPP_
#define WHOSAID_REPORT_HTML_HPP_

#include <ostream>
#include <string>
#include <string_view>

#include "whosaid/v1/report.pb.h"

namespace whosaid::report {

// Writes the page for `report`; `name` titles it.
void WriteHtml(const v1::Report& report, const std::string& name,
               std::ostream& out);

// Escapes &, <, >, " and ' for text and quoted attribute values.
std::string EscapeHtml(std::string_view s);

}  // namespace whosaid::report

#endif  // WHOSAID_REPORT_HTML_HPP_
