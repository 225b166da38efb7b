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

// True when only spaces and at most one time preposition ("on", "late",
// "early") part a cue's end from `begin`.
bool RightAfter(std::string_view text, uint32_t cue_end, uint32_t begin) {
  if (begin < cue_end || begin - cue_end > 8) return false;
  std::string_view gap = text.substr(cue_end, begin - cue_end);
  while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  return gap.empty() || gap == "on" || gap == "late" || gap == "early";
}

// True when `span` lies inside a source, cue, content or conduit of one of
// the attributions `ids`, or between them ("said Tuesday that …": the day
// belongs to the attribution too), or starts right after a cue ("“…,” she
// said Tuesday in an interview": the day of the saying).
bool SaidBySomeone(std::string_view text, claims::ByteRange span,
                   const std::vector<attribution::Attribution>& found,
                   const std::vector<uint32_t>& ids) {
  for (uint32_t id : ids) {
    const attribution::Attribution& a = found[id];
    if (RightAfter(text, a.cue.end, span.begin)) return true;
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

// True when `span` lies in a short phrase that opens the sentence right
// before an attribution whose content follows it: the time of the saying,
// "On Wednesday she said that …", "Last June, the board wrote …", "Late
// on Tuesday night, Ruiz said …". Not "The plant closed on Tuesday, and
// later the mayor said …", a clause of its own.
bool InOpeningOfSaying(std::string_view text, uint32_t sentence_begin, claims::ByteRange span,
                       const std::vector<attribution::Attribution>& found,
                       const std::vector<uint32_t>& ids) {
  auto words = [&](uint32_t begin, uint32_t end) {
    const std::string_view run = text.substr(begin, end - begin);
    return std::count(run.begin(), run.end(), ' ');
  };
  while (sentence_begin < span.begin &&
         (text[sentence_begin] == ' ' || text[sentence_begin] == '\n')) {
    ++sentence_begin;
  }
  if (span.begin < sentence_begin || words(sentence_begin, span.begin) > 3 ||
      text.substr(sentence_begin, span.begin - sentence_begin).find(',') !=
          std::string_view::npos) {
    return false;
  }
  for (uint32_t id : ids) {
    const attribution::Attribution& a = found[id];
    const uint32_t begin = a.source ? std::min(a.source->begin, a.cue.begin) : a.cue.begin;
    if (begin < span.end || a.contents.empty() ||
        !std::all_of(a.contents.begin(), a.contents.end(),
                     [&](const ByteSpan& c) { return c.begin > begin; })) {
      continue;
    }
    // Up to the speaker: at most one more word of the time ("night"), then
    // at most a comma.
    std::string_view gap = text.substr(span.end, begin - span.end);
    while (!gap.empty() && (gap.back() == ' ' || gap.back() == ',')) gap.remove_suffix(1);
    if (gap.find(',') == std::string_view::npos && words(span.end, span.end + gap.size()) <= 1) {
      return true;
    }
  }
  return false;
}

}  // namespace

Status FindClaims(std::string_view text,
                  const std::vector<text::SentenceSpan>& sentences,
                  const claims::ClaimLexicon& lexicon,
                  claims::DocumentClaims& out) {
  // Each sentence is folded and tokenized once for the boilerplate test and
  // the markers of all its clauses, into buffers reused across sentences.
  claims::FoldedSentence folded;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (Status status =
            folded.Reset(text, {sentences[i].begin, sentences[i].end});
        !status.ok()) {
      return status;
    }
    Status status = lexicon.AddSentence(
        text, folded, text::AloneInParagraph(sentences, i), out);
    if (!status.ok()) return status;
  }
  return OkStatus();
}

void AddClaims(std::string_view text, const text::PositionIndex& positions,
               const std::vector<text::SentenceSpan>& sentences,
               const std::vector<attribution::Attribution>& found,
               const std::vector<std::vector<uint32_t>>& by_sentence,
               const std::vector<claims::ByteRange>& anonymity_reasons,
               const claims::DocumentClaims& claims, v1::Report& report) {
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
    return SaidBySomeone(text, span, found, by_sentence[sentence]);
  };
  for (uint32_t i = 0; i < sentences.size(); ++i) {
    const text::SentenceSpan& s = sentences[i];
    const claims::DocumentClaims::Sentence& found_in = claims.sentences[i];
    if (!found_in.boilerplate.empty()) {
      v1::Boilerplate* b = report.add_boilerplate();
      FillSpan(text, positions, {s.begin, s.end}, b->mutable_span());
      b->set_sentence_index(i);
      b->set_kind(found_in.boilerplate);
      continue;
    }
    for (uint32_t k = 0; k < found_in.clause_count; ++k) {
      const claims::DocumentClaims::Clause& found_clause =
          claims.clauses[found_in.first_clause + k];
      const claims::ByteRange clause = found_clause.span;
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

      for (uint32_t t = 0; t < found_clause.trigger_count; ++t) {
        const claims::Trigger& trigger =
            claims.triggers[found_clause.first_trigger + t];
        v1::Trigger* out = claim->add_triggers();
        out->set_kind(trigger.kind);
        FillSpan(text, positions, {trigger.span.begin, trigger.span.end},
                 out->mutable_span());
        out->set_attributed(
            said_by_someone(trigger.span, i) ||
            (trigger.kind == v1::CHECK_WORTHINESS_HISTORICAL &&
             InOpeningOfSaying(text, s.begin, trigger.span, found, by_sentence[i])));
        if (trigger.kind != v1::CHECK_WORTHINESS_EVALUATIVE) {
          claim->set_check_worthy(true);
          if (!out->attributed()) claim->set_unattributed_check_worthy(true);
        }
      }
      for (uint32_t h = 0; h < found_clause.hedge_count; ++h) {
        const claims::ByteRange& hedge =
            claims.hedges[found_clause.first_hedge + h];
        v1::Hedge* out = claim->add_hedges();
        FillSpan(text, positions, {hedge.begin, hedge.end},
                 out->mutable_span());
        out->set_attributed(said_by_someone(hedge, i));
      }
    }
  }
}

}  // namespace whosaid::report
