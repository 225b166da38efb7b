#include "claims/claims.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/chars.hpp"
#include "text/normalize.hpp"

namespace whosaid::claims {

// Defined in the generated lexicon_data.cpp: the embedded TSV files (the
// grammar's embed_lexicons.cmake, renamed into this namespace).
extern const std::vector<std::pair<std::string, std::string>>&
EmbeddedLexiconFiles();

namespace {

using text::IsAsciiAlnum;
using text::IsWordByte;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Words (with inner "'", "-", and "." or "," between digits, and a "%"
// after digits) and single punctuation characters; spaces separate.
void TokenizeInto(std::string_view s, std::vector<Token>& tokens) {
  tokens.clear();
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ' ') {
      ++i;
      continue;
    }
    const size_t start = i;
    if (!IsWordByte(s[i])) {
      ++i;
    } else {
      while (i < s.size()) {
        // A run of word bytes (most of the text) in a tight loop; then what
        // may join the next run.
        while (i < s.size() && IsWordByte(s[i])) ++i;
        if (i == s.size()) break;
        if (s[i] == '\'' && i + 1 < s.size() && s[i + 1] == 's' &&
            (i + 2 == s.size() || !IsWordByte(s[i + 2]))) {
          break;  // a possessive: "monday's" is "monday" + "'s"
        } else if ((s[i] == '\'' || s[i] == '-') && i + 1 < s.size() &&
                   IsWordByte(s[i + 1]) && i > start) {
          ++i;
        } else if ((s[i] == '.' || s[i] == ',') && i + 1 < s.size() &&
                   IsDigit(s[i + 1]) && IsDigit(s[i - 1])) {
          ++i;
        } else if (s[i] == '%' && IsDigit(s[i - 1])) {
          ++i;
          break;
        } else {
          break;
        }
      }
    }
    tokens.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i),
                      s.substr(start, i - start)});
  }
}

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> tokens;
  TokenizeInto(s, tokens);
  return tokens;
}

// (A loop rather than std::any_of(…, IsDigit): GCC calls a function
// pointer per byte there, and this runs on every token of every clause.)
bool HasDigit(std::string_view token) {
  for (char c : token) {
    if (IsDigit(c)) return true;
  }
  return false;
}

// True when tokens[i] is an age set off by commas after a word: "Park, 67,"
// (one to three digits under 120, then a comma or the end).
bool IsAgeBesideName(std::span<const Token> tokens, size_t i) {
  const std::string_view w = tokens[i].text;
  if (w.empty() || w.size() > 3 || i < 2 || tokens[i - 1].text != "," ||
      !std::all_of(w.begin(), w.end(), IsDigit)) {
    return false;
  }
  const std::string_view before = tokens[i - 2].text;
  if (before.empty() || !std::isalpha(static_cast<unsigned char>(before.back()))) return false;
  if (i + 1 < tokens.size() && tokens[i + 1].text != "," && tokens[i + 1].text != ".") {
    return false;
  }
  int age = 0;
  for (char c : w) age = age * 10 + (c - '0');
  return age < 120;
}

// A four-digit year between 1800 and 2099 ("2025", not "2,025").
bool IsYear(std::string_view token) {
  if (token.size() != 4 || !IsDigit(token[0]) || !IsDigit(token[1]) ||
      !IsDigit(token[2]) || !IsDigit(token[3])) {
    return false;
  }
  return (token[0] == '1' && token[1] >= '8') ||
         (token[0] == '2' && token[1] == '0');
}

// Words ending in "est" that are no superlatives ("the west", "the test").
bool IsEstException(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "arrest",  "best",   "chest",    "conquest", "contest", "digest",
      "earnest", "forest", "guest",    "harvest",  "honest",  "interest",
      "invest",  "lest",   "manifest", "midwest",  "modest",  "nest",
      "protest", "quest",  "request",  "rest",     "suggest", "test",
      "unrest",  "vest",   "west",     "zest",     "pest",    "priest"};
  return kWords.count(w) > 0;
}

// The input range of tokens [first, last_excl) of `tokens`, whose offsets
// are into `folded`.
ByteRange ToSource(const text::FoldedText& folded,
                   std::span<const Token> tokens, size_t first,
                   size_t last_excl) {
  const auto [b, e] =
      folded.ToSource(tokens[first].begin, tokens[last_excl - 1].end);
  return {b, e};
}

bool IsWordAt(std::string_view text, size_t i, std::string_view word) {
  if (i + word.size() > text.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(text[i + k])) != word[k]) {
      return false;
    }
  }
  const bool start_ok = i == 0 || !IsAsciiAlnum(text[i - 1]);
  const bool end_ok =
      i + word.size() == text.size() || !IsAsciiAlnum(text[i + word.size()]);
  return start_ok && end_ok;
}

// Counts the words of `s`, stopping at `enough` (so a check for "at least
// two words" reads two words, not the rest of a long sentence).
size_t CountWords(std::string_view s, size_t enough) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool w = IsWordByte(c);
    words += w && !in_word;
    if (words >= enough) return words;
    in_word = w;
  }
  return words;
}

// The word before byte `i` (ASCII, lower-cased), skipping spaces.
std::string PreviousWord(std::string_view text, size_t i) {
  size_t end = i;
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && IsAsciiAlnum(text[begin - 1])) --begin;
  std::string word(text.substr(begin, end - begin));
  for (char& c : word) c = static_cast<char>(std::tolower(c));
  return word;
}

ByteRange Trim(std::string_view text, uint32_t begin, uint32_t end) {
  auto is_trim = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' ||
           c == ';';
  };
  while (begin < end && is_trim(text[begin])) ++begin;
  while (end > begin && is_trim(text[end - 1])) --end;
  return {begin, end};
}

}  // namespace

Status FoldedSentence::Reset(std::string_view text, ByteRange range) {
  range_ = range;
  tokens_.clear();
  folded_ = &own_;
  Status status = text::FoldInto(
      text.substr(range.begin, range.end - range.begin), range.begin, own_);
  if (!status.ok()) return status;
  TokenizeInto(own_.text, tokens_);
  return OkStatus();
}

void FoldedSentence::Reset(const text::FoldedText& folded, ByteRange range) {
  range_ = range;
  folded_ = &folded;
  TokenizeInto(folded.text, tokens_);
}

std::optional<std::span<const Token>> FoldedSentence::TokensOf(
    ByteRange sub) const {
  // Folded units are in input order, so the units of `sub` are one run;
  // folding `sub` alone gives that same run when no unit (a collapsed
  // space run, a '' pair, a composed character) reaches across either end
  // of `sub`. Then tokenizing it alone gives the same tokens when no token
  // reaches across either end of the run.
  const std::vector<uint32_t>& begins = folded_->source_begin;
  const std::vector<uint32_t>& ends = folded_->source_end;
  const auto a = static_cast<uint32_t>(
      std::lower_bound(begins.begin(), begins.end(), sub.begin) -
      begins.begin());
  const auto z = static_cast<uint32_t>(
      std::lower_bound(begins.begin() + a, begins.end(), sub.end) -
      begins.begin());
  if (a > 0 && ends[a - 1] > sub.begin) return std::nullopt;
  if (z > a && ends[z - 1] > sub.end) return std::nullopt;
  const auto t0 =
      static_cast<size_t>(std::lower_bound(tokens_.begin(), tokens_.end(), a,
                                           [](const Token& t, uint32_t at) {
                                             return t.begin < at;
                                           }) -
                          tokens_.begin());
  const auto t1 = static_cast<size_t>(
      std::lower_bound(
          tokens_.begin() + static_cast<std::ptrdiff_t>(t0), tokens_.end(), z,
          [](const Token& t, uint32_t at) { return t.begin < at; }) -
      tokens_.begin());
  if (t0 > 0 && tokens_[t0 - 1].end > a) return std::nullopt;
  if (t1 > t0 && tokens_[t1 - 1].end > z) return std::nullopt;
  return std::span<const Token>(tokens_.data() + t0, t1 - t0);
}

namespace {

// The bytes where SplitClauses may cut: ';' and the first letters of "but",
// "yet" and "while" in either case.
constexpr auto kMayCut = [] {
  std::array<bool, 256> table{};
  for (unsigned char c : {';', 'b', 'B', 'y', 'Y', 'w', 'W'}) table[c] = true;
  return table;
}();

}  // namespace

namespace {

// Calls `clause(range)` for the clauses between `cuts` (candidate clause
// starts after the first, ascending): a cut is kept where both sides hold
// two words at least. Stops when `clause` returns false.
template <typename ClauseFn>
void ClausesAtCuts(std::string_view text, ByteRange sentence,
                   const std::vector<uint32_t>& cuts, ClauseFn clause) {
  uint32_t start = sentence.begin;
  bool any = false;
  for (uint32_t cut : cuts) {
    const ByteRange left = Trim(text, start, cut);
    const uint32_t next = text[cut] == ';' ? cut + 1 : cut;
    const ByteRange right = Trim(text, next, sentence.end);
    if (CountWords(text.substr(left.begin, left.end - left.begin), 2) < 2 ||
        CountWords(text.substr(right.begin, right.end - right.begin), 2) < 2) {
      continue;
    }
    any = true;
    if (!clause(left)) return;
    start = next;
  }
  const ByteRange last = Trim(text, start, sentence.end);
  if (last.begin < last.end || !any) clause(last);
}

// Calls `clause(range)` for each clause of SplitClauses in order, without
// building a vector (AddSentence runs this once per sentence); stops when
// `clause` returns false. The cut candidates go in a vector that stays
// empty, so unallocated, in most sentences.
template <typename ClauseFn>
void ForEachClause(std::string_view text, ByteRange sentence, ClauseFn clause) {
  std::vector<uint32_t> cuts;  // clause starts after the first
  const std::string_view s = text.substr(0, sentence.end);
  // Looks at byte i, one of kMayCut.
  auto candidate = [&](uint32_t i) {
    const char c = text[i];
    if (c == ';') {
      cuts.push_back(i);
      return;
    }
    // "but", "yet" and "while" only count as whole words (IsWordAt): skip
    // the letters inside words before looking further. The first letter
    // tells which of the three may start here (IsWordAt lower-cases it):
    // many words start with b, y or w ("was", "by", "year"), few with those.
    if (i > 0 && IsAsciiAlnum(text[i - 1])) return;
    const char lower = static_cast<char>(c | 0x20);
    if (lower == 'b') {
      if (!IsWordAt(s, i, "but")) return;
      const std::string previous = PreviousWord(s, i);
      const bool also = IsWordAt(s, i + 4, "also");
      if (previous != "all" && previous != "nothing" &&
          previous != "anything" && previous != "everything" && !also) {
        cuts.push_back(i);
      }
      return;
    }
    if (!(lower == 'y' ? IsWordAt(s, i, "yet") : IsWordAt(s, i, "while"))) {
      return;
    }
    size_t before = i;
    while (before > sentence.begin && text[before - 1] == ' ') --before;
    if (before > sentence.begin && text[before - 1] == ',') cuts.push_back(i);
  };
  uint32_t i = sentence.begin;
#if defined(__SSE2__)
  // Sixteen bytes at a time: the kMayCut bytes are ';' and, with 0x20 set
  // (lower case), 'b', 'y' and 'w'; a byte at a time this scan was most of
  // the claims layer's own instructions.
  const __m128i semicolon = _mm_set1_epi8(';');
  const __m128i lower_bit = _mm_set1_epi8(0x20);
  const __m128i b = _mm_set1_epi8('b');
  const __m128i y = _mm_set1_epi8('y');
  const __m128i w = _mm_set1_epi8('w');
  for (; i + 16 <= sentence.end; i += 16) {
    const __m128i block =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i lower = _mm_or_si128(block, lower_bit);
    const __m128i hits = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(block, semicolon),
                     _mm_cmpeq_epi8(lower, b)),
        _mm_or_si128(_mm_cmpeq_epi8(lower, y), _mm_cmpeq_epi8(lower, w)));
    for (auto mask = static_cast<uint32_t>(_mm_movemask_epi8(hits)); mask != 0;
         mask &= mask - 1) {
      candidate(i + static_cast<uint32_t>(__builtin_ctz(mask)));
    }
  }
#endif
  for (; i < sentence.end; ++i) {
    if (kMayCut[static_cast<unsigned char>(text[i])]) candidate(i);
  }
  ClausesAtCuts(text, sentence, cuts, clause);
}

}  // namespace

std::vector<ByteRange> SplitClauses(std::string_view text, ByteRange sentence) {
  std::vector<ByteRange> clauses;
  ForEachClause(text, sentence, [&](ByteRange clause) {
    clauses.push_back(clause);
    return true;
  });
  return clauses;
}

std::vector<ByteRange> SplitClausesOneAtATime(std::string_view text, ByteRange sentence) {
  std::vector<uint32_t> cuts;
  const std::string_view s = text.substr(0, sentence.end);
  for (uint32_t i = sentence.begin; i < sentence.end; ++i) {
    if (text[i] == ';') {
      cuts.push_back(i);
      continue;
    }
    if (i > 0 && IsAsciiAlnum(text[i - 1])) continue;
    size_t before = i;
    while (before > sentence.begin && text[before - 1] == ' ') --before;
    const bool after_comma = before > sentence.begin && text[before - 1] == ',';
    if (IsWordAt(s, i, "but")) {
      const std::string previous = PreviousWord(s, i);
      if (previous != "all" && previous != "nothing" && previous != "anything" &&
          previous != "everything" && !IsWordAt(s, i + 4, "also")) {
        cuts.push_back(i);
      }
    } else if ((IsWordAt(s, i, "yet") || IsWordAt(s, i, "while")) && after_comma) {
      cuts.push_back(i);
    }
  }
  std::vector<ByteRange> clauses;
  ClausesAtCuts(text, sentence, cuts, [&](ByteRange clause) {
    clauses.push_back(clause);
    return true;
  });
  return clauses;
}


Result<ClaimLexicon> ClaimLexicon::LoadBuiltin() {
  return FromTsv(EmbeddedLexiconFiles());
}

Result<ClaimLexicon> ClaimLexicon::FromTsv(
    const std::vector<std::pair<std::string, std::string>>& files) {
  ClaimLexicon lex;
  static const std::set<std::string> kKinds = {"statistic", "comparison",
                                               "causal", "prediction"};
  // The four marker tables are regrouped by first token below.
  PhraseTable check_worthiness;
  PhraseTable dates;
  PhraseTable evaluative;
  PhraseTable hedges;
  for (const auto& [name, tsv] : files) {
    PhraseTable* table = nullptr;
    if (name == "check_worthiness.tsv") table = &check_worthiness;
    if (name == "dates.tsv") table = &dates;
    if (name == "evaluative.tsv") table = &evaluative;
    if (name == "hedges.tsv") table = &hedges;
    if (name == "boilerplate.tsv") table = &lex.boilerplate_;
    if (name == "anonymity_reasons.tsv") table = &lex.anonymity_reasons_;
    if (table == nullptr) {
      return Status(StatusCode::kInvalidArgument,
                    "lexicon " + name + ": unknown lexicon file");
    }
    size_t start = 0;
    size_t line_number = 0;
    while (start < tsv.size()) {
      size_t end = tsv.find('\n', start);
      if (end == std::string::npos) end = tsv.size();
      const std::string_view line =
          std::string_view(tsv).substr(start, end - start);
      start = end + 1;
      if (++line_number == 1 || line.empty()) continue;  // header
      const size_t tab = line.find('\t');
      const std::string key = text::FoldString(line.substr(0, tab));
      const std::string value = tab == std::string_view::npos
                                    ? ""
                                    : std::string(line.substr(tab + 1));
      if (key.empty()) {
        return Status(StatusCode::kInvalidArgument,
                      "lexicon " + name + ":" + std::to_string(line_number) +
                          ": empty phrase");
      }
      if (table == &check_worthiness && kKinds.count(value) == 0) {
        return Status(StatusCode::kInvalidArgument,
                      "lexicon " + name + ":" + std::to_string(line_number) +
                          ": unknown kind '" + value + "'");
      }
      Phrase phrase{{}, value};
      for (const Token& t : Tokenize(key)) phrase.tokens.emplace_back(t.text);
      (*table)[phrase.tokens.front()].push_back(std::move(phrase));
    }
  }
  for (PhraseTable* table : {&check_worthiness, &dates, &evaluative, &hedges,
                             &lex.boilerplate_, &lex.anonymity_reasons_}) {
    for (auto& [first, phrases] : *table) {
      std::stable_sort(phrases.begin(), phrases.end(),
                       [](const Phrase& a, const Phrase& b) {
                         return a.tokens.size() > b.tokens.size();
                       });
    }
  }
  auto entry = [&lex](const std::string& first) -> MarkerPhrases& {
    const auto next = static_cast<uint32_t>(lex.markers_.size());
    if (lex.marker_index_.Insert(first, next)) {
      lex.markers_.emplace_back();
    }
    return lex.markers_[*lex.marker_index_.Find(first)];
  };
  for (auto& [first, phrases] : dates) {
    entry(first).dates = std::move(phrases);
  }
  for (auto& [first, phrases] : check_worthiness) {
    entry(first).check_worthiness = std::move(phrases);
  }
  for (auto& [first, phrases] : evaluative) {
    entry(first).evaluative = std::move(phrases);
  }
  for (auto& [first, phrases] : hedges) {
    entry(first).hedges = std::move(phrases);
  }
  return lex;
}

namespace {

// The longest of `phrases` (those starting with token `i`, longest first)
// at token `i`: (tokens matched, value), or (0, nullptr).
template <typename Phrase>
std::pair<size_t, const std::string*> LongestOf(
    const std::vector<Phrase>& phrases, std::span<const Token> tokens,
    size_t i) {
  for (const Phrase& phrase : phrases) {
    if (i + phrase.tokens.size() > tokens.size()) continue;
    bool match = true;
    for (size_t k = 1; k < phrase.tokens.size() && match; ++k) {
      match = tokens[i + k].text == phrase.tokens[k];
    }
    if (match) return {phrase.tokens.size(), &phrase.value};
  }
  return {0, nullptr};
}

// The longest phrase of `table` at token `i`, as LongestOf.
template <typename Table>
std::pair<size_t, const std::string*> LongestAt(const Table& table,
                                                std::span<const Token> tokens,
                                                size_t i) {
  const auto it = table.find(tokens[i].text);
  if (it == table.end()) return {0, nullptr};
  return LongestOf(it->second, tokens, i);
}

// "may" and "march" are months only next to a number or after a word that
// introduces a date ("in May", "last March", "May 4").
bool IsMonthUse(std::span<const Token> tokens, size_t i) {
  static const std::set<std::string_view> kBefore = {
      "in",    "last",  "early", "late", "mid",
      "since", "until", "by",    "this", "next"};
  if (i + 1 < tokens.size() && HasDigit(tokens[i + 1].text)) return true;
  return i > 0 && kBefore.count(tokens[i - 1].text) > 0;
}

}  // namespace

Result<ClauseMarkers> ClaimLexicon::Markers(std::string_view text,
                                            ByteRange clause) const {
  FoldedSentence folded;
  if (Status status = folded.Reset(text, clause); !status.ok()) return status;
  return MarkersOf(folded.folded(), folded.tokens());
}

Result<ClauseMarkers> ClaimLexicon::Markers(std::string_view text,
                                            const FoldedSentence& sentence,
                                            ByteRange clause) const {
  if (std::optional<std::span<const Token>> tokens =
          sentence.TokensOf(clause)) {
    return MarkersOf(sentence.folded(), *tokens);
  }
  return Markers(text, clause);  // the clause folds differently alone
}

ClauseMarkers ClaimLexicon::MarkersOf(const text::FoldedText& folded,
                                      std::span<const Token> tokens) const {
  ClauseMarkers out;
  AppendMarkers(folded, tokens, out.triggers, out.hedges);
  return out;
}

void ClaimLexicon::AppendMarkers(const text::FoldedText& folded,
                                 std::span<const Token> tokens,
                                 std::vector<Trigger>& triggers,
                                 std::vector<ByteRange>& hedges) const {
  const size_t first_trigger = triggers.size();
  std::vector<Trigger> dates;
  bool prediction = false;
  auto add = [&](std::vector<Trigger>& list, v1::CheckWorthiness kind,
                 size_t first, size_t last_excl) {
    const ByteRange span = ToSource(folded, tokens, first, last_excl);
    // Adjacent triggers of one kind merge: "25" + "percent" (never with a
    // trigger of an earlier clause).
    const size_t own = &list == &triggers ? first_trigger : 0;
    if (list.size() > own && list.back().kind == kind &&
        span.begin <= list.back().span.end + 1) {
      list.back().span.end = std::max(list.back().span.end, span.end);
      return;
    }
    list.push_back({kind, span});
  };
  static const std::map<std::string, v1::CheckWorthiness, std::less<>> kKind = {
      {"statistic", v1::CHECK_WORTHINESS_STATISTIC},
      {"comparison", v1::CHECK_WORTHINESS_COMPARISON},
      {"causal", v1::CHECK_WORTHINESS_CAUSAL},
      {"prediction", v1::CHECK_WORTHINESS_PREDICTION}};

  for (size_t i = 0; i < tokens.size();) {
    const std::string_view word = tokens[i].text;
    size_t advance = 1;
    // Most tokens start no phrase: skip the four searches.
    const MarkerPhrases* starting = MarkersStartingWith(word);
    auto longest = [&](std::vector<Phrase> MarkerPhrases::*list) {
      return starting != nullptr
                 ? LongestOf(starting->*list, tokens, i)
                 : std::pair<size_t, const std::string*>(0, nullptr);
    };
    // Dates first: a year is a date, not a statistic.
    if (IsYear(word)) {
      add(dates, v1::CHECK_WORTHINESS_HISTORICAL, i, i + 1);
    } else if (auto [n, value] = longest(&MarkerPhrases::dates); n > 0) {
      if ((word != "may" && word != "march") || IsMonthUse(tokens, i)) {
        // "last December", "early March": the modifier belongs to the date.
        static const std::set<std::string_view> kModifiers = {
            "last", "this", "early", "late", "mid"};
        const bool modified = i > 0 && kModifiers.count(tokens[i - 1].text) > 0;
        add(dates, v1::CHECK_WORTHINESS_HISTORICAL, modified ? i - 1 : i,
            i + n);
        advance = n;
      }
    } else if (HasDigit(word) && !IsAgeBesideName(tokens, i)) {
      // (not "Jean Park, 67, a retired teacher": how old a speaker is is no
      // figure to check)
      add(triggers, v1::CHECK_WORTHINESS_STATISTIC, i, i + 1);
    }
    if (auto [n, value] = longest(&MarkerPhrases::check_worthiness); n > 0) {
      // "the will of voters" is no prediction.
      const bool noun_will =
          word == "will" && i > 0 &&
          (tokens[i - 1].text == "the" || tokens[i - 1].text == "political");
      // "a record high", "a record 40 percent" compare; "his safety
      // record.", "her record on guns" do not: a record compares only
      // before a word that is no preposition or verb.
      static const std::set<std::string_view> kAfterNounRecord = {
          "of", "on", "in", "for", "and", "as", "at", "with", "to", "that", "is", "was", "has"};
      const bool noun_record =
          word == "record" &&
          (i + 1 == tokens.size() || !IsWordByte(tokens[i + 1].text[0]) ||
           kAfterNounRecord.count(tokens[i + 1].text) > 0);
      if (!noun_will && !noun_record) {
        const v1::CheckWorthiness kind = kKind.find(*value)->second;
        prediction |= kind == v1::CHECK_WORTHINESS_PREDICTION;
        add(triggers, kind, i, i + n);
        advance = std::max(advance, n);
      }
    } else if (i > 0 && word == "than" && tokens[i - 1].text.size() > 1) {
      // "worse than", "cheaper than": a comparison, whatever the adjective.
      add(triggers, v1::CHECK_WORTHINESS_COMPARISON, i - 1, i + 1);
    } else if (word == "the" && i + 1 < tokens.size()) {
      // "the largest", "the biggest": a superlative.
      const std::string_view next = tokens[i + 1].text;
      if (next.size() > 4 && next.substr(next.size() - 3) == "est" &&
          !IsEstException(next)) {
        add(triggers, v1::CHECK_WORTHINESS_COMPARISON, i, i + 2);
        advance = 2;
      }
    }
    if (auto [n, value] = longest(&MarkerPhrases::evaluative); n > 0) {
      add(triggers, v1::CHECK_WORTHINESS_EVALUATIVE, i, i + n);
      advance = std::max(advance, n);
    }
    if (auto [n, value] = longest(&MarkerPhrases::hedges); n > 0) {
      if (word != "may" || !IsMonthUse(tokens, i)) {
        hedges.push_back(ToSource(folded, tokens, i, i + n));
      }
    }
    i += advance;
  }
  if (!prediction) triggers.insert(triggers.end(), dates.begin(), dates.end());
  std::stable_sort(
      triggers.begin() + static_cast<std::ptrdiff_t>(first_trigger),
      triggers.end(), [](const Trigger& a, const Trigger& b) {
        return a.span.begin < b.span.begin;
      });
}

Result<std::string> ClaimLexicon::BoilerplateKind(
    std::string_view text, ByteRange sentence, bool alone_in_paragraph) const {
  FoldedSentence folded;
  if (Status status = folded.Reset(text, sentence); !status.ok()) {
    return status;
  }
  return BoilerplateKind(folded, alone_in_paragraph);
}

std::string ClaimLexicon::BoilerplateKind(const FoldedSentence& sentence,
                                          bool alone_in_paragraph) const {
  const std::vector<Token>& tokens = sentence.tokens();
  if (tokens.empty()) return std::string();
  // Openings mark boilerplate; "all rights reserved" and "©" mark a
  // copyright line wherever they stand.
  for (size_t i = 0; i < tokens.size(); ++i) {
    // After the first token only a copyright mark counts (checked below);
    // testing that first skips the table lookup for every other token.
    if (i > 0 && tokens[i].text != "all" && tokens[i].text != "\u00a9")
      continue;
    auto [n, value] = LongestAt(boilerplate_, tokens, i);
    if (n == 0) continue;
    if (i > 0 && (*value != "copyright" ||
                  (tokens[i].text != "all" && tokens[i].text != "\u00a9"))) {
      continue;
    }
    // "By Jane Doe and John Roe" stands alone and is short; "By Monday, the
    // deal …" is a claim.
    if (*value == "byline" && (!alone_in_paragraph || tokens.size() > 10)) {
      continue;
    }
    return *value;
  }
  return std::string();
}

Result<std::optional<ByteRange>> ClaimLexicon::AnonymityReason(
    std::string_view text, ByteRange sentence) const {
  FoldedSentence folded;
  if (Status status = folded.Reset(text, sentence); !status.ok()) {
    return status;
  }
  return AnonymityReason(folded);
}

std::optional<ByteRange> ClaimLexicon::AnonymityReason(
    const FoldedSentence& sentence) const {
  const std::vector<Token>& tokens = sentence.tokens();
  // The reason given for the anonymity follows the word for it ("spoke on
  // condition of anonymity because …"): look there first, so that a
  // reason's word earlier in the sentence ("a private operator") is not
  // taken for it.
  size_t from = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].text == "anonymity" || tokens[i].text == "anonymously") {
      from = i + 1;
      break;
    }
  }
  // The first reason in tokens [begin, end).
  auto first_reason = [&](size_t begin, size_t end) -> std::optional<ByteRange> {
    for (size_t i = begin; i < end; ++i) {
      const size_t n = LongestAt(anonymity_reasons_, tokens, i).first;
      if (n > 0) return ToSource(sentence.folded(), tokens, i, i + n);
    }
    return std::nullopt;
  };
  // (then, failing that, before it: each token is read once)
  if (std::optional<ByteRange> after = first_reason(from, tokens.size())) return after;
  return first_reason(0, from);
}

Status ClaimLexicon::AddSentence(std::string_view text,
                                 const FoldedSentence& folded,
                                 bool alone_in_paragraph,
                                 DocumentClaims& out) const {
  DocumentClaims::Sentence& sentence = out.sentences.emplace_back();
  sentence.first_clause = static_cast<uint32_t>(out.clauses.size());
  sentence.boilerplate = BoilerplateKind(folded, alone_in_paragraph);
  if (!sentence.boilerplate.empty()) return OkStatus();
  Status status;
  ForEachClause(text, folded.range(), [&](ByteRange span) {
    const auto first_trigger = static_cast<uint32_t>(out.triggers.size());
    const auto first_hedge = static_cast<uint32_t>(out.hedges.size());
    if (std::optional<std::span<const Token>> tokens = folded.TokensOf(span)) {
      // The usual case: the markers go straight into the document's lists.
      AppendMarkers(folded.folded(), *tokens, out.triggers, out.hedges);
    } else {
      Result<ClauseMarkers> markers = Markers(text, span);  // folded alone
      if (!markers.ok()) {
        status = markers.status();
        return false;
      }
      out.triggers.insert(out.triggers.end(), markers->triggers.begin(),
                          markers->triggers.end());
      out.hedges.insert(out.hedges.end(), markers->hedges.begin(),
                        markers->hedges.end());
    }
    DocumentClaims::Clause& clause = out.clauses.emplace_back();
    clause.span = span;
    clause.first_trigger = first_trigger;
    clause.trigger_count =
        static_cast<uint32_t>(out.triggers.size()) - first_trigger;
    clause.first_hedge = first_hedge;
    clause.hedge_count = static_cast<uint32_t>(out.hedges.size()) - first_hedge;
    ++out.sentences.back().clause_count;
    return true;
  });
  return status;
}

}  // namespace whosaid::claims
