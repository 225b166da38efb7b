#ifndef WHOSAID_GRAMMAR_ATTRIBUTION_DEF_HPP_
#define WHOSAID_GRAMMAR_ATTRIBUTION_DEF_HPP_

#include "grammar/attribution.hpp"
#include "grammar/cue.hpp"
#include "grammar/noun_phrase.hpp"
#include "grammar/primitives.hpp"

namespace whosaid::grammar::parser {

// Semantic actions: each writes one field of the hit being assembled.
namespace actions {

template <typename Context>
Hit& HitOf(const Context& context) {
  return x3::get<state_tag>(context).hit;
}

template <typename Context, typename Iterator>
uint32_t Offset(const Context& context, Iterator it) {
  return static_cast<uint32_t>(it - x3::get<state_tag>(context).sentence_begin);
}

template <typename Context>
Range RangeOf(const Context& context) {
  const auto& r = x3::_attr(context);
  return {Offset(context, r.begin()), Offset(context, r.end())};
}

auto const reset = [](auto& ctx) { HitOf(ctx) = Hit{}; };
// Clears all but the source and its aside (parsed once for several tails).
auto const clear_tail = [](auto& ctx) {
  Hit& hit = HitOf(ctx);
  const Range source = hit.source;
  const Range appositive = hit.appositive;
  hit = Hit{};
  hit.source = source;
  hit.appositive = appositive;
};
auto const source = [](auto& ctx) { HitOf(ctx).source = RangeOf(ctx); };
// The source runs on to the end of what was matched.
auto const extend_source = [](auto& ctx) { HitOf(ctx).source.end = RangeOf(ctx).end; };
auto const cue = [](auto& ctx) {
  const uint32_t entry = HitOf(ctx).cue_entry;  // set by the cue parser
  HitOf(ctx).cue = RangeOf(ctx);
  HitOf(ctx).cue_entry = entry;
};
auto const recipient = [](auto& ctx) { HitOf(ctx).recipient = RangeOf(ctx); };
auto const appositive = [](auto& ctx) { HitOf(ctx).appositive = RangeOf(ctx); };
auto const content_here = [](auto& ctx) {
  HitOf(ctx).content_begin = Offset(ctx, x3::_where(ctx).begin());
};
// Fails the parse unless a word of the source is one that speaks or holds
// evidence (source_nouns.tsv, head_words.tsv kinds "reporting" and
// "evidence"): "citing reports of flooding", "citing a statement from the
// highway department that …", not "citing the release of prisoners" (the
// main clause's speaker cites that). Run only once "citing X of" matched.
auto const cited_speaks = [](auto& ctx) {
  const auto& state = x3::get<state_tag>(ctx);
  const Lexicon& lexicon = LexiconOf(ctx);
  const Range r = HitOf(ctx).source;
  std::string_view rest(state.sentence_begin + r.begin, r.end - r.begin);
  bool speaks = false;
  while (!speaks && !rest.empty()) {
    const size_t space = rest.find(' ');
    const std::string_view word = rest.substr(0, space);
    speaks = lexicon.source_nouns().Find(word) != nullptr ||
             lexicon.IsHeadWord(word, "reporting") || lexicon.IsHeadWord(word, "evidence");
    rest.remove_prefix(space == std::string_view::npos ? rest.size() : space + 1);
  }
  x3::_pass(ctx) = speaks;
};
// The appositive, if before a relative clause it holds a word that names a
// person's role (Lexicon::NamesRole): "a glaciologist at the university",
// "the agency spokeswoman"; else fails the parse, "the economy grew". Run on
// an opening "according to NAME, …," (according_aside).
auto const role_appositive = [](auto& ctx) {
  const auto& state = x3::get<state_tag>(ctx);
  const Lexicon& lexicon = LexiconOf(ctx);
  const Range r = RangeOf(ctx);
  std::string_view rest(state.sentence_begin + r.begin, r.end - r.begin);
  bool role = false;
  while (!role && !rest.empty()) {
    const size_t space = rest.find(' ');
    const std::string_view word = rest.substr(0, space);
    if (word == "who" || word == "that") break;
    role = lexicon.NamesRole(word);
    rest.remove_prefix(space == std::string_view::npos ? rest.size() : space + 1);
  }
  if (role) HitOf(ctx).appositive = r;
  x3::_pass(ctx) = role;
};
// Fails the parse unless the source's last word names a text or evidence
// (source_nouns.tsv type DOCUMENT, head_words.tsv kinds "reporting" and
// "evidence"): "A study published in the journal …", not "Trump said on
// Fox News voters …". Run only once such a participle and place matched.
auto const document_source = [](auto& ctx) {
  const auto& state = x3::get<state_tag>(ctx);
  const Lexicon& lexicon = LexiconOf(ctx);
  const Range r = HitOf(ctx).source;
  const std::string_view word =
      PreviousWord({state.sentence_begin, r.end}, r.end);
  const auto* noun = lexicon.source_nouns().Find(word);
  x3::_pass(ctx) = (noun != nullptr && noun->fields[0] == "DOCUMENT") ||
                   lexicon.IsHeadWord(word, "reporting") || lexicon.IsHeadWord(word, "evidence");
};
// Fails the parse unless a be-form stands before the cue, past adverbs
// ("was also endorsed", "has been widely condemned"): only a passive has
// an agent a few words on. Run only once such an agent matched.
auto const cue_after_be_form = [](auto& ctx) {
  const auto& state = x3::get<state_tag>(ctx);
  const Lexicon& lexicon = LexiconOf(ctx);
  const std::string_view s(state.sentence_begin,
                           static_cast<size_t>(state.sentence_end - state.sentence_begin));
  size_t pos = HitOf(ctx).cue.begin;
  for (int words = 0; words < 3; ++words) {
    const std::string_view before = PreviousWord(s, pos);
    if (lexicon.FunctionKind(before) == "passive") {
      x3::_pass(ctx) = true;
      return;
    }
    if (before.empty() ||
        (lexicon.FunctionKind(before) != "adverb" && !LooksLikeLyAdverb(before))) {
      break;
    }
    pos = static_cast<size_t>(before.data() - s.data());
  }
  x3::_pass(ctx) = false;
};
// Fails the parse when the source's last word is a heading label
// (head_words.tsv kind "label": "The Latest:", "BYLINE:", "Q:"). Run only
// once a colon lead-in has matched, so no other attempt pays for it.
auto const source_not_label = [](auto& ctx) {
  const auto& state = x3::get<state_tag>(ctx);
  const Range r = HitOf(ctx).source;
  std::string_view source(state.sentence_begin + r.begin, r.end - r.begin);
  const size_t space = source.rfind(' ');
  if (space != std::string_view::npos) source.remove_prefix(space + 1);
  x3::_pass(ctx) = !LexiconOf(ctx).IsHeadWord(source, "label");
};
// Fails the parse unless it is at the sentence start (after nothing but
// quotation marks and brackets) or right after a spaced dash, the places
// PlacedWell (parse.cpp) accepts a colon lead-in: elsewhere its source is
// not parsed at all.
// (Exact: where the lead-in's source matches, asked_opening, the only
// alternative after it, cannot, so failing early changes no result. An
// alternative added after colon_lead_in must keep that true: where the
// lead-in would have matched elsewhere, the attempt used to yield
// nothing.)
auto const at_lead_in_start = [](auto& ctx) {
  const auto& state = x3::get<state_tag>(ctx);
  const auto pos = static_cast<size_t>(x3::_where(ctx).begin() - state.sentence_begin);
  const std::string_view s(state.sentence_begin, pos);
  x3::_pass(ctx) = StartsSentence(s, pos) || FollowsDash(s, pos);
};

// Fails the parse unless the sentence has had a participial hit: a
// participle after "and" then coordinates with it ("…, calling them
// rapists and vowing to make Mexico pay").
auto const after_participle = [](auto& ctx) {
  x3::_pass(ctx) = x3::get<state_tag>(ctx).after_participle;
};

// Fails the parse unless the word before (all since the last space:
// "trump's" whole, which PreviousWord would cut at the apostrophe) is a
// possessive or an "-ly" adverb: then a past form that follows modifies a
// noun ("Trump's embattled campaign", "the newly elected mayor") instead
// of being the verb.
auto const after_modifier = [](auto& ctx) {
  const auto& state = x3::get<state_tag>(ctx);
  std::string_view before(state.sentence_begin,
                          static_cast<size_t>(x3::_where(ctx).begin() - state.sentence_begin));
  while (before.ends_with(' ')) before.remove_suffix(1);
  const size_t space = before.rfind(' ');
  const std::string_view word = space == std::string_view::npos ? before : before.substr(space + 1);
  x3::_pass(ctx) = IsPossessiveWord(word) || IsLyWord(word);
};

// Fails the parse unless the cue opens the sentence ("Said Marcus Lee, a
// paramedic: …"), where the content follows the source and its aside.
auto const cue_opens_sentence = [](auto& ctx) {
  const auto& state = x3::get<state_tag>(ctx);
  const uint32_t cue_begin = HitOf(ctx).cue.begin;
  x3::_pass(ctx) = StartsSentence(std::string_view(state.sentence_begin, cue_begin), cue_begin);
};

// Fails the parse unless the cue follows a quotation closed by a comma,
// question or exclamation mark ("…," said X): there the source after the
// cue need not end its clause ("…," said the base chief known as Bob,
// speaking …; "…," said a former official who oversaw the inquiry and
// described …), and any aside a failed tail recorded is dropped.
auto const after_quotation = [](auto& ctx) {
  const auto& state = x3::get<state_tag>(ctx);
  const std::string_view before(state.sentence_begin, HitOf(ctx).cue.begin);
  x3::_pass(ctx) = before.ends_with(",\" ") || before.ends_with("?\" ") ||
                   before.ends_with("!\" ");
  HitOf(ctx).appositive = Range{};
};

// Fails the parse when a comma or a quotation stands right before the
// source: "…, he said, the latter a reference to …" is inverted, its
// content before it.
auto const source_not_inverted = [](auto& ctx) {
  const auto& state = x3::get<state_tag>(ctx);
  const Range source = HitOf(ctx).source;
  x3::_pass(ctx) = !FollowsCommaOrQuote(
      std::string_view(state.sentence_begin, source.begin), source.begin);
};

// Fails the parse unless a comma or a quotation stands right before the
// source: "…, Blackwell maintains." is inverted, its content before it.
// (Not for a verb of seeming, "When the judge entered, Smith appeared.",
// nor "question", mostly a noun there: "asked uniform, concrete questions".)
auto const source_inverted = [](auto& ctx) {
  const auto& state = x3::get<state_tag>(ctx);
  const Hit& hit = HitOf(ctx);
  const std::string_view lemma = LexiconOf(ctx).cues().entry(hit.cue_entry).fields[1];
  x3::_pass(ctx) = lemma != "seem" && lemma != "appear" && lemma != "question" &&
                   FollowsCommaOrQuote(std::string_view(state.sentence_begin, hit.source.begin),
                                       hit.source.begin);
};

// Fails the parse unless a verb whose purpose this is stands before
// (PurposeVerbBefore): "took to Twitter to say".
auto const after_purpose_verb = [](auto& ctx) {
  const auto& state = x3::get<state_tag>(ctx);
  const std::string_view s(state.sentence_begin,
                           static_cast<size_t>(state.sentence_end - state.sentence_begin));
  const auto at = static_cast<size_t>(x3::_where(ctx).begin() - state.sentence_begin);
  x3::_pass(ctx) = PurposeVerbBefore(LexiconOf(ctx), s, at) != std::string_view::npos;
};

// Fails the parse unless the word here is shaped like an adjective or an
// adverb ("repeated", "original", "recent", "implicit", "persistent",
// "strikingly", "evidence-free"): a modifier of the noun after it, not a
// noun heading a phrase of its own ("her allies fear …", "this week's FBI
// warnings").
auto const modifier_shaped = [](auto& ctx) {
  const auto& state = x3::get<state_tag>(ctx);
  const std::string_view rest(x3::_where(ctx).begin(),
                              static_cast<size_t>(state.sentence_end - x3::_where(ctx).begin()));
  const std::string_view word = rest.substr(0, WordEnd(rest, 0));
  bool shaped = IsPastShaped(word) || IsLyWord(word) ||
                (word.size() > 4 && word.find('-') != std::string_view::npos);
  for (std::string_view ending : {"al", "ent", "ant", "ic", "ive", "ous", "ful"}) {
    if (word.size() > ending.size() + 2 && word.ends_with(ending)) shaped = true;
  }
  x3::_pass(ctx) = shaped;
};

// Keep and bring back hit.cue_entry around a branch that may overwrite it
// and fail (a relative "which" source tries a reporting cue).
auto const save_cue_entry = [](auto& ctx) {
  x3::get<state_tag>(ctx).saved_cue_entry = HitOf(ctx).cue_entry;
};
auto const restore_cue_entry = [](auto& ctx) {
  HitOf(ctx).cue_entry = x3::get<state_tag>(ctx).saved_cue_entry;
};

// Returns an action that records `pattern`.
inline auto pattern(Pattern p) {
  return [p](auto& ctx) { HitOf(ctx).pattern = p; };
}

}  // namespace actions

// Rule IDs
class attribution_class {};
class subject_class {};

// Rules
attribution_type const attribution = "attribution";
subject_type const subject = "subject";

// Grammar
namespace a = actions;
using x3::eps;
using x3::lit;
using x3::raw;

auto const sp = lit(' ');
// The "that" that opens a clause after a cue, which is no part of what was
// said; before an auxiliary or a be-form "that" is the clause's subject
// and is ("said that was wrong", "insisted that would never happen").
auto const that_opener = lit("that ") >> !(function_word("aux") | function_word("passive"));
// A relative "who" is a source too ("Smith, who said …"); typing resolves
// it like a pronoun. A relative "which" speaks only before a reporting verb
// and its clause, before "said"/"says" and any clause, or before any speech
// cue and "that" ("the department, which said that …", "the federation,
// which said its members …", "the union, which contended that …"; before
// "called", which names what it says: "the White House, which called them
// "reckless""; "the expansion, which would have added three routes" is no
// speaker).
auto const src = raw[source_np() | (lit("who") >> &(sp | lit(','))) |
                     (lit("which") >> &(sp >> *((function_word("aux") | function_word("adverb") |
                                                 ly_adverb) >> sp) >>
                                        ((reporting_cue({"speech", "tell"}) >>
                                          (lit(" that ") | lit(", \"") | lit(": ") | lit(" \"") |
                                           clause_end)) |
                                         (cue({"speech", "speech-that"}) >> lit(" that ")) |
                                         ((lit("said") | lit("says")) >> sp) |
                                         (lit("called") >> sp))))][a::source];
// SOURCE[, APPOSITIVE,] before a cue
// or SOURCE who/that … before a cue ("an official who spoke on condition
// of anonymity said")
// An appositive may hold abbreviations, hyphens, brackets and possessives
// ("r-ky.", "(d-n.y.)", "veterans'"), never a cue word.
// A word of a relative clause: anything but the start of a speech, tell or
// describe cue, which would end the clause ("who was not authorized to
// discuss the talks said").
// Only a reporting verb ends the clause: "who was not authorized to
// discuss the budget, which was not published, said".
// (A phrase of not_cues.tsv is no reporting verb: "an aide who asked not
// to be named said".)
auto const clause_word =
    (word - reporting_cue({"speech", "tell", "describe"})) | (not_cue_start >> word);
// What an aside holds besides words: abbreviations, brackets, figures
// ("which earned $30 billion, or 12%, last year", "of 30,000 members").
// (A quoted title may stand in an aside: "the hacker known as "Guccifer,"
// stated", the comma inside its closing mark: aside_quotes_closed.)
auto const aside_mark = x3::char_(".()'&/-$%\"") | (lit(',') >> &x3::digit) | sp;
// Past its first word an aside may hold cue words ("Beck, who supported
// Cruz and opposed Trump, said"): the comma closing it comes first.
// (Read as bytes by aside_run.)
auto const aside_piece = word | aside_mark;
// A later aside holds no reporting verb, as a relative clause: "Hier, the
// founder, has said that while he fears it, …" has one aside, not a second
// one running to the comma after "fears it" (X3's repeat keeps what it took
// and never gives an aside back). Nor does it open with a speech cue after
// an adverb: "Bush, Florida's former governor, also attacked Trump, with
// whom …" has one aside.
auto const later_aside_piece = clause_word | aside_mark;
auto const plural_time =
    (lit("days") | lit("weeks") | lit("months") | lit("years")) >> !x3::alnum;
// "on monday", "this week", "last month", "in 2010": between source and cue.
// "on thursday evening", "late last week": time words may run on.
// "this past week", "less than two weeks ago": a count, a plural, "ago".
// "earlier this week", "later in the day", "long ago": words that open a
// time may run on, and "ago" may stand alone after one.
// "over the past two weeks", "during the weekend": a span.
// ("day" is a time word here only: "Day said" names a person.)
// (It may end before the comma of an aside: "Veterans at rallies this week,
// including Mr. Jebens, said".)
auto const time_word = function_word("time") | (lit("day") >> !x3::alnum);
auto const time_phrase =
    sp >> -((lit("just") | lit("less than") | lit("more than")) >> sp) >>
    *((lit("on") | lit("this") | lit("last") | lit("next") | lit("earlier") | lit("later") |
       lit("late") | lit("long") | lit("in the") | lit("in") | lit("past") | lit("over the") |
       lit("during the")) >>
      sp) >>
    ((((time_word | (-(count_word >> sp) >> plural_time) | +x3::digit) % sp) >>
      -(sp >> lit("ago"))) |
     lit("ago")) >>
    &(sp | lit(", "));
// An aside opens with a word that is no cue, or with a participle that
// cannot be the main verb: "Salceda, citing data from the state
// department, said", "Peña Nieto, contradicting Trump, said", "Cruz, asked
// about the plan, said", "Cruz, when asked what is wrong, responded".
auto const aside_start =
    non_cue_word | cue({"participle", "cite", "agentless-passive", "agentless-adverb"}) |
    // (a past participle with a time or an agent after it: "The judge's
    // order, issued late Friday, said", "…, issued by the court, said"; one
    // of authorship with a place: "The study, published in the Lancet,
    // suggests")
    (past_cue >> &(time_phrase | lit(" by "))) |
    (head_word("authored") >> &(lit(" in ") | lit(" on ")));

// after_source[p]: p (times and asides, which always succeed) read once per
// offset where a source ends. Every word of "the former secretary of state
// said" starts an attempt whose source ends before "said"; what follows is
// the same for all of them. Exact: p reads no state but the text, and sets
// nothing but hit.appositive, which the memo keeps. Used only where the
// hit has no aside yet (source_led's and as_source_cue's sources, after a
// reset) and the window is the whole sentence, as the other memos.
template <typename Subject>
struct after_source_parser : unary_directive<Subject, after_source_parser<Subject>> {
  using unary_directive<Subject, after_source_parser<Subject>>::unary_directive;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context,
             RContext& rcontext, Attribute&) const {
    ParseState& state = x3::get<state_tag>(context);
    Hit& hit = state.hit;
    if (!MemoCoversWindow(state, last) || !hit.appositive.empty()) {
      return this->subject.parse(first, last, context, rcontext, x3::unused);
    }
    const auto offset = static_cast<uint32_t>(first - state.sentence_begin);
    WordMemo& memo = (*state.memo)[offset];
    if (memo.after_source_end == 0) {
      Iterator end = first;
      const Range before = hit.appositive;
      if (!this->subject.parse(end, last, context, rcontext, x3::unused)) {
        hit.appositive = before;  // (p always succeeds: never reached)
        return false;
      }
      const auto length = static_cast<uint32_t>(end - first);
      const Range aside = hit.appositive;
      if (length >= 0xffff || (!aside.empty() && aside.end - offset > 0xffff)) {
        first = end;  // too far for the memo's 16 bits: not kept
        return true;
      }
      memo.after_source_end = static_cast<uint16_t>(length + 1);
      memo.aside_begin = aside.empty() ? 0 : static_cast<uint16_t>(aside.begin - offset);
      memo.aside_length = aside.empty() ? 0 : static_cast<uint16_t>(aside.end - aside.begin);
      first = end;
      return true;
    }
    if (memo.aside_length != 0) {
      hit.appositive = {offset + memo.aside_begin, offset + memo.aside_begin + memo.aside_length};
    }
    first += memo.after_source_end - 1;
    return true;
  }
};
template <typename Subject>
constexpr auto after_source(Subject const& subject) {
  return after_source_parser<Subject>(subject);
}

// "Bob, they said, ordered …": between commas, a speaker and a reporting
// verb are an attribution of their own, no aside of the source before.
auto const parenthetical_saying =
    source_np() >> sp >> *((function_word("aux") | function_word("adverb")) >> sp) >>
    speech_cue() >> lit(',');
// A later aside opens after a comma, or after one inside the mark closing
// a title ("Hemsley, co-author of "Going Viral," about the spread of news,
// said").
// (Not after a comma before an opening mark: "The party, typically
// attended by hundreds, "allows us to get our message out," said Frank
// Coleman" holds a quotation, no aside.)
auto const later_aside_comma =
    lit(", ") | (&lit(",\" ") >> quote_open_in_aside >> lit(",\" "));
// A be-form, or a verb that links its subject to a state as one does
// ("remain confident that": function_words.tsv kind "linking").
auto const be_or_linking = function_word("passive") | function_word("linking");
// Where a cue tail may start after a source (source_led below).
auto const tail_gate = &(-(contraction >> sp) >> *(cue_prefix_word >> sp) >>
                         (cue_start | be_or_linking));
// "A news report published Wednesday said", "a report issued earlier this
// year reported", "a study released tuesday found": a past participle (a
// cue's, or one of authorship) with a time after the source is a
// reduced relative of it, not the cue, when a cue follows; the source runs
// on to its end. (Not with an agent: "an article cited by her campaign"
// is an attribution of its own, passive_by.)
// ("Officials reported on Sunday that …": no cue after, "reported" is one.)
auto const reduced_passive =
    raw[sp >> (past_cue | head_word("authored")) >> time_phrase >>
        &(sp >> *(cue_prefix_word >> sp) >> ((word - non_cue_word) | function_word("passive")))]
       [a::extend_source];
auto const subject_pronoun =
    (lit("he") | lit("she") | lit("they") | lit("we") | lit("it") | lit("i") | lit("you")) >>
    !x3::alnum >> !lit('\'');
auto const place_word = non_cue_word - ((lit("that") >> !x3::alnum) | subject_pronoun);
// "A study published in the journal Clinical Reports last month found":
// a text's participle may have a place (up to six words, no clause) before
// its time.
auto const reduced_passive_place =
    raw[sp >> past_cue >> sp >> (lit("in") | lit("on")) >> x3::repeat(1, 6)[sp >> place_word] >>
        -time_phrase >> eps[a::document_source] >>
        &(sp >> *(cue_prefix_word >> sp) >> ((word - non_cue_word) | function_word("passive")))]
       [a::extend_source];
// "A study published last year by researchers at Northfield University
// found", "a report released Tuesday by the agency found": a text's
// participle of authorship (head_words.tsv kind "authored") may have its
// author (up to eight words, no clause) after it. (Not every participle:
// "an article cited by her campaign said" is an attribution of its own.)
// (Tried before reduced_passive, which would end the source at the time.)
auto const reduced_passive_by =
    raw[sp >> head_word("authored") >> -time_phrase >> lit(" by") >>
        x3::repeat(1, 8)[sp >> place_word] >> eps[a::document_source] >>
        &(sp >> *(cue_prefix_word >> sp) >> ((word - non_cue_word) | function_word("passive")))]
       [a::extend_source];
auto const src_aside =
    src >> -(reduced_passive_by | reduced_passive | reduced_passive_place) >>
    after_source(-time_phrase >>
    // up to four asides: "Scott Pruitt, the attorney general of Oklahoma,
    // one of the states suing, said"; "Cory James, 22, of Flint, Mich., said"
    -((lit(", ") >> !parenthetical_saying >>
       raw[aside_start >> aside_run(*aside_piece) >>
           // (a time and a cue after the comma are the main clause's: "Ryan,
           // the Speaker, on Tuesday called the remarks racist, a rebuke")
           x3::repeat(0, 3)[!(lit(',') >> time_phrase >> sp >> *(cue_prefix_word >> sp) >>
                              cue_start) >>
                            later_aside_comma >> !speech_cue() >> non_cue_word >>
                            *later_aside_piece >> &lit(',')]]
          [a::appositive] >>
       ',' >> aside_quotes_closed) |
             // (a "that" before a determiner opens a that-clause, not a
             // relative one: "so narrow that many economists believe")
             // (and the name after it: "The engineer who designed the
             // bridge, Paul Ortiz, said"; or a short aside of any words but
             // cues: "The judges who ruled that …, for instance, said")
             // (its verb may be a reporting one, the clause's cue that
             // comes later: "Residents who testified at the hearing said")
             (sp >> raw[(lit("who") | (lit("that") >> !(sp >> determiner))) >> sp >> word >>
                        *(sp >> clause_word)]
                       [a::appositive] >>
              -(lit(", ") >>
                raw[non_cue_word >> x3::repeat(0, 3)[sp >> non_cue_word]][a::appositive] >>
                lit(',') >> &(sp >> cue_start))) |
             // a dash aside: "Rep. Lois Frankel - like Reid, a supporter of
             // Murphy - recalled"
             // ("--" typed for a dash: "Kall -- co-editor of the book -- said")
             ((lit(" - ") | lit(" -- ")) >>
              raw[+(word | x3::char_(".,()'&/\"") | (sp >> !lit('-')))][a::appositive] >>
              lit(" -") >> -lit('-'))) >>
    // (and a time after the aside: "Ryan, the Speaker, on Tuesday called …")
    -time_phrase);
auto const content = eps[a::content_here];
// "said Monday", "said on Tuesday" before the content or the clause end:
// the time is not what was said.
// ("announced Monday morning", "said Friday afternoon": one more time word.)
auto const time_after_cue =
    sp >> -((lit("on") | lit("last") | lit("this") | lit("late") | lit("earlier")) >> sp) >>
    function_word("time") >> -(sp >> function_word("time")) >> !x3::alnum;

// in what SOURCE described as CONTENT
auto const in_what_described_as =
    lit("in what ") >> src >> sp >> raw[describe_cue() >> " as"][a::cue] >> sp >>
    content >> eps[a::pattern(Pattern::kInWhatDescribedAs)];

// according to SOURCE (content on the other side of the comma)
// (The source may hold cue words: "according to Democrats involved in the
// negotiations", "according to show insiders".)
// (A title may be quoted: "according to the “Medicare for all” document",
// "according to ''The Trumps''".)
// (A content word first, which keeps a title's period: "according to
// Dr. Hanna Lund", not "Dr".)
auto const quoted_title = lit('"') >> x3::repeat(1, 80)[~x3::char_('"')] >> lit('"');
auto const according_words = (content_word | word | quoted_title) % sp;
// "According to Hanna Lund, a glaciologist who was not involved, the
// figures …": opening its sentence, a name (no determiner before it) may
// have an aside naming a role, a noun phrase and its relative clause,
// before the comma of its content. (Not after "the report": "According to
// the report, the economy, which …"; nor a clause: "According to Smith, the
// economy grew, but …".)
auto const according_aside =
    eps[a::cue_opens_sentence] >> !determiner >> raw[according_words][a::source] >>
    lit(", ") >> &((lit("a") | lit("an") | lit("the")) >> sp) >>
    raw[source_np() >> -(sp >> (lit("who") | lit("that")) >> +(sp >> clause_word)) >>
        &lit(", ")][a::role_appositive];
// "according to former Sen. Scott Brown, R-Mass.": a party and state
// after a comma are the source's.
auto const party_tag = (lit("r-") | lit("d-") | lit("i-")) >> +(x3::alpha | x3::char_('.'));
auto const according_to = raw[cue({"according"})][a::cue] >> sp >>
                          (according_aside |
                           raw[according_words >> -(lit(", ") >> party_tag >> &clause_end)]
                              [a::source]) >>
                          // (or a bracket: "according to exit polls (a
                          // sizable margin)")
                          &(clause_end | lit(" (")) >>
                          eps[a::pattern(Pattern::kAccordingTo)];

// SOURCE's NOUN that CONTENT: "Trump's claim that …", "his warning that …"
// (noun_cue_ahead: no attempt where no noun cue follows in the sentence.)
// (Words stand before an apostrophe's possessive only, "the senator's":
// "his" is a determiner and the whole source, not "repeated his".)
auto const possessive_noun =
    noun_cue_ahead >>
    raw[(*(determiner >> sp) >> *((content_word - possessive) >> sp) >>
         (possessive - determiner)) |
        possessive]
       [a::source] >>
    // ("Their fear is that …", "Beck's contention was that …": the be-form
    // is part of the cue)
    // (up to two modifiers before the noun are the cue's: "Trump's repeated
    // claims that …", "his original pledge to …")
    sp >> raw[x3::repeat(0, 2)[!cue({"noun"}) >> eps[a::modifier_shaped] >>
                                (content_word - possessive) >> sp] >>
              cue({"noun"}) >>
              -(sp >> (lit("is") | lit("was")) >> &lit(" that "))][a::cue] >>
    ((lit(" that ") >> content) |
     // "Trump's attacks on the press", "his support for the bill", "her
     // refusal to testify": the noun's complement is what is attributed
     (sp >> &((lit("of") | lit("on") | lit("for") | lit("to") | lit("against") |
               lit("about")) >> sp) >> content)) >>
    eps[a::pattern(Pattern::kPossessiveNoun)];

// in POLL, CONTENT: "in the latest CNN poll, Trump led" (not "ahead in
// the polls.": PolNeAR marks a poll as a source in under half of those)
// Mid-sentence, one named or dated poll is a source too ("led in a recent
// CNN/ORC poll", "39 percent in Monday's poll"), but "the polls" is not.
auto const evidence_agent =
    sp >> !((lit("a") | lit("an") | lit("as") | lit("far") | count_word) >> !x3::alnum) >>
    word >> x3::repeat(0, 11)[sp >> word];
auto const in_poll =
    raw[cue({"in-evidence"})][a::cue] >> sp >>
    ((raw[-((lit("this") | lit("that") | lit("these")) >> sp) >>
          *((np_word - head_word("evidence")) >> sp) >> head_word("evidence") >>
          -(lit(", ") >> non_cue_word % sp >> &lit(',')) >>
          // its author before the comma: "in a survey by the royal college
          // of nursing,", "in a poll released monday by gallup,"
          // (a participle's few words of time before its comma or agent;
          // a margin is no agent: "leads in national polls by a wide
          // margin, …")
          -(sp >>
            ((lit("by") >> evidence_agent) |
             (head_word("authored") >> x3::repeat(0, 3)[sp >> !lit("by ") >> word] >>
              -(lit(" by") >> evidence_agent))) >>
            &lit(','))][a::source] >>
      lit(',')) |
     (!(-lit("the ") >> (lit("polls") | lit("surveys")) >> !x3::alnum) >>
      raw[+((np_word - head_word("evidence")) >> sp) >> head_word("evidence")][a::source] >>
      !x3::alnum >> !lit(" of"))) >>
    eps[a::pattern(Pattern::kAccordingTo)];

// according to CONDUIT citing SOURCE: a two-hop chain ("according to a
// Reuters report citing two sources", "according to the Daily Courier,
// which cited unnamed officials, …")
auto const according_to_citing =
    raw[cue({"according"})][a::cue] >> sp >>
    raw[non_cue_word % sp][a::recipient] >>
    (lit(", which cited") | (sp >> cue({"cite"}))) >> sp >>
    raw[cited_np()][a::source] >> &clause_end >>
    eps[a::pattern(Pattern::kAccordingTo)];

// as first reported by SOURCE [, citing PRIMARY]; was reported by SOURCE
auto const reported_by =
    raw[(lit("as") | function_word("passive")) >>
        *(sp >> (function_word("passive") | function_word("adverb"))) >> sp >>
        cue({"reported-by"})][a::cue] >>
    sp >> src >>
    ((lit(", ") >> cue({"cite"}) >> sp >> raw[cited_np()][a::recipient]) |
     &clause_end) >>
    eps[a::pattern(Pattern::kReportedBy)];

// citing SOURCE of|that CONTENT ("citing reports of violence": the reports
// speak); citing CONTENT ("…, he said, citing low growth": the main
// clause's speaker cites it, as a participle)
auto const citing = (raw[cue({"cite"})][a::cue] >> sp >> raw[cited_np()][a::source] >>
                     (lit(" of ") | lit(" that ")) >> eps[a::cited_speaks] >> content >>
                     eps[a::pattern(Pattern::kCiting)]) |
                    (eps[a::reset] >> raw[cue({"cite"})][a::cue] >> sp >> content >>
                     eps[a::pattern(Pattern::kParticipial)]);

// "by telephone", "by email": how something was said, not who said it.
auto const by_channel =
    lit(" by ") >> (lit("telephone") | lit("phone") | lit("email") | lit("e-mail") |
                    lit("text") | lit("video") | lit("satellite") | lit("letter")) >>
    !x3::alnum;

// CONTENT VERBed by SOURCE: a passive names its agent ("candidates backed
// by super PACs", "a plan criticized by Democrats")
// "When pressed by Holt about how he would …": the question follows the
// agent.
// ("when asked by Ingraham on Thursday about …": a time may come first)
// An indirect question's first word ("allies question how stable …"), and
// with "about" and "what" what may follow an asker.
auto const indirect_question_word =
    (lit("whether") | lit("how") | lit("why") | lit("if")) >> sp;
auto const question_word = ((lit("about") | lit("what")) >> sp) | indirect_question_word;
auto const question_after_agent = -time_phrase >> sp >> &question_word >> content;
auto const passive_by =
    raw[cue({"speech", "speech-that", "describe"})][a::cue] >> !by_channel >> lit(" by ") >>
    !gerund >> src >> -question_after_agent >> eps[a::pattern(Pattern::kPassiveBy)];
// "Cruz was also endorsed the day before by Carly Fiorina", "was nominated
// to the bench in 2010 by Obama": a few words between a passive and its
// agent, after a be-form ("which struck down limits on gifts by
// businesses" is active).
auto const passive_gap_by =
    raw[cue({"speech", "speech-that", "describe"})][a::cue] >>
    x3::repeat(1, 6)[sp >> !(lit("by") >> sp) >> !(lit("that") >> sp) >> non_cue_word] >>
    !by_channel >> lit(" by ") >> !gerund >> src >>
    &(clause_end | lit(" for ") | lit(" over ")) >> eps[a::cue_after_be_form] >>
    eps[a::pattern(Pattern::kPassiveBy)];

// saying [that] CONTENT (the source is the main clause's)
// ("…, even suggesting he may have been sabotaged", "…, eventually saying
// he would be a disaster": adverbs may stand before the participle)
auto const participial =
    raw[*((function_word("adverb") | ly_adverb) >> sp) >> cue({"participle"})][a::cue] >>
                         (sp | lit(", ") | lit(": ")) >> -that_opener >> content >>
                         eps[a::pattern(Pattern::kParticipial)];

// … and said CONTENT, … but insisted that CONTENT, … and called him X,
// … and asking, "…" (the source is the main clause's)
auto const coordinated =
    (lit("and ") | lit("but ") | lit("yet ")) >> -(lit("then ") | lit("also ")) >>
    raw[speech_cue() | weak_speech_cue() | tell_cue() | describe_cue() |
        // a participle after "and" speaks only before a clause or a
        // quotation ("and insisting that …"; "and adding shelters" is no
        // cue), or after a participle that spoke
        (cue({"participle"}) >>
         (&(lit(" that ") | lit(", \"") | lit(": ")) | eps[a::after_participle]))][a::cue] >>
    -time_after_cue >> (lit(", ") | lit(": ") | sp) >> -that_opener >> content >>
    eps[a::pattern(Pattern::kCoordinated)];

// it was reported that CONTENT; had been widely viewed as CONTENT; with
// its agent it is a passive: "when asked by a reporter", "was asked by
// host John Dickerson"
// (The cue is parsed once for both: a failed agent leaves the hit as
// parsing the cue again after a reset would, but for the entry, restored.)
auto const agentless =
    raw[agentless_cue()][a::cue] >> eps[a::save_cue_entry] >>
    ((lit(" by ") >> src >> -question_after_agent >> eps[a::pattern(Pattern::kPassiveBy)]) |
     (eps[a::restore_cue_entry] >> -(sp >> -that_opener >> content) >>
      eps[a::pattern(Pattern::kAgentless)]));

// "Asked on Monday whether …, the mayor said": a bare "asked" opening a
// sentence (PlacedWell checks where; tried last, after "…," asked Lopez).
// The question is its content, after a few words of time, place or manner
// ("Asked on Fox News who leads the party, he said …", "Asked specifically
// what …"; "Asked to comment, …").
auto const asked_question =
    question_word | ((lit("which") | lit("who") | lit("whom") | lit("when") | lit("where") |
                      lit("to")) >>
                     sp);
auto const asked_opening =
    raw[&(lit("asked ") | lit("asked,")) >> cue({"agentless-passive"})][a::cue] >>
    -(x3::repeat(0, 8)[sp >> !asked_question >> word] >> sp >> &asked_question >> content) >>
    eps[a::pattern(Pattern::kAgentless)];

// CONTENT, CUE SOURCE
// (a place or outlet after the source is not part of it: "wrote Cameron
// Easley for Morning Consult", "said Smith at a rally")
auto const cue_source =
    raw[quotative_cue({"speech"})][a::cue] >> sp >> src >>
    -(sp >> (lit("for") | lit("at") | lit("in") | lit("on") | lit("to") | lit("from") |
             lit("during")) >>
      x3::repeat(1, 8)[sp >> non_cue_word]) >>
    // "said Dan Golvach when asked about Graham"
    -(sp >> (lit("when") | lit("while") | lit("after") | lit("before")) >>
      x3::repeat(1, 12)[sp >> word] >> &clause_end) >>
    // "Said Marcus Lee, a paramedic who drove that night: "We sat …"": an
    // opening cue's source may have an aside up to the quotation's lead-in.
    ((eps[a::cue_opens_sentence] >> lit(", ") >>
      raw[aside_start >> aside_run(*aside_piece)][a::appositive] >>
      &(lit(": ") | lit(", \""))) |
     // "said Sen. Jim Whelan who represents Atlantic City", "said one owner
     // of a shop that sells fish", "said one official, who spoke on
     // condition of anonymity"
     (-((sp >> raw[(lit("who") | lit("that")) >> x3::repeat(1, 30)[sp >> word]][a::appositive]) |
        // (after a comma only up to the clause's end: else no aside, and the
        // comma ends the clause)
        (lit(", ") >> raw[lit("who") >> x3::repeat(1, 30)[sp >> word]][a::appositive] >>
         &clause_end)) >>
      &clause_end) |
     eps[a::after_quotation]) >>
    eps[a::pattern(Pattern::kCueSource)];

// SOURCE told RECIPIENT [that] CONTENT; CONTENT, SOURCE told RECIPIENT
// (A subject pronoun opens the content: "told police they heard shots";
// "it" before "i", which would take its first letter and fail.)
// (A possessive pronoun inside it follows a preposition, "told members of
// his staff"; else it opens the content: "told the AP his firm worked …".)
// (A content word keeps a plural's possessive mark: "told Fox News' Sean
// Hannity".)
auto const recipient_word = (np_internal >> sp >> *(determiner >> sp) >> content_word) |
                            ((content_word | np_word) - subject_pronoun -
                             (&possessive >> determiner));
// "told the Ledger in an email that …": how it was told is no part of
// whom it was told to.
// ("in a conference call", "in a phone interview": one word may come
// before the channel's noun)
// (head_words.tsv kind "channel": "email", "statement", "interview" …)
auto const channel_noun = head_word("channel");
auto const in_channel =
    lit("in ") >> *(determiner >> sp) >> -(word >> sp >> &channel_noun) >> channel_noun;
// (It ends before a time: "told reporters on Monday that …".)
auto const recipient =
    raw[*(determiner >> sp) >> content_word >>
        *(!time_after_cue >> !by_channel >> sp >> !in_channel >> recipient_word)][a::recipient];
// The recipient's appositive before "that" is the recipient's too: "told
// the student newspaper, The Daily Campus, that …", "told the Ledger, a
// local weekly, that …". A relative clause there is its aside: "told CNN,
// which first reported the story, that …", "told reporters, including me,
// that …".
auto const recipient_apposition =
    lit(", ") >> *(determiner >> sp) >> content_word >> x3::repeat(0, 5)[sp >> recipient_word] >>
    &(lit(", that ") | lit(", which ") | lit(", who "));
auto const recipient_aside = -(lit(", ") >> (lit("which") | lit("who") | lit("including")) >>
                               x3::repeat(1, 12)[sp >> word] >> &lit(", that ")) >>
                             lit(',') >> &lit(" that ");
// A recipient of content words only, before a time phrase: "told The
// Huffington Post on Thursday."
auto const recipient_before_time =
    raw[*(determiner >> sp) >> content_word >> *(sp >> content_word)][a::recipient];
// A programme after its network: told MSNBC's "Morning Joe" on Friday that …
auto const network_programme =
    raw[-(*(determiner >> sp) >> word >> sp) >> lit('"') >> x3::repeat(1, 60)[~x3::char_('"')] >>
        lit('"')][a::recipient];
auto const told_no_content =
    cue({"participle", "cite"}) | ((lit("a") | lit("an")) >> &lit(' '));
auto const told_tail =
    raw[tell_cue()][a::cue] >> sp >>
    // ("told CBS' Face the Nation on Sunday that …": a time after it)
    // ("told Reuters by phone that …": the channel, as "in an email", is
    // no part of the recipient)
    // (After a colon, the content: "Asked about it, Reilly told reporters:
    // "…"" holds the quotation alone.)
    // (A participle after the comma opens an attribution of its own: "…,
    // officials told Reuters on Sunday, adding that …" has no content
    // after the recipient, the words before are the content; so has an
    // article, which opens an appositive as often as a clause: "…, two
    // officials told the Post, a move that could …". The assembly takes
    // the words around, as after "said".)
    ((raw[recipient >> -recipient_apposition][a::recipient] >> -recipient_aside >> -by_channel >>
      -(sp >> in_channel) >> -time_after_cue >>
      ((lit(" that ") >> content) | (lit(": ") >> content) |
       (lit(", ") >> !told_no_content >> content) | &(lit(", ") >> told_no_content))) |
     // "“…,” Obama told the victims' families."
     // "told reporters on Monday that …"
     (recipient >> -by_channel >> &clause_end) |
     (recipient_before_time >> time_after_cue >> (&clause_end | (lit(" that ") >> content))) |
     (network_programme >> -time_after_cue >>
      ((lit(" that ") >> content) | &clause_end | (sp >> content))) |
     // ("told me that …", "told him that …": no "that" in the content)
     (raw[*(determiner >> sp) >> word][a::recipient] >>
      (&clause_end | (sp >> -that_opener >> content)))) >>
    eps[a::pattern(Pattern::kSourceToldRecipient)];

// SOURCE described X as Y
// (A particle makes another verb: "she called into a radio show", "called
// in the Guard", "called off the vote".)
auto const describes_as_tail =
    raw[describe_cue()][a::cue] >> sp >>
    !((lit("into") | lit("in") | lit("off") | lit("up") | lit("back")) >> !x3::alnum) >>
    content >> eps[a::pattern(Pattern::kSourceDescribesAs)];

// SOURCE CUE: CONTENT | SOURCE CUE, "CONTENT" | SOURCE CUE [that] CONTENT |
// CONTENT, SOURCE CUE
// An aside between the cue and its that-clause: "said, however, that",
// "said - on twitter, as it happens - that"
// (or a clause opening with a subject pronoun, a contracted one ("he's") or
// a determiner after the aside: "Rubio says, win or lose, he is staying",
// "the mayor said, in a statement, the ferry would run"; not after an
// inverted "…, he said,")
// (No speech cue in the aside: "agreed, but also contended that since she
// is poor, she …" is a second cue's clause, not an aside of "agreed".)
auto const cue_aside = (lit(", ") >>
                        +((!unrecorded(speech_cue()) >> word) | x3::char_(".'&/()") | sp) >>
                        (lit(", that ") | (lit(", ") >> &(((subject_pronoun | determiner) >> sp) |
                                                            (contracted_pronoun >> contraction)) >>
                                           eps[a::source_not_inverted]))) |
                       (lit(" - ") >> +(word | x3::char_(".,'&/()") | (sp >> !lit('-'))) >>
                        lit(" - that "));
// ("acknowledged privately that", "said repeatedly that": an adverb after
// the cue before its clause says how, and is no part of what was said; not
// before a pronoun "that": "proposed just that in 2013")
auto const adverb_after_cue =
    sp >> (function_word("adverb") | ly_adverb) >>
    &((lit(" that ") >> !(function_word("np-internal") >> sp)) | lit(", \""));
auto const source_cue_tail =
    raw[speech_cue()][a::cue] >> -by_channel >> -time_after_cue >> -adverb_after_cue >>
    ((lit(':') >> -sp >> content) | (cue_aside >> content) |
     (lit(", ") >> &lit('"') >> content) | &clause_end |
     // (not "… costs ordered by the secretary": a passive, see passive_by)
     // ("responded by using the example of …": a gerund says how; but
     // "responded by saying …" is the participle's, rule participial;
     // after "that" a "by" opens the content: "said that by Monday …")
     (sp >> ((that_opener >> content) |
             (!(lit("by ") >> !(!cue({"participle"}) >> gerund)) >> content)))) >>
    eps[a::pattern(Pattern::kSourceCue)];

// CONTENT, which|that SOURCE CUE: an object relative ("the agreement,
// which Mr. Putin vehemently opposed."; "a charge that party leaders
// denied -"): the relative word stands for what the source holds (PolNeAR
// marks it as the content). PlacedWell checks that an antecedent precedes.
// (No aside: "organizations that deliver the program, states …, Jolly
// said" is no relative's source.)
auto const object_relative =
    (lit("which ") | lit("that ")) >> src >> sp >>
    raw[speech_cue() | weak_speech_cue()][a::cue] >> &clause_end >>
    eps[a::pattern(Pattern::kObjectRelative)];

// led|leaving|prompted SOURCE to VERB CONTENT: what made the source speak
// ("led Republicans to say that …", "leaving many to wonder whether …",
// "prompted Anderson Cooper to accuse Bondi of …"; head_words.tsv kind
// "causative"; not "left": "left the room to say goodbye"). On PolNeAR
// train 12 of 16 such phrases were gold cues.
auto const object_pronoun =
    (lit("her") | lit("him") | lit("them") | lit("us") | lit("me")) >> !x3::alnum;
auto const causative_to =
    head_word("causative") >> sp >> (raw[object_pronoun][a::source] | src) >> sp >>
    raw[lit("to ") >> cue({"speech", "speech-that", "tell", "describe", "infinitive"})][a::cue] >>
    (sp | lit(", ") | lit(": ")) >> -that_opener >> content >>
    eps[a::pattern(Pattern::kSourceCue)];

// (SOURCE took to Twitter) to say CONTENT: a purpose of the main clause's
// verb, its subject the source (as the participle's).
auto const purpose =
    eps[a::after_purpose_verb] >>
    raw[lit("to ") >> cue({"speech", "speech-that", "tell", "describe", "infinitive"})][a::cue] >>
    (sp | lit(", ") | lit(": ")) >> -that_opener >> content >> eps[a::pattern(Pattern::kPurpose)];

// with SOURCE VERBing CONTENT: "with polls showing Clinton ahead", "with
// Gorka noting the absurdity of …"
auto const with_participle =
    lit("with ") >> src >> sp >> raw[cue({"participle"})][a::cue] >>
    (sp | lit(", ") | lit(": ")) >> -that_opener >> content >>
    eps[a::pattern(Pattern::kSourceCue)];

// As SOURCE noted, CONTENT
// (or after its content: "…, as Clinton supporters point out.")
auto const as_source_cue = lit("as ") >> src_aside >> sp >> raw[speech_cue()][a::cue] >>
                           -time_after_cue >> ((lit(", ") >> content) | &clause_end) >>
                           eps[a::pattern(Pattern::kSourceCue)];

// A clause after a cue that needs one: "that CONTENT", or a clause with a
// pronoun subject ("agreed it was …", "were certain they would win").
auto const clause_content =
    (lit(" that ") >> content) | (sp >> &(subject_pronoun >> sp) >> content);

// SOURCE agreed that CONTENT | SOURCE agreed: CONTENT | SOURCE agreed, "…"
// | SOURCE asked whether … | SOURCE agreed it was …
auto const source_weak_cue_tail =
    raw[weak_speech_cue()][a::cue] >> -adverb_after_cue >>
    ((lit(':') >> -sp >> content) | (lit(", ") >> &lit('"') >> content) | clause_content |
     // an indirect question: "allies question how stable …"
     (sp >> &indirect_question_word >> content) |
     // inverted, its content before it: "…, Blackwell maintains."
     (eps[a::source_inverted] >> &clause_end)) >>
    eps[a::pattern(Pattern::kSourceCue)];

// SOURCE: CONTENT at the start of a sentence (headlines, transcripts:
// "Pence: Flowers won't attend", "WALLACE: Let's start"), or after a dash
// that ends a digest's heading, before a quotation ("POLLS WERE EARLY -
// Mark Blumenthal: "Although …"": PlacedWell).
// (A heading is no speaker: "The Latest: …", "BYLINE: …", "Q: …",
// head_words.tsv kind "label".)
auto const colon_lead_in = eps[a::at_lead_in_start] >>
                           src >> raw[cue({"colon"})][a::cue] >> eps[a::source_not_label] >>
                           // (or a quotation right after the colon:
                           // "Rep. Trey Gowdy (R-S.C.):"I have not …")
                           (sp | &lit('"')) >> content >> eps[a::pattern(Pattern::kColonLeadIn)];

// "QUOTATION" - SOURCE (a dash after a quotation names its speaker)
auto const dash_source = raw[cue({"dash"})][a::cue] >> sp >> src >> &clause_end >>
                         eps[a::pattern(Pattern::kDashSource)];

// SOURCE is|are|was … STATE that|about|of|whether CONTENT: a state of mind
// ("some Democrats are worried that …", "Cruz was confident of victory";
// not "is critical to the plan": the adjective's clause or topic is what
// is held). The be-form is part of the cue.
auto const state_cue_and_content =
    raw[(contracted_be |
         (*((function_word("aux") | function_word("adverb")) >> sp) >> be_or_linking)) >>
        sp >> *((function_word("adverb") | ly_adverb) >> sp) >> cue({"state"})][a::cue] >>
    (clause_content | (sp >> &((lit("about") | lit("of") | lit("whether")) >> sp) >> content));
auto const state_tail = state_cue_and_content >> eps[a::pattern(Pattern::kSourceCue)];
// it is|was … STATE CONTENT, it seems|appears CONTENT: an expletive "it"
// names no one, so the attribution is agentless ("It was doubtful he
// would …", "it appears that Trump …": PolNeAR marks no source).
// (Tried before source_led, which would take "it" for a source.)
auto const expletive_seem =
    raw[*(cue_prefix_word >> sp) >> expletive_cue({"speech-that"})][a::cue] >> clause_content;
auto const expletive_state = lit("it ") >> (state_cue_and_content | expletive_seem) >>
                             eps[a::pattern(Pattern::kAgentless)];

// SOURCE was quoted [by CONDUIT] as saying [that] CONTENT: the subject
// spoke, through the outlet that quoted it ("She was quoted by the
// newspaper Dagsposten as saying …", "Braynard is quoted as saying").
// ("was reported as saying" too: any speech cue after a be-form.)
auto const quoted_as_cue =
    *(cue_prefix_word >> sp) >> function_word("passive") >> sp >>
    *((function_word("adverb") | ly_adverb) >> sp) >> cue({"speech"});
// (or after a quotation: "“…,” Braynard is quoted as saying.")
auto const after_saying = &clause_end | ((lit(", ") | sp) >> -that_opener >> content);
auto const quoted_as_tail =
    ((raw[quoted_as_cue >> lit(" as saying")][a::cue] >> after_saying) |
     (raw[quoted_as_cue][a::cue] >> lit(" by ") >> raw[cited_np()][a::recipient] >>
      lit(" as saying") >> after_saying)) >>
    eps[a::pattern(Pattern::kSourceCue)];

// SOURCE[, ASIDE,] then one of the cue tails above, in this order: the
// source is parsed once for all six (each tail first clears what a failed
// one left behind, keeping the source and aside).
// (Every tail's cue starts after the same run of auxiliaries and adverbs
// with a cue phrase or a be-form, state_tail's too: where the lookahead
// fails, all six would, each after re-reading that run. A tail that
// starts otherwise must widen tail_gate.)
// (A contracted pronoun source, "he" of "he's said", ends at the
// apostrophe: the contraction opens the cue. Tried here only, not in
// every rule's src: it is no source before an aside or after a cue.)
// tails_fail_once[p]: p, failing at once where it failed before in this
// sentence (WordMemo::tails_failed). Exact: the tails read nothing but the
// text from where they start (the source and aside they keep are only
// written), and after a failure the attempt's hit is reset by the next
// alternative. Used only where the window is the whole sentence, as the
// other memos. ("the plan is costly": "the plan" and "plan" both meet
// "is", and state_tail's failure there is read once.)
template <typename Subject>
struct tails_fail_once_parser : unary_directive<Subject, tails_fail_once_parser<Subject>> {
  using unary_directive<Subject, tails_fail_once_parser<Subject>>::unary_directive;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context,
             RContext& rcontext, Attribute&) const {
    ParseState& state = x3::get<state_tag>(context);
    if (!MemoCoversWindow(state, last)) {
      return this->subject.parse(first, last, context, rcontext, x3::unused);
    }
    WordMemo& memo = (*state.memo)[static_cast<size_t>(first - state.sentence_begin)];
    if (memo.tails_failed) return false;
    if (this->subject.parse(first, last, context, rcontext, x3::unused)) return true;
    memo.tails_failed = true;
    return false;
  }
};
template <typename Subject>
constexpr auto tails_fail_once(Subject const& subject) {
  return tails_fail_once_parser<Subject>(subject);
}
auto const source_led =
    (raw[contracted_pronoun][a::source] | (src_aside >> sp)) >>
    tails_fail_once(tail_gate >>
                    ((eps[a::clear_tail] >> told_tail) | (eps[a::clear_tail] >> source_cue_tail) |
                     (eps[a::clear_tail] >> describes_as_tail) |
                     (eps[a::clear_tail] >> source_weak_cue_tail) |
                     (eps[a::clear_tail] >> state_tail) |
                     (eps[a::clear_tail] >> quoted_as_tail)));

// Every alternative starts by clearing what a failed one left behind.
// (Those that open with a cue phrase are tried only where one may start,
// cue_start, and the agentless rule only where its first word may open it,
// agentless_start: at most words neither does, and one memo test skips
// them.)
auto const attribution_def =
    (eps[a::reset] >> in_what_described_as) |
    (cue_start >> ((eps[a::reset] >> according_to_citing) | (eps[a::reset] >> according_to) |
                   (eps[a::reset] >> in_poll))) |
    (eps[a::reset] >> reported_by) | (eps[a::reset] >> possessive_noun) |
    (cue_start >> eps[a::reset] >> citing) | (eps[a::reset] >> participial) |
    // (Its first word tested before the reset, which costs more: at most
    // attempts it fails. The same for causative_to below.)
    (&lit("to ") >> eps[a::reset] >> purpose) |
    (cue_start >> eps[a::reset] >> passive_by) |
    (cue_start >> eps[a::reset] >> passive_gap_by) |
    (eps[a::reset] >> coordinated) |
    (agentless_start >>
     ((eps[a::reset] >> agentless) | (eps[a::reset] >> expletive_state))) |
    (cue_start >> eps[a::reset] >> cue_source) |
    // (source_cue_tail before describes_as_tail: a speech phrase is longer
    // than the describe verb it starts with, "called for" before "called";
    // as_source_cue opens with "as", which no source does)
    // (object_relative before source_led, which would take "that" for a
    // determiner)
    (eps[a::reset] >> object_relative) |
    (&head_word("causative") >> eps[a::reset] >> causative_to) |
    (eps[a::reset] >> source_led) | (eps[a::reset] >> as_source_cue) |
    (eps[a::reset] >> with_participle) |
    (cue_start >> eps[a::reset] >> dash_source) | (eps[a::reset] >> colon_lead_in) |
    (eps[a::reset] >> asked_opening);

// The verb after the subject: a content word, a cue ("Brennan responded
// by saying …"), or an auxiliary or adverb before one ("McConnell was
// quick to …", "He has also …").
// (A verb that is a function word ends a noun phrase: an irregular past,
// "went"; a linking verb, "remained"; a form never a noun, "goes".)
auto const verb_word = function_word("past") | function_word("linking") | function_word("verb");
auto const verb_start = content_word | function_word("aux") | function_word("passive") |
                        verb_word | function_word("adverb") | (word - non_cue_word);

// SUBJECT VERB …: the noun phrase a participial cue's source comes from
// ("Trump spoke to the crowd, promising …").
// A full source noun phrase would swallow the verb ("the minister left the
// room"), so a subject's words stop before one followed by a determiner or
// preposition (that word is the verb); failing that, one word is the subject.
// (A time phrase and a verb after a word keep it: "Donald Trump on
// Thursday ratcheted up …", where "on" opens no object.)
// (A past form after a noun is the verb, "Christie unleashed withering
// attacks", "the man ended up in tears", unless a modifier comes before it.)
auto const subject_word =
    ((content_word - past_verb) | (eps[a::after_modifier] >> content_word)) >>
    (&(time_phrase >> sp >> verb_start) |
     !(sp >> (determiner | (np_internal - lit("of") - lit("and")) |
              ((lit("to") | lit("that")) >> !x3::alnum))));
// (A party tag stays with its name: "Sen. Mark Holt (R-Iowa) was …".)
// (A place after a preposition too, as no verb can open with one:
// "Republicans on Capitol Hill seized on …"; a time is no place: "Trump on
// Thursday ratcheted up …". So does whom one works for: "A reporter for USA
// Today spotted Stein and reported …", "Attorneys for Clinton responded,
// saying …".)
auto const place_preposition =
    (lit("in") | lit("on") | lit("at") | lit("from") | lit("for")) >> !x3::alnum;
auto const subject_np =
    *(determiner >> sp) >> content_word >>
    *((sp >> (subject_word |
              ((lit("of") | lit("and")) >> sp >> *(determiner >> sp) >> subject_word))) |
      (!time_phrase >> sp >> place_preposition >> sp >> *(determiner >> sp) >> subject_word)) >>
    -(lit(" (") >> party_tag >> lit(')'));
// ("Hours later, Trump …", "A few minutes later they …": a time phrase, no
// subject.)
auto const time_tail = (lit("later") | lit("ago") | lit("earlier")) >> !x3::alnum;
// "Republicans, who hold a majority in the Senate, have blocked …",
// "Trump, whose views upset his party, last year proposed …": an aside
// between the subject and its verb.
// (or an adverb's circumstance: "Rubio, particularly in the closing days,
// has preached unity, claiming …"; not a preposition's, which a place
// before the subject also has: "At an event in Ames, Iowa, on Sunday, Mrs.
// Clinton tried …")
auto const subject_aside = lit(", ") >>
                           (lit("who") | lit("whose") | lit("which") | determiner | ly_adverb) >>
                           *later_aside_piece >> lit(',') >> -time_phrase;
// "By Sunday afternoon she had canceled …", "On Monday Trump …": a time
// opening the sentence without a comma.
auto const time_opener =
    ((lit("by") | lit("since") | lit("until") | lit("on") | lit("in") | lit("last") |
      lit("this") | lit("earlier")) >>
     sp >> ((function_word("time") | +x3::digit) % sp) >> sp);
auto const subject_def =
    eps[a::reset] >> -time_opener >>
    ((raw[contracted_pronoun][a::source] >> contraction >> sp >> verb_start) |
     // a subject pronoun stands alone: "when he brought up …"
     (raw[subject_pronoun][a::source] >> sp >> verb_start) |
     // (verb_start takes an adverb: "Sanders instead delivered …")
     (raw[subject_np][a::source] >> (subject_aside | -time_phrase) >> sp >> !time_tail >>
      verb_start) |
     (raw[*(determiner >> sp) >> content_word][a::source] >> sp >> !time_tail >> verb_start) |
     // a quantifier alone before a past form: "Some went further, …" (not
     // "Most recently, …")
     (raw[quantifier][a::source] >> sp >> (verb_word | past_verb)));

BOOST_SPIRIT_DEFINE(attribution, subject)

}  // namespace whosaid::grammar::parser

namespace whosaid::grammar {
parser::attribution_type attribution() { return parser::attribution; }
parser::subject_type subject() { return parser::subject; }
}  // namespace whosaid::grammar

#endif  // WHOSAID_GRAMMAR_ATTRIBUTION_DEF_HPP_
