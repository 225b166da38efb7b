// The one call site of x3::parse: tries the attribution rule at every word
// start of a folded sentence.
#include "grammar/parse.hpp"

#include "grammar/attribution.hpp"
#include "grammar/config.hpp"

namespace whosaid::grammar {

const char* PatternRuleId(Pattern pattern) {
  switch (pattern) {
    case Pattern::kSourceCue: return "source-cue";
    case Pattern::kCueSource: return "cue-source";
    case Pattern::kSourceToldRecipient: return "source-told-recipient";
    case Pattern::kSourceDescribesAs: return "source-describes-as";
    case Pattern::kInWhatDescribedAs: return "in-what-described-as";
    case Pattern::kAccordingTo: return "according-to";
    case Pattern::kCiting: return "citing";
    case Pattern::kParticipial: return "participial";
    case Pattern::kAgentless: return "agentless";
  }
  return "unknown";
}

Result<Grammar> Grammar::Create() {
  Result<Lexicon> lexicon = Lexicon::LoadBuiltin();
  if (!lexicon.ok()) return lexicon.status();
  return FromLexicon(std::move(*lexicon));
}

Grammar Grammar::FromLexicon(Lexicon lexicon) {
  return Grammar(std::make_shared<const Lexicon>(std::move(lexicon)));
}

std::vector<Hit> Grammar::FindAll(std::string_view sentence) const {
  namespace x3 = boost::spirit::x3;
  std::vector<Hit> hits;
  parser::ParseState state{lexicon_.get(), sentence.data(), Hit{}};
  const auto rule = x3::with<parser::state_tag>(state)[attribution()];
  const char* const end = sentence.data() + sentence.size();
  size_t resume = 0;  // no hit may start before this offset
  for (size_t pos = 0; pos < sentence.size(); ++pos) {
    const bool word_start =
        IsWordByte(sentence[pos]) && (pos == 0 || !IsWordByte(sentence[pos - 1]));
    if (!word_start || pos < resume) continue;
    const char* first = sentence.data() + pos;
    if (x3::parse(first, end, rule)) {
      hits.push_back(state.hit);
      resume = std::max(state.hit.cue.end, state.hit.source.end);
    }
  }
  return hits;
}

}  // namespace whosaid::grammar
