// What a parse carries in its X3 context: the lexicon to consult and the
// hit being assembled. One per call of Grammar::FindAll, never shared.
#ifndef WHOSAID_GRAMMAR_PARSE_STATE_HPP_
#define WHOSAID_GRAMMAR_PARSE_STATE_HPP_

#include "grammar/lexicon.hpp"
#include "grammar/parse.hpp"

namespace whosaid::grammar::parser {

struct state_tag;

struct ParseState {
  const Lexicon* lexicon;
  const char* sentence_begin;  // offsets in Hit are relative to this
  Hit hit;
};

}  // namespace whosaid::grammar::parser

#endif  // WHOSAID_GRAMMAR_PARSE_STATE_HPP_
