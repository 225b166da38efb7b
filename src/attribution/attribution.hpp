// The attribution record the pipeline assembles, before it becomes a
// whosaid.v1.Attribution. All offsets are half-open byte offsets into the
// document's (sanitized) input.
#ifndef WHOSAID_ATTRIBUTION_ATTRIBUTION_HPP_
#define WHOSAID_ATTRIBUTION_ATTRIBUTION_HPP_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "whosaid/v1/report.pb.h"

namespace whosaid::attribution {

struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return end <= begin; }
};

struct Conduit {
  ByteSpan span;
  v1::SourceType type = v1::SOURCE_TYPE_UNSPECIFIED;
  // A name beside the cue ("said in an interview with CNN", outlet.hpp):
  // a conduit only if the source typer finds it an outlet, else dropped.
  bool outlet_only = false;
  // The source of the "according to" whose content holds this attribution
  // ("“…,” Sanders said, according to CNN"; RelayNestedThroughAccordingTo
  // in assemble.cpp): a relay whatever its type. Other conduits are reported
  // only when they are outlets; the rest are people told ("told reporters").
  bool host = false;
  // The person the source spoke through ("said through a spokesman",
  // "told the Post through his lawyer"; AddRelayThrough in assemble.cpp): a
  // relay whatever its type.
  bool relay = false;
};

struct Attribution {
  std::optional<ByteSpan> source;
  ByteSpan cue;
  std::vector<ByteSpan> contents;
  std::vector<Conduit> conduits;
  // An aside after the source ("…, who spoke on condition of anonymity,").
  std::optional<ByteSpan> appositive;
  std::optional<ByteSpan> antecedent;
  // For a named person, the name in its source (or antecedent), titles left
  // out: "Ann Reyes" of "Harbor Commissioner Ann Reyes" (SourceTyper::
  // Describe). Empty when the phrase ends in no capitalised word.
  ByteSpan person_name;
  std::string rule;
  // Where the grammar's match begins in the input: the source or cue, or a
  // word before them that belongs to the pattern (the "but" of "… but
  // insisted that"). Set for attributions the grammar found; 0 for those
  // assembled from an aside.
  uint32_t pattern_begin = 0;
  std::string cue_lemma;
  v1::Stance stance = v1::STANCE_UNSPECIFIED;
  v1::SourceType source_type = v1::SOURCE_TYPE_UNSPECIFIED;
  v1::QuotationKind quotation = v1::QUOTATION_KIND_UNSPECIFIED;
  double confidence = 0;
  double type_confidence = 0;  // that source_type is right
  v1::Affiliation affiliation = v1::AFFILIATION_UNSPECIFIED;
  v1::Specificity specificity = v1::SPECIFICITY_UNSPECIFIED;
  uint32_t sentence = 0;
};

}  // namespace whosaid::attribution

#endif  // WHOSAID_ATTRIBUTION_ATTRIBUTION_HPP_
