#include "report/claim_records.hpp"

#include <algorithm>

#include "report/build.hpp"

namespace whosaid::report {
namespace {

using attribution::ByteSpan;

bool Overlaps(ByteSpan a, claims::ByteRange b) {
  return a.begin < b.end && b.begin < a.end;
}

bool Inside(claims::ByteRange inner, ByteSpan outer) {
  return outer.begin <= inner.begin && inner.end <= outer.end;
}

// True when `span` lies inside a source, cue, content or conduit of one of
// the attributions `ids`, or between them ("said Tuesday that …": the day
// belongs to the attribution too).
bool SaidBySomeone(claims::ByteRange span,
                   const std::vector<attribution::Attribution>& found,
                   const std::vector<uint32_t>& ids) {
  for (uint32_t id : ids) {
    const attribution::Attribution& a = found[id];
    ByteSpan hull = a.cue;
    auto extend = [&hull](ByteSpan s) {
      hull.begin = std::min(hull.begin, s.begin);
      hull.end = std::max(hull.end, s.end);
    };
    if (a.source) extend(*a.source);
    for (const ByteSpan& c : a.contents) extend(c);
    for (const attribution::Conduit& c : a.conduits) extend(c.span);
    if (Inside(span, hull)) return true;
    if (Inside(span, a.cue)) return true;
    if (a.source && Inside(span, *a.source)) return true;
    for (const ByteSpan& c : a.contents) {
      if (Inside(span, c)) return true;
    }
    for (const attribution::Conduit& c : a.conduits) {
      if (Inside(span, c.span)) return true;
    }
  }
  return false;
}

}  // namespace

Status AddClaims(std::string_view text, const text::PositionIndex& positions,
                 const std::vector<text::SentenceSpan>& sentences,
                 const std::vector<attribution::Attribution>& found,
                 const std::vector<std::vector<uint32_t>>& by_sentence,
                 const std::vector<claims::ByteRange>& anonymity_reasons,
                 const claims::ClaimLexicon& lexicon, v1::Report& report) {
  // Reasons by start, with the largest end among each prefix: a span lies
  // inside some reason iff the reasons starting at or before it reach its
  // end. A binary search keeps a long document linear.
  std::vector<claims::ByteRange> reasons = anonymity_reasons;
  std::sort(reasons.begin(), reasons.end(),
            [](const claims::ByteRange& a, const claims::ByteRange& b) {
              return a.begin < b.begin;
            });
  std::vector<uint32_t> max_end(reasons.size());
  for (size_t r = 0; r < reasons.size(); ++r) {
    max_end[r] = std::max(reasons[r].end, r > 0 ? max_end[r - 1] : 0u);
  }
  auto said_by_someone = [&](claims::ByteRange span, uint32_t sentence) {
    const auto after =
        std::upper_bound(reasons.begin(), reasons.end(), span.begin,
                         [](uint32_t begin, const claims::ByteRange& r) {
                           return begin < r.begin;
                         });
    if (after != reasons.begin() &&
        max_end[static_cast<size_t>(after - reasons.begin()) - 1] >= span.end) {
      return true;
    }
    return SaidBySomeone(span, found, by_sentence[sentence]);
  };
  // Each sentence is folded and tokenized once for the boilerplate test and
  // the markers of all its clauses, into buffers reused across sentences.
  claims::FoldedSentence folded;
  for (uint32_t i = 0; i < sentences.size(); ++i) {
    const text::SentenceSpan& s = sentences[i];
    const claims::ByteRange sentence{s.begin, s.end};
    const bool alone = (i == 0 || sentences[i - 1].paragraph != s.paragraph) &&
                       (i + 1 == sentences.size() ||
                        sentences[i + 1].paragraph != s.paragraph);
    if (Status status = folded.Reset(text, sentence); !status.ok()) {
      return status;
    }
    const std::string boilerplate = lexicon.BoilerplateKind(folded, alone);
    if (!boilerplate.empty()) {
      v1::Boilerplate* b = report.add_boilerplate();
      FillSpan(text, positions, {s.begin, s.end}, b->mutable_span());
      b->set_sentence_index(i);
      b->set_kind(boilerplate);
      continue;
    }
    const std::vector<claims::ByteRange> clauses =
        claims::SplitClauses(text, sentence);
    for (uint32_t k = 0; k < clauses.size(); ++k) {
      const claims::ByteRange clause = clauses[k];
      v1::Claim* claim = report.add_claims();
      FillSpan(text, positions, {clause.begin, clause.end},
               claim->mutable_span());
      claim->set_sentence_index(i);
      claim->set_clause_index(k);
      for (uint32_t id : by_sentence[i]) {
        const attribution::Attribution& a = found[id];
        bool covers = Overlaps(a.cue, clause);
        for (const ByteSpan& c : a.contents)
          covers = covers || Overlaps(c, clause);
        if (covers) claim->add_attribution_ids(id);
      }
      claim->set_attributed(claim->attribution_ids_size() > 0);

      Result<claims::ClauseMarkers> markers =
          lexicon.Markers(text, folded, clause);
      if (!markers.ok()) return markers.status();
      for (const claims::Trigger& t : markers->triggers) {
        v1::Trigger* out = claim->add_triggers();
        out->set_kind(t.kind);
        FillSpan(text, positions, {t.span.begin, t.span.end},
                 out->mutable_span());
        out->set_attributed(said_by_someone(t.span, i));
        if (t.kind != v1::CHECK_WORTHINESS_EVALUATIVE) {
          claim->set_check_worthy(true);
          if (!out->attributed()) claim->set_unattributed_check_worthy(true);
        }
      }
      for (const claims::ByteRange& h : markers->hedges) {
        v1::Hedge* out = claim->add_hedges();
        FillSpan(text, positions, {h.begin, h.end}, out->mutable_span());
        out->set_attributed(said_by_someone(h, i));
      }
    }
  }
  return OkStatus();
}

}  // namespace whosaid::report
