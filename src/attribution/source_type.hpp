// Source typing: what kind of source an attribution names.
//
// Rules, in order: explicit anonymity ("unnamed", "on condition of
// anonymity") in the source or its aside → ANONYMOUS; a pronoun or a
// definite role noun ("he", "the spokeswoman") → the type of the nearest
// earlier compatible source, with the antecedent recorded (UNKNOWN when none);
// the head noun's lexicon type ("officials" → UNNAMED_OFFICIAL, "analysts" →
// VAGUE, "reports" → MEDIA, "statement" → DOCUMENT); an outlet or organisation
// named inside the phrase; capitalised words → NAMED_PERSON; else UNKNOWN. No
// source at all → AGENTLESS.
//
// Thread-safety: a SourceTyper is immutable; Type() may run concurrently.
#ifndef WHOSAID_ATTRIBUTION_SOURCE_TYPE_HPP_
#define WHOSAID_ATTRIBUTION_SOURCE_TYPE_HPP_

#include <string_view>
#include <vector>

#include "attribution/attribution.hpp"
#include "grammar/lexicon.hpp"

namespace whosaid::attribution {

class SourceTyper {
 public:
  explicit SourceTyper(const grammar::Lexicon& lexicon) : lexicon_(lexicon) {}

  // Returns the type of the noun phrase text[span] (input bytes), with
  // `aside` (may be empty) as extra evidence of anonymity.
  v1::SourceType TypeOf(std::string_view text, ByteSpan span,
                        ByteSpan aside = {}) const;

  // Sets source_type (and antecedent for pronouns) on each attribution, and
  // the type of each conduit, in document order. Linear: a pronoun looks
  // back over a bounded number of attributions.
  void TypeAll(std::string_view text, std::vector<Attribution>& all) const;

  // Sets affiliation and specificity on `a`, whose type is set: from its
  // source (or the antecedent a pronoun refers to) and aside.
  void Describe(std::string_view text, Attribution& a) const;

 private:
  // True when `name`, one capitalised word typed as a person, is the short
  // form of an organisation the text names in full before it ("Kestrel
  // said" after "Kestrel Motors"), and never a surname there ("Donald
  // Trump" makes "Trump University" no reason to read "Trump" as a body).
  bool ShortensOrganization(std::string_view text, ByteSpan name) const;

  const grammar::Lexicon& lexicon_;
};

}  // namespace whosaid::attribution

#endif  // WHOSAID_ATTRIBUTION_SOURCE_TYPE_HPP_
