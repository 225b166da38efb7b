// Editorial findings: checks on an article's sourcing, read off a finished
// whosaid.v1.Report (attributions, claims, profile) and stored in it as
// Diagnostics with `finding` set.
//
// Check ids are stable; each has a default severity that a newsroom may
// change or switch off (CheckSettings, filled by the CLI from --config):
//   unattributed-claim        warning  check-worthy words the outlet asserts
//                                      without a source
//   anonymous-without-reason  warning  anonymous source, no reason given
//   vague-source              warning  "analysts", "critics", "some allies"
//   agentless-attribution     warning  "widely viewed as", "it was reported"
//   no-named-source           warning  no named person is cited at all
//   distancing-cue            note     "claimed", "alleged", "insisted"
//   single-source             note     every attribution goes to one source
//   editorializing            note     evaluative wording in the outlet's
//                                      own voice
//
// Thread-safety: reentrant; the registry is immutable.
#ifndef WHOSAID_REPORT_FINDINGS_HPP_
#define WHOSAID_REPORT_FINDINGS_HPP_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "status.hpp"
#include "whosaid/v1/report.pb.h"

namespace whosaid::report {

struct CheckInfo {
  std::string_view id;
  v1::Severity default_severity;
  std::string_view summary;  // one line, lower-case
};

// Every editorial check, in the order above.
const std::vector<CheckInfo>& Checks();

// Returns the check with `id`, or nullptr.
const CheckInfo* FindCheck(std::string_view id);

// Appends the findings of every check to report->diagnostics() at default
// severity, then orders all diagnostics: whole-document ones first, then by
// location.
void AddFindings(v1::Report* report);

// True for a check-worthy word no attribution covers (evaluative words are
// editorialising, not check-worthiness): what every sink lists as unsourced.
inline bool IsUnsourcedCheckWorthy(const v1::Trigger& t) {
  return !t.attributed() && t.kind() != v1::CHECK_WORTHINESS_EVALUATIVE;
}

// Per-check overrides: a severity, or nullopt to switch the check off.
// Checks not listed keep their default.
using CheckSettings = std::map<std::string, std::optional<v1::Severity>>;

// Parses "off" or "none" (into nullopt), "note", "warning" or "error" (the
// config file's and --fail-on's words). Returns false for any other word.
bool ParseSeverity(std::string_view word, std::optional<v1::Severity>* out);

// Lower-case name of `severity`: "note", "warning", "error".
std::string SeverityName(v1::Severity severity);

// Drops findings of switched-off checks and applies severity overrides.
// Fails (kInvalidArgument) on an unknown check id.
Status ApplyCheckSettings(const CheckSettings& settings, v1::Report* report);

}  // namespace whosaid::report

#endif  // WHOSAID_REPORT_FINDINGS_HPP_
