// Batch output: the record stream (JSON Lines or length-delimited
// whosaid.v1.Envelope protobuf), its summary, and reading an earlier run's
// output back for --resume.
//
// JSON: exactly one line per document (a {"report":…} or {"error":…}
// envelope), nothing else, so that line-oriented engines (GNU parallel,
// Hadoop Streaming, Spark pipe(), Dask) see one output line per input line.
// Proto: a Header, one Report or ErrorRecord per document, then a Summary.
//
// Resume: ReadBack scans the file, keeps every complete document record,
// and reports where the valid part ends: a torn last record (the process
// was killed while writing it) and a closing Summary are cut off, so the
// resumed run appends the missing documents and a fresh Summary. The result
// is byte for byte what an uninterrupted run writes, because records are
// deterministic and in input order.
//
// Thread-safety: one thread.
#ifndef WHOSAID_BATCH_OUTPUT_HPP_
#define WHOSAID_BATCH_OUTPUT_HPP_

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <unordered_set>

#include "batch/rollup.hpp"
#include "report/sinks.hpp"
#include "status.hpp"
#include "whosaid/v1/report.pb.h"

namespace whosaid::batch {

enum class OutputFormat { kJson, kProto };

// Adds one document record to the summary's counts.
void CountRecord(const v1::Envelope& record, v1::Summary& summary);

struct ResumeState {
  uint64_t valid_bytes = 0;  // keep [0, valid_bytes) of the file
  bool has_header = false;
  std::unordered_set<std::string> keys;  // RecordKey of each record kept
  v1::Summary summary;                   // counts of the records kept
};

// Reads an earlier run's output at `path` (which must exist). Each kept
// record is also added to `rollup` when given. Errors: kInvalidArgument when
// the file is not a stream of this format (refuse rather than append to
// something else).
Result<ResumeState> ReadBack(const std::string& path, OutputFormat format,
                             Rollup* rollup);

class BatchWriter {
 public:
  BatchWriter(std::ostream& out, OutputFormat format);
  ~BatchWriter();

  // Proto: writes the header record. JSON: nothing.
  Status WriteHeader(const v1::Header& header);
  // Writes one document record and counts it in summary().
  Status Write(const v1::Envelope& record);
  // The bytes Write() would write for `record` (a JSON line with its "\n",
  // or a framed proto record). Reentrant: workers call it in parallel.
  std::string Serialize(const v1::Envelope& record) const;
  // Write() with the bytes already made by Serialize(record).
  Status WriteSerialized(const v1::Envelope& record, const std::string& bytes);
  // Proto: writes the Summary record. Both: flushes.
  Status Finish();

  v1::Summary& summary() { return summary_; }

  // Test hook for the resume tests: after `records` more records, write only
  // the first half of the next one, flush, and fail with kInternal.
  void TearAfter(uint64_t records) { tear_after_ = records; }

 private:
  std::ostream& out_;
  OutputFormat format_;
  std::unique_ptr<report::DelimitedWriter> delimited_;
  v1::Summary summary_;
  uint64_t written_ = 0;
  uint64_t tear_after_ = UINT64_MAX;
};

}  // namespace whosaid::batch

#endif  // WHOSAID_BATCH_OUTPUT_HPP_
