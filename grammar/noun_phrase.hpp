// Rule family: noun phrases that name sources and recipients.
#ifndef WHOSAID_GRAMMAR_NOUN_PHRASE_HPP_
#define WHOSAID_GRAMMAR_NOUN_PHRASE_HPP_

#include <boost/spirit/home/x3.hpp>

namespace whosaid::grammar::parser {

namespace x3 = boost::spirit::x3;

using source_np_type = x3::rule<class source_np_class>;
using cited_np_type = x3::rule<class cited_np_class>;
BOOST_SPIRIT_DECLARE(source_np_type, cited_np_type)

}  // namespace whosaid::grammar::parser

namespace whosaid::grammar {
// "u.s. officials", "several u.s. senators", "many"
parser::source_np_type source_np();
// As source_np, but stops before "of": "citing [reports] of violence"
parser::cited_np_type cited_np();
}  // namespace whosaid::grammar

#endif  // WHOSAID_GRAMMAR_NOUN_PHRASE_HPP_
