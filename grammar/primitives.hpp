// Primitive X3 parsers over folded text, backed by the lexicon in the
// parse state (so tables are data, never global objects):
//   word            a whole word (see WordEnd)
//   content_word, determiner, quantifier, np_word, np_word_no_of
//                   words by their role in a source noun phrase
//   function_word(k) a word of function-word kind k ("aux", "passive", …)
//   cue(kinds…)     the longest cue phrase of one of the kinds; records the
//                   lexicon entry in the hit
//   reporting_cue(kinds…) the same, for reporting-verb lemmas only
//   quotative_cue(kinds…) the same, for lemmas that may precede their source
//   expletive_cue(kinds…) the same, for lemmas whose subject "it" is empty
//   head_word(k)    a word listed in head_words.tsv with kind k
//   clause_end      a lookahead: end of text or punctuation that closes a
//                   clause
//   gerund          a word ending in "-ing"
//   count_word      a count: "three", "10"
//   aside_run(p)    p, the words and marks of an aside, read as bytes
//   unrecorded(p)   p, leaving the hit's recorded cue entry as it was
//   aside_quotes_closed, quote_open_in_aside  quotation marks in an aside
//   cue_start       a lookahead: false only where no cue phrase can start
//   agentless_start a lookahead: false only where the agentless cue cannot
//   noun_cue_ahead  a lookahead: false only where no noun cue follows in
//                   the sentence
// Included only by *_def.hpp files.
#ifndef WHOSAID_GRAMMAR_PRIMITIVES_HPP_
#define WHOSAID_GRAMMAR_PRIMITIVES_HPP_

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

#include "grammar/config.hpp"

namespace whosaid::grammar::parser {

template <typename Context>
const Lexicon& LexiconOf(const Context& context) {
  return *x3::get<state_tag>(context).lexicon;
}

// Which words a word parser accepts.
enum class WordFilter {
  kAny,            // every word
  kNoCue,          // every word that does not start a cue phrase
  kContent,        // no function word, no cue word: may head a noun phrase
  kDeterminer,     // "the", "some", "two", …
  kQuantifier,     // "many", "some": may stand alone as a source
  kInternal,       // "of", "for", "with": inside a noun phrase, never last
  kNounPhrase,     // content, determiner or np-internal ("of", "for", "and")
  kNounPhraseNoOf, // the same without "of" ("citing reports of X")
  kFunctionKind,   // a function word of one kind ("aux", "passive", …)
  kLyAdverb,       // a content word ending in "-ly": "sharply", "quietly"
  kPossessive,     // "trump's", "officials'", "his", "their"
  kMannerAdverb,   // a long "-ly" word that is no name: "increasingly",
                   // "publicly" (not "kelly", "connolly", "schlafly")
  kPartitiveHead,  // what may stand before "of" in a part of a group: a
                   // quantifier, "all", "none", "each", a count ("two", "10")
  kPastVerb,       // a content word shaped like a past tense, no name:
                   // "unleashed", "ended" (not "ted", nor "Mohammed"
                   // capitalised mid-sentence); or an irregular past
                   // (function_words.tsv kind "past": "went", "sent")
  kPastCue,        // a cue word shaped like a past participle, no name:
                   // "published", "issued", "reported"
  kCount           // number of filters; keep last (WordMemo::accepts has a
                   // bit for each filter before it)
};
static_assert(static_cast<int>(WordFilter::kCount) <= 16);

// True for a word shaped like an "-ly" adverb: "sharply", "newly" (five
// bytes at least: not "only", "July").
inline bool IsLyWord(std::string_view word) { return word.size() > 4 && word.ends_with("ly"); }

// True for a count: digits, or "one" … "ten".
inline bool IsCountWord(std::string_view word) {
  if (word.empty()) return false;
  if (word[0] >= '0' && word[0] <= '9') {
    return word.find_first_not_of("0123456789,") == std::string_view::npos;  // "1,200"
  }
  // (By length first: FillMemo asks this of every word.)
  switch (word.size()) {
    case 3: return word == "one" || word == "two" || word == "six" || word == "ten";
    case 4: return word == "four" || word == "five" || word == "nine";
    case 5: return word == "three" || word == "seven" || word == "eight";
    default: return false;
  }
}

// True when `word` passes `filter`; `starts_cue` (a cue phrase starts at
// the word: Lexicon::CueAt) and `kind` (Lexicon::FunctionKind) describe it.
[[gnu::always_inline]] inline bool Accepts(WordFilter filter,
                                           std::string_view function_kind,
                                           std::string_view word,
                                           bool starts_cue,
                                           std::string_view kind, bool name) {
  if (filter == WordFilter::kAny) return true;
  if (filter == WordFilter::kPastVerb) {
    return !name && !starts_cue && IsPastVerbWord(word, kind);
  }
  if (filter == WordFilter::kPastCue) {
    return !name && starts_cue && kind.empty() && IsPastShaped(word);
  }
  if (filter == WordFilter::kFunctionKind) return kind == function_kind;
  if (filter == WordFilter::kPossessive) return IsPossessiveWord(word);
  if (filter == WordFilter::kLyAdverb) return IsLyWord(word) && kind.empty() && !starts_cue;
  if (filter == WordFilter::kMannerAdverb) {
    // (seven bytes at least: "family", "mostly" stay in a phrase)
    return word.size() >= 7 && LooksLikeLyAdverb(word) && kind.empty() && !starts_cue;
  }
  if (starts_cue) return false;
  if (filter == WordFilter::kNoCue) return true;
  const bool is_determiner = kind == "determiner" || kind == "quantifier";
  switch (filter) {
    case WordFilter::kContent: return kind.empty();
    case WordFilter::kDeterminer: return is_determiner;
    case WordFilter::kQuantifier: return kind == "quantifier";
    case WordFilter::kPartitiveHead:
      return kind == "quantifier" || word == "all" || word == "none" || word == "each" ||
             IsCountWord(word);
    case WordFilter::kInternal: return kind == "np-internal";
    case WordFilter::kNounPhraseNoOf:
      if (word == "of") return false;
      [[fallthrough]];
    default:
      return kind.empty() || is_determiner || kind == "np-internal";
  }
}

// The function-word kinds the grammar asks for most (function_word(k)):
// WordMemo::kinds has bit i set when the word's kind is kMemoKinds[i], so
// those tests compare no strings.
inline constexpr std::string_view kMemoKinds[] = {"aux", "adverb", "passive", "time",
                                                   "linking"};
static_assert(std::size(kMemoKinds) <= 8);

// The bit of `kind` in WordMemo::kinds, or -1.
constexpr int MemoKindBit(std::string_view kind) {
  for (size_t k = 0; k < std::size(kMemoKinds); ++k) {
    if (kind == kMemoKinds[k]) return static_cast<int>(k);
  }
  return -1;
}

// Fills in `memo` for the word at `offset` of the parse's sentence. Out of
// line: it runs once per word, MemoAt once per word and parse attempt.
// Flattened: GCC left the word filters' small string tests (operator==,
// ends_with, IsCountWord) as calls, which cost a third of it; inlined,
// comparisons with literals fold to a few byte tests.
[[gnu::noinline, gnu::flatten]] inline void FillMemo(const ParseState& state,
                                                     size_t offset,
                                                     WordMemo& memo) {
  const std::string_view sentence(
      state.sentence_begin,
      static_cast<size_t>(state.sentence_end - state.sentence_begin));
  const Lexicon& lex = *state.lexicon;
  memo.end = static_cast<uint32_t>(WordEnd(sentence, offset));
  const std::string_view w = sentence.substr(offset, memo.end - offset);
  const bool name = NameAt(state, offset);  // (a name starts no cue)
  if (w.empty()) {
    // (No word: a space or punctuation, a third of the offsets asked. A
    // punctuation cue, ":" or a dash, is a one-byte first word, so where
    // StartsKeyWithByte is false CueAt is too.)
    memo.starts_cue_key =
        !name && offset < sentence.size() && lex.cues().StartsKeyWithByte(sentence[offset]);
    memo.starts_cue = memo.starts_cue_key && lex.CueAt(sentence, offset);
  } else {
    // One lookup of the word for StartsKey and CueAt (which would split
    // the word and look it up again): where no key starts with it, most
    // words, no cue starts.
    const uint32_t* bucket = name ? nullptr : lex.cues().FirstWordBucket(w);
    // (An infinitive's cue starts a key only after "to ": Lexicon::AfterToOnly.)
    if (bucket != nullptr && lex.AfterToOnly(*bucket) && !FollowsTo(sentence, offset)) {
      bucket = nullptr;
    }
    memo.starts_cue_key = bucket != nullptr;
    memo.starts_cue = bucket != nullptr && lex.CueAtBucket(sentence, offset, *bucket);
  }
  // Lexicon::FunctionKind, keeping the pointer to the lexicon's string.
  // (A name is no function word either: "Yin Myint May", "Will Estrada".)
  // (No function word is empty: PhraseTable::Add skips empty keys.)
  const PhraseTable::Entry* function_word =
      name || w.empty() ? nullptr : lex.function_words().Find(w);
  memo.function_kind = function_word ? &function_word->fields[0] : nullptr;
  const std::string_view kind = memo.function_kind
                                    ? std::string_view(*memo.function_kind)
                                    : std::string_view();
  const int kind_bit = MemoKindBit(kind);
  memo.kinds = kind_bit >= 0 ? static_cast<uint8_t>(1u << kind_bit) : 0;
  memo.accepts = 0;
  if (!w.empty()) {
    // Unrolled with each filter a constant, so Accepts (inlined) folds to
    // that filter's test.
    auto set = [&]<int... f>(std::integer_sequence<int, f...>) {
      ((memo.accepts = static_cast<uint16_t>(
            memo.accepts |
            (static_cast<WordFilter>(f) != WordFilter::kFunctionKind &&
                     Accepts(static_cast<WordFilter>(f), {}, w, memo.starts_cue,
                             kind, name)
                 ? 1u << f
                 : 0u))),
       ...);
    };
    set(std::make_integer_sequence<int,
                                   static_cast<int>(WordFilter::kCount)>());
  }
  memo.known = true;
}

// The memo of the word at `first` (filled on first use), or null when
// there is no memo or when the window [first, last) ends before the
// sentence close enough to the word to change what the memo holds: its
// WordEnd (within two bytes) or a cue phrase starting there (within the
// longest cue key).
inline const WordMemo* MemoAt(const ParseState& state, const char* first,
                              const char* last) {
  if (state.memo == nullptr) return nullptr;
  const auto offset = static_cast<size_t>(first - state.sentence_begin);
  WordMemo& memo = (*state.memo)[offset];
  if (!memo.known) FillMemo(state, offset, memo);
  if (last != state.sentence_end &&
      std::max<size_t>(memo.end, offset + state.lexicon->cues().max_key_bytes()) + 2 >
          static_cast<size_t>(last - state.sentence_begin)) {
    return nullptr;
  }
  return &memo;
}

struct word_parser : x3::parser<word_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  WordFilter filter;
  std::string_view function_kind;  // for kFunctionKind
  int kind_bit;                    // MemoKindBit(function_kind)
  explicit constexpr word_parser(WordFilter f, std::string_view kind = {})
      : filter(f), function_kind(kind), kind_bit(MemoKindBit(kind)) {}

  // Inlined into every use: most tests are answered by one memo entry of
  // a word already seen, in a window that is the whole sentence (no call,
  // no string compared). The rest, and the first sight of a word, go
  // through Parse.
  template <typename Iterator, typename Context, typename RContext,
            typename Attribute>
  [[gnu::always_inline]] bool parse(Iterator& first, Iterator const& last,
                                    Context const& context, RContext&,
                                    Attribute&) const {
    const ParseState& state = x3::get<state_tag>(context);
    if (state.memo != nullptr && last == state.sentence_end &&
        (filter != WordFilter::kFunctionKind || kind_bit >= 0)) {
      const WordMemo& memo =
          (*state.memo)[static_cast<size_t>(first - state.sentence_begin)];
      if (memo.known) {
        // (A word with a kind or an accept bit is not empty.)
        if (!(filter == WordFilter::kFunctionKind
                  ? (memo.kinds >> kind_bit) & 1u
                  : (memo.accepts >> static_cast<int>(filter)) & 1u)) {
          return false;
        }
        if (filter == WordFilter::kContent) {
          const size_t end = memo.end - static_cast<size_t>(first - state.sentence_begin);
          first += static_cast<std::ptrdiff_t>(ContentEnd(state, first, last, end));
        } else {
          first = state.sentence_begin + memo.end;
        }
        return true;
      }
    }
    return Parse(state, first, last);
  }

  // The test in full: with MemoAt (which fills the memo), or without it.
  [[gnu::noinline]] bool Parse(const ParseState& state, const char*& first,
                               const char* last) const {
    size_t end;
    if (const WordMemo* memo = MemoAt(state, first, last)) {
      // The memo's accept bits hold Accepts() for this very word (MemoAt
      // only answers when the window does not cut it).
      end = memo->end - static_cast<size_t>(first - state.sentence_begin);
      const bool accepted =
          filter == WordFilter::kFunctionKind
              ? end != 0 && (memo->function_kind != nullptr
                                 ? *memo->function_kind == function_kind
                                 : function_kind.empty())
              : (memo->accepts >> static_cast<int>(filter)) & 1u;
      if (!accepted) return false;
    } else {
      end = Unmemoized(state, first, last);
      if (end == 0) return false;
    }
    if (filter == WordFilter::kContent)
      end = ContentEnd(state, first, last, end);
    first += static_cast<std::ptrdiff_t>(end);
    return true;
  }

  // Without a memo: the length of the accepted word at `first`, or 0.
  [[gnu::noinline]] size_t Unmemoized(const ParseState& state,
                                      const char* first,
                                      const char* last) const {
    const std::string_view rest(first, static_cast<size_t>(last - first));
    const Lexicon& lex = *state.lexicon;
    const size_t end = WordEnd(rest, 0);
    const bool name = NameAt(state, static_cast<size_t>(first - state.sentence_begin));
    if (end == 0 ||
        !Accepts(filter, function_kind, rest.substr(0, end), !name && lex.CueAt(rest, 0),
                 name ? std::string_view() : lex.FunctionKind(rest.substr(0, end)),
                 name)) {
      return 0;
    }
    return end;
  }

  // The end of an accepted content word of `end` bytes at `first`, with
  // the period or apostrophe it may keep.
  [[gnu::noinline]] static size_t ContentEnd(const ParseState& state,
                                             const char* first,
                                             const char* last, size_t end) {
    const std::string_view rest(first, static_cast<size_t>(last - first));
    // A content word may keep its abbreviation period: an initial ("paul
    // d. ryan") or a title ("rep.", "gov."), never a sentence's last stop;
    // a title before a comma or a bracket keeps it too ("james comey jr.,
    // the director", "robert p. casey jr. (d-pa.)").
    if (end + 2 < rest.size() && rest[end] == '.') {
      const auto title = [&] {
        return state.lexicon->titles().Find(rest.substr(0, end + 1)) != nullptr;
      };
      const bool before_word = rest[end + 1] == ' ' && IsWordByte(rest[end + 2]);
      const bool before_mark =
          rest[end + 1] == ',' || (rest[end + 1] == ' ' && rest[end + 2] == '(');
      if ((before_word && (end == 1 || title())) || (before_mark && title())) ++end;
    }
    // A plural possessive keeps its apostrophe: "the deckhands' union".
    if (end + 2 < rest.size() && rest[end] == '\'' && rest[end - 1] == 's' &&
        rest[end + 1] == ' ' && IsWordByte(rest[end + 2])) {
      ++end;
    }
    return end;
  }
};

// (The first-cue memo (FirstCue) knows every kind of kCueKinds,
// lexicon.hpp: a parser may learn from it that no cue of its kinds starts
// at a word, without a lookup of its own.)

// Fills WordMemo::first_cue_* and other_kind_cue for the word at `first`,
// over [first, sentence end): the longest cue of any kind there, and
// whether a cue of a kCueKinds kind other than that one's starts there
// too. Left unknown when the entry or length does not fit the memo.
[[gnu::noinline]] inline void FirstCue(const ParseState& state, const char* first,
                                       WordMemo& memo) {
  static const std::vector<std::string_view> kAny;
  // kAllBut[i]: kCueKinds without kCueKinds[i]; kAllBut[size]: all of them.
  static const std::vector<std::vector<std::string_view>> kAllBut = [] {
    std::vector<std::vector<std::string_view>> all_but(std::size(kCueKinds) + 1);
    for (size_t i = 0; i < all_but.size(); ++i) {
      for (size_t k = 0; k < std::size(kCueKinds); ++k) {
        if (k != i) all_but[i].push_back(kCueKinds[k]);
      }
    }
    return all_but;
  }();
  const PhraseTable& cues = state.lexicon->cues();
  const std::string_view rest(first, static_cast<size_t>(state.sentence_end - first));
  const PhraseMatch any = cues.MatchAt(rest, 0, kAny);
  if (!any) {
    memo.first_cue_length = 0;
    memo.first_cue_known = true;
    return;
  }
  if (any.entry > 0xffff || any.length > 0xff) return;
  const std::string_view kind = cues.entry(any.entry).fields[0];
  const size_t i = static_cast<size_t>(
      std::find(std::begin(kCueKinds), std::end(kCueKinds), kind) - std::begin(kCueKinds));
  memo.first_cue_entry = static_cast<uint16_t>(any.entry);
  memo.first_cue_length = static_cast<uint8_t>(any.length);
  memo.other_kind_cue = static_cast<bool>(cues.MatchAt(rest, 0, kAllBut[i]));
  memo.first_cue_known = true;
}

struct cue_parser : x3::parser<cue_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  std::vector<std::string_view> kinds;
  // When set, only cues whose lemma is in this lemma table of the lexicon:
  // reporting verbs (nesting()), quotative ones (quotative()) or those
  // after an expletive "it" (expletive()).
  const PhraseTable& (Lexicon::*lemmas)() const = nullptr;
  // True when every kind is in kCueKinds.
  bool known_kinds = false;
  explicit cue_parser(std::initializer_list<std::string_view> k,
                      const PhraseTable& (Lexicon::*lemma_table)() const = nullptr)
      : kinds(k), lemmas(lemma_table), known_kinds(!kinds.empty()) {
    for (std::string_view kind : kinds) {
      if (std::find(std::begin(kCueKinds), std::end(kCueKinds), kind) == std::end(kCueKinds)) {
        known_kinds = false;
      }
    }
  }

  template <typename Iterator, typename Context, typename RContext,
            typename Attribute>
  [[gnu::always_inline]] bool parse(Iterator& first, Iterator const& last,
                                    Context const& context, RContext&,
                                    Attribute&) const {
    // Most positions start no cue at all: the memo says so without a
    // lookup (inlined for a word already seen, as word_parser).
    const ParseState& state = x3::get<state_tag>(context);
    if (state.memo != nullptr && last == state.sentence_end) {
      const WordMemo& memo =
          (*state.memo)[static_cast<size_t>(first - state.sentence_begin)];
      if (memo.known && !memo.starts_cue_key) return false;
    }
    return Parse(first, last, context);
  }

  // (Flattened, as FillMemo: the kind comparisons of std::find and the
  // memo and nesting lookups are inlined instead of called.)
  template <typename Iterator, typename Context>
  [[gnu::noinline, gnu::flatten]] bool Parse(Iterator& first,
                                             Iterator const& last,
                                             Context const& context) const {
    const ParseState& state = x3::get<state_tag>(context);
    PhraseMatch match;
    if (const WordMemo* memo = MemoAt(state, first, last)) {
      if (!memo->starts_cue_key) return false;
      if (last == state.sentence_end) {
        // Several alternatives try a cue at the same word, each of other
        // kinds: MatchAt's first match of any kind answers for those of
        // its kind (it is theirs too), and when no other kind matches,
        // for the rest.
        WordMemo& m = (*state.memo)[static_cast<size_t>(first - state.sentence_begin)];
        if (!m.first_cue_known) FirstCue(state, first, m);
        if (m.first_cue_known) {
          if (m.first_cue_length == 0) return false;
          const std::string_view kind =
              LexiconOf(context).cues().entry(m.first_cue_entry).fields[0];
          if (std::find(kinds.begin(), kinds.end(), kind) != kinds.end()) {
            match = {m.first_cue_length, m.first_cue_entry};
          } else if (known_kinds && !m.other_kind_cue) {
            return false;
          }
        }
      }
    } else if (NameAt(state, static_cast<size_t>(first - state.sentence_begin))) {
      return false;
    }
    if (!match) {
      const std::string_view rest(first, static_cast<size_t>(last - first));
      match = LexiconOf(context).cues().MatchAt(rest, 0, kinds);
    }
    if (!match) return false;
    if (lemmas != nullptr &&
        (LexiconOf(context).*lemmas)().Find(
            LexiconOf(context).cues().entry(match.entry).fields[1]) == nullptr) {
      return false;
    }
    x3::get<state_tag>(context).hit.cue_entry = match.entry;
    first += match.length;
    return true;
  }
};

// A lookahead that fails only where cue_parser surely fails, whatever the
// kinds: the word memo says no cue key starts here. Consumes nothing; a
// cheap gate before several cue alternatives.
struct cue_start_parser : x3::parser<cue_start_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext,
            typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context,
             RContext&, Attribute&) const {
    const WordMemo* memo = MemoAt(x3::get<state_tag>(context), first, last);
    return memo == nullptr || memo->starts_cue_key;
  }
};

// The head-word kinds the grammar asks for (head_word(k)): WordMemo::heads
// keeps, per word, whether each was looked up and what it gave.
inline constexpr std::string_view kMemoHeadKinds[] = {"evidence", "authored", "causative"};
static_assert(std::size(kMemoHeadKinds) <= 4);

constexpr int MemoHeadBit(std::string_view kind) {
  for (size_t k = 0; k < std::size(kMemoHeadKinds); ++k) {
    if (kind == kMemoHeadKinds[k]) return static_cast<int>(k);
  }
  return -1;
}

// A whole word listed in the lexicon's head_words with `kind` ("poll" is
// an "evidence" head).
struct head_word_parser : x3::parser<head_word_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  std::string_view kind;
  int head_bit;  // MemoHeadBit(kind)
  explicit constexpr head_word_parser(std::string_view k) : kind(k), head_bit(MemoHeadBit(k)) {}

  template <typename Iterator, typename Context, typename RContext,
            typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context,
             RContext&, Attribute&) const {
    const ParseState& state = x3::get<state_tag>(context);
    // With a memo and a window that is the whole sentence, the word and so
    // the answer depend on the offset alone: looked up once per word.
    if (head_bit >= 0 && state.memo != nullptr && last == state.sentence_end) {
      WordMemo& memo = (*state.memo)[static_cast<size_t>(first - state.sentence_begin)];
      if (!memo.known) FillMemo(state, static_cast<size_t>(first - state.sentence_begin), memo);
      const auto known = static_cast<uint8_t>(1u << head_bit);
      const auto is = static_cast<uint8_t>(16u << head_bit);
      if (!(memo.heads & known)) {
        const size_t end = memo.end - static_cast<size_t>(first - state.sentence_begin);
        memo.heads = static_cast<uint8_t>(memo.heads | known |
                                          (state.lexicon->IsHeadWord(std::string_view(first, end), kind) ? is : 0));
      }
      if (!(memo.heads & is)) return false;
      first = state.sentence_begin + memo.end;
      return true;
    }
    const std::string_view rest(first, static_cast<size_t>(last - first));
    const size_t end = WordEnd(rest, 0);
    if (!state.lexicon->IsHeadWord(rest.substr(0, end), kind)) return false;
    first += static_cast<std::ptrdiff_t>(end);
    return true;
  }

};

// A lookahead: fails only where no noun cue ("claim", "warning") starts
// after `first` in the sentence, so no possessive noun phrase can end in
// one (most sentences hold none). Only with a memo and a window that is
// the whole sentence: a noun cue there starts at a cue start of the
// prefilter, where MatchAt over the rest of the sentence finds it.
struct noun_cue_ahead_parser : x3::parser<noun_cue_ahead_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext,
            typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context,
             RContext&, Attribute&) const {
    ParseState& state = x3::get<state_tag>(context);
    // (Not in a window cut short, which may cut "claims" to a noun cue.)
    if (state.memo == nullptr || last != state.sentence_end) return true;
    if (state.last_noun_cue == ParseState::kNotYet) state.last_noun_cue = LastNounCue(state);
    return state.last_noun_cue > first - state.sentence_begin;
  }

  [[gnu::noinline]] static int64_t LastNounCue(const ParseState& state) {
    static const std::vector<std::string_view> kNoun = {"noun"};
    const std::string_view sentence(
        state.sentence_begin, static_cast<size_t>(state.sentence_end - state.sentence_begin));
    for (auto it = state.cue_starts.rbegin(); it != state.cue_starts.rend(); ++it) {
      if (state.lexicon->cues().MatchAt(sentence, *it, kNoun)) return *it;
    }
    return -1;
  }
};

// A phrase that may stand inside a cue besides auxiliaries and adverbs
// (Lexicon::CuePrefixPhrases, head_words.tsv): a floating quantifier ("Cruz
// and Rubio have both urged", "the candidates all said") or a fixed
// adverbial ("have in fact reported", "has so far refused", "for the first
// time cited", "Carter however said"). Picked by first byte: the cue
// prefix is tried at every parse attempt, and a run of literal
// alternatives cost 5% of all instructions.
struct cue_prefix_phrase_parser : x3::parser<cue_prefix_phrase_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext,
            typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context,
             RContext&, Attribute&) const {
    if (first == last) return false;
    const std::string_view rest(&*first, static_cast<size_t>(last - first));
    for (const std::string& phrase : LexiconOf(context).CuePrefixPhrases(*first)) {
      if (rest.starts_with(phrase) &&
          (rest.size() == phrase.size() || !IsWordByte(rest[phrase.size()]))) {
        first += static_cast<std::ptrdiff_t>(phrase.size());
        return true;
      }
    }
    return false;
  }
};

// Where a phrase of not_cues.tsv starts ("asked not to be named",
// "showed up"): a lookahead, it consumes nothing.
struct not_cue_start_parser : x3::parser<not_cue_start_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext,
            typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context,
             RContext&, Attribute&) const {
    const ParseState& state = x3::get<state_tag>(context);
    const std::string_view window(state.sentence_begin,
                                  static_cast<size_t>(last - state.sentence_begin));
    return static_cast<bool>(LexiconOf(context).not_cues().MatchAt(
        window, static_cast<size_t>(first - state.sentence_begin)));
  }
};
inline not_cue_start_parser const not_cue_start{};

// A count, a whole word: "three", "10" (IsCountWord; not "10th").
struct count_word_parser : x3::parser<count_word_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext,
            typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&,
             RContext&, Attribute&) const {
    Iterator end = first;
    // (and a thousands separator: "1,200", one word as WordEnd reads it)
    while (end != last && (IsAsciiAlnum(*end) ||
                           (*end == ',' && end != first && end + 1 != last &&
                            text::IsAsciiDigit(end[-1]) && text::IsAsciiDigit(end[1])))) {
      ++end;
    }
    if (!IsCountWord(std::string_view(first, static_cast<size_t>(end - first)))) return false;
    first = end;
    return true;
  }
};

// A gerund: a word LooksLikeParticiple ("by using the example": how, not
// who).
struct gerund_parser : x3::parser<gerund_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext,
            typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&,
             RContext&, Attribute&) const {
    const std::string_view rest(first, static_cast<size_t>(last - first));
    const size_t end = WordEnd(rest, 0);
    if (!LooksLikeParticiple(rest.substr(0, end))) return false;
    first += static_cast<std::ptrdiff_t>(end);
    return true;
  }
};

// The contractions English writes after a pronoun ("'s", "'re", "'m",
// "'ve", "'d", "'ll"; folding makes "’" an apostrophe), before a space:
// the length of the one at `at`, or 0. A closed class of the language,
// not a lexicon.
inline size_t ContractionAt(const char* at, const char* last, bool be_form_only) {
  if (at == last || *at != '\'') return 0;
  const std::string_view rest(at, static_cast<size_t>(last - at));
  for (std::string_view c : {"'s ", "'re ", "'m ", "'ve ", "'d ", "'ll "}) {
    if (be_form_only && c != "'s " && c != "'re " && c != "'m ") continue;
    if (rest.starts_with(c)) return c.size() - 1;
  }
  return 0;
}

// contraction / contracted_be: "'s" "'re" "'ve" … (or only the be-forms
// "'s" "'re" "'m"), before a space; the space stays.
struct contraction_parser : x3::parser<contraction_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  bool be_form_only = false;
  constexpr explicit contraction_parser(bool be = false) : be_form_only(be) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&,
             Attribute&) const {
    const size_t n = ContractionAt(first, last, be_form_only);
    if (n == 0) return false;
    first += static_cast<std::ptrdiff_t>(n);
    return true;
  }
};

// A personal pronoun up to the apostrophe of a contraction: "he" of "he's
// said", "they" of "they're worried" (pronouns.tsv kinds person and group:
// "it's" speaks for no one). A word parser would read "he's" whole.
struct contracted_pronoun_parser : x3::parser<contracted_pronoun_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute&) const {
    // (Most words are no pronoun: the first letter, one of those that open
    // pronouns.tsv's person and group rows, and an apostrophe within five
    // letters decide before any lookup; the test saves 2.4 M instructions
    // per MB of news. A row with another first letter must widen it.)
    if (first == last) return false;
    switch (*first) {
      case 'h': case 's': case 't': case 'w': case 'i': case 'y': break;
      default: return false;
    }
    size_t n = 1;
    while (n < 5 && first + n != last && first[n] >= 'a' && first[n] <= 'z') ++n;
    if (ContractionAt(first + n, last, false) == 0) return false;
    const PhraseTable::Entry* e =
        LexiconOf(context).pronouns().Find(std::string_view(first, n));
    if (e == nullptr || e->fields.empty() ||
        (e->fields[0] != "person" && e->fields[0] != "group")) {
      return false;
    }
    first += static_cast<std::ptrdiff_t>(n);
    return true;
  }
};

// The common part of the directives below (aside_run here; np_words,
// after_source and tails_fail_once in the *_def.hpp files): a parser of
// no attribute around a subject, which a Derived::parse runs or stands in
// for (a memo, or bytes read without X3).
template <typename Subject, typename Derived>
struct unary_directive : x3::unary_parser<Subject, Derived> {
  using base_type = x3::unary_parser<Subject, Derived>;
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  constexpr explicit unary_directive(Subject const& subject) : base_type(subject) {}
};

// unrecorded(p): p, leaving the hit's cue entry as it was. A cue parser
// records the lexicon entry it matched (for the hit's lemma); one tried in
// a lookahead after the attribution's own cue ("said, but also contended
// …": an aside holds no cue) must not overwrite the entry of "said".
template <typename Subject>
struct unrecorded_parser : unary_directive<Subject, unrecorded_parser<Subject>> {
  using unary_directive<Subject, unrecorded_parser<Subject>>::unary_directive;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context,
             RContext& rcontext, Attribute&) const {
    auto& hit = x3::get<state_tag>(context).hit;
    const auto entry = hit.cue_entry;
    const bool matched = this->subject.parse(first, last, context, rcontext, x3::unused);
    hit.cue_entry = entry;
    return matched;
  }
};
template <typename Subject>
constexpr auto unrecorded(Subject const& subject) {
  return unrecorded_parser<Subject>(subject);
}

// aside_run(*(word | char_(".()'&/-$%\"") | (',' >> &digit) | ' ')): what
// an aside runs over before its closing comma (words, the bytes ".()'&$%"",
// spaces, commas inside figures: "$30,000"), read as bytes, since an aside
// may run to the end of its clause from every comma. The subject, that
// expression, is the reference: it runs where there is no memo
// (Grammar::FindAllExhaustive), which the fast-path tests compare with.
// (In X3's char_, "/-$" is a range, and an empty one: "-" and "/" are
// taken only inside words, as WordEnd's joiners: "long-promised".
// Reading them as marks, as the set was meant, changed nothing on PolNeAR
// train.)
template <typename Subject>
struct aside_run_parser : unary_directive<Subject, aside_run_parser<Subject>> {
  using unary_directive<Subject, aside_run_parser<Subject>>::unary_directive;

  static constexpr auto kRunBytes = [] {
    std::array<bool, 256> table = kWordBytes;
    for (unsigned char c : std::string_view(".()'&$%\" ")) table[c] = true;
    return table;
  }();

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context,
             RContext& rcontext, Attribute&) const {
    if (x3::get<state_tag>(context).memo == nullptr) {
      return this->subject.parse(first, last, context, rcontext, x3::unused);
    }
    Iterator it = first;
    while (it != last) {
      const char c = *it;
      if (kRunBytes[static_cast<unsigned char>(c)]) {
        ++it;
      } else if (it + 1 != last &&
                 ((c == ',' && it[1] >= '0' && it[1] <= '9') ||
                  (IsWordJoiner(c) && it != first && IsWordByte(it[1]) &&
                   (IsWordByte(it[-1]) ||
                    (c == '-' && it[-1] == '.' && AbbreviationBefore(first, it - 1)))))) {
        it += 2;  // (the digit or word byte after it is taken too)
      } else {
        break;
      }
    }
    first = it;
    return true;
  }

  // True when the period at `period` ends a word that holds an inner one
  // ("u.s." of "u.s.-led"), which WordEnd then joins to the hyphen's word.
  template <typename Iterator>
  static bool AbbreviationBefore(Iterator first, Iterator period) {
    bool inner = false;
    for (Iterator j = period; j != first;) {
      --j;
      if (IsWordByte(*j)) continue;
      if (j == first || !IsWordJoiner(*j) || !IsWordByte(j[-1]) || !IsWordByte(j[1])) break;
      inner |= *j == '.';
    }
    return inner;
  }
};
template <typename Subject>
constexpr auto aside_run(Subject const& subject) {
  return aside_run_parser<Subject>(subject);
}

// After an aside's closing comma: its quotation marks must pair up
// (ParseState::hit.appositive), the last one standing after the comma
// ("the hacker known as "Guccifer," stated"). An unpaired mark ends a
// quotation the words belong to ("…, working-class Democrats" in 2008,
// Beck said"), and they are no aside.
struct aside_quotes_closed_parser : x3::parser<aside_quotes_closed_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute&) const {
    const ParseState& state = x3::get<state_tag>(context);
    const Range aside = state.hit.appositive;
    const char* begin = state.sentence_begin + aside.begin;
    if (std::count(begin, state.sentence_begin + aside.end, '"') % 2 == 0) return true;
    if (first == last || *first != '"') return false;
    ++first;  // the mark closing the aside's quotation
    return true;
  }
};

// A lookahead inside an aside: true when a quotation mark opened since the
// source's end (ParseState::hit.source) is still open and stands after a
// preposition, so a ",\"" here closes a title within the aside ("Hemsley,
// co-author of "Going Viral," about …, said") rather than a quotation
// ("Netanyahu, now prime minister, would "walk all over us," as …").
// Reads the text from the source's end only, as after_source's memo
// requires.
struct quote_open_in_aside_parser : x3::parser<quote_open_in_aside_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const&, Context const& context, RContext&,
             Attribute&) const {
    const ParseState& state = x3::get<state_tag>(context);
    const auto here = static_cast<size_t>(&*first - state.sentence_begin);
    if (here < state.hit.source.end) return false;  // (no source before: never)
    const std::string_view aside(state.sentence_begin + state.hit.source.end,
                                 here - state.hit.source.end);
    if (std::count(aside.begin(), aside.end(), '"') % 2 == 0) return false;
    const size_t mark = aside.rfind('"');
    if (mark < 2 || aside[mark - 1] != ' ') return false;
    const size_t word_begin = aside.rfind(' ', mark - 2) + 1;  // (npos + 1 == 0)
    return state.lexicon->FunctionKind(aside.substr(word_begin, mark - 1 - word_begin)) ==
           "np-internal";
  }
};

struct clause_end_parser : x3::parser<clause_end_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext,
            typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&,
             RContext&, Attribute&) const {
    if (first == last) return true;
    switch (*first) {
      case ',': case '.': case '!': case '?': case ';': case ':': case '"': case ')':
        return true;
      case ' ':  // " - " dash aside, or a trailing space (a no-break space
                 // folded) ending the text
        return last - first == 1 || first[1] == '-';
      default:
        return false;
    }
  }
};

// A lookahead: false only where the agentless rule (cue_def.hpp) cannot
// start: its first word is not "it", an auxiliary, adverb, "-ly" adverb,
// be-form or fixed cue-prefix phrase, and no cue phrase starts there. One
// memo entry answers what the rule's alternatives would each try (most
// words are none of these).
struct agentless_start_parser : x3::parser<agentless_start_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext,
            typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context,
             RContext& rcontext, Attribute& attribute) const {
    const WordMemo* memo = MemoAt(x3::get<state_tag>(context), first, last);
    if (memo == nullptr) return true;  // (a window cuts the word: no shortcut)
    constexpr unsigned kKinds = (1u << MemoKindBit("aux")) |
                                (1u << MemoKindBit("adverb")) |
                                (1u << MemoKindBit("passive"));
    if (memo->starts_cue_key || (memo->kinds & kKinds) != 0 ||
        ((memo->accepts >> static_cast<int>(WordFilter::kLyAdverb)) & 1u) != 0) {
      return true;
    }
    if (last - first >= 3 && first[0] == 'i' && first[1] == 't' && first[2] == ' ') {
      return true;
    }
    Iterator at = first;  // (a lookahead: first stays)
    return cue_prefix_phrase_parser{}.parse(at, last, context, rcontext, attribute);
  }
};

inline word_parser const word{WordFilter::kAny};
inline word_parser const non_cue_word{WordFilter::kNoCue};
inline word_parser const content_word{WordFilter::kContent};
inline word_parser const determiner{WordFilter::kDeterminer};
inline word_parser const quantifier{WordFilter::kQuantifier};
inline word_parser const np_internal{WordFilter::kInternal};
inline word_parser const np_word{WordFilter::kNounPhrase};
inline word_parser const np_word_no_of{WordFilter::kNounPhraseNoOf};
inline word_parser const ly_adverb{WordFilter::kLyAdverb};
inline word_parser const possessive{WordFilter::kPossessive};
inline word_parser const manner_adverb{WordFilter::kMannerAdverb};
inline word_parser const partitive_head{WordFilter::kPartitiveHead};
inline word_parser const past_verb{WordFilter::kPastVerb};
inline word_parser const past_cue{WordFilter::kPastCue};
inline clause_end_parser const clause_end{};
inline gerund_parser const gerund{};
inline count_word_parser const count_word{};
inline cue_prefix_phrase_parser const cue_prefix_phrase{};
inline noun_cue_ahead_parser const noun_cue_ahead{};
inline cue_start_parser const cue_start{};
inline agentless_start_parser const agentless_start{};
inline aside_quotes_closed_parser const aside_quotes_closed{};
inline quote_open_in_aside_parser const quote_open_in_aside{};
inline contraction_parser const contraction{};
inline contraction_parser const contracted_be{true};
inline contracted_pronoun_parser const contracted_pronoun{};

inline word_parser function_word(std::string_view kind) {
  return word_parser(WordFilter::kFunctionKind, kind);
}

inline head_word_parser head_word(std::string_view kind) {
  return head_word_parser(kind);
}
inline cue_parser cue(std::initializer_list<std::string_view> kinds) {
  return cue_parser(kinds);
}
// A cue of one of `kinds` whose lemma is a reporting verb ("said", "told"),
// never a harvested action verb ("published", "authorized").
inline cue_parser reporting_cue(std::initializer_list<std::string_view> kinds) {
  return cue_parser(kinds, &Lexicon::nesting);
}
// A cue of one of `kinds` that may stand before its source ("…," said the
// mayor): its lemma is a verb of saying or writing (lexicon quotative()),
// never one that takes an object ("…, praised the efforts of a donor").
inline cue_parser quotative_cue(std::initializer_list<std::string_view> kinds) {
  return cue_parser(kinds, &Lexicon::quotative);
}
// A cue of one of `kinds` after which a subject "it" names no one ("it
// seems that …"): its lemma is in lexicon expletive().
inline cue_parser expletive_cue(std::initializer_list<std::string_view> kinds) {
  return cue_parser(kinds, &Lexicon::expletive);
}

// What may stand between a source and its cue word, inside the cue:
// auxiliaries and adverbs ("has repeatedly said", "Sanders instead said")
// and the phrases of cue_prefix_phrase. Callers add the space after it.
inline auto const cue_prefix_word =
    function_word("aux") | function_word("adverb") | ly_adverb | cue_prefix_phrase;

}  // namespace whosaid::grammar::parser

#endif  // WHOSAID_GRAMMAR_PRIMITIVES_HPP_
