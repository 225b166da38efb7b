#ifndef WHOSAID_GRAMMAR_CUE_DEF_HPP_
#define WHOSAID_GRAMMAR_CUE_DEF_HPP_

#include "grammar/cue.hpp"
#include "grammar/primitives.hpp"

namespace whosaid::grammar::parser {

// Rule IDs
class speech_cue_class {};
class weak_speech_cue_class {};
class tell_cue_class {};
class describe_cue_class {};
class agentless_cue_class {};

// Rules
speech_cue_type const speech_cue = "speech cue";
weak_speech_cue_type const weak_speech_cue = "weak speech cue";
tell_cue_type const tell_cue = "tell cue";
describe_cue_type const describe_cue = "describe cue";
agentless_cue_type const agentless_cue = "agentless cue";

// Grammar
// Active voice only: a be-form ("is said") makes the cue passive, which the
// agentless rule handles.
// A contraction may open it, after a pronoun source: "he's said", "they've
// long argued".
auto const active_prefix = -(contraction >> ' ') >> *(cue_prefix_word >> ' ');
// "is promising", "has been calling for", "he's saying": a be-form before a
// participle.
// (Or one heard or seen speaking, on a recording: "Scott can be heard
// yelling to the officers that …", "he was seen telling aides …".)
auto const perceived = (x3::lit("heard ") | x3::lit("seen ")) >> !x3::lit("as ");
auto const progressive = function_word("passive") >> ' ' >>
                         *(function_word("adverb") >> ' ') >> -perceived >> cue({"participle"});
// (The same after a contracted be-form, "he's saying", tried before
// active_prefix, which would take the "'s" for a contraction. Spelled out
// again on purpose: one progressive for both be-forms, tried first, cost
// 4.3 M instructions per MB of news, and a shared tail 2.4 M, measured
// with callgrind.)
auto const contracted_progressive =
    contracted_be >> ' ' >> *(function_word("adverb") >> ' ') >> cue({"participle"});
auto const speech_cue_def =
    contracted_progressive | (active_prefix >> (cue({"speech"}) | progressive));
auto const weak_speech_cue_def = active_prefix >> cue({"speech-that"});
auto const tell_cue_def = active_prefix >> cue({"tell"});
auto const describe_cue_def = active_prefix >> cue({"describe"});
auto const agentless_cue_def =
    (-x3::lit("it ") >> active_prefix >> function_word("passive") >> ' ' >>
     *((function_word("passive") | function_word("adverb")) >> ' ') >>
     cue({"agentless-passive"})) |
    cue({"agentless-adverb"}) |
    // "amid speculation that …", "complaints that …": talk with no speaker
    (cue({"agentless-noun"}) >> &x3::lit(" that "));

BOOST_SPIRIT_DEFINE(speech_cue, weak_speech_cue, tell_cue, describe_cue, agentless_cue)

}  // namespace whosaid::grammar::parser

namespace whosaid::grammar {
parser::speech_cue_type speech_cue() { return parser::speech_cue; }
parser::weak_speech_cue_type weak_speech_cue() {
  return parser::weak_speech_cue;
}
parser::tell_cue_type tell_cue() { return parser::tell_cue; }
parser::describe_cue_type describe_cue() { return parser::describe_cue; }
parser::agentless_cue_type agentless_cue() { return parser::agentless_cue; }
}  // namespace whosaid::grammar

#endif  // WHOSAID_GRAMMAR_CUE_DEF_HPP_
