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
  const char* function_kind = nullptr;  // Lexicon::FunctionKind (data)
  uint32_t end = 0;                     // WordEnd in the sentence, an offset
  uint16_t function_kind_size = 0;
  bool known = false;               // the fields are filled in
  bool starts_cue : 1 = false;      // Lexicon::CueAt
  bool starts_cue_key : 1 = false;  // cues().StartsKey, as MatchAt splits words
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
