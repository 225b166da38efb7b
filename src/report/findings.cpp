#include "report/findings.hpp"

#include <algorithm>
#include <array>

namespace whosaid::report {
namespace {

std::string Quoted(const std::string& s) { return "\u201c" + s + "\u201d"; }

// Appends Quoted(s) to `out` (no temporary strings: a claim's triggers are
// listed one by one).
void AppendQuoted(std::string& out, const std::string& s) {
  out += "\u201c";
  out += s;
  out += "\u201d";
}

// "CHECK_WORTHINESS_STATISTIC" -> "statistic", worked out once per kind.
const std::string& KindName(v1::CheckWorthiness kind) {
  static const std::array<std::string, v1::CheckWorthiness_ARRAYSIZE> kNames =
      [] {
        std::array<std::string, v1::CheckWorthiness_ARRAYSIZE> names;
        for (int k = 0; k < v1::CheckWorthiness_ARRAYSIZE; ++k) {
          std::string& name = names[static_cast<size_t>(k)];
          name = v1::CheckWorthiness_Name(static_cast<v1::CheckWorthiness>(k))
                     .substr(17);
          for (char& c : name) c = static_cast<char>(std::tolower(c));
        }
        return names;
      }();
  return kNames[static_cast<size_t>(kind)];
}

void Add(v1::Report* report, std::string_view check, std::string message,
         const v1::Span* location) {
  v1::Diagnostic* d = report->add_diagnostics();
  d->set_severity(FindCheck(check)->default_severity);
  d->set_check(std::string(check));
  d->set_message(std::move(message));
  d->set_finding(true);
  if (location != nullptr) *d->mutable_location() = *location;
}

void ClaimFindings(v1::Report* report) {
  for (int i = 0; i < report->claims_size(); ++i) {
    const v1::Claim& claim = report->claims(i);
    std::string worthy;
    std::string evaluative;
    const v1::Span* first_evaluative = nullptr;
    for (const v1::Trigger& t : claim.triggers()) {
      if (t.attributed()) continue;
      if (t.kind() == v1::CHECK_WORTHINESS_EVALUATIVE) {
        if (!evaluative.empty()) evaluative += ", ";
        AppendQuoted(evaluative, t.span().text());
        if (first_evaluative == nullptr) first_evaluative = &t.span();
      } else {
        if (!worthy.empty()) worthy += ", ";
        worthy += KindName(t.kind());
        worthy += ' ';
        AppendQuoted(worthy, t.span().text());
      }
    }
    if (!worthy.empty()) {
      Add(report, "unattributed-claim",
          "check-worthy claim without a source: " + worthy, &claim.span());
    }
    if (!evaluative.empty()) {
      Add(report, "editorializing",
          "evaluative wording in the outlet's own voice: " + evaluative,
          first_evaluative);
    }
  }
}

void AttributionFindings(v1::Report* report) {
  for (int i = 0; i < report->attributions_size(); ++i) {
    const v1::Attribution& a = report->attributions(i);
    const v1::Span* at = a.has_source() ? &a.source() : &a.cue();
    switch (a.source_type()) {
      case v1::SOURCE_TYPE_ANONYMOUS:
        if (!a.has_anonymity_reason()) {
          Add(report, "anonymous-without-reason",
              "anonymous source " + Quoted(at->text()) +
                  " with no reason given for the anonymity",
              at);
        }
        break;
      case v1::SOURCE_TYPE_VAGUE:
        Add(report, "vague-source",
            "vague source " + Quoted(at->text()) + ": say who they are", at);
        break;
      case v1::SOURCE_TYPE_AGENTLESS:
        Add(report, "agentless-attribution",
            "attribution without a source: " + Quoted(a.cue().text()),
            &a.cue());
        break;
      default:
        break;
    }
    if (a.stance() == v1::STANCE_DISTANCING) {
      Add(report, "distancing-cue",
          "distancing cue " + Quoted(a.cue().text()) +
              " casts doubt on what the source said",
          &a.cue());
    }
  }
}

void DocumentFindings(v1::Report* report) {
  const v1::Profile& p = report->profile();
  if (p.claims() > 0 && p.named_person_attributions() == 0) {
    Add(report, "no-named-source",
        p.attributions() == 0
            ? "no source is cited at all"
            : "no named person is cited: " + std::to_string(p.attributions()) +
                  " attribution" + (p.attributions() == 1 ? "" : "s") +
                  ", none to a named person",
        nullptr);
  }
  if (p.single_source()) {
    const v1::Attribution* first = nullptr;
    for (const v1::Attribution& a : report->attributions()) {
      if (a.has_source()) {
        first = &a;
        break;
      }
    }
    const std::string source =
        first == nullptr
            ? std::string("one source")
            : Quoted(first->has_antecedent() ? first->antecedent().text()
                                             : first->source().text());
    Add(report, "single-source",
        "every attribution goes to one source: " + source, nullptr);
  }
}

}  // namespace

const std::vector<CheckInfo>& Checks() {
  static const std::vector<CheckInfo> kChecks = {
      {"unattributed-claim", v1::SEVERITY_WARNING,
       "check-worthy words the outlet asserts without a source"},
      {"anonymous-without-reason", v1::SEVERITY_WARNING,
       "anonymous source with no reason given for the anonymity"},
      {"vague-source", v1::SEVERITY_WARNING,
       "vague source (\"analysts\", \"critics\", \"some allies\")"},
      {"agentless-attribution", v1::SEVERITY_WARNING,
       "attribution without a source (\"widely viewed as\")"},
      {"no-named-source", v1::SEVERITY_WARNING,
       "no named person is cited in the article"},
      {"distancing-cue", v1::SEVERITY_NOTE,
       "distancing cue (\"claimed\", \"alleged\")"},
      {"single-source", v1::SEVERITY_NOTE,
       "every attribution goes to one source"},
      {"editorializing", v1::SEVERITY_NOTE,
       "evaluative wording in the outlet's own voice"},
  };
  return kChecks;
}

const CheckInfo* FindCheck(std::string_view id) {
  for (const CheckInfo& c : Checks()) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

void AddFindings(v1::Report* report) {
  ClaimFindings(report);
  AttributionFindings(report);
  DocumentFindings(report);
  auto* diagnostics = report->mutable_diagnostics();
  // Input problems first, in the order they were found (a "N more" summary
  // stays after the bytes it counts); then findings by position, the
  // whole-document ones first.
  auto key = [](const v1::Diagnostic& d) -> std::pair<bool, uint64_t> {
    if (!d.finding()) return {false, 0};
    return {true, d.has_location() ? uint64_t{d.location().begin_byte()} + 1 : 0};
  };
  // Sorting the pointers: sorting the messages moves them through a
  // buffer of heap messages, which copies them when the report is on an
  // arena (and allocates even when it is not).
  std::stable_sort(diagnostics->pointer_begin(), diagnostics->pointer_end(),
                   [&](const v1::Diagnostic* a, const v1::Diagnostic* b) {
                     return key(*a) < key(*b);
                   });
}

bool ParseSeverity(std::string_view word, std::optional<v1::Severity>* out) {
  if (word == "off" || word == "none") {
    out->reset();
  } else if (word == "note") {
    *out = v1::SEVERITY_NOTE;
  } else if (word == "warning") {
    *out = v1::SEVERITY_WARNING;
  } else if (word == "error") {
    *out = v1::SEVERITY_ERROR;
  } else {
    return false;
  }
  return true;
}

std::string SeverityName(v1::Severity severity) {
  switch (severity) {
    case v1::SEVERITY_NOTE:
      return "note";
    case v1::SEVERITY_WARNING:
      return "warning";
    case v1::SEVERITY_ERROR:
      return "error";
    default:
      return "unspecified";
  }
}

Status ApplyCheckSettings(const CheckSettings& settings, v1::Report* report) {
  for (const auto& [id, severity] : settings) {
    if (FindCheck(id) == nullptr) {
      return Status(StatusCode::kInvalidArgument, "unknown check '" + id + "'");
    }
  }
  auto* diagnostics = report->mutable_diagnostics();
  auto kept = diagnostics->begin();
  for (auto it = diagnostics->begin(); it != diagnostics->end(); ++it) {
    const auto setting = settings.find(it->check());
    if (it->finding() && setting != settings.end()) {
      if (!setting->second) continue;  // switched off
      it->set_severity(*setting->second);
    }
    if (kept != it) *kept = std::move(*it);
    ++kept;
  }
  diagnostics->erase(kept, diagnostics->end());
  return OkStatus();
}

}  // namespace whosaid::report
