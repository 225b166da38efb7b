// Analyzer::AnalyzeInto on a reused ReportArena writes the very bytes that
// Analyze writes, document after document (the batch workers and `check`
// build every report this way), and a record framed by a worker
// (DelimitedWriter::Frame) is byte for byte what the stream writer writes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "analyzer.hpp"
#include "report/arena.hpp"
#include "report/sinks.hpp"

namespace whosaid {
namespace {

std::vector<std::string> CorpusTexts() {
  std::vector<std::string> texts;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(WHOSAID_CORPORA_DIR)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    texts.push_back(bytes.str());
  }
  return texts;
}

TEST(ReportArena, ReusedArenaGivesTheBytesOfAnalyze) {
  Result<Analyzer> analyzer = Analyzer::Create();
  ASSERT_TRUE(analyzer.ok());
  std::vector<std::string> texts = CorpusTexts();
  ASSERT_GT(texts.size(), 5u);
  // A document after a large one: the arena's extra blocks are freed and
  // nothing of the earlier report may leak into the next.
  std::string large;
  for (const std::string& t : texts) large += t + "\n\n";
  while (large.size() < 4 * report::ReportArena::kInitialBlockBytes)
    large += large;
  texts.insert(texts.begin() + 2, large);
  texts.push_back("");  // an empty document, after the others
  report::ReportArena arena;
  size_t attributions = 0;
  for (size_t i = 0; i < texts.size(); ++i) {
    const DocumentInfo info{"doc" + std::to_string(i), "test"};
    Result<v1::Report> heap = analyzer->Analyze(texts[i], info);
    v1::Envelope* envelope = arena.NewEnvelope();
    ASSERT_NE(envelope->GetArena(), nullptr);
    const Status status =
        analyzer->AnalyzeInto(texts[i], info, envelope->mutable_report());
    // Some fuzz seeds are binary: the same error either way.
    ASSERT_EQ(status.ok(), heap.ok()) << "document " << i;
    if (!status.ok()) {
      EXPECT_EQ(status.code(), heap.status().code());
      EXPECT_EQ(status.message(), heap.status().message());
      continue;
    }
    v1::Envelope heap_envelope;
    *heap_envelope.mutable_report() = *heap;
    std::string expected, got;
    ASSERT_TRUE(heap_envelope.SerializeToString(&expected));
    ASSERT_TRUE(envelope->SerializeToString(&got));
    EXPECT_EQ(got, expected) << "document " << i;
    attributions += static_cast<size_t>(envelope->report().attributions_size());
  }
  EXPECT_GT(attributions, 0u);  // the corpus has attributions to compare
}

TEST(ReportArena, AnalyzeIntoClearsWhatTheReportHeld) {
  Result<Analyzer> analyzer = Analyzer::Create();
  ASSERT_TRUE(analyzer.ok());
  v1::Report report;
  ASSERT_TRUE(analyzer
                  ->AnalyzeInto("Officials said the bridge would close.",
                                {"a", "a"}, &report)
                  .ok());
  ASSERT_GT(report.attributions_size(), 0);
  ASSERT_TRUE(analyzer->AnalyzeInto("No one spoke.", {"b", "b"}, &report).ok());
  Result<v1::Report> fresh = analyzer->Analyze("No one spoke.", {"b", "b"});
  ASSERT_TRUE(fresh.ok());
  EXPECT_EQ(report.SerializeAsString(), fresh->SerializeAsString());
  // Errors come back as a Status, as from Analyze.
  const Status binary =
      analyzer->AnalyzeInto(std::string("a\0\0\0b", 5), {"c", "c"}, &report);
  EXPECT_EQ(binary.ok(),
            analyzer->Analyze(std::string("a\0\0\0b", 5), {"c", "c"}).ok());
}

// Frame sizes its string before writing into it: the varint in front must
// be the body's size, whatever its length (1 to 4 bytes here), and the map
// of a header's options must come out in key order as Write() writes it.
TEST(ReportArena, FrameIsWhatTheStreamWriterWrites) {
  Result<Analyzer> analyzer = Analyzer::Create();
  ASSERT_TRUE(analyzer.ok());
  std::vector<v1::Envelope> records(1);
  v1::Header& header = *records[0].mutable_header();
  for (const char* key : {"zeta", "alpha", "mu", "checks.hedge", "beta"}) {
    (*header.mutable_options())[key] = std::string(key) + "-value";
  }
  records.emplace_back();  // an empty record: its size is 0
  std::vector<std::string> texts = CorpusTexts();
  std::string large;
  for (const std::string& t : texts) large += t + "\n\n";
  while (large.size() < (1u << 20)) large += large;
  texts.push_back(large);
  for (size_t i = 0; i < texts.size(); ++i) {
    Result<v1::Report> report =
        analyzer->Analyze(texts[i], {"doc" + std::to_string(i), "test"});
    if (report.ok()) *records.emplace_back().mutable_report() = *report;
  }
  ASSERT_GT(records.back().ByteSizeLong(), size_t{1} << 21);  // a 4-byte varint
  std::ostringstream streamed;
  std::string framed;
  {
    report::DelimitedWriter writer(streamed);
    for (const v1::Envelope& record : records) {
      ASSERT_TRUE(writer.Write(record).ok());
      const std::string frame = report::DelimitedWriter::Frame(record);
      ASSERT_FALSE(frame.empty());
      framed += frame;
    }
    ASSERT_TRUE(writer.Flush().ok());
  }
  EXPECT_EQ(framed.size(), streamed.str().size());
  EXPECT_TRUE(framed == streamed.str());
}

}  // namespace
}  // namespace whosaid
