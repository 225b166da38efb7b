#include "batch/jsonl.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "text/utf8.hpp"

namespace whosaid::batch {
namespace {

using nlohmann::json;

// Copies `line`, replacing each byte of an ill-formed UTF-8 sequence with
// U+FFFD (JSON text must be UTF-8; the text layer finds the bytes); counts
// them in `invalid`.
std::string ReplaceInvalidUtf8(std::string_view line, uint32_t& invalid) {
  std::string sanitized(line);
  const std::vector<text::InvalidByte> bad = text::SanitizeUtf8(sanitized);
  invalid += static_cast<uint32_t>(bad.size());
  if (bad.empty()) return sanitized;
  std::string out;
  out.reserve(line.size() + 2 * bad.size());
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

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

}  // namespace

bool IsBlankLine(std::string_view line) {
  return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::variant<ParsedRecord, RecordError> ParseJsonRecord(
    std::string_view line, const JsonFields& fields) {
  ParsedRecord out;
  const std::string clean = ReplaceInvalidUtf8(line, out.invalid_bytes);
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
  out.id = AsString(Find(record, fields.id));
  out.title = AsString(Find(record, fields.title));
  out.url = AsString(Find(record, fields.url));
  out.publisher = AsString(Find(record, fields.publisher));
  out.date = AsString(Find(record, fields.date));
  return out;
}

}  // namespace whosaid::batch
