#include "attribution/confidence.hpp"

#include <algorithm>
#include <charconv>
#include <string>

namespace whosaid::attribution {
namespace {

// "NAMED_PERSON" → "named_person", the table's spelling.
std::string TypeKey(v1::SourceType type) {
  std::string name = v1::SourceType_Name(type);
  constexpr std::string_view kPrefix = "SOURCE_TYPE_";
  if (name.rfind(kPrefix, 0) == 0) name.erase(0, kPrefix.size());
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return name;
}

// Words in the source: the table's length buckets.
std::string LengthBucket(std::string_view text, const Attribution& a) {
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

}  // namespace

double Confidence(const grammar::Lexicon& lexicon, std::string_view text,
                  const Attribution& a) {
  const std::string type = TypeKey(a.source_type);
  std::string lemma = a.rule + ":" + a.cue_lemma;
  std::replace(lemma.begin(), lemma.end(), ' ', '_');
  const std::string keys[] = {
      "lemma-type-length:" + lemma + ":" + type + ":" + LengthBucket(text, a),
      "lemma-type:" + lemma + ":" + type, "lemma:" + lemma, "rule:" + a.rule,
      "all"};
  for (const std::string& key : keys) {
    const grammar::PhraseTable::Entry* e = lexicon.calibration().Find(key);
    if (!e || e->fields.size() < 3) continue;
    double p = 0.5;
    const std::string& field = e->fields[2];
    if (std::from_chars(field.data(), field.data() + field.size(), p).ec == std::errc()) {
      return std::clamp(p, 0.0, 1.0);
    }
  }
  return 0.5;
}

double TypeConfidence(const grammar::Lexicon& lexicon, const Attribution& a) {
  const grammar::PhraseTable::Entry* e =
      lexicon.calibration().Find("type:" + TypeKey(a.source_type));
  double p = 0.5;
  if (e && e->fields.size() >= 3 &&
      std::from_chars(e->fields[2].data(), e->fields[2].data() + e->fields[2].size(), p)
              .ec == std::errc()) {
    return std::clamp(p, 0.0, 1.0);
  }
  return 0.5;
}

}  // namespace whosaid::attribution
