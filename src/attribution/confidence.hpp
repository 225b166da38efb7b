// Confidence that an attribution's cue and source are right.
//
// For now a prior per rule, lowered for evidence that often goes with
// mistakes (an unresolved source, a long source phrase, a mental-state or
// evidence cue). These priors are hand-set, not yet fitted: a calibrated
// table fitted on annotated news replaces them.
//
// Thread-safety: reentrant.
#ifndef WHOSAID_ATTRIBUTION_CONFIDENCE_HPP_
#define WHOSAID_ATTRIBUTION_CONFIDENCE_HPP_

#include <string_view>

#include "attribution/attribution.hpp"

namespace whosaid::attribution {

// Returns a probability in [0, 1] for `a`, whose source type is set.
double Confidence(std::string_view text, const Attribution& a);

}  // namespace whosaid::attribution

#endif  // WHOSAID_ATTRIBUTION_CONFIDENCE_HPP_
