// whosaid: the command line. The only translation unit that includes CLI11.
//
// Exit codes (see README):
//   0  every document was analysed
//   1  reserved for "findings at or above --fail-on"
//   2  usage error, or at least one document could not be read or analysed
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "analyzer.hpp"
#include "report/sinks.hpp"
#include "text/utf8.hpp"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsageOrInput = 2;

struct CheckOptions {
  std::vector<std::string> files;
  std::string format = "text";
  uint64_t max_document_bytes = 64ull << 20;
};

// The name of a document in reports and messages. Linux file names are
// bytes; a report's strings must be UTF-8 (or protobuf writes an unreadable
// record and JSON drops bytes), so each invalid byte shows as U+FFFD.
std::string DisplayName(const std::string& path) {
  if (path == "-") return "<stdin>";
  std::string sanitized = path;
  const std::vector<whosaid::text::InvalidByte> invalid =
      whosaid::text::SanitizeUtf8(sanitized);
  if (invalid.empty()) return path;
  std::string name;
  size_t from = 0;
  for (const whosaid::text::InvalidByte& b : invalid) {
    name.append(path, from, b.offset - from).append("\uFFFD");
    from = b.offset + 1;
  }
  return name.append(path, from);
}

whosaid::Status TooLarge(const std::string& size, uint64_t limit) {
  return whosaid::Status(whosaid::StatusCode::kResourceExhausted,
                         "document is " + size + " bytes, over the limit of " +
                             std::to_string(limit));
}

// Appends `in` to `out` but stops after limit + 1 bytes, so that neither a
// huge file nor an endless pipe is ever held in memory whole.
whosaid::Status ReadBounded(std::istream& in, uint64_t limit,
                            std::string& out) {
  constexpr size_t kChunk = 1 << 16;
  while (in && out.size() <= limit) {
    const size_t want =
        static_cast<size_t>(std::min<uint64_t>(kChunk, limit + 1 - out.size()));
    const size_t old_size = out.size();
    out.resize(old_size + want);
    in.read(out.data() + old_size, static_cast<std::streamsize>(want));
    out.resize(old_size + static_cast<size_t>(in.gcount()));
  }
  if (in.bad()) {
    return whosaid::Status(whosaid::StatusCode::kUnreadable,
                           "cannot read: " + std::string(std::strerror(errno)));
  }
  if (out.size() > limit) {
    out.clear();
    out.shrink_to_fit();
    return TooLarge("more than " + std::to_string(limit), limit);
  }
  return whosaid::OkStatus();
}

// Reads all of `path` ("-" = standard input) into `out`, or fails without
// reading more than `limit` + 1 bytes when it is larger than `limit`.
whosaid::Status ReadInput(const std::string& path, uint64_t limit,
                          std::string& out) {
  if (path == "-") return ReadBounded(std::cin, limit, out);
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return whosaid::Status(whosaid::StatusCode::kInvalidArgument,
                           "cannot read: Is a directory");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return whosaid::Status(whosaid::StatusCode::kNotFound,
                           "cannot read: " + std::string(std::strerror(errno)));
  }
  // Regular files say their size up front; pipes and devices are bounded
  // while they are read.
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > limit) return TooLarge(std::to_string(size), limit);
  if (!ec) out.reserve(static_cast<size_t>(size));
  return ReadBounded(in, limit, out);
}

void PrintInputDiagnostics(const whosaid::v1::Report& report,
                           const std::string& name) {
  for (const auto& d : report.diagnostics()) {
    std::cerr << "whosaid: warning: " << name;
    if (d.has_location()) {
      std::cerr << ":" << d.location().line() << ":" << d.location().column();
    }
    std::cerr << ": " << d.message() << " [" << d.check() << "]\n";
  }
}

int RunCheck(const CheckOptions& options) {
  whosaid::AnalyzerOptions analyzer_options;
  analyzer_options.max_document_bytes = options.max_document_bytes;
  whosaid::Result<whosaid::Analyzer> analyzer =
      whosaid::Analyzer::Create(analyzer_options);
  if (!analyzer.ok()) {
    std::cerr << "whosaid: error: " << analyzer.status().message() << "\n";
    return kExitUsageOrInput;
  }
  std::unique_ptr<whosaid::report::DelimitedWriter> stream;
  whosaid::v1::Summary summary;
  if (options.format == "proto") {
    stream = std::make_unique<whosaid::report::DelimitedWriter>(std::cout);
    whosaid::v1::Envelope header;
    header.mutable_header()->set_tool_version(whosaid::Version());
    header.mutable_header()->set_schema("whosaid.v1");
    header.mutable_header()->set_lexicon_version(analyzer->lexicon_version());
    (*header.mutable_header()->mutable_options())["format"] = options.format;
    (void)stream->Write(header);
  }
  int exit_code = kExitOk;
  bool first = true;
  for (const std::string& path : options.files) {
    const std::string name = DisplayName(path);
    summary.set_documents(summary.documents() + 1);
    std::string input;
    whosaid::Status status = ReadInput(path, options.max_document_bytes, input);
    whosaid::Result<whosaid::v1::Report> report =
        status.ok() ? analyzer->Analyze(std::move(input), {name, name})
                    : whosaid::Result<whosaid::v1::Report>(status);
    whosaid::v1::Envelope envelope;
    if (!report.ok()) {
      std::cerr << "whosaid: error: " << name << ": "
                << report.status().message() << "\n";
      exit_code = kExitUsageOrInput;
      summary.set_errors(summary.errors() + 1);
      whosaid::v1::ErrorRecord* error = envelope.mutable_error();
      error->mutable_document()->set_id(name);
      error->mutable_document()->set_origin(name);
      error->set_code(whosaid::StatusCodeName(report.status().code()));
      error->set_message(report.status().message());
    } else {
      PrintInputDiagnostics(*report, name);
      summary.set_reports(summary.reports() + 1);
      summary.set_attributions(summary.attributions() +
                               static_cast<uint32_t>(report->attributions_size()));
      *envelope.mutable_report() = std::move(*report);
    }
    whosaid::Status written;
    if (options.format == "proto") {
      written = stream->Write(envelope);
    } else if (options.format == "json") {
      written = whosaid::report::WriteJsonLine(envelope, std::cout);
    } else if (envelope.has_report()) {
      if (!first) std::cout << "\n";
      if (options.format == "textproto") {
        written = whosaid::report::WriteTextproto(envelope.report(), std::cout);
      } else {
        whosaid::report::WriteText(envelope.report(), name, std::cout);
      }
    }
    first = false;
    if (!written.ok()) {
      std::cerr << "whosaid: error: " << written.message() << "\n";
      return kExitUsageOrInput;
    }
  }
  if (stream) {
    whosaid::v1::Envelope last;
    *last.mutable_summary() = summary;
    (void)stream->Write(last);
    (void)stream->Flush();
  }
  std::cout.flush();
  return exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"whosaid: who said what in news text, and what nobody said"};
  app.name("whosaid");
  app.set_version_flag("--version", std::string("whosaid ") + whosaid::Version() +
                                        " (schema whosaid.v1)");
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 all documents analysed, 2 usage error or a document\n"
      "could not be read or analysed (1 is reserved for findings).");

  CheckOptions check_options;
  CLI::App* check = app.add_subcommand(
      "check", "Report the attributions and sourcing of each article");
  check->add_option("files", check_options.files,
                    "Articles to check (UTF-8 text; - reads standard input)")
      ->required();
  check->add_option("-f,--format", check_options.format,
                    "Output: text (for people), json (one line per document), "
                    "textproto, or proto (length-delimited whosaid.v1.Envelope "
                    "stream)")
      ->check(CLI::IsMember({"text", "json", "textproto", "proto"}))
      ->capture_default_str();
  check->add_option("--max-document-bytes", check_options.max_document_bytes,
                    "Larger documents yield an error record")
      ->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string message = e.what();
    if (!message.empty()) message[0] = static_cast<char>(std::tolower(message[0]));
    std::cerr << "whosaid: error: " << message
              << "\nrun 'whosaid --help' for usage\n";
    return kExitUsageOrInput;
  }
  try {
    if (*check) return RunCheck(check_options);
  } catch (const std::exception& e) {
    std::cerr << "whosaid: error: internal: " << e.what() << "\n";
    return kExitUsageOrInput;
  }
  return kExitOk;
}
