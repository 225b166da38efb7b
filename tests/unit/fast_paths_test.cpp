// The speed-ups must not change a single result: each fast path is checked
// against the slow way of computing the same thing.
//   - Grammar::FindAll (cue prefilter, word memo, what follows a source
//     read once per offset; with a fresh and with a reused FindScratch)
//     against Grammar::FindAllExhaustive on every sentence of corpora/, on
//     asides reached from several starts or read as bytes, on long
//     sentences whose pattern window cuts a word short, and on corpus
//     articles run together into sentences of several windows;
//   - WordMap (and its length/first/last byte filter) against std::map;
//   - WordEnd's run loop against a byte-at-a-time loop;
//   - Fold's ASCII path against what NFKC_Casefold and the clean-up give,
//     and its path for curly quotes and dashes (sixteen bytes at a time
//     where it can) against the general one;
//   - SplitClauses (which scans sixteen bytes at a time and looks for
//     "but", "yet" or "while" by first letter) against
//     SplitClausesOneAtATime, a byte at a time trying all three at every
//     word start, and
//     ClaimLexicon::AddSentence's clauses (no vector) against SplitClauses;
//   - Lexicon::CueAtBucket (FillMemo's one lookup per word) against CueAt,
//     and FirstWordBucket against StartsKey, at every word of corpora/;
//     where no word starts, StartsKeyWithByte as a gate before CueAt;
//   - grammar::IsAsciiAlnum (count_word's loop) against std::isalnum;
//   - text::RFind and text::Find (the grammar's look-backs over a
//     sentence) against std::string_view's rfind and find;
//   - text::BalanceOf (sixteen bytes at a time to the next byte that may
//     start a quotation mark) against trying every byte;
//   - CountCodePoints' blocks of sixteen and eight bytes against a byte at
//     a time, past the 4080 bytes after which its byte counters are summed;
//   - WidenUtf8's blocks of sixteen and eight ASCII bytes against a code
//     point at a time, on random mixes of ASCII, multi-byte and broken
//     UTF-8 at every alignment;
//   - Segmenter::Split (SentenceBreaker where a paragraph allows) against
//     Segmenter::SplitWithIcuOnly, on corpora/ and on random mixes of the
//     characters sentence breaks turn on.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <initializer_list>
#include <fstream>
#include <map>
#include <random>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include "claims/claims.hpp"
#include "describe_hit.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/parse.hpp"
#include "grammar/word_map.hpp"
#include "text/normalize.hpp"
#include "text/quotes.hpp"
#include "text/search.hpp"
#include "text/segment.hpp"
#include "text/utf8.hpp"
#include "text/widen.hpp"

namespace whosaid {
namespace {

// `count` of `pieces`, drawn at random and joined: the inputs of the
// tests that compare a block path with a byte-at-a-time one.
std::string RandomMix(std::mt19937& random, const std::vector<std::string>& pieces, int count) {
  std::string text;
  for (int k = 0; k < count; ++k) text += pieces[random() % pieces.size()];
  return text;
}

// Every field of every hit (start and own_subject included).
std::string Describe(const std::vector<grammar::Hit>& hits) {
  return testing::DescribeHits(hits);
}

const grammar::Grammar& TheGrammar() {
  static const grammar::Grammar* g =
      new grammar::Grammar(*grammar::Grammar::Create());
  return *g;
}

// One scratch for every sentence a test checks, as a document's sentences
// share one: what the last sentence left in it must change no result.
grammar::FindScratch& SharedScratch() {
  static grammar::FindScratch* scratch = new grammar::FindScratch;
  return *scratch;
}

void ExpectSameHits(std::string_view folded, std::span<const uint32_t> names = {}) {
  const std::string exhaustive =
      Describe(TheGrammar().FindAllExhaustive(folded, names));
  EXPECT_EQ(Describe(TheGrammar().FindAll(folded, names)), exhaustive)
      << "sentence: " << folded.substr(0, 200);
  EXPECT_EQ(Describe(TheGrammar().FindAll(folded, names, SharedScratch())),
            exhaustive)
      << "with a reused scratch, sentence: " << folded.substr(0, 200);
}

// The text of every article in corpora/golden and corpora/sample.
std::vector<std::string> CorpusTexts() {
  std::vector<std::string> texts;
  for (const char* sub : {"golden", "sample"}) {
    for (const auto& entry : std::filesystem::directory_iterator(
             std::filesystem::path(WHOSAID_CORPORA_DIR) / sub)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      texts.push_back(buffer.str());
    }
  }
  return texts;
}

TEST(PrefilterTest, SameHitsOnEveryCorpusSentence) {
  Result<text::Segmenter> segmenter =
      text::Segmenter::Create(TheGrammar().lexicon().abbreviations(),
                              TheGrammar().lexicon().sentence_starters(),
      TheGrammar().lexicon().title_abbreviations());
  ASSERT_TRUE(segmenter.ok());
  size_t sentences = 0, hits = 0;
  for (const std::string& text : CorpusTexts()) {
    Result<std::vector<text::SentenceSpan>> split = segmenter->Split(text);
    ASSERT_TRUE(split.ok());
    for (const text::SentenceSpan& s : *split) {
      const std::string folded = text::FoldString(
          std::string_view(text).substr(s.begin, s.end - s.begin));
      ExpectSameHits(folded);
      hits += TheGrammar().FindAll(folded).size();
      ++sentences;
    }
  }
  EXPECT_GT(sentences, 100u);
  EXPECT_GT(hits, 50u);  // the comparison covered real attributions
}

TEST(PrefilterTest, SentencesWithoutCuesHaveNoHits) {
  ExpectSameHits("the council met on tuesday to discuss the budget.");
  EXPECT_TRUE(TheGrammar().FindAll("the council met on tuesday.").empty());
}

// A parse reads a window of a long sentence (grammar::WindowEnd): a parse
// whose window ends inside a word sees it cut ("saidx" cut to "said"),
// which the prefilter must still allow wherever the exhaustive parse finds
// it. Windows end at multiples of kWindowStepBytes, so the cut is tried at
// the first two window ends, each for every attempt that shares it.
TEST(PrefilterTest, LongSentencesAndCutWords) {
  const std::string lead = "\"no,\" ";  // inverted forms follow a quotation
  const std::string filler = "the mayor of the city ";
  // The window of the parse at the first word, and the next one.
  const size_t first_end = grammar::WindowEnd(lead.size(), 1u << 20);
  ASSERT_EQ(first_end, grammar::WindowEnd(lead.size() + 100, 1u << 20));
  size_t hits = 0;
  for (const char* tail :
       {"saidx that plan.", "said the plan would fail.", "smith said: no.",
        "according to smith, no.", "told reporters that it was over"}) {
    std::string s = lead;
    while (s.size() < 1100) s += filler;
    ExpectSameHits(s + tail);
    for (const size_t window_end : {first_end, first_end + grammar::kWindowStepBytes}) {
      for (size_t shift = 0; shift < 8; ++shift) {
        // The window ends `shift` bytes into the tail: filler, then a word
        // of x's to line the tail up.
        const size_t tail_at = window_end - shift;
        std::string cut = lead;
        while (cut.size() + filler.size() + 2 <= tail_at) cut += filler;
        cut += std::string(tail_at - 1 - cut.size(), 'x') + " " + tail + " " + filler;
        ExpectSameHits(cut);
        hits += TheGrammar().FindAll(cut).size();
      }
    }
  }
  EXPECT_GT(hits, 0u);
}

// A source whose aside runs across the end of one window: tried from a
// word in that window the aside is cut short, from a word of the next
// window it is whole ("officials and lawmakers, … , said": "officials" is
// refused, as mid-clause, after the aside was read; "lawmakers" is the
// source). What the first window read must not stand for the second.
// The same with a cue that only the second window cuts to one ("saidx").
TEST(PrefilterTest, AsideAcrossAWindowEnd) {
  const size_t boundary = grammar::kWindowStepBytes;
  std::string lead;
  while (lead.size() + 30 < boundary) lead += "the mayor of the city ";
  lead += std::string(boundary - 10 - lead.size() - 1, 'x') + " ";
  ASSERT_EQ(lead.size(), boundary - 10);
  const size_t first = lead.size();
  lead += "officials and lawmakers, ";
  const size_t second = first + std::string_view("officials and ").size();
  // (A cue inside the aside, within the first window, has the prefilter
  // try "officials" there.)
  std::string aside = "the longest serving members of the council";
  while (aside.size() < grammar::kMinWindowBytes / 2) aside += " and the council members";
  aside += " who warned about it";
  while (aside.size() < grammar::kMinWindowBytes + 60) aside += " and the council members";
  const std::string s = lead + aside + ", said it was fair.";
  ASSERT_LT(grammar::WindowEnd(first, s.size()), lead.size() + aside.size());
  ASSERT_EQ(grammar::WindowEnd(second, s.size()), s.size());
  ExpectSameHits(s);
  const std::vector<grammar::Hit> hits = TheGrammar().FindAll(s);
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].source.begin, second) << Describe(hits);
}

// A cue that only a window cuts to one ("saidx" read as "said") ends a
// pattern whose source and aside fill that window: "“No,” lawmakers, …,
// saidx". The prefilter must try the attempts of that window, though no
// cue starts there in the whole sentence.
TEST(PrefilterTest, CueCutByTheWindowOfALongAside) {
  std::string lead;
  while (lead.size() + 30 < grammar::kWindowStepBytes) lead += "the mayor of the city ";
  lead += std::string(grammar::kWindowStepBytes - 7 - lead.size(), 'x') + " \"no,\" ";
  const size_t source = lead.size();
  lead += "lawmakers, ";
  const size_t window_end = grammar::WindowEnd(source, 1u << 20);
  std::string aside = "the longest serving members of the council";
  while (lead.size() + aside.size() + 30 < window_end) aside += " and the council members";
  aside += " " + std::string(window_end - lead.size() - aside.size() - 7, 'y');
  const std::string s = lead + aside + ", saidx it was fair and the mayor of the city agreed.";
  ASSERT_EQ(s.substr(window_end - 4, 5), "saidx");
  ExpectSameHits(s);
  const std::vector<grammar::Hit> hits = TheGrammar().FindAllExhaustive(s);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].source.begin, source) << Describe(hits);
  EXPECT_EQ(hits[0].cue.end, window_end) << Describe(hits);
}

// In a sentence longer than one window, the attempts sharing a window share
// what the memo read up to its end (what follows a source, noun phrase
// steps, failed cue tails), and forget it when the window moves on. The
// corpus articles run together without a sentence break (as a transcript
// without punctuation reads) are long sentences full of attributions.
TEST(PrefilterTest, WindowsOfLongSentences) {
  size_t long_sentences = 0, hits = 0;
  for (const std::string& text : CorpusTexts()) {
    std::string run;
    for (char c : text) {
      if (c == '.' || c == '!' || c == '?') continue;
      run += c == '\n' ? ' ' : c;
    }
    const std::string folded = text::FoldString(run);
    // (Up to the segmenter's longest sentence, in pieces.)
    for (size_t at = 0; at + grammar::kMinWindowBytes < folded.size(); at += 4096) {
      const std::string_view sentence = std::string_view(folded).substr(at, 4096);
      ExpectSameHits(sentence);
      hits += TheGrammar().FindAll(sentence).size();
      ++long_sentences;
    }
  }
  EXPECT_GT(long_sentences, 10u);
  EXPECT_GT(hits, 100u);
}

TEST(PrefilterTest, PathologicalShapes) {
  ExpectSameHits(std::string(5000, '"'));
  ExpectSameHits(std::string(5000, '-'));
  std::string joined;
  for (int i = 0; i < 2000; ++i) joined += "a-";
  ExpectSameHits(joined + "said");
  std::string words;
  for (int i = 0; i < 1000; ++i) words += i % 37 == 0 ? "said " : "officials ";
  ExpectSameHits(words);
}

// What follows a source is read once per offset where a source ends
// (after_source): a later start inside the same phrase must get the same
// aside. "officials" starts mid-clause and is refused (StartsMidClause);
// "lawmakers", after "and", is the source, with the aside read when
// "officials" was tried.
TEST(PrefilterTest, AsideReadOnceForEveryStartOfAPhrase) {
  const std::string_view s =
      "the mayor praised officials and lawmakers, the council's members, said it was fair.";
  ExpectSameHits(s);
  const std::vector<grammar::Hit> hits = TheGrammar().FindAll(s);
  ASSERT_FALSE(hits.empty());
  const grammar::Hit& hit = hits.back();  // (the first: "the mayor praised")
  EXPECT_EQ(s.substr(hit.cue.begin, hit.cue.end - hit.cue.begin), "said") << Describe(hits);
  EXPECT_EQ(s.substr(hit.source.begin, hit.source.end - hit.source.begin), "lawmakers")
      << Describe(hits);
  EXPECT_EQ(s.substr(hit.appositive.begin, hit.appositive.end - hit.appositive.begin),
            "the council's members")
      << Describe(hits);
  for (const char* more : {"the crowd cheered senator maria lopez, a democrat, said on monday.",
                           "voters saw the former mayor - a critic - warn that it fails.",
                           "as the chief of staff, who left in may, noted, it fails."}) {
    ExpectSameHits(more);
  }
}

// The cue tails after a source that failed at an offset fail there at
// once for every later source ending before it (WordMemo::tails_failed);
// the tails that succeed are read again, so a source PlacedWell rejects
// leaves the next one its hit.
TEST(PrefilterTest, FailedTailsAreReadOnce) {
  for (const char* s : {"the new plan of the city is costly, and the mayor said it.",
                        "the plan is, the mayor of the city said, costly.",
                        "the city's plan, officials said, is costly and they are worried that it fails.",
                        "that ruling the court is expected to issue is unclear, lawyers said.",
                        "he's said it's costly; the mayor's aides are confident it fails."}) {
    ExpectSameHits(s);
  }
}

// An aside is read as bytes (aside_run) on the fast path, word by word on
// the exhaustive one: marks, figures, joiners and dashes that do or do not
// continue it.
TEST(PrefilterTest, AsideRunAsBytes) {
  for (const char* s :
       {"maria lopez, a spokeswoman for cnn/orc, said it.",
        "the group, which raised $30,000 - or 12% - last year, said it.",
        "the group, which raised $30,000 -- or 12% -- last year, said it.",
        "smith, a long-time critic (d-n.y.), said it.",
        "smith, 22, of flint, mich., said it.",
        "smith, a critic / rival of hers, said it.",
        "smith, the author of the \"book\", said it.",
        "smith, a co-founder of at&t's u.s.-based unit, said it.",
        "smith, a co-founder of u.s.-based firms, said it.",
        "smith, a u.s.-born analyst, said it.",
        "smith, a d.c.-n.y.-based critic, said it.",
        "smith, an end.-based critic, said it.",
        "smith, a rival of jones' -based group, said it.",
        "smith, a critic; a rival, said it.",
        "smith, who leads it - and wins -, said it.",
        "smith, the 1,000th visitor,said it.",
        "smith, a critic of 1,"}) {
    ExpectSameHits(s);
  }
}

// A name starts no cue, on either path: "hope" at offset 16 is a given name.
TEST(PrefilterTest, WordsWithJoiners) {
  // Cue words inside, before and after joined words: the prefilter reads
  // each run of word bytes once and WordEnd only where a joiner follows.
  for (const char* s : {"the u.s. said on friday that it would act.",
                        "al-sharaa's aides said it.",
                        "officials/said nothing, the u.n. reported.",
                        "a said-so rule, he said.",
                        "x-said y, according to the mayor's office.",
                        "he said. she told reporters.",
                        "well-known critics warned: the plan fails.",
                        "at&t said; cnn/orc polls show"}) {
    ExpectSameHits(s);
  }
}

// Cues of the self-anchored kinds (in, according to, citing, a dash, "when
// asked", "it is unclear", "speculation that") start their own patterns:
// only the attempt at their position may use them, so attempts before them
// are skipped unless another cue is ahead. Both as a pattern's own cue and
// inside a pattern whose cue is of another kind (an aside, "as reported by
// X, citing Y"), each sentence with many words before its cues.
TEST(PrefilterTest, SelfAnchoredCuesOnlyAtTheirOwnPosition) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"the ferry schedule for the whole of the coming summer season is late, "
       "according to the harbor office.",
       "according-to"},
      {"the ferry schedule for the coming summer season, according to a report "
       "citing two port officials, is late.",
       "according-to"},
      {"the governor of the northern province trails the mayor in the latest "
       "harbor gazette poll, with weeks to go.",
       "according-to"},
      {"the mayor of the harbor town on the northern coast, citing data from "
       "the port authority, said the ferries were late.",
       "source-cue"},
      {"the ferries of the northern coast were late again this week, the mayor "
       "said, citing records of broken engines.",
       "citing"},
      {"the old ferry on the northern route was late again, as first reported "
       "by the harbor gazette, citing port officials.",
       "reported-by"},
      {"\"the ferries of the northern coast are always late.\" - ana ruiz, the "
       "harbor master",
       "dash-source"},
      {"the ferries of the northern coast will run all winter, it is unclear "
       "whether the port can pay for them.",
       "agentless"},
      {"the ferries of the northern coast ran late all week amid speculation "
       "that the port would close.",
       "agentless"},
      {"the harbor master of the northern town, when asked about the ferries, "
       "said they would run.",
       "source-cue"},
  };
  for (const auto& [sentence, rule] : cases) {
    ExpectSameHits(sentence);
    std::string rules;
    for (const grammar::Hit& hit : TheGrammar().FindAll(sentence)) {
      rules += std::string(grammar::PatternRuleId(hit.pattern)) + " ";
    }
    EXPECT_NE(rules.find(rule), std::string::npos) << sentence << "\nrules: " << rules;
  }
}

// The attempts FindAll makes on `folded` with a fresh scratch.
uint64_t Attempts(std::string_view folded) {
  grammar::FindScratch scratch;
  TheGrammar().FindAll(folded, {}, scratch);
  return scratch.attempts();
}

// A sentence, and whether the prefilter lets any parse attempt through.
struct PrefilterCase {
  const char* sentence;
  bool tried;
};

// Each sentence has the hits of the exhaustive path, and attempts or none.
void ExpectPrefilter(std::initializer_list<PrefilterCase> cases) {
  for (const auto& [sentence, tried] : cases) {
    ExpectSameHits(sentence);
    EXPECT_EQ(Attempts(sentence) > 0, tried) << sentence;
  }
}

// In a sentence that fits one window, a word counts as a cue start only
// where a whole cue matches ("it" of "it is unclear", not of "it rained"),
// and "in" only before a poll or survey (the one rule of "in" reads one).
// The results stay those of the exhaustive path; the attempts go.
TEST(PrefilterTest, WholeCueKeysAndPollsAhead) {
  ExpectPrefilter({
      {"in the morning the ferry was late in the fog.", false},
      {"it rained in the harbor and it was cold.", false},
      {"it is unclear whether the ferry runs in the fog.", true},
      {"the mayor led in the latest harbor gazette poll, in may.", true},
      {"in the latest survey, the mayor leads in the north.", true},
      {"in a poll released monday by the gazette, he leads.", true},
      // (a poll before the "in" is no poll after it)
      {"the poll was late in the fog.", false},
  });
  // Longer than one window, where a window may cut the rest of a key, the
  // first word counts as before.
  std::string longer = "in the morning ";
  while (longer.size() < 1100) longer += "the ferry was late again ";
  longer += "in the fog; it is unclear whether it runs.";
  ExpectSameHits(longer);
}

// A noun cue ("insistence", "contention") is read by one rule only, after a
// possessive and up to two modifiers ("the mayor's repeated insistence
// that"): without one among the three words before it, it is no cue start.
TEST(PrefilterTest, NounCuesOnlyAfterAPossessive) {
  ExpectPrefilter({
      {"the mayor's insistence that the ferry runs is odd.", true},
      {"the mayor's repeated public insistence that the ferry runs is odd.", true},
      {"his contention was that the ferry runs.", true},
      {"a vote (their insistence that it runs) failed.", true},
      {"voters' contention that it fails is odd.", true},
      {"the insistence that the ferry runs is odd.", false},
      {"the mayor, with insistence, kept the ferry.", false},
      // (three words between: the rule reads two modifiers at most)
      {"the mayor's very repeated public insistence that it runs is odd.", false},
  });
}

// A word that starts both a key read anywhere ("point out", "call it") and
// an infinitive's cue ("point", "call": read after "to " and an opener) or
// a noun cue ("view") counts only where one of its keys could be read.
TEST(PrefilterTest, EachKeyWhereItsRulesReadIt) {
  ExpectPrefilter({
      {"the point of the ferry is that it runs.", false},
      {"the call came late for the ferry.", false},
      {"the view from the ferry is fine.", false},
      {"the mayor took the floor to point at the ferry.", true},
      {"the mayor's view is that the ferry runs.", true},
      {"the mayor will point out that the ferry runs.", true},
  });
}

TEST(PrefilterTest, NamesStartNoCue) {
  const std::string_view s = "her spokeswoman hope okafor said the ferry runs.";
  const uint32_t hope[] = {16};
  ExpectSameHits(s, hope);
  const std::vector<grammar::Hit> hits = TheGrammar().FindAll(s, hope);
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(s.substr(hits[0].cue.begin, hits[0].cue.end - hits[0].cue.begin), "said");
  EXPECT_EQ(hits[0].source.begin, 0u);  // the name is part of the source
  // Without the name, "hope" is the verb.
  const std::vector<grammar::Hit> verb = TheGrammar().FindAll(s);
  ASSERT_FALSE(verb.empty());
  EXPECT_EQ(verb[0].cue.begin, 16u) << Describe(verb);
}

TEST(WordMapTest, AgreesWithStdMap) {
  grammar::WordMap map;
  std::map<std::string, uint32_t> reference;
  for (uint32_t i = 0; i < 5000; ++i) {
    const std::string key =
        "w" + std::to_string(i * 7919 % 10007) + std::string(i % 13, 'x');
    const bool inserted = map.Insert(key, i);
    EXPECT_EQ(inserted, reference.emplace(key, i).second) << key;
  }
  EXPECT_EQ(map.size(), reference.size());
  for (const auto& [key, value] : reference) {
    const uint32_t* found = map.Find(key);
    ASSERT_NE(found, nullptr) << key;
    EXPECT_EQ(*found, value) << key;  // the first value is kept
  }
  EXPECT_EQ(map.Find("absent"), nullptr);
  EXPECT_EQ(map.Find(""), nullptr);
  // Strings that are no key, many sharing a key's length and first and
  // last bytes (the filter's bit): absent, whatever the filter says.
  for (uint32_t i = 0; i < 20000; ++i) {
    const std::string probe =
        "w" + std::to_string(i) + std::string(i % 17, 'x');
    EXPECT_EQ(map.Find(probe) != nullptr, reference.count(probe) == 1) << probe;
  }
  grammar::WordMap with_empty;
  EXPECT_TRUE(with_empty.Insert("", 7));
  ASSERT_NE(with_empty.Find(""), nullptr);
  EXPECT_EQ(*with_empty.Find(""), 7u);
  EXPECT_FALSE(grammar::WordMap().Contains("x"));
}

// WordEnd as first written: one byte at a time, the joiner test after each.
size_t ByteAtATimeWordEnd(std::string_view text, size_t pos) {
  size_t i = pos;
  bool inner_period = false;
  while (i < text.size() && grammar::IsWordByte(text[i])) {
    ++i;
    if (i + 1 < text.size() &&
        (((text[i] == '\'' || text[i] == '-' || text[i] == '.' ||
           text[i] == '&' || text[i] == '/') &&
          grammar::IsWordByte(text[i + 1])) ||
         // a thousands separator: "500,000"
         (text[i] == ',' && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
          std::isdigit(static_cast<unsigned char>(text[i + 1]))))) {
      inner_period |= text[i] == '.';
      ++i;
    }
  }
  if (inner_period && i < text.size() && text[i] == '.') {
    ++i;
    // "u.s.-led": a hyphen after the abbreviation joins the next word
    if (i + 1 < text.size() && text[i] == '-' && grammar::IsWordByte(text[i + 1])) {
      return ByteAtATimeWordEnd(text, i + 1);
    }
  }
  return i;
}

TEST(WordEndTest, RunLoopAgreesWithByteAtATime) {
  // Every start of many short strings over word bytes, joiners, doubled
  // joiners, spaces and UTF-8 bytes (a fixed pseudo-random sequence).
  static constexpr char kAlphabet[] = {'a', 'Z', '7', '\'',   '-',    '.', '&',
                                       '/', ' ', ',', '\xC3', '\xA9', '.', '-'};
  uint64_t seed = 12345;
  size_t checked = 0;
  for (int round = 0; round < 20000; ++round) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    std::string text;
    for (uint64_t bits = seed, n = 1 + (seed >> 60); n > 0; --n, bits >>= 4) {
      text += kAlphabet[(bits & 15) % sizeof kAlphabet];
    }
    for (size_t pos = 0; pos <= text.size(); ++pos) {
      ASSERT_EQ(grammar::WordEnd(text, pos), ByteAtATimeWordEnd(text, pos))
          << "text '" << text << "' pos " << pos;
      ++checked;
    }
  }
  for (std::string_view text :
       {"u.s. officials", "u.s.", "a.b.c.", "al-sharaa's x", "cnn/orc", "at&t.",
        "x--y", "x..y", "don't'", "-a", "u.s.-led.", "d.c.-n.y.-based", "a.-b", "u.s.--led",
        "1,200,000", "7,a", "a,7", "7,,7", "1,2.5-b"}) {
    for (size_t pos = 0; pos <= text.size(); ++pos) {
      EXPECT_EQ(grammar::WordEnd(text, pos), ByteAtATimeWordEnd(text, pos))
          << text;
    }
  }
  EXPECT_GT(checked, 100000u);
}

TEST(FoldAsciiTest, LowerCasesCollapsesSpaceAndMapsBack) {
  Result<text::FoldedText> f = text::Fold("Said  ''Hi''\tTO\n\nUS", 10);
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->text, "said \"hi\" to us");
  ASSERT_EQ(f->source_begin.size(), f->text.size());
  EXPECT_EQ(f->source_begin[4], 14u);  // the collapsed run "  "
  EXPECT_EQ(f->source_end[4], 16u);
  EXPECT_EQ(f->source_begin[5], 16u);  // '' -> "
  EXPECT_EQ(f->source_end[5], 18u);
  EXPECT_EQ(f->ToSource(10, 15), (std::pair<uint32_t, uint32_t>(23, 29)));
}

TEST(FoldAsciiTest, SameAsTheUnicodePathAroundNonAscii) {
  // A combining accent after ASCII composes with it; the ASCII around is
  // folded inline.
  Result<text::FoldedText> f =
      text::Fold("CAFE\xCC\x81 Said \xE2\x80\x9CNo\xE2\x80\x9D");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->text, "caf\xC3\xA9 said \"no\"");
  EXPECT_EQ(f->ToSource(0, 5), (std::pair<uint32_t, uint32_t>(0, 6)));
  EXPECT_EQ(f->ToSource(6, 10), (std::pair<uint32_t, uint32_t>(7, 11)));
  EXPECT_EQ(f->ToSource(11, 12), (std::pair<uint32_t, uint32_t>(12, 15)));
}

TEST(FoldSimpleTest, CurlyQuotesAndDashesAsTheGeneralPath) {
  // Text of ASCII, curly quotes and dashes takes the one-pass path; the
  // same text with "é" after it takes the general one (ICU), whose folding
  // of the part before "é" must be the same, offsets included.
  static const char* const kPieces[] = {"a",
                                        "Said",
                                        " ",
                                        "  ",
                                        "\t",
                                        "'",
                                        "''",
                                        "`",
                                        "\"",
                                        ".",
                                        "-",
                                        "\xE2\x80\x98",
                                        "\xE2\x80\x99",
                                        "\xE2\x80\x99\xE2\x80\x99",
                                        "\xE2\x80\x9C",
                                        "\xE2\x80\x9D",
                                        "\xE2\x80\x93",
                                        "\xE2\x80\x94"};
  constexpr size_t kCount = sizeof kPieces / sizeof kPieces[0];
  uint64_t seed = 987654321;
  // Short strings, then long ones of mostly words and single spaces, so
  // that sixteen bytes at a time (FoldSixteen) start at every alignment.
  std::mt19937 random(5);
  for (int round = 0; round < 10000; ++round) {
    std::string s;
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    if (round < 5000) {
      for (uint64_t bits = seed >> 8, n = 1 + (seed & 7); n > 0;
           --n, bits /= kCount) {
        s += kPieces[bits % kCount];
      }
    } else {
      const int count = 8 + static_cast<int>(random() % 60);
      for (int k = 0; k < count; ++k) {
        const unsigned pick = random() % (2 * kCount);
        s += pick < kCount ? kPieces[pick] : pick % 2 ? "Said" : " ";
      }
    }
    Result<text::FoldedText> simple = text::Fold(s, 7);
    Result<text::FoldedText> general = text::Fold(s + "\xC3\xA9", 7);
    ASSERT_TRUE(simple.ok() && general.ok());
    ASSERT_EQ(general->text, simple->text + "\xC3\xA9") << s;
    const size_t n = simple->text.size();
    EXPECT_EQ(std::vector<uint32_t>(general->source_begin.begin(),
                                    general->source_begin.begin() + n),
              simple->source_begin)
        << s;
    EXPECT_EQ(std::vector<uint32_t>(general->source_end.begin(),
                                    general->source_end.begin() + n),
              simple->source_end)
        << s;
  }
}

std::string Describe(const std::vector<claims::ByteRange>& clauses) {
  std::ostringstream out;
  for (const claims::ByteRange& c : clauses)
    out << c.begin << "-" << c.end << " ";
  return out.str();
}

// Every corpus article, with its sentences.
std::vector<std::pair<std::string, std::vector<text::SentenceSpan>>>
CorpusSentences() {
  Result<text::Segmenter> segmenter =
      text::Segmenter::Create(TheGrammar().lexicon().abbreviations(),
                              TheGrammar().lexicon().sentence_starters(),
      TheGrammar().lexicon().title_abbreviations());
  std::vector<std::pair<std::string, std::vector<text::SentenceSpan>>> articles;
  if (!segmenter.ok()) return articles;
  for (std::string& text : CorpusTexts()) {
    Result<std::vector<text::SentenceSpan>> split = segmenter->Split(text);
    if (split.ok()) articles.emplace_back(std::move(text), std::move(*split));
  }
  return articles;
}

TEST(SplitClausesTest, SameAsTheFirstVersion) {
  const std::vector<std::string> made_up = {
      "He came, but she left early.",
      "But the mayor said no; the council agreed.",
      "All but two voted, yet the bill failed.",
      "Nothing but rain fell, while it was cold.",
      "They won , While we lost badly.",
      "Not only this but also that happened today.",
      "BUT WHY, YET HOW, WHILE WHO knows.",
      "Was it by the way, Yesterday we went.",
      "Wet weather, Yet again a storm; but; yet; while",
      "b y w B Y W ,but ,yet ,while",
      "the butter melted, yeti walked, whiles passed, but",
      "x;y",
      "everything but the sink broke, yet the house stands",
      ""};
  for (const std::string& text : made_up) {
    const claims::ByteRange whole{0, static_cast<uint32_t>(text.size())};
    EXPECT_EQ(Describe(claims::SplitClauses(text, whole)),
              Describe(claims::SplitClausesOneAtATime(text, whole)))
        << text;
    // A sentence inside a text: the bytes around it are not read.
    const std::string framed = "but, yet " + text + " but while";
    const claims::ByteRange inner{9, static_cast<uint32_t>(9 + text.size())};
    EXPECT_EQ(Describe(claims::SplitClauses(framed, inner)),
              Describe(claims::SplitClausesOneAtATime(framed, inner)))
        << framed;
  }
  size_t sentences = 0, split = 0;
  for (const auto& [text, spans] : CorpusSentences()) {
    for (const text::SentenceSpan& s : spans) {
      const std::vector<claims::ByteRange> clauses =
          claims::SplitClauses(text, {s.begin, s.end});
      EXPECT_EQ(Describe(clauses),
                Describe(claims::SplitClausesOneAtATime(text, {s.begin, s.end})))
          << text.substr(s.begin, s.end - s.begin);
      ++sentences;
      split += clauses.size() > 1;
    }
  }
  EXPECT_GT(sentences, 100u);
  EXPECT_GT(split, 5u);  // the comparison covered real cuts
}

// AddSentence walks the clauses without SplitClauses' vector: the same
// clauses, in order, for every sentence that is no boilerplate.
TEST(SplitClausesTest, AddSentenceHasTheSameClauses) {
  Result<claims::ClaimLexicon> lexicon = claims::ClaimLexicon::LoadBuiltin();
  ASSERT_TRUE(lexicon.ok());
  size_t checked = 0;
  for (const auto& [text, spans] : CorpusSentences()) {
    claims::DocumentClaims out;
    for (const text::SentenceSpan& s : spans) {
      claims::FoldedSentence folded;
      ASSERT_TRUE(folded.Reset(text, {s.begin, s.end}).ok());
      ASSERT_TRUE(lexicon->AddSentence(text, folded, false, out).ok());
      const claims::DocumentClaims::Sentence& added = out.sentences.back();
      if (!added.boilerplate.empty()) continue;
      std::vector<claims::ByteRange> walked;
      for (uint32_t c = 0; c < added.clause_count; ++c) {
        walked.push_back(out.clauses[added.first_clause + c].span);
      }
      EXPECT_EQ(Describe(walked),
                Describe(claims::SplitClauses(text, {s.begin, s.end})));
      ++checked;
    }
  }
  EXPECT_GT(checked, 100u);
}

// FillMemo looks each word up once for StartsKey and CueAt: the bucket it
// finds must give what they give at every word start of the corpus (and
// at made-up cue shapes). FindAll against FindAllExhaustive (above) checks
// the memo as a whole.
TEST(CueAtBucketTest, SameAsCueAtAndStartsKey) {
  const grammar::Lexicon& lexicon = TheGrammar().lexicon();
  std::vector<std::string> texts = {
      "she said so. they told him, according to the report, he says: no",
      "officials said to have said that; talks about it, warned of it",
      "in a poll"};
  for (const auto& [text, spans] : CorpusSentences()) {
    for (const text::SentenceSpan& s : spans) {
      texts.push_back(text::FoldString(
          std::string_view(text).substr(s.begin, s.end - s.begin)));
    }
  }
  // FillMemo looks up no empty word among the function words.
  EXPECT_EQ(lexicon.function_words().Find(""), nullptr);
  size_t words = 0, cues = 0, punctuation_cues = 0;
  for (const std::string& f : texts) {
    for (size_t i = 0; i < f.size(); ++i) {
      if (i > 0 && grammar::IsWordByte(f[i - 1])) continue;
      const size_t end = grammar::WordEnd(f, i);
      if (end == i) {
        // No word: FillMemo asks CueAt only where StartsKeyWithByte holds.
        const bool cue = lexicon.CueAt(f, i);
        if (!lexicon.cues().StartsKeyWithByte(f[i])) {
          EXPECT_FALSE(cue) << f.substr(i, 40);
        }
        punctuation_cues += cue;
        continue;
      }
      const std::string_view w = std::string_view(f).substr(i, end - i);
      const uint32_t* bucket = lexicon.cues().FirstWordBucket(w);
      ASSERT_EQ(bucket != nullptr, lexicon.cues().StartsKey(w)) << w;
      const bool cue = lexicon.CueAt(f, i);
      if (bucket == nullptr) {
        EXPECT_FALSE(cue) << f.substr(i, 40);
      } else {
        EXPECT_EQ(lexicon.CueAtBucket(f, i, *bucket), cue) << f.substr(i, 40);
      }
      ++words;
      cues += cue;
    }
  }
  EXPECT_GT(words, 1000u);
  EXPECT_GT(cues, 50u);  // the comparison covered real cues
  EXPECT_GT(punctuation_cues, 0u);
}

// count_word reads a run of std::isalnum bytes; whosaid runs in the "C"
// locale, where the inline test is the same for every byte.
TEST(IsAsciiAlnumTest, SameAsIsalnumInTheCLocale) {
  for (int u = 0; u < 256; ++u) {
    EXPECT_EQ(grammar::IsAsciiAlnum(static_cast<char>(u)), std::isalnum(u) != 0) << u;
  }
}

// CountCodePoints as first written: a byte at a time, every byte but a
// continuation byte (10xxxxxx) starting a code point.
uint32_t CountOneByteAtATime(std::string_view s) {
  uint32_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

TEST(CountCodePointsTest, BlocksAgreeWithOneByteAtATime) {
  const std::vector<std::string> pieces = {"a",
                                           "officials said ",
                                           "\xE2\x80\x9C",
                                           "\xC3\xA9",
                                           "\xF0\x9F\x98\x80",
                                           "\xFF",
                                           "\x80\xBF",
                                           "\xC0",
                                           std::string(1, '\0'),
                                           "\x7F"};
  std::mt19937 random(11);
  for (int round = 0; round < 2000; ++round) {
    const int count = static_cast<int>(random() % (round < 100 ? 900 : 20));
    const std::string text = RandomMix(random, pieces, count);
    for (size_t from : {size_t{0}, size_t{1}, size_t{7}}) {
      const std::string_view s =
          std::string_view(text).substr(std::min(from, text.size()));
      ASSERT_EQ(text::CountCodePoints(s), CountOneByteAtATime(s)) << s.size();
    }
  }
  // Every byte a continuation byte, or none: each byte counter at its
  // fullest before it is summed.
  for (const char fill : {'\x80', '\xBF', 'a', '\xC3'}) {
    for (size_t n : {4079u, 4080u, 4096u, 10000u}) {
      const std::string s(n, fill);
      EXPECT_EQ(text::CountCodePoints(s), CountOneByteAtATime(s)) << n;
    }
  }
}

TEST(WidenUtf8Test, BlocksAgreeWithOneCodePointAtATime) {
  // Pieces whose mixes put non-ASCII, four-byte and broken sequences at
  // every offset of a 16- or 8-byte block, and across a block's end.
  const std::vector<std::string> pieces = {"a",
                                           "officials said ",
                                           "0123456789abcdef",
                                           "\xE2\x80\x9C",
                                           "\xE2\x80\x9D.",
                                           "\xC3\xA9",
                                           "\xF0\x9F\x98\x80",
                                           "\xFF",
                                           "\xE2\x80",
                                           "\xC3",
                                           "\x80\x80",
                                           "\xED\xA0\x80",
                                           "\t\n",
                                           std::string(1, '\0'),
                                           "\x7F"};
  std::mt19937 random(7);
  for (int round = 0; round < 3000; ++round) {
    const int count = static_cast<int>(random() % 12);
    const std::string text = RandomMix(random, pieces, count);
    std::vector<char16_t> fast(text.size() + 1), slow(text.size() + 1);
    std::vector<uint32_t> fast_at(text.size() + 1), slow_at(text.size() + 1);
    const size_t n = text::WidenUtf8(text, fast.data(), fast_at.data());
    ASSERT_EQ(n, text::WidenUtf8OneAtATime(text, slow.data(), slow_at.data())) << text;
    fast.resize(n);
    slow.resize(n);
    fast_at.resize(n + 1);
    slow_at.resize(n + 1);
    ASSERT_EQ(fast, slow) << text;
    ASSERT_EQ(fast_at, slow_at) << text;
  }
}

// Split reads the sentence breaks of most paragraphs itself
// (SentenceBreaker) and asks ICU for the rest: on every corpus file and on
// random mixes of letters, figures, terminators, quotation marks, dashes,
// spaces, abbreviations and the code points it refuses (a combining mark,
// a soft hyphen, CR), the sentences are those ICU alone gives.
TEST(SentenceBreakerTest, SplitAgreesWithIcuAlone) {
  Result<text::Segmenter> segmenter =
      text::Segmenter::Create(TheGrammar().lexicon().abbreviations(),
                              TheGrammar().lexicon().sentence_starters(),
      TheGrammar().lexicon().title_abbreviations());
  ASSERT_TRUE(segmenter.ok());
  auto expect_same = [&](std::string_view text) {
    Result<std::vector<text::SentenceSpan>> fast = segmenter->Split(text);
    Result<std::vector<text::SentenceSpan>> icu = segmenter->SplitWithIcuOnly(text);
    ASSERT_TRUE(fast.ok() && icu.ok());
    ASSERT_EQ(fast->size(), icu->size()) << text.substr(0, 300);
    for (size_t i = 0; i < fast->size(); ++i) {
      ASSERT_EQ((*fast)[i].begin, (*icu)[i].begin) << text.substr(0, 300);
      ASSERT_EQ((*fast)[i].end, (*icu)[i].end) << text.substr(0, 300);
      ASSERT_EQ((*fast)[i].paragraph, (*icu)[i].paragraph);
    }
  };
  const std::vector<std::string> texts = CorpusTexts();
  EXPECT_GT(texts.size(), 5u);
  for (const std::string& text : texts) expect_same(text);
  const std::vector<std::string> pieces = {
      "a", "b", "z", "A", "B", "Z", "1", "9", ".", "?", "!", "\"", "'", "(", ")", "[", ",", ";",
      ":", "-", " ", "  ", "\t", "%", "/", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98",
      "\xE2\x80\x99", "\xE2\x80\x94", "\xE2\x80\x93", "\xC3\xA9", "\xC3\x89", "\xE2\x80\xA6",
      "\xC2\xA0", "\xD7\x90", "\xE3\x80\x82", "\xC2\xBF", "\xE2\x80\xA4", "\xD8\x9F",
      "Mr. ", "U.S. ", "e.g. ", "Sen. ", "No. ", "officials said ", "\n",
      "\xCC\x81", "\xC2\xAD", "\r"};
  std::mt19937 random(11);
  for (int round = 0; round < 20000; ++round) {
    const int count = 1 + static_cast<int>(random() % 30);
    const std::string text = RandomMix(random, pieces, count);
    expect_same(text);
  }
}

// Text without sentence breaks is cut into sentences of at most 4 KiB at
// white space, so reports stay linear in the input.
TEST(LongSentenceTest, CutAtWhiteSpaceIntoBoundedPieces) {
  Result<text::Segmenter> segmenter = text::Segmenter::Create(
      TheGrammar().lexicon().abbreviations(),
      TheGrammar().lexicon().sentence_starters(),
      TheGrammar().lexicon().title_abbreviations());
  ASSERT_TRUE(segmenter.ok());
  std::string text;
  while (text.size() < 20000) text += "officials said the plan would fail ";
  text += "\n\nA short one. ";
  text += std::string(5000, 'x');  // no white space at all
  Result<std::vector<text::SentenceSpan>> sentences = segmenter->Split(text);
  ASSERT_TRUE(sentences.ok());
  ASSERT_GE(sentences->size(), 7u);
  uint32_t covered = 0;
  for (const text::SentenceSpan& s : *sentences) {
    EXPECT_LE(s.end - s.begin, text::Segmenter::kMaxSentenceBytes);
    EXPECT_NE(text[s.begin], ' ');
    EXPECT_NE(text[s.end - 1], ' ');
    covered += s.end - s.begin;
  }
  EXPECT_GT(covered, 24000u);  // nothing but spaces lost
  // Pieces of the first paragraph end at word ends.
  EXPECT_EQ(text.substr((*sentences)[0].end - 4, 4), "fail");
  EXPECT_EQ((*sentences)[0].paragraph, 0u);
  EXPECT_EQ(sentences->back().paragraph, 1u);
}

// text::RFind and text::Find (which scan for one byte of the needle) give
// what std::string_view's rfind and find give, for every start position,
// on random text of the bytes the needles are made of.
TEST(SearchTest, RFindAndFindAgreeWithStringView) {
  std::mt19937 random(7);
  const std::vector<std::string> pieces = {" ", ",", ";", "-", "w", "h", "o", "e", "n",
                                           "a", "d", "when", " who ", ", and ", ", which "};
  const std::string_view needles[] = {", and ", " who ", ", which ", " -", "when", "; ",
                                      ", ",     "w",     "",         " ",  "  ",   "whenever"};
  for (int round = 0; round < 400; ++round) {
    const std::string text = RandomMix(random, pieces, static_cast<int>(random() % 60));
    const std::string_view s(text);
    for (std::string_view needle : needles) {
      for (size_t pos = 0; pos <= s.size() + 2; ++pos) {
        ASSERT_EQ(text::RFind(s, needle, pos), s.rfind(needle, pos))
            << "rfind \"" << needle << "\" at " << pos << " in \"" << s << "\"";
        ASSERT_EQ(text::Find(s, needle, pos), s.find(needle, pos))
            << "find \"" << needle << "\" at " << pos << " in \"" << s << "\"";
      }
      ASSERT_EQ(text::RFind(s, needle), s.rfind(needle));
      ASSERT_EQ(text::Find(s, needle), s.find(needle));
    }
  }
}

// BalanceOf skips sixteen bytes at a time to the next byte that may start
// a quotation mark; it must count what trying every byte counts, on random
// mixes of marks (straight, doubled, curly, guillemets, typed the wrong way
// round), their lead bytes alone and plain text, from every start to every
// end, so that marks fall at every place in a block of sixteen.
TEST(QuoteBalanceTest, SkippingAgreesWithEveryByte) {
  std::mt19937 random(11);
  const std::vector<std::string> pieces = {
      "\"", "''", "'", "``", "`", "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb",
      " \u201c", "\u201d ", "\u2014", "\u00a0", "\xc2", "\xe2\x80", "a", "said ", " ",
      "the mayor of the city ", "\n"};
  for (int round = 0; round < 300; ++round) {
    const std::string text = RandomMix(random, pieces, static_cast<int>(random() % 40));
    for (size_t begin = 0; begin <= text.size(); ++begin) {
      for (size_t end = begin; end <= text.size() + 1; ++end) {
        const text::QuoteBalance fast = text::BalanceOf(text, begin, end);
        const text::QuoteBalance slow = text::BalanceOfOneAtATime(text, begin, end);
        ASSERT_EQ(fast.unclosed, slow.unclosed) << begin << "-" << end << " of " << text;
        ASSERT_EQ(fast.unopened, slow.unopened) << begin << "-" << end << " of " << text;
      }
    }
  }
}

}  // namespace
}  // namespace whosaid
