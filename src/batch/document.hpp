// One input document → one record: the Report of its text (a plain-text
// file, the text field of a JSON Lines record, the article extracted from
// an HTML page, with spans mapped back to the page), or an ErrorRecord.
//
// Thread-safety: reentrant; the batch workers call it in parallel (each with
// its own JsonRecordReader).
#ifndef WHOSAID_BATCH_DOCUMENT_HPP_
#define WHOSAID_BATCH_DOCUMENT_HPP_

#include <optional>
#include <string>

#include "analyzer.hpp"
#include "batch/jsonl.hpp"
#include "batch/record_error.hpp"
#include "whosaid/v1/report.pb.h"

namespace whosaid::batch {

// `doc` carries what the reader knows (origin, line, input_format, source
// size; id for files); `bytes` are the file or the JSON line. A reader-side
// `error` (unreadable, too large) short-cuts to an ErrorRecord.
v1::Envelope AnalyzeDocument(const Analyzer& analyzer, const JsonFields& fields,
                             v1::Document doc, std::string bytes,
                             const std::optional<RecordError>& error);

// As AnalyzeDocument, into `*out` (empty; it may live on an arena, as the
// batch workers' does: then the whole report is built there), reading a
// JSON Lines record with `json` (one per thread, kept from document to
// document).
void AnalyzeDocumentInto(const Analyzer& analyzer, const JsonFields& fields,
                         v1::Document doc, std::string bytes,
                         const std::optional<RecordError>& error,
                         JsonRecordReader& json, v1::Envelope* out);

// An Envelope holding the ErrorRecord of `document`.
v1::Envelope ErrorEnvelope(v1::Document document, const RecordError& error);

}  // namespace whosaid::batch

#endif  // WHOSAID_BATCH_DOCUMENT_HPP_
