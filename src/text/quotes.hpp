// Quotation tracking: where direct speech starts and ends.
//
// Recognises straight double quotes, curly double quotes (“ ” „) and
// guillemets (« »). A quotation left open at the end of a paragraph
// continues when the next paragraph opens with a quotation mark (the news
// convention for multi-paragraph quotes); otherwise it ends with its
// paragraph. Single quotes are not tracked (they double as apostrophes).
//
// Thread-safety: reentrant.
#ifndef WHOSAID_TEXT_QUOTES_HPP_
#define WHOSAID_TEXT_QUOTES_HPP_

#include <cstdint>
#include <string_view>
#include <vector>

namespace whosaid::text {

struct QuotePiece {
  uint32_t begin;  // first byte inside the marks (after leading spaces)
  uint32_t end;    // one past the last byte inside (before trailing spaces)
};

struct Quotation {
  uint32_t open;   // byte offset of the opening mark
  uint32_t close;  // one past the closing mark, or the paragraph end
  bool closed;     // false when the quotation ran to a paragraph's end
  // The quoted text, one piece per paragraph it spans.
  std::vector<QuotePiece> pieces;
};

// Returns the quotations of `text` (valid UTF-8) in order of their opening.
std::vector<Quotation> FindQuotations(std::string_view text);

// Returns the byte length of the quotation mark (", “, ”, „, «, ») that
// starts at `i`, or 0 when there is none.
size_t QuoteMarkLengthAt(std::string_view text, size_t i);

// Returns the byte length of the quotation mark that ends at `end`
// (exclusive), or 0.
size_t QuoteMarkLengthBefore(std::string_view text, size_t end);

// How the quotation marks of text[begin, end) pair up among themselves:
// the marks still open at `end`, and the closing marks with no opening
// mark before them in the range. A straight '"' (or '') closes when one is
// open, else opens. Both zero: the range's quotations are whole.
struct QuoteBalance {
  int unclosed = 0;
  int unopened = 0;
};
QuoteBalance BalanceOf(std::string_view text, size_t begin, size_t end);
// The same, trying every byte for a mark where BalanceOf skips sixteen
// bytes at a time to the next that may start one: the reference for tests.
QuoteBalance BalanceOfOneAtATime(std::string_view text, size_t begin, size_t end);

// Returns the index of the quotation whose [open, close) holds `offset`,
// or -1. `quotations` must come from FindQuotations.
int QuotationAt(const std::vector<Quotation>& quotations, uint32_t offset);

}  // namespace whosaid::text

#endif  // WHOSAID_TEXT_QUOTES_HPP_
