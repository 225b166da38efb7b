// Reads a whosaid.v1 length-delimited Envelope stream (from FILE, or
// standard input) and prints one line per record. An example consumer for
// integrators, and the C++ half of the reader tests (tools/read_stream.py
// prints exactly the same lines):
//
//   whosaid check --format proto *.txt | whosaid_read_stream
//   whosaid batch --format proto -o out.binpb dumps/ && whosaid_read_stream
//   out.binpb
//
// Each report line also states whether every span's text is the document
// text at its byte offsets (spans=ok), which needs the text: it is checked
// for HTML documents (Document.text holds the extracted text) and skipped
// otherwise (spans=-).
//
// Exit status: 0 when the stream parsed to its end, 1 otherwise.
#include <fcntl.h>
#include <google/protobuf/io/zero_copy_stream_impl.h>
#include <google/protobuf/util/delimited_message_util.h>
#include <unistd.h>

#include <cstring>
#include <iostream>
#include <string>

#include "whosaid/v1/report.pb.h"

namespace {

// Every Span of the report whose text must equal text[begin:end).
bool SpansMatch(const whosaid::v1::Report& report, const std::string& text) {
  auto ok = [&](const whosaid::v1::Span& s) {
    return s.end_byte() <= text.size() && s.begin_byte() <= s.end_byte() &&
           text.compare(s.begin_byte(), s.end_byte() - s.begin_byte(),
                        s.text()) == 0;
  };
  for (const auto& a : report.attributions()) {
    if (a.has_source() && !ok(a.source())) return false;
    if (!ok(a.cue())) return false;
    for (const auto& c : a.contents()) {
      if (!ok(c)) return false;
    }
  }
  for (const auto& s : report.sentences()) {
    if (!ok(s.span())) return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  const char* name = argc > 1 ? argv[1] : "<stdin>";
  const int fd = argc > 1 ? open(argv[1], O_RDONLY) : STDIN_FILENO;
  if (fd < 0) {
    std::cerr << "whosaid_read_stream: error: " << name << ": "
              << std::strerror(errno) << "\n";
    return 1;
  }
  google::protobuf::io::FileInputStream input(fd);  // one for the whole stream
  whosaid::v1::Envelope envelope;
  bool clean_eof = false;
  // ParseDelimitedFrom* merges into the message: clear it before each record.
  while ((envelope.Clear(),
          google::protobuf::util::ParseDelimitedFromZeroCopyStream(
              &envelope, &input, &clean_eof))) {
    if (envelope.has_header()) {
      std::cout << "header " << envelope.header().schema() << " "
                << envelope.header().tool_version() << "\n";
    } else if (envelope.has_report()) {
      const whosaid::v1::Report& r = envelope.report();
      std::cout << "report " << r.document().id()
                << " attributions=" << r.attributions_size();
      if (r.document().input_format() !=
          whosaid::v1::INPUT_FORMAT_UNSPECIFIED) {
        std::cout << " at=" << r.document().origin() << ":"
                  << r.document().line() << " spans="
                  << (r.document().input_format() !=
                              whosaid::v1::INPUT_FORMAT_HTML
                          ? "-"
                      : SpansMatch(r, r.document().text()) ? "ok"
                                                           : "BAD");
      }
      std::cout << "\n";
    } else if (envelope.has_error()) {
      const whosaid::v1::Document& d = envelope.error().document();
      std::cout << "error " << d.id() << " " << envelope.error().code();
      if (d.input_format() != whosaid::v1::INPUT_FORMAT_UNSPECIFIED) {
        std::cout << " at=" << d.origin() << ":" << d.line();
      }
      std::cout << "\n";
    } else if (envelope.has_summary()) {
      const auto& s = envelope.summary();
      std::cout << "summary documents=" << s.documents()
                << " reports=" << s.reports() << " errors=" << s.errors()
                << "\n";
    }
  }
  if (!clean_eof) {
    std::cerr << "whosaid_read_stream: error: " << name
              << ": truncated or invalid record\n";
    return 1;
  }
  return 0;
}
