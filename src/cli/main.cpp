// whosaid: the command line. The only translation unit that includes CLI11.
//
// Exit codes (see README):
//   0  every document was analysed (and no finding reached --fail-on)
//   1  a finding reached --fail-on LEVEL (none|note|warning|error; default
//      none); 2 wins when both apply
//   2  usage error, or at least one document could not be read or analysed
//
// Configuration (--config FILE, TOML or INI as CLI11 reads it): a [check]
// section sets `check` options (fail-on = "warning", color = "never"), and a
// [checks] section sets each editorial check's severity or switches it off:
//   [checks]
//   vague-source = "off"
//   single-source = "warning"
// `whosaid checks` lists the checks with their (configured) severities.
#include <unistd.h>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "analyzer.hpp"
#include "report/arena.hpp"
#include "report/findings.hpp"
#include "report/html.hpp"
#include "batch/engine.hpp"
#include "batch/inputs.hpp"
#include "batch/output.hpp"
#include "batch/progress.hpp"
#include "batch/rollup.hpp"
#include "report/sinks.hpp"
#include "text/utf8.hpp"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsageOrInput = 2;

struct CheckOptions {
  std::vector<std::string> files;
  std::string format = "text";
  uint64_t max_document_bytes = 64ull << 20;
  std::string fail_on = "none";
  std::string color = "auto";
  std::string output_dir;  // --format html: one page per document here
  // Check id -> "off"|"note"|"warning"|"error" from the [checks] section.
  std::map<std::string, std::string> check_levels;
};

// --color: "always", "never", or "auto" = standard output is a terminal,
// TERM is not "dumb" and NO_COLOR is unset or empty (https://no-color.org).
bool UseColor(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return isatty(STDOUT_FILENO) != 0;
}

// The page path for document `name` under --output-dir: its file name
// without extension, plus ".html"; a repeated name gets "-2", "-3", … .
std::string PagePath(const std::string& dir, const std::string& name,
                     std::map<std::string, int>& used) {
  std::string base = name == "<stdin>"
                         ? "stdin"
                         : std::filesystem::path(name).stem().string();
  if (base.empty()) base = "document";
  const int n = ++used[base];
  if (n > 1) base += "-" + std::to_string(n);
  return (std::filesystem::path(dir) / (base + ".html")).string();
}

// The analyzer both commands use; reports a failure on stderr.
whosaid::Result<whosaid::Analyzer> CreateAnalyzer(uint64_t max_document_bytes) {
  whosaid::AnalyzerOptions analyzer_options;
  analyzer_options.max_document_bytes = max_document_bytes;
  whosaid::Result<whosaid::Analyzer> analyzer =
      whosaid::Analyzer::Create(analyzer_options);
  if (!analyzer.ok()) {
    std::cerr << "whosaid: error: " << analyzer.status().message() << "\n";
  }
  return analyzer;
}

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
    if (d.finding()) continue;  // findings belong to the report itself
    std::cerr << "whosaid: warning: " << name;
    if (d.has_location()) {
      std::cerr << ":" << d.location().line() << ":" << d.location().column();
    }
    std::cerr << ": " << d.message() << " [" << d.check() << "]\n";
  }
}

int RunCheck(const CheckOptions& options) {
  whosaid::report::CheckSettings settings;
  for (const auto& [id, level] : options.check_levels) {
    if (!whosaid::report::ParseSeverity(level, &settings[id])) {
      std::cerr << "whosaid: error: check " << id << ": unknown severity '"
                << level << "' (off, note, warning or error)\n";
      return kExitUsageOrInput;
    }
  }
  std::optional<whosaid::v1::Severity> fail_on;
  (void)whosaid::report::ParseSeverity(options.fail_on, &fail_on);
  if (options.format == "html" && options.output_dir.empty() &&
      options.files.size() > 1) {
    std::cerr << "whosaid: error: --format html writes one page per document: "
                 "give one document, or --output-dir DIR\n";
    return kExitUsageOrInput;
  }
  const whosaid::report::TextStyle style{UseColor(options.color)};
  std::map<std::string, int> page_names;
  bool findings_reached_fail_on = false;
  whosaid::Result<whosaid::Analyzer> analyzer = CreateAnalyzer(options.max_document_bytes);
  if (!analyzer.ok()) return kExitUsageOrInput;
  std::unique_ptr<whosaid::report::DelimitedWriter> stream;
  whosaid::v1::Summary summary;
  if (options.format == "proto") {
    stream = std::make_unique<whosaid::report::DelimitedWriter>(std::cout);
    whosaid::v1::Envelope header;
    header.mutable_header()->set_tool_version(whosaid::Version());
    header.mutable_header()->set_schema("whosaid.v1");
    header.mutable_header()->set_lexicon_version(analyzer->lexicon_version());
    (*header.mutable_header()->mutable_options())["format"] = options.format;
    for (const auto& [id, level] : options.check_levels) {
      (*header.mutable_header()->mutable_options())["checks." + id] = level;
    }
    (void)stream->Write(header);
  }
  int exit_code = kExitOk;
  bool first = true;
  whosaid::report::ReportArena arena;
  for (const std::string& path : options.files) {
    const std::string name = DisplayName(path);
    summary.set_documents(summary.documents() + 1);
    std::string input;
    whosaid::Status status = ReadInput(path, options.max_document_bytes, input);
    // Built on the arena (reset here for each document).
    whosaid::v1::Envelope& envelope = *arena.NewEnvelope();
    if (status.ok()) {
      status = analyzer->AnalyzeInto(std::move(input), {name, name},
                                     envelope.mutable_report());
    }
    if (!status.ok()) {
      std::cerr << "whosaid: error: " << name << ": " << status.message()
                << "\n";
      exit_code = kExitUsageOrInput;
      summary.set_errors(summary.errors() + 1);
      whosaid::v1::ErrorRecord* error = envelope.mutable_error();
      error->mutable_document()->set_id(name);
      error->mutable_document()->set_origin(name);
      error->set_code(whosaid::StatusCodeName(status.code()));
      error->set_message(status.message());
    } else {
      whosaid::v1::Report* report = envelope.mutable_report();
      whosaid::Status applied =
          whosaid::report::ApplyCheckSettings(settings, report);
      if (!applied.ok()) {
        std::cerr << "whosaid: error: " << applied.message() << "\n";
        return kExitUsageOrInput;
      }
      for (const auto& d : report->diagnostics()) {
        findings_reached_fail_on |=
            d.finding() && fail_on && d.severity() >= *fail_on;
      }
      PrintInputDiagnostics(*report, name);
      summary.set_reports(summary.reports() + 1);
      summary.set_attributions(summary.attributions() +
                               static_cast<uint32_t>(report->attributions_size()));
    }
    whosaid::Status written;
    if (options.format == "proto") {
      written = stream->Write(envelope);
    } else if (options.format == "json") {
      written = whosaid::report::WriteJsonLine(envelope, std::cout);
    } else if (envelope.has_report() && options.format == "html") {
      if (options.output_dir.empty()) {
        whosaid::report::WriteHtml(envelope.report(), name, std::cout);
      } else {
        const std::string page = PagePath(options.output_dir, name, page_names);
        std::ofstream out(page, std::ios::binary);
        if (out) whosaid::report::WriteHtml(envelope.report(), name, out);
        if (!out) {
          std::cerr << "whosaid: error: " << page
                    << ": cannot write: " << std::strerror(errno) << "\n";
          return kExitUsageOrInput;
        }
      }
    } else if (envelope.has_report()) {
      if (!first) std::cout << "\n";
      if (options.format == "textproto") {
        written = whosaid::report::WriteTextproto(envelope.report(), std::cout);
      } else {
        whosaid::report::WriteText(envelope.report(), name, std::cout, style);
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
  if (exit_code == kExitOk && findings_reached_fail_on) return kExitFindings;
  return exit_code;
}

// `whosaid checks`: the editorial checks, with the severities in force.
int RunChecks(const CheckOptions& options) {
  for (const whosaid::report::CheckInfo& c : whosaid::report::Checks()) {
    std::string level = whosaid::report::SeverityName(c.default_severity);
    const auto it = options.check_levels.find(std::string(c.id));
    if (it != options.check_levels.end()) level = it->second;
    std::cout << c.id
              << std::string(c.id.size() < 26 ? 26 - c.id.size() : 1, ' ')
              << level
              << std::string(level.size() < 9 ? 9 - level.size() : 1, ' ')
              << c.summary << "\n";
  }
  return kExitOk;
}

struct BatchCliOptions {
  std::vector<std::string> inputs;
  std::string input_format = "auto";
  std::vector<std::string> include, exclude;
  whosaid::batch::JsonFields fields;
  std::string format = "json";
  std::string output;
  std::string rollup;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  bool resume = false;
  uint64_t max_document_bytes = 64ull << 20;
};

std::string JoinComma(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}

// "FILE: message", or "FILE:LINE:COL: message" for a JSON Lines record.
void PrintRecordError(const whosaid::v1::ErrorRecord& error) {
  const whosaid::v1::Document& doc = error.document();
  std::cerr << "whosaid: error: " << doc.origin();
  if (doc.line() > 0) {
    std::cerr << ":" << doc.line();
    if (error.column() > 0) std::cerr << ":" << error.column();
  }
  std::cerr << ": " << error.message() << "\n";
}

// `check_levels`: the [checks] severities of the config file, applied to
// every report as `check` does.
int RunBatchCommand(const BatchCliOptions& options,
                    const std::map<std::string, std::string>& check_levels) {
  namespace batch = whosaid::batch;
  whosaid::report::CheckSettings settings;
  for (const auto& [id, level] : check_levels) {
    if (!whosaid::report::ParseSeverity(level, &settings[id])) {
      std::cerr << "whosaid: error: check " << id << ": unknown severity '"
                << level << "' (off, note, warning or error)\n";
      return kExitUsageOrInput;
    }
  }
  whosaid::v1::Report probe;  // rejects unknown check ids up front
  if (whosaid::Status st =
          whosaid::report::ApplyCheckSettings(settings, &probe);
      !st.ok()) {
    std::cerr << "whosaid: error: " << st.message() << "\n";
    return kExitUsageOrInput;
  }
  if (options.resume && options.output.empty()) {
    std::cerr << "whosaid: error: --resume needs --output FILE\n";
    return kExitUsageOrInput;
  }
  whosaid::Result<whosaid::Analyzer> analyzer = CreateAnalyzer(options.max_document_bytes);
  if (!analyzer.ok()) return kExitUsageOrInput;
  const batch::OutputFormat format = options.format == "proto"
                                         ? batch::OutputFormat::kProto
                                         : batch::OutputFormat::kJson;
  batch::InputOptions input_options;
  input_options.include = options.include;
  input_options.exclude = options.exclude;
  if (options.input_format == "text") {
    input_options.format = whosaid::v1::INPUT_FORMAT_TEXT;
  } else if (options.input_format == "jsonl") {
    input_options.format = whosaid::v1::INPUT_FORMAT_JSONL;
  } else if (options.input_format == "html") {
    input_options.format = whosaid::v1::INPUT_FORMAT_HTML;
  }
  const std::vector<batch::InputFile> inputs =
      batch::ExpandInputs(options.inputs, input_options);

  batch::Rollup rollup;
  batch::ResumeState resumed;
  std::error_code ec;
  if (options.resume && std::filesystem::exists(options.output, ec)) {
    whosaid::Result<batch::ResumeState> state = batch::ReadBack(
        options.output, format, options.rollup.empty() ? nullptr : &rollup);
    if (!state.ok()) {
      std::cerr << "whosaid: error: " << state.status().message() << "\n";
      return kExitUsageOrInput;
    }
    resumed = std::move(*state);
    std::filesystem::resize_file(options.output, resumed.valid_bytes, ec);
    if (ec) {
      std::cerr << "whosaid: error: cannot resume: " << options.output << ": "
                << ec.message() << "\n";
      return kExitUsageOrInput;
    }
  }
  std::ofstream file;
  if (!options.output.empty()) {
    file.open(
        options.output,
        std::ios::binary | (options.resume ? std::ios::app : std::ios::trunc));
    if (!file) {
      std::cerr << "whosaid: error: " << options.output
                << ": cannot write: " << std::strerror(errno) << "\n";
      return kExitUsageOrInput;
    }
  }
  std::ostream& out = options.output.empty() ? std::cout : file;
  batch::BatchWriter writer(out, format);
  writer.summary() = resumed.summary;
  if (const char* tear = std::getenv("WHOSAID_TEST_TEAR_AFTER")) {
    writer.TearAfter(std::strtoull(tear, nullptr, 10));  // tests only
  }
  if (!resumed.has_header) {
    whosaid::v1::Header header;
    header.set_tool_version(whosaid::Version());
    header.set_schema("whosaid.v1");
    header.set_lexicon_version(analyzer->lexicon_version());
    auto& o = *header.mutable_options();
    o["format"] = options.format;
    o["input_format"] = options.input_format;
    o["max_document_bytes"] = std::to_string(options.max_document_bytes);
    o["text_field"] = JoinComma(options.fields.text);
    o["id_field"] = JoinComma(options.fields.id);
    if (!options.include.empty()) o["include"] = JoinComma(options.include);
    if (!options.exclude.empty()) o["exclude"] = JoinComma(options.exclude);
    for (const auto& [id, level] : check_levels) o["checks." + id] = level;
    whosaid::Status status = writer.WriteHeader(header);
    if (!status.ok()) {
      std::cerr << "whosaid: error: " << status.message() << "\n";
      return kExitUsageOrInput;
    }
  }

  uint64_t total_bytes = 0;
  for (const batch::InputFile& f : inputs) total_bytes += f.size;
  std::unique_ptr<batch::Progress> progress;
  if (isatty(STDERR_FILENO)) {
    progress = std::make_unique<batch::Progress>(std::cerr, total_bytes);
  }
  uint64_t documents = 0, bytes_done = 0;
  batch::BatchOptions batch_options;
  batch_options.fields = options.fields;
  batch_options.jobs = options.jobs;
  batch_options.max_document_bytes = options.max_document_bytes;
  batch_options.skip = &resumed.keys;
  if (!settings.empty()) {
    batch_options.finish = [&settings](whosaid::v1::Report& report) {
      (void)whosaid::report::ApplyCheckSettings(settings, &report);
    };
  }
  batch_options.serialize = [&writer](const whosaid::v1::Envelope& record) {
    return writer.Serialize(record);
  };
  whosaid::Status status = batch::RunBatch(
      *analyzer, inputs, batch_options,
      [&](whosaid::v1::Envelope& record, std::string& serialized,
          uint64_t bytes) {
        whosaid::Status written = writer.WriteSerialized(record, serialized);
        if (!written.ok()) return written;
        if (record.has_error()) {
          if (progress) progress->Finish();
          PrintRecordError(record.error());
        }
        if (!options.rollup.empty()) rollup.Add(record);
        ++documents;
        bytes_done += bytes;
        if (progress) progress->Update(documents, bytes_done);
        return whosaid::OkStatus();
      });
  if (progress) progress->Finish();
  if (status.ok()) status = writer.Finish();
  if (!status.ok()) {
    std::cerr << "whosaid: error: " << status.message() << "\n";
    if (std::getenv("WHOSAID_TEST_TEAR_AFTER"))
      std::_Exit(137);  // as if killed
    return kExitUsageOrInput;
  }
  if (!options.rollup.empty()) {
    std::ofstream csv(options.rollup, std::ios::binary | std::ios::trunc);
    rollup.WriteCsv(csv);
    csv.flush();
    if (!csv) {
      std::cerr << "whosaid: error: " << options.rollup
                << ": cannot write: " << std::strerror(errno) << "\n";
      return kExitUsageOrInput;
    }
  }
  return writer.summary().errors() > 0 ? kExitUsageOrInput : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"whosaid: who said what in news text, and what nobody said"};
  app.name("whosaid");
  app.set_version_flag("--version", std::string("whosaid ") + whosaid::Version() +
                                        " (schema whosaid.v1)");
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 all documents analysed, 1 a finding reached --fail-on,\n"
      "2 usage error or a document could not be read or analysed.");
  // An unknown key or check in the config file is an error, not a typo
  // silently ignored.
  app.allow_config_extras(CLI::config_extras_mode::error);
  app.set_config("--config", "",
                 "TOML/INI file: [check] options, [checks] severities "
                 "(see 'whosaid checks')");

  CheckOptions check_options;
  CLI::App* check = app.add_subcommand(
      "check", "Report the attributions and sourcing of each article");
  check->add_option("files", check_options.files,
                    "Articles to check (UTF-8 text; - reads standard input)")
      ->required();
  check->add_option("-f,--format", check_options.format,
                    "Output: text (for people), json (one line per document), "
                    "textproto, proto (length-delimited whosaid.v1.Envelope "
                    "stream), or html (one self-contained page per document)")
      ->check(CLI::IsMember({"text", "json", "textproto", "proto", "html"}))
      ->capture_default_str();
  check->add_option("--max-document-bytes", check_options.max_document_bytes,
                    "Larger documents yield an error record")
      ->capture_default_str();
  check->add_option("--fail-on", check_options.fail_on,
                    "Exit 1 when a finding reaches LEVEL: none, note, warning "
                    "or error")
      ->check(CLI::IsMember({"none", "note", "warning", "error"}))
      ->capture_default_str();
  check->add_option("--color", check_options.color,
                    "Colour the text report: auto (a terminal, and NO_COLOR "
                    "unset), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  check->add_option("--output-dir", check_options.output_dir,
                    "With --format html: write DIR/NAME.html per document")
      ->check(CLI::ExistingDirectory);
  // Lets `whosaid check --config FILE …` reach the top-level --config.
  check->fallthrough();

  // The [checks] section of the config file lands in this subcommand's
  // options, one per check; run alone it lists the checks.
  CLI::App* checks = app.add_subcommand(
      "checks", "List the editorial checks and their severities");
  for (const whosaid::report::CheckInfo& c : whosaid::report::Checks()) {
    const std::string id(c.id);
    checks
        ->add_option_function<std::string>(
            "--" + id,
            [&check_options, id](const std::string& level) {
              check_options.check_levels[id] = level;
            },
            "Severity of " + id + ": off, note, warning or error")
        ->check(CLI::IsMember({"off", "note", "warning", "error"}));
  }
  checks->fallthrough();

  BatchCliOptions batch_options;
  CLI::App* batch = app.add_subcommand(
      "batch",
      "Audit many documents: files, directories, JSON Lines dumps, HTML pages");
  batch
      ->add_option(
          "inputs", batch_options.inputs,
          "Files, directories (read recursively) or - for standard input")
      ->required();
  batch
      ->add_option(
          "--input-format", batch_options.input_format,
          "auto: by file name (.jsonl JSON Lines, .html/.htm HTML, "
          "else text; standard input is text), or force text, jsonl, html")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "html"}))
      ->capture_default_str();
  batch
      ->add_option("--include", batch_options.include,
                   "Only files in directories matching this glob (repeatable)")
      ->allow_extra_args(false);
  batch
      ->add_option("--exclude", batch_options.exclude,
                   "Skip files in directories matching this glob (repeatable)")
      ->allow_extra_args(false);
  auto field = [&](const char* name, std::vector<std::string>& target,
                   const char* what) {
    batch
        ->add_option(name, target,
                     std::string("JSON Lines: field(s) holding the ") + what +
                         ", first present wins (comma-separated)")
        ->delimiter(',')
        ->allow_extra_args(false)
        ->capture_default_str();
  };
  field("--text-field", batch_options.fields.text, "text");
  field("--id-field", batch_options.fields.id, "document id");
  field("--title-field", batch_options.fields.title, "title");
  field("--url-field", batch_options.fields.url, "URL");
  field("--publisher-field", batch_options.fields.publisher, "publisher");
  field("--date-field", batch_options.fields.date, "publication date");
  batch
      ->add_option(
          "-f,--format", batch_options.format,
          "Output: json (one line per document, failures included) or "
          "proto (length-delimited whosaid.v1.Envelope stream: header, "
          "one record per document, summary)")
      ->check(CLI::IsMember({"json", "proto"}))
      ->capture_default_str();
  batch->add_option("-o,--output", batch_options.output,
                    "Write records to FILE instead of standard output");
  batch->add_option(
      "--rollup", batch_options.rollup,
      "Also write per-publisher and overall totals to this CSV file");
  batch
      ->add_option("-j,--jobs", batch_options.jobs,
                   "Worker threads (output is the same for any number)")
      ->check(CLI::Range(1u, 1024u))
      ->capture_default_str();
  batch->add_flag("--resume", batch_options.resume,
                  "Keep the records already in --output (cutting a torn last "
                  "one) and append only the missing documents");
  batch
      ->add_option(
          "--max-document-bytes", batch_options.max_document_bytes,
          "Larger documents (files, JSON lines, pages) yield an error record")
      ->capture_default_str();
  batch->footer(
      "Exit status: 0 every document was analysed, 2 usage error or at least\n"
      "one document yielded an error record (each is also reported on "
      "stderr).");

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string message = e.what();
    // Lower-case the first letter, but not of an acronym ("INI was not …").
    if (message.size() > 1 && !std::isupper(static_cast<unsigned char>(message[1]))) {
      message[0] = static_cast<char>(std::tolower(message[0]));
    }
    std::cerr << "whosaid: error: " << message
              << "\nrun 'whosaid --help' for usage\n";
    return kExitUsageOrInput;
  }
  try {
    if (*check) return RunCheck(check_options);
    if (*batch) {
      return RunBatchCommand(batch_options, check_options.check_levels);
    }
    if (*checks) return RunChecks(check_options);
  } catch (const std::exception& e) {
    std::cerr << "whosaid: error: internal: " << e.what() << "\n";
    return kExitUsageOrInput;
  }
  return kExitOk;
}
