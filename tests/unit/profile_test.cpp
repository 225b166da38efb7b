// The sourcing profile's counts of distinct sources (report/build.cpp):
// people compared on their names, organisations on their folded text.
#include <gtest/gtest.h>

#include <string>

#include "analyzer.hpp"

namespace whosaid {
namespace {

v1::Profile ProfileOf(const std::string& text) {
  static const Result<Analyzer> analyzer = Analyzer::Create();
  EXPECT_TRUE(analyzer.ok());
  Result<v1::Report> report = analyzer->Analyze(text, {"t.txt", "t.txt"});
  EXPECT_TRUE(report.ok());
  return report.ok() ? report->profile() : v1::Profile{};
}

TEST(ProfileTest, PeopleOfOneSurnameAreTwoSources) {
  // A surname alone is one of them, not a third.
  const v1::Profile p = ProfileOf(
      "The president of the pilots' union, Dana Reyes, said the ferry was late. "
      "Harbor Commissioner Ann Reyes said the boats were unsafe. "
      "Reyes said the board would meet.");
  EXPECT_EQ(p.attributions(), 3u);
  EXPECT_EQ(p.distinct_named_sources(), 2u);
  EXPECT_EQ(p.distinct_sources(), 2u);
  EXPECT_FALSE(p.single_source());
}

TEST(ProfileTest, TitlesInitialsAndAffiliationsAreNoPartOfTheName) {
  // "Sen. Marta Olsen (D-Wash.)", "Marta J. Olsen", "Olsen" and "Sen. Olsen"
  // are one person; "Councilman Paul Brandt" and "Brandt" another.
  const v1::Profile p = ProfileOf(
      "Sen. Marta Olsen (D-Wash.) said the bill was dead. "
      "Marta J. Olsen told reporters it would not pass. "
      "Olsen said the vote was close. "
      "Councilman Paul Brandt said the council agreed. "
      "Sen. Olsen said nothing more. "
      "Brandt said the ferry would run.");
  EXPECT_EQ(p.attributions(), 6u);
  EXPECT_EQ(p.distinct_named_sources(), 2u);
  EXPECT_EQ(p.distinct_sources(), 2u);
}

TEST(ProfileTest, ASurnameNoFullNameHasIsASourceOfItsOwn) {
  const v1::Profile p = ProfileOf(
      "Mayor Ana Ruiz said the budget was balanced. Berg said it was not.");
  EXPECT_EQ(p.distinct_named_sources(), 2u);
  EXPECT_EQ(p.distinct_sources(), 2u);
}

TEST(ProfileTest, WhatAReportRelaysIsCountedThroughIt) {
  // A conduit is reported when it is an outlet, or when "according to"
  // names it, whatever its type; the people told are none.
  static const Result<Analyzer> analyzer = Analyzer::Create();
  ASSERT_TRUE(analyzer.ok());
  Result<v1::Report> report = analyzer->Analyze(
      "According to the police report, Marsh told officers he had fled.", {"t.txt", "t.txt"});
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->attributions_size(), 2);
  const v1::Attribution& told = report->attributions(1);
  ASSERT_EQ(told.conduits_size(), 1);
  EXPECT_EQ(told.conduits(0).span().text(), "the police report");
  EXPECT_EQ(told.conduits(0).source_type(), v1::SOURCE_TYPE_DOCUMENT);
  EXPECT_EQ(report->profile().conduits(), 1u);
  // An outlet beside the cue is nearer the source than the "according to".
  report = analyzer->Analyze(
      "\"We will not yield,\" Hale said in an interview with CNN, according to the Ledger.",
      {"t.txt", "t.txt"});
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->attributions_size(), 2);
  const v1::Attribution& said = report->attributions(0);
  ASSERT_EQ(said.conduits_size(), 2);
  EXPECT_EQ(said.conduits(0).span().text(), "CNN");
  EXPECT_EQ(said.conduits(1).span().text(), "the Ledger");
}

// Whom a source spoke through relays it, whatever its type, nearest to the
// source: "told the Ledger through a spokeswoman" is the spokeswoman, then
// the Ledger.
TEST(ProfileTest, WhomTheSourceSpokeThroughRelaysIt) {
  static const Result<Analyzer> analyzer = Analyzer::Create();
  ASSERT_TRUE(analyzer.ok());
  Result<v1::Report> report = analyzer->Analyze(
      "Hale told the Ledger through a spokeswoman that he would not resign.", {"t.txt", "t.txt"});
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->attributions_size(), 1);
  const v1::Attribution& told = report->attributions(0);
  ASSERT_EQ(told.conduits_size(), 2);
  EXPECT_EQ(told.conduits(0).span().text(), "a spokeswoman");
  EXPECT_EQ(told.conduits(0).source_type(), v1::SOURCE_TYPE_UNNAMED_OFFICIAL);
  EXPECT_EQ(told.conduits(1).span().text(), "the Ledger");
  EXPECT_EQ(report->profile().conduits(), 2u);
}

TEST(ProfileTest, TheDayOfASayingIsNoUnattributedClaim) {
  // "said Tuesday" after a quotation: the day is the attribution's, as it
  // is in "said Tuesday that …".
  for (const std::string text :
       {"\"We have no plans,\" Ruiz said Tuesday in an interview.",
        "\"We have no plans,\" Ruiz said on Tuesday in an interview.",
        "Ruiz said Tuesday that they had no plans.",
        // (and a time opening the sentence before the speaker)
        "On Tuesday Ruiz said that they had no plans.",
        "Last June, the board wrote that the plan had failed.",
        "Late on Tuesday night, Ruiz said the ferry had closed."}) {
    const v1::Profile p = ProfileOf(text);
    EXPECT_EQ(p.attributions(), 1u) << text;
    EXPECT_EQ(p.unattributed_check_worthy_claims_size(), 0) << text;
  }
  // A date of its own in the sentence still is one.
  for (const std::string text :
       {"\"We have no plans,\" Ruiz said, and the ferry closed in 2019.",
        "The plant closed on Wednesday, and later the mayor said it was a loss.",
        "The ferry closed on Tuesday, and later the mayor said it was a loss."}) {
    EXPECT_EQ(ProfileOf(text).unattributed_check_worthy_claims_size(), 1) << text;
  }
}

TEST(ProfileTest, AnAnonymousSourceReferredToAgainKeepsItsReason) {
  // "one of the people" is anonymous, and the reason given for the people
  // holds for it; a reason's word before "anonymity" is no reason.
  const std::string text =
      "The sale to a private operator has stalled, according to three people familiar with "
      "the talks, who spoke on condition of anonymity because the talks are secret. "
      "Regulators have raised concerns, one of the people said.";
  Result<Analyzer> analyzer = Analyzer::Create();
  ASSERT_TRUE(analyzer.ok());
  Result<v1::Report> report = analyzer->Analyze(text, {"t.txt", "t.txt"});
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->attributions_size(), 2);
  for (const v1::Attribution& a : report->attributions()) {
    EXPECT_EQ(a.source_type(), v1::SOURCE_TYPE_ANONYMOUS) << a.source().text();
    EXPECT_EQ(a.anonymity_reason().text(), "because") << a.source().text();
  }
  EXPECT_EQ(report->attributions(1).antecedent().text(),
            "three people familiar with the talks");
  EXPECT_EQ(report->profile().anonymous_with_reason(), 2u);
  EXPECT_EQ(report->profile().anonymous_without_reason(), 0u);
  EXPECT_EQ(report->profile().unattributed_check_worthy_claims_size(), 0);
}

}  // namespace
}  // namespace whosaid
