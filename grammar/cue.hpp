// Rule family: cue phrases, with the auxiliaries and adverbs that may stand
// inside them ("has repeatedly said", "had been widely viewed as").
#ifndef WHOSAID_GRAMMAR_CUE_HPP_
#define WHOSAID_GRAMMAR_CUE_HPP_

#include <boost/spirit/home/x3.hpp>

namespace whosaid::grammar::parser {

namespace x3 = boost::spirit::x3;

using speech_cue_type = x3::rule<class speech_cue_class>;
using weak_speech_cue_type = x3::rule<class weak_speech_cue_class>;
using tell_cue_type = x3::rule<class tell_cue_class>;
using describe_cue_type = x3::rule<class describe_cue_class>;
using agentless_cue_type = x3::rule<class agentless_cue_class>;
BOOST_SPIRIT_DECLARE(speech_cue_type, weak_speech_cue_type, tell_cue_type, describe_cue_type,
                     agentless_cue_type)

}  // namespace whosaid::grammar::parser

namespace whosaid::grammar {
parser::speech_cue_type speech_cue();        // "also said", "voiced concern over"
// A verb that reports speech only with a that-clause, colon or quotation
// ("pledges that …", never "pledges $5 million"):
parser::weak_speech_cue_type weak_speech_cue();
parser::tell_cue_type tell_cue();            // "told"
parser::describe_cue_type describe_cue();    // "framed"
parser::agentless_cue_type agentless_cue();  // "it was reported that", "reportedly"
}  // namespace whosaid::grammar

#endif  // WHOSAID_GRAMMAR_CUE_HPP_
