#include "text/sentence_breaks.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace whosaid::text {
namespace {

using Class = SentenceBreaker::Class;

Class FromIcu(UChar32 c) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_OTHER: return SentenceBreaker::kOther;
    case U_SB_SP: return SentenceBreaker::kSp;
    case U_SB_LOWER: return SentenceBreaker::kLower;
    case U_SB_UPPER: return SentenceBreaker::kUpper;
    case U_SB_OLETTER: return SentenceBreaker::kOLetter;
    case U_SB_NUMERIC: return SentenceBreaker::kNumeric;
    case U_SB_ATERM: return SentenceBreaker::kATerm;
    case U_SB_STERM: return SentenceBreaker::kSTerm;
    case U_SB_CLOSE: return SentenceBreaker::kClose;
    case U_SB_SCONTINUE: return SentenceBreaker::kSContinue;
    default: return SentenceBreaker::kRefused;  // CR, LF, Sep, Extend, Format
  }
}

bool IsTerm(Class c) { return c == SentenceBreaker::kATerm || c == SentenceBreaker::kSTerm; }

bool IsLetter(Class c) {
  return c == SentenceBreaker::kLower || c == SentenceBreaker::kUpper ||
         c == SentenceBreaker::kOLetter;
}

}  // namespace

SentenceBreaker::SentenceBreaker() {
  for (UChar32 c = 0; c < 128; ++c) ascii_[static_cast<size_t>(c)] = FromIcu(c);
  // The scan stops at terminators (".", "?", "!"), refused bytes (CR, LF)
  // and every non-ASCII byte, whose code point may be either.
  for (size_t b = 0; b < 256; ++b) {
    stops_[b] = b >= 0x80 || IsTerm(ascii_[b]) || ascii_[b] == kRefused;
  }
}

SentenceBreaker::Class SentenceBreaker::ClassAt(std::string_view text, uint32_t pos,
                                                uint32_t& next) const {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) {
    next = pos + 1;
    return ascii_[byte];
  }
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(s, i, static_cast<int32_t>(text.size()), c);
  next = static_cast<uint32_t>(i);
  return c < 0 ? kRefused : FromIcu(c);
}

bool SentenceBreaker::Breaks(std::string_view text, std::vector<uint32_t>& breaks) const {
  breaks.clear();
  const auto n = static_cast<uint32_t>(text.size());
  uint32_t pos = 0;
  while (pos < n) {
    if (!stops_[static_cast<unsigned char>(text[pos])]) {
      ++pos;
      continue;
    }
    uint32_t next;
    const Class c = ClassAt(text, pos, next);
    if (c == kRefused) return false;
    if (!IsTerm(c)) {
      pos = next;
      continue;
    }
    // A terminator. SB6: "3.5"; SB7: "U.S." (a letter before, a capital
    // after, nothing between).
    if (c == kATerm && next < n) {
      uint32_t after;
      const Class d = ClassAt(text, next, after);
      Class before = kOther;
      if (pos > 0) {
        uint32_t b = pos - 1;
        while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
        uint32_t unused;
        before = ClassAt(text, b, unused);
      }
      if (d == kNumeric || (d == kUpper && (before == kUpper || before == kLower))) {
        pos = next;
        continue;
      }
    }
    // SB9, SB10: closing marks, then spaces, stay with the sentence.
    uint32_t k = next;
    uint32_t k_next = k;
    Class d = kOther;
    while (k < n && (d = ClassAt(text, k, k_next)) == kClose) k = k_next;
    while (k < n && (d = ClassAt(text, k, k_next)) == kSp) k = k_next;
    if (k == n) break;  // the paragraph's end is its last boundary
    if (d == kRefused) return false;
    // SB8a: a comma, colon, dash or another terminator goes on.
    if (d == kSContinue || IsTerm(d)) {
      pos = k;
      continue;
    }
    // SB8: after ".", a lower-case letter past non-letters goes on ("etc.
    // and", "No. 5 in").
    if (c == kATerm) {
      uint32_t q = k;
      uint32_t q_next = k_next;
      Class e = d;
      while (!IsLetter(e) && !IsTerm(e)) {
        if (e == kRefused) return false;
        q = q_next;
        if (q == n) break;
        e = ClassAt(text, q, q_next);
      }
      if (q < n && e == kLower) {
        pos = k;
        continue;
      }
    }
    breaks.push_back(k);  // SB11
    pos = k;
  }
  if (n > 0) breaks.push_back(n);
  return true;
}

}  // namespace whosaid::text
