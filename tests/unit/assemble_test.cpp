// Unit tests for attribution assembly on full original text: grammar hits
// become source, cue and content spans in input bytes, with quotations.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "attribution/assemble.hpp"
#include "attribution/source_type.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/parse.hpp"
#include "text/quotes.hpp"
#include "text/segment.hpp"

namespace whosaid::attribution {
namespace {

using Strings = std::vector<std::string>;

class AssembleTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<grammar::Grammar> g = grammar::Grammar::Create();
    ASSERT_TRUE(g.ok()) << g.status().message();
    grammar_ = new grammar::Grammar(std::move(*g));
    Result<text::Segmenter> s =
        text::Segmenter::Create(grammar_->lexicon().abbreviations(),
                                grammar_->lexicon().sentence_starters(),
                                grammar_->lexicon().title_abbreviations());
    ASSERT_TRUE(s.ok()) << s.status().message();
    segmenter_ = new text::Segmenter(std::move(*s));
  }
  static void TearDownTestSuite() {
    delete segmenter_;
    delete grammar_;
    segmenter_ = nullptr;
    grammar_ = nullptr;
  }

  // Segments `text`, finds its quotations and assembles every sentence.
  std::vector<Attribution> Assemble(const std::string& text) {
    text_ = text;
    std::vector<Attribution> out;
    if (grammar_ == nullptr || segmenter_ == nullptr) {
      ADD_FAILURE() << "no grammar or segmenter";
      return out;
    }
    const std::vector<text::Quotation> quotations = text::FindQuotations(text_);
    Result<std::vector<text::SentenceSpan>> sentences = segmenter_->Split(text_);
    if (!sentences.ok()) {
      ADD_FAILURE() << sentences.status().message();
      return out;
    }
    for (uint32_t i = 0; i < sentences->size(); ++i) {
      const Status status =
          AssembleSentence(*grammar_, text_, quotations, (*sentences)[i], i, out);
      EXPECT_TRUE(status.ok()) << status.message();
    }
    for (const Attribution& a : out) {
      EXPECT_LE(a.cue.end, text_.size());
      EXPECT_FALSE(a.cue.empty()) << a.rule;
      for (const ByteSpan& c : a.contents) {
        EXPECT_FALSE(c.empty()) << a.rule << ": empty content span";
        EXPECT_LE(c.end, text_.size());
      }
    }
    return out;
  }

  std::string Text(ByteSpan span) const {
    return text_.substr(span.begin, span.end - span.begin);
  }
  std::string Source(const Attribution& a) const {
    return a.source ? Text(*a.source) : "<none>";
  }
  Strings Contents(const Attribution& a) const {
    Strings out;
    for (const ByteSpan& c : a.contents) out.push_back(Text(c));
    return out;
  }
  // For each (sentence, source): the sentence yields one attribution, of
  // that source.
  void ExpectOnlySources(
      std::initializer_list<std::pair<const char*, const char*>> cases) {
    for (const auto& [sentence, source] : cases) {
      const auto all = Assemble(sentence);
      ASSERT_EQ(all.size(), 1u) << Describe(all);
      EXPECT_EQ(Source(all[0]), source) << Describe(all);
    }
  }
  // Each sentence has one attribution, with these content pieces.
  void ExpectOnlyContents(std::initializer_list<std::pair<const char*, Strings>> cases) {
    for (const auto& [sentence, contents] : cases) {
      const auto all = Assemble(sentence);
      ASSERT_EQ(all.size(), 1u) << Describe(all);
      EXPECT_EQ(Contents(all[0]), contents) << Describe(all);
    }
  }
  std::string Describe(const std::vector<Attribution>& all) const {
    std::string s = "\"" + text_ + "\" ->";
    if (all.empty()) s += " nothing";
    for (const Attribution& a : all) {
      s += " [" + a.rule + " source=\"" + Source(a) + "\" cue=\"" + Text(a.cue) +
           "\" contents=";
      for (const std::string& c : Contents(a)) s += "\"" + c + "\" ";
      s += "]";
    }
    return s;
  }

  static grammar::Grammar* grammar_;
  static text::Segmenter* segmenter_;
  std::string text_;
};

grammar::Grammar* AssembleTest::grammar_ = nullptr;
text::Segmenter* AssembleTest::segmenter_ = nullptr;

TEST_F(AssembleTest, PlainSourceCueContent) {
  const auto all = Assemble("U.S. officials said the shift opens a path.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  const Attribution& a = all[0];
  EXPECT_EQ(a.rule, "source-cue");
  EXPECT_EQ(Source(a), "U.S. officials");
  EXPECT_EQ(Text(a.cue), "said");
  EXPECT_EQ(Contents(a), (Strings{"the shift opens a path"}));
  EXPECT_EQ(a.cue_lemma, "say");
  EXPECT_EQ(a.stance, v1::STANCE_NEUTRAL);
  EXPECT_EQ(a.sentence, 0u);
}

// "reports" is a noun unless the input shows its subject: a capitalised
// word that is no function word, a subject pronoun, or an inversion after
// a comma (head_words.tsv kind "noun-first").
TEST_F(AssembleTest, ReportsIsAVerbOnlyAfterItsSubject) {
  auto cues = [&](const std::string& text) {
    Strings out;
    for (const Attribution& a : Assemble(text)) out.push_back(Text(a.cue));
    return out;
  };
  EXPECT_EQ(cues("The Harbor Gazette reports that the ferry was late."), (Strings{"reports"}));
  EXPECT_EQ(cues("She reports that the ferry was late."), (Strings{"reports"}));
  EXPECT_EQ(cues("The ferry was late, reports the Harbor Gazette."), (Strings{"reports"}));
  EXPECT_EQ(cues("The ferry was late, new ridership reports show."), (Strings{"show"}));
  EXPECT_EQ(cues("The reports show the ferry was late."), (Strings{"show"}));
  EXPECT_EQ(cues("Port Authority reports show the ferry was late."), (Strings{"show"}));
  EXPECT_EQ(cues("Local media reports said the ferry was late."), (Strings{"said"}));
  EXPECT_EQ(cues("Harbor Media Reports Reveal Why Ferries Run Late"), (Strings{"Reveal"}));
  EXPECT_EQ(cues("Harbor Gazette Reports Ferry Delays Are Getting Worse"), (Strings{"Reports"}));
  EXPECT_EQ(cues("Since the strike began, she reports, the ferry has been late."),
            (Strings{"reports"}));
}

// A content ends at the comma before a later attribution of its sentence,
// but not at the comma closing a prepositional phrase that opens its
// that-clause: that attribution is then nested in the content, and as no
// reporting verb it is dropped (OpensThatClauseWithAdjunct).
TEST_F(AssembleTest, ThatClauseOpeningPhraseKeepsTheContentWhole) {
  const auto nested = Assemble(
      "Port officials told the Gazette that in the meeting, the union agreed to end "
      "the strike.");
  ASSERT_EQ(nested.size(), 1u) << Describe(nested);
  EXPECT_EQ(Text(nested[0].cue), "told");
  EXPECT_EQ(Contents(nested[0]),
            (Strings{"in the meeting, the union agreed to end the strike"}));
  // Not a clause of its own before the comma.
  const auto two = Assemble(
      "Port officials said the talks had failed, the union agreed to end the strike.");
  ASSERT_EQ(two.size(), 2u) << Describe(two);
  EXPECT_EQ(Contents(two[0]), (Strings{"the talks had failed"}));
  EXPECT_EQ(Text(two[1].cue), "agreed");
  EXPECT_EQ(Source(two[1]), "the union");
}

// A passive's agent speaks for the passive's own clause: after a
// subordinating word its content starts there, and does not swallow the
// main clause's attribution ("…, where the levy was opposed by riders").
// (Not after a bare comma: "Mr. Bush, the governor, had been soundly
// beaten by …" keeps its subject.)
TEST_F(AssembleTest, PassiveAgentContentStartsAtItsClause) {
  const auto all = Assemble(
      "Port aides emphasized that the ferry plan worked, unlike in Dover, where the levy "
      "was fiercely opposed by most riders.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Text(all[0].cue), "emphasized");
  EXPECT_EQ(Source(all[0]), "Port aides");
  EXPECT_EQ(Text(all[1].cue), "opposed");
  EXPECT_EQ(Contents(all[1]), (Strings{"the levy"}));
  const auto comma = Assemble("Mr. Ortiz, the mayor, was soundly criticized by the riders.");
  ASSERT_EQ(comma.size(), 1u) << Describe(comma);
  EXPECT_EQ(Contents(comma[0]), (Strings{"Mr. Ortiz, the mayor"}));
  // An aside after the agent is the agent's, as after an inverted source.
  const auto aside =
      Assemble("The levy was opposed by the riders' union, the largest in the port.");
  ASSERT_EQ(aside.size(), 1u) << Describe(aside);
  EXPECT_EQ(Contents(aside[0]), (Strings{"The levy"}));
}

// A dateline says where the story was filed: what was said starts after
// its dash, whichever dash, state or outlet it has; only at a paragraph's
// start, and only a place in capitals.
TEST_F(AssembleTest, ContentStartsAfterADateline) {
  for (const char* text :
       {"DUNMORE \xE2\x80\x94 A man was charged with arson, police said.",
        "Fire in town\n\nPORTLAND, Ore. - A man was charged with arson, police said.",
        "WASHINGTON (Reuters) -- A man was charged with arson, police said.",
        "ST. LOUIS \xE2\x80\x93 A man was charged with arson, police said."}) {
    const auto all = Assemble(text);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_EQ(Contents(all[0]), (Strings{"A man was charged with arson"})) << text;
  }
  for (const char* text : {"Mid-line, DUNMORE - A man was charged with arson, police said.",
                           "Dunmore - A man was charged with arson, police said.",
                           "DUNMORE 2024 - A man was charged with arson, police said."}) {
    const auto all = Assemble(text);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_NE(Contents(all[0]), (Strings{"A man was charged with arson"})) << text;
  }
}

// A determiner right after a past form opens the verb's object: "lowered
// its profit forecast" is no phrase whose "forecast" is a cue, so the
// participle's speaker is the subject. After a quantifier or a
// preposition a determiner stays in the phrase.
TEST_F(AssembleTest, NoDeterminerAfterAPastFormInASource) {
  auto all = Assemble(
      "Orlen Foods lowered its full-year profit forecast on Thursday, blaming record "
      "cocoa prices.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].rule, "participial");
  EXPECT_EQ(Source(all[0]), "Orlen Foods");
  all = Assemble("Virtually all the attendees said the vote was fair.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Virtually all the attendees");
  all = Assemble("Aides to the mayor said the vote was fair.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Aides to the mayor");
}

// "In a filing posted on its website, the board said": a past participle
// after the opening phrase's object tells where the filing appeared; the
// filing is no speaker, the board is. A video "posted to" an account
// leaves the sentence's subject to the participle after the comma.
TEST_F(AssembleTest, AnOpeningInPhrasesObjectIsNoSource) {
  auto all = Assemble("In a filing posted on its website, the board said the crashes rose.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "the board");
  all = Assemble(
      "In a video posted to her Facebook account, she criticized Singer and challenged him "
      "to a debate.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "she");
  EXPECT_EQ(Source(all[1]), "she");
  // (a reporting verb of the opening phrase's own clause stays)
  all = Assemble("In Ohio officials warned voters, the paper reported.");
  EXPECT_TRUE(std::any_of(all.begin(), all.end(), [&](const Attribution& a) {
    return Source(a) == "Ohio officials" || Source(a) == "officials";
  })) << Describe(all);
}

// A refusal is an attribution whatever follows "comment on": a time alone
// ("on Monday") left the longer cue "declined to comment on" no content,
// and the attribution was lost.
TEST_F(AssembleTest, ADeclineToCommentOnADayIsKept) {
  auto all = Assemble("A spokeswoman declined to comment on Monday.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].cue), "declined");
  EXPECT_EQ(Contents(all[0]), (Strings{"to comment on Monday"}));
  all = Assemble("A spokeswoman declined to comment on the report.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"to comment on the report"}));
}

// How something was said ends no content: "in a note to clients", "in a
// statement on Monday" (head_words.tsv kind "channel"). A channel that
// modifies a noun, one after a function word, or one inside a quotation
// stays: it is what was said.
TEST_F(AssembleTest, AChannelAfterTheContentIsNoPartOfIt) {
  for (const char* text : {"Smith warned that the plan would fail in a note to clients.",
                           "Smith said the plan would fail in a statement on Monday.",
                           "Smith said the plan would fail in a phone interview."}) {
    const auto all = Assemble(text);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_EQ(Contents(all[0]), (Strings{"the plan would fail"})) << text;
  }
  for (const char* text : {"Smith said the plan would fail in the email discussions.",
                           "Smith said he was in an interview.",
                           "Smith said \"the plan would fail in a statement to staff.\""}) {
    const auto all = Assemble(text);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    ASSERT_EQ(all[0].contents.size(), 1u) << Describe(all);
    EXPECT_NE(Contents(all[0])[0].find(" in "), std::string::npos) << text;
  }
}

// "posted on Facebook that …": where it was posted is the circumstance of
// a reporting verb (nesting.tsv "post"), what was said the that-clause.
TEST_F(AssembleTest, PostedOnAPlatformThatIsAReport) {
  const auto all = Assemble("The union posted on Facebook that members would strike.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"members would strike"}));
}

// A source right after "that" speaks inside another's clause: nothing
// before it is what it said ("a message that the embassy posted in French"
// is no report of the ambassador's quotation by the embassy).
TEST_F(AssembleTest, NothingBeforeThatIsASourcesContent) {
  const auto all = Assemble(
      "\"We stand with you,\" Ambassador Odile Marchand wrote in a message that the embassy "
      "posted in French and Spanish.");
  for (const Attribution& a : all) {
    if (Source(a) != "the embassy") continue;
    for (const std::string& c : Contents(a)) {
      EXPECT_EQ(c.find("Marchand"), std::string::npos) << Describe(all);
    }
  }
}

TEST_F(AssembleTest, CurlyQuoteThenSpeaker) {
  // “We will win,” Smith said.
  const auto all = Assemble("\xE2\x80\x9CWe will win,\xE2\x80\x9D Smith said.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  const Attribution& a = all[0];
  EXPECT_EQ(a.rule, "source-cue");
  EXPECT_EQ(Source(a), "Smith");
  EXPECT_EQ(Text(a.cue), "said");
  EXPECT_EQ(Contents(a), (Strings{"We will win"})) << "no trailing comma or mark";
}

TEST_F(AssembleTest, TrimmingKeepsAQuotationWhole) {
  // The mayor said the cuts were "painful but necessary."
  auto all = Assemble("The mayor said the cuts were \"painful but necessary.\"");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"the cuts were \"painful but necessary.\""}));
  // A whole quotation still loses its marks and final period.
  all = Assemble("The mayor said \"the cuts were painful.\"");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"the cuts were painful"}));
}

TEST_F(AssembleTest, SpeakerInsideQuotationGetsBothHalves) {
  // “The plan,” Lopez said, “will not survive the winter.”
  const auto all = Assemble(
      "\xE2\x80\x9CThe plan,\xE2\x80\x9D Lopez said, "
      "\xE2\x80\x9Cwill not survive the winter.\xE2\x80\x9D");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  const Attribution& a = all[0];
  EXPECT_EQ(Source(a), "Lopez");
  EXPECT_EQ(Contents(a), (Strings{"The plan", "will not survive the winter"}));
}

TEST_F(AssembleTest, QuotationSpanningTwoSentencesBeforeSpeaker) {
  // “The talks failed. We will try again,” the mayor said.
  const std::string text =
      "\xE2\x80\x9CThe talks failed. We will try again,\xE2\x80\x9D the mayor said.";
  const auto all = Assemble(text);
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  const Attribution& a = all[0];
  EXPECT_EQ(Source(a), "the mayor");
  EXPECT_EQ(a.sentence, 1u) << "the speaker stands in the second sentence";
  EXPECT_EQ(Contents(a), (Strings{"The talks failed. We will try again"}));
}

TEST_F(AssembleTest, QuotationSpanningTwoSentencesAfterColon) {
  // The mayor said: “The talks failed. We will try again.”
  const auto all = Assemble(
      "The mayor said: \xE2\x80\x9CThe talks failed. We will try again.\xE2\x80\x9D");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  const Attribution& a = all[0];
  EXPECT_EQ(Source(a), "The mayor");
  EXPECT_EQ(Contents(a), (Strings{"The talks failed. We will try again"}));
}

TEST_F(AssembleTest, AShortObjectBeforeAColonEndingItsParagraphNamesTheNextQuotation) {
  auto all = Assemble("The mayor issued the following statement:\n\n\"The talks failed.\"");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"The talks failed"}));
  // A longer phrase before the colon is the content itself.
  all = Assemble(
      "The mayor posted a long message about why the ferry cannot sail:\n\n\"No crew.\"");
  ASSERT_GE(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]),
            (Strings{"a long message about why the ferry cannot sail"}));
}

TEST_F(AssembleTest, QuotationSpanningTwoSentencesAfterComma) {
  // The mayor said, “The talks failed. We will try again.”
  // The content starts at the quotation (after the comma), so it should take
  // the whole quotation, not only the part in the cue's sentence.
  const auto all = Assemble(
      "The mayor said, \xE2\x80\x9CThe talks failed. We will try again.\xE2\x80\x9D");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  const Attribution& a = all[0];
  EXPECT_EQ(Source(a), "The mayor");
  EXPECT_EQ(Contents(a), (Strings{"The talks failed. We will try again"}));
}

TEST_F(AssembleTest, GuillemetQuoteThenSpeaker) {
  // «We will win,» Smith said.
  const auto all = Assemble("\xC2\xABWe will win,\xC2\xBB Smith said.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Smith");
  EXPECT_EQ(Contents(all[0]), (Strings{"We will win"}));
}

TEST_F(AssembleTest, StraightQuotesAroundTheSpeaker) {
  const auto all =
      Assemble("\"The plan,\" Lopez said, \"will not survive the winter.\"");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Lopez");
  EXPECT_EQ(Contents(all[0]), (Strings{"The plan", "will not survive the winter"}));
}

TEST_F(AssembleTest, QuotationEndingThePreviousSentenceIsNotTheContent) {
  // “We will win.” Smith said the plan works.
  const auto all = Assemble(
      "\xE2\x80\x9CWe will win.\xE2\x80\x9D Smith said the plan works.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Smith");
  EXPECT_EQ(Contents(all[0]), (Strings{"the plan works"}));
}

TEST_F(AssembleTest, QuotationContinuedOverParagraphs) {
  const std::string text =
      "\xE2\x80\x9CWe will not retreat.\n"
      "\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D the mayor said.";
  const auto all = Assemble(text);
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "the mayor");
  EXPECT_EQ(Contents(all[0]), (Strings{"We will not retreat", "We will rebuild"}));
}

TEST_F(AssembleTest, CueInsideQuotationIsNotAnAttribution) {
  // “Officials said the plan would fail,” Smith wrote.
  const auto all = Assemble(
      "\xE2\x80\x9COfficials said the plan would fail,\xE2\x80\x9D Smith wrote.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  const Attribution& a = all[0];
  EXPECT_EQ(Source(a), "Smith");
  EXPECT_EQ(Text(a.cue), "wrote");
  EXPECT_EQ(Contents(a), (Strings{"Officials said the plan would fail"}));
}

TEST_F(AssembleTest, CueInsideStraightQuotationIsNotAnAttribution) {
  const auto all = Assemble("He read aloud: \"Officials said the plan would fail.\"");
  for (const Attribution& a : all) {
    EXPECT_NE(Source(a), "Officials") << Describe(all);
  }
}

TEST_F(AssembleTest, YetSplitsTwoAttributions) {
  const auto all = Assemble(
      "Officials said the deal would hold, yet analysts cautioned that it may not.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Officials");
  EXPECT_EQ(Contents(all[0]), (Strings{"the deal would hold"}))
      << "the first content ends before the comma";
  EXPECT_EQ(Source(all[1]), "analysts");
  EXPECT_EQ(Text(all[1].cue), "cautioned");
  EXPECT_EQ(Contents(all[1]), (Strings{"it may not"}));
  EXPECT_EQ(all[1].stance, v1::STANCE_WARNING);
}

TEST_F(AssembleTest, AccordingToTakesTheRestOfTheSentence) {
  const auto all = Assemble("According to the ministry, the talks collapsed on Monday.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].rule, "according-to");
  EXPECT_EQ(Source(all[0]), "the ministry");
  EXPECT_EQ(Text(all[0].cue), "According to");
  EXPECT_EQ(Contents(all[0]), (Strings{"the talks collapsed on Monday"}));
}

TEST_F(AssembleTest, AnAccordingToSourceKeepsItsTitleAsideAndParty) {
  struct Case {
    std::string text, source, content;
  };
  for (const Case& c : std::vector<Case>{
           {"The ice is thinning, according to Dr. Hanna Lund.", "Dr. Hanna Lund",
            "The ice is thinning"},
           {"The bill will pass, according to Sen. Mike Lee, R-Utah.", "Sen. Mike Lee, R-Utah.",
            "The bill will pass"},
           // an opening name's aside naming a role is the source's, not content
           {"According to Hanna Lund, a glaciologist who was not involved, the ice is thinning.",
            "Hanna Lund", "the ice is thinning"},
           {"According to Jane Doe, the agency spokeswoman, the ice is thinning.", "Jane Doe",
            "the ice is thinning"},
           // a clause after the comma is content
           {"According to Smith, the economy grew, but wages fell.", "Smith",
            "the economy grew, but wages fell"}}) {
    const auto all = Assemble(c.text);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_EQ(Source(all[0]), c.source) << c.text;
    EXPECT_EQ(Contents(all[0]), (Strings{c.content})) << c.text;
  }
}

TEST_F(AssembleTest, AnAgentlessAdverbSpeaksForItsWholeClause) {
  auto all = Assemble("In a statement, the company has reportedly hired lawyers.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].rule, "agentless");
  EXPECT_FALSE(all[0].source);
  EXPECT_EQ(Contents(all[0]), (Strings{"the company has", "hired lawyers"}));
  // opening its sentence: all after the comma
  all = Assemble("Reportedly, several banks have begun pilots.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"several banks have begun pilots"}));
  // its second piece ends where a later attribution's clause begins
  all = Assemble(
      "With the mayor reportedly weighing a run, a poll found that he would win.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"With the mayor", "weighing a run"}));
  EXPECT_EQ(Source(all[1]), "a poll");
}

TEST_F(AssembleTest, AddSpeaksBeforeAClauseAColonOrAQuotationOnly) {
  for (const std::string text : {"Organizers added 160 guards along the route.",
                                 "The budget adds money for responders."}) {
    EXPECT_TRUE(Assemble(text).empty()) << Describe(Assemble(text));
  }
  for (const std::string text :
       {"He added that the plan was fair.", "He added that, in the end, the plan was fair.",
        "She added warily: the plan was fair.", "He added, \"the plan was fair.\"",
        "Later he added the plan was fair."}) {
    const auto all = Assemble(text);
    ASSERT_EQ(all.size(), 1u) << text << Describe(all);
    EXPECT_EQ(all[0].cue_lemma, "add") << text;
  }
}

TEST_F(AssembleTest, AQuotationOpeningMidClauseReportsTheWholeClause) {
  auto all = Assemble("The ferry was \"a floating disgrace,\" the mayor said.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"The ferry was \"a floating disgrace,\""}));
  // (past a dateline)
  all = Assemble("HARBOR CITY - The ferry was \"a disgrace,\" the mayor said.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"The ferry was \"a disgrace,\""}));
  // A quotation opening its sentence is all that was said.
  all = Assemble("\"The ferry is a disgrace,\" the mayor said.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"The ferry is a disgrace"}));
}

TEST_F(AssembleTest, ASplitQuotationGoingOnInLowerCaseIsOneSaying) {
  auto all =
      Assemble("The ferry was \"a rusting liability,\" he said, \"and now it has a future.\"");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]),
            (Strings{"The ferry was \"a rusting liability,\"", "and now it has a future"}));
  // A new sentence quoted after a quoted name: the name said nothing.
  all = Assemble("On \"Harbor Hour,\" Lin said, \"The ferry has a future.\"");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"The ferry has a future"}));
}

TEST_F(AssembleTest, AnAccordingToSourcesRoleAsideIsNoContent) {
  auto all = Assemble(
      "At the heart of it, according to Dana Ross, a former envoy, was a failed deal.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"At the heart of it", "was a failed deal"}));
  all = Assemble(
      "Fares rose, according to Dr. Lena Voss, a maritime economist, who was not involved.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"Fares rose"}));
  // A main clause after the source is content.
  all = Assemble("Over the long term, according to the office, the rise in fares is slow.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"Over the long term", "the rise in fares is slow"}));
}

TEST_F(AssembleTest, InverseFormTakesTheTextBefore) {
  const auto all = Assemble("The talks collapsed on Monday, two diplomats said.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "two diplomats");
  EXPECT_EQ(Contents(all[0]), (Strings{"The talks collapsed on Monday"}));
}

TEST_F(AssembleTest, InWhatDescribedAsEndsAtTheComma) {
  const auto all = Assemble("In what officials described as a shift, the army withdrew.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].rule, "in-what-described-as");
  EXPECT_EQ(Source(all[0]), "officials");
  EXPECT_EQ(Contents(all[0]), (Strings{"a shift"}));
}

TEST_F(AssembleTest, ATitleClosingAtTheCommaEndsTheOpeningContentWithIt) {
  // The comma inside a quotation's closing mark ends it; one inside a
  // quotation that runs on does not.
  auto all = Assemble("In what Lin described as a plan \"bold and new,\" the army withdrew.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"a plan \"bold and new,\""}));
  all = Assemble("In what Lin described as a \"bold, new\" plan, the army withdrew.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"a \"bold, new\" plan"}));
  all = Assemble(
      "When asked by Okafor about the \"fares, fees and tolls\" on Monday, Lin said no.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"about the \"fares, fees and tolls\" on Monday"}));
}

TEST_F(AssembleTest, AnAskedOpeningHasTheQuestionForItsContent) {
  // "Asked" and a few words of time or place, then the question, which
  // ends at the comma before the main clause.
  auto all = Assemble("Asked on Monday whether the ferry would sail, Lin said it would not.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(all[0].rule, "agentless");
  EXPECT_EQ(Text(all[0].cue), "Asked");
  EXPECT_EQ(Contents(all[0]), (Strings{"whether the ferry would sail"}));
  all = Assemble("Asked whether the ferry would sail, Lin shrugged.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"the ferry would sail"}));
  // The asker's name and a time before the question.
  all = Assemble("When asked by Okafor on Monday about the fares, Lin said they would rise.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Okafor");
  EXPECT_EQ(Contents(all[0]), (Strings{"about the fares"}));
}

TEST_F(AssembleTest, ItIsUnderstoodThatHasNoSpeakerToCarry) {
  // British papers' unattributed briefing: one agentless attribution, and
  // the "it" carries over to no coordinated cue after the clause.
  ExpectOnlyContents({
      {"It is understood that the minister met rebels and offered them a deal.",
       {"the minister met rebels and offered them a deal"}},
      {"It is believed that the minister met rebels and offered them a deal.",
       {"the minister met rebels and offered them a deal"}},
      {"Hale is understood to have met the rebels.", {"Hale", "have met the rebels"}},
  });
  // ("to be understood" is no briefing)
  const auto all = Assemble("Lee said the rules were just beginning to be understood.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"the rules were just beginning to be understood"}));
}

TEST_F(AssembleTest, ACoordinatedCueAfterAnAsideEndsTheContentAtItsConjunction) {
  const auto all = Assemble(
      "Officials said that the secretary, Martin Hale, met rebels and offered them a deal.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"the secretary, Martin Hale, met rebels"}));
  EXPECT_EQ(Text(all[1].cue), "offered");
}

TEST_F(AssembleTest, ALaterAttributionEndsTheContentAtABracketNotAtANumbersComma) {
  auto all = Assemble(
      "Ruiz never cited a source for her claim that Lee wants 250,000 more homes "
      "(Lee has proposed building 10,000).");
  ASSERT_GE(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Contents(all[0]),
            (Strings{"a source for her claim that Lee wants 250,000 more homes"}));
  EXPECT_EQ(Contents(all.back()), (Strings{"building 10,000"})) << Describe(all);
  all = Assemble("Lee said the firm had hired 3,000 guards who were accused of theft.");
  ASSERT_GE(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]),
            (Strings{"the firm had hired 3,000 guards who were accused of theft"}));
}

TEST_F(AssembleTest, ToldRecipientBecomesAConduit) {
  const auto all =
      Assemble("Unnamed officials told The Harbor Ledger that the deal was off.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  const Attribution& a = all[0];
  EXPECT_EQ(a.rule, "source-told-recipient");
  EXPECT_EQ(Source(a), "Unnamed officials");
  ASSERT_EQ(a.conduits.size(), 1u);
  EXPECT_EQ(Text(a.conduits[0].span), "The Harbor Ledger");
  EXPECT_EQ(Contents(a), (Strings{"the deal was off"}));
}

// "through" a spokesman or a lawyer: the relay is a conduit, and no part
// of the recipient or the content; "through the night" is none.
TEST_F(AssembleTest, WhomTheSourceSpokeThroughIsARelay) {
  for (const char* text : {"Hale said through a spokesman that he would not resign.",
                           "Hale, through his lawyer, said he would not resign.",
                           "Hale said he would not resign through his lawyer."}) {
    const auto all = Assemble(text);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_EQ(Contents(all[0]), (Strings{"he would not resign"})) << text;
    ASSERT_EQ(all[0].conduits.size(), 1u) << text;
    EXPECT_TRUE(all[0].conduits[0].relay) << text;
    const std::string relay = Text(all[0].conduits[0].span);
    EXPECT_TRUE(relay == "a spokesman" || relay == "his lawyer") << relay;
  }
  auto all = Assemble("Hale told the Ledger through a spokeswoman that he would not resign.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  ASSERT_EQ(all[0].conduits.size(), 2u) << Describe(all);
  EXPECT_EQ(Text(all[0].conduits[0].span), "a spokeswoman");
  EXPECT_EQ(Text(all[0].conduits[1].span), "the Ledger");
  EXPECT_EQ(Contents(all[0]), (Strings{"he would not resign"}));
  all = Assemble("Hale said the ferry ran through the night.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_TRUE(all[0].conduits.empty()) << Describe(all);
}

// A quotation that goes on in lower case after an aside of the saying
// continues the one before it.
TEST_F(AssembleTest, AQuotationContinuedAfterAnAsideOfTheSayingIsTheSpeakers) {
  auto all = Assemble("\"This,\" Okafor said, pointing at the pier, \"is where the ferry sank.\"");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"This", "is where the ferry sank"}));
  all = Assemble("\"It sank,\" Okafor said on Monday, \"and no one came.\"");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"It sank", "and no one came"}));
}

// The recipient's appositive is the recipient's; a relative clause after
// it is its aside: neither is what was told.
TEST_F(AssembleTest, ARecipientsAppositiveOrRelativeClauseIsNoContent) {
  auto all = Assemble(
      "Unnamed officials told the weekly, The Harbor Ledger, that the deal was off.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"the deal was off"}));
  ASSERT_EQ(all[0].conduits.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].conduits[0].span), "the weekly, The Harbor Ledger");
  all = Assemble(
      "Unnamed officials told The Harbor Ledger, which first reported the talks, that the "
      "deal was off.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"the deal was off"}));
  ASSERT_EQ(all[0].conduits.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].conduits[0].span), "The Harbor Ledger");
  all = Assemble("Okafor told reporters, including two from the Ledger, that the deal was off.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"the deal was off"}));
}

TEST_F(AssembleTest, WhatAccordingToReportsComesThroughItsSource) {
  auto all = Assemble("\"We will not yield,\" Okafor said, according to the Ledger.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  ASSERT_EQ(Source(all[0]), "Okafor") << Describe(all);
  ASSERT_EQ(all[0].conduits.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].conduits[0].span), "the Ledger");
  EXPECT_TRUE(all[0].conduits[0].host);
  EXPECT_TRUE(all[1].conduits.empty()) << Describe(all);
  // After the people told: nearest to the source first.
  all = Assemble("According to the police report, Marsh told officers he had fled.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  ASSERT_EQ(Source(all[1]), "Marsh") << Describe(all);
  ASSERT_EQ(all[1].conduits.size(), 2u) << Describe(all);
  EXPECT_EQ(Text(all[1].conduits[0].span), "officers");
  EXPECT_FALSE(all[1].conduits[0].host);
  EXPECT_EQ(Text(all[1].conduits[1].span), "the police report");
  // Inside a saying the speaker is no relay ("she" is mostly Ruiz).
  all = Assemble("Ruiz said Okafor told donors the plan had failed.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  ASSERT_EQ(Source(all[1]), "Okafor") << Describe(all);
  ASSERT_EQ(all[1].conduits.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[1].conduits[0].span), "donors");
}

TEST_F(AssembleTest, ARecipientMayEndInAPluralsPossessiveAndHaveATimeAfterIt) {
  // (an outlet's plural possessive after its first word: "Fox News'", not
  // only a name the text capitalises as one, "Harbor News'")
  for (const std::string text :
       {"Ruiz told Harbor News' Dana Lee that the ferry was late.",
        "Ruiz told Harbor News’ Dana Lee on Sunday that the ferry was late.",
        "Ruiz told Fox News' Dana Lee that the ferry was late.",
        "Ruiz told ABC News’ Dana Lee on Sunday that the ferry was late."}) {
    const auto all = Assemble(text);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    ASSERT_EQ(all[0].conduits.size(), 1u) << text;
    EXPECT_EQ(Text(all[0].conduits[0].span).substr(0, 8), text.substr(10, 8)) << text;
    EXPECT_EQ(Contents(all[0]), (Strings{"the ferry was late"})) << text;
  }
}

TEST_F(AssembleTest, APossessivePronounAfterTheRecipientOpensTheContent) {
  auto all = Assemble("Okafor told the AP his firm worked with the port.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  ASSERT_EQ(all[0].conduits.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].conduits[0].span), "the AP");
  EXPECT_EQ(Contents(all[0]), (Strings{"his firm worked with the port"}));
  // After a preposition it stays in the recipient, as a name's possessive
  // does anywhere.
  all = Assemble("Okafor told members of his staff near the port that fares would rise.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  ASSERT_EQ(all[0].conduits.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].conduits[0].span), "members of his staff near the port");
  EXPECT_EQ(Contents(all[0]), (Strings{"fares would rise"}));
  all = Assemble("Okafor told The Ledger's editors that fares would rise.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  ASSERT_EQ(all[0].conduits.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].conduits[0].span), "The Ledger's editors");
}

TEST_F(AssembleTest, ANounCueBelongsToTheCapitalisedPossessor) {
  // The grammar reads folded text: "the friendly crowd cheered lin's"
  // could be one phrase. The original's capitals show where the possessor's name starts.
  auto all = Assemble("The friendly crowd cheered Lin's attacks on the fares.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].rule, "possessive-noun");
  EXPECT_EQ(Source(all[0]), "Lin's");
  // A name of several words, a determiner before it, a lower-case
  // possessor: all kept whole.
  all = Assemble("Harbor Commissioner Ana Lin's claim that the fares were low was wrong.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Harbor Commissioner Ana Lin's");
  all = Assemble("Riders doubted the Harbor Ledger's claim that the fares were low.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(Source(all.back()), "the Harbor Ledger's") << Describe(all);
  all = Assemble("Riders doubted the former captain's claim that the fares were low.");
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(Source(all.back()), "the former captain's") << Describe(all);
}

TEST_F(AssembleTest, ParticipialBorrowsTheMainClauseSource) {
  const auto all =
      Assemble("Smith said the plan failed, adding that he would leave.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Smith");
  EXPECT_EQ(Contents(all[0]), (Strings{"the plan failed"}));
  EXPECT_EQ(all[1].rule, "participial");
  EXPECT_EQ(Source(all[1]), "Smith");
  EXPECT_EQ(Text(all[1].cue), "adding");
  EXPECT_EQ(Contents(all[1]), (Strings{"he would leave"}));
}

TEST_F(AssembleTest, CoordinatedCueBorrowsTheMainClauseSource) {
  const auto all =
      Assemble("Smith said the budget was tight and added that cuts would follow.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Smith");
  EXPECT_EQ(all[1].rule, "coordinated");
  EXPECT_EQ(Source(all[1]), "Smith");
  EXPECT_EQ(Text(all[1].cue), "added");
  EXPECT_EQ(all[1].cue_lemma, "add");
  EXPECT_EQ(Contents(all[1]), (Strings{"cuts would follow"}));
}

TEST_F(AssembleTest, ParticipialWithoutMainSpeakerTakesTheSubject) {
  const auto all = Assemble("The minister left the room, saying the plan had failed.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "The minister");
  EXPECT_EQ(Text(all[0].cue), "saying");
  EXPECT_EQ(Contents(all[0]), (Strings{"the plan had failed"}));
}

TEST_F(AssembleTest, ParticipialWithoutSubjectIsDropped) {
  const auto all = Assemble("After a long night of talks, saying little.");
  EXPECT_TRUE(all.empty()) << Describe(all);
}

TEST_F(AssembleTest, SpansAreInOriginalBytesWithMultiByteText) {
  // Full-width and accented text before the attribution shifts the folded
  // offsets away from the input ones.
  const std::string text =
      "\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3 news. "
      "Jos\xC3\xA9 L\xC3\xB3pez SAID the caf\xC3\xA9 would reopen.";
  const auto all = Assemble(text);
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Jos\xC3\xA9 L\xC3\xB3pez");
  EXPECT_EQ(Text(all[0].cue), "SAID");
  EXPECT_EQ(Contents(all[0]), (Strings{"the caf\xC3\xA9 would reopen"}));
  EXPECT_EQ(all[0].sentence, 1u);
}

// Source typing over assembled attributions: types, pronouns, affiliation
// and specificity.
class TypingTest : public AssembleTest {
 protected:
  std::vector<Attribution> Typed(const std::string& text) {
    std::vector<Attribution> all = Assemble(text);
    const SourceTyper typer(grammar_->lexicon());
    typer.TypeAll(text_, all);
    for (Attribution& a : all) typer.Describe(text_, a);
    return all;
  }
  // The text yields one attribution per type, typed so, in order
  // (SOURCE_TYPE_UNSPECIFIED: not checked).
  std::vector<Attribution> ExpectTypes(const std::string& text,
                                       std::initializer_list<v1::SourceType> types) {
    std::vector<Attribution> all = Typed(text);
    EXPECT_EQ(all.size(), types.size()) << Describe(all);
    size_t i = 0;
    for (const v1::SourceType type : types) {
      if (i < all.size() && type != v1::SOURCE_TYPE_UNSPECIFIED) {
        EXPECT_EQ(all[i].source_type, type) << Source(all[i]);
      }
      ++i;
    }
    return all;
  }
};

// A name in the aside is the speaker's after a modifier of a titled name,
// with a nickname in quotation marks, or with a party tag whose place has
// two words; the tag's place names no outlet.
TEST_F(TypingTest, ANameInTheAsideMayHaveATitleANicknameOrAPartyTag) {
  const auto all = Typed(
      "The mayor's niece, state Del. Marcia Price, said the vote was close. "
      "The mayor's niece, Marcia \u201cCia\u201d Price, said the count was late. "
      "Marcia Price (D-Newport News) said the ballots were lost. "
      "The ferry captain, like Mr. Ortiz, said the tide was late. "
      "The mayor's aide, Ana Ruiz (R-Newport News), said the count would resume.");
  ASSERT_EQ(all.size(), 5u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "The mayor's niece, state Del. Marcia Price");
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_NAMED_PERSON);
  EXPECT_EQ(Source(all[1]), "The mayor's niece, Marcia \u201cCia\u201d Price");
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_NAMED_PERSON);
  EXPECT_EQ(Source(all[2]), "Marcia Price (D-Newport News)");
  EXPECT_EQ(all[2].source_type, v1::SOURCE_TYPE_NAMED_PERSON);
  EXPECT_NE(all[2].affiliation, v1::AFFILIATION_MEDIA);
  // (a preposition's object is no name of the speaker)
  EXPECT_EQ(Source(all[3]), "The ferry captain");
  EXPECT_EQ(Source(all[4]), "The mayor's aide, Ana Ruiz (R-Newport News)");
  EXPECT_EQ(all[4].source_type, v1::SOURCE_TYPE_NAMED_PERSON);
  EXPECT_NE(all[4].affiliation, v1::AFFILIATION_MEDIA);
}

TEST_F(TypingTest, APartOfAGroupIsTheWholePhraseTypedAsTheGroup) {
  const auto all = Typed(
      "Two of those ferry officials said the route was safe. "
      "All of them said the ferry would run. "
      "Most of the deckhands said nothing.");
  ASSERT_EQ(all.size(), 3u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Two of those ferry officials");
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_UNNAMED_OFFICIAL);
  // "them" is the group named before it, not a name of its own.
  EXPECT_EQ(Source(all[1]), "All of them");
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_UNNAMED_OFFICIAL);
  ASSERT_TRUE(all[1].antecedent.has_value());
  EXPECT_EQ(Text(*all[1].antecedent), "Two of those ferry officials");
  EXPECT_EQ(Source(all[2]), "Most of the deckhands");
}

TEST_F(TypingTest, AnOutletCitingSomeoneRelaysThem) {
  auto all = Typed(
      "Harbor News, citing a person familiar with the talks, reported that the deal was off.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Text(all[0].cue), "citing");
  const Attribution& relayed = all[1];
  EXPECT_EQ(Source(relayed), "a person familiar with the talks");
  EXPECT_EQ(relayed.source_type, v1::SOURCE_TYPE_ANONYMOUS);
  ASSERT_EQ(relayed.conduits.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(relayed.conduits[0].span), "Harbor News");
  EXPECT_EQ(relayed.conduits[0].type, v1::SOURCE_TYPE_MEDIA);
  all = Typed("Harbor News, quoting an unnamed official, said the deal was off.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Source(all[1]), "an unnamed official");
  ASSERT_EQ(all[1].conduits.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[1].conduits[0].span), "Harbor News");
  // A speaker citing evidence speaks for himself.
  all = Typed("Salceda, citing data from the state, said the economy grew.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Source(all[1]), "Salceda");
  EXPECT_TRUE(all[1].conduits.empty());
}

TEST_F(TypingTest, AnOccasionToldIsNoOutlet) {
  const auto all = Typed(
      "Dubois told a news conference in Ottawa that Canada would act. "
      "Pratt told reporters at a news conference that the delay was wrong.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  ASSERT_EQ(all[0].conduits.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].conduits[0].span), "a news conference in Ottawa");
  EXPECT_NE(all[0].conduits[0].type, v1::SOURCE_TYPE_MEDIA);
  // (nor its audience, as "told reporters" is none)
  ASSERT_EQ(all[1].conduits.size(), 1u) << Describe(all);
  EXPECT_NE(all[1].conduits[0].type, v1::SOURCE_TYPE_MEDIA);
}

TEST_F(TypingTest, FindingsAreDocumentsAnOutletsAnalysisIsMediaAndATradeABusiness) {
  const auto all = Typed(
      "A 2023 trial in Britain found that most firms kept the schedule. "
      "The inquiry found that the ferry was unsafe. "
      "A Reuters analysis found that fares rose. "
      "The consultancy said that fares rose.");
  ASSERT_EQ(all.size(), 4u) << Describe(all);
  // (a business named by its trade)
  EXPECT_EQ(all[3].source_type, v1::SOURCE_TYPE_NAMED_ORGANIZATION) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_DOCUMENT) << Describe(all);
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_DOCUMENT) << Describe(all);
  EXPECT_EQ(all[2].source_type, v1::SOURCE_TYPE_MEDIA) << Describe(all);
}

TEST_F(TypingTest, OneOrAnotherOfAGroupIsNoName) {
  const auto all = Typed(
      "Residents were divided. One said fares had doubled. Another said they had not.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_VAGUE) << Describe(all);
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_VAGUE) << Describe(all);
}

TEST_F(TypingTest, AnOutletsPiecesAndNamesAreNoPeople) {
  // (source_nouns.tsv: a capitalised name in the phrase makes no person of
  // an editorial, a column or a newspaper's name)
  const auto all = Typed(
      "\"The ferry is late,\" says an editorial in The Harbour Register. "
      "A column in the Register said the toll was too high. "
      "The Lakeside Examiner said the vote was close.");
  ASSERT_EQ(all.size(), 3u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "an editorial in The Harbour Register");
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_MEDIA);
  EXPECT_EQ(Source(all[1]), "A column in the Register");
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_DOCUMENT);
  EXPECT_EQ(Source(all[2]), "The Lakeside Examiner");
  EXPECT_EQ(all[2].source_type, v1::SOURCE_TYPE_MEDIA);
}

TEST_F(TypingTest, ANameBesideAnyPersonsNounIsThePerson) {
  // Not only a listed role: "campaign manager", "author", a group's member.
  const auto all = Typed(
      "Ortiz's campaign manager, Jeff Lane, said the race was close. "
      "The author of the study, Ann Lee, said it was flawed. "
      "One of her supporters, Tom Reyes, said she would win. "
      "The group, Harbour Watch, said the port was unsafe. "
      "A spokesman for the company, Acme Corp., said profits fell.");
  ASSERT_EQ(all.size(), 5u) << Describe(all);
  // (the name of the institution, not of the spokesman)
  EXPECT_EQ(all[4].source_type, v1::SOURCE_TYPE_UNNAMED_OFFICIAL) << Source(all[4]);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_NAMED_PERSON) << Source(all[0]);
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_NAMED_PERSON) << Source(all[1]);
  EXPECT_EQ(all[2].source_type, v1::SOURCE_TYPE_NAMED_PERSON) << Source(all[2]);
  // (an institution's noun keeps its type)
  EXPECT_EQ(all[3].source_type, v1::SOURCE_TYPE_NAMED_ORGANIZATION) << Source(all[3]);
}

TEST_F(TypingTest, AStateSpeaksThroughItsGovernment) {
  // (source_nouns.tsv: countries and capitals that are no one's name)
  const auto all = Typed(
      "Russia said the talks had failed. Beijing warned that it would respond. "
      "Rep. Steve Israel said the vote was close.");
  ASSERT_EQ(all.size(), 3u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_NAMED_ORGANIZATION) << Source(all[0]);
  EXPECT_EQ(all[0].affiliation, v1::AFFILIATION_GOVERNMENT);
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_NAMED_ORGANIZATION) << Source(all[1]);
  EXPECT_EQ(all[2].source_type, v1::SOURCE_TYPE_NAMED_PERSON) << Source(all[2]);
}

TEST_F(TypingTest, CourtPapersWitnessesAndJuries) {
  const auto all = Typed(
      "The lawsuit alleges that the ferry line hid the defects. "
      "Witnesses reported hearing a loud bang. A jury found the captain negligent. "
      "The judge's order said the ferry could sail.");
  ASSERT_EQ(all.size(), 4u) << Describe(all);
  EXPECT_EQ(all[3].source_type, v1::SOURCE_TYPE_DOCUMENT) << Source(all[3]);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_DOCUMENT) << Source(all[0]);
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_VAGUE) << Source(all[1]);
  EXPECT_EQ(all[2].source_type, v1::SOURCE_TYPE_UNNAMED_OFFICIAL) << Source(all[2]);
}

TEST_F(TypingTest, AnAsideOnWhereTheSourceSpokeNamesNoEmployer) {
  const auto all = Typed(
      "Ann Smith, of the State Department, said the talks failed. "
      "Tom Reyes, in remarks on state television, said the border would stay shut.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(all[0].affiliation, v1::AFFILIATION_GOVERNMENT) << Source(all[0]);
  EXPECT_EQ(all[1].affiliation, v1::AFFILIATION_UNSPECIFIED) << Source(all[1]);
}

// A spokeswoman works for the government unless the phrase names her
// employer: one the affiliation list places keeps its own ("the State
// Department", "the Department of Water Resources"), one it cannot place
// ("Orlen", a company) leaves the affiliation unknown, never "government".
TEST_F(TypingTest, ANamedEmployerReplacesTheRolesOwnAffiliation) {
  const auto all = Typed(
      "A spokeswoman said the talks failed. "
      "A spokeswoman for Orlen said the plant would close. "
      "Officials at the Department of Water Resources said wells were dry. "
      "A spokesman for the Pentagon said the plan was sound.");
  ASSERT_EQ(all.size(), 4u) << Describe(all);
  EXPECT_EQ(all[0].affiliation, v1::AFFILIATION_GOVERNMENT) << Source(all[0]);
  EXPECT_EQ(all[1].affiliation, v1::AFFILIATION_UNSPECIFIED) << Source(all[1]);
  EXPECT_EQ(all[1].specificity, v1::SPECIFICITY_ROLE_AND_INSTITUTION);
  EXPECT_EQ(all[2].affiliation, v1::AFFILIATION_GOVERNMENT) << Source(all[2]);
  EXPECT_EQ(all[3].affiliation, v1::AFFILIATION_MILITARY) << Source(all[3]);
}

TEST_F(TypingTest, AnOrganisationBeforeTheRoleGivesItsOwnAffiliation) {
  // The organisation's own, or none when no word of ours places it: not the
  // government of "officials".
  const auto all = Typed(
      "Club officials said the deal was done. "
      "Fox News officials said the debate would go on. "
      "The club announced the signing.");
  ASSERT_EQ(all.size(), 3u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_UNNAMED_OFFICIAL) << Source(all[0]);
  EXPECT_EQ(all[0].affiliation, v1::AFFILIATION_UNSPECIFIED) << Source(all[0]);
  EXPECT_EQ(all[1].affiliation, v1::AFFILIATION_MEDIA) << Source(all[1]);
  EXPECT_EQ(all[2].source_type, v1::SOURCE_TYPE_NAMED_ORGANIZATION) << Source(all[2]);
}

TEST_F(TypingTest, PerOpeningASentenceBeforeAnOutletIsACue) {
  // Not the first name of "Per Olsen said …".
  const auto all = Typed(
      "Per Sky Sports, the deal is worth 40 million pounds. Per Olsen said the fee was fair.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(all[0].rule, "according-to");
  EXPECT_EQ(Source(all[0]), "Sky Sports");
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_MEDIA);
  EXPECT_EQ(Source(all[1]), "Per Olsen");
}

// A lone name is the body the text named in full before it ("Kestrel
// Motors' system … Kestrel said"), unless the text also uses it as a
// person's name: after a first name or a title, or before a surname.
TEST_F(TypingTest, ALoneNameShortensAnOrganizationNamedInFull) {
  auto all = Typed(
      "Sales slowed in Europe. Kestrel Motors' driver-assist system was studied. "
      "Kestrel said its software was safe. Orlen Foods said prices rose.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_NAMED_ORGANIZATION) << Source(all[0]);
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_NAMED_ORGANIZATION) << Source(all[1]);
  for (const char* text :
       {"A judge heard Donald Trump\xE2\x80\x98s case on Trump University. "
        "Trump said it was unfair.",
        "Marlow Quint spoke at the Marlow Institute. Marlow said it was unfair.",
        "Aides fit into a Hillary Clinton White House. Hillary said it was unfair."}) {
    all = Typed(text);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_NAMED_PERSON) << text;
  }
}

// An agent or a representative speaks for someone, as a lawyer does.
TEST_F(TypingTest, AgentsAndRepresentativesAreUnnamedOfficials) {
  ExpectTypes(
      "Berg's agent denied the report. A representative for the singer said she was ill. "
      "Border Patrol agents described the tunnel.",
      {v1::SOURCE_TYPE_UNNAMED_OFFICIAL, v1::SOURCE_TYPE_UNNAMED_OFFICIAL,
       v1::SOURCE_TYPE_UNNAMED_OFFICIAL});
}

// Members of parliament are officials, as lawmakers are; a role before a
// name in the aside makes the whole a named person.
TEST_F(TypingTest, MembersOfParliamentAreUnnamedOfficials) {
  ExpectTypes(
      "Some MPs privately questioned the plan. A Tory MP said it was dead. "
      "The report's author, economist Rachel Bloom, said it was a projection.",
      {v1::SOURCE_TYPE_UNNAMED_OFFICIAL, v1::SOURCE_TYPE_UNNAMED_OFFICIAL,
       v1::SOURCE_TYPE_NAMED_PERSON});
}

// People named by their tie or trade are no one named, capitalised or not.
TEST_F(TypingTest, PeopleByTheirTieOrTradeAreVague) {
  ExpectTypes(
      "Friends say she remained sharp. Hydrologists caution that the river may rise. "
      "Forecasters warned of floods.",
      {v1::SOURCE_TYPE_VAGUE, v1::SOURCE_TYPE_VAGUE, v1::SOURCE_TYPE_VAGUE});
}

// A relative "which" stands for a body, however its antecedent's name
// reads; a federation is a body, polling a document.
TEST_F(TypingTest, WhichStandsForABody) {
  const auto all = ExpectTypes(
      "The figures were disputed by Homes Direct, which said that it had cut 900 jobs. "
      "The federation said it would appeal. "
      "According to the party's internal polling, the plan is unpopular.",
      {v1::SOURCE_TYPE_UNSPECIFIED, v1::SOURCE_TYPE_NAMED_ORGANIZATION,
       v1::SOURCE_TYPE_NAMED_ORGANIZATION, v1::SOURCE_TYPE_DOCUMENT});
  ASSERT_EQ(all.size(), 4u) << Describe(all);
  EXPECT_EQ(Source(all[1]), "which");
}

// A readout is a document, a presidency a body; an aside opening with a
// possessive names the kind of body as one opening with "the" does.
TEST_F(TypingTest, ReadoutsPresidenciesAndPossessiveAsides) {
  ExpectTypes(
      "A White House readout of the call said the talks were candid. "
      "The presidency said in a statement that Lind had raised concerns. "
      "Xinhua, China's official news agency, said Beijing welcomed the talks. "
      "Dana Lee, the union's president, said the strike would go on.",
      {v1::SOURCE_TYPE_DOCUMENT, v1::SOURCE_TYPE_NAMED_ORGANIZATION, v1::SOURCE_TYPE_MEDIA,
       v1::SOURCE_TYPE_NAMED_PERSON});
}

TEST_F(TypingTest, ARelationalNounBeforeToIsTheSpeakerNotItsGroup) {
  // (relational_to in the noun phrase, the same "to" in the typer's head)
  const auto all = Typed(
      "A senior adviser to Mayor Ortiz said the vote was close. "
      "Aides to Ortiz say she is shifting her tack. "
      "Ortiz told aides to prepare a budget.");
  ASSERT_EQ(all.size(), 3u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "A senior adviser to Mayor Ortiz");
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_UNNAMED_OFFICIAL);
  EXPECT_EQ(Source(all[1]), "Aides to Ortiz");
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_UNNAMED_OFFICIAL);
  // (a recipient's "to" opens no source phrase)
  EXPECT_EQ(Source(all[2]), "Ortiz");
  EXPECT_EQ(all[2].source_type, v1::SOURCE_TYPE_NAMED_PERSON);
}

TEST_F(TypingTest, ATitleHeadsItsPhraseOverAnEarlierNoun) {
  // "chief" is a title, no source noun: the phrase is not typed on
  // "council" before it.
  const auto all = Typed("The council's budget chief said the fund was short.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_UNNAMED_OFFICIAL);
}

TEST_F(TypingTest, ASentencesFirstCapitalBeforeALowerCaseHeadNamesNoOne) {
  // (base forms of reporting verbs after a plural: cues.tsv)
  const auto all = Typed(
      "Harbor pilots contend that the channel is unsafe. "
      "Ortiz urges calm. "
      "Critics of the plan denounce it as a giveaway.");
  ASSERT_EQ(all.size(), 3u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Harbor pilots");
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_UNKNOWN);
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_NAMED_PERSON);
  EXPECT_EQ(Source(all[2]), "Critics of the plan");
}

TEST_F(TypingTest, RoleNameAndInstitution) {
  const auto all = Typed(
      "White House spokesman Josh Earnest said the talks went well. "
      "Two Pentagon officials said the plan was sound. "
      "Officials said little else.");
  ASSERT_EQ(all.size(), 3u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_NAMED_PERSON);
  EXPECT_EQ(all[0].specificity, v1::SPECIFICITY_NAMED);
  EXPECT_EQ(all[0].affiliation, v1::AFFILIATION_GOVERNMENT);
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_UNNAMED_OFFICIAL);
  EXPECT_EQ(all[1].affiliation, v1::AFFILIATION_MILITARY);
  EXPECT_EQ(all[1].specificity, v1::SPECIFICITY_ROLE_AND_INSTITUTION);
  EXPECT_EQ(all[2].specificity, v1::SPECIFICITY_ROLE);
}

TEST_F(TypingTest, PronounAcrossParagraphsTakesTheNamedAntecedent) {
  const auto all = Typed(
      "Sen. Claire Dunn sponsored the bill on Tuesday.\n\n"
      "\"It is a giveaway,\" she said.\n"
      "The senator said she would try again next year.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  for (const Attribution& a : all) {
    EXPECT_EQ(a.source_type, v1::SOURCE_TYPE_NAMED_PERSON) << Describe(all);
    ASSERT_TRUE(a.antecedent.has_value());
    EXPECT_EQ(Text(*a.antecedent), "Sen. Claire Dunn");
  }
}

// "The two", "the three" stand for people named before, as "they" does for
// a group (pronouns.tsv kind "person").
TEST_F(TypingTest, TheTwoTakeTheNamedAntecedent) {
  const auto all = Typed(
      "Port director Ana Okafor and union chief Sam Lin met on Tuesday. "
      "The two said talks would resume on Friday.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_NAMED_PERSON) << Describe(all);
  ASSERT_TRUE(all[0].antecedent.has_value()) << Describe(all);
  EXPECT_EQ(Text(*all[0].antecedent), "Sam Lin");
}

// A relative "who" refers to the last noun phrase of a clause before it,
// and to the whole phrase when no verb stands there (RelativeAntecedent).
TEST_F(TypingTest, ARelativeWhoRefersToTheClausesLastNounPhrase) {
  auto all = Typed(
      "The schedule angered ferry workers, who have marched on the terminal and called for a "
      "strike vote.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  ASSERT_TRUE(all[0].antecedent.has_value()) << Describe(all);
  EXPECT_EQ(Text(*all[0].antecedent), "ferry workers");
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_VAGUE);
  all = Typed("The mayor visited Ana Ruiz, who said the ferry was late.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  ASSERT_TRUE(all[0].antecedent.has_value()) << Describe(all);
  EXPECT_EQ(Text(*all[0].antecedent), "Ana Ruiz");
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_NAMED_PERSON);
  all = Typed("It was Peter Morgan, a lawyer for the Sierra Club, who said the plan was unlawful.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  ASSERT_TRUE(all[0].antecedent.has_value()) << Describe(all);
  EXPECT_EQ(Text(*all[0].antecedent), "a lawyer for the Sierra Club");
}

TEST_F(TypingTest, APossessivePronounTakesTheNamedAntecedent) {
  const auto all = Typed(
      "Sen. Claire Dunn said the fee was unfair. "
      "Dunn repeated her claim that the port had hidden the cost.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Source(all[1]), "her");
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_NAMED_PERSON);
  ASSERT_TRUE(all[1].antecedent.has_value());
  EXPECT_EQ(Text(*all[1].antecedent), "Sen. Claire Dunn");
}

TEST_F(TypingTest, ItTakesAnInstitutionOrTextNeverAGroup) {
  const auto all = Typed(
      "Critics say the fee is unfair. A notice from the port says the fee is "
      "temporary. It adds that the fee will be reviewed.");
  ASSERT_EQ(all.size(), 3u) << Describe(all);
  EXPECT_EQ(all[2].source_type, v1::SOURCE_TYPE_DOCUMENT);
  ASSERT_TRUE(all[2].antecedent.has_value());
  EXPECT_EQ(Text(*all[2].antecedent), "A notice from the port");
}

TEST_F(TypingTest, PollFiguresAndPartitives) {
  // A share of a group is a poll's figure; a count of people is a vague
  // group.
  const auto all = Typed(
      "Nearly eight of 10 voters said the economy mattered most. "
      "One of the doctors said the clinic was full. "
      "More than 200 protesters said the fee was unfair. "
      "A group of about 50 captains said the port was late. "
      "Three in 10 voters said the fee was fair.");
  ASSERT_EQ(all.size(), 5u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_DOCUMENT);
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_VAGUE);
  EXPECT_EQ(Source(all[2]), "More than 200 protesters");
  EXPECT_EQ(all[2].source_type, v1::SOURCE_TYPE_VAGUE);
  EXPECT_EQ(Source(all[3]), "A group of about 50 captains");
  EXPECT_EQ(Source(all[4]), "Three in 10 voters");
  EXPECT_EQ(all[4].source_type, v1::SOURCE_TYPE_DOCUMENT);
}

TEST_F(TypingTest, RelativeWhichTakesItsAntecedentsType) {
  const auto all = Typed("Reuters, which said that the port would close, was first.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "which");
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_MEDIA);
}

TEST_F(TypingTest, AnAnonymityAsideAfterAnInvertedSource) {
  // "said one official, who spoke on condition of anonymity": the aside
  // after the comma belongs to the source, as without the comma.
  auto all = Typed("“The ferry will stop,” said one official, who spoke on condition of anonymity.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "one official");
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_ANONYMOUS);
  // A relative clause with a reporting verb is one attribution of its
  // own, not two.
  all = Typed("“The ferry will stop,” said Lin, who said the fares would rise.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Source(all[1]), "who");
  EXPECT_EQ(Contents(all[1]), (Strings{"the fares would rise"}));
}

TEST_F(TypingTest, TermsOfSpeakingAreNoAttribution) {
  // Asking for anonymity (not_cues.tsv) says nothing; speaking on
  // background (anonymity.tsv) keeps the speaker anonymous.
  auto all = Typed("One aide, who requested anonymity to discuss the talks, said the fares "
                   "would rise. An aide who asked not to be named said the boats were late.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "One aide");
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_ANONYMOUS);
  EXPECT_EQ(Source(all[1]), "An aide");
  all = Typed("“She hates losing,” said a longtime ally, who spoke on background.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "a longtime ally");
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_ANONYMOUS);
  all = Typed("The deal was first reported by the Ledger, citing two people with knowledge "
              "of the talks.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_ANONYMOUS);
  all = Typed("“She hates losing,” said a longtime ally.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_VAGUE);
  // Asking that a name not be used, or be withheld, is asking for
  // anonymity too.
  all = Typed("One deckhand, who asked that his name not be used for fear of losing his job, "
              "said the boats were late. A captain who requested that her name be withheld "
              "said the same.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "One deckhand");
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_ANONYMOUS);
  EXPECT_EQ(Source(all[1]), "A captain");
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_ANONYMOUS);
}

TEST_F(TypingTest, AnOutletsJournalistIsAMediaConduit) {
  auto all = Typed("Reyes later told CNN's Maria Cho that he had the votes.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  ASSERT_EQ(all[0].conduits.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].conduits[0].type, v1::SOURCE_TYPE_MEDIA);
  // (a person's is no outlet)
  all = Typed("Reyes told Lin's lawyer Ann Park that he had the votes.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  ASSERT_EQ(all[0].conduits.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].conduits[0].type, v1::SOURCE_TYPE_NAMED_PERSON);
}

TEST_F(TypingTest, ACompanySuffixEndsAnOrganisationsName) {
  // "Inc." keeps its period inside the name (titles.tsv) and makes it an
  // organisation (source_nouns.tsv).
  const auto all = Typed(
      "Harbor Freight Inc. said the terminal would close. "
      "The fares will rise, said Calloway Ferry Co., the island's only carrier.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Harbor Freight Inc.");
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_NAMED_ORGANIZATION);
  EXPECT_EQ(Source(all[1]), "Calloway Ferry Co.");
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_NAMED_ORGANIZATION);
}

TEST_F(TypingTest, ADefiniteRoleRefersToTheUnnamedSourceThatHeldIt) {
  // The nearest earlier source introduced with the role, though unnamed,
  // not the nearest person.
  const auto all = Typed(
      "A spokeswoman for Veltra said the firm was cooperating. "
      "Her lawyer, Ana Ruiz, said Morrow would fight. "
      "\"We are reviewing the complaint,\" the spokeswoman added.");
  ASSERT_EQ(all.size(), 3u) << Describe(all);
  EXPECT_EQ(Source(all[2]), "the spokeswoman");
  ASSERT_TRUE(all[2].antecedent.has_value()) << Describe(all);
  EXPECT_EQ(Text(*all[2].antecedent), "A spokeswoman for Veltra");
  EXPECT_EQ(all[2].source_type, v1::SOURCE_TYPE_UNNAMED_OFFICIAL);
}

TEST_F(TypingTest, ADefiniteRolePassesOverAPersonDescribedAsSomethingElse) {
  const auto all = Typed(
      "Ana Ruiz, the mayor, said the levy was fair. "
      "Paul Menon, a professor at Eastvale College, said the review was sound. "
      "Council member Irene Osei said the vote was close. "
      "The mayor said the levy would pass. "
      "Sen. Tom Hale said the state would help. The senator said it would take time.");
  ASSERT_EQ(all.size(), 6u) << Describe(all);
  ASSERT_TRUE(all[3].antecedent.has_value()) << Describe(all);
  EXPECT_EQ(Text(*all[3].antecedent), "Ana Ruiz");
  // (a title's abbreviation is the role)
  ASSERT_TRUE(all[5].antecedent.has_value()) << Describe(all);
  EXPECT_EQ(Text(*all[5].antecedent), "Sen. Tom Hale");
}

TEST_F(TypingTest, ADefiniteRolePassesOverAPersonFirstNamedWithAnotherTitle) {
  // Osei speaks by name alone, but the text named her first as a council
  // member: she is not "the mayor", whom the text has not named.
  const auto all = Typed(
      "The vote split Council member Irene Osei from her colleagues. Osei said the vote "
      "was close. The mayor said the levy would pass.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_FALSE(all[1].antecedent.has_value()) << Describe(all);
}

TEST_F(TypingTest, APronounResolvesToAPersonOfItsGender) {
  // The nearest speaker is a man by his first name: "she" passes him over.
  auto all = Typed(
      "Ann Lee said the ferries were late. Tom Reyes said the fares would rise. "
      "\"We will fix it,\" she added.");
  ASSERT_EQ(all.size(), 3u) << Describe(all);
  ASSERT_TRUE(all[2].antecedent.has_value()) << Describe(all);
  EXPECT_EQ(Text(*all[2].antecedent), "Ann Lee");
  // An honorific anywhere before tells a surname's gender; a role in an
  // aside tells it too.
  all = Typed(
      "Mrs. Okafor arrived early. Okafor said the port would close. Dale Morrow, a "
      "spokesman, said it would not. She said the vote was final.");
  ASSERT_EQ(all.size(), 3u) << Describe(all);
  ASSERT_TRUE(all[2].antecedent.has_value()) << Describe(all);
  EXPECT_EQ(Text(*all[2].antecedent), "Okafor");
  // No one of its gender: a person left unresolved, not the wrong one.
  all = Typed("Tom Reyes said the fares would rise. She said the boats were late.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_FALSE(all[1].antecedent.has_value()) << Describe(all);
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_NAMED_PERSON);
  // A "she" after one left unresolved is as unknown (not a name nearer).
  all = Typed("Tom Reyes said the fares would rise on Harbor Road. She said the boats were "
              "late. She added that the vote was final.");
  ASSERT_EQ(all.size(), 3u) << Describe(all);
  EXPECT_FALSE(all[2].antecedent.has_value()) << Describe(all);
  // Past a person of the other gender, one the text tells nothing of is
  // no antecedent either.
  all = Typed("Okafor said the port would close. Tom Reyes said the fares would rise. "
              "She said the boats were late.");
  ASSERT_EQ(all.size(), 3u) << Describe(all);
  EXPECT_FALSE(all[2].antecedent.has_value()) << Describe(all);
  // The phrase's own honorific tells, though the text has both.
  all = Typed("Mr. Okafor came late. Mrs. Okafor said the port would close. Tom Reyes said "
              "it would not. She said the vote was final.");
  ASSERT_EQ(all.size(), 3u) << Describe(all);
  ASSERT_TRUE(all[2].antecedent.has_value()) << Describe(all);
  EXPECT_EQ(Text(*all[2].antecedent), "Mrs. Okafor");
  // Both "Mr." and "Mrs." before a surname tell nothing: the nearest.
  all = Typed("Mrs. Okafor and Mr. Okafor came. Okafor said the port would close. "
              "She said the vote was final.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  ASSERT_TRUE(all[1].antecedent.has_value()) << Describe(all);
  EXPECT_EQ(Text(*all[1].antecedent), "Okafor");
}

TEST_F(TypingTest, ANameBeforeAPronounEndsWithItsSentence) {
  // The name mentioned before "she" stops at the period that ends its
  // sentence (not at a title's: "Prof.", titles.tsv).
  const auto all =
      Typed("Voters met Prof. Ann Okafor. While the hall filled, she said the fares were high.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  ASSERT_TRUE(all[0].antecedent.has_value()) << Describe(all);
  EXPECT_EQ(Text(*all[0].antecedent), "Prof. Ann Okafor");
}

TEST_F(TypingTest, TheDatelinesOutletAndAReportingOutletAreMedia) {
  auto all = Typed("KALVIK (Wirewire) - Two engineers told Wirewire the concrete was poor.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  ASSERT_EQ(all[0].conduits.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].conduits[0].type, v1::SOURCE_TYPE_MEDIA);
  // (without the dateline, an unknown name is a person's)
  all = Typed("Two engineers told Wirewire the concrete was poor.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  ASSERT_EQ(all[0].conduits.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].conduits[0].type, v1::SOURCE_TYPE_NAMED_PERSON);
  all = Typed("The talks collapsed, as first reported by The Gazetteer.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_MEDIA);
  all = Typed("The talks collapsed, as first reported by The Gazetteer, citing two aides.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  ASSERT_EQ(all[0].conduits.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].conduits[0].type, v1::SOURCE_TYPE_MEDIA);
}

TEST_F(TypingTest, StudiesAndTradesAreTyped) {
  const auto all = Typed("Studies show the blooms have doubled. Local fishermen say the crabs "
                         "are gone.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_DOCUMENT);
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_VAGUE);
}

TEST_F(TypingTest, AnOutletsNounBeforeANameTypesIt) {
  const auto all = Typed(
      "The newspaper Harbor Ledger said the wall failed. "
      "State broadcaster NRK reported that two people were missing. "
      "The broadcaster said a fisherman was missing. "
      "Ferry spokesman Ian Cole said the boats would run.");
  ASSERT_EQ(all.size(), 4u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_MEDIA);
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_MEDIA);
  EXPECT_EQ(all[2].source_type, v1::SOURCE_TYPE_MEDIA);
  EXPECT_EQ(all[3].source_type, v1::SOURCE_TYPE_NAMED_PERSON);
}

TEST_F(TypingTest, APollsRespondentsAreNoName) {
  // A capital opening the sentence names no one: the head is after "of".
  const auto all = Typed(
      "Half of those surveyed said the ferry was late. "
      "Two-thirds of respondents said it was too expensive. "
      "Forty percent of those polled said it should close.");
  ASSERT_EQ(all.size(), 3u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_VAGUE);
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_VAGUE);
  // A percentage is a poll's figure: a document (PolNeAR convention).
  EXPECT_EQ(all[2].source_type, v1::SOURCE_TYPE_DOCUMENT);
  EXPECT_EQ(Typed("42 percent of those surveyed said it should close.")[0].source_type,
            v1::SOURCE_TYPE_DOCUMENT);
  // A bare percentage is a poll's figure too.
  for (const char* text :
       {"On fares, 42% said they were too high.", "About 40 percent said they were too high.",
        "Half, 49 percent, said they were too high.",
        "More than a third said they were too high."}) {
    const auto bare = Typed(text);
    ASSERT_EQ(bare.size(), 1u) << Describe(bare);
    EXPECT_EQ(bare[0].source_type, v1::SOURCE_TYPE_DOCUMENT) << text;
  }
}

// A court's docket is a document; bookmakers and fans are a market and a
// crowd, no one named (capitalised at the sentence start, not a name
// either).
// A name ending in a possessive that speaks is a business's.
// (Before a noun cue it is its holder's.)
TEST_F(TypingTest, APossessiveNameThatSpeaksIsABusiness) {
  auto all = Typed("Moody's said the ferry line's debt was junk.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_NAMED_ORGANIZATION);
  all = Typed("Dana Ortiz's claim that the ferry was late was false.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].rule, "possessive-noun");
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_NAMED_PERSON);
}

// One unnamed member of a group is as vague as the group.
TEST_F(TypingTest, OneUnnamedMemberOfAGroupIsVague) {
  for (const char* text : {"\"We are worried,\" said one voter, a retired deckhand.",
                           "A ferry commuter told the Ledger that fares were too high."}) {
    const auto all = Typed(text);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_VAGUE) << text;
  }
}

// A name after "news agency" is an outlet's.
TEST_F(TypingTest, ANewsAgencysNameIsMedia) {
  const auto all = Typed("Harbor state's official news agency HSNA reported that the ferry sank.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_MEDIA);
}

// A team's or a firm's role without a name is an unnamed official, not the
// team or the firm.
TEST_F(TypingTest, ARoleOfATeamOrFirmIsAnUnnamedOfficial) {
  for (const char* text : {"The team's coach said the ferry trip was cancelled.",
                           "The ferry line's founder said the trip was cancelled.",
                           "The campaign's general manager said the trip was cancelled."}) {
    const auto all = Typed(text);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_UNNAMED_OFFICIAL) << text;
  }
}

// "CEO" is a role, though written in capitals: no organisation.
TEST_F(TypingTest, ACeoIsAnOfficialAndACeoWithANameIsAPerson) {
  auto all = Typed("The CEO told the deckhands that the ferry would be sold.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_UNNAMED_OFFICIAL);
  all = Typed("The ferry line's CEO, Dana Lee, said the ferry would be sold.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_NAMED_PERSON);
}

TEST_F(TypingTest, ADocketIsADocumentAndBookmakersAreVague) {
  auto all = Typed("The hearing is set for January, according to the court docket.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_DOCUMENT);
  all = Typed("Bookmakers say Rhee is the favorite.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_VAGUE);
  all = Typed("Fans quickly noticed that the photos were gone.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_VAGUE);
}

// A business named for its trade is an organisation ("Kestrel Motors"),
// a chipmaker, an energy or investment firm too, and one called a maker.
TEST_F(TypingTest, ABusinessNamedForItsTradeIsAnOrganisation) {
  for (const char* sentence : {"Veltrex Semiconductor said the plant would open late.",
                               "Harbor Energy said the plant would open late.",
                               "Okafor Systems said the plant would open late.",
                               "Greyrock Capital said the plant would open late.",
                               "The Chicago-based maker of cereals said the plant would open "
                               "late."}) {
    const auto all = Typed(sentence);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_NAMED_ORGANIZATION) << sentence;
  }
}

// An outlet named beside the cue relays the source as a told one does:
// after "in an interview with", "to", "on" or "in", or in an opening
// "In an interview with X,". A name that is no outlet is no conduit.
TEST_F(TypingTest, AnOutletBesideTheCueIsAConduit) {
  const std::pair<const char*, const char*> cases[] = {
      {"Lin said in an interview with CNN that the ferry was late.", "CNN"},
      {"Lin warned Sunday in a phone interview with the Harbor Ledger that the ferry was late.",
       "the Harbor Ledger"},
      {"A spokesman confirmed to People magazine that the ferry was late.", "People magazine"},
      {"Lin said on CNN's \"State of the Union\" that the ferry was late.", "CNN"},
      {"Lin wrote in The Atlantic that the ferry was late.", "The Atlantic"},
      {"In an interview with The Atlantic, Lin said the ferry was late.", "The Atlantic"},
      {"\"The ferry was late,\" said Lin in an interview with the Harbor Ledger.",
       "the Harbor Ledger"},
      {"Lin said in Washington that the ferry was late.", nullptr},
      {"In Ohio, Lin said the ferry was late.", nullptr},
      {"Lin said in an interview with Ana Okafor that the ferry was late.", nullptr}};
  for (const auto& [sentence, outlet] : cases) {
    const auto all = Typed(sentence);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_TRUE(Source(all[0]) == "Lin" || Source(all[0]) == "A spokesman")
        << sentence << ": " << Source(all[0]);
    if (outlet == nullptr) {
      EXPECT_TRUE(all[0].conduits.empty()) << sentence;
      continue;
    }
    ASSERT_EQ(all[0].conduits.size(), 1u) << sentence;
    EXPECT_EQ(Text(all[0].conduits[0].span), outlet) << sentence;
    EXPECT_EQ(all[0].conduits[0].type, v1::SOURCE_TYPE_MEDIA) << sentence;
    ASSERT_EQ(all[0].contents.size(), 1u) << sentence;
    EXPECT_EQ(Text(all[0].contents[0]).substr(1), "he ferry was late") << sentence;
  }
}

// A name is the kind of body its aside's head noun names ("a research
// firm", "the official news agency"), not the body of a role ("the head of
// the union"); "the other" of a pair is of the kind of the "one" before.
TEST_F(TypingTest, AnAsideNamesTheKindOfBodyAndTheOtherIsOfOnesKind) {
  const std::pair<const char*, v1::SourceType> cases[] = {
      {"Northfield Analytics, a research firm, found that ferry fares rose.",
       v1::SOURCE_TYPE_NAMED_ORGANIZATION},
      {"Kestrel, the official harbor news agency, wrote that fares rose.",
       v1::SOURCE_TYPE_MEDIA},
      {"Dana Lee, the head of the union, said fares rose.", v1::SOURCE_TYPE_NAMED_PERSON},
      {"Dana Lee, a lawyer and union organizer, said fares rose.", v1::SOURCE_TYPE_NAMED_PERSON},
      {"Fares rose, according to disclosure forms.", v1::SOURCE_TYPE_DOCUMENT},
      {"The other cautioned that fares rose.", v1::SOURCE_TYPE_VAGUE}};
  for (const auto& [sentence, type] : cases) {
    const auto all = Typed(sentence);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_EQ(all[0].source_type, type) << sentence;
  }
  const auto all = Typed(
      "Two people familiar with the plan said fares rose. One of the people said they would "
      "rise again. The other cautioned that no decision had been made.");
  ASSERT_EQ(all.size(), 3u) << Describe(all);
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_ANONYMOUS);
  EXPECT_EQ(all[2].source_type, v1::SOURCE_TYPE_ANONYMOUS);
}

// A copy or draft of a text is the text, whoever reviewed it; "Centers"
// heads an institution's name, and a title and a name after such a name
// are a person.
TEST_F(TypingTest, ACopyIsItsTextAndATitleAfterAnInstitutionsNameIsAPerson) {
  const std::pair<const char*, v1::SourceType> cases[] = {
      {"A copy of the report reviewed by the Ledger said the pier was closed.",
       v1::SOURCE_TYPE_DOCUMENT},
      {"A draft of the memo obtained by Reuters said the pier was closed.",
       v1::SOURCE_TYPE_DOCUMENT},
      {"The Centers for Ferry Safety said the pier was closed.",
       v1::SOURCE_TYPE_NAMED_ORGANIZATION},
      {"Center for Harbor Studies President Ana Okafor said the pier was closed.",
       v1::SOURCE_TYPE_NAMED_PERSON},
      {"A spokesman for Harbor Commissioner Ana Okafor said the pier was closed.",
       v1::SOURCE_TYPE_UNNAMED_OFFICIAL}};
  for (const auto& [sentence, type] : cases) {
    const auto all = Typed(sentence);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_EQ(all[0].source_type, type) << sentence;
  }
}

// A forecast is a document; a speaker who spoke "on condition that he not
// be named" is anonymous.
TEST_F(TypingTest, ProjectionsAndUnnamedOnCondition) {
  auto all = Typed("The bank's own projections suggest policymakers see little urgency.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_DOCUMENT);
  all = Typed(
      "\"They are fighting the last war,\" said one former official, who spoke on condition "
      "that he not be named.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_ANONYMOUS);
}

// A month's name is no person a pronoun could stand for.
TEST_F(TypingTest, AMonthIsNoAntecedent) {
  const auto all = Typed(
      "Their report, released in June, concluded that the span could fail. I hope the "
      "council listens.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Source(all[1]), "I");
  EXPECT_FALSE(all[1].antecedent.has_value()) << Text(*all[1].antecedent);
  EXPECT_EQ(all[1].source_type, v1::SOURCE_TYPE_UNKNOWN);
}

TEST_F(TypingTest, PollShareWithoutANounIsADocument) {
  const auto all = Typed("Voters shrugged, with one out of four saying it had no effect.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "one out of four");
  EXPECT_EQ(all[0].source_type, v1::SOURCE_TYPE_DOCUMENT);
}


// Patterns added for PolNeAR, each with the attribution it must yield (or
// must not): the cue, then the source it must have, or "" for "no
// attribution with this cue at all".
struct VariantCase {
  const char* text;
  const char* cue;
  const char* source;
  const char* rule;  // nullptr: any
};

void PrintTo(const VariantCase& c, std::ostream* os) { *os << '"' << c.text << '"'; }

class VariantTest : public AssembleTest,
                    public ::testing::WithParamInterface<VariantCase> {};

TEST_P(VariantTest, FindsTheSpeaker) {
  const VariantCase& c = GetParam();
  const auto all = Assemble(c.text);
  const Attribution* found = nullptr;
  for (const Attribution& a : all) {
    if (Text(a.cue) == c.cue) found = &a;
  }
  if (std::string(c.source).empty()) {
    EXPECT_EQ(found, nullptr) << Describe(all);
    return;
  }
  ASSERT_NE(found, nullptr) << Describe(all);
  EXPECT_EQ(Source(*found), c.source) << Describe(all);
  if (c.rule != nullptr) {
    EXPECT_EQ(found->rule, c.rule) << Describe(all);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Polnear, VariantTest,
    ::testing::Values(
        // A source opening mid-clause before its asides gives way to the
        // first aside (StartsMidClause).
        VariantCase{"Many delegates were deemed ineligible, Roberta Lange, the "
                    "party chairwoman, said she had received threats.",
                    "said", "Roberta Lange", "source-cue"},
        // An object relative's subject speaks (ObjectRelative).
        VariantCase{"The fund is a gap in oversight that auditors say leaves "
                    "the port exposed.",
                    "say", "auditors", "source-cue"},
        // A phrase ending in a possessive is no subject (PossessiveSource).
        VariantCase{"Officials examined Russia's suspected connection to the leak.",
                    "suspected", "", nullptr},
        // ... but before "said", "says", "told", "tells" or an auxiliary it
        // ends a name.
        VariantCase{"Harbor Bank's owner is selling it, Moody's said.", "said", "Moody's",
                    "source-cue"},
        VariantCase{"McDonald's has said it will close its harbor store.", "has said",
                    "McDonald's", "source-cue"},
        // A lone adverb is no source (AdverbSource).
        VariantCase{"He has been harshly criticized for policies that "
                    "objectors see as abuses of power.",
                    "criticized", "", nullptr},
        VariantCase{"All of this is powerfully documented in the report.", "documented", "",
                    nullptr},
        VariantCase{"The American Legion has twice complained to the campaign.",
                    "has twice complained", "The American Legion", "source-cue"},
        VariantCase{"Rep. Lois Frankel - a critic of the plan - recalled that "
                    "the vote was close.",
                    "recalled", "Rep. Lois Frankel", "source-cue"},
        VariantCase{"With several captains warning of delays, the board met again.",
                    "warning", "several captains", "source-cue"},
        VariantCase{"The CNN/ORC survey found that most voters disagreed.",
                    "found", "The CNN/ORC survey", "source-cue"},
        VariantCase{"\"We will appeal,\" said Sen. Ana Ruiz who represents the island.",
                    "said", "Sen. Ana Ruiz", "cue-source"},
        VariantCase{"The mayor's attacks on the press drew jeers.", "attacks",
                    "The mayor's", "possessive-noun"},
        VariantCase{"The agency cut two routes, citing low ridership.", "citing",
                    "The agency", "participial"},
        VariantCase{"Okoro refused to pay an architect who said he was owed money, "
                    "saying the work was poor.",
                    "saying", "Okoro", "participial"},
        // A participle speaks for the main clause's speaker: not a noun
        // cue's possessive, not a speaker nested in the main clause.
        VariantCase{"The campaign doubled down on its attacks on the mayor, "
                    "saying she had failed the city.",
                    "saying", "The campaign", "participial"},
        VariantCase{"Byrne wrote that the agents knew about the plan, saying it "
                    "was common knowledge.",
                    "saying", "Byrne", "participial"},
        VariantCase{"The plan, backed by two shipping lines, was approved.",
                    "backed", "two shipping lines", "passive-by"},
        VariantCase{"In the latest survey, most workers opposed the deal.", "In",
                    "the latest survey", "according-to"},
        // Its author before the comma is part of it; a margin is no author.
        VariantCase{"In a survey by the Harbor Riders Union, most workers opposed the deal.",
                    "In", "a survey by the Harbor Riders Union", "according-to"},
        VariantCase{"In a poll released Monday by the Ledger, most workers opposed the deal.",
                    "In", "a poll released Monday by the Ledger", "according-to"},
        VariantCase{"In a poll released Monday, most workers opposed the deal.", "In",
                    "a poll released Monday", "according-to"},
        VariantCase{"Okafor leads Ruiz in recent polls by a wide margin, 45 to 40, "
                    "according to the Ledger.",
                    "according to", "the Ledger", "according-to"},
        // Mid-sentence, one poll is a source; "the polls" are not.
        VariantCase{"The mayor led by nine points in a recent Harbor Times poll.",
                    "in", "a recent Harbor Times poll", "according-to"},
        VariantCase{"The mayor has slipped in the polls since March.", "in", "",
                    nullptr},
        VariantCase{"The deal will be signed on Friday, according to lawyers "
                    "involved in the talks.",
                    "according to", "lawyers involved in the talks", "according-to"},
        VariantCase{"The plan carries risks, as union leaders point out.",
                    "point out", "union leaders", "source-cue"},
        VariantCase{"As Ana Ruiz, a professor of law, put it, the vote was a warning.",
                    "put it", "Ana Ruiz", "source-cue"},
        VariantCase{"Okoro praised the crew, while saying that the ship was late.",
                    "saying", "Okoro", "participial"},
        VariantCase{"Voters shrugged, with three in 10 saying it had no effect.",
                    "saying", "three in 10", "source-cue"},
        VariantCase{"On June 4, 2008, Okoro, who had stayed neutral, decided to back "
                    "the mayor.",
                    "decided", "Okoro", nullptr},
        VariantCase{"The port hired the Harbor Group, which said that the dredging "
                    "would take a year.",
                    "said", "which", "source-cue"},
        VariantCase{"The expansion, which would have added three routes, was dropped.",
                    "would have added", "", nullptr},
        VariantCase{"The ruling angered families, many of whom say the fines are unfair.",
                    "say", "many of whom", "source-cue"},
        VariantCase{"Even Norway, the port's only partner, said it was opposed to the fee.",
                    "said", "Norway", "source-cue"},
        // A participle opening the sentence speaks for the subject after it,
        // whose own attribution still stands.
        VariantCase{"Citing fears of flooding, the mayor closed the port.", "Citing",
                    "the mayor", "participial"},
        VariantCase{"Citing fears of flooding, the mayor warned that the port would close.",
                    "warned", "the mayor", "source-cue"},
        // An aside opening with a participle is the source's attribution too.
        VariantCase{"Okoro, citing data from the port authority, said that traffic fell.",
                    "citing", "Okoro", "participial"},
        VariantCase{"Okoro, citing data from the port authority, said that traffic fell.",
                    "said", "Okoro", "source-cue"},
        VariantCase{"\"The framers would agree,\" said Dan Golvach when asked about the vote.",
                    "said", "Dan Golvach", "cue-source"},
        VariantCase{"HARBOR CITY \u2014 Ana Ruiz toured the docks on Wednesday, "
                    "delivering a critique of the port board.",
                    "delivering", "Ana Ruiz", "participial"},
        VariantCase{"\"Absolutely,\" he said when asked by a reporter about the vote.",
                    "when asked", "a reporter", "passive-by"},
        // A naming participle after an indefinite noun is no attribution.
        VariantCase{"Reporters traced it to a website called Harbor News Now.", "called", "",
                    nullptr},
        VariantCase{"Ortiz is the founder of a ferry club called Tide Riders.", "called", "",
                    nullptr},
        VariantCase{"The union helped a newly formed group called Harbor First.", "called", "",
                    nullptr},
        // (The article of a speaker's own noun phrase decides, not one inside it.)
        VariantCase{"A spokesman for the ferry line called the audit unfair.", "called",
                    "A spokesman for the ferry line", "source-describes-as"},
        VariantCase{"In this poll, the mayor rose two points.", "In", "this poll",
                    "according-to"},
        // Plural polls mid-sentence are a standing, seldom a source.
        VariantCase{"The mayor is still ahead in national polls.", "in", "", nullptr},
        VariantCase{"The mayor led in the latest Harbor Times poll.", "in",
                    "the latest Harbor Times poll", "according-to"},
        VariantCase{"The host demeaned guests, according to show insiders.", "according to",
                    "show insiders", "according-to"},
        VariantCase{"The toll would cost $4 million a year, according to the “Harbor Plan” "
                    "document.",
                    "according to", "the “Harbor Plan” document", "according-to"},
        VariantCase{"Pressed on the plan, the 34-year-old mother of three replied that it "
                    "was fair.",
                    "replied", "the 34-year-old mother of three", "source-cue"},
        VariantCase{"Harbor Bank just this month announced it would close two branches.",
                    "announced", "Harbor Bank", "source-cue"},
        // A heading before a colon is no speaker; a name is.
        VariantCase{"The Latest: Ferry fares will rise in May.", ":", "", nullptr},
        VariantCase{"Ortiz: Ferry fares will rise in May.", ":", "Ortiz", "colon-lead-in"},
        // A time before an aside's comma: the aside still sets off the
        // source from its verb.
        VariantCase{"Riders at the pier this week, including Mr. Okafor, said the ferry was late.",
                    "said", "Riders at the pier", "source-cue"},
        // A digest's item: a heading, a dash, then a writer quoted after a
        // colon; names joined by "and" only before a quotation.
        VariantCase{"FARES RISE AGAIN - Dana Ortiz and Lee Park: “The ferry costs more.”",
                    ":", "Dana Ortiz and Lee Park", "colon-lead-in"},
        VariantCase{"Fares rise again - Harbor Times: “The ferry costs more.”", ":",
                    "Harbor Times", "colon-lead-in"},
        VariantCase{"Fares rise again - Update: 98 percent counted.", ":", "", nullptr},
        VariantCase{"Ortiz and Park: A tortured relationship.", ":", "", nullptr},
        // A base form opening a sentence is an imperative, not an inversion.
        VariantCase{"Read the rest of the story at Harbor Times.", "Read", "", nullptr},
        VariantCase{"Ask yourself: Which ferry will sail first?", "Ask", "", nullptr},
        VariantCase{"Said Okafor: “The ferry stays.”", "Said", "Okafor", "cue-source"},
        // A tally or a clock is no speaker.
        VariantCase{"Ortiz: 1,501.", ":", "", nullptr},
        VariantCase{"11: 06 a.m. The ferry sailed.", ":", "", nullptr},
        VariantCase{"The ruling angered the union leadership, who, on a call Friday, "
                    "criticized the board.",
                    "criticized", "who", "source-cue"},
        VariantCase{"\"It was a long time,\" Mr. Daniloff, now 81, said by telephone "
                    "this week.",
                    "said", "Mr. Daniloff", "source-cue"},
        VariantCase{"Making her way around the diner, Ana Ruiz, the mayor, thanked the cooks.",
                    "thanked", "Ana Ruiz", nullptr},
        VariantCase{"Kall -- co-editor of a book on the debates -- said the mayor was late.",
                    "said", "Kall", "source-cue"},
        VariantCase{"The mayor complained about the microphone, even suggesting it was "
                    "sabotaged.",
                    "even suggesting", "The mayor", "participial"},
        // A participle after "and" coordinates with one that spoke.
        VariantCase{"The mayor defended the plan, calling it fair and vowing to expand the "
                    "ferry.",
                    "vowing", "The mayor", "coordinated"},
        // A participle after a subordinating word that opens the sentence
        // has the subject after it.
        VariantCase{"In describing the levy, Okafor said it was unfair.", "describing",
                    "Okafor", "participial"},
        VariantCase{"After thanking the crews, the mayor left the pier.", "thanking",
                    "the mayor", "participial"},
        // A place's "where" clause and a thousands comma open no speaker
        // (StartsMidClause): the aside after them speaks.
        VariantCase{"At Pier 9, where a berth costs $9,000 a year, Lena Ortiz, the pier's "
                    "manager, said the fees would rise.",
                    "said", "Lena Ortiz", "source-cue"},
        VariantCase{"In a survey based on 1,500 interviews, Harbor Watch, a riders' group, found "
                    "wide support for the levy.",
                    "found", "Harbor Watch", "source-cue"},
        // A dash sets off a participle as a comma does; "upon" subordinates
        // it ("without saying X" says nothing: GrammarTest.ParticipialNeedsAComma).
        VariantCase{"The mayor changed course on the spot - saying the ferry would run.",
                    "saying", "The mayor", "participial"},
        VariantCase{"Okafor was booed upon saying the levy would stay.", "saying", "Okafor",
                    "participial"},
        // An aside may open with an agentless cue, an attribution of its own.
        VariantCase{"Okafor, when asked about the levy, said it would stay.", "said", "Okafor",
                    "source-cue"},
        // A demonstrative after a preposition stays in the phrase.
        VariantCase{"One of the authors of that audit, Lena Ortiz, said the port was late.",
                    "said", "One of the authors of that audit, Lena Ortiz", "source-cue"},
        // A speech cue after an adverb ends the asides: no second aside
        // runs on to the comma after its object.
        VariantCase{"Okafor, the port's former director, also attacked the levy, with which "
                    "she had clashed before.",
                    "also attacked", "Okafor", "source-cue"},
        // A past form after the subject's noun is its verb; after a
        // possessive it modifies the next noun.
        VariantCase{"Citing the storm, the mayor cancelled ferry trips to the island.",
                    "Citing", "the mayor", "participial"},
        VariantCase{"Citing the storm, the mayor's embattled deputy cancelled ferry trips to "
                    "the island.",
                    "Citing", "the mayor's embattled deputy", "participial"},
        VariantCase{"The councillor spoke against the mayor, eventually saying he had "
                    "failed the crews.",
                    "eventually saying", "The councillor", "participial"},
        VariantCase{"The board demands openness from the port, yet refuses to release its "
                    "own records.",
                    "refuses", "The board", "coordinated"},
        VariantCase{"The spokeswoman said the board had not yet discussed the review.",
                    "discussed", "", nullptr},
        VariantCase{"Critics would call them reckless promises.", "would call them",
                    "Critics", "source-describes-as"},
        VariantCase{"On Thursday, however, the mayor spoke to the crews, promising higher pay.",
                    "promising", "the mayor", "participial"},
        VariantCase{"Hours later, the mayor returned the compliment, praising the crews.",
                    "praising", "the mayor", "participial"},
        // Noun phrases: an adverb before the cue is the cue's; "close to"
        // after any noun; "A." as an initial; a relational noun's "to"
        // (relational_to) and a place after an inverted source; "very"
        // opens no phrase.
        VariantCase{"The mayor and her aides increasingly signaled that they would yield.",
                    "increasingly signaled", "The mayor and her aides", "source-cue"},
        VariantCase{"An aide close to the mayor said the vote would be delayed.", "said",
                    "An aide close to the mayor", "source-cue"},
        VariantCase{"\"We were not happy,\" said Jock A. Finlayson.", "said",
                    "Jock A. Finlayson", "cue-source"},
        VariantCase{"\"It has gone wrong,\" said the former aide to Governor Ruiz.", "said",
                    "the former aide to Governor Ruiz", "cue-source"},
        VariantCase{"\"It has gone wrong,\" said the former mayor to a crowd in Ruiz.", "said",
                    "the former mayor", "cue-source"},
        VariantCase{"He is very confident of his plan.", "confident", "", nullptr},
        // A dash after a quoted word inside a sentence names no speaker.
        VariantCase{"Asked about the \"reform\" - the word used by Ruiz - Lee laughed.", "-",
                    "", nullptr},
        // A discourse adverb is no source: the speaker follows it.
        VariantCase{"However, Jill Martin, a lawyer for the firm, said the claims "
                    "were false.",
                    "said", "Jill Martin", "source-cue"},
        // "think tank" is a noun; a role before the aside's name.
        VariantCase{"The figure came from a left-leaning think tank, the Policy Center.",
                    "think", "", nullptr},
        VariantCase{"The report's author, economist Rachel Bloom, told us it was a projection.",
                    "told", "The report's author, economist Rachel Bloom", nullptr},
        VariantCase{"Many Republicans, like Mr. Ryan, said they would wait.", "said",
                    "Many Republicans", nullptr},
        // An age after the aside's name, and an agent's aside, are the
        // source's; not a list's next item.
        VariantCase{"Her granddaughter, Lily Voss, 24, said she was still drawing.", "said",
                    "Her granddaughter, Lily Voss, 24", nullptr},
        VariantCase{"Her death was confirmed by her son, Daniel Voss, who said it was sudden.",
                    "confirmed", "her son, Daniel Voss", "passive-by"},
        VariantCase{"The plan was praised by the union, Ann Lee, Tom Ruiz and the mayor.",
                    "praised", "the union", "passive-by"},
        VariantCase{"The plan was praised by the union, Ann Lee, and the mayor.", "praised",
                    "the union", "passive-by"},
        // A relative "which" before "said" speaks with or without "that".
        VariantCase{"The figures were disputed by the federation, which said its members had "
                    "cut jobs.",
                    "said", "which", "source-cue"},
        VariantCase{"The figures came from the federation, which added three routes.", "added",
                    "", nullptr},
        // A possessive's noun cue takes the be-form before its "that".
        VariantCase{"The mayor's fear is that the port will close.", "fear is", "The mayor's",
                    "possessive-noun"},
        VariantCase{"The mayor's fear was justified.", "fear", "", nullptr},
        // and before any speech cue with its "that".
        VariantCase{"The fee was set by the board, which contended that the port was "
                    "undercharging.",
                    "contended", "which", "source-cue"},
        VariantCase{"The fee was set by the board, which contended the port was undercharging.",
                    "contended", "", nullptr},
        // A verb among the function words (function_words.tsv kinds "past",
        // "linking", "verb") still follows a participle's subject, and a
        // capitalised one may be a name.
        VariantCase{"Ortiz remained silent, saying only that the plan had failed.", "saying",
                    "Ortiz", "participial"},
        VariantCase{"She goes further, saying the plan had failed.", "saying", "She",
                    "participial"},
        VariantCase{"Some felt betrayed, saying the plan had failed.", "saying", "Some",
                    "participial"},
        VariantCase{"Mark Felt, the agency's deputy, said the plan had failed.", "said",
                    "Mark Felt", "source-cue"},
        // A place after the subject's preposition stays in it; a time does not.
        VariantCase{"Councillors on the harbour board walked out, saying the fares would rise.",
                    "saying", "Councillors on the harbour board", "participial"},
        VariantCase{"Ortiz on Thursday walked out, saying the fares would rise.", "saying",
                    "Ortiz", "participial"},
        // An opening conjunction or adverb stands before the subject, and
        // joins no verb of the sentence.
        VariantCase{"But Ortiz walked out, saying the fares would rise.", "saying", "Ortiz",
                    "participial"},
        VariantCase{"Then she walked out, saying the fares would rise.", "saying", "she",
                    "participial"},
        VariantCase{"And Skelly called the plan \"a failure.\"", "called", "Skelly",
                    "source-describes-as"},
        // A count of time is no plural subject of an "-s" cue, and a poll is
        // "taken" over a span.
        VariantCase{"A poll taken two weeks ago shows the mayor leading.", "shows",
                    "A poll taken two weeks ago", "source-cue"},
        VariantCase{"A poll taken over the past month shows the mayor leading.", "shows",
                    "A poll taken over the past month", "source-cue"},
        // A text's participle of authorship with a place is an aside.
        VariantCase{"The audit, published in the Harbour Ledger, suggests that fares will rise.",
                    "suggests", "The audit", "source-cue"},
        VariantCase{"The video, posted on the city's website, shows the ferry listing.", "shows",
                    "The video", "source-cue"},
        // A dash after a quotation that is all the sentence before it names
        // the speaker who ends the sentence, not a dash aside's phrase.
        VariantCase{"\"We will sail at noon every day\" \u2014 Captain Lena Ortiz.", "\u2014",
                    "Captain Lena Ortiz", "dash-source"},
        VariantCase{"\"Sail at noon every day\" - the motto of the line - is painted on it.",
                    "-", "", nullptr},
        // A part of those in or at a place is the whole source.
        VariantCase{"Some in the harbour union say the fares will rise.", "say",
                    "Some in the harbour union", "source-cue"},
        VariantCase{"Several at the meeting said the fares would rise.", "said",
                    "Several at the meeting", "source-cue"},
        // A name after a relative clause is the speaker's.
        VariantCase{"The engineer who designed the ferry, Paul Ortiz, said it was safe.", "said",
                    "The engineer who designed the ferry, Paul Ortiz", "source-cue"},
        // A relative "which" names what it says with "called".
        VariantCase{"The plan drew a rebuke from the harbour union, which called it \"reckless.\"",
                    "called", "which", "source-describes-as"},
        // A relative clause of the source may open with a reporting verb.
        VariantCase{"Ferry riders who testified at the hearing said the fares were too high.",
                    "said", "Ferry riders", "source-cue"},
        VariantCase{"The deckhands who wrote to the mayor on Friday say the ferry is unsafe.",
                    "say", "The deckhands", "source-cue"},
        // A phrase after a preposition is no subject of a cue with nothing
        // said after it (AfterPreposition).
        VariantCase{"The ferry line denied any fault in a statement posted to its website.",
                    "posted", "", nullptr},
        VariantCase{"The ferry line denied any fault in a statement posted to its website.",
                    "denied", "The ferry line", "source-cue"},
        // A verb that takes a "that"-clause, inverted after its content.
        VariantCase{"The levee will hold through the spring, the engineers maintain.",
                    "maintain", "the engineers", "source-cue"},
        VariantCase{"\"The levee will hold,\" the harbour chief maintained.", "maintained",
                    "the harbour chief", "source-cue"},
        // (not a verb of seeming, nor "questions", mostly a noun there)
        VariantCase{"When the ferry docked, the mayor appeared.", "appeared", "", nullptr},
        VariantCase{"Riders were asked short, simple questions, the survey found.", "questions",
                    "", nullptr},
        // An expectation or assumption with a "that"-clause is held.
        VariantCase{"The harbour master expected that the ferry would be late.", "expected",
                    "The harbour master", "source-cue"},
        VariantCase{"Most riders assumed that the fares would rise.", "assumed", "Most riders",
                    "source-cue"},
        VariantCase{"The expected delay angered the riders.", "expected", "", nullptr},
        // "perhaps" is an adverb: before a participle, not in a source.
        VariantCase{"The mayor was upbeat, perhaps recognizing that the vote was close.",
                    "perhaps recognizing", "The mayor", "participial"},
        VariantCase{"Perhaps the riders will argue that the fares are too high.", "will argue",
                    "the riders", "source-cue"},
        // What made a source speak: led|leaving|prompted SOURCE to VERB.
        VariantCase{"The fare rise led riders to complain that the ferry was too dear.",
                    "to complain", "riders", "source-cue"},
        VariantCase{"The ferry was late again, leaving many to wonder whether it would run.",
                    "to wonder", "many", "source-cue"},
        VariantCase{"The delay prompted her to accuse the ferry line of neglect.", "to accuse",
                    "her", "source-cue"},
        VariantCase{"The captain left the dock to say goodbye.", "to say", "", nullptr},
        // A saying as the purpose of the main clause's verb: its subject
        // speaks (not "used to", "going to").
        VariantCase{"The mayor took to Twitter to say that the ferry would run.", "to say",
                    "The mayor", "purpose"},
        VariantCase{"The ferry line held a news conference to deny that fares would rise.",
                    "to deny", "The ferry line", "purpose"},
        VariantCase{"Deckhands used markers to write notes to the captain.", "to write",
                    "Deckhands", "purpose"},
        VariantCase{"Riders used to complain that the ferry was late.", "to complain", "",
                    nullptr},
        VariantCase{"The captain is going to have something to say about it.", "to say", "",
                    nullptr},
        // Going on with a saying: "continue(s) to" opens the cue, and no
        // source runs into "continue".
        VariantCase{"Riders continue to warn that the ferry is unsafe.", "continue to warn",
                    "Riders", "source-cue"},
        VariantCase{"The mayor continues to insist that the ferry is safe.",
                    "continues to insist", "The mayor", "source-cue"},
        // A possessive noun cue may have modifiers ("repeated claims"); a
        // plural noun is none ("her allies fear").
        VariantCase{"The mayor's repeated claims that the ferry was safe were false.",
                    "repeated claims", "The mayor's", "possessive-noun"},
        VariantCase{"Her allies fear that the ferry will close.", "fear", "Her allies",
                    "source-cue"},
        // A participle after a preposition inside another attribution's
        // content is part of it (DropNestedStances) ...
        VariantCase{"Okafor answered the question by saying that the ferry was safe.",
                    "saying", "", nullptr},
        VariantCase{"Lange said the council had tried to win voters over by arguing that "
                    "the ferry was safe.",
                    "arguing", "", nullptr},
        VariantCase{"The council blamed the paper for reporting that the ferry was unsafe.",
                    "reporting", "", nullptr},
        // ... but after a comma, "before" or "while" it is the speaker's next act.
        VariantCase{"Okafor criticized the plan while insisting that the ferry was safe.",
                    "insisting", "Okafor", "participial"},
        VariantCase{"Okafor answered the question on Monday, saying that the ferry was safe.",
                    "saying", "Okafor", "participial"},
        // An act in a relative clause describes whom it is about
        // (DropRelativeBackground); a saying there is an attribution.
        VariantCase{"Walsh, who endorsed Okafor last week, said the ferry was safe.", "endorsed",
                    "", nullptr},
        VariantCase{"The ferry board hired a lawyer who is challenging the mayor.",
                    "is challenging", "", nullptr},
        VariantCase{"Okafor, who wrote that the ferry was unsafe, resigned on Monday.", "wrote",
                    "who", "source-cue"},
        VariantCase{"Okafor, who wrote: \"The ferry is unsafe,\" resigned.", "wrote", "who",
                    "source-cue"},
        VariantCase{"Okafor, who wrote \"The ferry is unsafe\" on a placard, resigned.", "wrote",
                    "who", "source-cue"},
        VariantCase{"Okafor, who wrote the memo, resigned.", "wrote", "", nullptr},
        VariantCase{"The council thanked Walsh, who has said that the ferry was safe.",
                    "has said", "who", "source-cue"},
        VariantCase{"Walsh endorsed Okafor last week.", "endorsed", "Walsh", "source-cue"},
        // "cast", "portrayed" describe only with "as" (DescribesWithoutAs);
        // the cast of a show and cast ballots are no cue (not_cues.tsv).
        VariantCase{"Okafor has cast the council as a club of insiders.", "has cast", "Okafor",
                    "source-describes-as"},
        VariantCase{"The audit cast doubt on the ferry contract.", "cast", "", nullptr},
        VariantCase{"The deciding vote cast by the new justice settled the ferry case.", "cast",
                    "", nullptr},
        VariantCase{"The film portrayed the mayor in a harsh light.", "portrayed", "", nullptr},
        VariantCase{"The mayor characterized Sen. Ana Ruiz, D-Ohio, as, \"a friend of the "
                    "port.\"",
                    "characterized", "The mayor", "source-describes-as"},
        VariantCase{"Her fellow cast members said the show would close.", "said",
                    "Her fellow cast members", "source-cue"},
        VariantCase{"The county dropped voters who did not reply to letters and have not cast "
                    "a ballot since 2008.",
                    "have not cast", "", nullptr},
        VariantCase{"The cast of the play said the theater would close.", "said",
                    "The cast of the play", "source-cue"},
        // A phrase ending in an attributive adjective has lost its noun to
        // the cue word, and is no subject (EndsInAttributive).
        VariantCase{"The port commission gave the unions a larger say than they had before.",
                    "say", "", nullptr},
        VariantCase{"It was the vain hope that the ferry would run.", "hope", "", nullptr},
        VariantCase{"The ad preys on our worst fears about the port.", "fears", "", nullptr},
        VariantCase{"Jim Best said the ferry was safe.", "said", "Jim Best", "source-cue"},
        VariantCase{"On Monday most said the ferry was safe.", "said", "most", "source-cue"},
        // "promises" is a verb as well as a noun cue (cues.tsv).
        VariantCase{"Okafor promises to reopen the ferry by June.", "promises", "Okafor",
                    "source-cue"},
        // A participle's subject may follow a quotation closed by its
        // comma ("…,” she …), or open the sentence after one.
        VariantCase{"After saying the ferry was \u201ctoo slow,\u201d she voted against the "
                    "plan.",
                    "saying", "she", "participial"},
        VariantCase{"\u201cWe will win,\u201d Okafor sang before asking the crowd, \u201cWho is "
                    "with me?\u201d",
                    "asking", "Okafor", "participial"},
        // A content ends at a dash aside closed before another clause's
        // attribution (EndContentsBeforeLaterAttributions).
        VariantCase{"When Okafor noted that the ferry was late \u2015 as it often was \u2015 "
                    "Lange boasted, \u201cWe will fix it.\u201d",
                    "boasted", "Lange", "source-cue"},
        // A subject may name whom one works for ("a reporter for …").
        VariantCase{"A reporter for the Ledger spotted Okafor and said she was at the pier.",
                    "said", "A reporter for the Ledger", "coordinated"},
        // A passive's agent may be followed by the reason ("… by X for …").
        VariantCase{"Okafor was called a liar by fellow councillors for opposing the plan.",
                    "called", "fellow councillors", "passive-by"},
        VariantCase{"The ferry line was sued by the port authority for raising its fares.", "sued",
                    "the port authority", "passive-by"},
        // A quotation closed after "!" goes on in lower case (Segmenter).
        VariantCase{"Okafor shouted \u201cWe won!\u201d and said the ferry would run.", "said",
                    "Okafor", "coordinated"},
        // A participle after "despite", "aside from" or "instead of" is the
        // main clause's act; after "since" a time.
        VariantCase{"Okafor would not name a successor, aside from saying she wanted a sailor.",
                    "saying", "Okafor", "participial"},
        VariantCase{"Despite admitting that the ferry was late, Okafor praised the crew.",
                    "admitting", "Okafor", "participial"},
        VariantCase{"Aside from saying that the ferry was late, Okafor gave no details.", "saying",
                    "Okafor", "participial"},
        VariantCase{"Okafor has given no paid speeches since announcing her bid.", "announcing",
                    "", nullptr},
        // "a man named Tom Clarke" names him (NamingParticiple); "the mayor
        // named Okafor her deputy" is an act of the mayor's.
        VariantCase{"The ferry was sold to a company run by a man named Tom Clarke.", "named", "",
                    nullptr},
        VariantCase{"The mayor named Okafor her deputy.", "named", "The mayor", "source-cue"},
        // An aside after a cue holds no cue of its own: "agreed, but also
        // contended that …, she …" gives "agreed" no content.
        VariantCase{"Okafor agreed, but also contended that since the ferry is late, it should "
                    "be sold.",
                    "agreed", "", nullptr},
        VariantCase{"Okafor said, in a statement, the ferry would run.", "said", "Okafor",
                    "source-cue"},
        // A subject after a subordinating word, with one aside.
        VariantCase{"The row began after Okafor, asked about the fares, said the ferry was late.",
                    "said", "Okafor", "source-cue"},
        VariantCase{"The rule took its name after Tom Ruiz, the ferry captain, complained that "
                    "the fares were high.",
                    "complained", "Tom Ruiz", "source-cue"},
        // (A name capitalised mid-sentence is no verb: "Drew" of "Drew
        // Heiserman".)
        VariantCase{"Talks stalled after Drew Heiserman, the ferry captain, complained that "
                    "the fares were high.",
                    "complained", "Drew Heiserman", "source-cue"},
        VariantCase{"Even if the ferry line closed, some of its routes would be run by other "
                    "firms, said Okafor.",
                    "said", "Okafor", "cue-source"},
        VariantCase{"One after another, ferry companies, including Harbour Line, declared "
                    "bankruptcy.",
                    "declared", "ferry companies", "source-cue"},
        VariantCase{"Okafor says, win or lose in Tuesday's vote, she's staying on.", "says",
                    "Okafor", "source-cue"},
        // A relative clause's source may take a short aside before its cue.
        VariantCase{"The judges who ruled that the ferry could not sail, for instance, said the "
                    "fares were high.",
                    "said", "The judges", "source-cue"},
        // "go on to" a saying, as "went on to" (head_words.tsv kind purpose).
        // (Not "going" alone: see "is going to have something to say" above.)
        VariantCase{"The report goes on to slam the ferry line for its fares.", "to slam",
                    "The report", "purpose"},
        VariantCase{"\"We will sail,\" Okafor said, going on to contrast the fares with "
                    "those of the bus.",
                    "to contrast", "Okafor", "purpose"},
        // Speech acts by class, not harvested (cues.tsv): judging, urging,
        // manner of speaking.
        VariantCase{"The director chastised the captain for the delay but did not fire him.",
                    "chastised", "The director", "source-cue"},
        VariantCase{"Two deckhands implored her to turn back.", "implored", "Two deckhands",
                    "source-cue"},
        VariantCase{"The harbour master reckons the ferry will sail on time.", "reckons",
                    "The harbour master", "source-cue"},
        VariantCase{"Okafor spoke for an hour, attacking the council for its fares.",
                    "attacking", "Okafor", "participial"},
        VariantCase{"The captain's denial that the ferry was late angered riders.", "denial",
                    "The captain's", "possessive-noun"},
        // Acts, no sayings: "counting on", "fired" (each right in 3 of 10 train
        // predictions, below the break-even of about 40%).
        VariantCase{"Riders are counting on the ferry to sail.", "are counting", "", nullptr},
        VariantCase{"The captain fired the deckhand on Monday.", "fired", "", nullptr},
        // Where another cue spoke is no subject.
        VariantCase{"Ruiz said in a statement issued on Monday that the plan had failed.",
                    "issued", "", nullptr},
        VariantCase{"Ruiz said on the Ledger show \"Morning Call\" that the plan had failed.",
                    "show", "", nullptr},
        // A fact check's parts are no speakers.
        VariantCase{"Verdict: Misleading.", ":", "", nullptr},
        // Nested: a reporting verb keeps its attribution, a stance does not.
        VariantCase{"Officials said the minister told them the plan had failed.",
                    "told", "the minister", nullptr},
        VariantCase{"Okafor told reporters that he supported the union's right "
                    "to protest.",
                    "supported", "", nullptr},
        // A later host holds a stance too ("according to" after its
        // content); a reporting verb there stays.
        VariantCase{"She later compared the talks to a root canal, according to two aides.",
                    "later compared", "", nullptr},
        VariantCase{"Okafor supported the union's right to protest, aides said.", "supported", "",
                    nullptr},
        VariantCase{"She later compared the talks to a root canal, according to two aides.",
                    "according to", "two aides", "according-to"},
        VariantCase{"She told the mayor the plan was dead, according to two aides.",
                    "told", "She", nullptr},
        // A coordinated cue inside a subordinate clause takes its subject;
        // after one, the main clause's (SubordinateClauseStart).
        VariantCase{"The crowd cheered when Okafor spotted a sign and asked for it.", "asked for",
                    "Okafor", "coordinated"},
        VariantCase{"When my mother mentioned the ferry, I laughed and said that I had never "
                    "seen it.",
                    "said", "I", "coordinated"},
        VariantCase{"Lee started the row when he brought up the levy and later said it was unfair.",
                    "later said", "he", "coordinated"},
        // ("after" is mostly a preposition: no subordinate clause.)
        VariantCase{"Okafor went after Lee for the delay and called for her to quit.", "called for",
                    "Okafor", "coordinated"},
        // Inside a relative clause, "who" (RelativeWhoBefore); not an
        // interrogative "who", nor after the clause closed.
        VariantCase{"The video angered demonstrators, who have taken to the streets and called "
                    "for the footage to be released.",
                    "called for", "who", "coordinated"},
        // A party tag stays with the subject's name.
        VariantCase{"Sen. Ana Okafor (D-Maine) was an exception, saying that the levy was fair.",
                    "saying", "Sen. Ana Okafor (D-Maine)", "participial"},
        // (and a "which" after a comma)
        VariantCase{"The board faced Greyrock Capital, which bought a stake in March and has "
                    "pushed for a sale of the unit.",
                    "has pushed for", "which", "coordinated"},
        VariantCase{"The spokesman refused to answer questions on who Okafor would back but said "
                    "there was no meeting planned.",
                    "said", "The spokesman", "coordinated"},
        VariantCase{"The justice -- who has been in a scuffle with Okafor -- said she regretted "
                    "her remarks and promised to stay out of it.",
                    "promised", "The justice", "coordinated"},
        // A participle right after an inverted "…, X said," speaks for X,
        // not for the sentence's first speaker.
        VariantCase{"The council did not complain when the levy passed, a port official said, "
                    "adding that the crew was short.",
                    "adding", "a port official", "participial"},
        VariantCase{"\"The crew is short,\" Okafor said, adding that the ferry would be late.",
                    "adding", "Okafor", "participial"},
        // A cue word that opens a phrase of not_cues.tsv is no cue.
        VariantCase{"Hundreds more showed up to hear the mayor.", "showed", "", nullptr},
        VariantCase{"Few voters would show up in a primary.", "would show", "", nullptr},
        VariantCase{"The latest delay adds to the pressure on the council.", "adds", "", nullptr},
        VariantCase{"Okafor leads Lee by roughly 270 pledged delegates.", "pledged", "", nullptr},
        VariantCase{"Costa reported from Lagos.", "reported", "", nullptr},
        // (or an idiom that holds it: no one is reported)
        VariantCase{"It goes without saying that the ferry is late.", "saying", "", nullptr},
        VariantCase{"It is worth noting that the ferry is late.", "noting", "", nullptr},
        VariantCase{"Having said that, the ferry is late.", "said", "", nullptr},
        VariantCase{"The mayor tried to curry favor with the crews.", "favor", "", nullptr},
        VariantCase{"Okafor later said that the ferry was late.", "later said", "Okafor", nullptr},
        VariantCase{"Costa reported that the ferry was late.", "reported", "Costa", nullptr},
        VariantCase{"Polls showed a close race.", "showed", "Polls", nullptr},
        // A past participle and a time after the source modify it when a
        // cue follows (reduced_passive); without one, it is the cue.
        VariantCase{"A council report published Wednesday said the bridge was unsafe.",
                    "said", "A council report published Wednesday", "source-cue"},
        VariantCase{"A council report published Wednesday said the bridge was unsafe.",
                    "published", "", nullptr},
        VariantCase{"An audit issued earlier this year found gaps in the ledger.",
                    "found", "An audit issued earlier this year", "source-cue"},
        VariantCase{"Inspectors reported on Sunday that the bridge was unsafe.",
                    "reported", "Inspectors", "source-cue"},
        // A carried cue speaks for the subject of a clause joined before it
        // (", and", ", but", ", while", "; "): LastJoinedClause, with no
        // earlier speaker or after one (Hit::own_subject), and a speaker of
        // a joined clause takes over from the first one (OpensJoinedClause).
        VariantCase{"Bell unleashed attacks on Ortiz in the debate, and the county "
                    "executive tripped up Ortiz by calling him out.",
                    "calling", "the county executive", "participial"},
        VariantCase{"Officials said the bridge was late, and the mayor tripped up "
                    "the council by calling it a failure.",
                    "calling", "the mayor", "participial"},
        VariantCase{"Tenant groups say the rules are unfair, and the housing union "
                    "has already sued the city over them, saying they violate the "
                    "lease law.",
                    "saying", "the housing union", "participial"},
        // "citing X of …" makes X the source only where X speaks or holds
        // evidence (cited_speaks): else the main clause's speaker cites.
        VariantCase{"Ortiz closed the pier in June, citing the release of new tide "
                    "tables.",
                    "citing", "Ortiz", "participial"},
        VariantCase{"Ortiz closed the pier in June, citing reports of new cracks.",
                    "citing", "reports", "citing"},
        // A passive's agent a few words after it (passive_gap_by), only
        // after a be-form.
        VariantCase{"Ortiz was also endorsed the day before by the harbor pilots' union.",
                    "endorsed", "the harbor pilots' union", "passive-by"},
        VariantCase{"The court, which struck down limits on gifts by businesses, met "
                    "on Monday.",
                    "struck down", "", nullptr},
        // A span of time after a preposition is an adjunct, no speaker
        // (TimeAdjunctSource); "sought to" reports an aim.
        VariantCase{"The ferry union has for months weighed a strike against the port.",
                    "weighed", "", nullptr},
        VariantCase{"The alliance that has for years sought to close the port met again.",
                    "sought", "", nullptr},
        VariantCase{"The mayor sought to calm the ferry workers on Monday.", "sought",
                    "The mayor", "source-cue"},
        VariantCase{"The ferry union agreed to end the strike on Friday.", "agreed",
                    "The ferry union", "source-cue"},
        // A place adverb after the phrase is the phrase's.
        VariantCase{"Officials there said on Monday that the sea wall had failed.", "said",
                    "Officials there", "source-cue"},
        VariantCase{"Residents here say the warnings came too late.", "say",
                    "Residents here", "source-cue"},
        // A "that" relative opening with a verb is about the source
        // (ObjectRelative): before an article, or an auxiliary and its verb.
        VariantCase{"The firm that built the wall said it was safe.", "said", "The firm",
                    "source-cue"},
        VariantCase{"The group that had organized it said it would return.", "said",
                    "The group", "source-cue"},
        VariantCase{"Engineers still doubt the plans that officials say were approved.",
                    "say", "officials", "source-cue"},
        // A text's participle with a place before its cue is the text's
        // (a person's is not: the place may hold the next clause's subject).
        VariantCase{"A study published in the journal Port Science last month found that "
                    "fares rose.",
                    "found", "A study published in the journal Port Science last month",
                    "source-cue"},
        VariantCase{"The mayor appeared on local radio as critics warned the fares would rise.",
                    "warned", "critics", "source-cue"}));

TEST_F(AssembleTest, PerAfterACommaNamesTheSource) {
  auto all = Assemble("The club paid $60 million, per a statement on its website.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "a statement on its website");
  EXPECT_EQ(Text(all[0].cue), "per");
  EXPECT_EQ(Contents(all[0]), (Strings{"The club paid $60 million"}));
  // (a rate is no attribution)
  EXPECT_TRUE(Assemble("The fare rose to $5 per ride.").empty());
}

TEST_F(AssembleTest, AJoinedCueEndsTheContentBeforeIt) {
  const auto all = Assemble(
      "The manager acknowledged that the fee was steep but insisted the club had no choice.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"the fee was steep"}));
  EXPECT_EQ(Text(all[1].cue), "insisted");
  EXPECT_EQ(Contents(all[1]), (Strings{"the club had no choice"}));
  // (where the joined pattern begins, whatever stands before it: a closing
  // mark and a dash, a headline's capital)
  auto joined = Assemble(
      "The manager acknowledged that the fee was “steep”—and insisted the club had no choice.");
  ASSERT_EQ(joined.size(), 2u) << Describe(joined);
  EXPECT_EQ(Contents(joined[0]), (Strings{"the fee was “steep”"}));
  joined = Assemble("Mayor Lin Backs Ferry Plan And Denounces Fares.");
  ASSERT_EQ(joined.size(), 2u) << Describe(joined);
  EXPECT_EQ(Contents(joined[0]), (Strings{"Ferry Plan"}));
}

TEST_F(AssembleTest, HowSomethingWasToldIsNoPartOfWhomTo) {
  auto all = Assemble("A spokesperson told the Harbor Ledger in an email that the pier was shut.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  ASSERT_EQ(all[0].conduits.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].conduits[0].span), "the Harbor Ledger");
  EXPECT_EQ(Contents(all[0]), (Strings{"the pier was shut"}));
  all = Assemble("Okafor told the Ledger in a phone interview, \"We will win.\"");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  ASSERT_EQ(all[0].conduits.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].conduits[0].span), "the Ledger");
  EXPECT_EQ(Contents(all[0]), (Strings{"We will win"}));
  // ("by phone", as "in an email")
  all = Assemble("Hale told The Harbor Ledger by phone that pilots do not strike lightly.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  ASSERT_EQ(all[0].conduits.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].conduits[0].span), "The Harbor Ledger");
  EXPECT_EQ(Contents(all[0]), (Strings{"pilots do not strike lightly"}));
}

TEST_F(AssembleTest, QuotedAsSayingNamesTheSpeakerAndTheOutlet) {
  auto all = Assemble(
      "She was quoted by the newspaper Harbor Ledger as saying that the wall would hold.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "She");
  EXPECT_EQ(Text(all[0].cue), "was quoted");
  ASSERT_EQ(all[0].conduits.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].conduits[0].span), "the newspaper Harbor Ledger");
  EXPECT_EQ(Contents(all[0]), (Strings{"the wall would hold"}));
  all = Assemble("The mayor was quoted as saying the pumps had failed.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "The mayor");
  EXPECT_EQ(Text(all[0].cue), "was quoted as saying");
  EXPECT_TRUE(all[0].conduits.empty()) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"the pumps had failed"}));
  // After its quotation.
  all = Assemble("\"The pumps failed,\" Okafor is quoted as saying.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Okafor");
  EXPECT_EQ(Contents(all[0]), (Strings{"The pumps failed"}));
}

TEST_F(AssembleTest, QuestionQuoteThenItsSpeakerInTheNextSentence) {
  // The splitter cuts after "?\"", so "Trump said." is a sentence of its own
  // that speaks for the quotation before it.
  const auto all = Assemble("\"Why is he attacking me?\" Trump said.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Trump");
  EXPECT_EQ(Contents(all[0]), (Strings{"Why is he attacking me"}));
}

TEST_F(AssembleTest, SentenceOpeningAttributionWithoutAQuotationIsAFragment) {
  // "Hope Hicks, a spokeswoman, …" does not make "hope" a cue with a source.
  const auto all = Assemble("Hope Hicks, a campaign spokeswoman, did not answer.");
  for (const Attribution& a : all) EXPECT_NE(Text(a.cue), "Hope") << Describe(all);
}

TEST_F(AssembleTest, InvertedLeadInTakesWhatFollowsItsColon) {
  const auto all = Assemble("Said Ellis: \"We are not done.\"");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Ellis");
  EXPECT_EQ(Contents(all[0]), (Strings{"We are not done"}));
}

TEST_F(AssembleTest, InvertedLeadInWithAnAsideTakesTheQuotationAfterIt) {
  // The paragraph before ends in a quotation of another speaker's; the
  // source's aside runs to the colon or the comma before the quotation,
  // and all of the quotation is what was said.
  const auto all = Assemble(
      "\"Every bed is full,\" Ruiz said.\n\nSaid Marcus Lee, a paramedic who has worked "
      "here for 20 years: \"We sat outside for hours. Nobody came.\"\n\nSaid Dana Poole, "
      "who drove the second ambulance, \"It was the worst night.\"");
  ASSERT_EQ(all.size(), 3u) << Describe(all);
  EXPECT_EQ(Source(all[1]), "Marcus Lee");
  EXPECT_EQ(Contents(all[1]), (Strings{"We sat outside for hours. Nobody came"}));
  EXPECT_EQ(Source(all[2]), "Dana Poole");
  EXPECT_EQ(Contents(all[2]), (Strings{"It was the worst night"}));
}

TEST_F(AssembleTest, ACautionInsideAnotherContentIsAnAttributionOfItsOwn) {
  const auto all = Assemble(
      "Cases will fall by January, the department said, though it cautioned that a second "
      "wave is possible.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Source(all[1]), "it");
  EXPECT_EQ(Contents(all[1]), (Strings{"a second wave is possible"}));
}

TEST_F(AssembleTest, AnAuthorAfterATextsParticipleIsPartOfTheSource) {
  for (const std::string text :
       {"A study published last year by researchers at Northfield University found that "
        "closures raised costs.",
        "A poll conducted by Quinnipiac University found that closures raised costs.",
        // a participle that starts no cue, with a time before its author
        "A report released Tuesday by the agency found that closures raised costs.",
        "A report released last week found that closures raised costs."}) {
    const auto all = Assemble(text);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_EQ(Source(all[0]), text.substr(0, text.find(" found"))) << text;
    EXPECT_EQ(all[0].cue_lemma, "find") << text;
  }
  // Not after any participle: a citing is an attribution of its own.
  const auto cited = Assemble("An article cited by her campaign said the plan failed.");
  ASSERT_FALSE(cited.empty());
  EXPECT_EQ(Source(cited[0]), "her campaign");
}

TEST_F(AssembleTest, MaintainedIsACueBeforeAThatClauseOnly) {
  const auto all = Assemble("City officials have long maintained that the shelters cost too much.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "City officials");
  EXPECT_EQ(Contents(all[0]), (Strings{"the shelters cost too much"}));
  EXPECT_TRUE(Assemble("The city maintained the program for years.").empty());
}

TEST_F(AssembleTest, AClergyTitleOpensTheName) {
  const auto all = Assemble("\"This is a lifeline,\" said Rev. Thomas Hale, who runs a pantry.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Rev. Thomas Hale");
}

TEST_F(AssembleTest, AConnectiveAloneBeforeTheSourceIsNoContent) {
  auto all = Assemble("And so, the mayor said, the ferry will run on time.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"the ferry will run on time"}));
  // A subject before it is: "That will be hard, they say."
  all = Assemble("That will be hard, they say.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"That will be hard"}));
}

TEST_F(AssembleTest, ABeliefWithNoBelieverIsAgentless) {
  const auto all = Assemble("It is widely believed that the mayor favors a smaller levy.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_FALSE(all[0].source.has_value());
  EXPECT_EQ(Text(all[0].cue), "It is widely believed");
  EXPECT_EQ(Contents(all[0]), (Strings{"the mayor favors a smaller levy"}));
}

TEST_F(AssembleTest, AnIndirectQuestionsSubjectIsNoSource) {
  EXPECT_TRUE(Assemble("Whether voters agree remains to be seen.").empty())
      << Describe(Assemble("Whether voters agree remains to be seen."));
}

TEST_F(AssembleTest, CueAsideBeforeTheThatClause) {
  const auto all =
      Assemble("Reyes said - on the radio, as it happens - that the crews were unpaid.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"the crews were unpaid"}));
}

TEST_F(AssembleTest, DashSourceAfterAQuestionAndNoBreakSpaces) {
  // The splitter cuts after "?”"; web text puts no-break spaces around the
  // horizontal bar and after the name.
  const auto all = Assemble(
      "\xE2\x80\x9CI am ashamed. How did we get this low?\xE2\x80\x9D\xC2\xA0"
      "\xE2\x80\x95 Jacklyn Ashley\xC2\xA0\n");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].rule, "dash-source");
  EXPECT_EQ(Source(all[0]), "Jacklyn Ashley");
  EXPECT_EQ(Contents(all[0]), (Strings{"I am ashamed. How did we get this low"}));
}

TEST_F(AssembleTest, ASubjectPronounEndingASourceSpeaksAlone) {
  const auto all = Assemble("Every time he speaks, every time he said it was fine.");
  for (const Attribution& a : all) EXPECT_EQ(Source(a), "he") << Describe(all);
}

TEST_F(AssembleTest, AskedOpeningASentenceIsAgentless) {
  const auto all = Assemble("Asked on Monday whether he would run, the mayor smiled. "
                            "The mayor asked for calm.");
  ASSERT_FALSE(all.empty()) << Describe(all);
  EXPECT_EQ(Text(all[0].cue), "Asked");
  EXPECT_EQ(all[0].rule, "agentless");
  EXPECT_FALSE(all[0].source.has_value());
  for (size_t i = 1; i < all.size(); ++i) EXPECT_NE(Text(all[i].cue), "asked") << Describe(all);
}

TEST_F(AssembleTest, AnAttributionInsideADashAsideEndsWithIt) {
  const auto all = Assemble(
      "The plan played to his ideals - critics would call them reckless promises - and "
      "it passed.");
  ASSERT_FALSE(all.empty()) << Describe(all);
  EXPECT_EQ(Source(all[0]), "critics");
  EXPECT_EQ(Contents(all[0]), (Strings{"reckless promises"}));
}

TEST_F(AssembleTest, ImpersonalJudgementsAndGivenNamesAreAgentless) {
  for (const char* text : {"It is unclear whether the ferry will run in May.",
                           "The board released a memo titled \"Fares and Fairness\"."}) {
    const auto all = Assemble(text);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_EQ(all[0].rule, "agentless") << text;
    EXPECT_FALSE(all[0].source.has_value()) << text;
  }
}

TEST_F(AssembleTest, AsSourceCueAfterItsContentLeavesTheAsOut) {
  const auto all = Assemble("The plan carries risks, as union leaders point out.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"The plan carries risks"}));
}

TEST_F(AssembleTest, ACueWordCapitalisedMidSentenceIsAName) {
  auto all = Assemble("Ferry spokeswoman Hope Okafor confirmed that the route will close.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Ferry spokeswoman Hope Okafor");
  EXPECT_EQ(Text(all[0].cue), "confirmed");
  // An auxiliary too: "May" is part of the name, not of the cue.
  all = Assemble("Harbor Commissioner Lena May said the route will close.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Harbor Commissioner Lena May");
  EXPECT_EQ(Text(all[0].cue), "said");
  all = Assemble("\"The route will close,\" Will Okafor wrote.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Will Okafor");
  // A time word in a name: "Harbor Today", "HARBOR TODAY".
  all = Assemble("The fares rose, a Harbor TODAY analysis shows.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "a Harbor TODAY analysis");
  // A headline capitalises every word: its verbs stay cues.
  all = Assemble("Mayor Okafor Says Ferry Route Will Close");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].cue), "Says");
  // Opening the sentence, a base form before a capitalised word is a first
  // name; an inflected verb there is an inversion.
  all = Assemble("Hope Okafor posted that the route will close.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Hope Okafor");
  all = Assemble("Said Okafor: “The route will close.”");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Okafor");
  // An auxiliary that is a first name (gender.tsv) opens a sentence, or
  // follows a title's period; a question keeps its auxiliary.
  for (const char* text : {"Will Okafor said the ferry route would close on Friday.",
                           "May Okafor wrote that the ferry route would close on Friday."}) {
    all = Assemble(text);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_EQ(Source(all[0]).substr(0, 4), std::string(text).substr(0, 4));
  }
  all = Assemble("The ferry route closed, the deckhands' Rep. Will Okafor said on Friday.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "the deckhands' Rep. Will Okafor");
  EXPECT_TRUE(Assemble("Will Congress say the ferry route must close on Friday?").empty());
}

TEST_F(AssembleTest, ARecipientMayBeAPhraseOrAProgrammeAfterItsContent) {
  for (const char* text : {"\"We stand with you,\" the mayor told the deckhands' families.",
                           "\"We stand with you,\" the mayor told \"Harbor Talk\" on Friday."}) {
    const auto all = Assemble(text);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_EQ(all[0].rule, "source-told-recipient");
    EXPECT_EQ(Source(all[0]), "the mayor");
    EXPECT_EQ(Contents(all[0]), (Strings{"We stand with you"}));
  }
}

TEST_F(AssembleTest, AnObjectRelativeIsTheContent) {
  auto all = Assemble("The island signed the ferry pact, which Mayor Okafor vehemently opposed.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].rule, "object-relative");
  EXPECT_EQ(Source(all[0]), "Mayor Okafor");
  EXPECT_EQ(Text(all[0].cue), "vehemently opposed");
  EXPECT_EQ(Contents(all[0]), (Strings{"which"}));
  all = Assemble("It was a plan that the deckhands supported.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"that"}));
  // "that" after a verb opens its clause: no relative.
  for (const Attribution& a : Assemble("He noticed that the deckhands supported."))
    EXPECT_NE(a.rule, "object-relative") << Describe(Assemble("He noticed that the deckhands supported."));
}

TEST_F(AssembleTest, ALaterAsideHoldsNoReportingVerb) {
  const auto all = Assemble(
      "Lena Ortiz, the captain, has said that while she fears storms, the ferry is safe.");
  ASSERT_FALSE(all.empty()) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Lena Ortiz");
  EXPECT_EQ(Text(all[0].cue), "has said");
}

TEST_F(AssembleTest, AReportingParticipleBeforeAClauseNeedsNoComma) {
  auto all = Assemble("The ferry line sent an email Wednesday saying that the route will close.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].rule, "participial");
  EXPECT_EQ(Source(all[0]), "The ferry line");
  EXPECT_EQ(Contents(all[0]), (Strings{"the route will close"}));
  // Without a clause, or after "as" (the quoted person speaks), it needs one.
  EXPECT_TRUE(Assemble("The deckhands kept saying prayers.").empty());
  for (const Attribution& a : Assemble("The paper quoted Lena Ortiz as saying that it was over."))
    EXPECT_NE(a.rule, "participial");
}

TEST_F(AssembleTest, AnActiveVerbWithAByLaterLeavesItsPlaceToOtherRules) {
  // passive_gap_by fails inside the grammar where no be-form stands before
  // its cue (cue_after_be_form), so the agentless rule still reads "appears
  // to" there.
  const auto all = Assemble("The ferry appears to be heavily used by commuters from the island.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].rule, "agentless");
  EXPECT_EQ(Text(all[0].cue), "appears to");
  EXPECT_FALSE(all[0].source.has_value());
}

TEST_F(AssembleTest, TalkWithNoSpeakerBeforeAThatClauseIsAgentless) {
  auto all = Assemble("The ferry stopped amid speculation that the route will close.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].rule, "agentless");
  EXPECT_EQ(Text(all[0].cue), "speculation");
  EXPECT_EQ(Contents(all[0]), (Strings{"the route will close"}));
  EXPECT_TRUE(Assemble("The speculation ended the ferry route.").empty());
}

TEST_F(AssembleTest, AColonLeadInNamesASpeakerNotAHeading) {
  auto all = Assemble("Mayor Okafor: The ferry will run.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Mayor Okafor");
  all = Assemble("A harbor poll: Most riders want the ferry.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "A harbor poll");
  EXPECT_TRUE(Assemble("Its job: to keep the ferry running.").empty());
  EXPECT_TRUE(Assemble("Rider safety: The ferry has new rails.").empty());
}

TEST_F(AssembleTest, AParticipleAfterAQuotedSpeakerSaysWhatFollowsIt) {
  const auto all = Assemble(
      "\"We will not stop,\" Okafor said, adding that the ferry would run on Sunday.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"We will not stop"}));
  EXPECT_EQ(all[1].rule, "participial");
  EXPECT_EQ(Source(all[1]), "Okafor");
  EXPECT_EQ(Contents(all[1]), (Strings{"the ferry would run on Sunday"}));
  const auto quoted = Assemble(
      "Okafor called the plan \"a disgrace,\" blaming the harbor board for the delay.");
  ASSERT_FALSE(quoted.empty()) << Describe(quoted);
  EXPECT_EQ(quoted.back().rule, "participial") << Describe(quoted);
  EXPECT_EQ(Contents(quoted.back()), (Strings{"the harbor board for the delay"}));
}

TEST_F(AssembleTest, ACircumstanceAfterTheCueIsNotWhatWasSaid) {
  auto all = Assemble("The route will close in May, Okafor said in an interview on Saturday.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"The route will close in May"}));
  all = Assemble("Okafor said of the union, \"They have been patient.\"");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"They have been patient"}));
  // A that-clause after the circumstance, a figure, or a verb's own
  // preposition is what was said.
  all = Assemble("Okafor said in an interview that the route will close.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"the route will close"}));
  all = Assemble("Okafor said at least 40 riders were stranded.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"at least 40 riders were stranded"}));
}

TEST_F(AssembleTest, AQuotedNameBeforeTheSourceIsNoSpeech) {
  auto all = Assemble(
      "Speaking on WHRB's \"Harbor Hour,\" Okafor admitted that the route will close.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"the route will close"}));
  // A quotation opening its sentence is what the source said.
  all = Assemble("\"We are done,\" Okafor said in the evening.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"We are done"}));
}

TEST_F(AssembleTest, ARelativeAsideWithAReportingVerbIsAnAttribution) {
  const auto all = Assemble(
      "Okafor, who has repeatedly said that the route loses money, told reporters it would "
      "close.");
  ASSERT_FALSE(all.empty()) << Describe(all);
  const auto it = std::find_if(all.begin(), all.end(),
                               [&](const Attribution& a) { return Source(a) == "who"; });
  ASSERT_NE(it, all.end()) << Describe(all);
  EXPECT_EQ(Text(it->cue), "has repeatedly said");
  EXPECT_EQ(Contents(*it), (Strings{"the route loses money"}));
  // A time before the verb is no part of the cue: "who on Tuesday criticized".
  for (const char* text : {"Okafor, who on Tuesday criticized the levy, told us it would end.",
                           "Okafor, who yesterday criticized the levy, told us it would end."}) {
    const auto timed = Assemble(text);
    const auto relative = std::find_if(timed.begin(), timed.end(),
                                       [&](const Attribution& a) { return Source(a) == "who"; });
    ASSERT_NE(relative, timed.end()) << text << ": " << Describe(timed);
    EXPECT_EQ(Text(relative->cue), "criticized") << text;
    EXPECT_EQ(Contents(*relative), (Strings{"the levy"})) << text;
  }
}

TEST_F(AssembleTest, TimesAndProgrammesAfterTheCueAreNotWhatWasSaid) {
  auto all = Assemble("The route will close, a spokesman announced Monday morning.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"The route will close"}));
  all = Assemble("Okafor told WHRB's \"Harbor Hour\" on Friday that the route will close.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"the route will close"}));
  all = Assemble("The route will close, Okafor told The Harbor Ledger on Thursday.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"The route will close"}));
  all = Assemble("Okafor said via email that, \"The route will close.\"");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"The route will close"}));
}

TEST_F(AssembleTest, AColonEndingAParagraphLeadsIntoTheNextQuotation) {
  const auto all = Assemble("The mayor said:\n\n\"We will keep the ferry running.\"\n");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"We will keep the ferry running"}));
}

TEST_F(AssembleTest, AParticleMakesADescribingVerbAnother) {
  EXPECT_TRUE(Assemble("The mayor called into a radio show on Friday.").empty());
  EXPECT_TRUE(Assemble("The governor called in the Guard.").empty());
  const auto all = Assemble("The mayor called the plan a disgrace.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].rule, "source-describes-as");
}

TEST_F(AssembleTest, ByAndAGerundSaysHowNotWho) {
  auto all = Assemble("Okafor responded by cutting the fares.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].rule, "source-cue");
  EXPECT_EQ(Source(all[0]), "Okafor");
  EXPECT_EQ(Contents(all[0]), (Strings{"by cutting the fares"}));
  // A reporting participle there is an attribution of its own.
  all = Assemble("Okafor responded by saying the route would close.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].rule, "participial");
  // An agent is still an agent: "a plan criticized by the union".
  all = Assemble("The fares were criticized by the union.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].rule, "passive-by");
}

TEST_F(AssembleTest, AQuestionAfterThePassiveAgentIsItsContent) {
  const auto all =
      Assemble("When pressed by reporters about how the ferry would pay, Okafor left.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].rule, "passive-by");
  EXPECT_EQ(Source(all[0]), "reporters");
  EXPECT_EQ(Contents(all[0]), (Strings{"about how the ferry would pay"}));
}

TEST_F(AssembleTest, AQuotationAfterTheSpeakersSentenceIsTheirsToo) {
  auto all = Assemble(
      "\"We will rebuild,\" Okafor said. \"The ferry will run by May.\"\n");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"We will rebuild", "The ferry will run by May"}));
  // Not when someone else is named as its speaker.
  all = Assemble("\"We will rebuild,\" Okafor said. \"Not soon,\" Reyes said.\n");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"We will rebuild"}));
}

TEST_F(AssembleTest, ATimeMayFollowTheAside) {
  const auto all =
      Assemble("Lena Ortiz, the harbor master, on Tuesday called the plan a disgrace.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Lena Ortiz");
  EXPECT_EQ(Text(all[0].cue), "called");
}

TEST_F(AssembleTest, AnAsideMayHoldFigures) {
  const auto all = Assemble(
      "The ferry owners, who earned $3 million, or 12%, from 30,000 riders last year, say "
      "the route will close.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "The ferry owners");
  EXPECT_EQ(Text(all[0].cue), "say");
}

TEST_F(AssembleTest, AStateOfMindAfterABeFormIsACue) {
  auto all = Assemble("Some ferry workers are increasingly worried that the route will close.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Some ferry workers");
  EXPECT_EQ(Text(all[0].cue), "are increasingly worried");
  EXPECT_EQ(Contents(all[0]), (Strings{"the route will close"}));
  all = Assemble("The mayor was critical of the plan.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"of the plan"}));
  // Importance, not a state of mind; and an adjective without a be-form.
  EXPECT_TRUE(Assemble("The ferry is critical to the island.").empty());
  EXPECT_TRUE(Assemble("Worried workers met the mayor.").empty());
}

// The cue prefix's phrases (grammar/primitives.hpp, cue_prefix_phrase) are
// read from head_words.tsv: every floating quantifier, which typing skips
// as a head, stands inside the cue (the fixed adverbials of kind
// "cue-prefix" each need their own sentence: the test below).
TEST_F(AssembleTest, EveryFloatingHeadWordStandsInsideTheCue) {
  const grammar::PhraseTable& heads = grammar_->lexicon().head_words();
  int floating = 0;
  for (size_t i = 0; i < heads.size(); ++i) {
    if (heads.entry(static_cast<uint32_t>(i)).fields[0] != "floating") continue;
    ++floating;
    const std::string& word = heads.entry(static_cast<uint32_t>(i)).key;
    const auto all = Assemble("Reyes and Lin have " + word + " urged the board to wait.");
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_EQ(Source(all[0]), "Reyes and Lin") << word;
  }
  EXPECT_GE(floating, 3);
}

TEST_F(AssembleTest, AFloatingQuantifierOrAdverbialStandsInsideTheCue) {
  auto all = Assemble("Mayor Reyes and Councilor Lin have both urged the board to wait.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Mayor Reyes and Councilor Lin");
  EXPECT_EQ(Text(all[0].cue), "have both urged");
  all = Assemble("The ferry owners have in fact reported losses every year.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "The ferry owners");
  EXPECT_EQ(Text(all[0].cue), "have in fact reported");
  all = Assemble("The audit for the first time cited the harbour fund.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "The audit");
  all = Assemble("Okafor however said the fares would rise.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Okafor");
  // A time phrase between source and cue: "this past week", "two weeks ago".
  all = Assemble("Mayor Reyes this past week announced a fare freeze.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Mayor Reyes");
}

TEST_F(AssembleTest, AnOpeningAdjunctIsNoParticiplesSubject) {
  auto all = Assemble(
      "Facing mounting criticism, Mayor Reyes released a statement on Saturday, insisting that "
      "the route would stay open.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].cue), "insisting");
  EXPECT_EQ(Source(all[0]), "Mayor Reyes");
  all = Assemble(
      "Like the mayor, Councilor Lin has met the ferry crews, promising to keep the route open.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Councilor Lin");
  // A word of head_words.tsv kind "adjunct-opener" opens one too ("More"
  // alone would be taken for the subject).
  all = Assemble(
      "More recently, Councilor Lin has met the ferry crews, promising to keep the route open.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Councilor Lin");
}

TEST_F(AssembleTest, ASpeakerBetweenCommasIsNoAsideOfTheSubject) {
  // "Lin, the officials said, ordered …": the officials speak, and what
  // they said is the sentence around them; Lin gives no order here.
  auto all = Assemble("Lin, the officials said, urged them to stay.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "the officials");
  EXPECT_EQ(Text(all[0].cue), "said");
  EXPECT_EQ(Contents(all[0]), (Strings{"Lin", "urged them to stay"}));
  // An aside that is no speaker stays one.
  all = Assemble("Lin, the ferry director, said the crews would wait.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Lin");
}

TEST_F(AssembleTest, ASpeakerWithoutContentStillSpeaksForAParticiple) {
  // "Okafor continued," alone is no attribution (a headline-like
  // fragment), but the participle after it is Okafor's.
  auto all = Assemble("Okafor continued, saying the fares would rise.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].rule, "participial");
  EXPECT_EQ(Source(all[0]), "Okafor");
  EXPECT_EQ(Contents(all[0]), (Strings{"the fares would rise"}));
}

TEST_F(AssembleTest, AWithPhraseAfterTheCueIsACircumstance) {
  // "with a photo …" says how it was tweeted, not what: the quotation is.
  auto all = Assemble("“The ferry sails at noon!” Okafor tweeted on Friday with a photo of the pier.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"The ferry sails at noon"}));
  all = Assemble("“We will sail!” the captain explained with a smile.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"We will sail"}));
}

TEST_F(AssembleTest, AMannerAdverbBeforeThatIsNoContent) {
  auto all = Assemble("Okafor has said repeatedly that the fares will not rise.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"the fares will not rise"}));
}

TEST_F(AssembleTest, AnAsideAfterAnInvertedSourceIsNoContent) {
  auto all = Assemble("The fares will rise, said Maria Lopez, a spokeswoman for the line.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"The fares will rise"}));
  // Around a source before its cue the rest of the sentence is content.
  all = Assemble("The fares will rise, said the official, who was not authorized to speak.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"The fares will rise"}));
  all = Assemble("The fares, officials said, will rise in May.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"The fares", "will rise in May"}));
}

TEST_F(AssembleTest, TheNextQuotationJoinsAfterAShortCircumstance) {
  // "“…,” she said on Tuesday. “…”" as "“…,” she said. “…”"
  auto all = Assemble("“We will sail,” Okafor said on Tuesday. “The storm has passed.”");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"We will sail", "The storm has passed"}));
  // Its words may hold letters beyond ASCII and a curly apostrophe.
  all = Assemble("“We will sail,” Okafor said on Radio Zürich’s show. “The storm has passed.”");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"We will sail", "The storm has passed"}));
  // Past an aside on the speaker or the saying too.
  all = Assemble("“We will sail,” said Ana Ruiz, who runs the line. “The storm has passed.”");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"We will sail", "The storm has passed"}));
  all = Assemble("“We will sail,” said Jean Park, 67, a retired teacher. “The storm passed.”");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"We will sail", "The storm passed"}));
  all = Assemble("“We will sail,” Okafor said, leaving the pier. “The storm has passed.”");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"We will sail", "The storm has passed"}));
  // Not past a long one: what follows may be another scene.
  all = Assemble(
      "“We will sail,” Okafor said, and then she walked down the long pier to the boat that "
      "her father had built before the war. “The storm has passed.”");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"We will sail"}));
}

TEST_F(AssembleTest, AQuotationAfterTheCircumstanceIsWhatWasSaid) {
  auto all = Assemble("Mayor Reyes posted on Facebook: “The ferry will stay.”");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"The ferry will stay"}));
  all = Assemble("The ferry line said in a statement, “We will sail on Monday.”");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"We will sail on Monday"}));
  // A recipient after "to" is a circumstance; an infinitive is not.
  all = Assemble("Lin wrote to Okafor in a message, “The fares will rise.”");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"The fares will rise"}));
  all = Assemble("Mayor Reyes said to reporters that the fares will rise.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"the fares will rise"}));
  all = Assemble("Ortiz said as she left the dock, “We will sail at noon.”");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"We will sail at noon"}));
  all = Assemble("The ferry line has said for months that the route will close.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"the route will close"}));
  all = Assemble("Mayor Reyes has promised to cut the fares.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"to cut the fares"}));
  // Any cue's that-clause after a channel ("in a memo") is what was said;
  // without one, "that" may open a relative, and the object is.
  all = Assemble("The ferry line acknowledged in a memo to staff that the route will close.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"the route will close"}));
  all = Assemble("Mayor Reyes believes in a plan that saves the route.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"in a plan that saves the route"}));
  // Any cue may have whom it was said to, a person or an outlet, before
  // its that-clause; not what it answers ("responded to reports that").
  for (const char* text : {"Ortiz complained to aides that the fares will rise.",
                           "Ortiz joked to Mayor Reyes that the fares will rise.",
                           "Ortiz admitted to the newspaper that the fares will rise.",
                           "Ortiz complained to them that the fares will rise."}) {
    all = Assemble(text);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_EQ(Contents(all[0]), (Strings{"the fares will rise"})) << text;
  }
  all = Assemble("Ortiz responded to reports that the fares will rise.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"to reports that the fares will rise"}));
  all = Assemble("Ferry Line Responded To The Mayor In A Way That Angered Riders.");
  for (const Attribution& a : all) {
    EXPECT_NE(Contents(a), (Strings{"Angered Riders"})) << Describe(all);
  }
}

// One heard or seen speaking on a recording speaks.
TEST_F(AssembleTest, OneHeardSpeakingOnARecordingSpeaks) {
  auto all = Assemble("In the video, the deckhand can be heard yelling to the officers that "
                      "the ramp was down.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "the deckhand");
  EXPECT_EQ(Text(all[0].cue), "can be heard yelling");
  EXPECT_EQ(Contents(all[0]), (Strings{"the ramp was down"}));
  all = Assemble("The captain was seen leaving the dock.");
  EXPECT_TRUE(all.empty()) << Describe(all);
}

// A cue that takes whom it addresses or what it expresses (audience.tsv)
// says its that-clause alone; a clause before "that" stays what was said.
TEST_F(AssembleTest, AnAudienceBeforeTheThatClauseIsNotWhatWasSaid) {
  const std::pair<const char*, const char*> cases[] = {
      {"Mayor Reyes warned riders that the fares would rise.", "the fares would rise"},
      {"Mayor Reyes warned them that the fares would rise.", "the fares would rise"},
      {"Mayor Reyes expressed deep concern that the fares would rise.", "the fares would rise"},
      {"Mayor Reyes warned it is likely that the fares would rise.",
       "it is likely that the fares would rise"},
      // (a circumstance without a that-clause is still one)
      {"The fares will rise, Mayor Reyes warned in March.", "The fares will rise"}};
  for (const auto& [sentence, content] : cases) {
    const auto all = Assemble(sentence);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_EQ(Contents(all[0]), (Strings{content})) << sentence;
  }
}

TEST_F(AssembleTest, ACueWordInACompoundNounIsNoCue) {
  // "TV show", "talk show": the noun, not the verb "show".
  auto all = Assemble("Councilor Lin will appear on the TV show Harbour Watch on Friday.");
  EXPECT_TRUE(all.empty()) << Describe(all);
  all = Assemble("A talk show host asked the mayor about the ferry.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].cue), "asked");
  all = Assemble("Volunteers made phone calls to riders on Monday.");
  EXPECT_TRUE(all.empty()) << Describe(all);
  // A participle after such a noun still reports.
  all = Assemble("“We will sail,” she said at a news conference announcing that the route is open.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Text(all[1].cue), "announcing");
  // So does a cue word that cannot be a noun: the outlet "Harbour TV" spoke.
  all = Assemble("The ferry will not sail on Friday, Harbour TV reported.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Harbour TV");
  EXPECT_EQ(Text(all[0].cue), "reported");
}

TEST_F(AssembleTest, AMannerAdverbOrObjectAfterTheCueIsNotWhatWasSaid) {
  auto all = Assemble("“Who pays for the ferry?” the mayor asked rhetorically.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"Who pays for the ferry"}));
  all = Assemble("“Why now?” a rider asked him.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"Why now"}));
}

TEST_F(AssembleTest, AReputationHasNoSpeaker) {
  const auto all = Assemble("Okafor is best known for his long speeches.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].rule, "agentless");
  EXPECT_EQ(Text(all[0].cue), "known for");
  EXPECT_EQ(Contents(all[0]), (Strings{"his long speeches"}));
}

TEST_F(AssembleTest, AShortObjectBeforeAColonNamesTheQuotationThatFollows) {
  auto all = Assemble("The ferry line offered a promise: “We will sail at noon.”");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"We will sail at noon"}));
  all = Assemble("Okafor answered pointedly: “Not this year.”");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"Not this year"}));
}

TEST_F(AssembleTest, AnOpeningInversionBeforeAQuotationAfterAComma) {
  // "Said X, “…”": the quotation is what was said, even when its first word
  // is a determiner (after an inverted source, "said the official, the
  // one who …" would be an aside).
  const auto all = Assemble("The ferry sank. Said Okafor, \"The crew did everything right.\"");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].cue), "Said");
  EXPECT_EQ(Source(all[0]), "Okafor");
  ASSERT_EQ(all[0].contents.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].contents[0]), "The crew did everything right");
}

TEST_F(AssembleTest, AnAgentlessPassivesContentIsItsSubject) {
  // The clause's subject, after a subordinating word; not the clause after
  // its comma.
  const auto all = Assemble(
      "Residents filed complaints since the levy was announced, and the board met.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].cue), "was announced");
  EXPECT_EQ(all[0].rule, "agentless");
  ASSERT_EQ(all[0].contents.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].contents[0]), "the levy");
}

TEST_F(AssembleTest, AnAsideOpeningWithAnAgentlessCueIsItsOwnAttribution) {
  const auto all = Assemble("Okafor, when asked about the levy, said it would stay.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Text(all[0].cue), "when asked");
  EXPECT_EQ(all[0].rule, "agentless");
  EXPECT_FALSE(all[0].source.has_value()) << Describe(all);
  ASSERT_EQ(all[0].contents.size(), 1u);
  EXPECT_EQ(Text(all[0].contents[0]), "about the levy");
  EXPECT_EQ(Text(all[1].cue), "said");
  EXPECT_EQ(Source(all[1]), "Okafor");
}

// The content of a relative clause set off by commas ends at its closing
// comma, where the main clause goes on.
TEST_F(AssembleTest, ARelativeClausesContentEndsAtItsComma) {
  auto all = Assemble(
      "The ferry workers, who had marched from the docks and called for a strike vote, went "
      "home at noon.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "who");
  ASSERT_EQ(all[0].contents.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].contents[0]), "a strike vote");
  all = Assemble("Okafor, who criticized Ruiz on Thursday, is making his pitch to the crews.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  ASSERT_EQ(all[0].contents.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].contents[0]), "Ruiz on Thursday");
}

// A lower-case gerund before a cue is its verb, not a source
// (GerundSource); a name ending so is a source.
TEST_F(AssembleTest, AGerundIsNoSource) {
  auto all = Assemble("The debt plan is sparking fears among economists.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].cue), "fears");
  EXPECT_FALSE(all[0].source.has_value()) << Describe(all);
  EXPECT_EQ(all[0].rule, "agentless");
  all = Assemble("Schilling told the station that he had no regrets.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Schilling");
}

TEST_F(AssembleTest, ANameInTheAsideAfterASourceIsPartOfIt) {
  auto all = Assemble("The union's president, Maria Lopez, told reporters the strike would go on.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "The union's president, Maria Lopez");
  // (titles and a bracketed affiliation are part of a name)
  all = Assemble("Her rival, Vermont Sen. Tom Reyes (D-Vt.), said the plan was costly.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Her rival, Vermont Sen. Tom Reyes (D-Vt.)");
  // An aside that describes stays out of the source.
  all = Assemble("Hugh Hill, a doctor at the clinic, said the ward was full.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Hugh Hill");
  all = Assemble("Ann Lee, 54, of Harbour City, said the ward was full.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Ann Lee");
}

TEST_F(AssembleTest, ARelativeClauseAfterAnAccordingToSourceIsNoContent) {
  auto all = Assemble(
      "The port sale has stalled, according to three people familiar with the talks, "
      "who spoke on condition of anonymity.");
  ASSERT_GE(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].cue), "according to");
  EXPECT_EQ(Contents(all[0]), (Strings{"The port sale has stalled"}));
  // A clause after the source's comma is what was said.
  all = Assemble("Over the long term, according to the budget office, the deficit will rise.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"Over the long term", "the deficit will rise"}));
}

TEST_F(AssembleTest, AParticiplesSubjectMayHaveAnAside) {
  auto all = Assemble(
      "Ferry owners, who hold most of the harbour berths, have stalled the plan for years, "
      "saying it would ruin them.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].cue), "saying");
  EXPECT_EQ(Source(all[0]), "Ferry owners");
  all = Assemble(
      "Okafor, whose plan upset the council, last year doubled the toll, citing the repair bill.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "Okafor");
  // A time may open the sentence without a comma ("Sunday" after "On" is
  // no name).
  all = Assemble("On Sunday the mayor canceled the ferry rally, citing the storm.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "the mayor");
  all = Assemble("The mayor on Sunday canceled the ferry rally, citing the storm.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "The mayor");
}

// A content cut at the comma before a later attribution keeps the closing
// mark of a quotation it opened, which stands after that comma.
TEST_F(AssembleTest, AContentCutAtACommaKeepsItsClosingMark) {
  auto all = Assemble(
      "Zhou said the ruling was \"careful and narrow,\" but noted that appeals courts have "
      "split.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  ASSERT_EQ(all[0].contents.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].contents[0]), "the ruling was \"careful and narrow,\"");
  // (No quotation opened in the content: the comma is cut as before.)
  all = Assemble("Zhou said the ruling was careful, but noted that appeals courts have split.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Text(all[0].contents[0]), "the ruling was careful");
}

// A semicolon before a later attribution ends the content there, after a
// comma too.
TEST_F(AssembleTest, AContentEndsAtASemicolonBeforeALaterAttribution) {
  auto all = Assemble(
      "Opponents argued the fare would hurt riders; supporters said it was the only way.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  ASSERT_EQ(all[0].contents.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].contents[0]), "the fare would hurt riders");
  EXPECT_EQ(Source(all[1]), "supporters");
  all = Assemble(
      "Opponents argued the fare, set in May, would hurt riders; supporters said it was fair.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Text(all[0].contents[0]), "the fare, set in May, would hurt riders");
  // (With no attribution after it, a semicolon stays inside.)
  all = Assemble("Opponents argued the fare would hurt riders; it was set in May.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].contents[0]), "the fare would hurt riders; it was set in May");
}

// After the cue's comma, a participle opens an attribution of its own and
// an article and a relative "that" an appositive summing up the clause
// before: neither is more of the content, which is the clause before.
TEST_F(AssembleTest, AParticipleOrSummingAppositiveAfterTheCueIsNoContent) {
  auto all =
      Assemble("The ferry will stop, officials told the Ledger, adding that fares would rise.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  ASSERT_EQ(all[0].contents.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].contents[0]), "The ferry will stop");
  ASSERT_EQ(all[0].conduits.size(), 1u);
  EXPECT_EQ(Text(all[0].conduits[0].span), "the Ledger");
  EXPECT_EQ(Text(all[1].contents[0]), "fares would rise");
  all = Assemble("The ferry will stop, officials said, adding that fares would rise.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  ASSERT_EQ(all[0].contents.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].contents[0]), "The ferry will stop");
  for (const char* cue : {"said", "told the Ledger"}) {
    all = Assemble(std::string("The ferry will stop, two officials ") + cue +
                   ", a move that could strand riders.");
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    ASSERT_EQ(all[0].contents.size(), 1u) << Describe(all);
    EXPECT_EQ(Text(all[0].contents[0]), "The ferry will stop") << cue;
  }
  // (An article that opens a clause stays content.)
  all = Assemble("The ferry will stop, officials said, a decision the board made in May.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(all[0].contents.size(), 2u) << Describe(all);
}

// "the other said": the other one of a pair is a source.
TEST_F(AssembleTest, TheOtherIsASource) {
  ExpectOnlySources({{"The other cautioned that no decision had been made.", "The other"},
                     {"The other officials said no decision had been made.",
                      "The other officials"}});
}

// "a lawyer for one of them": a pronoun after "of" ends the phrase, which
// is the source (not "one of them" alone).
TEST_F(AssembleTest, APronounGroupAfterOfEndsTheSource) {
  auto all = Assemble(
      "A lawyer for one of them, speaking on condition of anonymity, said the ruling was "
      "unclear.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Source(all[0]), "A lawyer for one of them");
}

// A passive's content is its subject: without the be-form, auxiliaries
// and adverbs before the participle, after an opening phrase's comma, and
// without a clause after the agent.
TEST_F(AssembleTest, APassivesContentIsItsSubject) {
  const std::pair<const char*, const char*> cases[] = {
      {"Okafor was also endorsed by the ferry union.", "Okafor"},
      {"Earlier in the day, the toll plan was criticized by the ferry union.", "the toll plan"},
      {"The toll plan, opposed by the ferry union, never became law.", "The toll plan"},
      {"The toll plan, first opposed by the ferry union, never became law.", "The toll plan"}};
  for (const auto& [sentence, subject] : cases) {
    const auto all = Assemble(sentence);
    ASSERT_EQ(all.size(), 1u) << Describe(all);
    EXPECT_EQ(all[0].rule, "passive-by") << sentence;
    EXPECT_EQ(Contents(all[0]), (Strings{subject})) << sentence;
  }
}

// A time word after a determiner and before a capitalised word is part of
// a name ("the Sunday Herald"); after a preposition it is a time.
TEST_F(AssembleTest, ATimeWordMayOpenAName) {
  ExpectOnlySources({{"Reviews were mixed: the Sunday Herald called it \"overlong.\"",
                      "the Sunday Herald"},
                     {"On Sunday Okafor said the talks failed.", "Okafor"}});
}

// An adverb's clause runs from its last comma, unless only the verb group
// stands after that comma: then the subject and its aside before it are
// the clause's.
TEST_F(AssembleTest, AnAdverbsClauseKeepsASubjectWithAnAside) {
  ExpectOnlyContents(
      {{"Her brother, the filmmaker Ade Okafor, has reportedly bought the rights.",
        {"Her brother, the filmmaker Ade Okafor, has", "bought the rights"}},
       {"In 2019, the ferry company reportedly paid $2 million.",
        {"the ferry company", "paid $2 million"}},
       // A passive before an infinitive speaks for its subject too, and an
       // aside closing right before it keeps the subject with its aside.
       {"The new ferry is expected to sail in May.", {"The new ferry", "sail in May"}},
       {"The ferry, which has sailed since the 1990s, is thought to need repairs.",
        {"The ferry, which has sailed since the 1990s", "need repairs"}},
       // (not a clause of its own before the comma)
       {"Lin, a pilot, has been on a mission, reportedly winning over riders.",
        {"winning over riders"}}});
  // (A relative pronoun alone is no piece of it.)
  const auto all = Assemble("Riders blame the managers, who reportedly ignored the warnings.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Contents(all[1]), (Strings{"ignored the warnings"}));
}

// An irregular past form (function_words.tsv kind "past") is the verb
// after a subject, not more of it; a quantifier alone may be the subject
// before it. Capitalised, the same word may be a first name.
TEST_F(AssembleTest, AnIrregularPastEndsTheSubject) {
  ExpectOnlySources(
      {{"Others went further, saying the levy was illegal.", "Others"},
       {"Some went further, arguing that the levy should be scrapped.", "Some"},
       {"The ferry union sent out a letter to riders, saying the levy was unfair.",
        "The ferry union"},
       {"Drew Okafor said the levy was unfair.", "Drew Okafor"},
       {"The riders cheered as Rose Okafor said the levy was unfair.", "Rose Okafor"}});
}

// A content of one lower-case word keeps the "that" before it, a
// demonstrative or the clause's subject; before a name "that" opens a
// clause.
TEST_F(AssembleTest, AOneWordContentKeepsItsThat) {
  auto all = Assemble("The ministry denied that account.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"that account"}));
  all = Assemble("The ministry rejected that claim, saying the ferry was safe.");
  ASSERT_EQ(all.size(), 2u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"that claim"}));
  all = Assemble("Okafor said that Congress, not the courts, should act.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"Congress, not the courts, should act"}));
}

// "confirmed to X that" has its content after "that"; "who declined to be
// identified" says why a source is unnamed, nothing said.
TEST_F(AssembleTest, ConfirmedToARecipientAndTermsOfAnonymity) {
  auto all = Assemble("The union confirmed to The Harbor Ledger that it had received no offer.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Contents(all[0]), (Strings{"it had received no offer"}));
  all = Assemble(
      "A company source, who declined to be identified because the talks are private, said "
      "a new offer was ready.");
  ASSERT_EQ(all.size(), 1u) << Describe(all);
  EXPECT_EQ(Text(all[0].cue), "said");
}

}  // namespace
}  // namespace whosaid::attribution
