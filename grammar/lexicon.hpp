// Lexicons: the words the grammar and the source typer know, as data.
//
// Every table comes from a TSV file in grammar/lexicon/ (embedded into the
// library at build time, so the binary needs no data files). Keys are folded
// with text::FoldString when loaded, the same folding the grammar's input
// gets, so "Sen." in a TSV matches "SEN." and "sen." in an article.
//
// Phrase matching is longest-first at word boundaries, with fallback to
// shorter keys ("said to" before "said").
//
//   Result<Lexicon> lex = Lexicon::LoadBuiltin();
//   PhraseMatch m = lex->cues().MatchAt(folded, pos);
//
// Thread-safety: immutable after loading; share freely between threads.
#ifndef WHOSAID_GRAMMAR_LEXICON_HPP_
#define WHOSAID_GRAMMAR_LEXICON_HPP_

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "grammar/word_map.hpp"
#include "status.hpp"
#include "text/chars.hpp"

namespace whosaid::grammar {

// The byte classes of text/chars.hpp, under the names the grammar uses.
using text::IsAsciiAlnum;
using text::IsWordByte;
using text::IsWordJoiner;
using text::kWordBytes;

// Returns the end of the word starting at `pos` in folded text: a run of
// word bytes joined by single inner apostrophes, hyphens, periods, slashes or
// ampersands ("al-sharaa", "sharaa's", "u.s", "cnn/orc"), plus a final period when the
// word already holds one ("u.s."), and a hyphen after that period with the
// words it joins ("u.s.-led"). Returns `pos` when no word starts there.
size_t WordEnd(std::string_view text, size_t pos);

// True for a possessive, folded: "his", "her", "their", "its", "trump's",
// "officials'".
inline bool IsPossessiveWord(std::string_view word) {
  return word == "his" || word == "her" || word == "their" || word == "its" ||
         (word.size() > 2 && (word.ends_with("'s") || word.ends_with("s'")));
}

// True for a fraction that may stand for part of a group, folded: "half",
// "a third", "two-thirds" ("more than half say", "just over a quarter
// said").
inline bool IsFractionWord(std::string_view word) {
  return word == "half" || word == "third" || word == "quarter" || word == "fifth" ||
         word == "two-thirds" || word == "three-quarters" || word == "one-third" ||
         word == "one-quarter";
}

// The run of word bytes that ends right before `pos` in folded text (past
// spaces), or "" when a non-word byte or the text's start comes first.
inline std::string_view PreviousWord(std::string_view text, size_t pos) {
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  size_t begin = pos;
  while (begin > 0 && IsWordByte(text[begin - 1])) --begin;
  return text.substr(begin, pos - begin);
}

// The kinds of cues.tsv rows; a row of another kind is a loading error
// (Lexicon::FromTsv), not a cue no rule asks for.
inline constexpr std::string_view kCueKinds[] = {
    "speech", "speech-that", "tell", "describe", "participle", "cite", "according",
    "agentless-passive", "agentless-adverb", "agentless-noun", "colon", "dash", "reported-by",
    "noun", "in-evidence", "state", "infinitive"};

// True for a folded "-ly" word of at least six bytes shaped like an adverb
// ("increasingly", "powerfully"), not like a name ("kelly", "connolly",
// "reilly", "schlafly").
inline bool LooksLikeLyAdverb(std::string_view word) {
  return word.size() >= 6 && word.ends_with("ly") && !word.ends_with("elly") &&
         !word.ends_with("olly") && !word.ends_with("illy") && !word.ends_with("fly");
}

// True for a folded word of at least five bytes ending in "-ing", shaped
// like a participle or gerund ("using", "recalling"), not "king" or "ring".
inline bool LooksLikeParticiple(std::string_view word) {
  return word.size() >= 5 && word.ends_with("ing");
}

// True for a folded word shaped like a past tense or participle:
// "unleashed", "published" (five bytes at least: not "ted", "red").
inline bool IsPastShaped(std::string_view word) { return word.size() >= 5 && word.ends_with("ed"); }

// True for a folded word that reads as a past verb, given its function-word
// kind (Lexicon::FunctionKind): past-shaped and no function word, or an
// irregular past (function_words.tsv kind "past": "went", "sent"). (Whether
// it is a name capitalised mid-sentence is the caller's to ask.)
inline bool IsPastVerbWord(std::string_view word, std::string_view function_kind) {
  return (function_kind.empty() && IsPastShaped(word)) || function_kind == "past";
}

// Hash and equality that let string-keyed tables be searched with a
// string_view, so lookups on the hot path allocate nothing.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return std::hash<std::string_view>{}(s);
  }
};
template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

struct PhraseMatch {
  uint32_t length = 0;  // bytes matched; 0 = no match
  uint32_t entry = 0;   // index into the table's entries
  explicit operator bool() const { return length != 0; }
};

// A set of folded phrases, each with the TSV row it came from.
class PhraseTable {
 public:
  struct Entry {
    std::string key;                  // folded form
    std::vector<std::string> fields;  // the TSV columns after the form
  };

  // Adds `key` (already folded); a later row with the same key and the same
  // first field (kind) is ignored.
  void Add(std::string key, std::vector<std::string> fields);

  // Matches the longest key that starts at `pos` and ends at a word
  // boundary. Keys whose first field is not in `kinds` are skipped unless
  // `kinds` is empty.
  PhraseMatch MatchAt(std::string_view text, size_t pos,
                      std::span<const std::string_view> kinds) const;
  // (A list of kinds written in braces, or none.)
  PhraseMatch MatchAt(std::string_view text, size_t pos,
                      const std::vector<std::string_view>& kinds = {}) const {
    return MatchAt(text, pos, std::span<const std::string_view>(kinds));
  }

  // The same with the entries to consider chosen by `keep(entry index)`
  // instead of by kind: a caller that asks often for one set of kinds
  // keeps a flag per entry rather than comparing kind names.
  template <typename Keep>
  PhraseMatch MatchAtIf(std::string_view text, size_t pos, Keep keep) const {
    size_t word_end = WordEnd(text, pos);
    if (word_end == pos) {
      if (pos >= text.size()) return {};
      word_end = pos + 1;  // a punctuation cue: ":" or a dash
    }
    const uint32_t* bucket =
        by_first_word_.Find(text.substr(pos, word_end - pos));
    if (bucket == nullptr) return {};
    return MatchInBucketIf(text, pos, *bucket, keep);
  }

  // The keys that start with `word` as MatchAt splits it (see StartsKey):
  // an opaque handle for MatchInBucketIf, or nullptr when there are none.
  // A caller that has split the word already looks it up once for both.
  const uint32_t* FirstWordBucket(std::string_view word) const {
    return by_first_word_.Find(word);
  }
  // The number of first-word buckets (handles run from 0), and the entries
  // of one, longest key first.
  size_t bucket_count() const { return first_word_buckets_.size(); }
  std::span<const uint32_t> BucketEntries(uint32_t bucket) const {
    return first_word_buckets_[bucket];
  }
  // MatchAtIf where the first word at `pos` was looked up already:
  // `bucket` is FirstWordBucket of it (not null).
  template <typename Keep>
  PhraseMatch MatchInBucketIf(std::string_view text, size_t pos,
                              uint32_t bucket, Keep keep) const {
    for (uint32_t index : first_word_buckets_[bucket]) {
      if (!keep(index)) continue;
      const Entry& e = entries_[index];
      if (text.compare(pos, e.key.size(), e.key) != 0) continue;
      const size_t end = pos + e.key.size();
      if (end < text.size() && IsWordByte(text[end]) &&
          IsWordByte(e.key.back())) {
        continue;  // the key ends inside a word
      }
      return {static_cast<uint32_t>(e.key.size()), index};
    }
    return {};
  }

  // Returns the entry whose key equals `word`, or nullptr.
  const Entry* Find(std::string_view key) const;

  const Entry& entry(uint32_t i) const { return entries_[i]; }
  size_t size() const { return entries_.size(); }

  // True when some key starts with `word` as MatchAt splits it: a whole
  // word (see WordEnd) or, for punctuation, one byte. A cheap test for
  // "could MatchAt succeed here" (the grammar's prefilter).
  bool StartsKey(std::string_view word) const {
    return by_first_word_.Contains(word);
  }
  // The same for a one-byte first word (":", "-").
  bool StartsKeyWithByte(char c) const {
    return single_byte_first_[static_cast<unsigned char>(c)];
  }
  // The length in bytes of the longest first word of any key.
  size_t max_first_word_bytes() const { return max_first_word_bytes_; }
  // The length in bytes of the longest key.
  size_t max_key_bytes() const { return max_key_bytes_; }

 private:
  std::vector<Entry> entries_;
  WordMap by_key_;
  WordMap kinds_seen_;    // "form\tkind" (the value is unused)
  std::string kind_key_;  // scratch for Add
  // first word -> index into first_word_buckets_: the entries starting with
  // it, longest key first
  WordMap by_first_word_;
  std::vector<std::vector<uint32_t>> first_word_buckets_;
  bool single_byte_first_[256] = {};
  size_t max_first_word_bytes_ = 0;
  size_t max_key_bytes_ = 0;
};

// A set of keys, each with the TSV row it came from, looked up whole: a
// table no text is matched against (the calibration features). Unlike a
// PhraseTable it keeps no first-word buckets, whose longest-first order
// costs an insertion per row into one bucket of thousands of features.
class KeyTable {
 public:
  using Entry = PhraseTable::Entry;

  // Adds `key`; a later row with the same key is ignored.
  void Add(std::string key, std::vector<std::string> fields) {
    if (!by_key_.Insert(key, static_cast<uint32_t>(entries_.size()))) return;
    entries_.push_back({std::move(key), std::move(fields)});
  }
  // Returns the entry whose key equals `key`, or nullptr.
  const Entry* Find(std::string_view key) const {
    const uint32_t* index = by_key_.Find(key);
    return index == nullptr ? nullptr : &entries_[*index];
  }
  size_t size() const { return entries_.size(); }

 private:
  std::vector<Entry> entries_;
  WordMap by_key_;
};

// The whole set of lexicons.
class Lexicon {
 public:
  // Loads the TSV files embedded at build time.
  static Result<Lexicon> LoadBuiltin();

  // Loads from TSV texts keyed by file name ("cues.tsv", …). Returns an
  // error naming the file and line of the first malformed row.
  static Result<Lexicon> FromTsv(
      const std::vector<std::pair<std::string, std::string>>& files);

  // Columns: kind, lemma, stance, note.
  const PhraseTable& cues() const { return cues_; }
  // Columns: kind, note. Single words.
  const PhraseTable& function_words() const { return function_words_; }
  // Columns: source_type, affiliation, note.
  const PhraseTable& source_nouns() const { return source_nouns_; }
  const PhraseTable& anonymity() const { return anonymity_; }
  const PhraseTable& titles() const { return titles_; }
  // Columns: kind ("person", "group", "thing"), note.
  const PhraseTable& pronouns() const { return pronouns_; }
  // Fitted by tools/fit_confidence. Key: a feature ("rule:source-cue",
  // "rule-type:source-cue:vague", …); columns: n, right, probability.
  const KeyTable& calibration() const { return calibration_; }
  // Words that decide a source phrase's head or naming for typing, and
  // the phrases a cue may hold between source and verb. Columns: kind
  // ("partitive", "generic", "reporting", "floating", "cue-prefix",
  // "adjunct-opener", "clause-opener", "tally", "noun-first", …), note.
  const PhraseTable& head_words() const { return head_words_; }
  // True when the folded `word` names a person's role or a body: a source
  // noun that is no text (source_nouns.tsv), a title, or an "-ist"
  // ("economist", "minister", "spokeswoman", "glaciologist"; not "report").
  bool NamesRole(std::string_view word) const {
    const PhraseTable::Entry* noun = source_nouns_.Find(word);
    return (noun != nullptr && noun->fields[0] != "DOCUMENT") ||
           titles_.Find(word) != nullptr || word.ends_with("ist") || word.ends_with("ists");
  }
  // The length of the longest head_words phrase of `kind` that starts at
  // `pos` of the folded `text` and ends at a word boundary ("going on" of
  // "going on to say"), or 0.
  size_t HeadPhraseAt(std::string_view text, size_t pos, std::string_view kind) const {
    return head_words_.MatchAt(text, pos, std::span<const std::string_view>(&kind, 1)).length;
  }
  // True when `word` is in head_words with `kind`.
  // (A form may have several kinds: "reports" is generic and reporting.)
  bool IsHeadWord(std::string_view word, std::string_view kind) const {
    // (A one-kind span: no vector built per call, on the grammar's hot path.)
    return !word.empty() &&
           head_words_.MatchAt(word, 0, std::span<const std::string_view>(&kind, 1)).length ==
               word.size();
  }
  // The phrases that may stand inside a cue besides auxiliaries and
  // adverbs (head_words kinds "floating" and "cue-prefix": "have both
  // urged", "have in fact reported") that start with byte `first`, longest
  // first: the grammar tries them at every parse attempt, so by first byte.
  std::span<const std::string> CuePrefixPhrases(char first) const {
    return cue_prefix_phrases_[static_cast<unsigned char>(first)];
  }
  // Cue lemmas whose attributions may stand inside another attribution's
  // content ("officials said the minister told them …"). Columns: note.
  const PhraseTable& nesting() const { return nesting_; }
  // Cue lemmas that may stand before their source, after what was said
  // ("…," said the mayor): verbs of saying and writing, never one that
  // takes an object ("…, mocked the Republican Party"). Columns: note.
  const PhraseTable& quotative() const { return quotative_; }
  // Cue lemmas that may take whom they address, or what they express,
  // before their that-clause ("warned investors that …", "expressed concern
  // that …"). Columns: note.
  const PhraseTable& audience() const { return audience_; }
  // Cue lemmas whose subject "it" names no one ("it seems that …", "it
  // appears he …"): the attribution is agentless. Columns: note.
  const PhraseTable& expletive() const { return expletive_; }
  // Words that tell a person's gender: the pronouns "he" and "she",
  // honorifics ("mrs."), roles and kin ("spokeswoman", "husband"). Columns:
  // gender ("female" or "male"), note.
  const PhraseTable& gender() const { return gender_; }
  // Phrases in which a cue word is no cue: a particle or an object that
  // makes another verb of it ("voters showed up", "adds to the drama"), a
  // participle before its noun ("270 pledged delegates"). Columns: note.
  const PhraseTable& not_cues() const { return not_cues_; }
  // True when `word` is a word of some phrase of not_cues(): a cheap test
  // before looking for the phrases around a cue.
  bool InNotCuePhrase(std::string_view word) const { return not_cue_words_.Contains(word); }
  // True when `word` is listed in head_words with kind "noun-first": a cue
  // form that is mostly a plural noun ("reports"), a verb only where the
  // input shows its subject (attribution/names.cpp).
  // (Asked of every word of the input: the first byte turns most away.)
  bool IsNounFirst(std::string_view word) const {
    return !word.empty() && noun_first_bytes_[static_cast<unsigned char>(word[0])] &&
           noun_first_words_.Contains(word);
  }
  // Words that tell whom a source works for. Columns: affiliation, note.
  const PhraseTable& affiliations() const { return affiliations_; }
  // Unfolded, as written (ICU's sentence filter is case-sensitive).
  const std::vector<std::string>& abbreviations() const {
    return abbreviations_;
  }
  // Those of kind "title", which stand before a name ("Sen.", "Dr."), as
  // written.
  const std::vector<std::string>& title_abbreviations() const {
    return title_abbreviations_;
  }

  // Folded words that open sentences but never follow an abbreviation in
  // the same sentence: function words and pronouns ("the", "he", "but"),
  // sorted.
  const std::vector<std::string>& sentence_starters() const {
    return sentence_starters_;
  }

  // The function-word kind of `word` ("aux", "stop", …) or "" when none.
  std::string_view FunctionKind(std::string_view word) const;
  // True when a whole cue phrase starts at `pos` of `text` (noun cues
  // excepted: they may head a source; so is "in" before a poll). A word
  // that only begins a phrase ("talks" of "talks about") is no cue, nor
  // one that begins a phrase of not_cues() ("talk show host", "show up"):
  // such a word may stand in a noun phrase.
  bool CueAt(std::string_view text, size_t pos) const;
  // The same where the word at `pos` was looked up already: `bucket` is
  // cues().FirstWordBucket of it (not null). FillMemo splits every word
  // and looks it up for StartsKey anyway.
  bool CueAtBucket(std::string_view text, size_t pos, uint32_t bucket) const {
    return static_cast<bool>(cues_.MatchInBucketIf(
               text, pos, bucket, [&](uint32_t index) { return word_cue_[index] != 0; })) &&
           !(opens_not_cue_[bucket] != 0 && not_cues_.MatchAt(text, pos));
  }

  // True when every cue of the cues() first-word `bucket` is of kind
  // "infinitive": a cue only right after "to " ("to deny"), the one place
  // the rules that read that kind look for it (FillMemo and the grammar's
  // cue prefilter skip it elsewhere).
  bool AfterToOnly(uint32_t bucket) const { return after_to_only_[bucket] != 0; }

  // A content hash of all tables, as 16 hex digits.
  const std::string& version() const { return version_; }

 private:
  PhraseTable cues_, function_words_, source_nouns_, anonymity_, titles_, pronouns_,
      affiliations_, head_words_, nesting_, quotative_, audience_, expletive_, not_cues_, gender_;
  KeyTable calibration_;
  // Per cue entry: 1 when CueAt counts it (its kind is no noun cue, "in"
  // or a state of mind), so CueAt compares no kind names.
  std::vector<uint8_t> word_cue_;
  WordMap not_cue_words_;  // every word of every not_cues() phrase
  // Per cue first-word bucket: 1 when a not_cues() phrase starts with that
  // word, so CueAtBucket looks for one only there.
  std::vector<uint8_t> opens_not_cue_;
  std::vector<uint8_t> after_to_only_;  // per cue first-word bucket: AfterToOnly
  WordMap noun_first_words_;  // head_words of kind "noun-first"
  std::array<bool, 256> noun_first_bytes_{};  // their first bytes
  std::array<std::vector<std::string>, 256> cue_prefix_phrases_;  // by first byte
  std::vector<std::string> abbreviations_;
  std::vector<std::string> title_abbreviations_;
  std::vector<std::string> sentence_starters_;
  std::string version_;
};

}  // namespace whosaid::grammar

#endif  // WHOSAID_GRAMMAR_LEXICON_HPP_
