// Unit tests for the grammar layer: lexicons, phrase matching and the
// attribution patterns of Grammar::FindAll on folded sentences.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "grammar/lexicon.hpp"
#include "grammar/parse.hpp"
#include "text/normalize.hpp"

namespace whosaid::grammar {
namespace {

// ---------------------------------------------------------------------------
// WordEnd

std::string WordAt(std::string_view text, size_t pos) {
  return std::string(text.substr(pos, WordEnd(text, pos) - pos));
}

TEST(WordEndTest, AbbreviationKeepsItsFinalPeriod) {
  EXPECT_EQ(WordAt("u.s. officials", 0), "u.s.");
  EXPECT_EQ(WordEnd("u.s. officials", 0), 4u);
  EXPECT_EQ(WordAt("the u.n.", 4), "u.n.");
  EXPECT_EQ(WordAt("e.g., this", 0), "e.g.");
  EXPECT_EQ(WordAt("u.s", 0), "u.s");  // no final period to take
}

TEST(WordEndTest, InnerApostrophesHyphensAndAmpersands) {
  EXPECT_EQ(WordAt("al-sharaa's office", 0), "al-sharaa's");
  EXPECT_EQ(WordAt("at&t said", 0), "at&t");
  EXPECT_EQ(WordAt("3.5 percent", 0), "3.5");
  EXPECT_EQ(WordAt("caf\xC3\xA9 owners", 0), "caf\xC3\xA9");  // UTF-8 bytes are word bytes
}

TEST(WordEndTest, AThousandsSeparatorJoinsDigitsOnly) {
  EXPECT_EQ(WordAt("500,000 adults", 0), "500,000");
  EXPECT_EQ(WordAt("$1,200,000 raised", 1), "1,200,000");
  EXPECT_EQ(WordAt("in 2016, 40 percent", 3), "2016");  // a space after the comma
  EXPECT_EQ(WordAt("voters,000", 0), "voters");         // a letter before it
  EXPECT_EQ(WordAt("500,adults", 0), "500");            // a letter after it
}

TEST(WordEndTest, PunctuationEndsAWord) {
  EXPECT_EQ(WordAt("officials, who", 0), "officials");
  EXPECT_EQ(WordAt("end.", 0), "end");  // no inner period: the period is not taken
  EXPECT_EQ(WordAt("officials' view", 0), "officials");
  EXPECT_EQ(WordAt("a--b", 0), "a");  // joiners are single
  EXPECT_EQ(WordAt("well-", 0), "well");
  EXPECT_EQ(WordAt("\"we", 1), "we");
  EXPECT_EQ(WordAt("x said", 1), "");  // no word starts at a space
  EXPECT_EQ(WordEnd("x said", 1), 1u);
  EXPECT_EQ(WordEnd("", 0), 0u);
  EXPECT_EQ(WordEnd(",", 0), 0u);
}

// ---------------------------------------------------------------------------
// PhraseTable

PhraseTable MakeTable() {
  PhraseTable t;
  t.Add("said", {"speech"});
  t.Add("said to", {"agentless-passive"});
  t.Add("according to", {"according"});
  t.Add("u.s.", {"country"});
  t.Add("said", {"speech", "again"});  // same key and kind: ignored
  return t;
}

std::string Matched(const PhraseTable& t, std::string_view text, size_t pos,
                    const std::vector<std::string_view>& kinds = {}) {
  const PhraseMatch m = t.MatchAt(text, pos, kinds);
  if (!m) return "<none>";
  EXPECT_EQ(t.entry(m.entry).key.size(), m.length);
  return t.entry(m.entry).key;
}

TEST(PhraseTableTest, LongestKeyFirst) {
  const PhraseTable t = MakeTable();
  EXPECT_EQ(Matched(t, "he is said to be ill", 6), "said to");
  EXPECT_EQ(Matched(t, "said to", 0), "said to");
}

TEST(PhraseTableTest, FallsBackToShorterKey) {
  const PhraseTable t = MakeTable();
  EXPECT_EQ(Matched(t, "officials said the", 10), "said");
  // "said to" would end inside "tomorrow": fall back to "said".
  EXPECT_EQ(Matched(t, "said tomorrow", 0), "said");
  EXPECT_EQ(Matched(t, "said.", 0), "said");
  EXPECT_EQ(Matched(t, "said", 0), "said");
}

TEST(PhraseTableTest, MatchesOnlyAtWordBoundaries) {
  const PhraseTable t = MakeTable();
  EXPECT_EQ(Matched(t, "saidi spoke", 0), "<none>");
  EXPECT_EQ(Matched(t, "according tomorrow", 0), "<none>");
  EXPECT_EQ(Matched(t, " said", 0), "<none>");
  EXPECT_EQ(Matched(t, "u.s. officials", 0), "u.s.");
}

TEST(PhraseTableTest, KindsFilterEntries) {
  const PhraseTable t = MakeTable();
  EXPECT_EQ(Matched(t, "said to be", 0, {"speech"}), "said");
  EXPECT_EQ(Matched(t, "said to be", 0, {"agentless-passive"}), "said to");
  EXPECT_EQ(Matched(t, "said the", 0, {"agentless-passive"}), "<none>");
}

TEST(PhraseTableTest, DuplicatesAreIgnoredAndFindWorks) {
  const PhraseTable t = MakeTable();
  EXPECT_EQ(t.size(), 4u) << "the second \"said\" of kind speech is ignored";
  const PhraseTable::Entry* e = t.Find("said");
  ASSERT_NE(e, nullptr);
  ASSERT_EQ(e->fields.size(), 1u) << "the first row wins";
  EXPECT_EQ(e->fields[0], "speech");
  EXPECT_EQ(t.Find("sai"), nullptr);
  EXPECT_EQ(t.Find("said "), nullptr);
}

TEST(PhraseTableTest, SameKeyWithAnotherKindIsKept) {
  PhraseTable t;
  t.Add("reported", {"speech"});
  t.Add("reported", {"agentless-passive"});
  t.Add("reported", {"speech"});  // ignored
  ASSERT_EQ(t.size(), 2u);
  const PhraseTable::Entry* first = t.Find("reported");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->fields[0], "speech") << "Find returns the first entry of a form";
  EXPECT_EQ(Matched(t, "reported it", 0, {"agentless-passive"}), "reported");
  const PhraseMatch m = t.MatchAt("reported it", 0, {"agentless-passive"});
  ASSERT_TRUE(m);
  EXPECT_EQ(t.entry(m.entry).fields[0], "agentless-passive");
  const PhraseMatch s = t.MatchAt("reported it", 0, {"speech"});
  ASSERT_TRUE(s);
  EXPECT_EQ(t.entry(s.entry).fields[0], "speech");
  EXPECT_FALSE(t.MatchAt("reported it", 0, {"tell"}));
}

TEST(KeyTableTest, FindsWholeKeysAndTheFirstRowWins) {
  KeyTable t;
  t.Add("rule:source-cue", {"120", "100", "0.8333"});
  t.Add("rule:agentless", {"40", "20", "0.5000"});
  t.Add("rule:source-cue", {"1", "1", "1.0000"});  // ignored
  EXPECT_EQ(t.size(), 2u);
  const KeyTable::Entry* e = t.Find("rule:source-cue");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fields[2], "0.8333");
  EXPECT_EQ(t.Find("rule"), nullptr) << "no prefix or word match, only whole keys";
  EXPECT_EQ(t.Find("rule:source-cue "), nullptr);
}

TEST(KeyTableTest, LexiconCalibrationHasEveryRow) {
  const Result<Lexicon> lexicon = Lexicon::LoadBuiltin();
  ASSERT_TRUE(lexicon.ok());
  const KeyTable::Entry* all = lexicon->calibration().Find("all");
  ASSERT_NE(all, nullptr);
  EXPECT_EQ(all->fields.size(), 3u);  // n, right, probability
  EXPECT_GT(lexicon->calibration().size(), 1000u);
}

// ---------------------------------------------------------------------------
// Lexicon

TEST(LexiconTest, BuiltinLoads) {
  Result<Lexicon> lex = Lexicon::LoadBuiltin();
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_GT(lex->cues().size(), 50u);
  EXPECT_GT(lex->function_words().size(), 20u);
  EXPECT_GT(lex->source_nouns().size(), 20u);
  EXPECT_GT(lex->anonymity().size(), 0u);
  EXPECT_GT(lex->titles().size(), 0u);
  EXPECT_GT(lex->abbreviations().size(), 10u);
  EXPECT_EQ(lex->version().size(), 16u);
  // A few entries every attribution depends on.
  const PhraseTable::Entry* said = lex->cues().Find("said");
  ASSERT_NE(said, nullptr);
  ASSERT_GE(said->fields.size(), 3u);
  EXPECT_EQ(said->fields[0], "speech");
  EXPECT_EQ(said->fields[1], "say");
  EXPECT_NE(lex->cues().Find("according to"), nullptr);
  EXPECT_EQ(lex->FunctionKind("had"), "aux");
  EXPECT_EQ(lex->FunctionKind("the"), "determiner");
  EXPECT_EQ(lex->FunctionKind("officials"), "");
  EXPECT_TRUE(lex->CueAt("according to the report", 0));
  EXPECT_FALSE(lex->CueAt("according the report", 0));  // half a phrase
  EXPECT_TRUE(lex->CueAt("officials said", 10));
  EXPECT_FALSE(lex->CueAt("officials said", 0));
  EXPECT_FALSE(lex->CueAt("sayings", 0));  // inside a word
}

TEST(LexiconTest, EveryKeyIsAlreadyFolded) {
  Result<Lexicon> lex = Lexicon::LoadBuiltin();
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  const std::vector<std::pair<const char*, const PhraseTable*>> tables = {
      {"cues", &lex->cues()},
      {"function_words", &lex->function_words()},
      {"source_nouns", &lex->source_nouns()},
      {"anonymity", &lex->anonymity()},
      {"titles", &lex->titles()}};
  for (const auto& [name, table] : tables) {
    ASSERT_GT(table->size(), 0u) << name;
    for (uint32_t i = 0; i < table->size(); ++i) {
      const std::string& key = table->entry(i).key;
      EXPECT_FALSE(key.empty()) << name << " entry " << i;
      EXPECT_EQ(text::FoldString(key), key) << name << ": \"" << key << "\"";
      // A key that starts or ends with a space, or holds two in a row, can
      // never match folded text at a word boundary.
      EXPECT_NE(key.front(), ' ') << name << ": \"" << key << "\"";
      EXPECT_NE(key.back(), ' ') << name << ": \"" << key << "\"";
      EXPECT_EQ(key.find("  "), std::string::npos) << name << ": \"" << key << "\"";
      // Findable by its key (Find returns the first entry of a form).
      const PhraseTable::Entry* found = table->Find(key);
      ASSERT_NE(found, nullptr) << name << ": \"" << key << "\"";
      EXPECT_EQ(found->key, key);
    }
  }
  for (const std::string& a : lex->abbreviations()) {
    ASSERT_FALSE(a.empty());
    EXPECT_EQ(a.back(), '.') << "abbreviation \"" << a << "\"";
  }
}

// FunctionKind reads a word's first row only, so a second row of the same
// word would be dead: each word has one kind.
TEST(LexiconTest, AFunctionWordHasOneRow) {
  Result<Lexicon> lex = Lexicon::LoadBuiltin();
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  const PhraseTable& words = lex->function_words();
  for (uint32_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(words.Find(words.entry(i).key), &words.entry(i))
        << "function_words.tsv: \"" << words.entry(i).key << "\" has a second row";
  }
}

TEST(LexiconTest, KeysAreFoldedWhenLoaded) {
  Result<Lexicon> lex = Lexicon::FromTsv(
      {{"cues.tsv", "form\tkind\tlemma\tstance\tnote\nACCORDING  To\taccording\t"
                    "according to\tneutral\t\n"},
       {"titles.tsv", "form\tnote\nSen.\t\n"}});
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_NE(lex->cues().Find("according to"), nullptr);
  EXPECT_NE(lex->titles().Find("sen."), nullptr);
  EXPECT_TRUE(lex->CueAt("according to", 0));
}

TEST(LexiconTest, FromTsvReportsMalformedRowWithFileAndLine) {
  // Line 1 is the header, line 2 is fine, line 3 is blank, line 4 has
  // too few columns.
  Result<Lexicon> lex = Lexicon::FromTsv(
      {{"function_words.tsv", "form\tkind\tnote\nhas\taux\t\n"},
       {"cues.tsv",
        "form\tkind\tlemma\tstance\tnote\nsaid\tspeech\tsay\tneutral\t\n\n"
        "told\ttell\n"}});
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(lex.status().message().find("cues.tsv:4"), std::string::npos)
      << lex.status().message();
}

TEST(LexiconTest, FromTsvRejectsAnUnknownCueKind) {
  Result<Lexicon> lex = Lexicon::FromTsv(
      {{"cues.tsv", "form\tkind\tlemma\tstance\tnote\nsaid\tspeach\tsay\tneutral\t\n"}});
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.status().message().find("unknown cue kind 'speach'"), std::string::npos)
      << lex.status().message();
}

TEST(LexiconTest, FromTsvRejectsEmptyFormAndUnknownFile) {
  Result<Lexicon> empty_form = Lexicon::FromTsv(
      {{"titles.tsv", "form\tnote\nmayor\t\n\tnote\n"}});
  ASSERT_FALSE(empty_form.ok());
  EXPECT_NE(empty_form.status().message().find("titles.tsv:3"), std::string::npos)
      << empty_form.status().message();
  Result<Lexicon> unknown = Lexicon::FromTsv({{"verbs.tsv", "form\nsaid\n"}});
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("verbs.tsv"), std::string::npos)
      << unknown.status().message();
}

// ---------------------------------------------------------------------------
// Grammar::FindAll

class GrammarTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Grammar> g = Grammar::Create();
    ASSERT_TRUE(g.ok()) << g.status().message();
    grammar_ = new Grammar(std::move(*g));
  }
  static void TearDownTestSuite() {
    delete grammar_;
    grammar_ = nullptr;
  }

  // Folds `sentence`, keeps it in folded_ and returns the hits; the words
  // at `names` (offsets into the folded text) start no cue, as where the
  // caller marks names and nouns (attribution/names.cpp).
  std::vector<Hit> Find(std::string_view sentence, std::vector<uint32_t> names = {}) {
    folded_ = text::FoldString(sentence);
    EXPECT_FALSE(folded_.empty());
    if (grammar_ == nullptr) {
      ADD_FAILURE() << "no grammar";
      return {};
    }
    std::vector<Hit> hits = grammar_->FindAll(folded_, names);
    for (const Hit& h : hits) {
      for (const Range& r : {h.source, h.cue, h.recipient, h.appositive}) {
        EXPECT_LE(r.begin, folded_.size());
        EXPECT_LE(r.end, folded_.size());
      }
      EXPECT_FALSE(h.cue.empty()) << PatternRuleId(h.pattern) << ": empty cue";
      EXPECT_LT(h.cue_entry, grammar_->lexicon().cues().size());
    }
    return hits;
  }

  // The text of `r` in the last folded sentence.
  std::string Text(Range r) const {
    if (r.empty()) return "";
    return folded_.substr(r.begin, r.end - r.begin);
  }

  // The folded sentence from content_begin on, or "<none>".
  std::string ContentFrom(const Hit& h) const {
    if (h.content_begin == kNoContent) return "<none>";
    if (h.content_begin > folded_.size()) return "<out of range>";
    return folded_.substr(h.content_begin);
  }

  // All hits, for failure messages.
  std::string Describe(const std::vector<Hit>& hits) const {
    std::string s = folded_ + " ->";
    if (hits.empty()) s += " no hits";
    for (const Hit& h : hits) {
      s += std::string(" [") + PatternRuleId(h.pattern) + " source=\"" +
           Text(h.source) + "\" cue=\"" + Text(h.cue) + "\"]";
    }
    return s;
  }

  // The source of the one hit of `sentence`, or what was found when there
  // is not exactly one hit.
  std::string OnlySource(std::string_view sentence) {
    const std::vector<Hit> hits = Find(sentence);
    return hits.size() == 1 ? Text(hits[0].source) : "not one hit: " + Describe(hits);
  }

  std::string CueLemma(const Hit& h) const {
    const PhraseTable::Entry& e = grammar_->lexicon().cues().entry(h.cue_entry);
    return e.fields.size() > 1 ? e.fields[1] : "";
  }

  static Grammar* grammar_;
  std::string folded_;
};

Grammar* GrammarTest::grammar_ = nullptr;

TEST_F(GrammarTest, RuleIdsAreStableAndDistinct) {
  EXPECT_STREQ(PatternRuleId(Pattern::kSourceCue), "source-cue");
  EXPECT_STREQ(PatternRuleId(Pattern::kCueSource), "cue-source");
  EXPECT_STREQ(PatternRuleId(Pattern::kSourceToldRecipient), "source-told-recipient");
  EXPECT_STREQ(PatternRuleId(Pattern::kSourceDescribesAs), "source-describes-as");
  EXPECT_STREQ(PatternRuleId(Pattern::kInWhatDescribedAs), "in-what-described-as");
  EXPECT_STREQ(PatternRuleId(Pattern::kAccordingTo), "according-to");
  EXPECT_STREQ(PatternRuleId(Pattern::kCiting), "citing");
  EXPECT_STREQ(PatternRuleId(Pattern::kParticipial), "participial");
  EXPECT_STREQ(PatternRuleId(Pattern::kCoordinated), "coordinated");
  EXPECT_STREQ(PatternRuleId(Pattern::kAgentless), "agentless");
}

TEST_F(GrammarTest, PatternsFitInAWindowSoLongSentencesStayLinear) {
  // 300 words of noun phrase before the cue: no attempt may read more than
  // 1 KiB, so the source is cut to the words that fit before "said".
  std::string sentence;
  for (int i = 0; i < 300; ++i) sentence += "officials ";
  sentence += "said it.";
  const std::vector<Hit> hits = Find(sentence);
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].cue), "said");
  EXPECT_LT(hits[0].source.end - hits[0].source.begin, 1024u);
  EXPECT_EQ(hits[0].source.end + 1, hits[0].cue.begin);
}

TEST_F(GrammarTest, SourceCueWithContent) {
  const std::vector<Hit> hits = Find("U.S. officials said the shift opens a path.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  const Hit& h = hits[0];
  EXPECT_EQ(h.pattern, Pattern::kSourceCue)
      << "got " << PatternRuleId(h.pattern) << ", want source-cue";
  EXPECT_EQ(Text(h.source), "u.s. officials");
  EXPECT_EQ(Text(h.cue), "said");
  EXPECT_EQ(ContentFrom(h), "the shift opens a path.");
  EXPECT_EQ(CueLemma(h), "say");
  EXPECT_TRUE(h.recipient.empty());
  EXPECT_TRUE(h.appositive.empty());
}

TEST_F(GrammarTest, SourceCueWithThatAndColon) {
  std::vector<Hit> hits = Find("The ministry said that the talks had stalled.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kSourceCue) << PatternRuleId(hits[0].pattern);
  EXPECT_EQ(Text(hits[0].source), "the ministry");
  EXPECT_EQ(ContentFrom(hits[0]), "the talks had stalled.");  // "that" skipped

  hits = Find("The ministry said: the talks had stalled.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kSourceCue) << PatternRuleId(hits[0].pattern);
  EXPECT_EQ(ContentFrom(hits[0]), "the talks had stalled.");
}

// Before an auxiliary or a be-form "that" is the clause's subject, part of
// what was said (that_opener), in every rule that skips an opening "that".
// A headline's label before a colon names no speaker (head_words.tsv kind
// "label").
TEST_F(GrammarTest, AStoryLabelIsNoColonLeadIn) {
  for (const char* sentence : {"Analysis: Why the ferry levy may come too late",
                               "Opinion: The ferry levy deserves a second look"}) {
    for (const Hit& h : Find(sentence)) {
      EXPECT_NE(h.pattern, Pattern::kColonLeadIn) << sentence << ": " << Describe({h});
    }
  }
  EXPECT_EQ(Find("Okafor: The ferry levy deserves a second look").size(), 1u);
}

TEST_F(GrammarTest, ThatAsTheClausesSubjectIsContent) {
  std::vector<Hit> hits = Find("The ministry said that was wrong.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(ContentFrom(hits[0]), "that was wrong.");
  hits = Find("The ministry insisted that would never happen.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(ContentFrom(hits[0]), "that would never happen.");
  hits = Find("The mayor left early, saying that is not true.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kParticipial) << PatternRuleId(hits[0].pattern);
  EXPECT_EQ(ContentFrom(hits[0]), "that is not true.");
  hits = Find("The mayor left early and said that has to change.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kCoordinated) << PatternRuleId(hits[0].pattern);
  EXPECT_EQ(ContentFrom(hits[0]), "that has to change.");
}

TEST_F(GrammarTest, ByAfterThatOpensTheContent) {
  // "said by …" is a passive or a manner ("responded by using …"); after
  // "that" the "by" belongs to the content.
  std::vector<Hit> hits = Find("The ministry said that by Monday the talks had stalled.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kSourceCue) << PatternRuleId(hits[0].pattern);
  EXPECT_EQ(Text(hits[0].source), "the ministry");
  EXPECT_EQ(ContentFrom(hits[0]), "by monday the talks had stalled.");
  hits = Find("The report was ordered by the ministry.");
  EXPECT_TRUE(std::none_of(hits.begin(), hits.end(),
                           [](const Hit& h) { return h.pattern == Pattern::kSourceCue; }))
      << Describe(hits);
}

TEST_F(GrammarTest, ADemonstrativeOpensASource) {
  EXPECT_EQ(OnlySource("The ferry is late, those riders said."), "those riders");
  // "those who …": the relative clause is the aside.
  const std::vector<Hit> hits = Find("Those who rode it said the ferry was late.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "those");
  EXPECT_EQ(Text(hits[0].appositive), "who rode it");
}

TEST_F(GrammarTest, ADemonstrativeAfterAPrepositionStaysInTheSource) {
  std::vector<Hit> hits = Find("\"It is coming,\" said a strategist for one of these mayors.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "a strategist for one of these mayors");
  hits = Find("Half of those surveyed say the ferry is late.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "half of those surveyed");
  // Not after a verb: "share these fears" ends the phrase before it.
  hits = Find("Many mayors share these fears, but the council wants a vote.");
  ASSERT_FALSE(hits.empty()) << Describe(hits);
  EXPECT_EQ(Text(hits.back().source), "the council");
}

TEST_F(GrammarTest, ANameSuffixKeepsItsPeriodBeforeAnAside) {
  // titles.tsv's "jr." keeps its period before a comma as before a word.
  std::vector<Hit> hits = Find("Ruben Okafor Jr., the ferry director, said the route would close.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "ruben okafor jr.");
  EXPECT_EQ(Text(hits[0].appositive), "the ferry director");
  hits = Find("The route will close, said Ruben Okafor Jr., the ferry director.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "ruben okafor jr.");
  // and before a bracket: "Jr. (D-Pa.)"
  hits = Find("The route will close, said Sen. Ruben Okafor Jr. (D-Pa.), a backer.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "sen. ruben okafor jr. (d-pa.)");
}

TEST_F(GrammarTest, AContractionAfterAPronounOpensTheCue) {
  // "he's" is read as "he" (the source) and "'s" (the cue's auxiliary).
  std::vector<Hit> hits = Find("He's said the ferry is late.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "he");
  EXPECT_EQ(Text(hits[0].cue), "'s said");
  EXPECT_EQ(ContentFrom(hits[0]), "the ferry is late.");
  // A be-form: a state of mind and a progressive.
  hits = Find("They\xE2\x80\x99re worried that the ferry is late.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "they");
  EXPECT_EQ(Text(hits[0].cue), "'re worried");
  hits = Find("She's been saying for months that the ferry is late.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "she");
  EXPECT_EQ(Text(hits[0].cue), "'s been saying");
  hits = Find("We're asking the council to act.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].cue), "'re asking");
  // "it's" speaks for no one; a possessive is no contraction.
  // The subject a participle speaks for.
  hits = Find("She's tacked to the left, criticizing the pipeline.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "she");
  // Never a source "i've" (function_words.tsv: the contracted forms are no
  // noun phrase).
  for (const Hit& h : Find("That is the plan that I've suggested.")) {
    EXPECT_NE(Text(h.source), "i've");
  }
  for (const Hit& h : Find("It's said the ferry is late.")) EXPECT_NE(Text(h.source), "it");
  // (Before "said" the possessive ends a name, "Moody's said": whole.)
  hits = Find("Lin's said nothing.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "lin's");
  EXPECT_EQ(Text(hits[0].cue), "said");
}

TEST_F(GrammarTest, AStateOfMindAfterALinkingVerb) {
  // "remain" and "feel" link a subject to its state as a be-form does
  // (function_words.tsv kind "linking").
  std::vector<Hit> hits = Find("Union leaders remain confident that the ferry will run.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "union leaders");
  EXPECT_EQ(Text(hits[0].cue), "remain confident");
  hits = Find("Some riders felt nervous about the new timetable.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "some riders");
  EXPECT_EQ(Text(hits[0].cue), "felt nervous");
  // Before its noun the adjective holds nothing: no source "placate".
  EXPECT_TRUE(Find("The change is likely to placate nervous Democrats on the council.").empty());
  EXPECT_TRUE(Find("The leaders remain confident despite the vote.").empty());
}

TEST_F(GrammarTest, ANegatedBeFormIsABeForm) {
  // "isn't", "wasn't", "aren't", "weren't" (function_words.tsv kind
  // "passive") before a participle or a state, as "is not" is.
  std::vector<Hit> hits = Find("The mayor isn't saying whether the ferry will run.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "the mayor");
  EXPECT_EQ(Text(hits[0].cue), "isn't saying");
  // A degree adverb may stand before the state.
  hits = Find("The mayor was very worried that the ferry would be late.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].cue), "was very worried");
  hits = Find("Riders weren't too worried that the ferry would be late.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].cue), "weren't too worried");
  hits = Find("Riders weren't worried that the ferry would be late.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "riders");
  EXPECT_EQ(Text(hits[0].cue), "weren't worried");
}

TEST_F(GrammarTest, GoingOnToACueIsPartOfIt) {
  // head_words.tsv kind "cue-prefix": "went on to", "goes on to".
  std::vector<Hit> hits = Find("Ruiz went on to criticize the port board for its delays.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "ruiz");
  EXPECT_EQ(Text(hits[0].cue), "went on to criticize");
  // "goes" ends the noun phrase (function_words.tsv kind "verb").
  hits = Find("The memo goes on to say that the ferry is late.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "the memo");
  EXPECT_EQ(Text(hits[0].cue), "goes on to say");
  EXPECT_TRUE(Find("Ruiz went on to win the election.").empty());
}

TEST_F(GrammarTest, ANotCuePhraseMayStandInASource) {
  // not_cues.tsv "talk show", "show host": no cue starts there, so the
  // noun phrase runs through them.
  const std::vector<Hit> hits =
      Find("Talk show host Ana Ruiz, a critic of the port, on Friday declared it a failure.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "talk show host ana ruiz");
  EXPECT_EQ(Text(hits[0].cue), "declared");
}

TEST_F(GrammarTest, ASubjectPronounAfterTheRecipientOpensTheContent) {
  const std::vector<Hit> hits = Find("Witnesses told police they heard three shots.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].recipient), "police");
  EXPECT_EQ(ContentFrom(hits[0]), "they heard three shots.");
}

TEST_F(GrammarTest, AColonAfterTheRecipientOpensTheContent) {
  const std::vector<Hit> hits = Find("Lin told reporters: \"The ferry will sail.\"");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].recipient), "reporters");
  EXPECT_EQ(ContentFrom(hits[0]), "\"the ferry will sail.\"");
}

TEST_F(GrammarTest, ThatAfterAPronounRecipientIsNoContent) {
  std::vector<Hit> hits = Find("Lin told me that the ferry would sail.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].recipient), "me");
  EXPECT_EQ(ContentFrom(hits[0]), "the ferry would sail.");
  // (unless it is the clause's subject)
  hits = Find("Lin told him that was wrong.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(ContentFrom(hits[0]), "that was wrong.");
}

TEST_F(GrammarTest, ATimeAfterTheRecipientIsNoContent) {
  const std::vector<Hit> hits = Find("Lin told reporters on Monday that the ferry would sail.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kSourceToldRecipient) << PatternRuleId(hits[0].pattern);
  EXPECT_EQ(Text(hits[0].recipient), "reporters");
  EXPECT_EQ(ContentFrom(hits[0]), "the ferry would sail.");
}

TEST_F(GrammarTest, AWordAfterAnAuxiliaryIsAVerbNotASource) {
  // "return" is no speaker of "calls".
  EXPECT_TRUE(Find("Lin did not return calls seeking comment.").empty())
      << Describe(Find("Lin did not return calls seeking comment."));
  EXPECT_TRUE(Find("Lin didn't return calls seeking comment.").empty());
  // A pronoun after an auxiliary asks a speaker.
  EXPECT_EQ(OnlySource("Do you think the ferry will sail?"), "you");
  // A possessive pronoun there opens the object ("did have his concerns").
  EXPECT_TRUE(Find("Lin did have his concerns about the ferry.").empty())
      << Describe(Find("Lin did have his concerns about the ferry."));
}

TEST_F(GrammarTest, AnIngNounAfterADeterminerStaysInTheSource) {
  // "planning" starts a participle cue ("planning to"), but after "the"
  // it is a noun.
  EXPECT_EQ(OnlySource("An official familiar with the planning said the ferry would stop."),
            "an official familiar with the planning");
}

TEST_F(GrammarTest, AFigureStaysWhole) {
  EXPECT_EQ(OnlySource("42% of riders say the ferry is late."), "42% of riders");
  // A figure's thousands separator ends no noun phrase.
  EXPECT_EQ(OnlySource("A survey of 1,200 riders found that the ferry is late."),
            "a survey of 1,200 riders");
  EXPECT_EQ(OnlySource("On fares, 42% say they are too high."), "42%");
  // A fraction keeps its modifier.
  EXPECT_EQ(OnlySource("More than half of riders say the ferry is late."),
            "more than half of riders");
  EXPECT_EQ(OnlySource("Just over a quarter, 26 percent, say the ferry is late."),
            "just over a quarter");
  EXPECT_EQ(OnlySource("Just shy of half say the ferry is late."), "just shy of half");
}

TEST_F(GrammarTest, ANameInAnOpeningPhraseIsNoSourceBeforeTheSubjectsAside) {
  // The comma closes "In Ohio and Pennsylvania": what follows is the
  // subject and its aside, not two asides of "Pennsylvania".
  EXPECT_EQ(OnlySource("In Ohio and Pennsylvania, Working America, a labor group, found "
                       "support for the plan."),
            "working america");
  // Without an opening preposition two asides stay asides.
  EXPECT_EQ(OnlySource("Lena Ortiz, 45, a ferry pilot, said the ferry is late."), "lena ortiz");
  EXPECT_EQ(OnlySource("In Ohio, Lena Ortiz, a ferry pilot, said the ferry is late."),
            "lena ortiz");
}

TEST_F(GrammarTest, ADegreeAdverbIsNoSource) {
  // "almost" and "less" (function_words.tsv kind "adverb") qualify the
  // cue; they never speak.
  std::vector<Hit> hits = Find("Okafor said, with a passion that almost suggested the fares were fair.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].cue), "said");
  hits = Find("Some riders are less confident in the ferry.");
  EXPECT_TRUE(hits.empty()) << Describe(hits);
  // "almost" may still open or stand inside a phrase.
  EXPECT_EQ(OnlySource("Almost half of the riders said the ferry was late."),
            "almost half of the riders");
  EXPECT_EQ(OnlySource("The almost silent riders said the ferry was late."),
            "the almost silent riders");
}

TEST_F(GrammarTest, AnAdverbBeforeAParticipleMakesAnAdjective) {
  // "a politically charged visit": "charged" is no cue of "a politically".
  std::vector<Hit> hits = Find("Ruiz made a politically charged visit to the port.");
  EXPECT_TRUE(hits.empty()) << Describe(hits);
  // An adverb alone before its verb is no source either ("effectively
  // acknowledged"); a name ending in -ly still is.
  EXPECT_EQ(OnlySource("Kelly acknowledged the ferry was late."), "kelly");
}

TEST_F(GrammarTest, TheAndACountStandForThePeopleCounted) {
  std::vector<Hit> hits = Find("The two said the ferry would run.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "the two");
  EXPECT_EQ(Text(hits[0].cue), "said");
  // (a noun after the count is the head: the plain phrase takes it)
  EXPECT_EQ(OnlySource("The three captains admit that the ferry is late."), "the three captains");
}

TEST_F(GrammarTest, NoIsADeterminer) {
  // "no" opens a phrase ("no riders said") but names no one alone.
  std::vector<Hit> hits = Find("There is no question that the ferry is late.");
  EXPECT_TRUE(hits.empty()) << Describe(hits);
  hits = Find("The report makes no mention of the ferry.");
  EXPECT_TRUE(hits.empty()) << Describe(hits);
  EXPECT_EQ(OnlySource("No rider said the ferry was late."), "no rider");
}

TEST_F(GrammarTest, AnAbbreviationHyphenatedToAWordIsOneWord) {
  // "u.s.-led" (WordEnd): not "led coalition", and an aside may hold it.
  EXPECT_EQ(OnlySource("The U.S.-led coalition said the strikes worked."),
            "the u.s.-led coalition");
  std::vector<Hit> hits = Find("Ana Ruiz, a D.C.-based analyst, said the strikes worked.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "ana ruiz");
  EXPECT_EQ(Text(hits[0].appositive), "a d.c.-based analyst");
}

TEST_F(GrammarTest, AContractedDemonstrativeNamesNoOne) {
  // function_words.tsv: "that's", "it's", "there's" … are stop words.
  for (const char* sentence : {"That's partly why Lin quit the board, before announcing her run.",
                               "That's the plan Lin said could work.",
                               "It's a risk, Lin said."}) {
    const std::vector<Hit> hits = Find(sentence);
    ASSERT_FALSE(hits.empty()) << Describe(hits);
    for (const Hit& h : hits) {
      EXPECT_EQ(Text(h.source).find("'s"), std::string::npos) << Describe(hits);
    }
  }
}

TEST_F(GrammarTest, AQuestionWordOpensNoSourceAndCannotIsAnAuxiliary) {
  EXPECT_EQ(OnlySource("That's why critics say the fares are high."), "critics");
  const std::vector<Hit> how = Find("Lin wondered how the council responds to riders.");
  ASSERT_FALSE(how.empty());
  EXPECT_EQ(Text(how.back().source), "the council") << Describe(how);
  const std::vector<Hit> hits = Find("Lin cannot say when the ferry will sail.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "lin");
  EXPECT_EQ(Text(hits[0].cue), "cannot say");
}

TEST_F(GrammarTest, IncludingAndUntilOpenNoSource) {
  // "including" joins a phrase (np-internal), "until" is a stop word.
  EXPECT_EQ(OnlySource("Leaders including Lin said the fares would rise."),
            "leaders including lin");
  EXPECT_EQ(OnlySource("The plan stalled until Lin said she would back it."), "lin");
  const std::vector<Hit> hits = Find("Riders list flaws, including Lin's claim that fares are low.");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(Text(hits.back().source), "lin's") << Describe(hits);
}

TEST_F(GrammarTest, ADiscourseAdverbMayStandBeforeTheVerb) {
  // ("instead", "indeed": function_words.tsv kind "adverb") inside a cue,
  // after a subject, inside a passive.
  std::vector<Hit> hits = Find("Okafor instead said the fares would rise.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "okafor");
  EXPECT_EQ(Text(hits[0].cue), "instead said");
  // ("here" after a phrase is the phrase's place, "union members here
  // said", as PolNeAR marks it; after the verb it is the cue's)
  hits = Find("Union members here said the fares would rise.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "union members here");
  EXPECT_EQ(Text(hits[0].cue), "said");
  hits = Find("Okafor said here that the fares would rise.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].cue), "said");
  EXPECT_EQ(Text(hits[0].source), "okafor");
  EXPECT_EQ(OnlySource("Okafor instead gave a speech, decrying the fares."), "okafor");
  // An adverb's circumstance between the subject and its verb.
  EXPECT_EQ(OnlySource("Okafor, particularly in the last week, has kept the plan alive, claiming it "
                       "will work."),
            "okafor");
  hits = Find("The ferry was indeed said to be late.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kAgentless) << PatternRuleId(hits[0].pattern);
}

TEST_F(GrammarTest, AnAsideMayHoldAQuotedTitle) {
  // The comma stands inside the title's closing mark.
  std::vector<Hit> hits =
      Find("Lehel, the captain known as \xE2\x80\x9CSkipper,\xE2\x80\x9D said the ferry was late.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "lehel");
  EXPECT_EQ(Text(hits[0].cue), "said");
  // An unpaired mark ends a quotation the words belong to: no aside.
  hits = Find("Lin \"kept the ferry, its crew and its fares\" in May, Okafor said.");
  for (const Hit& h : hits) EXPECT_EQ(Text(h.source), "okafor") << Describe(hits);
}

TEST_F(GrammarTest, QuoteFirstSourceCue) {
  // “We will win,” Smith said.
  const std::vector<Hit> hits =
      Find("\xE2\x80\x9CWe will win,\xE2\x80\x9D Smith said.");
  ASSERT_EQ(folded_, "\"we will win,\" smith said.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  const Hit& h = hits[0];
  EXPECT_EQ(h.pattern, Pattern::kSourceCue)
      << "got " << PatternRuleId(h.pattern) << ", want source-cue";
  EXPECT_EQ(Text(h.source), "smith");
  EXPECT_EQ(Text(h.cue), "said");
  EXPECT_EQ(h.content_begin, kNoContent) << "content stands before the source";
}

TEST_F(GrammarTest, AnAsideMayStandBetweenTheCueAndItsClause) {
  std::vector<Hit> hits = Find("The mayor said, in a statement, the ferry would run.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "the mayor");
  EXPECT_EQ(ContentFrom(hits[0]), "the ferry would run.");
  hits = Find("Okafor says, win or lose, she is staying in the race.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(ContentFrom(hits[0]), "she is staying in the race.");
  // Not after an inverted "…, he said,": what he said came before.
  for (const char* inverted :
       {"Many piers have closed, he said, most in the north, the others in the south.",
        "\"Many piers have closed,\" he said, most in the north, the others in the south."}) {
    hits = Find(inverted);
    ASSERT_EQ(hits.size(), 1u) << inverted << ": " << Describe(hits);
    EXPECT_EQ(hits[0].content_begin, kNoContent) << inverted << ": " << Describe(hits);
  }
}

TEST_F(GrammarTest, CueSource) {
  const std::vector<Hit> hits =
      Find("The plan will fail, said Maria Lopez, a spokeswoman.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  const Hit& h = hits[0];
  EXPECT_EQ(h.pattern, Pattern::kCueSource)
      << "got " << PatternRuleId(h.pattern) << ", want cue-source";
  EXPECT_EQ(Text(h.cue), "said");
  EXPECT_EQ(Text(h.source), "maria lopez");
  EXPECT_EQ(h.content_begin, kNoContent);
  EXPECT_LT(h.cue.begin, h.source.begin);
}

TEST_F(GrammarTest, AfterAQuotationTheSourceNeedNotEndItsClause) {
  // "…," said X: the source is whatever noun phrase the cue meets, even
  // when a participle or a clause goes on after it.
  std::vector<Hit> hits = Find(
      "\xE2\x80\x9CThe ferry never stopped,\xE2\x80\x9D said the harbor chief known as "
      "Bob, speaking publicly for the first time.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kCueSource) << PatternRuleId(hits[0].pattern);
  EXPECT_EQ(Text(hits[0].source), "the harbor chief");
  EXPECT_EQ(Text(hits[0].cue), "said");
  // (A relative clause too long to be read as the source's aside leaves
  // no aside behind.)
  hits = Find("\"The fares are too high,\" said a former port official who ran the "
              "ferries of the bay and the river for the city and the county for many years "
              "before the strike of the crews and the long closure of the old terminal at "
              "the pier.");
  ASSERT_GE(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "a former port official");
  EXPECT_EQ(hits[0].appositive.begin, hits[0].appositive.end) << "no aside kept";
  // Without the quotation the source must still end its clause.
  for (const Hit& h : Find("The fares are too high, said the harbor chief known as Bob.")) {
    EXPECT_NE(h.pattern, Pattern::kCueSource) << Describe({h});
  }
}

TEST_F(GrammarTest, OnlyAVerbOfSayingStandsBeforeItsSource) {
  std::vector<Hit> hits = Find("The plan will fail, warned Maria Lopez.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kCueSource);
  EXPECT_EQ(Text(hits[0].source), "maria lopez");
  // A verb that takes an object names what was mocked or praised after it,
  // not who spoke.
  for (const char* sentence :
       {"Biden defended the mayor, mocked the Republican Party and its leaders, and left.",
        "The head of the ferry union, Maria Lopez, praised the efforts of a donor to the port."}) {
    for (const Hit& h : Find(sentence)) {
      EXPECT_NE(h.pattern, Pattern::kCueSource) << sentence << ": " << Describe({h});
    }
  }
}

TEST_F(GrammarTest, APossessivePronounIsTheWholeSourceOfANounCue) {
  std::vector<Hit> hits = Find("The mayor repeated his claim that the ferry was safe.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kPossessiveNoun);
  EXPECT_EQ(Text(hits[0].source), "his");
  EXPECT_EQ(Text(hits[0].cue), "claim");
  // Words before an apostrophe's possessive stay in the source.
  EXPECT_EQ(OnlySource("The ferry director's claim that the route was safe drew scorn."),
            "the ferry director's");
}

TEST_F(GrammarTest, AVerbThatCannotAgreeWithItsDeterminerIsANoun) {
  for (const char* sentence : {"Lopez struck a positive note about the ferry.",
                               "The captain gave few hints of trouble.",
                               "The crew had two main questions about the route."}) {
    for (const Hit& h : Find(sentence)) {
      EXPECT_NE(Text(h.cue), "note") << sentence << ": " << Describe({h});
      EXPECT_NE(Text(h.cue), "hints") << sentence << ": " << Describe({h});
      EXPECT_NE(Text(h.cue), "questions") << sentence << ": " << Describe({h});
    }
  }
  // Verbs that agree, and a past tense spelled as its base form.
  EXPECT_EQ(Find("Two officials say the ferry is late.").size(), 1u);
  EXPECT_EQ(Find("A spokesman argued that the ferry was safe.").size(), 1u);
  EXPECT_EQ(Find("A sign read, \"Ferry now.\"").size(), 1u);
  // A determiner after a preposition inside the source is no subject's.
  EXPECT_EQ(OnlySource("Riders in each town want the ferry to stay."), "riders in each town");
}

TEST_F(GrammarTest, AccordingTo) {
  const std::vector<Hit> hits =
      Find("According to the ministry, the talks collapsed on Monday.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  const Hit& h = hits[0];
  EXPECT_EQ(h.pattern, Pattern::kAccordingTo)
      << "got " << PatternRuleId(h.pattern) << ", want according-to";
  EXPECT_EQ(Text(h.cue), "according to");
  EXPECT_EQ(Text(h.source), "the ministry");
  EXPECT_EQ(h.content_begin, kNoContent);
  EXPECT_EQ(h.cue.begin, 0u);
}

TEST_F(GrammarTest, AccordingToAtTheEnd) {
  const std::vector<Hit> hits =
      Find("The talks collapsed, according to two diplomats.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kAccordingTo) << PatternRuleId(hits[0].pattern);
  EXPECT_EQ(Text(hits[0].source), "two diplomats");
  // A bracketed remark may follow the source.
  const std::vector<Hit> bracketed =
      Find("Ridership rose, according to exit surveys (a sizable margin).");
  ASSERT_EQ(bracketed.size(), 1u) << Describe(bracketed);
  EXPECT_EQ(Text(bracketed[0].source), "exit surveys");
}

TEST_F(GrammarTest, SourceToldRecipient) {
  const std::vector<Hit> hits =
      Find("Unnamed officials told The Harbor Ledger that the deal was off.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  const Hit& h = hits[0];
  EXPECT_EQ(h.pattern, Pattern::kSourceToldRecipient)
      << "got " << PatternRuleId(h.pattern) << ", want source-told-recipient";
  EXPECT_EQ(Text(h.source), "unnamed officials");
  EXPECT_EQ(Text(h.cue), "told");
  EXPECT_EQ(Text(h.recipient), "the harbor ledger");
  EXPECT_EQ(ContentFrom(h), "the deal was off.");
  EXPECT_EQ(CueLemma(h), "tell");
}

TEST_F(GrammarTest, InWhatDescribedAs) {
  const std::vector<Hit> hits =
      Find("In what officials described as a shift, the army withdrew.");
  ASSERT_GE(hits.size(), 1u) << Describe(hits);
  const Hit& h = hits[0];
  EXPECT_EQ(h.pattern, Pattern::kInWhatDescribedAs)
      << "got " << PatternRuleId(h.pattern) << ", want in-what-described-as";
  EXPECT_EQ(Text(h.source), "officials");
  EXPECT_EQ(Text(h.cue), "described as");
  EXPECT_EQ(ContentFrom(h), "a shift, the army withdrew.");
  EXPECT_EQ(hits.size(), 1u) << Describe(hits);
}

TEST_F(GrammarTest, SourceDescribesAs) {
  const std::vector<Hit> hits =
      Find("Both capitals described the agreement as an opportunity.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  const Hit& h = hits[0];
  EXPECT_EQ(h.pattern, Pattern::kSourceDescribesAs)
      << "got " << PatternRuleId(h.pattern) << ", want source-describes-as";
  EXPECT_EQ(Text(h.source), "both capitals");
  EXPECT_EQ(Text(h.cue), "described");
  EXPECT_EQ(ContentFrom(h), "the agreement as an opportunity.");
}

TEST_F(GrammarTest, Citing) {
  // ("reports" is a noun here, which the caller marks: a cue form read as
  // a verb only after its subject, head_words.tsv kind "noun-first".)
  const std::string_view sentence = "The aid group left the city, citing reports of violence.";
  const std::vector<Hit> hits =
      Find(sentence, {static_cast<uint32_t>(sentence.find("reports"))});
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  const Hit& h = hits[0];
  EXPECT_EQ(h.pattern, Pattern::kCiting)
      << "got " << PatternRuleId(h.pattern) << ", want citing";
  EXPECT_EQ(Text(h.cue), "citing");
  EXPECT_EQ(Text(h.source), "reports");
  EXPECT_EQ(ContentFrom(h), "violence.");
}

TEST_F(GrammarTest, Participial) {
  const std::vector<Hit> hits =
      Find("The minister resigned on Friday, saying that the plan had failed.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  const Hit& h = hits[0];
  EXPECT_EQ(h.pattern, Pattern::kParticipial)
      << "got " << PatternRuleId(h.pattern) << ", want participial";
  EXPECT_EQ(Text(h.cue), "saying");
  EXPECT_EQ(Text(h.source), "the minister");  // the subject: no earlier speaker
  EXPECT_EQ(ContentFrom(h), "the plan had failed.");
}

TEST_F(GrammarTest, AParticipleCarriesASubjectBeforeATimePhrase) {
  EXPECT_EQ(
      OnlySource("Maria Lopez on Thursday stepped up the pressure, saying the ferry was late."),
      "maria lopez");
  // A time phrase after the verb leaves the verb out of the subject.
  EXPECT_EQ(OnlySource("Maria Lopez waited on Sunday for the crew, saying the ferry was late."),
            "maria lopez");
}

TEST_F(GrammarTest, ADemonstrativeThatOpensNoClauseBeforeASource) {
  // (not "moment", with the speaker as its aside)
  for (const char* sentence :
       {"Recalling that moment, Maria Lopez, the captain, said the ferry was late.",
        "After that meeting, Maria Lopez, the captain, said the ferry was late."}) {
    bool found = false;
    for (const Hit& h : Find(sentence)) {
      if (Text(h.cue) == "said") {
        found = true;
        EXPECT_EQ(Text(h.source), "maria lopez") << sentence;
      }
    }
    EXPECT_TRUE(found) << sentence;
  }
}

TEST_F(GrammarTest, ATimePhraseBetweenSourceAndCueIsNeitherSource) {
  for (const char* sentence : {"The mayor earlier this week said the ferry was late.",
                               "The mayor later in the day said the ferry was late.",
                               "The mayor long ago said the ferry was late.",
                               "The mayor on Thursday evening said the ferry was late."}) {
    EXPECT_EQ(OnlySource(sentence), "the mayor");
  }
  EXPECT_EQ(OnlySource("Day said the ferry was late."), "day") << "a name";
}

TEST_F(GrammarTest, APrepositionEndsTheSubjectAndStaysInsideASource) {
  EXPECT_EQ(
      OnlySource("Hundreds of riders marched through the terminal, chanting \"Save our ferry.\""),
      "hundreds of riders");
  EXPECT_EQ(
      OnlySource("The captain's lawyers looked through the logs and found that the engine failed."),
      "the captain's lawyers");
  EXPECT_EQ(OnlySource("Officials across the region said the ferry was late."),
            "officials across the region");
}

TEST_F(GrammarTest, AShortAdverbialOpeningIsNoSubject) {
  EXPECT_EQ(
      OnlySource("Relentlessly cheerful, Maria Lopez toured the pier, saying the ferry was late."),
      "maria lopez");
  // A longer phrase after the adverb is the subject.
  EXPECT_EQ(OnlySource("Sparsely populated Harbor Island is quiet, and has said that the ferry "
                       "must stay."),
            "sparsely populated harbor island");
}

TEST_F(GrammarTest, ParticipialAfterAnEarlierSpeakerCarriesNoSource) {
  const std::vector<Hit> hits =
      Find("The minister said he would resign, adding that the plan had failed.");
  ASSERT_EQ(hits.size(), 2u) << Describe(hits);
  EXPECT_EQ(hits[1].pattern, Pattern::kParticipial);
  EXPECT_TRUE(hits[1].source.empty());  // assembly gives it the speaker's
}

TEST_F(GrammarTest, ReportedByWithACitedPrimary) {
  const std::vector<Hit> hits =
      Find("the mayor will resign, as first reported by the ledger, citing three aides.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kReportedBy);
  EXPECT_EQ(Text(hits[0].cue), "as first reported by");
  EXPECT_EQ(Text(hits[0].source), "the ledger");
  EXPECT_EQ(Text(hits[0].recipient), "three aides");
}

TEST_F(GrammarTest, AccordingToAReportCitingSources) {
  const std::vector<Hit> hits =
      Find("the plant will close, according to a reuters report citing two sources.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kAccordingTo);
  EXPECT_EQ(Text(hits[0].source), "two sources");
  EXPECT_EQ(Text(hits[0].recipient), "a reuters report");
}

TEST_F(GrammarTest, AccordingToAnOutletWhichCitedSources) {
  const std::vector<Hit> hits = Find(
      "according to a report in the daily courier, which cited unnamed officials, the un has "
      "drafted a compromise.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kAccordingTo);
  EXPECT_EQ(Text(hits[0].source), "unnamed officials");
  EXPECT_EQ(Text(hits[0].recipient), "a report in the daily courier");
}

TEST_F(GrammarTest, ColonLeadInOnlyAtTheStart) {
  EXPECT_EQ(Find("pence: flowers will not attend").at(0).pattern, Pattern::kColonLeadIn);
  for (const Hit& h : Find("the plan has one goal: lower fares")) {
    EXPECT_NE(h.pattern, Pattern::kColonLeadIn) << PatternRuleId(h.pattern);
  }
}

TEST_F(GrammarTest, ColonLeadInAfterADigestHeading) {
  const std::vector<Hit> hits = Find("fares rise - dana ortiz: \"the ferry costs more.\"");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kColonLeadIn);
  EXPECT_EQ(Text(hits[0].source), "dana ortiz");
  // The grammar's gate and PlacedWell take the same dashes (FollowsDash).
  const std::vector<Hit> tight = Find("fares rise -dana ortiz: \"the ferry costs more.\"");
  ASSERT_EQ(tight.size(), 1u) << Describe(tight);
  EXPECT_EQ(tight[0].pattern, Pattern::kColonLeadIn);
  // (mid-sentence, or after a dash but before no quotation: a heading)
  for (const std::string_view s :
       {"fares rise, dana ortiz: \"the ferry costs more.\"", "fares rise - update: 98 counted"}) {
    for (const Hit& h : Find(s)) EXPECT_NE(h.pattern, Pattern::kColonLeadIn) << s;
  }
}

TEST_F(GrammarTest, ColonLeadInBeforeAQuotationWithoutASpace) {
  const std::vector<Hit> hits = Find("Sen. Ana Ruiz (D-Ore.):\"We are ready.\"");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kColonLeadIn);
  EXPECT_EQ(Text(hits[0].source), "sen. ana ruiz (d-ore.)");
}

TEST_F(GrammarTest, DashNamesTheSpeakerOnlyAfterAQuotation) {
  const std::vector<Hit> hits = Find("\"we are ready.\" - ana ruiz");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kDashSource);
  EXPECT_EQ(Text(hits[0].source), "ana ruiz");
  for (const Hit& h : Find("the vote - ana ruiz says - was close")) {
    EXPECT_NE(h.pattern, Pattern::kDashSource);  // no quotation before it
  }
}

TEST_F(GrammarTest, SourceWithPartyTagTitleAndInitial) {
  const std::vector<Hit> hits =
      Find("house speaker paul d. ryan (r-wis.) said the vote would be close.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "house speaker paul d. ryan (r-wis.)");
}

TEST_F(GrammarTest, WeakCueNeedsAThatClause) {
  // "pledges" is a speech-that cue in cues.tsv.
  EXPECT_TRUE(Find("northshore ferries pledges to buy two boats.").empty());
  const std::vector<Hit> hits = Find("the union pledges that the timetable will stay.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].cue), "pledges");
}

TEST_F(GrammarTest, ParticipialNeedsAComma) {
  // Without the comma "saying" is not a participial attribution.
  const std::vector<Hit> hits = Find("He left without saying the plan had failed.");
  for (const Hit& h : hits) {
    EXPECT_NE(h.pattern, Pattern::kParticipial) << Describe(hits);
  }
}

TEST_F(GrammarTest, Coordinated) {
  const std::vector<Hit> hits =
      Find("The minister resigned and said the plan had failed.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  const Hit& h = hits[0];
  EXPECT_EQ(h.pattern, Pattern::kCoordinated)
      << "got " << PatternRuleId(h.pattern) << ", want coordinated";
  EXPECT_EQ(Text(h.cue), "said");
  EXPECT_EQ(Text(h.source), "the minister");
  EXPECT_EQ(ContentFrom(h), "the plan had failed.");
}

TEST_F(GrammarTest, AgentlessCueIncludesAuxiliaries) {
  const std::vector<Hit> hits =
      Find("The group had been widely viewed as a threat.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  const Hit& h = hits[0];
  EXPECT_EQ(h.pattern, Pattern::kAgentless)
      << "got " << PatternRuleId(h.pattern) << ", want agentless";
  EXPECT_EQ(Text(h.cue), "had been widely viewed as");
  EXPECT_TRUE(h.source.empty());
  EXPECT_EQ(ContentFrom(h), "a threat.");
}

TEST_F(GrammarTest, AReportingVerbsPassiveWithNoAgentIsAgentless) {
  // (cues.tsv rows of kind agentless-passive: "announced", "criticized",
  // "declared", "revealed", "mentioned", "known", "charged")
  for (const char* sentence : {"The ferry deal was announced on Monday.",
                               "The captain has been criticized for the delay.",
                               "Ortiz was declared the winner in the port race.",
                               "The pilot was charged with neglect.",
                               "The harbor master is known as a stickler for rules."}) {
    const std::vector<Hit> hits = Find(sentence);
    ASSERT_EQ(hits.size(), 1u) << Describe(hits);
    EXPECT_EQ(hits[0].pattern, Pattern::kAgentless) << Describe(hits);
    EXPECT_TRUE(hits[0].source.empty()) << Describe(hits);
  }
}

TEST_F(GrammarTest, AnAccusationWithNoAccuserIsAgentless) {
  std::vector<Hit> hits = Find("The captain has been accused of ignoring the storm warning.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kAgentless) << PatternRuleId(hits[0].pattern);
  EXPECT_EQ(Text(hits[0].cue), "has been accused");
  EXPECT_TRUE(hits[0].source.empty());
  // With the accuser it is a passive.
  hits = Find("The captain was accused by the crew of ignoring the warning.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kPassiveBy) << PatternRuleId(hits[0].pattern);
}

TEST_F(GrammarTest, AStateTakesAClauseWithAPronounSubject) {
  std::vector<Hit> hits = Find("Most riders were certain it would sail.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "most riders");
  EXPECT_EQ(Text(hits[0].cue), "were certain");
  EXPECT_EQ(ContentFrom(hits[0]), "it would sail.");
  // ("it", not its first letter "i")
  hits = Find("Most riders are worried it will rain.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(ContentFrom(hits[0]), "it will rain.");
  // An expletive "it" names no one: the state is agentless.
  hits = Find("It was doubtful he would sail.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kAgentless) << PatternRuleId(hits[0].pattern);
  EXPECT_TRUE(hits[0].source.empty());
}

TEST_F(GrammarTest, AnExpletiveItBeforeSeemOrAppearNamesNoOne) {
  for (const char* sentence : {"It appears that the ferry was late.",
                               "It seems he missed the ferry."}) {
    const std::vector<Hit> hits = Find(sentence);
    ASSERT_EQ(hits.size(), 1u) << Describe(hits);
    EXPECT_EQ(hits[0].pattern, Pattern::kAgentless) << Describe(hits);
    EXPECT_TRUE(hits[0].source.empty()) << Describe(hits);
  }
  // Other verbs keep "it" as their source (a company, a council).
  EXPECT_EQ(OnlySource("It agreed that the fares would rise."), "it");
}

TEST_F(GrammarTest, AgentlessItWasReported) {
  const std::vector<Hit> hits = Find("It was reported that the border had closed.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kAgentless) << PatternRuleId(hits[0].pattern);
  EXPECT_EQ(Text(hits[0].cue), "it was reported that");
  EXPECT_TRUE(hits[0].source.empty());
  EXPECT_EQ(ContentFrom(hits[0]), "the border had closed.");
}

TEST_F(GrammarTest, AdverbBeforeCueJoinsTheCue) {
  const std::vector<Hit> hits =
      Find("Several coastal mayors also question how the levy will hold.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  const Hit& h = hits[0];
  EXPECT_EQ(h.pattern, Pattern::kSourceCue)
      << "got " << PatternRuleId(h.pattern) << ", want source-cue";
  EXPECT_EQ(Text(h.source), "several coastal mayors");
  EXPECT_EQ(Text(h.cue), "also question");
  EXPECT_EQ(ContentFrom(h), "how the levy will hold.");
  EXPECT_EQ(CueLemma(h), "question");
}

TEST_F(GrammarTest, AppositiveBetweenSourceAndCue) {
  const std::vector<Hit> hits =
      Find("Maria Lopez, a spokeswoman for the agency, said the talks had stalled.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  const Hit& h = hits[0];
  EXPECT_EQ(h.pattern, Pattern::kSourceCue)
      << "got " << PatternRuleId(h.pattern) << ", want source-cue";
  EXPECT_EQ(Text(h.source), "maria lopez");
  EXPECT_EQ(Text(h.appositive), "a spokeswoman for the agency");
  EXPECT_EQ(Text(h.cue), "said");
  EXPECT_EQ(ContentFrom(h), "the talks had stalled.");
}

TEST_F(GrammarTest, AnAsideRunsOnAfterATitlesClosingMark) {
  // The comma inside the mark closing a title ("Going Viral,") leaves the
  // aside open.
  std::vector<Hit> hits = Find(
      "Okafor, co-author of \"Going Viral,\" a book about rumors, said the ferry was late.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "okafor");
  EXPECT_EQ(Text(hits[0].cue), "said");
  EXPECT_EQ(Text(hits[0].appositive), "co-author of \"going viral,\" a book about rumors");
  // A quotation after a verb is no title: its closing mark ends the
  // aside, and "as Lin put it" has the source Lin.
  hits = Find("The ferry, now late, would \"sail on,\" as Lin, the captain, put it.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "lin");
  // Nor is a quotation after a comma an aside of the subject.
  hits = Find("The party, attended by hundreds, \"gets our message out,\" said Ana Ruiz.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "ana ruiz");
}

TEST_F(GrammarTest, ATimeAndACueAfterAnAsideOpenTheMainClause) {
  // ", on Tuesday called …" is no second aside running on to the next
  // comma: the time and the cue after it belong to the source.
  std::vector<Hit> hits = Find(
      "Ines Okafor, the port director, on Tuesday called the delay costly, a rare rebuke.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "ines okafor");
  EXPECT_EQ(Text(hits[0].appositive), "the port director");
  EXPECT_EQ(Text(hits[0].cue), "called");
  hits = Find("Okafor, whose views upset the board, last year proposed a levy on ferries, "
              "a plan now on hold.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "okafor");
  EXPECT_EQ(Text(hits[0].cue), "proposed");
}

TEST_F(GrammarTest, AnAdverbAfterTheCueIsNoPartOfTheContent) {
  std::vector<Hit> hits = Find("Officials acknowledged privately that the plan had failed.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(ContentFrom(hits[0]), "the plan had failed.");
  hits = Find("Okafor said only that the ferry was late.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(ContentFrom(hits[0]), "the ferry was late.");
  hits = Find("Okafor replied evenly, \"The ferry is late.\"");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(ContentFrom(hits[0]), "\"the ferry is late.\"");
  // (a pronoun "that" is what was proposed)
  hits = Find("Okafor proposed just that in 2013.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(ContentFrom(hits[0]), "just that in 2013.");
}

TEST_F(GrammarTest, AnAsideMayOpenWithAPastParticipleAndItsTimeOrAgent) {
  // "issued" is a cue of its own, but not before a time or "by" in an aside.
  std::vector<Hit> hits = Find("The judge's order, issued late Friday, said the vote could go on.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "the judge's order");
  EXPECT_EQ(Text(hits[0].appositive), "issued late friday");
  hits = Find("The memo, issued by the port, said the ferry would run.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(Text(hits[0].source), "the memo");
}

TEST_F(GrammarTest, PrecinctsReportingIsACount) {
  // head_words.tsv kind "tally": a vote count's progress names no speaker.
  std::vector<Hit> hits = Find("With 99% of precincts reporting, Ruiz led by 40 votes.");
  EXPECT_TRUE(hits.empty()) << Describe(hits);
  hits = Find("With all precincts reporting, the race was too close to call.");
  EXPECT_TRUE(hits.empty()) << Describe(hits);
}

TEST_F(GrammarTest, RelativeClauseBetweenSourceAndCue) {
  const std::vector<Hit> hits = Find(
      "An official who spoke on condition of anonymity said the talks had stalled.");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  const Hit& h = hits[0];
  EXPECT_EQ(h.pattern, Pattern::kSourceCue)
      << "got " << PatternRuleId(h.pattern) << ", want source-cue";
  EXPECT_EQ(Text(h.source), "an official");
  EXPECT_EQ(Text(h.appositive), "who spoke on condition of anonymity");
  EXPECT_EQ(Text(h.cue), "said");
  EXPECT_EQ(ContentFrom(h), "the talks had stalled.");
}

TEST_F(GrammarTest, TwoAttributionsInOrder) {
  const std::vector<Hit> hits = Find(
      "Officials said the deal would hold, yet analysts cautioned that it may not.");
  ASSERT_EQ(hits.size(), 2u) << Describe(hits);
  EXPECT_EQ(hits[0].pattern, Pattern::kSourceCue) << PatternRuleId(hits[0].pattern);
  EXPECT_EQ(Text(hits[0].source), "officials");
  EXPECT_EQ(hits[1].pattern, Pattern::kSourceCue) << PatternRuleId(hits[1].pattern);
  EXPECT_EQ(Text(hits[1].source), "analysts");
  EXPECT_EQ(Text(hits[1].cue), "cautioned");
  EXPECT_EQ(ContentFrom(hits[1]), "it may not.");
  EXPECT_LT(hits[0].cue.begin, hits[1].source.begin);
}

TEST_F(GrammarTest, NoHitForAMeeting) {
  const std::vector<Hit> hits = Find("Officials met on Tuesday to review the plan.");
  EXPECT_TRUE(hits.empty()) << Describe(hits);
}

TEST_F(GrammarTest, NoHitForSetTo) {
  const std::vector<Hit> hits =
      Find("The United States and Syria are set to resume talks next week.");
  EXPECT_TRUE(hits.empty()) << Describe(hits);
}

TEST_F(GrammarTest, NoHitForQuestionAsANoun) {
  const std::vector<Hit> hits = Find("The question is whether the plan will work.");
  EXPECT_TRUE(hits.empty()) << Describe(hits);
}

TEST_F(GrammarTest, NoHitForCueInsideAWord) {
  // "saidi" is a name, "sayings" is not "saying".
  const std::vector<Hit> hits = Find("Officials met Saidi and studied his sayings.");
  EXPECT_TRUE(hits.empty()) << Describe(hits);
}

}  // namespace
}  // namespace whosaid::grammar
