// Case folding with an alignment back to the input, SentencePiece style.
//
// Fold() turns a slice of the input into the text the grammar reads:
// NFKC_Casefold (ICU), every run of white space collapsed to one U+0020,
// typographic double quotes and guillemets made '"', typographic single
// quotes and apostrophes made '\'' (but a doubled '' or `` makes one '"'),
// en and em dashes made '-'. Each byte of
// the folded text remembers which input bytes produced it, so a span the
// grammar finds maps back to exact input bytes.
//
//   Result<FoldedText> f = Fold(input.substr(b, e - b), b);
//   auto [begin, end] = f->ToSource(hit_begin, hit_end);  // input offsets
//
// Thread-safety: reentrant (ICU's normaliser instance is immutable).
#ifndef WHOSAID_TEXT_NORMALIZE_HPP_
#define WHOSAID_TEXT_NORMALIZE_HPP_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "status.hpp"

namespace whosaid::text {

struct FoldedText {
  std::string text;
  // For folded byte i: the input byte range [source_begin[i], source_end[i])
  // of the input unit that produced it. Absolute input offsets.
  std::vector<uint32_t> source_begin;
  std::vector<uint32_t> source_end;

  // Maps the folded half-open range [begin, end) to the input range that
  // produced it; an empty range maps to an empty range.
  std::pair<uint32_t, uint32_t> ToSource(uint32_t begin, uint32_t end) const;
};

// Folds `input`, a valid UTF-8 slice that starts at input offset
// `base_offset`. Fails only if ICU does.
Result<FoldedText> Fold(std::string_view input, uint32_t base_offset = 0);

// The same into `out`, reusing its buffers (one FoldedText per thread
// serves a whole document without allocating per sentence).
Status FoldInto(std::string_view input, uint32_t base_offset, FoldedText& out);

// Folds a lexicon key or any short string the same way; empty on failure.
std::string FoldString(std::string_view s);

}  // namespace whosaid::text

#endif  // WHOSAID_TEXT_NORMALIZE_HPP_
