// The one call site of x3::parse: tries the attribution rule at every word
// start of a folded sentence.
#include "grammar/parse.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <span>

#include "grammar/attribution.hpp"
#include "grammar/config.hpp"
#include "text/search.hpp"

namespace whosaid::grammar {

const char* PatternRuleId(Pattern pattern) {
  switch (pattern) {
    case Pattern::kSourceCue: return "source-cue";
    case Pattern::kCueSource: return "cue-source";
    case Pattern::kSourceToldRecipient: return "source-told-recipient";
    case Pattern::kSourceDescribesAs: return "source-describes-as";
    case Pattern::kInWhatDescribedAs: return "in-what-described-as";
    case Pattern::kAccordingTo: return "according-to";
    case Pattern::kCiting: return "citing";
    case Pattern::kParticipial: return "participial";
    case Pattern::kCoordinated: return "coordinated";
    case Pattern::kAgentless: return "agentless";
    case Pattern::kColonLeadIn: return "colon-lead-in";
    case Pattern::kDashSource: return "dash-source";
    case Pattern::kReportedBy: return "reported-by";
    case Pattern::kPossessiveNoun: return "possessive-noun";
    case Pattern::kPassiveBy: return "passive-by";
    case Pattern::kObjectRelative: return "object-relative";
    case Pattern::kPurpose: return "purpose";
  }
  return "unknown";
}

namespace {

// The text of `r` in the folded sentence `s`.
std::string_view TextOf(std::string_view s, Range r) { return s.substr(r.begin, r.end - r.begin); }

}  // namespace

bool FollowsCommaOrQuote(std::string_view s, size_t pos) {
  while (pos > 0 && s[pos - 1] == ' ') --pos;
  // (Folding made '' a '"'; a nested quotation's closing apostrophe may
  // stand after it: "''… by that?''' Mr. Biden said".)
  if (pos > 1 && s[pos - 1] == '\'' && s[pos - 2] == '"') --pos;
  return pos > 0 && (s[pos - 1] == ',' || s[pos - 1] == '"');
}

bool ContentOpensQuotation(const Hit& hit, std::string_view folded_sentence) {
  return hit.content_begin < folded_sentence.size() &&
         folded_sentence[hit.content_begin] == '"';
}

bool NamesClauseSpeaker(const Hit& hit, std::string_view folded_sentence) {
  if (hit.source.empty() || hit.pattern == Pattern::kPossessiveNoun ||
      hit.pattern == Pattern::kPassiveBy || hit.pattern == Pattern::kCiting ||
      hit.pattern == Pattern::kObjectRelative) {
    return false;
  }
  const std::string_view source = TextOf(folded_sentence, hit.source);
  return source != "who" && source != "which";
}

Result<Grammar> Grammar::Create() {
  Result<Lexicon> lexicon = Lexicon::LoadBuiltin();
  if (!lexicon.ok()) return lexicon.status();
  return FromLexicon(std::move(*lexicon));
}

Grammar Grammar::FromLexicon(Lexicon lexicon) {
  return Grammar(std::make_shared<const Lexicon>(std::move(lexicon)));
}

namespace {

// Cue kinds whose cue, in every pattern where it is the pattern's own cue,
// is where the pattern starts: in_poll, according_to, according_to_citing,
// citing, dash_source and the agentless rule's adverbs and nouns (each
// tried at its cue's position). Elsewhere such a cue is only a part of a
// pattern whose own cue is of another kind: "citing" in an aside ("Salceda,
// citing data, said") or after "as reported by X,". So a parse attempt
// can succeed only where a cue of such a kind starts at the attempt's
// position or a cue of another kind starts in its window, and the other
// attempts are skipped (Grammar::Find; checked against FindAllExhaustive).
// A rule that uses one of these kinds for its own cue after other words
// must take that kind out of this list.
constexpr std::string_view kSelfAnchoredCueKinds[] = {
    "in-evidence", "according", "cite", "dash", "agentless-adverb", "agentless-noun"};

// What must stand around a cue entry for some rule to read it
// (Grammar::cue_needs_): a cue of kind "infinitive" is read only right
// after "to " with a causative or purpose word before (causative_to,
// purpose); one of kind "noun" only after a possessive (possessive_noun);
// one of kind "in-evidence" only before a poll or survey (in_poll). A rule
// that reads one of these kinds elsewhere must relax this (the fast-path
// tests compare FindAll with FindAllExhaustive, which has no prefilter).
enum class CueNeeds : uint8_t { kAnywhere, kInfinitiveOpener, kPossessive, kEvidenceAfter };

bool IsSelfAnchoredKind(std::string_view kind) {
  return std::find(std::begin(kSelfAnchoredCueKinds), std::end(kSelfAnchoredCueKinds),
                   kind) != std::end(kSelfAnchoredCueKinds);
}

}  // namespace

Grammar::Grammar(std::shared_ptr<const Lexicon> lexicon) : lexicon_(std::move(lexicon)) {
  const PhraseTable& cues = lexicon_->cues();
  self_anchored_.assign(cues.bucket_count(), true);
  for (uint32_t bucket = 0; bucket < cues.bucket_count(); ++bucket) {
    for (const uint32_t entry : cues.BucketEntries(bucket)) {
      const auto& fields = cues.entry(entry).fields;
      if (fields.empty() || !IsSelfAnchoredKind(fields[0])) self_anchored_[bucket] = false;
    }
  }
  cue_needs_.assign(cues.size(), static_cast<uint8_t>(CueNeeds::kAnywhere));
  for (uint32_t entry = 0; entry < cues.size(); ++entry) {
    const auto& fields = cues.entry(entry).fields;
    if (fields.empty()) continue;
    if (fields[0] == "infinitive") {
      cue_needs_[entry] = static_cast<uint8_t>(CueNeeds::kInfinitiveOpener);
    } else if (fields[0] == "noun") {
      cue_needs_[entry] = static_cast<uint8_t>(CueNeeds::kPossessive);
    } else if (fields[0] == "in-evidence") {
      cue_needs_[entry] = static_cast<uint8_t>(CueNeeds::kEvidenceAfter);
    }
  }
  const PhraseTable& heads = lexicon_->head_words();
  for (uint32_t i = 0; i < heads.size(); ++i) {
    const PhraseTable::Entry& entry = heads.entry(i);
    // (A phrase of several words is never one word of the sentence.)
    if (!entry.fields.empty() && entry.fields[0] == "evidence" &&
        WordEnd(entry.key, 0) == entry.key.size()) {
      evidence_words_.Insert(entry.key, i);
    }
  }
}

namespace {

// The first offset whose memo a parse in a window ending at `window_end`
// may have filled in: every parse sharing the window starts within
// kMinWindowBytes + kWindowStepBytes before its end (WindowEnd).
size_t FirstOffsetInWindow(size_t window_end) {
  const size_t span = kMinWindowBytes + kWindowStepBytes;
  return window_end > span ? window_end - span : 0;
}

// True when a word starts at `pos`: not inside "long-promised" or "u.s.".
bool IsWordStart(std::string_view s, size_t pos) {
  if (!IsWordByte(s[pos])) return false;
  if (pos == 0) return true;
  const char before = s[pos - 1];
  if (IsWordByte(before)) return false;
  return !(pos >= 2 && text::JoinsWordsAt(s.data(), pos - 1));
}

// (Shared with the grammar's own placement gates: parse_state.hpp.)
using parser::FollowsDash;
using parser::FollowsTo;
using parser::PurposeVerbBefore;
using parser::StartsSentence;

// Where the word or two before a participle at `pos` start when they make
// it part of the main clause, or npos: a subordinating word (head_words.tsv
// kind "participle-opener": "responded by saying …", "while saying that …",
// "after noting …", "despite admitting that …", "aside from saying …",
// "instead of calling …"), or "In" opening the sentence ("In describing
// Trump, Cuban said …"; elsewhere "a leader in supporting an overhaul",
// "succeeded in pushing" are seldom speech).
size_t ParticipleOpenerAt(const Lexicon& lexicon, std::string_view s, size_t pos) {
  const std::string_view before = PreviousWord(s, pos);
  if (before.empty()) return std::string_view::npos;
  const auto at = static_cast<size_t>(before.data() - s.data());
  if (lexicon.IsHeadWord(before, "participle-opener") || (before == "in" && StartsSentence(s, at))) {
    return at;
  }
  const std::string_view first = PreviousWord(s, at);
  if (first.empty()) return std::string_view::npos;
  const auto first_at = static_cast<size_t>(first.data() - s.data());
  return lexicon.IsHeadWord(s.substr(first_at, at + before.size() - first_at),
                            "participle-opener")
             ? first_at
             : std::string_view::npos;
}

bool FollowsSubordinator(const Lexicon& lexicon, std::string_view s, size_t pos) {
  return ParticipleOpenerAt(lexicon, s, pos) != std::string_view::npos;
}

// True when a participle opens the sentence, alone or after a subordinating
// word: "Citing fears of terrorism, Trump proposed …", "In describing
// Trump, Cuban said …", "After saying he was nervous, the man …", "Aside
// from saying …, she …": its subject comes after it.
bool OpensSentence(const Lexicon& lexicon, std::string_view s, size_t pos) {
  if (StartsSentence(s, pos)) return true;
  const size_t opener = ParticipleOpenerAt(lexicon, s, pos);
  return opener != std::string_view::npos && StartsSentence(s, opener);
}

// Where the last clause joined by one of kClauseJoiners in `s` starts
// (after the joining word), or 0.
size_t LastJoinedClause(std::string_view s) {
  size_t best = 0;
  for (std::string_view joiner : kClauseJoiners) {
    const size_t at = text::RFind(s, joiner);
    if (at != std::string_view::npos) best = std::max(best, at + joiner.size());
  }
  return best < s.size() ? best : 0;
}

// Where the clause holding a coordinated cue starts, when a subordinating
// word opens it or opened one that closed before it (`s` ends at the cue):
// "the crowd cheered when Trump spotted a sign and asked" (right after
// "when"), "When my mother mentioned it, I laughed and said" (after the
// comma that closes the subordinate clause). 0 when no subordinating word
// stands in `s`. ("after", "before", "since" and "until" are left out:
// mostly prepositions there, "went after Clinton … and called for".)
size_t SubordinateClauseStart(std::string_view s) {
  static constexpr std::string_view kSubordinators[] = {
      "when", "whenever", "because", "although", "though", "while", "if", "unless", "whereas"};
  size_t best = 0;  // just past the last subordinating word and its space
  for (std::string_view word : kSubordinators) {
    for (size_t at = text::RFind(s, word); at != std::string_view::npos;
         at = at == 0 ? std::string_view::npos : text::RFind(s, word, at - 1)) {
      const size_t end = at + word.size();
      if ((at == 0 || s[at - 1] == ' ') && end < s.size() && s[end] == ' ') {
        best = std::max(best, end + 1);
        break;
      }
    }
  }
  if (best == 0) return 0;
  const size_t comma = text::RFind(s, ", ");
  return comma != std::string_view::npos && comma + 2 > best ? comma + 2 : best;
}

// Where the relative "who" (or ", which") of the clause `s` ends in stands
// (`s` ends at a coordinated cue), or npos: "demonstrators, who have taken
// to the streets and called for …", "the senator who made enemies and
// bragged about it". Only after its antecedent, a comma or a dash: not
// "questions on who Cameron would like to win … but said".
size_t RelativeWhoBefore(const Lexicon& lexicon, std::string_view s) {
  // (A "which" after a comma as well: "Greyrock Capital, which disclosed a
  // stake and has pushed for a sale".)
  const size_t which = text::RFind(s, ", which ");
  const size_t at = text::RFind(s, " who ");
  if (which != std::string_view::npos && (at == std::string_view::npos || which > at) &&
      s.find(',', which + 1) == std::string_view::npos &&
      text::Find(s, " -", which) == std::string_view::npos) {
    return which + 2;
  }
  // (A comma or a dash after it closes the relative clause: "The justice
  // -- who has been … -- said she regretted … and promised".)
  if (at == std::string_view::npos || at == 0 || s.find(',', at) != std::string_view::npos ||
      text::Find(s, " -", at) != std::string_view::npos) {
    return std::string_view::npos;
  }
  const std::string_view before = PreviousWord(s, at);
  const bool after_antecedent = s[at - 1] == ',' || s[at - 1] == '-' ||
                                (!before.empty() && lexicon.FunctionKind(before).empty() &&
                                 !lexicon.CueAt(s, at - before.size()));
  return after_antecedent ? at + 1 : std::string_view::npos;
}

// True when the sentence opens with a participle ("facing", "rallying":
// six letters at least, so not "king"), an "-ly" adverb ("Relentlessly
// positive, …, Johnson approaches …") or a word that opens an adjunct
// (head_words.tsv kind "adjunct-opener": "like", "more recently", "last
// october").
bool OpensWithAdjunct(const Lexicon& lexicon, std::string_view s) {
  const size_t begin = s.find_first_not_of("\" (");
  if (begin == std::string_view::npos) return false;
  size_t end = begin;
  while (end < s.size() && IsWordByte(s[end])) ++end;
  const std::string_view first = s.substr(begin, end - begin);
  // (An adverb's adjunct is short: not "Sparsely populated South Dakota
  // is not a swing state, and has not voted …".)
  const auto short_phrase = [&] {
    const size_t comma = s.find(", ", begin);
    return comma != std::string_view::npos &&
           std::count(s.begin() + static_cast<std::ptrdiff_t>(begin),
                      s.begin() + static_cast<std::ptrdiff_t>(comma), ' ') < 3;
  };
  return (first.size() >= 6 && first.ends_with("ing")) ||
         (LooksLikeLyAdverb(first) && short_phrase()) ||
         lexicon.IsHeadWord(first, "adjunct-opener");
}

// A dash names a speaker only right after a quotation that ends a
// sentence ("“… crew.” ― Lena Ortiz"; not "the “establishment” - the term
// used by Kingson -").
// (The offset just past a closing quotation mark before `pos` and its
// spaces, or 0 when none stands there.)
size_t QuoteEndBefore(std::string_view s, size_t pos) {
  while (pos > 0 && s[pos - 1] == ' ') --pos;
  return pos > 1 && s[pos - 1] == '"' ? pos : 0;
}

bool FollowsQuote(std::string_view s, size_t pos) {
  const size_t end = QuoteEndBefore(s, pos);
  return end != 0 && (s[end - 2] == '.' || s[end - 2] == '?' || s[end - 2] == '!');
}

// Or after a quotation that is all the sentence before the dash, words
// enough for a saying, when the speaker ends the sentence (“A historic day
// for our city” — Mayor Ana Ruiz.); not after a quoted word or two, nor
// before a clause the dash opens ("“Make America great again” - the slogan
// of his rallies - is everywhere").
bool FollowsOpeningQuote(std::string_view s, size_t pos, const Hit& hit) {
  const size_t end = QuoteEndBefore(s, pos);
  if (end == 0) return false;
  const size_t open = s.rfind('"', end - 2);
  if (open == std::string_view::npos || !StartsSentence(s, open + 1)) return false;
  const std::string_view quoted = s.substr(open + 1, end - 2 - open);
  const std::string_view after = s.substr(std::min(s.size(), size_t{hit.source.end}));
  return std::count(quoted.begin(), quoted.end(), ' ') >= 3 &&
         after.find_first_not_of(" .!?\"") == std::string_view::npos;
}

// True when `word` is `lemma` with an "-s" or "-es" ending: "reports",
// "pushes" (a third-person verb or a plural noun).
bool IsSForm(std::string_view word, std::string_view lemma) {
  if (word.size() <= lemma.size() || !word.starts_with(lemma)) return false;
  const std::string_view ending = word.substr(lemma.size());
  return ending == "s" || ending == "es";
}

// True when the cue word follows a word that makes it part of a compound
// noun (head_words.tsv kind "compound"): "ABC's TV show Scandal", "a talk
// show host". (Not a sentence's first word: "Talk compared to …".)
// (A participle after such a noun is still a cue: "at a news conference
// announcing that …"; so is a cue word that cannot be a noun, one other than
// its lemma or the lemma plus "s": "Sky TV reported", "the TV show".)
bool CompoundNounCue(const Lexicon& lexicon, const Hit& hit, std::string_view s) {
  if (hit.pattern == Pattern::kParticipial || hit.pattern == Pattern::kPurpose) return false;
  const std::string_view before = PreviousWord(s, hit.cue.begin);
  if (before.empty() || StartsSentence(s, before.data() - s.data()) ||
      !lexicon.IsHeadWord(before, "compound")) {
    return false;
  }
  const std::string_view cue = TextOf(s, hit.cue);
  const std::string_view word = cue.substr(0, cue.find(' '));
  std::string_view lemma = lexicon.cues().entry(hit.cue_entry).fields[1];
  lemma = lemma.substr(0, lemma.find(' '));
  return word == lemma || IsSForm(word, lemma);
}

// True when the hit's source ends in a head word that only counts (head_words.tsv kind
// "tally"): "with 99% of precincts reporting" is a vote count's progress,
// no attribution.
bool TallySource(const Lexicon& lexicon, const Hit& hit, std::string_view s) {
  if (hit.source.empty()) return false;
  const std::string_view source = TextOf(s, hit.source);
  const size_t space = source.rfind(' ');
  return lexicon.IsHeadWord(space == std::string_view::npos ? source : source.substr(space + 1),
                            "tally");
}

// True when the hit's source ends in a possessive ("stumpf's repeated
// emphasis", "russia's suspected connection"): the next word is a
// modifier, not a verb, so the phrase is no subject. Unless the cue opens
// with a verb form no possessive modifies, "said", "says", "told",
// "tells", or an auxiliary: then the "'s" ends a name ("Moody's said",
// "McDonald's has said").
bool PossessiveSource(const Lexicon& lexicon, const Hit& hit, std::string_view s) {
  if (hit.source.empty() || hit.pattern == Pattern::kPossessiveNoun) return false;
  const std::string_view source = TextOf(s, hit.source);
  if (!source.ends_with("'s") && !source.ends_with("s'")) return false;
  const std::string_view cue = TextOf(s, hit.cue);
  const std::string_view verb = cue.substr(0, cue.find(' '));
  return !(verb == "said" || verb == "says" || verb == "told" || verb == "tells" ||
           lexicon.FunctionKind(verb) == "aux");
}

// True for a source that is an adverb ("effectively acknowledged",
// "powerfully documented": the subject came before it), after determiners
// only ("a politically charged visit", "the newly identified emails": the
// adverb makes the participle an adjective); names ("Kelly", "Reilly",
// "Daly") are kept.
bool AdverbSource(const Lexicon& lexicon, const Hit& hit, std::string_view s) {
  std::string_view source = TextOf(s, hit.source);
  for (size_t space = source.find(' '); space != std::string_view::npos;
       space = source.find(' ')) {
    if (lexicon.FunctionKind(source.substr(0, space)) != "determiner") return false;
    source.remove_prefix(space + 1);
  }
  return LooksLikeLyAdverb(source);
}

// True when a source of several words ends in a subject pronoun ("every
// time he said", "people she knows"): the pronoun alone is the speaker,
// which a later start finds.
bool EndsInSubjectPronoun(const Hit& hit, std::string_view s) {
  const std::string_view source = TextOf(s, hit.source);
  const size_t space = source.rfind(' ');
  if (space == std::string_view::npos) return false;
  const std::string_view last = source.substr(space + 1);
  return last == "he" || last == "she" || last == "they" || last == "we" || last == "i" ||
         last == "you" || last == "it";
}

// True when the hit's source is followed by a comma aside ("Lange, the
// party chairwoman, said"), not by a relative clause about a speaker
// ("who …", "which …", "that …") or by nothing. (A place's "where" clause
// is an aside: "At Boca West, where it costs $70,000 to join, Jay
// DiPietro, the club's president, suggested".)
bool HasCommaAside(const Hit& hit, std::string_view s) {
  if (hit.appositive.empty()) return false;
  const std::string_view aside = s.substr(hit.appositive.begin);
  return !aside.starts_with("who") && !aside.starts_with("which") && !aside.starts_with("that ");
}

// True when a source followed by a comma aside is a bare number, the end
// of a date ("On June 4, 2008, Sanders, who …, decided"), or a participle
// phrase ("Making her way around the diner, Clinton …, thanked"; "Alarmed
// by the unrest, Senator Harry Reid …, said": a participle followed by a
// determiner or preposition, unlike "Mining companies, …, declared"): the
// speaker is the aside, which a later start finds.
bool AdverbialOpener(const Hit& hit, std::string_view s) {
  if (!HasCommaAside(hit, s)) return false;
  const std::string_view source = TextOf(s, hit.source);
  if (source.find_first_not_of("0123456789") == std::string_view::npos) return true;
  const size_t space = source.find(' ');
  if (space == std::string_view::npos || space < 5) return false;
  const std::string_view first = source.substr(0, space);
  if (!first.ends_with("ing") && !first.ends_with("ed")) return false;
  std::string_view second = source.substr(space + 1);
  second = second.substr(0, second.find(' '));
  for (std::string_view w : {"the", "a", "an", "her", "his", "their", "its", "my", "our", "by",
                             "to", "with", "at", "in", "on", "for", "about", "from", "up"}) {
    if (second == w) return true;
  }
  return false;
}

// True when a word of `span` reads as a past verb (IsPastVerbWord, as the
// grammar's past_verb, cues included) and is no name capitalised
// mid-sentence: "existed", "cleared"; not "Drew" of "Drew Heiserman".
bool HoldsPastVerb(const Lexicon& lexicon, std::span<const uint32_t> names, std::string_view s,
                   Range span) {
  for (size_t at = span.begin; at < span.end;) {
    const size_t end = std::min(WordEnd(s, at), static_cast<size_t>(span.end));
    const std::string_view word = s.substr(at, end - at);
    if (!parser::IsNameAt(names, at) && IsPastVerbWord(word, lexicon.FunctionKind(word))) {
      return true;
    }
    at = std::max(end + 1, at + 1);
  }
  return false;
}

// True when a source followed by asides starts inside a clause ("… were
// deemed ineligible, Roberta Lange, the party chairwoman, said"): the
// speaker is then the first aside, which a later start finds. A source
// opens a clause at the sentence start or after punctuation or a
// conjunction.
bool StartsMidClause(const Lexicon& lexicon, std::span<const uint32_t> names, const Hit& hit,
                     std::string_view s, size_t pos) {
  if (!HasCommaAside(hit, s)) return false;
  size_t p = pos;
  while (p > 0 && s[p - 1] == ' ') --p;
  if (p == 0) return false;
  // (A thousands comma is inside a figure: "based on over 1,500 interviews,
  // Working America, a labor group, found".)
  if (s[p - 1] == ',' && p == pos && p >= 2 && std::isdigit(static_cast<unsigned char>(s[p - 2])) &&
      std::isdigit(static_cast<unsigned char>(s[pos]))) {
    return true;
  }
  if (!IsWordByte(s[p - 1])) return s[p - 1] == '.' && p >= 2 && IsWordByte(s[p - 2]);
  const std::string_view before = PreviousWord(s, p);
  // "that" after a participle or a preposition is a demonstrative inside
  // an opening phrase ("Recalling that moment, David Axelrod, …, said").
  if (before == "that") {
    const std::string_view word = PreviousWord(s, static_cast<size_t>(before.data() - s.data()));
    const std::string_view kind = lexicon.FunctionKind(word);
    if (LooksLikeParticiple(word) || kind == "stop" || kind == "np-internal") {
      return true;
    }
  }
  // After a subordinating word the source may be the clause's subject,
  // with one aside: "after Mr. Trump, asked about the deaths, had said",
  // "although a former congressman, Mark Siljander, pleaded guilty". Not
  // when a verb stands in it, a clause of its own ("if the department no
  // longer existed, some of its functions …, said DeSantis"), nor before a
  // second aside, where the source is a preposition's object and the first
  // aside the subject ("One after another, mining companies, including
  // Patriot, declared").
  if (lexicon.IsHeadWord(before, "subordinator") && before != "whether" &&
      TextOf(s, hit.appositive).find(',') == std::string_view::npos &&
      !HoldsPastVerb(lexicon, names, s, hit.source)) {
    return false;
  }
  // (An adverb may open the clause: "Even China, Pyongyang's only ally,
  // said".)
  return !(before == "and" || before == "but" || before == "as" || before == "while" ||
           before == "that" || before == "when" || before == "because" || before == "so" ||
           before == "even" || before == "also" || before == "then" || before == "now" ||
           before == "still" || before == "only" || before == "yet");
}

// True when the source is a bare span of time after a preposition, a time
// adjunct inside the clause and no speaker: "Schmidt has for months
// weighed …", "Sanders, who for weeks had highlighted …", "the coalition
// that has for years sought to …".
bool TimeAdjunctSource(const Hit& hit, std::string_view s) {
  const std::string_view source = TextOf(s, hit.source);
  if (source != "days" && source != "weeks" && source != "months" && source != "years" &&
      source != "decades") {
    return false;
  }
  const std::string_view before = PreviousWord(s, hit.source.begin);
  return before == "for" || before == "in" || before == "over";
}

// True when the source opens an indirect question: "Whether voters agree
// remains to be seen", "a question about whether he would consider …" (the
// clause is what is asked or said, not a saying of its own; on PolNeAR
// train 2 of 8 such predictions were cues).
bool OpensIndirectQuestion(const Hit& hit, std::string_view s) {
  const std::string_view before = PreviousWord(s, hit.source.begin);
  return before == "whether";
}

// True when a source and its cue lie inside a sentence's opening "In"
// phrase, before its comma, as a past participle and where it appeared:
// "In a filing posted on its website, the board said …", "In video posted
// on social media, the woman appears …": the speaker, if any, is the main
// clause's subject after the comma.
bool OpeningInObject(const Hit& hit, std::string_view s) {
  if (hit.pattern != Pattern::kSourceCue) return false;
  const size_t in = s.find_first_not_of("\" (");
  if (in == std::string_view::npos || s.substr(in, 3) != "in ") return false;
  // (The opening phrase ends at its comma; a source and cue inside it.)
  const size_t comma = s.find(", ", in);
  if (comma == std::string_view::npos || hit.source.begin <= in || hit.cue.end > comma) {
    return false;
  }
  // A past participle after the object, then where it appeared: a reduced
  // relative ("a video posted to her account"), not a clause of the
  // opening phrase's own ("In 2009 the council imposed sanctions").
  const std::string_view cue = TextOf(s, hit.cue);
  const std::string_view next = s.substr(hit.cue.end, 4);
  return cue.find(' ') == std::string_view::npos && IsPastShaped(cue) &&
         (next == " on " || next == " to " || next == " in " || next == " by " ||
          s.substr(hit.cue.end, 8) == " online ");
}

// True when a one-word source that is no pronoun follows an auxiliary
// ("did not return calls seeking comment"): that word is a verb, not a
// speaker (but "do you think", "does he know" ask a speaker).
bool VerbAfterAuxiliary(const Lexicon& lexicon, const Hit& hit, std::string_view s,
                        size_t pos) {
  const std::string_view source = TextOf(s, hit.source);
  // (A possessive, "has his concerns", is a determiner, not the subject.)
  if (source.find(' ') != std::string_view::npos ||
      (lexicon.pronouns().Find(source) && lexicon.FunctionKind(source) != "determiner")) {
    return false;
  }
  std::string_view before = PreviousWord(s, pos);
  if (before.empty()) return false;
  const size_t before_at = static_cast<size_t>(before.data() - s.data());
  // "didn't": the word ends "n't" (an apostrophe is no word byte)
  if (before == "t" && before_at >= 2 && s[before_at - 1] == '\'' && s[before_at - 2] == 'n') {
    return true;
  }
  if (before == "not") before = PreviousWord(s, before_at);
  return lexicon.FunctionKind(before) == "aux";
}

// The grammatical number a determiner gives its noun phrase: 1 singular
// ("a", "each"), 2 plural ("few", "two"), 0 none or either ("the", "one",
// a figure that may be a year: "a 2011 email shows").
int DeterminerNumber(std::string_view word) {
  if (word == "a" || word == "an" || word == "another" || word == "each" || word == "every") {
    return 1;
  }
  if (word == "few" || word == "many" || word == "several" || word == "both" || word == "two" ||
      word == "three" || word == "these" || word == "those") {
    return 2;
  }
  return 0;
}

// True when the cue verb cannot agree with a determiner of number at most
// three words before it: then the cue word is a noun ("Pence sounded a
// positive note about …", "gave a few hints of …", "had two main
// questions"). A singular determiner before a base form that is no past
// tense (the lexicon holds its regular past: "note" and "noted", but not
// "read", "a sign read"), or a plural one before an "-s" form. (The
// determiner may stand inside the source, "Lopez struck a positive", or
// right before it, where a later start takes "positive" for the source.)
bool DisagreeingVerb(const Lexicon& lexicon, const Hit& hit, std::string_view s) {
  int number = 0;
  size_t at = hit.cue.begin;
  std::string_view after;  // the word after `word`
  for (int words = 0; words < 3 && number == 0; ++words) {
    const std::string_view word = PreviousWord(s, at);
    number = DeterminerNumber(word);
    // (A count of time is a span, no subject: "a poll taken two weeks ago
    // shows", "polls over the past two weeks show".)
    if (number != 0 && (after == "days" || after == "weeks" || after == "months" ||
                        after == "years")) {
      return false;
    }
    after = word;
    // (Only content words between: "a step they believe" has a subject.)
    if (word.empty() || (number == 0 && (!lexicon.FunctionKind(word).empty() ||
                                         lexicon.pronouns().Find(word) != nullptr))) {
      return false;
    }
    at = static_cast<size_t>(word.data() - s.data());
  }
  // Inside the source, a determiner after a preposition opens no subject:
  // "voters in each state want".
  const std::string_view before_kind = lexicon.FunctionKind(PreviousWord(s, at));
  if (at > hit.source.begin && (before_kind == "stop" || before_kind == "np-internal")) {
    return false;
  }
  const std::string_view verb = TextOf(s, hit.cue);
  const std::string& lemma = lexicon.cues().entry(hit.cue_entry).fields[1];
  if (number == 1) {
    if (verb != lemma) return false;
    const std::string past = lemma.ends_with('e') ? lemma + "d" : lemma + "ed";
    return lexicon.cues().Find(past) != nullptr;
  }
  return number == 2 && IsSForm(verb, lemma);
}

// True when the hit's aside is a relative "who" with an aside of its own
// ("her campaign leadership, who, on a press call Friday, criticized"): the
// relative speaks, as a later start finds.
bool RelativeWithAside(const Hit& hit, std::string_view s) {
  return !hit.appositive.empty() && s.substr(hit.appositive.begin, 5) == "who, ";
}

// True when the source stands inside the prepositional phrase that opens
// the sentence (head_words.tsv kind "clause-opener"), before its first
// comma, and has a comma aside: that comma closes the phrase, and the
// aside is the subject ("In a study of voters in Ohio and Pennsylvania,
// Working America, a labor group, found …"), as a later start finds.
bool InsideOpeningPhrase(const Lexicon& lexicon, const Hit& hit, std::string_view s) {
  if (hit.appositive.empty() || hit.appositive.begin < 2 ||
      s.substr(hit.appositive.begin - 2, 2) != ", ") {
    return false;
  }
  const size_t first = s.find_first_not_of("\" (");
  if (first >= hit.source.begin) return false;
  size_t first_end = first;
  while (first_end < s.size() && IsWordByte(s[first_end])) ++first_end;
  return first_end < hit.source.begin &&
         s.substr(first, hit.source.begin - first).find(',') == std::string_view::npos &&
         lexicon.IsHeadWord(s.substr(first, first_end - first), "clause-opener");
}

// True when the hit's "that" clause is an object relative ("a gap that
// homeland security experts say renders …"): a clause of at most three
// words before the cue is the cue's subject, not a clause about the source.
// Unless its first word is a verb: an auxiliary ("the group that was
// founded …"), or a word before an article or possessive ("the firm that
// built the wall said", "a group that organized the protest said"), which no
// subject of a cue is followed by.
bool ObjectRelative(const Lexicon& lexicon, const Hit& hit, std::string_view s) {
  if (hit.appositive.empty()) return false;
  const std::string_view clause = TextOf(s, hit.appositive);
  if (!clause.starts_with("that ")) return false;
  if (std::count(clause.begin(), clause.end(), ' ') > 3) return false;
  const size_t first = 5;
  const size_t first_end = WordEnd(clause, first);
  if (first_end == first) return true;
  if (first_end + 1 >= clause.size() || clause[first_end] != ' ') return true;
  const size_t second_end = WordEnd(clause, first_end + 1);
  const std::string_view second = clause.substr(first_end + 1, second_end - first_end - 1);
  const std::string_view second_kind = lexicon.FunctionKind(second);
  // (An auxiliary alone, or before an adverb, is the cue's own: "performances
  // that don't tell you", "a group that has repeatedly said".)
  if (lexicon.FunctionKind(clause.substr(first, first_end - first)) == "aux") {
    return second_kind == "aux" || second_kind == "adverb" || LooksLikeLyAdverb(second);
  }
  return second_kind != "determiner";
}

// True when the hit names something rather than reports a description:
// "a website called Real News", "an aide named Smith", "a company run by a
// man named Tom Clarke" (a reduced passive: no one speaks).
bool NamingParticiple(const Hit& hit, std::string_view s) {
  if ((hit.pattern != Pattern::kSourceDescribesAs && hit.pattern != Pattern::kSourceCue) ||
      hit.source.empty()) {
    return false;
  }
  const std::string_view cue = TextOf(s, hit.cue);
  if (cue != "called" && cue != "named") return false;
  // The article of the noun before the cue decides: "a program called
  // Sandy Hook Promise", "the founder of a group called …" name things;
  // "the mayor called …", "a spokesman for Clinton called …" speak. (The
  // article may stand up to two words before the source's start: "a newly
  // formed super PAC called Future 45".)
  size_t end = hit.cue.begin;
  int before_source = 0;  // words looked at before the source's start
  while (end > 0 && before_source <= 2) {
    while (end > 0 && s[end - 1] == ' ') --end;
    size_t begin = end;
    while (begin > 0 && s[begin - 1] != ' ') --begin;
    const std::string_view word = s.substr(begin, end - begin);
    if (word == "a" || word == "an") return true;
    if (word.empty() || !IsWordByte(word.back()) || word == "the" || word == "his" ||
        word == "her" || word == "their" || word == "its" || word == "for" || word == "of") {
      return false;
    }
    if (begin < hit.source.begin) ++before_source;
    end = begin;
  }
  return false;
}

// True when a source ends in plural evidence (head_words.tsv kind
// "evidence", in the plural): "ahead in national polls", "in several
// recent surveys" (a standing, seldom a source; one named poll is: "in the
// latest CNN poll").
bool PluralEvidence(const Lexicon& lexicon, std::string_view source) {
  const size_t space = source.rfind(' ');
  const std::string_view head =
      space == std::string_view::npos ? source : source.substr(space + 1);
  return head.ends_with('s') && lexicon.IsHeadWord(head, "evidence");
}

// True when a colon lead-in is a tally or a clock, not a speaker: "Sanders:
// 1,501." (nothing but a figure follows), "11: 06 a.m." (a figure leads).
bool TallyOrClock(const Hit& hit, std::string_view s) {
  auto figure = [](std::string_view t) {
    while (!t.empty() && (t.back() == '.' || t.back() == ' ')) t.remove_suffix(1);
    return !t.empty() && t.find_first_not_of("0123456789,.%$ ") == std::string_view::npos;
  };
  return figure(TextOf(s, hit.source)) ||
         (hit.content_begin != kNoContent && hit.content_begin <= s.size() &&
          figure(s.substr(hit.content_begin)));
}

// True when a colon lead-in follows the dash that ends a digest's heading
// and opens a quotation: "POLLS WERE EARLY - Mark Blumenthal: "Although
// …"", "Pollsters agree - Carl Bialik: "One of …"" (a roundup quoting one
// writer per item; without the quotation, "Update - Vote count: 98%" is a
// heading).
bool DigestLeadIn(const Hit& hit, std::string_view s, size_t pos) {
  return FollowsDash(s, pos) && ContentOpensQuotation(hit, s);
}

// True when the relative word at `pos` follows its antecedent: ", which"
// ("the agreement, which Putin opposed"), "(which", "- which", or "that"
// after a noun ("a charge that leaders denied"; not "said that officials
// denied", where "that" opens the said clause, nor "so that").
bool FollowsAntecedent(const Lexicon& lexicon, std::string_view s, size_t pos) {
  size_t p = pos;
  while (p > 0 && s[p - 1] == ' ') --p;
  if (p == 0) return false;
  if (s.substr(pos, 5) == "which") return s[p - 1] == ',' || s[p - 1] == '(' || s[p - 1] == '-';
  const std::string_view before = PreviousWord(s, p);
  return !before.empty() && lexicon.FunctionKind(before).empty() &&
         !lexicon.CueAt(s, p - before.size());
}

// True when a participle with no comma before it is a reporting verb
// before a that-clause or a quotation ("sent an email Wednesday saying
// that …", "made a pitch to voters saying \"…\""): only such a participle
// reports the main clause's words without a comma.
// (Not "quoted Smith as saying": Smith speaks.)
bool ReportingParticiple(const Lexicon& lexicon, const Hit& hit, std::string_view s) {
  if (PreviousWord(s, hit.cue.begin) == "as") return false;
  const PhraseTable::Entry& row = lexicon.cues().entry(hit.cue_entry);
  if (lexicon.nesting().Find(row.fields[1]) == nullptr) return false;
  const std::string_view after = s.substr(hit.cue.end);
  return after.starts_with(" that ") || after.starts_with(" \"") || after.starts_with(", \"") ||
         after.starts_with(": ");
}

// True when the cue's last word stands in a phrase of not_cues.tsv that
// runs past the cue, after it ("voters showed up", "the hiccup adds to
// the drama") or before it ("it goes without saying", "to curry favor"),
// starting at most three words before that word.
bool NotCuePhrase(const Lexicon& lexicon, const Hit& hit, std::string_view s) {
  size_t word = hit.cue.end;
  while (word > hit.cue.begin && s[word - 1] != ' ') --word;
  if (!lexicon.InNotCuePhrase(s.substr(word, hit.cue.end - word))) return false;
  size_t start = word;
  for (int words_before = 0; words_before <= 3; ++words_before) {
    const PhraseMatch match = lexicon.not_cues().MatchAt(s, start);
    if (match && start + match.length > word &&
        (start < hit.cue.begin || start + match.length > hit.cue.end)) {
      return true;
    }
    if (start < 2 || s[start - 1] != ' ') return false;
    start = static_cast<size_t>(PreviousWord(s, start - 1).data() - s.data());
  }
  return false;
}

// True when a describing cue that describes only with "as" (its lemma of
// head_words.tsv kind "describe-as") has no "as" in the words after it:
// "Sanders has cast the Clintons as part of the establishment" describes,
// "the report cast doubt on the plan" and "he cast his vote" do not.
bool DescribesWithoutAs(const Lexicon& lexicon, const Hit& hit, std::string_view s) {
  if (hit.pattern != Pattern::kSourceDescribesAs && hit.pattern != Pattern::kPassiveBy) {
    return false;
  }
  if (!lexicon.IsHeadWord(lexicon.cues().entry(hit.cue_entry).fields[1], "describe-as")) {
    return false;
  }
  // The next ten words ("characterized Sen. Tim Kaine, D-Va., as, …").
  size_t pos = hit.cue.end;
  for (int words = 0; words < 10 && pos < s.size(); ++words) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    const size_t end = std::min(s.find(' ', pos), s.size());
    std::string_view token = s.substr(pos, end - pos);
    while (!token.empty() && !IsWordByte(token.back())) token.remove_suffix(1);
    if (token == "as") return false;
    pos = end;
  }
  return true;
}

// True when the hit's pattern may start at `pos`.
bool PlacedWell(const Lexicon& lexicon, std::span<const uint32_t> names, const Hit& hit,
                std::string_view s, size_t pos) {
  if (NotCuePhrase(lexicon, hit, s) || PossessiveSource(lexicon, hit, s) ||
      NamingParticiple(hit, s) || CompoundNounCue(lexicon, hit, s) ||
      TallySource(lexicon, hit, s) || DescribesWithoutAs(lexicon, hit, s)) {
    return false;
  }
  if (!hit.source.empty() && hit.source.begin == pos &&
      (AdverbSource(lexicon, hit, s) || StartsMidClause(lexicon, names, hit, s, pos) ||
       ObjectRelative(lexicon, hit, s) || InsideOpeningPhrase(lexicon, hit, s) ||
       AdverbialOpener(hit, s) || EndsInSubjectPronoun(hit, s) || RelativeWithAside(hit, s) ||
       VerbAfterAuxiliary(lexicon, hit, s, pos) || TimeAdjunctSource(hit, s) ||
       OpeningInObject(hit, s) || OpensIndirectQuestion(hit, s) ||
       (hit.pattern == Pattern::kSourceCue && DisagreeingVerb(lexicon, hit, s)))) {
    return false;
  }
  switch (hit.pattern) {
    case Pattern::kCueSource:  // (a base form opening a sentence is an
                               // imperative: "See photos below", "Read the rest")
      return FollowsCommaOrQuote(s, pos) ||
             (StartsSentence(s, pos) &&
              TextOf(s, hit.cue) != lexicon.cues().entry(hit.cue_entry).fields[1]);
    case Pattern::kParticipial:  // (or opening the sentence: "Citing X, Trump said")
      return FollowsCommaOrQuote(s, pos) || FollowsDash(s, pos) || FollowsSubordinator(lexicon, s, pos) ||
             StartsSentence(s, pos) || ReportingParticiple(lexicon, hit, s);
    case Pattern::kCiting:
      return FollowsCommaOrQuote(s, pos);
    case Pattern::kDashSource:  // (or opening a sentence cut after "?”")
      return FollowsQuote(s, pos) || StartsSentence(s, pos) || FollowsOpeningQuote(s, pos, hit);
    case Pattern::kSourceCue:  // "…, Smith said." needs its comma
      return hit.content_begin != kNoContent || FollowsCommaOrQuote(s, pos) ||
             StartsSentence(s, pos);
    case Pattern::kCoordinated:  // ", yet refuses" (not "had not yet discussed"; an "And"
                                 // opening the sentence joins no verb of it: "And
                                 // Skelly called …" is no "and called")
      return !StartsSentence(s, pos) &&
             (s.substr(pos, 4) != "yet " || FollowsCommaOrQuote(s, pos));
    case Pattern::kAgentless:  // a bare "asked" only opens a sentence
      return TextOf(s, hit.cue) != "asked" ||
             StartsSentence(s, pos);
    case Pattern::kObjectRelative:
      return FollowsAntecedent(lexicon, s, pos);
    case Pattern::kAccordingTo:  // (only 10 of 51 such "in … polls" are PolNeAR train cues)
      if (TextOf(s, hit.cue) == "per") {  // ("$5 per share", "per capita" are no cues)
        return FollowsCommaOrQuote(s, pos) || StartsSentence(s, pos);
      }
      return !(TextOf(s, hit.cue) == "in" && !StartsSentence(s, pos) &&
               PluralEvidence(lexicon, TextOf(s, hit.source)));
    case Pattern::kColonLeadIn:  // after nothing but quotation marks
      return (StartsSentence(s, pos) || DigestLeadIn(hit, s, pos)) && !TallyOrClock(hit, s);
    default:
      return true;
  }
}

// The cue prefilter. Every alternative of the attribution rule matches a
// cue phrase (cue_parser, through PhraseTable::MatchAt), and MatchAt only
// succeeds where the word at that position (or, for punctuation, the byte)
// starts some cue key. The cue parser is only ever tried at a parse start
// or right after a byte that is not a word byte (every grammar piece before
// a cue ends with a space, punctuation or a whole word). So a parse at
// `pos` over [pos, window_end) can only succeed when such a "cue start" lies
// in that window, and skipping the other positions changes no result. A
// cue of a self-anchored kind (kSelfAnchoredCueKinds) counts only for the
// attempt at its own position.

// True when a possessive may end one of the three words before `pos`, each
// followed by one space: where possessive_noun reads it ("his pledge",
// "the senator's repeated claims", "(their) two main concerns"). Every
// word start of each space-separated token is tried, so the answer is
// never false where the rule could read one.
bool PossessiveBefore(std::string_view s, size_t pos) {
  size_t end = pos;  // the space after a token
  for (int k = 0; k < 3; ++k) {
    if (end == 0 || s[end - 1] != ' ') return false;
    const size_t token_end = end - 1;
    size_t begin = token_end;
    while (begin > 0 && s[begin - 1] != ' ') --begin;
    for (size_t j = begin; j < token_end; ++j) {
      if ((j == begin || !IsWordByte(s[j - 1])) &&
          IsPossessiveWord(s.substr(j, token_end - j))) {
        return true;
      }
    }
    end = begin;
  }
  return false;
}

// True when a sentence's first word may stand before its subject with no
// comma: a connective (head_words.tsv kind "connective": "and", "but",
// "then") or an adverb (function_words.tsv kind "adverb": "later").
bool OpensBeforeSubject(const Lexicon& lexicon, std::string_view word) {
  return lexicon.IsHeadWord(word, "connective") || lexicon.FunctionKind(word) == "adverb";
}

// True when a cue may start in the window [pos, window_end) only because
// the window cuts a word short ("saidx" cut to "said"): WordEnd inside the
// window then ends at window_end - 1 or window_end.
bool CutCueStart(const PhraseTable& cues, std::string_view s,
                 std::span<const uint32_t> names, size_t pos, size_t window_end) {
  const size_t max_word = cues.max_first_word_bytes();
  const size_t from =
      window_end > pos + max_word + 1 ? window_end - max_word - 1 : pos;
  for (size_t c = from; c < window_end; ++c) {
    if (!IsWordByte(s[c]) || (c > pos && IsWordByte(s[c - 1])) ||
        parser::IsNameAt(names, c)) {
      continue;
    }
    for (size_t end : {window_end - 1, window_end}) {
      if (end > c && end - c <= max_word &&
          cues.StartsKey(s.substr(c, end - c))) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

// Appends to `starts` every position of `s` where MatchAt on the cue table
// could succeed, in order, and to `anchors` those of them where a cue of a
// kind that is not self-anchored may start (self_anchored_). A word whose
// cues are all of kind "infinitive" counts only right after "to "
// (Lexicon::AfterToOnly): the rules that read that kind read "to " right
// before it.
// In a sentence that fits one window (every attempt's window then ends
// where the sentence does, so a key matches in a window exactly when it
// matches in the sentence) a position counts only where a whole key
// matches, not just its first word ("it" of "it is unclear", "in" of the
// news), and only a key that some rule could read there (cue_needs_): an
// infinitive's after "to " and an opener ("point" of "to point", not of
// "the point"; "point out" anywhere), a noun cue after a possessive
// (PossessiveBefore), an "in" before a poll or survey (evidence_words_,
// looked up in the same pass).
void Grammar::FindCueStarts(std::string_view s, std::span<const uint32_t> names,
                            std::vector<uint32_t>& starts,
                            std::vector<uint32_t>& anchors) const {
  const Lexicon& lexicon = *lexicon_;
  const PhraseTable& cues = lexicon.cues();
  const size_t max_word = cues.max_first_word_bytes();
  const bool one_window = s.size() <= kMinWindowBytes;
  // An "in" waits in `starts` with this bit set until an evidence word
  // follows it; those still waiting at the end are dropped. (Offsets of a
  // sentence that fits one window are far below the bit.)
  constexpr uint32_t kAwaitsEvidence = 0x80000000u;
  size_t first_awaiting = std::string_view::npos;  // index into starts
  // (Those rules also need a word of head_words.tsv kind "causative" or
  // "purpose" before the "to": where none stands, no attempt is made. The
  // first such word is looked for once per sentence, so a sentence of
  // "to say to say …" stays linear.)
  size_t first_opener = std::string_view::npos;
  bool opener_sought = false;
  auto opens_infinitive_rule = [&](size_t pos) {
    if (!FollowsTo(s, pos)) return false;
    if (!opener_sought) {
      opener_sought = true;
      for (size_t at = 0; at < s.size() && first_opener == std::string_view::npos;) {
        const size_t end = WordEnd(s, at);
        const std::string_view word = s.substr(at, end - at);
        if (end > at && (lexicon.IsHeadWord(word, "causative") ||
                         lexicon.HeadPhraseAt(s, at, "purpose") != 0)) {  // ("going on")
          first_opener = at;
        }
        at = std::max(end, at + 1);
      }
    }
    return first_opener < pos;
  };
  auto add = [&](size_t pos, const uint32_t* bucket) {
    if (lexicon.AfterToOnly(*bucket) && !opens_infinitive_rule(pos)) return;
    uint32_t awaits = 0;
    if (one_window) {
      auto needs = [&](uint32_t entry) { return static_cast<CueNeeds>(cue_needs_[entry]); };
      auto readable_here = [&](uint32_t entry) {
        switch (needs(entry)) {
          case CueNeeds::kInfinitiveOpener: return opens_infinitive_rule(pos);
          case CueNeeds::kPossessive: return PossessiveBefore(s, pos);
          case CueNeeds::kEvidenceAfter: return false;
          case CueNeeds::kAnywhere: break;
        }
        return true;
      };
      if (!cues.MatchInBucketIf(s, pos, *bucket, readable_here)) {
        // Else only if a poll follows: it waits for one.
        if (!cues.MatchInBucketIf(s, pos, *bucket, [&](uint32_t entry) {
              return needs(entry) == CueNeeds::kEvidenceAfter;
            })) {
          return;
        }
        awaits = kAwaitsEvidence;
        if (first_awaiting == std::string_view::npos) first_awaiting = starts.size();
      }
    }
    starts.push_back(static_cast<uint32_t>(pos) | awaits);
    if (!self_anchored_[*bucket]) anchors.push_back(static_cast<uint32_t>(pos));
  };
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (!IsWordByte(c)) {
      if (cues.StartsKeyWithByte(c)) {
        // (StartsKeyWithByte is set only for one-byte first words.)
        if (const uint32_t* bucket = cues.FirstWordBucket(s.substr(i, 1))) add(i, bucket);
      }
      ++i;
      continue;
    }
    // A run of word bytes starts here (the loop steps over whole runs, so
    // the byte before is no word byte).
    size_t run_end = i + 1;
    while (run_end < s.size() && IsWordByte(s[run_end])) ++run_end;
    // Bounded, so a 10^5-byte hyphenated run stays linear: a word longer
    // than every first word cannot start a key, and WordEnd over a prefix
    // ending 2 bytes past the longest key tells that apart exactly.
    const size_t limit = std::min(s.size(), i + max_word + 2);
    // WordEnd stops where the run does unless a joiner and a word byte
    // follow it (most words): then it need not read the run again.
    const bool joined = run_end + 1 < s.size() && text::JoinsWordsAt(s.data(), run_end);
    const size_t end =
        run_end < limit && !joined ? run_end : WordEnd(s.substr(0, limit), i);
    if (first_awaiting != std::string_view::npos) {
      // (head_word reads the whole word: past `limit`, WordEnd again)
      const size_t word_end = end < limit ? end : WordEnd(s, i);
      if (evidence_words_.Contains(s.substr(i, word_end - i))) {
        for (size_t k = first_awaiting; k < starts.size(); ++k) starts[k] &= ~kAwaitsEvidence;
        first_awaiting = std::string_view::npos;
      }
    }
    if (end - i <= max_word && !parser::IsNameAt(names, i)) {
      if (const uint32_t* bucket = cues.FirstWordBucket(s.substr(i, end - i))) add(i, bucket);
    }
    i = run_end;  // the bytes inside the run start no word
  }
  if (first_awaiting != std::string_view::npos) {
    std::erase_if(starts, [](uint32_t start) { return (start & kAwaitsEvidence) != 0; });
  }
}

FindScratch::FindScratch() = default;
FindScratch::~FindScratch() = default;
FindScratch::FindScratch(FindScratch&&) noexcept = default;
FindScratch& FindScratch::operator=(FindScratch&&) noexcept = default;

std::vector<Hit> Grammar::FindAll(std::string_view sentence,
                                  std::span<const uint32_t> names) const {
  FindScratch scratch;
  return Find(sentence, names, &scratch);
}

std::vector<Hit> Grammar::FindAll(std::string_view sentence,
                                  std::span<const uint32_t> names,
                                  FindScratch& scratch) const {
  return Find(sentence, names, &scratch);
}

std::vector<Hit> Grammar::FindAllExhaustive(std::string_view sentence,
                                            std::span<const uint32_t> names) const {
  return Find(sentence, names, nullptr);
}

std::vector<Hit> Grammar::Find(std::string_view sentence,
                               std::span<const uint32_t> names,
                               FindScratch* scratch) const {
  namespace x3 = boost::spirit::x3;
  const bool fast = scratch != nullptr;
  std::vector<Hit> hits;
  std::vector<parser::WordMemo> no_memo;
  std::vector<parser::WordMemo>& memo = fast ? scratch->memo_ : no_memo;
  parser::ParseState state{lexicon_.get(), sentence.data(), Hit{},
                           sentence.data() + sentence.size(),
                           fast ? &memo : nullptr, names};
  state.memo_window_end = state.sentence_end;
  // Parses `rule` at `pos` in its window (WindowEnd); the result is in
  // state.hit.
  auto parse_at = [&](const auto& rule, size_t pos) {
    const char* first = sentence.data() + pos;
    const char* window_end = sentence.data() + WindowEnd(pos, sentence.size());
    return x3::parse(first, window_end,
                     x3::with<parser::state_tag>(state)[rule]);
  };
  // Where the subject of the sentence may start (find_subject): the same
  // for every hit of the sentence, so read once, at the first that asks
  // (a sentence of 4 KB may hold hundreds).
  struct SubjectStarts {
    size_t at[6];
    size_t count = 0;
    // An opening adjunct before a comma is no subject: "Facing mounting
    // criticism, Mr. Trump released …", "Like Mr. Sanders, she has …",
    // "More recently, Rubio has …".
    bool opening_adjunct = false;
  };
  std::optional<SubjectStarts> subject_starts;
  // After a dateline's dash ("ATLANTIC CITY - Hillary Clinton descended
  // …, delivering …"), at the sentence start, or after a leading phrase
  // closed by one of the first three commas ("On Thursday, however, Trump
  // spoke …").
  auto read_subject_starts = [&] {
    SubjectStarts starts;
    const size_t dash = sentence.substr(0, 80).find(" - ");
    starts.at[starts.count++] = dash == std::string_view::npos ? sentence.size() : dash + 3;
    starts.at[starts.count++] = 0;
    // Or after an opening conjunction or adverb: "But Trump cut into Bush,
    // calling …", "Then he …".
    const size_t first_space = sentence.find(' ');
    if (first_space != std::string_view::npos &&
        OpensBeforeSubject(*lexicon_, sentence.substr(0, first_space))) {
      starts.at[starts.count++] = first_space + 1;
    }
    // After a comma, or after a quotation closed by a comma, "?" or "!"
    // inside its mark (folded to '"'): "“We will win,” Blige sings to
    // Clinton before asking her …", "After saying it was “so swollen,” she
    // was …".
    for (size_t comma = sentence.find_first_of(",?!"); comma != std::string_view::npos;
         comma = sentence.find_first_of(",?!", comma + 1)) {
      const size_t after = comma + 1;
      size_t start = std::string_view::npos;
      if (sentence[comma] == ',' && after < sentence.size() && sentence[after] == ' ') {
        start = after + 1;
      } else if (sentence.substr(after, 2) == "\" ") {
        start = after + 2;
      }
      if (start == std::string_view::npos) continue;
      if (starts.count == std::size(starts.at)) break;
      starts.at[starts.count++] = start;
    }
    starts.opening_adjunct = starts.count > 2 && OpensWithAdjunct(*lexicon_, sentence);
    return starts;
  };
  // The subject of the sentence, ending by `limit`: of the last joined
  // clause before it, else at one of the subject starts.
  auto find_subject = [&](size_t limit) -> Range {
    // A clause of its own joined before the cue has the nearer subject:
    // "Christie unleashed attacks …, and the New Jersey governor tripped
    // up Rubio by calling …", "…, while her rival has soared by saying".
    // (Not for a participle opening the sentence: its subject is after it.)
    const size_t joined =
        limit < sentence.size() ? LastJoinedClause(sentence.substr(0, limit)) : 0;
    if (joined != 0 && parse_at(subject(), joined) && state.hit.source.end <= limit) {
      return state.hit.source;
    }
    if (!subject_starts) subject_starts = read_subject_starts();
    for (size_t i = 0; i < subject_starts->count; ++i) {
      const size_t pos = subject_starts->at[i];
      if (pos >= limit || pos >= sentence.size()) continue;
      if (pos == 0 && subject_starts->opening_adjunct) continue;
      if (parse_at(subject(), pos) && state.hit.source.end <= limit) return state.hit.source;
    }
    return {};
  };
  const PhraseTable& cues = lexicon_->cues();
  std::vector<uint32_t> no_cue_starts;
  std::vector<uint32_t>& cue_starts =
      fast ? scratch->cue_starts_ : no_cue_starts;
  std::vector<uint32_t> no_anchor_starts;
  std::vector<uint32_t>& anchor_starts = fast ? scratch->anchor_starts_ : no_anchor_starts;
  cue_starts.clear();
  anchor_starts.clear();
  if (fast) {
    FindCueStarts(sentence, names, cue_starts, anchor_starts);
  }
  state.cue_starts = cue_starts;
  if (fast && cue_starts.empty() &&
      sentence.size() <= kMinWindowBytes) {
    return hits;  // most sentences: no cue, nothing to parse
  }
  // Every entry as new (a reused buffer holds the last sentence's words).
  if (fast) memo.assign(sentence.size() + 1, parser::WordMemo{});
  size_t next_cue = 0;  // first entry of cue_starts at or after pos
  size_t next_anchor = 0;  // the same in anchor_starts
  size_t resume = 0;  // no hit may start before this offset
  size_t cut_window_end = 0;  // the window CutCueStart was last asked about
  bool window_cuts_cue = false;  // and its answer
  for (size_t pos = 0; pos < sentence.size(); ++pos) {
    // No word starts inside a run of word bytes (nor a dash): step over the
    // rest of the run in one tight loop.
    if (pos > 0 && IsWordByte(sentence[pos - 1])) {
      while (pos < sentence.size() && IsWordByte(sentence[pos])) ++pos;
      if (pos == sentence.size()) break;
    }
    const bool dash = sentence[pos] == '-' && pos + 1 < sentence.size() &&
                      sentence[pos + 1] == ' ';
    if (pos < resume || !(IsWordStart(sentence, pos) || dash)) continue;
    while (next_cue < cue_starts.size() && cue_starts[next_cue] < pos)
      ++next_cue;
    while (next_anchor < anchor_starts.size() && anchor_starts[next_anchor] < pos)
      ++next_anchor;
    // Past the last cue start of a sentence that fits one window, no
    // window can hold a cue start (and none is cut short): done.
    if (fast && next_cue == cue_starts.size() &&
        sentence.size() <= kMinWindowBytes) {
      break;
    }
    const size_t window_end = WindowEnd(pos, sentence.size());
    if (fast && window_end != cut_window_end) {
      // A window of its own (in a sentence longer than one): does it cut a
      // cue short? (The same for every attempt sharing it: they all start
      // more than a cue word before its end.)
      cut_window_end = window_end;
      window_cuts_cue = window_end < sentence.size() &&
                        CutCueStart(cues, sentence, names, pos, window_end);
    }
    // A cue starting here, or one in the window that is not self-anchored
    // (kSelfAnchoredCueKinds: those begin their patterns, so only the
    // attempt at their own position can use them).
    if (fast && !(next_cue < cue_starts.size() && cue_starts[next_cue] == pos) &&
        !(next_anchor < anchor_starts.size() && anchor_starts[next_anchor] < window_end) &&
        !window_cuts_cue) {
      continue;
    }
    if (fast && sentence.data() + window_end != state.memo_window_end) {
      // The window moved on: forget what the memos read in the last one.
      const size_t last_end = static_cast<size_t>(state.memo_window_end - sentence.data());
      for (size_t i = FirstOffsetInWindow(last_end); i <= last_end; ++i) {
        memo[i].ForgetWindow();
      }
      state.memo_window_end = sentence.data() + window_end;
    }
    if (fast) ++scratch->attempts_;
    if (parse_at(attribution(), pos)) {
      if (!PlacedWell(*lexicon_, names, state.hit, sentence, pos)) continue;
      Hit hit = state.hit;
      hit.start = static_cast<uint32_t>(pos);
      const bool carried = CarriesMainClauseSource(hit.pattern);
      const auto speaker =
          carried ? std::find_if(hits.rbegin(), hits.rend(),
                                 [&](const Hit& h) { return NamesClauseSpeaker(h, sentence); })
                  : hits.rend();
      if (carried && speaker == hits.rend()) {
        // No earlier speaker in the sentence: its subject, before the cue
        // unless the participle opens the sentence (OpensSentence).
        // (A purpose's subject ends before its verb: "Attendees used markers
        // to write …" has the subject "Attendees".)
        const size_t limit = hit.pattern == Pattern::kPurpose
                                 ? PurposeVerbBefore(*lexicon_, sentence, hit.cue.begin)
                             : OpensSentence(*lexicon_, sentence, pos) ? sentence.size()
                                                            : hit.cue.begin;
        hit.source = find_subject(limit);
      } else if (carried) {
        // A clause joined after the speaker's has a subject of its own:
        // "Officials said the bridge was late, and the mayor tripped up the
        // council by calling it a failure" (parse_at sets state.hit only).
        const size_t joined = LastJoinedClause(sentence.substr(0, hit.cue.begin));
        if (joined >= std::max(speaker->cue.end, speaker->source.end) &&
            parse_at(subject(), joined) && state.hit.source.end <= hit.cue.begin) {
          hit.source = state.hit.source;
          hit.own_subject = true;
        }
      }
      if (hit.pattern == Pattern::kCoordinated) {
        const size_t clause = SubordinateClauseStart(sentence.substr(0, hit.cue.begin));
        if (clause > hit.source.begin && parse_at(subject(), clause) &&
            state.hit.source.end <= hit.cue.begin) {
          hit.source = state.hit.source;
          hit.own_subject = true;
        }
        const size_t who = RelativeWhoBefore(*lexicon_, sentence.substr(0, hit.cue.begin));
        if (who != std::string_view::npos && who > hit.source.begin) {
          hit.source = {static_cast<uint32_t>(who),
                        static_cast<uint32_t>(WordEnd(sentence, who))};
          hit.own_subject = true;
        }
      }
      // (A subject after a sentence-opening participle may still start
      // the main clause's own attribution.)
      const uint32_t source_end =
          hit.pattern == Pattern::kParticipial && hit.source.begin > hit.cue.begin
              ? 0
              : hit.source.end;
      resume = std::max({hit.cue.end, source_end, hit.recipient.end});
      if (hit.pattern == Pattern::kParticipial) state.after_participle = true;
      hits.push_back(hit);
    }
  }
  return hits;
}

}  // namespace whosaid::grammar
