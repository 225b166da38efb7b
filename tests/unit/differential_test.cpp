// Differential test of the grammar: a deliberately naive reference matcher,
// written with plain string operations over the same lexicons, and the X3
// grammar (Grammar::FindAll) read every generated sentence; any
// disagreement on (source, cue) fails.
//
// The sentences are generated from every speech cue form in cues.tsv, a
// set of source phrases (role nouns from source_nouns.tsv, names with and
// without titles) and the three basic shapes: SOURCE CUE that CONTENT,
// CONTENT, SOURCE CUE and "CONTENT," CUE SOURCE (this last for the cues a
// source may follow, those of quotative.tsv's lemmas). The reference knows
// nothing of how they were made: it finds the longest cue form in the
// sentence and takes the words before it (back to a comma or quotation) as
// the source, or, for a cue right after a comma or quotation followed by
// words to the end, the words after it.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/lexicon.hpp"
#include "grammar/parse.hpp"

namespace whosaid::grammar {
namespace {

struct Found {
  std::string source;
  std::string cue;
  bool operator==(const Found&) const = default;
};

std::string Describe(const std::vector<Found>& all) {
  std::string out;
  for (const Found& f : all) out += "[" + f.source + " | " + f.cue + "] ";
  return out.empty() ? "(none)" : out;
}

// The naive reference: string search for the longest speech cue form
// starting at a word boundary, then the words around it.
std::vector<Found> Reference(const Lexicon& lexicon, std::string_view s) {
  size_t best_at = std::string_view::npos, best_len = 0;
  for (size_t i = 0; i < lexicon.cues().size(); ++i) {
    const PhraseTable::Entry& e = lexicon.cues().entry(static_cast<uint32_t>(i));
    if (e.fields[0] != "speech") continue;
    for (size_t at = s.find(e.key); at != std::string_view::npos;
         at = s.find(e.key, at + 1)) {
      const bool starts = at > 0 && s[at - 1] == ' ';
      const size_t end = at + e.key.size();
      const bool ends = end < s.size() && (s[end] == ' ' || s[end] == '.');
      if (!starts || !ends) continue;
      if (best_at == std::string_view::npos || at < best_at ||
          (at == best_at && e.key.size() > best_len)) {
        best_at = at;
        best_len = e.key.size();
      }
    }
  }
  if (best_at == std::string_view::npos) return {};
  const std::string cue(s.substr(best_at, best_len));
  const std::string_view before = s.substr(0, best_at - 1);
  const char last = before.empty() ? '\0' : before.back();
  if (last == ',' || last == '"') {  // ", said SOURCE." / "…," said SOURCE.
    std::string_view after = s.substr(best_at + best_len + 1);
    if (!after.empty() && after.back() == '.') after.remove_suffix(1);
    return {{std::string(after), cue}};
  }
  const size_t cut = before.find_last_of(",\"");
  std::string_view source =
      cut == std::string_view::npos ? before : before.substr(cut + 1);
  while (!source.empty() && source.front() == ' ') source.remove_prefix(1);
  return {{std::string(source), cue}};
}

std::vector<Found> X3(const Grammar& grammar, std::string_view s) {
  std::vector<Found> out;
  for (const Hit& h : grammar.FindAll(s)) {
    out.push_back({std::string(s.substr(h.source.begin, h.source.end - h.source.begin)),
                   std::string(s.substr(h.cue.begin, h.cue.end - h.cue.begin))});
  }
  return out;
}

TEST(DifferentialTest, ReferenceSeesWhatAGrammarGapWouldMiss) {
  // The comparison can fail: a cue the grammar does not know is found by
  // neither, but a source the grammar cannot parse shows as a difference.
  Result<Grammar> grammar = Grammar::Create();
  ASSERT_TRUE(grammar.ok());
  const std::string s = "maria lopez [d] said that the bridge would close.";
  EXPECT_EQ(Reference(grammar->lexicon(), s), (std::vector<Found>{{"maria lopez [d]", "said"}}));
  EXPECT_NE(Reference(grammar->lexicon(), s), X3(*grammar, s));
}

TEST(DifferentialTest, NaiveMatcherAndGrammarAgreeOnGeneratedSentences) {
  Result<Grammar> grammar = Grammar::Create();
  ASSERT_TRUE(grammar.ok()) << grammar.status().message();
  const Lexicon& lexicon = grammar->lexicon();

  std::vector<std::string> sources = {"maria lopez", "sen. ann reyes",
                                      "the prime minister", "two diplomats"};
  for (std::string_view noun : {"officials", "analysts", "critics", "experts",
                                "regulators", "economists"}) {
    ASSERT_NE(lexicon.source_nouns().Find(noun), nullptr) << noun;
    sources.push_back("several " + std::string(noun));
  }
  std::vector<std::string> cues;
  std::vector<bool> quotative;  // per cue: may stand before its source
  std::vector<bool> third_person;  // per cue: "says", "discusses"
  for (size_t i = 0; i < lexicon.cues().size(); ++i) {
    const PhraseTable::Entry& e = lexicon.cues().entry(static_cast<uint32_t>(i));
    if (e.fields[0] != "speech") continue;
    cues.push_back(e.key);
    quotative.push_back(lexicon.quotative().Find(e.fields[1]) != nullptr);
    third_person.push_back(e.key == e.fields[1] + "s" || e.key == e.fields[1] + "es");
  }
  ASSERT_GT(cues.size(), 100u);
  ASSERT_GT(std::count(quotative.begin(), quotative.end(), true), 50);

  size_t sentences = 0;
  std::vector<std::string> disagreements;
  for (size_t c = 0; c < cues.size(); ++c) {
    const std::string& cue = cues[c];
    for (const std::string& source : sources) {
      // (English sentences: a plural source takes no "-s" form.)
      const bool plural = source.starts_with("two ") || source.starts_with("several ");
      if (plural && third_person[c]) continue;
      const std::string generated[] = {
          source + " " + cue + " that the bridge would close.",
          "the bridge will close, " + source + " " + cue + ".",
          "\"the bridge will close,\" " + cue + " " + source + ".",
      };
      // After a comma or quotation a participle opens a participial clause
      // (rule participial): "…," referring to X is not an inverted "referring
      // to", so phrases that start with a participle cue skip that shape, as
      // do verbs that take an object ("…," praised the mayor).
      const std::string first_word = cue.substr(0, cue.find(' '));
      const PhraseTable::Entry* first = lexicon.cues().Find(first_word);
      const bool starts_with_participle =
          first_word != cue && first != nullptr && first->fields[0] == "participle";
      for (const std::string& s : generated) {
        if ((starts_with_participle || !quotative[c]) && s == generated[2]) continue;
        ++sentences;
        const std::vector<Found> want = Reference(lexicon, s);
        const std::vector<Found> got = X3(*grammar, s);
        ASSERT_EQ(want.size(), 1u) << "the reference must find the cue in: " << s;
        if (want != got) {
          disagreements.push_back(s + "\n    reference " + Describe(want) +
                                  "\n    grammar   " + Describe(got));
        }
      }
    }
  }
  std::string report;
  for (size_t i = 0; i < disagreements.size() && i < 20; ++i) {
    report += disagreements[i] + "\n";
  }
  EXPECT_TRUE(disagreements.empty())
      << disagreements.size() << " of " << sentences
      << " generated sentences disagree; the first:\n"
      << report;
}

}  // namespace
}  // namespace whosaid::grammar
