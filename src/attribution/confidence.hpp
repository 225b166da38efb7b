// Confidence that an attribution's cue and source are right: the
// probability, fitted on annotated news, that an attribution with the same
// features is right (cue and source both overlap a gold attribution's).
//
// The table is grammar/lexicon/calibration.tsv, written by
// tools/fit_confidence from PolNeAR train and embedded with the lexicons.
// Features, most specific first: rule, cue lemma, source type and source
// length in words; rule, lemma and type; rule and lemma; rule; everything. The most specific feature
// in the table wins; each was already shrunk towards the next when fitted.
//
// Thread-safety: reentrant.
#ifndef WHOSAID_ATTRIBUTION_CONFIDENCE_HPP_
#define WHOSAID_ATTRIBUTION_CONFIDENCE_HPP_

#include <string_view>

#include "attribution/attribution.hpp"
#include "grammar/lexicon.hpp"

namespace whosaid::attribution {

// Returns a probability in [0, 1] for `a`, whose source type is set.
// Without a calibration table: 0.5.
double Confidence(const grammar::Lexicon& lexicon, std::string_view text,
                  const Attribution& a);

// Returns the probability that `a.source_type` is right (the table's
// "type:TYPE" row), or 0.5 without one.
double TypeConfidence(const grammar::Lexicon& lexicon, const Attribution& a);

}  // namespace whosaid::attribution

#endif  // WHOSAID_ATTRIBUTION_CONFIDENCE_HPP_
