// What a parse carries in its X3 context: the lexicon to consult and the
// hit being assembled. One per call of Grammar::FindAll, never shared.
#ifndef WHOSAID_GRAMMAR_PARSE_STATE_HPP_
#define WHOSAID_GRAMMAR_PARSE_STATE_HPP_

#include <algorithm>
#include <span>
#include <string>
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
  // Lexicon::FunctionKind of the word; null when it has none. A pointer
  // into the lexicon keeps the memo at 32 bytes (one per sentence byte).
  const std::string* function_kind = nullptr;
  uint32_t end = 0;  // WordEnd in the sentence, an offset
  // Bit f set when word_parser's WordFilter f (all but kFunctionKind, which
  // compares kinds) accepts the word: Accepts() computed once per word
  // instead of once per parse attempt. 0 when no word starts here.
  uint16_t accepts = 0;
  // Bit i set when function_kind is kMemoKinds[i] (primitives.hpp).
  uint8_t kinds = 0;
  // Bit i set once head_word(kMemoHeadKinds[i]) was tried on this word;
  // bit 4 + i when it accepted it. Kept apart from `known`.
  uint8_t heads = 0;
  // Where one more word of a noun phrase (noun_phrase_def.hpp, np_words)
  // ends when tried at this offset: 0 not tried yet, kNoNpStep when it
  // fails. Kept apart from `known`: filled by the noun phrase parser.
  uint32_t np_step = 0;
  bool known : 1 = false;           // the fields are filled in
  bool starts_cue : 1 = false;      // Lexicon::CueAt
  bool starts_cue_key : 1 = false;  // cues().StartsKey, as MatchAt splits words
  // Filled by the cue parser (primitives.hpp, FirstCue), apart from
  // `known`: the cue of any kind that MatchAt finds here over the rest of
  // the sentence (length 0: none), and whether one of another kind (of
  // kCueKinds) starts here too.
  bool first_cue_known : 1 = false;
  bool other_kind_cue : 1 = false;
  // Set by source_led (attribution_def.hpp, tails_fail_once) when the cue
  // tails after a source all failed here: every source ending before this
  // offset meets the same failure, so it is met once per sentence.
  bool tails_failed : 1 = false;
  uint8_t first_cue_length = 0;
  uint16_t first_cue_entry = 0;
  // Filled by after_source (attribution_def.hpp), apart from `known`: what
  // follows a source that ends here is the same whichever word the source
  // started at, so it is read once per sentence.
  // Where the times and asides after a source ending here end, as bytes
  // past this offset plus one (0: not read yet), and the aside among them
  // (its start as bytes past this offset, and its length; 0: none). The
  // memo is used only in the window it was read in (MemoCoversWindow),
  // which ends less than kMinWindowBytes + kWindowStepBytes past the
  // attempt (WindowEnd), so 16 bits hold them.
  uint16_t after_source_end = 0;
  uint16_t aside_begin = 0;
  uint16_t aside_length = 0;

  // Forgets what was read up to the end of a window (np_step,
  // tails_failed, after_source_end and the aside): a sentence longer than
  // one window has several, one after another.
  void ForgetWindow() {
    np_step = 0;
    tails_failed = false;
    after_source_end = 0;
    aside_begin = 0;
    aside_length = 0;
  }
};

static_assert(sizeof(WordMemo) <= 32);

inline constexpr uint32_t kNoNpStep = 0xffffffff;

struct ParseState {
  const Lexicon* lexicon;
  const char* sentence_begin;  // offsets in Hit are relative to this
  Hit hit;
  const char* sentence_end = nullptr;
  std::vector<WordMemo>* memo = nullptr;  // one per byte; null = no memo
  // Sorted offsets of words that are neither cues nor function words
  // whatever their spelling: names the input capitalises mid-sentence
  // (Grammar::FindAll).
  std::span<const uint32_t> names;
  // The end of the window the memo's window fields were read in
  // (WordMemo::ForgetWindow): the sentence end, or in a sentence longer
  // than one window the current attempt's (Grammar::FindAll).
  const char* memo_window_end = nullptr;
  // Scratch for one rule: a cue's lexicon entry kept across a branch that
  // may overwrite hit.cue_entry and fail (see attribution_def.hpp).
  uint32_t saved_cue_entry = 0;
  // With a memo: every offset where a cue phrase may start (the prefilter's
  // list, parse.cpp), and the last of them where a noun cue does start
  // (kNotYet until noun_cue_ahead asks; -1 when none).
  std::span<const uint32_t> cue_starts = {};
  int64_t last_noun_cue = kNotYet;
  // True once Grammar::FindAll took a participial hit in the sentence
  // (read by the coordinated rule, attribution_def.hpp).
  bool after_participle = false;
  static constexpr int64_t kNotYet = -2;
};

// True when the word memo's window fields may stand in for a parse that
// ends at `last`: there is a memo, and `last` ends the window they were
// read in (a memo entry holds what was read from its offset up to there;
// another window may read more or less).
inline bool MemoCoversWindow(const ParseState& state, const char* last) {
  return state.memo != nullptr && last == state.memo_window_end;
}

// True when a name starts at `offset`; `names` as ParseState::names.
inline bool IsNameAt(std::span<const uint32_t> names, size_t offset) {
  return !names.empty() && std::binary_search(names.begin(), names.end(), offset);
}

// True at the start of the folded sentence `s` (after nothing but quotation
// marks and brackets): "“Why?” Trump said." splits after the question mark,
// so the second sentence opens with its attribution.
inline bool StartsSentence(std::string_view s, size_t pos) {
  return s.find_first_not_of("\" (", 0) >= pos;
}

// True after a dash between spaces, which sets off a participle as a comma
// does ("flipped his choice on the spot - saying he was rooting for …") and
// ends a digest's heading ("POLLS WERE EARLY - Mark Blumenthal: …").
inline bool FollowsDash(std::string_view s, size_t pos) {
  while (pos > 0 && s[pos - 1] == ' ') --pos;
  return pos > 1 && s[pos - 1] == '-' && s[pos - 2] == ' ';
}

// True right after "to " (folded): where a cue of kind "infinitive" may
// stand ("to deny"; Lexicon::AfterToOnly).
inline bool FollowsTo(std::string_view s, size_t pos) {
  return pos >= 3 && s.substr(pos - 3, 3) == "to ";
}

// Where the verb whose purpose a saying at `to` (folded, the offset of
// its "to") is stands: a word of head_words.tsv kind "purpose" ("took",
// "held", "used"; or two words: "going on") among the six words before,
// in the same clause (no comma or quotation mark between), and not right
// before ("took to Twitter to say", "held a news conference to announce";
// not "used to say"). npos when none.
inline size_t PurposeVerbBefore(const Lexicon& lexicon, std::string_view s, size_t to) {
  size_t at = to;
  for (int words = 0; words < 6 && at > 0 && s[at - 1] == ' '; ++words) {
    const std::string_view word = PreviousWord(s, at);
    if (word.empty()) break;
    at = static_cast<size_t>(word.data() - s.data());
    if (words > 0 && lexicon.HeadPhraseAt(s, at, "purpose") != 0) return at;
  }
  return std::string_view::npos;
}

// True when a name starts at `offset` of the sentence.
inline bool NameAt(const ParseState& state, size_t offset) {
  return IsNameAt(state.names, offset);
}

}  // namespace whosaid::grammar::parser

#endif  // WHOSAID_GRAMMAR_PARSE_STATE_HPP_
