// The one call site of x3::parse: tries the attribution rule at every word
// start of a folded sentence.
#include "grammar/parse.hpp"

#include <algorithm>

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
    case Pattern::kCoordinated: return "coordinated";
    case Pattern::kAgentless: return "agentless";
    case Pattern::kColonLeadIn: return "colon-lead-in";
    case Pattern::kDashSource: return "dash-source";
    case Pattern::kReportedBy: return "reported-by";
    case Pattern::kPossessiveNoun: return "possessive-noun";
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

namespace {

// The most bytes one attribution pattern (source, aside, cue, recipient)
// may span.
constexpr std::ptrdiff_t kMaxPatternBytes = 1024;

// True when a word starts at `pos`: not inside "long-promised" or "u.s.".
bool IsWordStart(std::string_view s, size_t pos) {
  if (!IsWordByte(s[pos])) return false;
  if (pos == 0) return true;
  const char before = s[pos - 1];
  if (IsWordByte(before)) return false;
  const bool joiner = before == '-' || before == '\'' || before == '&' || before == '.';
  return !(joiner && pos >= 2 && IsWordByte(s[pos - 2]));
}

// Inverted and participial forms follow a comma or a quotation:
// "…, said Smith", "“…,” said Smith", "…, citing reports".
bool FollowsCommaOrQuote(std::string_view s, size_t pos) {
  while (pos > 0 && s[pos - 1] == ' ') --pos;
  return pos > 0 && (s[pos - 1] == ',' || s[pos - 1] == '"');
}

// A dash names a speaker only right after a quotation.
bool FollowsQuote(std::string_view s, size_t pos) {
  while (pos > 0 && s[pos - 1] == ' ') --pos;
  return pos > 0 && s[pos - 1] == '"';
}

// True when the hit's pattern may start at `pos`.
bool PlacedWell(const Hit& hit, std::string_view s, size_t pos) {
  switch (hit.pattern) {
    case Pattern::kCueSource:
    case Pattern::kParticipial:
    case Pattern::kCiting:
      return FollowsCommaOrQuote(s, pos);
    case Pattern::kDashSource:
      return FollowsQuote(s, pos);
    case Pattern::kSourceCue:  // "…, Smith said." needs its comma
      return hit.content_begin != kNoContent || FollowsCommaOrQuote(s, pos);
    case Pattern::kColonLeadIn:  // after nothing but quotation marks
      return s.find_first_not_of("\" (", 0) >= pos;
    default:
      return true;
  }
}

}  // namespace

std::vector<Hit> Grammar::FindAll(std::string_view sentence) const {
  namespace x3 = boost::spirit::x3;
  std::vector<Hit> hits;
  parser::ParseState state{lexicon_.get(), sentence.data(), Hit{}};
  const char* const end = sentence.data() + sentence.size();
  // Parses `rule` at `pos` (within kMaxPatternBytes); the result is in
  // state.hit.
  auto parse_at = [&](const auto& rule, size_t pos) {
    const char* first = sentence.data() + pos;
    // Patterns are short; a window keeps a 10^5-word sentence linear
    // instead of re-reading the rest of it from every word.
    const char* window_end =
        end - first > kMaxPatternBytes ? first + kMaxPatternBytes : end;
    return x3::parse(first, window_end,
                     x3::with<parser::state_tag>(state)[rule]);
  };
  // The subject of the sentence: at its start, or after a leading phrase
  // closed by a comma ("On Thursday, Trump spoke …").
  auto find_subject = [&]() -> Range {
    const size_t comma = sentence.find(", ");
    for (size_t pos : {size_t{0}, comma == std::string_view::npos ? sentence.size() : comma + 2}) {
      if (pos < sentence.size() && parse_at(subject(), pos)) return state.hit.source;
    }
    return {};
  };
  size_t resume = 0;  // no hit may start before this offset
  for (size_t pos = 0; pos < sentence.size(); ++pos) {
    const bool dash = sentence[pos] == '-' && pos + 1 < sentence.size() &&
                      sentence[pos + 1] == ' ';
    if (pos < resume || !(IsWordStart(sentence, pos) || dash)) continue;
    if (parse_at(attribution(), pos)) {
      if (!PlacedWell(state.hit, sentence, pos)) continue;
      Hit hit = state.hit;
      const bool carried = hit.pattern == Pattern::kParticipial ||
                           hit.pattern == Pattern::kCoordinated;
      if (carried && std::none_of(hits.begin(), hits.end(), [](const Hit& h) {
            return !h.source.empty();
          })) {
        hit.source = find_subject();  // no earlier speaker in the sentence
        if (hit.source.end > hit.cue.begin) hit.source = {};
      }
      hits.push_back(hit);
      state.hit = hit;
      resume = std::max({state.hit.cue.end, state.hit.source.end, state.hit.recipient.end});
    }
  }
  return hits;
}

}  // namespace whosaid::grammar
