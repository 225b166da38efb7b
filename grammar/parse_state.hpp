// What a parse carries in its X3 context: the lexicon to consult and the
// hit being assembled. One per call of Grammar::FindAll, never shared.
#ifndef WHOSAID_GRAMMAR_PARSE_STATE_HPP_
#define WHOSAID_GRAMMAR_PARSE_STATE_HPP_

#include <string_view>
#include <vector>

#include "grammar/lexicon.hpp"
#include "grammar/parse.hpp"

namespace whosaid::grammar::parser {

struct state_tag;

// What the word parsers learnt about the word starting at one offset of
// the sentence: every start position re-reads the same words, so each is
// split and looked up once per sentence.
struct WordMemo {
  uint32_t end = 0;       // WordEnd in the whole sentence, as an offset
  bool known = false;     // the fields below are filled in
  bool starts_cue = false;                // Lexicon::StartsCue
  bool starts_cue_key = false;  // cues().StartsKey, as MatchAt splits words
  std::string_view function_kind;         // Lexicon::FunctionKind
};

struct ParseState {
  const Lexicon* lexicon;
  const char* sentence_begin;  // offsets in Hit are relative to this
  Hit hit;
  const char* sentence_end = nullptr;
  std::vector<WordMemo>* memo = nullptr;  // one per byte; null = no memo
};

}  // namespace whosaid::grammar::parser

#endif  // WHOSAID_GRAMMAR_PARSE_STATE_HPP_
