// WriteJson streams big messages field by field; its bytes must be exactly
// those of protobuf's MessageToJsonString.
#include "report/json_writer.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "analyzer.hpp"

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

}  // namespace
}  // namespace whosaid::report
