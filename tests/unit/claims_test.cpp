// Claims layer: clause splitting, boilerplate, check-worthiness triggers,
// hedges and anonymity reasons; plus the findings' settings and the HTML
// escaping of the report layer.
#include "claims/claims.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "report/findings.hpp"
#include "report/html.hpp"

namespace whosaid::claims {
namespace {

ByteRange Whole(std::string_view text) {
  return {0, static_cast<uint32_t>(text.size())};
}

std::vector<std::string> Clauses(std::string_view text) {
  std::vector<std::string> out;
  for (const ByteRange& c : SplitClauses(text, Whole(text))) {
    out.emplace_back(text.substr(c.begin, c.end - c.begin));
  }
  return out;
}

TEST(SplitClauses, SplitsAtSemicolonButYetWhile) {
  EXPECT_EQ(Clauses("The mayor resigned; the council met at once."),
            (std::vector<std::string>{"The mayor resigned",
                                      "the council met at once."}));
  EXPECT_EQ(
      Clauses("Prices rose, but wages stayed flat."),
      (std::vector<std::string>{"Prices rose", "but wages stayed flat."}));
  EXPECT_EQ(
      Clauses("Prices rose but wages stayed flat."),
      (std::vector<std::string>{"Prices rose", "but wages stayed flat."}));
  EXPECT_EQ(Clauses("The talks resumed, yet no deal is in sight."),
            (std::vector<std::string>{"The talks resumed",
                                      "yet no deal is in sight."}));
  EXPECT_EQ(Clauses("Exports fell, while imports grew sharply."),
            (std::vector<std::string>{"Exports fell",
                                      "while imports grew sharply."}));
}

TEST(SplitClauses, KeepsSentencesThatDoNotJoinClauses) {
  // Sentence-initial "While", adverbial "yet", "all but", "but also", and a
  // "while" without a comma do not split.
  for (const char* s :
       {"While Syria assumes a role, U.S. forces will remain.",
        "The board has not yet decided.", "The plan is all but dead.",
        "It hurts not only farmers but also bakers.",
        "Troops will stay while the framework is negotiated."}) {
    EXPECT_EQ(Clauses(s), std::vector<std::string>{s}) << s;
  }
  // A side of fewer than two words does not make a clause.
  EXPECT_EQ(Clauses("Fine, but slowly."),
            std::vector<std::string>{"Fine, but slowly."});
}

TEST(SplitClauses, OffsetsAreIntoTheWholeText) {
  const std::string text = "Intro. Rents rose; wages fell.";
  const std::vector<ByteRange> clauses = SplitClauses(text, {7, 30});
  ASSERT_EQ(clauses.size(), 2u);
  EXPECT_EQ(text.substr(clauses[0].begin, clauses[0].end - clauses[0].begin),
            "Rents rose");
  EXPECT_EQ(text.substr(clauses[1].begin, clauses[1].end - clauses[1].begin),
            "wages fell.");
}

class ClaimLexiconTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<ClaimLexicon> lexicon = ClaimLexicon::LoadBuiltin();
    ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
    lexicon_ = std::make_unique<ClaimLexicon>(std::move(*lexicon));
  }

  // "kind:words" for each trigger of `text`.
  std::vector<std::string> Triggers(std::string_view text) {
    Result<ClauseMarkers> m = lexicon_->Markers(text, Whole(text));
    EXPECT_TRUE(m.ok());
    std::vector<std::string> out;
    for (const Trigger& t : m->triggers) {
      std::string kind = v1::CheckWorthiness_Name(t.kind).substr(17);
      out.push_back(
          kind + ":" +
          std::string(text.substr(t.span.begin, t.span.end - t.span.begin)));
    }
    return out;
  }

  std::vector<std::string> Hedges(std::string_view text) {
    Result<ClauseMarkers> m = lexicon_->Markers(text, Whole(text));
    EXPECT_TRUE(m.ok());
    std::vector<std::string> out;
    for (const ByteRange& h : m->hedges) {
      out.emplace_back(text.substr(h.begin, h.end - h.begin));
    }
    return out;
  }

  std::string Boilerplate(std::string_view text, bool alone = true) {
    Result<std::string> kind =
        lexicon_->BoilerplateKind(text, Whole(text), alone);
    EXPECT_TRUE(kind.ok());
    return *kind;
  }

  std::unique_ptr<ClaimLexicon> lexicon_;
};

TEST_F(ClaimLexiconTest, FindsEachKindWithItsWords) {
  EXPECT_EQ(
      Triggers("Sales rose 25 percent to 200,000 units."),
      (std::vector<std::string>{"STATISTIC:25 percent", "STATISTIC:200,000"}));
  EXPECT_EQ(Triggers("He was the first Syrian head of state to visit."),
            std::vector<std::string>{"COMPARISON:the first"});
  EXPECT_EQ(Triggers("It is one of the most significant shifts."),
            (std::vector<std::string>{"COMPARISON:one of the most",
                                      "EVALUATIVE:significant"}));
  EXPECT_EQ(Triggers("This is the largest port and cheaper than rail."),
            (std::vector<std::string>{"COMPARISON:the largest",
                                      "COMPARISON:cheaper than"}));
  EXPECT_EQ(Triggers("The storm led to delays because of flooding."),
            (std::vector<std::string>{"CAUSAL:led to", "CAUSAL:because of"}));
  EXPECT_EQ(Triggers("Deployments will not change; talks are months away."),
            (std::vector<std::string>{"PREDICTION:will not",
                                      "PREDICTION:months away"}));
  EXPECT_EQ(Triggers("Rebels toppled the regime last December."),
            std::vector<std::string>{"HISTORICAL:last December"});
  EXPECT_EQ(
      Triggers(
          "The bridge opened in 1998 after a vote on Monday\u2019s agenda."),
      (std::vector<std::string>{"HISTORICAL:1998", "HISTORICAL:Monday"}));
}

TEST_F(ClaimLexiconTest, DatesInAPredictionAreNotHistory) {
  EXPECT_EQ(Triggers("The plant will open in June 2027."),
            std::vector<std::string>{"PREDICTION:will"});
}

TEST_F(ClaimLexiconTest, AvoidsLookalikes) {
  // "the west", "the test", "the will of voters", "May" the month as no
  // hedge, "two governments" as no statistic.
  EXPECT_TRUE(Triggers("The real test is the west of the country.").empty());
  EXPECT_TRUE(Triggers("They respected the will of voters.").empty());
  EXPECT_TRUE(Triggers("The two governments met.").empty());
  // "record" the noun: "safety record", "her record on ferries".
  EXPECT_TRUE(Triggers("The operator defended its safety record.").empty());
  EXPECT_TRUE(Triggers("She defended her record on ferries.").empty());
  EXPECT_EQ(Triggers("Turnout hit a record high."),
            std::vector<std::string>{"COMPARISON:record"});
  EXPECT_TRUE(Hedges("The vote took place in May.").empty());
  EXPECT_EQ(Triggers("The vote took place in May."),
            std::vector<std::string>{"HISTORICAL:May"});
}

TEST_F(ClaimLexiconTest, AnAgeBesideANameIsNoStatistic) {
  EXPECT_TRUE(Triggers("Jean Park, 67, a retired teacher, rides the ferry.").empty());
  EXPECT_TRUE(Triggers("The ferry was late, said Jean Park, 67.").empty());
  // A figure in a list, or with a unit, still is one.
  EXPECT_EQ(Triggers("The votes were 12, 67, and 80."),
            (std::vector<std::string>{"STATISTIC:12", "STATISTIC:67", "STATISTIC:80"}));
  EXPECT_EQ(Triggers("Fares rose, 67 cents a ride."),
            std::vector<std::string>{"STATISTIC:67"});
}

TEST_F(ClaimLexiconTest, FindsHedges) {
  EXPECT_EQ(Hedges("Prices may rise and could double, reportedly."),
            (std::vector<std::string>{"may", "could", "reportedly"}));
  EXPECT_EQ(Hedges("The deal is expected to close."),
            std::vector<std::string>{"is expected to"});
}

TEST_F(ClaimLexiconTest, RecognisesBoilerplate) {
  EXPECT_EQ(Boilerplate("\u00a9 2026 The Harbour Courier."), "copyright");
  EXPECT_EQ(Boilerplate("All rights reserved."), "copyright");
  EXPECT_EQ(Boilerplate("Copyright 2026 Example Media."), "copyright");
  EXPECT_EQ(Boilerplate("By Marta Lindqvist"), "byline");
  EXPECT_EQ(Boilerplate("Follow us on social media."), "follow-us");
  EXPECT_EQ(Boilerplate("Reporting by Ana Ruiz; editing by Tom Hale."),
            "credit");
  // A sentence that opens with "By" inside a paragraph, or a long one, is a
  // claim.
  EXPECT_EQ(Boilerplate("By Monday the deal was done.", /*alone=*/false), "");
  EXPECT_EQ(Boilerplate("By the end of the week, the council had approved all "
                        "of the new spending plans."),
            "");
  EXPECT_EQ(Boilerplate("The mayor said rents rose."), "");
}

TEST_F(ClaimLexiconTest, FindsAnonymityReasons) {
  const std::string with =
      "An official, who spoke on condition of anonymity because the talks are "
      "private, said so.";
  Result<std::optional<ByteRange>> reason =
      lexicon_->AnonymityReason(with, Whole(with));
  ASSERT_TRUE(reason.ok());
  ASSERT_TRUE(reason->has_value());
  EXPECT_EQ(with.substr((*reason)->begin, (*reason)->end - (*reason)->begin),
            "because");
  // The reason follows "anonymity": not a reason's word before it.
  const std::string later =
      "The sale to a private operator stalled, said two people who spoke on condition of "
      "anonymity because the talks are secret.";
  reason = lexicon_->AnonymityReason(later, Whole(later));
  ASSERT_TRUE(reason.ok());
  ASSERT_TRUE(reason->has_value());
  EXPECT_EQ(later.substr((*reason)->begin, (*reason)->end - (*reason)->begin), "because");
  const std::string without = "Unnamed officials told the newspaper so.";
  reason = lexicon_->AnonymityReason(without, Whole(without));
  ASSERT_TRUE(reason.ok());
  EXPECT_FALSE(reason->has_value());
}

TEST(ClaimLexicon, RejectsAnUnknownKind) {
  Result<ClaimLexicon> lexicon = ClaimLexicon::FromTsv(
      {{"check_worthiness.tsv", "phrase\tkind\nrecord\tamazing\n"}});
  ASSERT_FALSE(lexicon.ok());
  EXPECT_NE(lexicon.status().message().find("unknown kind 'amazing'"),
            std::string::npos);
}

// Words of letters only (a digit would make a statistic): "ba", "ca", …
std::string LetterWord(int i) {
  std::string word;
  for (; i > 0 || word.empty(); i /= 8) word += static_cast<char>('a' + i % 8);
  return word;
}

// A lexicon with hundreds of first tokens (the marker index grows, and its
// bit filter has collisions): every phrase is found with its kind, one- and
// two-token phrases alike, and a first token without the rest of its phrase
// or a word that is no first token is not.
TEST(ClaimLexicon, FindsEveryPhraseOfALargeLexicon) {
  std::string evaluative = "phrase\tnote\n";
  std::string hedges = "phrase\tnote\n";
  std::string worthiness = "phrase\tkind\n";
  for (int i = 0; i < 400; ++i) {
    evaluative += "ev" + LetterWord(i) + "\t\n";
    hedges += "he" + LetterWord(i) + " so\t\n";
    worthiness += "ca" + LetterWord(i) + "\tcausal\n";
  }
  Result<ClaimLexicon> lexicon =
      ClaimLexicon::FromTsv({{"evaluative.tsv", evaluative},
                             {"hedges.tsv", hedges},
                             {"check_worthiness.tsv", worthiness}});
  ASSERT_TRUE(lexicon.ok());
  for (int i = 0; i < 400; ++i) {
    const std::string w = LetterWord(i);
    const std::string text = "Zed Ev" + w + " and he" + w + " so, CA" + w +
                             " or he" + w + " alone, ze" + w + ".";
    Result<ClauseMarkers> m = lexicon->Markers(text, Whole(text));
    ASSERT_TRUE(m.ok());
    auto at = [&](ByteRange r) {
      return text.substr(r.begin, r.end - r.begin);
    };
    ASSERT_EQ(m->triggers.size(), 2u) << text;
    EXPECT_EQ(m->triggers[0].kind, v1::CHECK_WORTHINESS_EVALUATIVE);
    EXPECT_EQ(at(m->triggers[0].span), "Ev" + w);
    EXPECT_EQ(m->triggers[1].kind, v1::CHECK_WORTHINESS_CAUSAL);
    EXPECT_EQ(at(m->triggers[1].span), "CA" + w);
    ASSERT_EQ(m->hedges.size(), 1u) << text;
    EXPECT_EQ(at(m->hedges[0]), "he" + w + " so");
  }
}

TEST(Findings, SettingsSwitchOffAndRaise) {
  v1::Report report;
  auto add = [&](const char* check, bool finding) {
    v1::Diagnostic* d = report.add_diagnostics();
    d->set_check(check);
    d->set_severity(v1::SEVERITY_WARNING);
    d->set_finding(finding);
  };
  add("vague-source", true);
  add("invalid-utf8", false);
  add("agentless-attribution", true);
  report::CheckSettings settings;
  ASSERT_TRUE(report::ParseSeverity("off", &settings["vague-source"]));
  ASSERT_TRUE(
      report::ParseSeverity("error", &settings["agentless-attribution"]));
  ASSERT_TRUE(report::ApplyCheckSettings(settings, &report).ok());
  ASSERT_EQ(report.diagnostics_size(), 2);
  EXPECT_EQ(report.diagnostics(0).check(), "invalid-utf8");
  EXPECT_EQ(report.diagnostics(1).severity(), v1::SEVERITY_ERROR);

  std::optional<v1::Severity> ignored;
  EXPECT_FALSE(report::ParseSeverity("loud", &ignored));
  report::CheckSettings unknown;
  unknown["no-such-check"] = v1::SEVERITY_NOTE;
  EXPECT_FALSE(report::ApplyCheckSettings(unknown, &report).ok());
}

// Markers of a clause read from its sentence's folding and tokens (what a
// document's pass does) equal those of the clause folded alone, for every
// sub-range at code point boundaries of text where folding or tokens could
// reach across a clause end: collapsed spaces, '' pairs, composed and
// removed characters, numbers, possessives, hyphens and dates.
TEST_F(ClaimLexiconTest, SharedSentenceFoldingGivesTheSameMarkers) {
  const std::vector<std::string> sentences = {
      "Sales rose 25 percent to 5,000 units; profits may fall, but it's "
      "the largest rise since last May 4.",
      "He said ''it will  \u00a0 cost\u00a0more'' and the well-known "
      "cafe\u0301 is \ufb01ne; yet\u200b prices rose 3.5% in 2024.",
      "The deckhands' union, which is worse than  \u2018others\u2019, "
      "could be \u201cthe biggest\u201d by March, while critics\u2014"
      "wrongly\u2014expect a historic 10\u0301% drop.",
  };
  auto same = [](const Result<ClauseMarkers>& a,
                 const Result<ClauseMarkers>& b) {
    if (!a.ok() || !b.ok() || a->triggers.size() != b->triggers.size() ||
        a->hedges != b->hedges) {
      return false;
    }
    for (size_t i = 0; i < a->triggers.size(); ++i) {
      if (a->triggers[i].kind != b->triggers[i].kind ||
          !(a->triggers[i].span == b->triggers[i].span)) {
        return false;
      }
    }
    return true;
  };
  size_t ranges = 0;
  size_t with_markers = 0;
  for (const std::string& text : sentences) {
    FoldedSentence folded;
    ASSERT_TRUE(folded.Reset(text, Whole(text)).ok());
    auto boundary = [&](size_t i) {
      return i == text.size() ||
             (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    };
    for (uint32_t b = 0; b <= text.size(); ++b) {
      if (!boundary(b)) continue;
      for (uint32_t e = b; e <= text.size(); ++e) {
        if (!boundary(e)) continue;
        const Result<ClauseMarkers> alone = lexicon_->Markers(text, {b, e});
        const Result<ClauseMarkers> shared =
            lexicon_->Markers(text, folded, {b, e});
        ASSERT_TRUE(same(alone, shared))
            << "range [" << b << ", " << e << ") of: " << text;
        ++ranges;
        with_markers += !alone->triggers.empty() || !alone->hedges.empty();
      }
    }
    EXPECT_EQ(lexicon_->BoilerplateKind(folded, true),
              *lexicon_->BoilerplateKind(text, Whole(text), true));
    EXPECT_EQ(lexicon_->AnonymityReason(folded),
              *lexicon_->AnonymityReason(text, Whole(text)));
  }
  EXPECT_GT(ranges, 10000u);
  EXPECT_GT(with_markers, ranges / 2);  // the test compares real markers
}

TEST(Html, EscapesMarkup) {
  EXPECT_EQ(report::EscapeHtml("<script>x</script>"),
            "&lt;script&gt;x&lt;/script&gt;");
  EXPECT_EQ(report::EscapeHtml("\"><img src=x onerror='a()'> & co"),
            "&quot;&gt;&lt;img src=x onerror=&#39;a()&#39;&gt; &amp; co");
}

}  // namespace
}  // namespace whosaid::claims
