#ifndef WHOSAID_GRAMMAR_NOUN_PHRASE_DEF_HPP_
#define WHOSAID_GRAMMAR_NOUN_PHRASE_DEF_HPP_

#include "grammar/noun_phrase.hpp"
#include "grammar/primitives.hpp"

namespace whosaid::grammar::parser {

// Rule IDs
class source_np_class {};
class cited_np_class {};

// Rules
source_np_type const source_np = "source noun phrase";
cited_np_type const cited_np = "cited noun phrase";

// Grammar
// Determiners, then a content word, then more words in which prepositions
// and "and" are always followed by a content word ("a spokeswoman for the
// agency", never "officials and"); or a quantifier alone ("many believe").
// "a." inside a name is an initial, not the article ("Jock A. Finlayson");
// a count may end the phrase ("a mother of three"); "close to" joins
// insiders to what they are close to ("a source close to him"); an adverb
// before a cue is the cue's ("Cruz and his aides increasingly signaled").
auto const np_head = content_word - (manner_adverb >> ' ' >> (word - non_cue_word));
// A participle of authorship (head_words.tsv kind "authored") followed by
// its agent or a time ends the phrase: "a report released tuesday by the
// agency found" is "a report" and a reduced relative of it (attribution
// rules, reduced_passive_by), not a report called "released"; so is "a
// poll taken over the past month".
// ("the newly released report found": before its noun it is a modifier.)
auto const authored_reduced_relative =
    head_word("authored") >> ' ' >>
    (x3::lit("by ") | x3::lit("last ") | x3::lit("this ") | x3::lit("earlier ") |
     x3::lit("over the past ") | x3::lit("in the past ") | function_word("time"));
// "these" or "those" before the words of a phrase (no determiner: "those
// who …" is no phrase).
auto const demonstrative = (x3::lit("these") | x3::lit("those")) >> ' ';
// "more than 50 experts", "at least 20 officials", "a group of about 200
// protesters": a modifier before a count, with its space; before a
// fraction with its "a" too ("more than half", "just over a quarter",
// "just shy of half": the fraction heads the phrase). (Every phrase
// start tries it: the first byte picks the one modifier to compare, where
// eight literals in an X3 alternative cost 12 M instructions per MB of
// news, measured with callgrind.)
struct count_modifier_parser : x3::parser<count_modifier_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context,
             RContext& rcontext, Attribute& attribute) const {
    if (first == last) return false;
    std::string_view rest(first, static_cast<size_t>(last - first));
    const size_t just = rest.starts_with("just ") ? 5 : 0;
    rest.remove_prefix(just);
    if (rest.empty()) return false;
    std::string_view modifier;
    switch (rest[0]) {
      case 'm': modifier = "more than "; break;
      case 'f': modifier = "fewer than "; break;
      case 'l': modifier = "less than "; break;
      case 'a': modifier = rest.starts_with("at") ? "at least " : "about "; break;
      case 'n': modifier = "nearly "; break;
      case 'r': modifier = "roughly "; break;
      case 'o': modifier = "over "; break;
      case 'u': modifier = "under "; break;
      case 's': modifier = "shy of "; break;
      default: return false;
    }
    if (!rest.starts_with(modifier)) return false;
    Iterator count = first + static_cast<std::ptrdiff_t>(just + modifier.size());
    if (count_word.parse(count, last, context, rcontext, attribute)) {
      first += static_cast<std::ptrdiff_t>(just + modifier.size());
      return true;
    }
    std::string_view after = rest.substr(modifier.size());
    const size_t article = after.starts_with("a ") ? 2 : 0;
    after.remove_prefix(article);
    if (!IsFractionWord(after.substr(0, WordEnd(after, 0)))) return false;
    first += static_cast<std::ptrdiff_t>(just + modifier.size() + article);
    return true;
  }
};
inline count_modifier_parser const count_modifier{};
// "to " after a noun that takes its group with "to" (head_words.tsv kind
// "relational"): "a senior adviser to Clinton", "aides to the governor",
// "sources privy to the talks". Elsewhere "to" ends the phrase ("said to
// be", "Trump to visit").
struct relational_to_parser : x3::parser<relational_to_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute&) const {
    const ParseState& state = x3::get<state_tag>(context);
    const std::string_view rest(first, static_cast<size_t>(last - first));
    if (!rest.starts_with("to ") || first == state.sentence_begin || first[-1] != ' ') {
      return false;
    }
    const std::string_view before =
        PreviousWord({state.sentence_begin, static_cast<size_t>(last - state.sentence_begin)},
                     static_cast<size_t>(first - state.sentence_begin));
    if (!LexiconOf(context).IsHeadWord(before, "relational")) return false;
    first += 3;
    return true;
  }
};
inline relational_to_parser const relational_to{};
// True after a past form that is no name: "lowered" of "Orlen Foods
// lowered its profit forecast", where a determiner opens the verb's object,
// not more of the phrase. (past_verb tried on the word before, as the
// subject rule tries it ahead.)
struct after_past_verb_parser : x3::parser<after_past_verb_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
             Attribute& attribute) const {
    const ParseState& state = x3::get<state_tag>(context);
    const auto at = static_cast<size_t>(first - state.sentence_begin);
    if (at < 2 || first[-1] != ' ') return false;
    const std::string_view before = PreviousWord({state.sentence_begin, at}, at);
    Iterator word = before.data();
    return !before.empty() && past_verb.parse(word, last, context, rcontext, attribute) &&
           word == before.data() + before.size();
  }
};
inline after_past_verb_parser const after_past_verb{};
// ("a lawyer for one of them": a group named by a pronoun after "of" ends
// the phrase, as it ends a partitive)
auto const of_pronoun = x3::lit("of ") >> (x3::lit("them") | x3::lit("us")) >> !x3::alnum;
// "in an interview with the Times", "in a statement": how something was
// said (head_words.tsv kind "channel"), no part of who said it ("…," said
// Smith in an interview with …).
auto const channel_phrase =
    (x3::lit("in ") | x3::lit("during ")) >> *(determiner >> ' ') >>
    -(word >> ' ' >> &head_word("channel")) >> head_word("channel");
// "called a charlatan by fellow physicians for promoting cures", "sued by
// the NAACP for targeting borrowers": "for" before a gerund gives a
// reason, no part of who.
auto const for_reason = x3::lit("for ") >> gerund;
auto const np_tail =
    !channel_phrase >> !for_reason >>
    ((x3::lit("a.") >> &x3::lit(' ')) | (x3::lit("of ") >> count_word) | of_pronoun |
     (x3::lit("close to ") >> word) |
     // (a demonstrative only after a preposition: "a strategist for one of
     // these candidates", "one of the authors of that report", not "leaders
     // share these fears", "said that officials")
     (-(+((np_internal >> ' ') | relational_to) >>
        -(demonstrative | ((x3::lit("this") | x3::lit("that")) >> ' ') | count_modifier)) >>
      // (after a determiner an "-ing" word is a noun, though it may start a
      // participle cue: "an official familiar with the planning")
      // (no determiner right after a past form: "Orlen Foods lowered its
      // profit forecast" is a clause, no source of "forecast")
      ((!after_past_verb >> +(determiner >> ' ') >> (np_head | gerund)) |
       (np_head - authored_reduced_relative))));
// A source of more than a dozen content words is no source: the bound also
// keeps every attempt short in a run of titles ("Sen. Gov. Dr. …" × 10^5).
constexpr int kMaxNpWords = 12;
// x3::repeat(0, kMaxNpWords)[subject], where subject is always ' ' >>
// np_tail: every attempt re-reads the same phrase from each of its words
// ("the mayor of the city" from "the", then "mayor", …), so the end of one
// step at each offset is kept in the word memo. Only when the window is
// the whole sentence (the step then depends on its offset alone); else,
// and without a memo (Grammar::FindAllExhaustive), the plain repeat.
template <typename Subject>
struct np_words_parser : unary_directive<Subject, np_words_parser<Subject>> {
  using unary_directive<Subject, np_words_parser<Subject>>::unary_directive;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context,
             RContext& rcontext, Attribute&) const {
    const ParseState& state = x3::get<state_tag>(context);
    if (!MemoCoversWindow(state, last)) {
      return x3::repeat(0, kMaxNpWords)[this->subject].parse(first, last, context, rcontext,
                                                             x3::unused);
    }
    for (int i = 0; i < kMaxNpWords; ++i) {
      uint32_t& step = (*state.memo)[static_cast<size_t>(first - state.sentence_begin)].np_step;
      if (step == 0) {
        Iterator end = first;
        step = this->subject.parse(end, last, context, rcontext, x3::unused)
                   ? static_cast<uint32_t>(end - state.sentence_begin)
                   : kNoNpStep;
      }
      if (step == kNoNpStep) break;
      first = state.sentence_begin + step;
    }
    return true;
  }
};
template <typename Subject>
constexpr auto np_words(Subject const& subject) {
  return np_words_parser<Subject>(subject);
}
// A short parenthetical after a name: party and state "(r-utah)", an
// affiliation "(cnn)". Bounded so an unclosed bracket cannot run on.
auto const parenthetical =
    x3::lit(" (") >> x3::repeat(1, 40)[~x3::char_("()\"")] >> ')';
// "those close to him" (after a noun, "a source close to the campaign",
// np_tail takes "close to").
auto const close_to =
    x3::lit("those") >> " close to " >> word >> np_words(' ' >> np_tail);
// "three in 10 (voters)", "one out of four", "2 in 5": a poll's share.
auto const share_np = -(x3::lit("about ") | x3::lit("nearly ") | x3::lit("almost ")) >>
                      count_word >> (x3::lit(" in ") | x3::lit(" out of ")) >> count_word >>
                      np_words(' ' >> np_tail);
// Determiners, a content word and its tail: "the mayor of the city".
// ("42% of voters", "42% say": a figure keeps its percent sign)
// ("those people said": a demonstrative before the words, as after "of")
// ("almost half of voters", "the almost casual remarks": the adverb
// "almost" may stand before the head; it names no one alone, "a passion
// that almost suggested".)
// ("more than 50 experts": count_modifier)
// ("officials there said", "residents here say": a place adverb after the
// words belongs to the phrase.)
auto const place_adverb = (x3::lit(" there") | x3::lit(" here")) >> !x3::alnum;
auto const plain_np = -demonstrative >> *(determiner >> ' ') >> -count_modifier >>
                      -x3::lit("almost ") >> content_word >> -x3::lit('%') >>
                      np_words(' ' >> np_tail) >> -parenthetical >> -place_adverb;
// A part of a group: "many of them say", "most of the voters", "two of
// those officials", "one of whom told" (a partitive relative); or of those
// in or at a place: "some in the party say", "many in Congress believe",
// "those in the room said", "several at the meeting said". The whole
// phrase is the source; typing heads it on the group.
// (One memoised word test at each phrase start, not a dozen literals.)
auto const partitive =
    (partitive_head >> x3::lit(" of ") >>
     (((x3::lit("whom") | x3::lit("them") | x3::lit("us") | x3::lit("you")) >> !x3::alnum) |
      plain_np)) |
    ((partitive_head | x3::lit("those")) >> (x3::lit(" in ") | x3::lit(" at ")) >> plain_np);
// (A partitive is tried before the plain phrase, which would take "all"
// alone out of "all of them"; it fails at the first word of most phrases.)
// "those who attended said": the relative clause is the source's aside.
auto const those_who = x3::lit("those") >> &x3::lit(" who ");
// "the two said", "the three wrote": a count after "the" stands for the
// people counted (after the plain phrase, which takes "the two men");
// "the other said": the other one of a pair ("other" is a determiner:
// "other officials").
auto const the_count =
    x3::lit("the ") >> (count_word | (x3::lit("other") >> !x3::alnum));
auto const source_np_def =
    share_np | close_to | partitive | plain_np | quantifier | those_who | the_count;
auto const cited_np_no_of_tail =
    *((np_internal - x3::lit("of")) >> ' ') >> *(determiner >> ' ') >> content_word;
auto const cited_np_def =
    *(determiner >> ' ') >> content_word >> *(' ' >> cited_np_no_of_tail);

BOOST_SPIRIT_DEFINE(source_np, cited_np)

}  // namespace whosaid::grammar::parser

namespace whosaid::grammar {
parser::source_np_type source_np() { return parser::source_np; }
parser::cited_np_type cited_np() { return parser::cited_np; }
}  // namespace whosaid::grammar

#endif  // WHOSAID_GRAMMAR_NOUN_PHRASE_DEF_HPP_
