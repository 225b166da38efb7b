#include "text/search.hpp"

#include <algorithm>
#include <cstring>

namespace whosaid::text {
namespace {

// The index of the byte of `needle` to scan for: its first non-space.
size_t AnchorOf(std::string_view needle) {
  const size_t k = needle.find_first_not_of(' ');
  return k == std::string_view::npos ? 0 : k;
}

}  // namespace

size_t RFind(std::string_view s, std::string_view needle, size_t pos) {
  const size_t n = needle.size();
  if (n > s.size()) return std::string_view::npos;
  const size_t last = std::min(pos, s.size() - n);  // the last start to try
  if (n == 0) return last;
  const size_t k = AnchorOf(needle);
  const char anchor = needle[k];
  // Starts [0, last] put the anchor at [k, last + k].
  size_t end = last + k + 1;  // one past the anchor positions still to scan
  while (end > k) {
    const void* hit = memrchr(s.data() + k, anchor, end - k);
    if (hit == nullptr) return std::string_view::npos;
    const size_t at = static_cast<size_t>(static_cast<const char*>(hit) - s.data());
    const size_t start = at - k;
    if (std::memcmp(s.data() + start, needle.data(), n) == 0) return start;
    end = at;
  }
  return std::string_view::npos;
}

size_t Find(std::string_view s, std::string_view needle, size_t pos) {
  const size_t n = needle.size();
  if (pos > s.size() || n > s.size() - pos) return std::string_view::npos;
  if (n == 0) return pos;
  const size_t k = AnchorOf(needle);
  const char anchor = needle[k];
  // Starts [pos, s.size() - n] put the anchor at [pos + k, s.size() - n + k].
  size_t from = pos + k;
  const size_t to = s.size() - n + k + 1;  // one past the last anchor position
  while (from < to) {
    const void* hit = std::memchr(s.data() + from, anchor, to - from);
    if (hit == nullptr) return std::string_view::npos;
    const size_t at = static_cast<size_t>(static_cast<const char*>(hit) - s.data());
    const size_t start = at - k;
    if (std::memcmp(s.data() + start, needle.data(), n) == 0) return start;
    from = at + 1;
  }
  return std::string_view::npos;
}

}  // namespace whosaid::text
