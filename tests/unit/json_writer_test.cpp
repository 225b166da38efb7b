// WriteJson streams big messages field by field; its bytes must be exactly
// those of protobuf's MessageToJsonString.
#include "report/json_writer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include "analyzer.hpp"
#include "text/utf8.hpp"

namespace whosaid::report {
namespace {

google::protobuf::util::JsonPrintOptions Options() {
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  options.always_print_primitive_fields = true;
  return options;
}

std::string Whole(const google::protobuf::Message& m,
                  const google::protobuf::util::JsonPrintOptions& options) {
  std::string json;
  EXPECT_TRUE(
      google::protobuf::util::MessageToJsonString(m, &json, options).ok());
  return json;
}

std::string Streamed(const google::protobuf::Message& m,
                     const google::protobuf::util::JsonPrintOptions& options) {
  std::ostringstream out;
  // whole_below = 0: every message at every depth is taken apart.
  EXPECT_TRUE(WriteJson(m, options, out, 0).ok());
  return out.str();
}

v1::Envelope ReportOf(const std::string& text) {
  Result<Analyzer> analyzer = Analyzer::Create();
  EXPECT_TRUE(analyzer.ok());
  Result<v1::Report> report =
      analyzer->Analyze(text, {"a \"b\".txt", "<stdin>"});
  EXPECT_TRUE(report.ok());
  v1::Envelope envelope;
  *envelope.mutable_report() = std::move(*report);
  return envelope;
}

TEST(WriteJson, ReportSameBytesAsProtobuf) {
  std::ifstream in(WHOSAID_SAMPLE_ARTICLE, std::ios::binary);
  ASSERT_TRUE(in) << WHOSAID_SAMPLE_ARTICLE;
  std::ostringstream text;
  text << in.rdbuf();
  const v1::Envelope envelope = ReportOf(text.str() +
                                         "Caf\xe9 owners said {\"x\": [1,2]}, "
                                         "\xe2\x80\x9cyes\xe2\x80\x9d.\n");
  ASSERT_GT(envelope.report().attributions_size(), 3);
  for (bool names : {true, false}) {
    for (bool defaults : {true, false}) {
      auto options = Options();
      options.preserve_proto_field_names = names;
      options.always_print_primitive_fields = defaults;
      EXPECT_EQ(Streamed(envelope, options), Whole(envelope, options));
    }
  }
}

TEST(WriteJson, EmptyReportHeaderWithMapAndError) {
  EXPECT_EQ(Streamed(ReportOf(""), Options()), Whole(ReportOf(""), Options()));
  v1::Envelope header;
  header.mutable_header()->set_tool_version("0.1.0");
  (*header.mutable_header()->mutable_options())["format"] = "json";
  (*header.mutable_header()->mutable_options())["b"] = "\"}";
  EXPECT_EQ(Streamed(header, Options()), Whole(header, Options()));
  v1::Envelope error;
  error.mutable_error()->set_code("too-large");
  error.mutable_error()->set_message("a,b}\"c");
  EXPECT_EQ(Streamed(error, Options()), Whole(error, Options()));
}

std::string Printed(const google::protobuf::Message& m) {
  std::ostringstream out;
  EXPECT_TRUE(WriteJson(m, Options(), out).ok());
  return out.str();
}

// The options the CLI prints with take the fast printer (FastJson in
// json_writer.cpp): every character it escapes or not, every double it
// formats, must come out as protobuf prints them.
TEST(WriteJson, FastPrinterEscapesEveryCodePointAsProtobuf) {
  v1::Span span;
  span.set_begin_byte(7);
  for (uint32_t first = 0; first < 0x110000; first += 0x1000) {
    std::string chunk;
    for (uint32_t c = std::max(first, 1u); c < first + 0x1000; ++c) {
      if (c < 0xD800 || c > 0xDFFF) text::AppendUtf8(chunk, c);
    }
    span.set_text(chunk);
    const std::string fast = Printed(span);
    ASSERT_EQ(fast, Whole(span, Options())) << "code points from " << first;
  }
}

TEST(WriteJson, FastPrinterFormatsDoublesEnumsAndOneofsAsProtobuf) {
  v1::Envelope envelope;
  v1::Report& report = *envelope.mutable_report();
  for (double d : {0.0, -0.0, 1.0, 0.5, 0.1, 1.0 / 3, 2.0 / 3, 0.30000000000000004, 1e21, 1e-7,
                   123456789.123, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
                   -42.125, 1e15, 1e16, 123456789012345678.0}) {
    v1::Attribution& a = *report.add_attributions();
    a.set_confidence(d);
    a.set_source_type_confidence(-d);
  }
  report.mutable_attributions(0)->set_source_type(static_cast<v1::SourceType>(99));
  // "optional" fields (Span.source_begin_byte, for HTML input): set to 0,
  // set to a value, unset.
  report.mutable_attributions(0)->mutable_source()->set_source_begin_byte(0);
  report.mutable_attributions(0)->mutable_cue()->set_source_end_byte(42);
  report.mutable_attributions(1)->mutable_source()->set_text("x");
  report.mutable_profile();  // set but empty
  EXPECT_EQ(Printed(envelope), Whole(envelope, Options()));
  EXPECT_EQ(Printed(report), Whole(report, Options()));  // unset document, messages in lists
  EXPECT_EQ(Printed(v1::Envelope()), Whole(v1::Envelope(), Options()));  // no oneof member
  // Not finite: protobuf's own printing ("NaN", "Infinity").
  report.mutable_attributions(1)->set_confidence(std::numeric_limits<double>::infinity());
  report.mutable_attributions(2)->set_confidence(std::nan(""));
  EXPECT_EQ(Printed(envelope), Whole(envelope, Options()));
}

TEST(WriteJson, FastPrinterGivesProtobufsBytesForEveryCorpusReport) {
  size_t reports = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(WHOSAID_CORPORA_DIR)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    Result<Analyzer> analyzer = Analyzer::Create();
    ASSERT_TRUE(analyzer.ok());
    Result<v1::Report> report = analyzer->Analyze(text.str(), {entry.path().string(), "test"});
    if (!report.ok()) continue;  // binary fuzz seeds
    v1::Envelope envelope;
    *envelope.mutable_report() = std::move(*report);
    EXPECT_EQ(Printed(envelope), Whole(envelope, Options())) << entry.path();
    // (The report alone too: an Envelope's unset Header holds a map, which
    // the fast printer leaves to protobuf, so a mistake in an unset field
    // of the envelope would fall back unseen.)
    EXPECT_EQ(Printed(envelope.report()), Whole(envelope.report(), Options())) << entry.path();
    ++reports;
  }
  EXPECT_GT(reports, 20u);
}

}  // namespace
}  // namespace whosaid::report
