// Output sinks: a report as readable text, one-line JSON, text-format
// protobuf, or a length-delimited stream of whosaid.v1.Envelope records.
//
// JSON uses the .proto field names ("begin_byte"), enum names, and prints
// fields at their default values so every key is always present.
//
// Thread-safety: the free functions are reentrant; a DelimitedWriter is for
// one thread.
#ifndef WHOSAID_REPORT_SINKS_HPP_
#define WHOSAID_REPORT_SINKS_HPP_

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "status.hpp"
#include "whosaid/v1/report.pb.h"

namespace google::protobuf::io {
class CodedOutputStream;
class OstreamOutputStream;
}  // namespace google::protobuf::io

namespace whosaid::report {

struct TextStyle {
  // ANSI colours (SGR) on severities and locations.
  bool color = false;
};

// Writes `report` for a person: its diagnostics as
// "NAME:LINE:COL: SEVERITY: MESSAGE [CHECK]" (a whole-document finding
// points at 1:1), every attribution with its spans, type, confidence and
// rule, then a summary block: the sourcing profile, the check-worthy claims
// nobody is cited for, and the findings by severity. `name` labels
// locations.
void WriteText(const v1::Report& report, const std::string& name,
               std::ostream& out, const TextStyle& style = {});

// Writes `message` as one line of JSON followed by "\n".
Status WriteJsonLine(const google::protobuf::Message& message, std::ostream& out);

// Writes `message` in protobuf text format.
Status WriteTextproto(const google::protobuf::Message& message, std::ostream& out);

// Writes varint-length-prefixed Envelope records (protobuf's
// writeDelimitedTo framing) through one CodedOutputStream for the whole
// stream.
class DelimitedWriter {
 public:
  explicit DelimitedWriter(std::ostream& out);
  ~DelimitedWriter();
  DelimitedWriter(const DelimitedWriter&) = delete;
  DelimitedWriter& operator=(const DelimitedWriter&) = delete;

  Status Write(const v1::Envelope& envelope);
  // Writes a record already framed by Frame() (so that worker threads can
  // serialize in parallel and one writer only copies bytes).
  Status WriteFramed(std::string_view framed);
  // `envelope` as its varint size followed by its bytes, deterministic (map
  // fields in key order): exactly what Write() would write; empty when it
  // cannot be serialized. Allocates the record's size once. Reentrant.
  static std::string Frame(const v1::Envelope& envelope);
  // Pushes buffered bytes to the ostream.
  Status Flush();

 private:
  std::ostream& out_;
  std::unique_ptr<google::protobuf::io::OstreamOutputStream> raw_;
  std::unique_ptr<google::protobuf::io::CodedOutputStream> coded_;
};

}  // namespace whosaid::report

#endif  // WHOSAID_REPORT_SINKS_HPP_
