// Substring search for the grammar's look-backs and look-aheads over a
// sentence: the results of std::string_view::rfind and find, found by
// scanning for one byte of the needle with memrchr or memchr (vectorised)
// instead of comparing the needle at every position.
//
//   text::RFind(prefix, ", which ")      // like prefix.rfind(", which ")
//   text::Find(s, " -", at)              // like s.find(" -", at)
//
// Why: libstdc++'s rfind compares the needle at every byte, and its find
// stops at every byte equal to the needle's first one (a space, for
// " who "). The grammar looks back from each cue over the sentence before
// it ("when", ", and "): in a sentence of 4 KB (text::Segmenter's longest)
// holding a cue every few words, those scans were most of the work.
//
// The byte scanned for is the needle's first one that is not a space.
//
// Thread-safety: pure functions.
#ifndef WHOSAID_TEXT_SEARCH_HPP_
#define WHOSAID_TEXT_SEARCH_HPP_

#include <cstddef>
#include <string_view>

namespace whosaid::text {

// s.rfind(needle, pos): the last position at or before `pos` where
// `needle` starts in `s`, or npos.
size_t RFind(std::string_view s, std::string_view needle,
             size_t pos = std::string_view::npos);

// s.find(needle, pos): the first position at or after `pos` where
// `needle` starts in `s`, or npos.
size_t Find(std::string_view s, std::string_view needle, size_t pos = 0);

}  // namespace whosaid::text

#endif  // WHOSAID_TEXT_SEARCH_HPP_
