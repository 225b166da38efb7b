// Datelines: the place (and perhaps the outlet) a wire story opens a
// paragraph with, before a dash: "DUNMORE — A man …", "PORTLAND, Ore. -
// Peter …", "KALVIK (Wirewire) -- Officials …". A dateline says where the
// story was filed: it is no part of what anyone said, and its outlet is
// the article's own.
//
// Offsets are UTF-8 bytes into the input. Reentrant; no allocation.
#ifndef WHOSAID_TEXT_DATELINE_HPP_
#define WHOSAID_TEXT_DATELINE_HPP_

#include <cstdint>
#include <string_view>

namespace whosaid::text {

struct Dateline {
  uint32_t end = 0;         // where the words after the dash start; 0: no dateline
  std::string_view outlet;  // the bracketed outlet, "Wirewire"; empty when none
};

// The dateline opening the paragraph at `begin` (the text's start or
// right after a line break), within [begin, end): a place whose first word
// is two or more capitals, in at most 64 bytes of letters, spaces,
// periods, commas, brackets, apostrophes and hyphens, then " - ", " -- ",
// " — " or " – ". None elsewhere, and none when nothing follows the dash.
Dateline DatelineAt(std::string_view text, uint32_t begin, uint32_t end);

// The outlet of the first dateline that names one in the text's first 512
// bytes; empty when there is none.
std::string_view DatelineOutlet(std::string_view text);

}  // namespace whosaid::text

#endif  // WHOSAID_TEXT_DATELINE_HPP_
