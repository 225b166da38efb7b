// Rule family: whole attribution patterns, tried at one word start.
// A successful parse leaves the hit in the context's ParseState.
#ifndef WHOSAID_GRAMMAR_ATTRIBUTION_HPP_
#define WHOSAID_GRAMMAR_ATTRIBUTION_HPP_

#include <boost/spirit/home/x3.hpp>

namespace whosaid::grammar::parser {

namespace x3 = boost::spirit::x3;

using attribution_type = x3::rule<class attribution_class>;
using subject_type = x3::rule<class subject_class>;
BOOST_SPIRIT_DECLARE(attribution_type, subject_type)

}  // namespace whosaid::grammar::parser

namespace whosaid::grammar {
parser::attribution_type attribution();
// A sentence's subject noun phrase followed by its verb; sets hit.source.
parser::subject_type subject();
}  // namespace whosaid::grammar

#endif  // WHOSAID_GRAMMAR_ATTRIBUTION_HPP_
