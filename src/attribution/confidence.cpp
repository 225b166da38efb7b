#include "attribution/confidence.hpp"

#include <algorithm>
#include <map>
#include <string>

namespace whosaid::attribution {

double Confidence(std::string_view text, const Attribution& a) {
  static const std::map<std::string, double, std::less<>> kRulePrior = {
      {"according-to", 0.92},        {"source-told-recipient", 0.88},
      {"in-what-described-as", 0.85}, {"cue-source", 0.85},
      {"source-cue", 0.80},          {"source-describes-as", 0.72},
      {"citing", 0.70},              {"agentless", 0.65},
      {"participial", 0.60},         {"coordinated", 0.70}};
  auto it = kRulePrior.find(a.rule);
  double p = it == kRulePrior.end() ? 0.5 : it->second;
  if (a.source_type == v1::SOURCE_TYPE_UNKNOWN) p -= 0.20;
  if (a.source) {
    const std::string_view source =
        text.substr(a.source->begin, a.source->end - a.source->begin);
    const auto words = std::count(source.begin(), source.end(), ' ') + 1;
    if (words > 6) p -= 0.15;
  }
  static const char* const kWeakLemmas[] = {"believe", "think", "hope", "fear",
                                            "expect", "show", "find", "question"};
  for (const char* lemma : kWeakLemmas) {
    if (a.cue_lemma == lemma) p -= 0.10;
  }
  return std::clamp(p, 0.05, 0.99);
}

}  // namespace whosaid::attribution
