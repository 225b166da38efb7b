// Claims: what a sentence asserts, split into clauses, with the words that
// make it worth a fact-check, its hedges, and whether it is boilerplate.
//
// All matching is on folded text (text/normalize.hpp: NFKC case folding,
// typographic quotes and dashes made ASCII), and every span maps back to
// input byte offsets. The word lists are TSV data in src/claims/lexicon/,
// embedded at build time (see src/claims/CMakeLists.txt):
//   check_worthiness.tsv  phrase → statistic|comparison|causal|prediction
//   dates.tsv             date words (a dated clause without a prediction is
//                         a historical claim)
//   evaluative.tsv        evaluative wording ("historic", "so-called")
//   hedges.tsv            hedges ("may", "could", "is expected to")
//   boilerplate.tsv       sentence openings that make no claim → kind
//   anonymity_reasons.tsv words that give a reason for anonymity
//
//   Result<ClaimLexicon> lexicon = ClaimLexicon::LoadBuiltin();
//   for (ByteRange clause : SplitClauses(text, sentence)) {
//     Result<ClauseMarkers> m = lexicon->Markers(text, clause);
//   }
//
// A document's pass folds and tokenizes each sentence once (or reuses the
// folding the grammar made) and asks every question of that; the results
// are the same as above:
//
//   FoldedSentence folded;  // reused from sentence to sentence
//   if (Status s = folded.Reset(text, sentence); !s.ok()) …
//   lexicon->BoilerplateKind(folded, alone);
//   lexicon->Markers(text, folded, clause);
//   lexicon->AddSentence(text, folded, alone, document_claims);  // all
//
// Thread-safety: a ClaimLexicon is immutable after creation; its methods
// may be called from many threads at once.
#ifndef WHOSAID_CLAIMS_CLAIMS_HPP_
#define WHOSAID_CLAIMS_CLAIMS_HPP_

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "grammar/word_map.hpp"
#include "status.hpp"
#include "text/normalize.hpp"
#include "whosaid/v1/report.pb.h"

namespace whosaid::claims {

// A half-open range of input bytes.
struct ByteRange {
  uint32_t begin;
  uint32_t end;
  friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

// The clauses of text[sentence.begin, sentence.end): split after ";" and
// before "but" (not in "all but", "but also"), ", yet" and ", while"; never
// at the sentence's start, and never leaving a side of fewer than two words.
// Each clause runs from its first to its last non-space byte; a trailing
// "," or ";" is left out. Returns the whole sentence when nothing splits.
std::vector<ByteRange> SplitClauses(std::string_view text, ByteRange sentence);

// The same as first written: a byte at a time, "but", "yet" and "while"
// all tried at every word start. What SplitClauses' sixteen-byte scan and
// first-letter dispatch must agree with (fast_paths_test).
std::vector<ByteRange> SplitClausesOneAtATime(std::string_view text, ByteRange sentence);

// A word or punctuation token of folded text (see FoldedSentence).
struct Token {
  uint32_t begin;  // offsets into the folded text
  uint32_t end;
  std::string_view text;  // the folded bytes [begin, end)
};

// One range of the input (a sentence) folded (text::Fold) and split into
// tokens once, for the ClaimLexicon queries below. Reset reuses the buffers
// of the previous range. Not copyable or movable: the tokens point into
// the folded text.
class FoldedSentence {
 public:
  FoldedSentence() = default;
  FoldedSentence(const FoldedSentence&) = delete;
  FoldedSentence& operator=(const FoldedSentence&) = delete;

  // Folds and tokenizes text[range.begin, range.end). Fails only if ICU
  // does.
  Status Reset(std::string_view text, ByteRange range);
  // Tokenizes `folded`, which must be text::Fold of `range` (as the
  // attribution stage already folded it); keeps a pointer to it, so it must
  // outlive the queries.
  void Reset(const text::FoldedText& folded, ByteRange range);

  ByteRange range() const { return range_; }
  const text::FoldedText& folded() const { return *folded_; }
  const std::vector<Token>& tokens() const { return tokens_; }

  // The tokens of `sub`, a range inside range(), when they are exactly
  // what folding and tokenizing `sub` alone gives; empty optional when the
  // folding or a token crosses one of sub's ends (then fold it alone).
  std::optional<std::span<const Token>> TokensOf(ByteRange sub) const;

 private:
  ByteRange range_{0, 0};
  text::FoldedText own_;  // the folding Reset(text, …) made
  const text::FoldedText* folded_ = &own_;
  std::vector<Token> tokens_;
};

struct Trigger {
  v1::CheckWorthiness kind;
  ByteRange span;
};

struct ClauseMarkers {
  std::vector<Trigger> triggers;  // text order
  std::vector<ByteRange> hedges;  // text order
};

// What the claims layer finds in a document's sentences: for each
// sentence its boilerplate kind or its clauses, and each clause's markers.
// Filled sentence by sentence (ClaimLexicon::AddSentence) during the
// document's one pass over folded sentences, read by the report.
struct DocumentClaims {
  struct Sentence {
    std::string boilerplate;    // the kind, or "" for a sentence with claims
    uint32_t first_clause = 0;  // clauses[first_clause, +clause_count)
    uint32_t clause_count = 0;
  };
  struct Clause {
    ByteRange span;
    uint32_t first_trigger = 0;  // triggers[first_trigger, +trigger_count)
    uint32_t trigger_count = 0;
    uint32_t first_hedge = 0;  // hedges[first_hedge, +hedge_count)
    uint32_t hedge_count = 0;
  };
  std::vector<Sentence> sentences;
  std::vector<Clause> clauses;
  std::vector<Trigger> triggers;
  std::vector<ByteRange> hedges;
};

class ClaimLexicon {
 public:
  // The lexicons embedded at build time.
  static Result<ClaimLexicon> LoadBuiltin();
  // Lexicons from (file name, TSV text) pairs; the names select the table.
  static Result<ClaimLexicon> FromTsv(
      const std::vector<std::pair<std::string, std::string>>& files);

  // Check-worthiness triggers and hedges in text[clause.begin, clause.end).
  // A date is a HISTORICAL trigger only in a clause with no PREDICTION.
  // Fails only if ICU does.
  Result<ClauseMarkers> Markers(std::string_view text, ByteRange clause) const;
  // The same for a clause inside `sentence` (text is the same input),
  // reusing its folding and tokens.
  Result<ClauseMarkers> Markers(std::string_view text,
                                const FoldedSentence& sentence,
                                ByteRange clause) const;

  // The boilerplate kind of text[sentence.begin, sentence.end) ("copyright",
  // "byline", "credit", "follow-us", …), or "" for a sentence that makes a
  // claim. `alone_in_paragraph`: the sentence is its paragraph (bylines must
  // be). Fails only if ICU does.
  Result<std::string> BoilerplateKind(std::string_view text, ByteRange sentence,
                                      bool alone_in_paragraph) const;
  std::string BoilerplateKind(const FoldedSentence& sentence,
                              bool alone_in_paragraph) const;

  // The first words of text[sentence.begin, sentence.end) that give a
  // reason for a source's anonymity ("because", "not authorized", "to
  // discuss"), or nullopt. Fails only if ICU does.
  Result<std::optional<ByteRange>> AnonymityReason(std::string_view text,
                                                   ByteRange sentence) const;
  std::optional<ByteRange> AnonymityReason(
      const FoldedSentence& sentence) const;

  // Appends to `out` the boilerplate kind or the clauses (SplitClauses)
  // with their markers of `sentence`, folded and tokenized in `folded`
  // (text is the whole input). Fails only if ICU does.
  Status AddSentence(std::string_view text, const FoldedSentence& folded,
                     bool alone_in_paragraph, DocumentClaims& out) const;

 private:
  // Phrases as folded token sequences, grouped by first token, longest first.
  struct Phrase {
    std::vector<std::string> tokens;
    std::string value;  // kind or note
  };
  // Hashed, searched with a string_view (no allocation per lookup).
  struct PhraseHash {
    using is_transparent = void;
    // FNV-1a: keys and looked-up tokens are short words, where it is
    // cheaper than std::hash's murmur (a lookup per token of every clause).
    size_t operator()(std::string_view s) const {
      uint64_t h = 0xcbf29ce484222325ull;
      for (char c : s) {
        h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
      }
      return static_cast<size_t>(h);
    }
  };
  using PhraseTable = std::unordered_map<std::string, std::vector<Phrase>,
                                         PhraseHash, std::equal_to<>>;

  // The phrases of the four tables Markers consults that start with one
  // token, each list longest first.
  struct MarkerPhrases {
    std::vector<Phrase> dates;
    std::vector<Phrase> check_worthiness;
    std::vector<Phrase> evaluative;
    std::vector<Phrase> hedges;
  };

  ClaimLexicon() = default;
  ClauseMarkers MarkersOf(const text::FoldedText& folded,
                          std::span<const Token> tokens) const;
  // MarkersOf appending to `triggers` and `hedges` (a document's lists:
  // no allocation per clause); triggers already there are left alone.
  void AppendMarkers(const text::FoldedText& folded,
                     std::span<const Token> tokens,
                     std::vector<Trigger>& triggers,
                     std::vector<ByteRange>& hedges) const;
  // The marker phrases starting with `token` (not empty), or nullptr, as
  // for most tokens.
  const MarkerPhrases* MarkersStartingWith(std::string_view token) const {
    // (WordMap::Find rules most tokens out by a filter before hashing.)
    const uint32_t* index = marker_index_.Find(token);
    return index == nullptr ? nullptr : &markers_[*index];
  }

  PhraseTable boilerplate_;
  PhraseTable anonymity_reasons_;
  // Dates, check-worthiness, evaluative wording and hedges by first token:
  // one lookup per token of a clause finds all four lists.
  grammar::WordMap marker_index_;  // first token → index into markers_
  std::vector<MarkerPhrases> markers_;
};

}  // namespace whosaid::claims

#endif  // WHOSAID_CLAIMS_CLAIMS_HPP_
