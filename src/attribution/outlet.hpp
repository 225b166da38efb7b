// The outlet a source spoke through, named beside the cue: "said in an
// interview with CNN", "confirmed to People magazine", "said on Fox News
// Sunday", "wrote in The Atlantic", "In an interview with The Atlantic,
// Smith said". (A told recipient is found by the grammar instead.)
//
// These only find where a name stands: the assembly records it as a
// conduit candidate (Conduit::outlet_only), and the source typer keeps it
// only when it is an outlet, a relay like the newspaper of "officials told
// The Wall Street Journal".
//
// Thread-safety: pure functions. Offsets: bytes of the input text.
#ifndef WHOSAID_ATTRIBUTION_OUTLET_HPP_
#define WHOSAID_ATTRIBUTION_OUTLET_HPP_

#include <cstdint>
#include <optional>
#include <string_view>

#include "attribution/attribution.hpp"
#include "grammar/lexicon.hpp"

namespace whosaid::attribution {

// The name after a channel phrase that starts at `pos` (after the cue's
// end and its spaces): "to NAME", "on NAME", "in NAME", or "in|during
// [a|an|the|his|her|their] [WORD] CHANNEL with|to|on|for NAME" (CHANNEL:
// head_words.tsv kind "channel", "appearance", "op-ed"). NAME: capitalised
// words, "of", "the" and "and" between them, a possessive's further words
// ("CNN's State of the Union"), and after them a listed noun of the outlet
// ("People magazine"). Nothing when no capitalised word follows.
std::optional<ByteSpan> NameAfterChannel(const grammar::Lexicon& lexicon, std::string_view text,
                                         uint32_t pos);

// The name of an "In an interview with NAME, " (as above) that opens the
// sentence starting at `sentence_begin` and ends right before
// `source_begin`.
std::optional<ByteSpan> NameInOpeningChannel(const grammar::Lexicon& lexicon,
                                             std::string_view text, uint32_t sentence_begin,
                                             uint32_t source_begin);

}  // namespace whosaid::attribution

#endif  // WHOSAID_ATTRIBUTION_OUTLET_HPP_
