// Checks a `whosaid check --format proto` stream against the input it came
// from, for the hostile-input tests:
//
//   verify_stream INPUT < STREAM
//
// Prints one line per record: "report spans=N attributions=A sentences=S
// invalid=I" after checking every span invariant against the sanitized
// input (tests/support/span_invariants.hpp), or "error CODE: MESSAGE".
// Exit status 0 when the stream is well formed (header, records, summary)
// and every span holds, 1 otherwise.
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl.h>
#include <google/protobuf/util/delimited_message_util.h>
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "span_invariants.hpp"
#include "text/utf8.hpp"
#include "whosaid/v1/report.pb.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: verify_stream INPUT < STREAM\n";
    return 2;
  }
  std::string input;
  std::ifstream in(argv[1], std::ios::binary);
  if (in) {  // a directory or missing input: only error records expected
    std::ostringstream buffer;
    buffer << in.rdbuf();
    input = std::move(buffer).str();
  }
  (void)whosaid::text::SanitizeUtf8(input);
  const whosaid::testing::TextIndex index(input);

  google::protobuf::io::FileInputStream raw(STDIN_FILENO);
  int records = 0, failures = 0;
  bool summary = false;
  for (;;) {
    whosaid::v1::Envelope envelope;
    bool clean_eof = false;
    if (!google::protobuf::util::ParseDelimitedFromZeroCopyStream(
            &envelope, &raw, &clean_eof)) {
      if (!clean_eof) {
        std::cout << "malformed record " << records << "\n";
        ++failures;
      }
      break;
    }
    if (records++ == 0 && !envelope.has_header()) {
      std::cout << "first record is not a header\n";
      ++failures;
    }
    if (envelope.has_report()) {
      const whosaid::v1::Report& report = envelope.report();
      std::vector<std::string> errors;
      const size_t spans = whosaid::testing::CheckSpans(index, report, errors);
      for (const std::string& e : errors)
        std::cout << "span invariant: " << e << "\n";
      failures += static_cast<int>(errors.size());
      std::cout << "report spans=" << spans
                << " attributions=" << report.attributions_size()
                << " sentences=" << report.sentences_size()
                << " invalid=" << report.document().invalid_utf8_bytes()
                << "\n";
    } else if (envelope.has_error()) {
      std::cout << "error " << envelope.error().code() << ": "
                << envelope.error().message() << "\n";
    } else if (envelope.has_summary()) {
      summary = true;
    }
  }
  if (!summary) {
    std::cout << "no summary record\n";
    ++failures;
  }
  return failures == 0 ? 0 : 1;
}
