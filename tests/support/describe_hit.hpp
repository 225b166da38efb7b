// Every field of a grammar::Hit as one line, for comparing the hits of two
// ways of finding them (Grammar::FindAll against FindAllExhaustive) and
// for printing them when they differ.
//
// Shared by fast_paths_test and the grammar fuzz check.
#ifndef WHOSAID_TESTS_SUPPORT_DESCRIBE_HIT_HPP_
#define WHOSAID_TESTS_SUPPORT_DESCRIBE_HIT_HPP_

#include <string>
#include <vector>

#include "grammar/parse.hpp"

namespace whosaid::testing {

inline std::string DescribeHit(const grammar::Hit& h) {
  std::string out = grammar::PatternRuleId(h.pattern);
  const auto range = [&](const char* name, const grammar::Range& r) {
    out += std::string(" ") + name + " " + std::to_string(r.begin) + "-" + std::to_string(r.end);
  };
  range("source", h.source);
  range("cue", h.cue);
  range("recipient", h.recipient);
  range("aside", h.appositive);
  out += " content " + std::to_string(h.content_begin) + " entry " +
         std::to_string(h.cue_entry) + " start " + std::to_string(h.start) +
         (h.own_subject ? " own subject" : "");
  return out;
}

// DescribeHit of each hit, a line each.
inline std::string DescribeHits(const std::vector<grammar::Hit>& hits) {
  std::string out;
  for (const grammar::Hit& h : hits) out += DescribeHit(h) + "\n";
  return out;
}

}  // namespace whosaid::testing

#endif  // WHOSAID_TESTS_SUPPORT_DESCRIBE_HIT_HPP_
