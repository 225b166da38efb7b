#include "attribution/confidence.hpp"

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::attribution {
namespace {

// "NAMED_PERSON" → "named_person", the table's spelling.
std::string TypeKeyOf(v1::SourceType type) {
  std::string name = v1::SourceType_Name(type);
  constexpr std::string_view kPrefix = "SOURCE_TYPE_";
  if (name.rfind(kPrefix, 0) == 0) name.erase(0, kPrefix.size());
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return name;
}

// TypeKeyOf, made once per enum value: every attribution asks for it twice.
std::string_view TypeKey(v1::SourceType type) {
  static const std::vector<std::string> kKeys = [] {
    std::vector<std::string> keys;
    for (int v = 0; v <= v1::SourceType_MAX; ++v) {
      keys.push_back(TypeKeyOf(static_cast<v1::SourceType>(v)));
    }
    return keys;
  }();
  const auto v = static_cast<size_t>(type);
  if (type < 0 || v >= kKeys.size()) {
    static const std::string kUnknown;  // SourceType_Name of no value
    return kUnknown;
  }
  return kKeys[v];
}

// Words in the source: the table's length buckets.
std::string_view LengthBucket(std::string_view text, const Attribution& a) {
  if (!a.source) return "0";
  const std::string_view s = text.substr(a.source->begin, a.source->end - a.source->begin);
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words <= 1 ? "1" : words <= 4 ? "2-4" : "5+";
}

// The probability in the calibration row `key`, when it has one.
bool RowProbability(const grammar::Lexicon& lexicon, std::string_view key,
                    double& p) {
  const grammar::KeyTable::Entry* e = lexicon.calibration().Find(key);
  if (!e || e->fields.size() < 3) return false;
  double value = 0.5;
  const std::string& field = e->fields[2];
  if (std::from_chars(field.data(), field.data() + field.size(), value).ec !=
      std::errc()) {
    return false;
  }
  p = std::clamp(value, 0.0, 1.0);
  return true;
}

}  // namespace

double Confidence(const grammar::Lexicon& lexicon, std::string_view text,
                  const Attribution& a) {
  const std::string_view type = TypeKey(a.source_type);
  std::string lemma = a.rule + ":" + a.cue_lemma;
  std::replace(lemma.begin(), lemma.end(), ' ', '_');
  // The keys, most specific first, each built in one buffer only when the
  // ones before it have no row (most attributions stop at the first).
  std::string key;
  key.reserve(64);
  double p = 0.5;
  auto found = [&](std::initializer_list<std::string_view> parts) {
    key.clear();
    for (std::string_view part : parts) key += part;
    return RowProbability(lexicon, key, p);
  };
  if (found({"lemma-type-length:", lemma, ":", type, ":",
             LengthBucket(text, a)}) ||
      found({"lemma-type:", lemma, ":", type}) || found({"lemma:", lemma}) ||
      found({"rule:", a.rule}) || found({"all"})) {
    return p;
  }
  return 0.5;
}

double TypeConfidence(const grammar::Lexicon& lexicon, const Attribution& a) {
  std::string key = "type:";
  key += TypeKey(a.source_type);
  double p = 0.5;
  return RowProbability(lexicon, key, p) ? p : 0.5;
}

}  // namespace whosaid::attribution
