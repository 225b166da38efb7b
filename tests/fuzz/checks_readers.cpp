// The checks of the batch input readers: jsonl (ParseJsonRecord) and html
// (ExtractArticle and its segment map). See checks.hpp.
#include <google/protobuf/message.h>

#include <algorithm>
#include <cstdint>
#include <exception>
#include <string>
#include <variant>

#include "analyzer.hpp"
#include "batch/html.hpp"
#include "batch/jsonl.hpp"
#include "batch/segment_map.hpp"
#include "checks.hpp"
#include "span_invariants.hpp"
#include "text/utf8.hpp"

namespace whosaid::fuzz {
namespace {

using Errors = std::vector<std::string>;

std::string Range(uint64_t begin, uint64_t end) {
  return "[" + std::to_string(begin) + "," + std::to_string(end) + ")";
}

// The defaults, a configuration with other names (as for another dump
// format), and one whose candidates overlap (the id field is also a text
// candidate, text is also the id) to exercise the lookup order.
const std::vector<batch::JsonFields>& FieldConfigurations() {
  static const std::vector<batch::JsonFields>* configurations = [] {
    batch::JsonFields custom;
    custom.text = {"body", "content", "maintext"};
    custom.id = {"guid", "id"};
    custom.title = {"headline"};
    custom.url = {"link"};
    custom.publisher = {"site"};
    custom.date = {"published"};
    batch::JsonFields overlapping;
    overlapping.text = {"id", "text"};
    overlapping.id = {"text"};
    overlapping.title = {"text", "title"};
    overlapping.date = {};
    return new std::vector<batch::JsonFields>{{}, custom, overlapping};
  }();
  return *configurations;
}

// Code points of the line as ParseJsonRecord sees it (each invalid byte
// becomes one U+FFFD, i.e. one code point).
uint32_t LineCodePoints(std::string_view line) {
  std::string s(line);
  (void)text::SanitizeUtf8(s);
  return text::CountCodePoints(s);
}

void CheckRecordError(std::string_view line, const batch::RecordError& e,
                      const std::string& where, Errors& errors) {
  if (e.message.empty() || e.message.back() == '.' ||
      (e.message[0] >= 'A' && e.message[0] <= 'Z')) {
    errors.push_back(where + "message \"" + e.message +
                     "\" is not lower-case without a final period");
  }
  if (e.code == "invalid-json") {
    const uint32_t limit = LineCodePoints(line) + 1;  // one past the end
    if (e.column < 1 || e.column > limit) {
      errors.push_back(where + "invalid-json at column " +
                       std::to_string(e.column) + ", outside [1, " +
                       std::to_string(limit) + "]");
    }
  } else if (e.code == "no-text") {
    if (e.column != 0) errors.push_back(where + "no-text with a column");
  } else {
    errors.push_back(where + "unknown error code \"" + e.code + "\"");
  }
}

}  // namespace

std::vector<std::string> CheckJsonl(std::string_view input) {
  Errors errors;
  const std::vector<batch::JsonFields>& configurations = FieldConfigurations();
  std::string analysed;  // texts already run through the pipeline check
  bool blank = false;
  try {
    blank = batch::IsBlankLine(input);
  } catch (const std::exception& e) {
    errors.push_back(std::string("IsBlankLine threw: ") + e.what());
  }
  for (size_t k = 0; k < configurations.size(); ++k) {
    const std::string where = "fields " + std::to_string(k) + ": ";
    std::variant<batch::ParsedRecord, batch::RecordError> parsed;
    try {
      parsed = batch::ParseJsonRecord(input, configurations[k]);
    } catch (const std::exception& e) {
      errors.push_back(where + "ParseJsonRecord threw: " + e.what());
      continue;
    } catch (...) {
      errors.push_back(where + "ParseJsonRecord threw");
      continue;
    }
    // The fast path (simdjson, for plain records) must give nlohmann's answer.
    try {
      const auto slow = batch::ParseJsonRecordWithNlohmann(input, configurations[k]);
      if (parsed.index() != slow.index()) {
        errors.push_back(where + "the fast path and nlohmann disagree on success");
      } else if (const auto* f = std::get_if<batch::ParsedRecord>(&parsed)) {
        const auto& n = std::get<batch::ParsedRecord>(slow);
        if (f->text != n.text || f->text_field != n.text_field || f->id != n.id ||
            f->title != n.title || f->url != n.url || f->publisher != n.publisher ||
            f->date != n.date || f->invalid_bytes != n.invalid_bytes) {
          errors.push_back(where + "the fast path and nlohmann read different fields");
        }
      } else {
        const auto& e = std::get<batch::RecordError>(parsed);
        const auto& n = std::get<batch::RecordError>(slow);
        if (e.code != n.code || e.message != n.message || e.column != n.column) {
          errors.push_back(where + "the fast path and nlohmann word the error differently");
        }
      }
    } catch (const std::exception& e) {
      errors.push_back(where + "ParseJsonRecordWithNlohmann threw: " + e.what());
    }
    if (const auto* error = std::get_if<batch::RecordError>(&parsed)) {
      CheckRecordError(input, *error, where, errors);
      continue;
    }
    const auto& record = std::get<batch::ParsedRecord>(parsed);
    if (blank) errors.push_back(where + "a blank line parsed as a record");
    if (std::count(configurations[k].text.begin(), configurations[k].text.end(),
                   record.text_field) == 0) {
      errors.push_back(where + "text came from \"" + record.text_field +
                       "\", not a text candidate");
    }
    for (const std::string* field :
         {&record.text, &record.id, &record.title, &record.url,
          &record.publisher, &record.date}) {
      if (!IsValidUtf8(*field)) {
        errors.push_back(where + "a field is not valid UTF-8");
        break;
      }
    }
    if (record.invalid_bytes > input.size() ||
        (record.invalid_bytes > 0) == IsValidUtf8(input)) {
      errors.push_back(
          where + "invalid_bytes = " + std::to_string(record.invalid_bytes) +
          " disagrees with the line");
    }
    if (k > 0 && record.text == analysed) continue;
    analysed = record.text;
    for (std::string& e : CheckPipeline(record.text)) {
      errors.push_back(where + "record text: " + e);
    }
  }
  return errors;
}

std::vector<std::string> CheckHtml(std::string_view input) {
  Errors errors;
  // The batch reader sanitises the page first (html.hpp needs valid UTF-8);
  // substitution keeps every offset.
  std::string page(input);
  (void)text::SanitizeUtf8(page);
  batch::ExtractedArticle article;
  try {
    article = batch::ExtractArticle(page);
  } catch (const std::exception& e) {
    return {std::string("ExtractArticle threw: ") + e.what()};
  } catch (...) {
    return {"ExtractArticle threw"};
  }
  const std::string& text = article.text;
  const auto page_size = static_cast<uint32_t>(page.size());
  if (!IsValidUtf8(text)) errors.push_back("extracted text is not UTF-8");
  for (const std::string* field :
       {&article.title, &article.url, &article.publisher, &article.date}) {
    if (!IsValidUtf8(*field)) errors.push_back("metadata is not UTF-8");
  }
  if (article.method != "json-ld" && article.method != "article" &&
      article.method != "paragraphs" && article.method != "") {
    errors.push_back("unknown method \"" + article.method + "\"");
  }
  if (article.method.empty() != text.empty()) {
    errors.push_back("method \"" + article.method + "\" with " +
                     std::to_string(text.size()) + " bytes of text");
  }
  // The segments tile the text in order; each maps inside the page, and a
  // verbatim one onto the very same bytes.
  const std::vector<batch::SegmentMap::Segment>& segments =
      article.map.segments();
  uint32_t text_at = 0;
  for (size_t k = 0; k < segments.size(); ++k) {
    const batch::SegmentMap::Segment& s = segments[k];
    const std::string where = "segment " + std::to_string(k) + " text" +
                              Range(s.text_begin, s.text_end) + " page" +
                              Range(s.src_begin, s.src_end) + ": ";
    if (s.text_begin != text_at || s.text_end <= s.text_begin ||
        s.text_end > text.size()) {
      errors.push_back(where + "does not continue the text at " +
                       std::to_string(text_at));
      return errors;
    }
    text_at = s.text_end;
    if (s.src_begin > s.src_end || s.src_end > page_size) {
      errors.push_back(where + "outside the page (" +
                       std::to_string(page_size) + " bytes)");
      return errors;
    }
    if (s.verbatim &&
        std::string_view(page).substr(s.src_begin, s.src_end - s.src_begin) !=
            std::string_view(text).substr(s.text_begin,
                                          s.text_end - s.text_begin)) {
      errors.push_back(where + "verbatim but the bytes differ");
    }
  }
  if (text_at != text.size()) {
    errors.push_back("segments end at " + std::to_string(text_at) + ", text " +
                     std::to_string(text.size()));
  }
  const auto n = static_cast<uint32_t>(text.size());
  const uint32_t step = std::max<uint32_t>(1, n / 24);
  for (uint32_t i = 0; i <= n; i += step) {
    for (uint32_t j = i; j <= n; j += step) {
      uint32_t b = 0, e = 0;
      article.map.Map(i, j, b, e);
      if (b > e || e > page_size) {
        errors.push_back("Map" + Range(i, j) + " = " + Range(b, e) + " (page " +
                         std::to_string(page_size) + " bytes)");
        return errors;
      }
    }
  }
  if (text.empty()) return errors;
  // Analyse the text the way batch does and map the spans back.
  Result<v1::Report> report = SharedAnalyzer().Analyze(text, {"fuzz", "fuzz"});
  if (!report.ok()) {
    if (!(report.status().code() == StatusCode::kInvalidArgument &&
          text::LooksBinary(text))) {
      errors.push_back(std::string("unexpected error ") +
                       StatusCodeName(report.status().code()) + ": " +
                       report.status().message());
    }
    return errors;
  }
  batch::MapSpansToSource(article.map, *report);
  testing::CheckSpans(text, *report, errors);
  bool mapped_outside = false;
  testing::ForEachSpan(*report, [&](const v1::Span& span) {
    if (mapped_outside) return;  // one message is enough
    if (!span.has_source_begin_byte() || !span.has_source_end_byte() ||
        span.source_begin_byte() > span.source_end_byte() ||
        span.source_end_byte() > page_size) {
      errors.push_back("span " + Range(span.begin_byte(), span.end_byte()) +
                       " maps to page " +
                       Range(span.source_begin_byte(), span.source_end_byte()) +
                       " (page " + std::to_string(page_size) + " bytes)");
      mapped_outside = true;
    }
  });
  return errors;
}

}  // namespace whosaid::fuzz
