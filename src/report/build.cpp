#include "report/build.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <set>
#include <unordered_map>

#include "analyzer.hpp"
#include "report/claim_records.hpp"
#include "report/findings.hpp"
#include "text/normalize.hpp"

namespace whosaid::report {
namespace {

using attribution::ByteSpan;

// Diagnostics listed one by one before they are summarised.
constexpr size_t kMaxInvalidByteDiagnostics = 20;

v1::QuotationKind QuotationKindOf(const std::vector<text::Quotation>& quotations,
                                  const std::vector<ByteSpan>& contents) {
  if (contents.empty()) return v1::QUOTATION_KIND_UNSPECIFIED;
  size_t inside = 0;
  bool any_quote = false;
  for (const ByteSpan& c : contents) {
    const int q = text::QuotationAt(quotations, c.begin);
    if (q >= 0 && quotations[static_cast<size_t>(q)].close >= c.end) {
      ++inside;
      continue;
    }
    // A quotation that opens inside the content makes it mixed.
    const auto first_after = std::lower_bound(
        quotations.begin(), quotations.end(), c.begin,
        [](const text::Quotation& q, uint32_t offset) { return q.open < offset; });
    any_quote = any_quote ||
                (first_after != quotations.end() && first_after->open < c.end);
  }
  if (inside == contents.size()) return v1::QUOTATION_KIND_DIRECT;
  if (inside > 0 || any_quote) return v1::QUOTATION_KIND_MIXED;
  return v1::QUOTATION_KIND_INDIRECT;
}

// For each sentence, the ids of the attributions whose cue stands in it or
// whose content overlaps it, ascending.
std::vector<std::vector<uint32_t>> AttributionsBySentence(
    const std::vector<text::SentenceSpan>& sentences,
    const std::vector<attribution::Attribution>& found) {
  std::vector<std::vector<uint32_t>> by_sentence(sentences.size());
  auto add = [&](size_t sentence, uint32_t id) {
    std::vector<uint32_t>& ids = by_sentence[sentence];
    if (ids.empty() || ids.back() != id) ids.push_back(id);
  };
  for (uint32_t id = 0; id < found.size(); ++id) {
    // Content spans come in text order and may reach back before the cue.
    std::vector<size_t> covered = {found[id].sentence};
    for (const ByteSpan& c : found[id].contents) {
      auto it = std::upper_bound(
          sentences.begin(), sentences.end(), c.begin,
          [](uint32_t offset, const text::SentenceSpan& s) { return offset < s.end; });
      for (; it != sentences.end() && it->begin < c.end; ++it) {
        covered.push_back(static_cast<size_t>(it - sentences.begin()));
      }
    }
    std::sort(covered.begin(), covered.end());
    for (size_t sentence : covered) {
      if (sentence < by_sentence.size()) add(sentence, id);
    }
  }
  return by_sentence;
}

void AddInvalidUtf8Diagnostics(std::string_view text,
                               const text::PositionIndex& positions,
                               const std::vector<text::InvalidByte>& invalid,
                               v1::Report& report) {
  for (size_t i = 0; i < invalid.size() && i < kMaxInvalidByteDiagnostics; ++i) {
    v1::Diagnostic* d = report.add_diagnostics();
    d->set_severity(v1::SEVERITY_WARNING);
    d->set_check("invalid-utf8");
    char message[96];
    std::snprintf(message, sizeof message,
                  "invalid UTF-8 byte 0x%02x replaced by U+001A",
                  static_cast<unsigned>(invalid[i].value));
    d->set_message(message);
    FillSpan(text, positions, {invalid[i].offset, invalid[i].offset + 1},
             d->mutable_location());
  }
  if (invalid.size() > kMaxInvalidByteDiagnostics) {
    v1::Diagnostic* d = report.add_diagnostics();
    d->set_severity(v1::SEVERITY_WARNING);
    d->set_check("invalid-utf8");
    d->set_message(std::to_string(invalid.size() - kMaxInvalidByteDiagnostics) +
                   " more invalid UTF-8 bytes replaced by U+001A");
  }
}

// Distinct sources, compared on their folded text; a person on the name
// (Attribution::person_name): given name and surname where the name has
// both, so that "Dana Reyes" and "Ann Reyes" are two people, and a surname
// alone is one of the people of that surname ("Harbor Commissioner Helena
// Ortiz" and a later "Ortiz" are one source), or a person of its own when
// no full name has it.
class SourceCounter {
 public:
  void Add(std::string_view text, ByteSpan phrase, const attribution::Attribution& a) {
    if (a.source_type != v1::SOURCE_TYPE_NAMED_PERSON) {
      others_.insert(text::FoldString(text.substr(phrase.begin, phrase.end - phrase.begin)));
      return;
    }
    const ByteSpan name = a.person_name.empty() ? phrase : a.person_name;
    const std::string folded = text::FoldString(text.substr(name.begin, name.end - name.begin));
    const size_t last_space = folded.rfind(' ');
    if (last_space == std::string::npos) {
      surnames_.insert(folded);
      return;
    }
    const std::string surname = folded.substr(last_space + 1);
    if (!a.person_name.empty()) {
      full_.insert(surname + ' ' + folded.substr(0, folded.find(' ')));
    } else {
      surnames_.insert(surname);  // (no name found: the last word, as before)
    }
  }
  // Distinct sources added so far.
  uint32_t Count() const {
    size_t lone = 0;
    for (const std::string& surname : surnames_) {
      // (full_ keys start with the surname: the given names sort after it)
      const auto it = full_.lower_bound(surname + ' ');
      if (it == full_.end() || !it->starts_with(surname + ' ')) ++lone;
    }
    return static_cast<uint32_t>(others_.size() + full_.size() + lone);
  }

 private:
  std::set<std::string> others_;
  std::set<std::string> full_;      // "surname given"
  std::set<std::string> surnames_;  // a surname alone
};

}  // namespace

void FillSpan(std::string_view text, const text::PositionIndex& positions,
              ByteSpan span, v1::Span* out) {
  const text::Position begin = positions.At(span.begin);
  out->set_begin_byte(span.begin);
  out->set_end_byte(span.end);
  out->set_begin_code_point(begin.code_point);
  out->set_end_code_point(positions.CodePointOf(span.end));
  out->set_line(begin.line);
  out->set_column(begin.column);
  // Copied straight into the message's string (no temporary to move).
  out->mutable_text()->assign(text.data() + span.begin, span.end - span.begin);
}

Result<v1::Report> BuildReport(
    std::string_view text, const std::string& id, const std::string& origin,
    const std::vector<text::SentenceSpan>& sentences,
    const std::vector<text::Quotation>& quotations,
    const std::vector<attribution::Attribution>& found,
    const std::vector<text::InvalidByte>& invalid,
    const claims::ClaimLexicon& claim_lexicon,
    const claims::DocumentClaims* claims) {
  v1::Report report;
  Status status = BuildReportInto(text, id, origin, sentences, quotations,
                                  found, invalid, claim_lexicon, claims, &report);
  if (!status.ok()) return status;
  return report;
}

Status BuildReportInto(std::string_view text, const std::string& id,
                       const std::string& origin,
                       const std::vector<text::SentenceSpan>& sentences,
                       const std::vector<text::Quotation>& quotations,
                       const std::vector<attribution::Attribution>& found,
                       const std::vector<text::InvalidByte>& invalid,
                       const claims::ClaimLexicon& claim_lexicon,
                       const claims::DocumentClaims* claims, v1::Report* out) {
  const text::PositionIndex positions(text);
  v1::Report& report = *out;
  report.set_tool_version(Version());
  v1::Document* doc = report.mutable_document();
  doc->set_id(id);
  doc->set_origin(origin);
  doc->set_size_bytes(static_cast<uint32_t>(text.size()));
  doc->set_size_code_points(text::CountCodePoints(text));
  doc->set_invalid_utf8_bytes(static_cast<uint32_t>(invalid.size()));

  for (const text::SentenceSpan& s : sentences) {
    v1::Sentence* sentence = report.add_sentences();
    FillSpan(text, positions, {s.begin, s.end}, sentence->mutable_span());
    sentence->set_paragraph_index(s.paragraph);
  }

  v1::Profile* profile = report.mutable_profile();
  uint32_t by_type[v1::SourceType_ARRAYSIZE] = {};
  SourceCounter named;    // named people and organisations
  SourceCounter sources;  // every source, a pronoun as its antecedent
  std::vector<claims::ByteRange> anonymity_reasons;
  // The reason given for each anonymous source, by where the source begins.
  std::unordered_map<uint32_t, claims::ByteRange> reason_by_source;
  uint32_t reason_sentence = 0xFFFFFFFF;  // the sentence `reason` is for
  Result<std::optional<claims::ByteRange>> reason =
      std::optional<claims::ByteRange>();
  for (uint32_t i = 0; i < found.size(); ++i) {
    const attribution::Attribution& a = found[i];
    v1::Attribution* out = report.add_attributions();
    out->set_id(i);
    if (a.source) FillSpan(text, positions, *a.source, out->mutable_source());
    FillSpan(text, positions, a.cue, out->mutable_cue());
    for (const ByteSpan& c : a.contents) {
      FillSpan(text, positions, c, out->add_contents());
    }
    for (const attribution::Conduit& c : a.conduits) {
      if (c.type != v1::SOURCE_TYPE_MEDIA && !c.host && !c.relay) continue;  // one told
      v1::Conduit* conduit = out->add_conduits();
      FillSpan(text, positions, c.span, conduit->mutable_span());
      conduit->set_source_type(c.type);
      profile->set_conduits(profile->conduits() + 1);
    }
    out->set_source_type(a.source_type);
    out->set_confidence(a.confidence);
    out->set_source_type_confidence(a.type_confidence);
    out->set_affiliation(a.affiliation);
    out->set_specificity(a.specificity);
    out->set_rule(a.rule);
    out->set_quotation(QuotationKindOf(quotations, a.contents));
    out->set_stance(a.stance);
    out->set_sentence_index(a.sentence);
    out->set_cue_lemma(a.cue_lemma);
    if (a.antecedent) {
      FillSpan(text, positions, *a.antecedent, out->mutable_antecedent());
    }
    ++by_type[a.source_type];
    if ((a.source_type == v1::SOURCE_TYPE_NAMED_PERSON ||
         a.source_type == v1::SOURCE_TYPE_NAMED_ORGANIZATION) &&
        a.source && !a.antecedent) {
      named.Add(text, *a.source, a);
    }
    if (a.source) sources.Add(text, a.antecedent ? *a.antecedent : *a.source, a);
    if (a.source_type == v1::SOURCE_TYPE_ANONYMOUS &&
        a.sentence < sentences.size()) {
      const text::SentenceSpan& s = sentences[a.sentence];
      // Several anonymous sources in one sentence share its reason: look
      // it up once per sentence (a huge sentence stays linear).
      if (reason_sentence != a.sentence) {
        reason = claim_lexicon.AnonymityReason(text, {s.begin, s.end});
        reason_sentence = a.sentence;
      }
      if (!reason.ok()) return reason.status();
      // "one of the people said": the people named before, and the reason
      // given for them there.
      std::optional<claims::ByteRange> given = *reason;
      if (given) {
        anonymity_reasons.push_back(*given);
        if (a.source) reason_by_source[a.source->begin] = *given;
      } else if (a.antecedent) {
        if (const auto it = reason_by_source.find(a.antecedent->begin);
            it != reason_by_source.end()) {
          given = it->second;
        }
      }
      if (given) {
        FillSpan(text, positions, {given->begin, given->end},
                 out->mutable_anonymity_reason());
        profile->set_anonymous_with_reason(profile->anonymous_with_reason() +
                                           1);
      } else {
        profile->set_anonymous_without_reason(
            profile->anonymous_without_reason() + 1);
      }
    }
  }

  const std::vector<std::vector<uint32_t>> by_sentence =
      AttributionsBySentence(sentences, found);
  claims::DocumentClaims folded_here;
  if (claims == nullptr) {
    Status status = FindClaims(text, sentences, claim_lexicon, folded_here);
    if (!status.ok()) return status;
    claims = &folded_here;
  }
  AddClaims(text, positions, sentences, found, by_sentence, anonymity_reasons,
            *claims, report);
  uint32_t attributed = 0;
  for (int i = 0; i < report.claims_size(); ++i) {
    const v1::Claim& claim = report.claims(i);
    attributed += claim.attributed();
    if (claim.check_worthy()) {
      profile->set_check_worthy_claims(profile->check_worthy_claims() + 1);
    }
    if (claim.unattributed_check_worthy()) {
      profile->add_unattributed_check_worthy_claims(static_cast<uint32_t>(i));
    }
  }

  profile->set_attributions(static_cast<uint32_t>(found.size()));
  for (int t = 1; t < v1::SourceType_ARRAYSIZE; ++t) {
    if (by_type[t] == 0) continue;
    v1::SourceTypeCount* count = profile->add_by_source_type();
    count->set_source_type(static_cast<v1::SourceType>(t));
    count->set_count(by_type[t]);
  }
  const uint32_t claim_count = static_cast<uint32_t>(report.claims_size());
  profile->set_claims(claim_count);
  profile->set_attributed_claims(attributed);
  profile->set_attributed_share(
      claim_count == 0 ? 0.0 : static_cast<double>(attributed) / claim_count);
  profile->set_distinct_named_sources(named.Count());
  profile->set_anonymous_sources(by_type[v1::SOURCE_TYPE_ANONYMOUS]);
  const uint32_t distinct_sources = sources.Count();
  profile->set_distinct_sources(distinct_sources);
  profile->set_single_source(!found.empty() && distinct_sources == 1 &&
                             by_type[v1::SOURCE_TYPE_AGENTLESS] == 0);
  profile->set_named_person_attributions(by_type[v1::SOURCE_TYPE_NAMED_PERSON]);
  profile->set_boilerplate_sentences(
      static_cast<uint32_t>(report.boilerplate_size()));

  if (text.empty()) {
    v1::Diagnostic* d = report.add_diagnostics();
    d->set_severity(v1::SEVERITY_WARNING);
    d->set_check("empty-document");
    d->set_message("empty document");
  }
  AddInvalidUtf8Diagnostics(text, positions, invalid, report);
  AddFindings(&report);
  return OkStatus();
}

}  // namespace whosaid::report
