// Reads a whosaid.v1 length-delimited Envelope stream from standard input
// and prints one line per record. An example consumer for integrators:
//
//   whosaid check --format proto *.txt | whosaid_read_stream
//
// Exit status: 0 when the stream parsed to its end, 1 otherwise.
#include <google/protobuf/io/zero_copy_stream_impl.h>
#include <google/protobuf/util/delimited_message_util.h>
#include <unistd.h>

#include <iostream>

#include "whosaid/v1/report.pb.h"

int main() {
  google::protobuf::io::FileInputStream input(STDIN_FILENO);  // one for the whole stream
  whosaid::v1::Envelope envelope;
  bool clean_eof = false;
  // ParseDelimitedFrom* merges into the message: clear it before each record.
  while ((envelope.Clear(), google::protobuf::util::ParseDelimitedFromZeroCopyStream(
                                &envelope, &input, &clean_eof))) {
    if (envelope.has_header()) {
      std::cout << "header " << envelope.header().schema() << " "
                << envelope.header().tool_version() << "\n";
    } else if (envelope.has_report()) {
      std::cout << "report " << envelope.report().document().id()
                << " attributions=" << envelope.report().attributions_size() << "\n";
    } else if (envelope.has_error()) {
      std::cout << "error " << envelope.error().document().id() << " "
                << envelope.error().code() << "\n";
    } else if (envelope.has_summary()) {
      const auto& s = envelope.summary();
      std::cout << "summary documents=" << s.documents() << " reports=" << s.reports()
                << " errors=" << s.errors() << "\n";
    }
  }
  if (!clean_eof) {
    std::cerr << "whosaid_read_stream: error: <stdin>: truncated or invalid record\n";
    return 1;
  }
  return 0;
}
