// One golden case: analyse ARTICLE.txt and compare the report with
// ARTICLE.expected.txtpb (tool_version ignored), and check the span
// invariants on every span of the report.
//
//   golden_test ARTICLE.txt ARTICLE.expected.txtpb
//
// Exit status 0 when both hold. To accept new output after a reviewed
// change, run tools/update_golden.
#include <google/protobuf/text_format.h>
#include <google/protobuf/util/message_differencer.h>

#include <filesystem>
#include <iostream>

#include "analyzer.hpp"
#include "read_file.hpp"
#include "span_invariants.hpp"

using whosaid::testing::ReadFile;

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: golden_test ARTICLE.txt EXPECTED.txtpb\n";
    return 2;
  }
  std::string input, expected_text;
  if (!ReadFile(argv[1], input) || !ReadFile(argv[2], expected_text)) {
    std::cerr << "golden_test: error: cannot read " << argv[1] << " or " << argv[2]
              << "\n";
    return 2;
  }
  auto analyzer = whosaid::Analyzer::Create();
  if (!analyzer.ok()) {
    std::cerr << "golden_test: error: " << analyzer.status().message() << "\n";
    return 2;
  }
  // The CLI names a document by the path it was given; goldens are
  // generated from inside their folder, so the id is the file name.
  const std::string name = std::filesystem::path(argv[1]).filename().string();
  auto report = analyzer->Analyze(input, {name, name});
  if (!report.ok()) {
    std::cerr << "golden_test: error: " << report.status().message() << "\n";
    return 1;
  }
  int failures = 0;
  std::vector<std::string> errors;
  const size_t spans = whosaid::testing::CheckSpans(input, *report, errors);
  for (const std::string& e : errors) {
    std::cerr << argv[1] << ": span invariant: " << e << "\n";
    ++failures;
  }
  whosaid::v1::Report expected;
  if (!google::protobuf::TextFormat::ParseFromString(expected_text, &expected)) {
    std::cerr << argv[2] << ": error: not a whosaid.v1.Report in text format\n";
    return 2;
  }
  report->clear_tool_version();
  expected.clear_tool_version();
  google::protobuf::util::MessageDifferencer differencer;
  std::string diff;
  differencer.ReportDifferencesToString(&diff);
  if (!differencer.Compare(expected, *report)) {
    std::cerr << argv[1] << ": report differs from " << argv[2]
              << " (run tools/update_golden after review):\n"
              << diff;
    ++failures;
  }
  std::cout << argv[1] << ": " << report->attributions_size() << " attributions, "
            << spans << " spans checked, " << failures << " failures\n";
  return failures == 0 ? 0 : 1;
}
