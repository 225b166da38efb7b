#include "batch/document.hpp"

#include <variant>

#include "batch/html.hpp"
#include "batch/jsonl.hpp"
#include "text/utf8.hpp"

namespace whosaid::batch {

v1::Envelope ErrorEnvelope(v1::Document document, const RecordError& error) {
  v1::Envelope envelope;
  v1::ErrorRecord* record = envelope.mutable_error();
  *record->mutable_document() = std::move(document);
  record->set_code(error.code);
  record->set_message(error.message);
  record->set_column(error.column);
  return envelope;
}

namespace {

// Copies the reader's metadata over what Analyze filled.
void MergeDocument(const v1::Document& from, v1::Document& into) {
  into.set_input_format(from.input_format());
  into.set_line(from.line());
  into.set_source_size_bytes(from.source_size_bytes());
}

}  // namespace

v1::Envelope AnalyzeDocument(const Analyzer& analyzer, const JsonFields& fields,
                             v1::Document doc, std::string bytes,
                             const std::optional<RecordError>& error) {
  v1::Envelope envelope;
  JsonRecordReader json;
  AnalyzeDocumentInto(analyzer, fields, std::move(doc), std::move(bytes), error, json,
                      &envelope);
  return envelope;
}

void AnalyzeDocumentInto(const Analyzer& analyzer, const JsonFields& fields,
                         v1::Document doc, std::string bytes,
                         const std::optional<RecordError>& error,
                         JsonRecordReader& json, v1::Envelope* envelope) {
  // An error record is small: built on the heap and copied in.
  auto fail = [&](const RecordError& e) {
    *envelope = ErrorEnvelope(std::move(doc), e);
  };
  if (error) return fail(*error);
  std::string text;
  std::variant<ParsedRecord, RecordError> parsed;
  std::optional<ExtractedArticle> article;
  uint32_t invalid_bytes = 0;
  switch (doc.input_format()) {
    case v1::INPUT_FORMAT_JSONL: {
      parsed = json.Read(bytes, fields);
      if (auto* error = std::get_if<RecordError>(&parsed)) {
        return fail(*error);
      }
      auto& record = std::get<ParsedRecord>(parsed);
      doc.set_id(record.id);
      doc.set_title(record.title);
      doc.set_url(record.url);
      doc.set_publisher(record.publisher);
      doc.set_date(record.date);
      doc.set_text_source(record.text_field);
      invalid_bytes = record.invalid_bytes;
      text = std::move(record.text);
      break;
    }
    case v1::INPUT_FORMAT_HTML: {
      invalid_bytes = static_cast<uint32_t>(text::SanitizeUtf8(bytes).size());
      if (text::LooksBinary(bytes)) {
        return fail({"invalid-argument", "binary file (not UTF-8 text)", 0});
      }
      article = ExtractArticle(bytes);
      doc.set_title(article->title);
      doc.set_url(article->url);
      doc.set_publisher(article->publisher);
      doc.set_date(article->date);
      doc.set_text_source(article->method);
      text = article->text;
      break;
    }
    default:
      text = std::move(bytes);
      break;
  }
  v1::Report* report = envelope->mutable_report();
  const Status status =
      analyzer.AnalyzeInto(std::move(text), {doc.id(), doc.origin()}, report);
  if (!status.ok()) return fail(RecordError::From(status));
  v1::Document* out = report->mutable_document();
  MergeDocument(doc, *out);
  out->set_title(doc.title());
  out->set_url(doc.url());
  out->set_publisher(doc.publisher());
  out->set_date(doc.date());
  out->set_text_source(doc.text_source());
  if (article) {
    MapSpansToSource(article->map, *report);
    out->set_text(std::move(article->text));
  }
  if (invalid_bytes > 0) {
    out->set_invalid_utf8_bytes(invalid_bytes);
    if (doc.input_format() == v1::INPUT_FORMAT_JSONL) {
      v1::Diagnostic* d = report->add_diagnostics();
      d->set_severity(v1::SEVERITY_WARNING);
      d->set_check("invalid-utf8");
      d->set_message(std::to_string(invalid_bytes) + " invalid UTF-8 byte" +
                     (invalid_bytes == 1 ? "" : "s") +
                     " in the JSON line replaced by U+FFFD");
    }
  }
}

// Reads a whole file (or standard input) if it fits in `limit`.

}  // namespace whosaid::batch
