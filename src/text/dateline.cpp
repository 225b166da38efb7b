#include "text/dateline.hpp"

#include <algorithm>

namespace whosaid::text {

Dateline DatelineAt(std::string_view text, uint32_t begin, uint32_t end) {
  constexpr size_t kMaxDatelineBytes = 64;
  if (begin >= end || end > text.size() || (begin > 0 && text[begin - 1] != '\n')) return {};
  const std::string_view head =
      text.substr(begin, std::min<size_t>(end - begin, kMaxDatelineBytes));
  // The place opens with a word of two or more capitals ("NEW YORK").
  size_t upper = 0;
  while (upper < head.size() && head[upper] >= 'A' && head[upper] <= 'Z') ++upper;
  if (upper < 2 || upper == head.size() || !(head[upper] == ' ' || head[upper] == ',' ||
                                             head[upper] == '.' || head[upper] == '-')) {
    return {};
  }
  for (std::string_view dash : {" - ", " -- ", " \u2014 ", " \u2013 "}) {
    const size_t at = head.find(dash);
    if (at == std::string_view::npos) continue;
    // Letters, spaces, periods, commas, brackets: no figures, no quotation.
    const std::string_view place = head.substr(0, at);
    constexpr std::string_view kPlaceBytes =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz .,()'&-";
    if (place.find_first_not_of(kPlaceBytes) != std::string_view::npos) return {};
    const size_t after = begin + at + dash.size();
    if (after >= end) return {};
    Dateline dateline{static_cast<uint32_t>(after), {}};
    // "KALVIK, Norland (Wirewire)": an outlet in brackets closes the place.
    const size_t open = place.rfind(" (");
    if (open != std::string_view::npos && place.back() == ')' && place.size() > open + 3) {
      dateline.outlet = place.substr(open + 2, place.size() - open - 3);
    }
    return dateline;
  }
  return {};
}

std::string_view DatelineOutlet(std::string_view text) {
  constexpr size_t kTopBytes = 512;
  const size_t top = std::min(text.size(), kTopBytes);
  for (size_t begin = 0; begin < top;) {
    const size_t line_end = std::min(text.find('\n', begin), text.size());
    const Dateline d =
        DatelineAt(text, static_cast<uint32_t>(begin), static_cast<uint32_t>(line_end));
    if (!d.outlet.empty()) return d.outlet;
    begin = line_end + 1;
  }
  return {};
}

}  // namespace whosaid::text
