// whosaid's library entry point: one document in, one sourcing report out.
//
//   Result<Analyzer> analyzer = Analyzer::Create();
//   if (!analyzer.ok()) …
//   Result<v1::Report> report =
//       analyzer->Analyze(std::move(bytes), {.id = "a.txt", .origin = "a.txt"});
//
// A caller analysing many documents may fill a report it owns instead
// (AnalyzeInto), e.g. one on a google::protobuf::Arena that it resets per
// document: the report's messages and strings are then not allocated and
// freed one by one (a message and a string per span).
//
// The input may hold any bytes: invalid UTF-8 is substituted byte for byte
// (so offsets still match the input) and reported as diagnostics; binary
// data and documents over the size limit are errors.
//
// Thread-safety: an Analyzer is immutable after Create; Analyze may be
// called from many threads at once. No exception leaves this API.
#ifndef WHOSAID_ANALYZER_HPP_
#define WHOSAID_ANALYZER_HPP_

#include <cstdint>
#include <memory>
#include <string>

#include "status.hpp"
#include "whosaid/v1/report.pb.h"

namespace whosaid {

// The version of whosaid, e.g. "0.1.0".
const char* Version();

struct AnalyzerOptions {
  // Larger documents fail with kResourceExhausted (default 64 MiB).
  uint64_t max_document_bytes = 64ull << 20;
};

struct DocumentInfo {
  std::string id;      // caller's id; the CLI uses the path
  std::string origin;  // where the text came from
};

class Analyzer {
 public:
  // Loads the lexicons and builds the grammar and segmenter.
  static Result<Analyzer> Create(AnalyzerOptions options = {});

  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;
  ~Analyzer();

  // Analyses `input` (any bytes). Errors: kInvalidArgument for binary data,
  // kResourceExhausted for a document over the limit, kInternal for ICU
  // failures.
  Result<v1::Report> Analyze(std::string input, const DocumentInfo& info) const;

  // As Analyze, but fills `*out` (cleared first; it may live on an arena).
  // The bytes written are those Analyze returns. On an error `*out` holds
  // no report (it is cleared or partly filled) and should not be used.
  Status AnalyzeInto(std::string input, const DocumentInfo& info,
                     v1::Report* out) const;

  // Content hash of the lexicons in use.
  const std::string& lexicon_version() const;

 private:
  struct Impl;
  explicit Analyzer(std::unique_ptr<const Impl> impl);
  std::unique_ptr<const Impl> impl_;
};

}  // namespace whosaid

#endif  // WHOSAID_ANALYZER_HPP_
