#include "batch/jsonl.hpp"

#include <simdjson.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "text/utf8.hpp"

namespace whosaid::batch {
namespace {

using nlohmann::json;

// Copies `line`, replacing each byte of an ill-formed UTF-8 sequence with
// U+FFFD (JSON text must be UTF-8; the text layer finds the bytes); counts
// them in `invalid`.
// The copy has simdjson's padding of spare capacity, so that simdjson reads
// it in place.
std::string ReplaceInvalidUtf8(std::string_view line, uint32_t& invalid) {
  std::string sanitized;
  sanitized.reserve(line.size() + simdjson::SIMDJSON_PADDING);
  sanitized.assign(line);
  const std::vector<text::InvalidByte> bad = text::SanitizeUtf8(sanitized);
  invalid += static_cast<uint32_t>(bad.size());
  if (bad.empty()) return sanitized;
  std::string out;
  out.reserve(line.size() + 2 * bad.size() + simdjson::SIMDJSON_PADDING);
  size_t from = 0;
  for (const text::InvalidByte& b : bad) {
    out.append(line.substr(from, b.offset - from));
    out += "\xEF\xBF\xBD";
    from = b.offset + 1;
  }
  out.append(line.substr(from));
  return out;
}

// The first candidate field that is present and not null, as a string.
const json* Find(const json& record, const std::vector<std::string>& names,
                 std::string* found_name = nullptr) {
  for (const std::string& name : names) {
    auto it = record.find(name);
    if (it != record.end() && !it->is_null()) {
      if (found_name) *found_name = name;
      return &*it;
    }
  }
  return nullptr;
}

std::string AsString(const json* value) {
  if (value == nullptr) return "";
  if (value->is_string()) return value->get<std::string>();
  return value->dump();  // numbers, booleans, objects: their JSON text
}

// The metadata fields of a record, each with its candidate names (both
// parsers fill them the same way).
constexpr std::pair<std::string ParsedRecord::*, std::vector<std::string> JsonFields::*>
    kMetadata[] = {{&ParsedRecord::id, &JsonFields::id},
                   {&ParsedRecord::title, &JsonFields::title},
                   {&ParsedRecord::url, &JsonFields::url},
                   {&ParsedRecord::publisher, &JsonFields::publisher},
                   {&ParsedRecord::date, &JsonFields::date}};

// Deeper nesting than any news record has. nlohmann's parser copes with
// more, but dump() (metadata that is an array or object) recurses, so 10^5
// nested "[" would overflow the stack.
constexpr size_t kMaxDepth = 512;

// Byte offset of the bracket that opens level kMaxDepth + 1, or npos.
size_t TooDeepAt(std::string_view line) {
  size_t depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxDepth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::string_view::npos;
}

// The fast way to read a record: simdjson's validating DOM parser (nlohmann
// was 18% of `whosaid batch`'s instructions on news dumps). It takes only a
// record it reads plainly: an object whose text field is a string, whose
// metadata fields are strings or nulls, and where no candidate field name
// stands twice (nlohmann keeps the last, our lookup the first). Anything
// else, errors included, is nullopt: the caller parses it with nlohmann,
// whose error messages and number formatting the output keeps. (Test
// Jsonl.FastPathAgreesWithNlohmann compares both ways on tricky records:
// escapes, lone surrogates, numbers, duplicates, nesting, bad syntax.)
class PlainRecordReader {
 public:
  explicit PlainRecordReader(const JsonFields& fields) : fields_(fields) {}

  // `parser` is reused from record to record (its buffers grow as needed).
  std::optional<ParsedRecord> Read(const std::string& clean, simdjson::dom::parser& parser,
                                   ParsedRecord out) {
    // Deeper than kMaxDepth is an error, which ParseWithNlohmann words.
    if ((parser.capacity() < clean.size() || parser.max_depth() != kMaxDepth) &&
        parser.allocate(clean.size(), kMaxDepth) != simdjson::SUCCESS) {
      return std::nullopt;
    }
    simdjson::dom::object record;
    if (parser.parse(clean).get_object().get(record) != simdjson::SUCCESS) return std::nullopt;
    for (const simdjson::dom::key_value_pair field : record) {
      if (!Keep(field.key, field.value)) return std::nullopt;
    }
    const Found* text = First(fields_.text);
    if (text == nullptr || !text->value.is_string()) return std::nullopt;
    out.text_field = std::string(text->name);
    out.text = std::string(text->value.get_string().value_unsafe());
    for (const auto& [value, names] : kMetadata) {
      const Found* found = First(fields_.*names);
      if (found == nullptr) continue;
      if (!found->value.is_string()) return std::nullopt;  // a number's text: nlohmann's
      out.*value = std::string(found->value.get_string().value_unsafe());
    }
    return out;
  }

 private:
  struct Found {
    std::string_view name;
    simdjson::dom::element value;
  };

  // Notes a field whose name is a candidate; false when that name was
  // already seen.
  bool Keep(std::string_view name, simdjson::dom::element value) {
    if (!IsCandidate(name)) return true;
    for (const Found& f : found_) {
      if (f.name == name) return false;
    }
    found_.push_back({name, value});
    return true;
  }

  bool IsCandidate(std::string_view name) const {
    const auto among = [&](const std::vector<std::string>& names) {
      return std::find(names.begin(), names.end(), name) != names.end();
    };
    if (among(fields_.text)) return true;
    for (const auto& [value, names] : kMetadata) {
      if (among(fields_.*names)) return true;
    }
    return false;
  }

  // The first candidate that is present and not null, as Find() below.
  const Found* First(const std::vector<std::string>& names) const {
    for (const std::string& name : names) {
      for (const Found& f : found_) {
        if (f.name == name && !f.value.is_null()) return &f;
      }
    }
    return nullptr;
  }

  const JsonFields& fields_;
  std::vector<Found> found_;
};

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// The whole parse with nlohmann, of a line already through
// ReplaceInvalidUtf8 (`out` holds its count).
std::variant<ParsedRecord, RecordError> ParseWithNlohmann(const std::string& clean,
                                                         const JsonFields& fields,
                                                         ParsedRecord out) {
  if (const size_t at = TooDeepAt(clean); at != std::string_view::npos) {
    return RecordError{
        "invalid-json",
        "invalid JSON: nested deeper than " + std::to_string(kMaxDepth) +
            " levels",
        text::CountCodePoints(std::string_view(clean).substr(0, at)) + 1};
  }
  json record;
  try {
    record = json::parse(clean);
  } catch (const json::parse_error& e) {
    // e.what(): "[json.exception.parse_error.101] parse error at line 1,
    // column 7: syntax error while parsing …"; keep the part after the
    // location, which is already lower-case.
    std::string what = e.what();
    const size_t colon = what.find(": ", what.find("column"));
    std::string reason =
        colon == std::string::npos ? what : what.substr(colon + 2);
    if (!reason.empty() && reason.back() == '.') reason.pop_back();
    // e.byte: 1-based byte of the offending character; report its column
    // in code points, like every whosaid location.
    const size_t before =
        std::min<size_t>(e.byte > 0 ? e.byte - 1 : 0, clean.size());
    return RecordError{
        "invalid-json", "invalid JSON: " + reason,
        text::CountCodePoints(std::string_view(clean).substr(0, before)) + 1};
  } catch (const std::exception& e) {
    return RecordError{"invalid-json", "invalid JSON: " + std::string(e.what()),
                       1};
  }
  if (!record.is_object()) {
    return RecordError{"invalid-json", "invalid JSON: record is not an object",
                       1};
  }
  const json* text = Find(record, fields.text, &out.text_field);
  if (text == nullptr || !text->is_string()) {
    return RecordError{
        "no-text",
        text == nullptr ? "no text field (looked for " + Join(fields.text) + ")"
                        : "text field " + out.text_field + " is not a string",
        0};
  }
  out.text = text->get<std::string>();
  for (const auto& [value, names] : kMetadata) out.*value = AsString(Find(record, fields.*names));
  return out;
}

}  // namespace

bool IsBlankLine(std::string_view line) {
  return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

JsonRecordReader::JsonRecordReader() = default;
JsonRecordReader::~JsonRecordReader() = default;

std::variant<ParsedRecord, RecordError> JsonRecordReader::Read(std::string_view line,
                                                               const JsonFields& fields) {
  ParsedRecord out;
  const std::string clean = ReplaceInvalidUtf8(line, out.invalid_bytes);
  if (parser_ == nullptr) parser_ = std::make_unique<simdjson::dom::parser>();
  std::optional<ParsedRecord> plain = PlainRecordReader(fields).Read(clean, *parser_, out);
  if (parser_->capacity() > kKeptCapacity) parser_.reset();  // a large record's buffers
  if (plain) return *std::move(plain);
  return ParseWithNlohmann(clean, fields, std::move(out));
}

std::variant<ParsedRecord, RecordError> ParseJsonRecord(
    std::string_view line, const JsonFields& fields) {
  return JsonRecordReader().Read(line, fields);
}

std::variant<ParsedRecord, RecordError> ParseJsonRecordWithNlohmann(
    std::string_view line, const JsonFields& fields) {
  ParsedRecord out;
  const std::string clean = ReplaceInvalidUtf8(line, out.invalid_bytes);
  return ParseWithNlohmann(clean, fields, std::move(out));
}

}  // namespace whosaid::batch
