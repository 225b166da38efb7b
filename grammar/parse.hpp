// The grammar's Spirit-free façade: find attribution patterns in one folded
// sentence.
//
// Input is text as produced by text::Fold (lower case, single spaces,
// ASCII quotes). Output offsets are byte offsets into that folded sentence;
// callers map them back to the input with FoldedText::ToSource.
//
//   Result<Grammar> g = Grammar::Create();
//   for (const Hit& hit : g->FindAll(folded.text)) { … }
//
// Thread-safety: a Grammar is immutable after Create; FindAll may run on
// many threads at once.
#ifndef WHOSAID_GRAMMAR_PARSE_HPP_
#define WHOSAID_GRAMMAR_PARSE_HPP_

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "grammar/lexicon.hpp"
#include "grammar/word_map.hpp"
#include "status.hpp"

namespace whosaid::grammar {

// Which pattern matched. Each has a stable rule id (PatternRuleId).
enum class Pattern : uint8_t {
  kSourceCue,        // SOURCE CUE [that] CONTENT, or CONTENT, SOURCE CUE
  kCueSource,        // CONTENT, CUE SOURCE ("…, said Smith")
  kSourceToldRecipient,  // SOURCE told RECIPIENT [that] CONTENT
  kSourceDescribesAs,    // SOURCE described X as Y
  kInWhatDescribedAs,    // in what SOURCE described as CONTENT
  kAccordingTo,      // according to SOURCE, CONTENT / CONTENT, according to SOURCE
  kCiting,           // …, citing SOURCE [of CONTENT]
  kParticipial,      // …, saying CONTENT (source from the main clause)
  kCoordinated,      // SOURCE did X and said CONTENT
  kAgentless,        // widely viewed as CONTENT, it was reported that CONTENT
  kColonLeadIn,      // SOURCE: CONTENT at a sentence start
  kDashSource,       // "QUOTATION" - SOURCE
  kReportedBy,       // as first reported by SOURCE [, citing PRIMARY]
  kPossessiveNoun,   // SOURCE's claim that CONTENT
  kPassiveBy,        // CONTENT backed by SOURCE
  kObjectRelative,   // CONTENT, which|that SOURCE CUE (the relative is the content)
  kPurpose,          // SOURCE took to Twitter to say CONTENT (source from the main clause)
};

// True for the patterns whose source is carried from the main clause (its
// speaker, else its subject) rather than parsed beside the cue: a
// participle, a coordinated cue, a purpose ("…, saying", "… and said",
// "took to Twitter to say").
constexpr bool CarriesMainClauseSource(Pattern pattern) {
  return pattern == Pattern::kParticipial || pattern == Pattern::kCoordinated ||
         pattern == Pattern::kPurpose;
}

// "source-cue", "cue-source", … (stable: reports and tests name them).
const char* PatternRuleId(Pattern pattern);

// A half-open byte range in the folded sentence; empty when absent.
struct Range {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return end <= begin; }
};

inline constexpr uint32_t kNoContent = 0xFFFFFFFF;

struct Hit {
  Pattern pattern = Pattern::kSourceCue;
  // Empty for agentless hits. A participial or coordinated hit carries the
  // sentence's subject when no earlier hit in the sentence has a source,
  // or the subject of a clause joined after that hit's speaker (then
  // own_subject is set).
  Range source;
  bool own_subject = false;
  Range cue;
  // A conduit: "told RECIPIENT", "according to a Reuters report citing …";
  // for kReportedBy, the primary source the outlet cites (swapped with the
  // source by assembly).
  Range recipient;
  // An aside between source and cue: "Maria Lopez, [a spokeswoman], said".
  Range appositive;
  // Where content starts after the cue, or kNoContent when the content
  // stands before the source (inverted and quote-first forms).
  uint32_t content_begin = kNoContent;
  uint32_t cue_entry = 0;  // index into Lexicon::cues()
  // Where the pattern's match starts: the source or cue, or a word before
  // them that belongs to the pattern ("as" in "…, as Smith noted").
  uint32_t start = 0;
};

// What joins a clause of its own to the one before it: the subject after
// it, not the sentence's, speaks for a later participle ("Christie
// attacked Rubio, and the governor tripped him up by calling …").
inline constexpr std::string_view kClauseJoiners[] = {", and ", ", but ", ", while ", "; "};

// True when the hit's source is the speaker of its clause, whom a later
// participle or coordinated cue shares ("Trump doubled down on his attacks,
// saying …": not "his", the possessive of a noun cue; not the agent of a
// passive, what a citation cites, or a relative clause's "who").
// `folded_sentence` is the text FindAll ran on.
bool NamesClauseSpeaker(const Hit& hit, std::string_view folded_sentence);

// True when a comma or a quotation mark stands before `pos` of the folded
// sentence `s`, past spaces: where inverted and participial forms stand
// ("…, said Smith", "“…,” said Smith", "…, citing reports", "…, reports
// USA Today").
bool FollowsCommaOrQuote(std::string_view s, size_t pos);

// True when the hit's content after its cue opens with a quotation mark
// (folding made every quotation mark '"'): "Ortiz: “The ferry stays.”".
bool ContentOpensQuotation(const Hit& hit, std::string_view folded_sentence);

// A parse attempt reads a window of the sentence, not all of it: patterns
// are short, and a window keeps a 10^5-word sentence linear instead of
// re-reading the rest of it from every word. A pattern found at `pos`
// lies within [pos, WindowEnd(pos, size)).
inline constexpr size_t kMinWindowBytes = 1024;   // the least a window holds
inline constexpr size_t kWindowStepBytes = 512;  // windows end at multiples

// The end of the window of a parse attempt at `pos` of a sentence of `size`
// bytes: at least kMinWindowBytes on, rounded up to a multiple of
// kWindowStepBytes, and never past the sentence end. A sentence that fits
// one window is read whole by every attempt; in a longer one, the attempts
// of a run of kWindowStepBytes bytes share a window, so what the word memo
// holds about it (what follows a source, noun phrase steps, failed cue
// tails: parser::MemoCoversWindow) serves all of them instead of none.
constexpr size_t WindowEnd(size_t pos, size_t size) {
  const size_t least = pos + kMinWindowBytes;
  const size_t rounded = (least + kWindowStepBytes - 1) / kWindowStepBytes * kWindowStepBytes;
  return rounded < size ? rounded : size;
}

namespace parser {
struct WordMemo;
}  // namespace parser

// Buffers Grammar::FindAll reuses from one sentence to the next (the word
// memo, 32 bytes per byte of the sentence, and the prefilter's cue starts)
// instead of allocating them per call. It carries nothing from one call to
// the next that changes a result; use one per thread (e.g. per document).
class FindScratch {
 public:
  FindScratch();
  ~FindScratch();
  FindScratch(FindScratch&&) noexcept;
  FindScratch& operator=(FindScratch&&) noexcept;

  // How many times FindAll with this scratch has run the attribution rule
  // (one parse attempt per word start the prefilter lets through), summed
  // over its calls: what the prefilter is measured by.
  uint64_t attempts() const { return attempts_; }

 private:
  friend class Grammar;
  uint64_t attempts_ = 0;
  std::vector<parser::WordMemo> memo_;
  std::vector<uint32_t> cue_starts_;
  std::vector<uint32_t> anchor_starts_;
};

class Grammar {
 public:
  // Builds the grammar over the embedded lexicons.
  static Result<Grammar> Create();
  // Builds the grammar over `lexicon`.
  static Grammar FromLexicon(Lexicon lexicon);

  // Returns every pattern found in `folded_sentence`, in order of position.
  // A hit never starts inside the source or cue of an earlier hit, except
  // that the subject after a sentence-opening participle ("Citing X, Trump
  // said") starts its own.
  // `names`: sorted byte offsets of words that start no cue and are no
  // function word however they are spelt, because the input capitalises
  // them mid-sentence ("Trump spokeswoman Hope Hicks said": a name, not the
  // verb "hope"; "Yin Myint May, a doctor, said": not the auxiliary);
  // folding lost the case, so the caller, who has the input, says where
  // they are.
  std::vector<Hit> FindAll(std::string_view folded_sentence,
                           std::span<const uint32_t> names = {}) const;
  // The same, with the working buffers of `scratch`.
  std::vector<Hit> FindAll(std::string_view folded_sentence,
                           std::span<const uint32_t> names,
                           FindScratch& scratch) const;

  // The same result computed the slow way, as a reference for tests: the
  // rule at every word start, without the cue prefilter or the word memo.
  std::vector<Hit> FindAllExhaustive(std::string_view folded_sentence,
                                     std::span<const uint32_t> names = {}) const;

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  explicit Grammar(std::shared_ptr<const Lexicon> lexicon);
  // With a scratch: the fast way (prefilter and word memo); without: the
  // exhaustive one.
  std::vector<Hit> Find(std::string_view sentence,
                        std::span<const uint32_t> names,
                        FindScratch* scratch) const;
  // The prefilter: where a cue may start in `sentence` (parse.cpp).
  void FindCueStarts(std::string_view sentence, std::span<const uint32_t> names,
                     std::vector<uint32_t>& starts, std::vector<uint32_t>& anchors) const;
  std::shared_ptr<const Lexicon> lexicon_;
  // Per first-word bucket of the cue table: true when every cue starting
  // with that word is of a kind whose patterns start at the cue itself
  // (kSelfAnchoredCueKinds in parse.cpp).
  std::vector<bool> self_anchored_;
  // Per cue entry, a CueNeeds (parse.cpp): what must stand around the cue
  // for a rule to read it (kind "infinitive": "to " and a causative or
  // purpose word before that; "noun": a possessive before it;
  // "in-evidence": a poll or survey after it), or nothing.
  std::vector<uint8_t> cue_needs_;
  // The one-word head words of kind "evidence" ("poll", "survey"): a word
  // is one exactly when Lexicon::IsHeadWord(word, "evidence") holds.
  WordMap evidence_words_;
};

}  // namespace whosaid::grammar

#endif  // WHOSAID_GRAMMAR_PARSE_HPP_
