// One JSON Lines record of a news dump → the text to analyse plus metadata.
//
// Field names are configurable; each option lists candidates tried in order
// (the first present, non-null one wins). The defaults work on news-please,
// CC-News and similar dumps. Numbers are coerced to strings (ids), nulls
// count as absent, dates are kept as written.
//
// Invalid UTF-8 in the line is replaced byte by byte with U+FFFD before
// parsing (JSON must be UTF-8, and a stray Latin-1 byte should not lose the
// article); ParsedRecord::invalid_bytes says how many.
//
// simdjson reads a plain record (text a string, metadata strings or nulls);
// nlohmann reads the rest and words every error.
//
// Thread-safety: reentrant.
#ifndef WHOSAID_BATCH_JSONL_HPP_
#define WHOSAID_BATCH_JSONL_HPP_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "batch/record_error.hpp"

namespace simdjson::dom {
class parser;
}  // namespace simdjson::dom

namespace whosaid::batch {

struct JsonFields {
  std::vector<std::string> text = {"text", "maintext"};
  std::vector<std::string> id = {"id"};
  std::vector<std::string> title = {"title"};
  std::vector<std::string> url = {"url"};
  std::vector<std::string> publisher = {"source_domain", "publisher"};
  std::vector<std::string> date = {"date_publish", "date"};
};

struct ParsedRecord {
  std::string text;
  std::string text_field;  // which field `text` came from
  std::string id, title, url, publisher, date;
  uint32_t invalid_bytes = 0;
};

// Parses one line (without its "\n"). Errors: "invalid-json" with the
// 1-based column in code points (also for arrays and objects nested more
// than 512 deep), "no-text" when no text field holds a string.
std::variant<ParsedRecord, RecordError> ParseJsonRecord(
    std::string_view line, const JsonFields& fields);

// ParseJsonRecord for a stream of records: keeps simdjson's buffers from
// one record to the next (allocating them anew was 5 allocations per
// record), but not those of a record over kKeptCapacity bytes.
// Thread-compatible: one per thread.
class JsonRecordReader {
 public:
  static constexpr size_t kKeptCapacity = 1 << 20;

  JsonRecordReader();
  ~JsonRecordReader();
  JsonRecordReader(const JsonRecordReader&) = delete;
  JsonRecordReader& operator=(const JsonRecordReader&) = delete;

  std::variant<ParsedRecord, RecordError> Read(std::string_view line, const JsonFields& fields);

 private:
  std::unique_ptr<simdjson::dom::parser> parser_;
};

// ParseJsonRecord without its fast path (simdjson, for records it reads
// plainly): nlohmann alone. For tests, which check that both agree.
std::variant<ParsedRecord, RecordError> ParseJsonRecordWithNlohmann(
    std::string_view line, const JsonFields& fields);

// True when `line` holds only JSON whitespace (such lines are not records).
bool IsBlankLine(std::string_view line);

}  // namespace whosaid::batch

#endif  // WHOSAID_BATCH_JSONL_HPP_
