// The one place that fixes the iterator and context types every grammar
// translation unit is instantiated with. parse.cpp builds exactly this
// context; a mismatch is a link error, not a compile error.
#ifndef WHOSAID_GRAMMAR_CONFIG_HPP_
#define WHOSAID_GRAMMAR_CONFIG_HPP_

#include <boost/spirit/home/x3.hpp>

#include "grammar/parse_state.hpp"

namespace whosaid::grammar::parser {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;
using context_type = x3::context<state_tag, ParseState, x3::unused_type>;

}  // namespace whosaid::grammar::parser

#endif  // WHOSAID_GRAMMAR_CONFIG_HPP_
