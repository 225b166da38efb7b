// The batch engine: reads every input document, analyses them on N worker
// threads and hands one Envelope (a Report or an ErrorRecord) per document
// back to the caller, in input order, whatever the number of threads.
//
//   reader thread ──(bounded)──▶ N workers ──▶ reorder buffer ──▶ emit()
//                                                (calling thread)
//
// Memory is bounded by the documents in flight: at most 2·jobs + 2 are read
// but not yet emitted; a JSON Lines file is read line by line and a file is
// read only when its turn comes. Nothing is lost: a file that cannot be
// read, a line that is not JSON, a document over the size limit, binary
// data — each yields an ErrorRecord with the reason.
//
// Record identity (for --resume): RecordKey(document) = origin + "\t" +
// line, unique within one run.
//
// Thread-safety: RunBatch may be called from several threads on different
// inputs; the Analyzer is shared read-only by the workers.
#ifndef WHOSAID_BATCH_ENGINE_HPP_
#define WHOSAID_BATCH_ENGINE_HPP_

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

#include "analyzer.hpp"
#include "batch/inputs.hpp"
#include "batch/jsonl.hpp"
#include "status.hpp"
#include "whosaid/v1/report.pb.h"

namespace whosaid::batch {

struct BatchOptions {
  JsonFields fields;
  unsigned jobs = 1;  // worker threads, at least 1
  // Larger documents (files, JSON lines, HTML pages) yield "too-large".
  uint64_t max_document_bytes = 64ull << 20;
  // Documents whose RecordKey is in here are not read into the pipeline
  // (already in the output of an earlier run).
  const std::unordered_set<std::string>* skip = nullptr;
  // Optional, run on the worker threads: first `finish` on each Report
  // (whosaid batch applies the configured check severities there), then
  // `serialize` on each record (see SerializeFn). Both must be reentrant.
  std::function<void(v1::Report&)> finish;
  std::function<std::string(const v1::Envelope&)> serialize;
};

// Turns a record into output bytes. Called on the worker threads, so it
// must be reentrant (BatchWriter::Serialize is).
using SerializeFn = std::function<std::string(const v1::Envelope& record)>;

// Called on the calling thread, once per document, in input order, with the
// record and what `serialize` made of it (empty without one). A serialized
// record's report arrives without its attributions, claims, sentences,
// boilerplate and document text (they are in `serialized`; freeing them on
// the workers keeps the writer thread light): its document, profile (with
// the attribution count) and diagnostics remain, the diagnostics without
// their messages and locations.
// `source_bytes` is how many input bytes the document took (for progress).
// A non-ok Status stops the batch and is returned by RunBatch.
using EmitFn = std::function<Status(
    v1::Envelope& record, std::string& serialized, uint64_t source_bytes)>;

// Runs the batch. Returns non-ok only when emit failed or the engine itself
// could not run; per-document failures are records.
Status RunBatch(const Analyzer& analyzer, const std::vector<InputFile>& inputs,
                const BatchOptions& options, const EmitFn& emit);

std::string RecordKey(const v1::Document& document);

}  // namespace whosaid::batch

#endif  // WHOSAID_BATCH_ENGINE_HPP_
