// The batch engine's parts: segment maps, HTML extraction with offsets back
// into the page, JSON Lines records, the bounded line reader, input
// expansion, and the ordered pipeline.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <variant>
#include <vector>

#include "batch/engine.hpp"
#include "batch/html.hpp"
#include "batch/inputs.hpp"
#include "batch/jsonl.hpp"
#include "batch/line_reader.hpp"
#include "batch/segment_map.hpp"

namespace whosaid::batch {
namespace {

// The page bytes a stretch of extracted text came from.
std::string Source(const ExtractedArticle& a, std::string_view html,
                   std::string_view needle) {
  const size_t at = a.text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  uint32_t b = 0, e = 0;
  a.map.Map(static_cast<uint32_t>(at),
            static_cast<uint32_t>(at + needle.size()), b, e);
  return std::string(html.substr(b, e - b));
}

TEST(SegmentMap, VerbatimSegmentsMergeAndMapByteForByte) {
  SegmentMap map;
  map.Add(0, 3, 10, 13, true);
  map.Add(3, 5, 13, 15, true);   // contiguous: merged
  map.Add(5, 6, 15, 21, false);  // "&amp;" → "&"
  map.Add(6, 8, 21, 23, true);
  ASSERT_EQ(map.segments().size(), 3u);
  uint32_t b, e;
  map.Map(1, 4, b, e);
  EXPECT_EQ(b, 11u);
  EXPECT_EQ(e, 14u);
  map.Map(4, 7, b, e);  // across the entity
  EXPECT_EQ(b, 14u);
  EXPECT_EQ(e, 22u);
  map.Map(5, 6, b, e);  // the entity alone covers its reference
  EXPECT_EQ(b, 15u);
  EXPECT_EQ(e, 21u);
  map.Map(2, 2, b, e);  // empty
  EXPECT_EQ(b, 12u);
  EXPECT_EQ(e, 12u);
}

TEST(SegmentMap, OutOfOrderSegmentsMapToTheRangeHoldingThemAll) {
  // HTML5 moves stray table text before its table: text order is not page
  // order.
  SegmentMap map;
  map.Add(0, 4, 40, 44, true);
  map.Add(4, 8, 10, 14, true);
  uint32_t b, e;
  map.Map(2, 6, b, e);
  EXPECT_EQ(b, 10u);
  EXPECT_EQ(e, 44u);
  map.Map(5, 7, b, e);
  EXPECT_EQ(b, 11u);
  EXPECT_EQ(e, 13u);
}

TEST(Html, FosterParentedTableTextMapsToAnOrderedRange) {
  const std::string html =
      "<p>Officials said<table><tr><td>cell</td></tr>stray text</table>";
  const ExtractedArticle a = ExtractArticle(html);
  ASSERT_EQ(a.method, "paragraphs");
  ASSERT_NE(a.text.find("stray text"), std::string::npos);
  const auto n = static_cast<uint32_t>(a.text.size());
  for (uint32_t i = 0; i <= n; ++i) {
    for (uint32_t j = i; j <= n; ++j) {
      uint32_t b = 0, e = 0;
      a.map.Map(i, j, b, e);
      ASSERT_LE(b, e) << i << " " << j;
      ASSERT_LE(e, html.size());
    }
  }
}

TEST(Html, DeeplyNestedJsonLdIsSkipped) {
  const std::string html = "<script type=\"application/ld+json\">" +
                           std::string(100000, '[') + std::string(100000, ']') +
                           "</script><p>The mayor said so.</p>";
  const ExtractedArticle a = ExtractArticle(html);
  EXPECT_EQ(a.method, "paragraphs");
  EXPECT_EQ(a.text, "The mayor said so.");
}

TEST(Html, ArticleTextCollapsesWhitespaceAndMapsEntities) {
  const std::string html =
      "<html><head><title>City</title><style>p{}</style></head><body>"
      "<nav><p>Menu</p></nav><article><h1>Budget</h1>\n"
      "<p>The mayor   said\n the plan was &ldquo;fair&rdquo; &amp; final.</p>"
      "<script>var x = 1;</script><p>Critics said "
      "no.</p></article></body></html>";
  const ExtractedArticle a = ExtractArticle(html);
  EXPECT_EQ(a.method, "article");
  EXPECT_EQ(a.title, "City");
  EXPECT_EQ(a.text,
            "Budget\nThe mayor said the plan was \u201cfair\u201d & final.\n"
            "Critics said no.");
  EXPECT_EQ(Source(a, html, "Critics said"), "Critics said");
  EXPECT_EQ(Source(a, html, "\u201cfair\u201d"), "&ldquo;fair&rdquo;");
  EXPECT_EQ(Source(a, html, "& final"), "&amp; final");
  EXPECT_EQ(Source(a, html, "mayor said"), "mayor   said");
}

TEST(Html, JsonLdArticleBodyWinsAndMapsThroughEscapes) {
  const std::string html =
      "<html><head><script type=\"application/ld+json\">"
      "{\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\","
      "\"headline\":\"H\",\"datePublished\":\"2026-01-02\","
      "\"publisher\":{\"name\":\"Ledger\"},"
      "\"articleBody\":\"Police said \\\"no\\\".\\nIt rained \\u2014 a "
      "lot.\"}]}"
      "</script></head><body><article><p>Other.</p></article></body></html>";
  const ExtractedArticle a = ExtractArticle(html);
  EXPECT_EQ(a.method, "json-ld");
  EXPECT_EQ(a.text, "Police said \"no\".\nIt rained \u2014 a lot.");
  EXPECT_EQ(a.title, "H");
  EXPECT_EQ(a.publisher, "Ledger");
  EXPECT_EQ(a.date, "2026-01-02");
  EXPECT_EQ(Source(a, html, "\"no\""), "\\\"no\\\"");
  EXPECT_EQ(Source(a, html, "\u2014"), "\\u2014");
  EXPECT_EQ(Source(a, html, "Police said"), "Police said");
}

TEST(Html, ParagraphsWhenThereIsNoArticle) {
  const std::string html =
      "<div><p>One said.</p><div><p>Two &amp; three.</p></div></div>";
  const ExtractedArticle a = ExtractArticle(html);
  EXPECT_EQ(a.method, "paragraphs");
  EXPECT_EQ(a.text, "One said.\nTwo & three.");
  EXPECT_EQ(Source(a, html, "Two & three."), "Two &amp; three.");
}

TEST(Html, NothingToExtract) {
  const ExtractedArticle a =
      ExtractArticle("<html><body><div>menu</div></body></html>");
  EXPECT_EQ(a.method, "");
  EXPECT_EQ(a.text, "");
}

TEST(Jsonl, DefaultFieldsCoerceAndSkipNulls) {
  auto r = ParseJsonRecord(
      R"({"id":42,"text":null,"maintext":"Body.","source_domain":"a.example","date_publish":"2017-01-01 12:00:00","title":"T","url":"u"})",
      JsonFields{});
  ASSERT_TRUE(std::holds_alternative<ParsedRecord>(r));
  const auto& p = std::get<ParsedRecord>(r);
  EXPECT_EQ(p.id, "42");
  EXPECT_EQ(p.text, "Body.");
  EXPECT_EQ(p.text_field, "maintext");
  EXPECT_EQ(p.publisher, "a.example");
  EXPECT_EQ(p.date, "2017-01-01 12:00:00");
  EXPECT_EQ(p.title, "T");
  EXPECT_EQ(p.url, "u");
}

TEST(Jsonl, InvalidUtf8IsReplacedAndCounted) {
  auto r = ParseJsonRecord("{\"text\":\"Caf\xe9 \xff\xfe\"}", JsonFields{});
  ASSERT_TRUE(std::holds_alternative<ParsedRecord>(r));
  EXPECT_EQ(std::get<ParsedRecord>(r).text, "Caf\uFFFD \uFFFD\uFFFD");
  EXPECT_EQ(std::get<ParsedRecord>(r).invalid_bytes, 3u);
}

TEST(Jsonl, ErrorsSayWhereAndWhy) {
  auto bad = ParseJsonRecord(R"({"text": "a",, })", JsonFields{});
  ASSERT_TRUE(std::holds_alternative<RecordError>(bad));
  EXPECT_EQ(std::get<RecordError>(bad).code, "invalid-json");
  EXPECT_EQ(std::get<RecordError>(bad).column, 14u);
  // Columns count code points: "é" and "“" are one each.
  auto wide = ParseJsonRecord("{\"t\u00e9xt\": \"\u201ca\", x}", JsonFields{});
  ASSERT_TRUE(std::holds_alternative<RecordError>(wide));
  EXPECT_EQ(std::get<RecordError>(wide).column, 16u);
  auto array = ParseJsonRecord("[1]", JsonFields{});
  EXPECT_EQ(std::get<RecordError>(array).message,
            "invalid JSON: record is not an object");
  JsonFields fields;
  fields.text = {"body"};
  auto missing = ParseJsonRecord(R"({"text":"x"})", fields);
  EXPECT_EQ(std::get<RecordError>(missing).code, "no-text");
  EXPECT_EQ(std::get<RecordError>(missing).message,
            "no text field (looked for body)");
  auto number = ParseJsonRecord(R"({"body":3})", fields);
  EXPECT_EQ(std::get<RecordError>(number).message,
            "text field body is not a string");
}

// ParseJsonRecord reads plain records with simdjson and leaves the rest to
// nlohmann: whichever way a record goes, the result must be nlohmann's.
TEST(Jsonl, FastPathAgreesWithNlohmann) {
  const auto nested = [](size_t depth) {
    return "{\"text\":\"a\",\"extra\":" + std::string(depth, '[') + std::string(depth, ']') + "}";
  };
  std::vector<std::string> lines = {
      R"({"text":"Officials said.","id":"a1","title":"T","url":"https://x.example/a","source_domain":"x.example","date_publish":"2017-01-01"})",
      R"({"maintext":"Body.","text":null,"id":null,"title":"T"})",
      R"( {"text" : "spaced" , "title" : "t" }  )",
      R"({"text":"esc \" \\ \/ \b\f\n\r\t \u00e9 \u201cq\u201d \u0000 end"})",
      R"({"t\u0065xt":"escaped key","extra":{"a":[1,2.5e3,-0,true,false,null]}})",
      R"({"text":"emoji \ud83d\ude00 pair"})",
      R"({"text":"lone high \ud83d here"})",
      R"({"text":"lone low \ude00 here"})",
      R"({"text":"high then text \ud83dx"})",
      R"({"text":"high then letter \ud83d\u0041"})",
      R"({"text":"two highs \ud83d\ud83d"})",
      R"({"text":"low then high \ude00\ud83d"})",
      R"({"text":"high at the end \ud83d"})",
      R"({"text":"cut escape \ud83d\u"})",
      R"({"text":"C:\\users\\dave"})",
      R"({"text":"caps \uD83D\uDE00"})",
      R"({"id":42,"text":"number id"})",
      R"({"id":4.0e0,"text":"float id"})",
      R"({"id":true,"text":"bool id"})",
      R"({"id":["a",{"b":1}],"text":"array id"})",
      R"({"text":"first","text":"second"})",
      R"({"text":"t","id":"1","id":"2"})",
      R"({"text":"t","other":"1","other":"2"})",
      R"({"text":3})",
      R"({"text":["a"]})",
      R"({"title":"no text"})",
      R"({"text":null})",
      R"({})",
      R"([{"text":"array root"}])",
      R"("just a string")",
      R"(42)",
      R"(null)",
      R"()",
      R"(   )",
      R"({"text":"a"} {"text":"b"})",
      R"({"text":"a"}x)",
      R"({"text":"a",})",
      R"({"text":"a" "id":"b"})",
      R"({'text':'single'})",
      R"({text:"bare"})",
      R"({"text":"bad escape \x"})",
      R"({"text":"bad unicode \u12G4"})",
      "{\"text\":\"raw\ttab\"}",
      "{\"text\":\"raw\x01" "ctl\"}",
      "{\"text\":\"raw\nnewline\"}",
      R"({"text":"n","extra":01})",
      R"({"text":"n","extra":1.})",
      R"({"text":"n","extra":-})",
      R"({"text":"n","extra":1e400})",
      R"({"text":"n","extra":123456789012345678901234567890})",
      R"({"text":"n","extra":-9223372036854775809})",
      R"({"text":"n","extra":18446744073709551616})",
      R"({"text":"n","extra":tru})",
      R"({"text":"n","extra":NaN})",
      R"({"text":"comment"} // c)",
      "\xEF\xBB\xBF{\"text\":\"after a byte order mark\"}",
      "{\"text\":\"Caf\xe9 \xff\xfe\"}",
      "{\"text\":\"ok\"}\r",
      nested(510), nested(511), nested(512), nested(513), nested(514), nested(5000),
  };
  JsonFields custom;
  custom.text = {"body", "text"};
  custom.id = {"guid", "id"};
  lines.push_back(R"({"body":null,"text":"fallback","guid":"g","id":"i"})");
  lines.push_back(R"({"body":"b","guid":null,"id":"i"})");
  // Over JsonRecordReader::kKeptCapacity, between small records.
  lines.insert(lines.begin() + 3,
               "{\"text\":\"" + std::string(JsonRecordReader::kKeptCapacity, 'x') + "\"}");
  JsonRecordReader reader;  // one for all the records, as a batch worker's
  for (const JsonFields& fields : {JsonFields{}, custom}) {
    for (const std::string& line : lines) {
      const auto slow = ParseJsonRecordWithNlohmann(line, fields);
      for (const auto& fast : {ParseJsonRecord(line, fields), reader.Read(line, fields)}) {
        const std::string what = line.substr(0, 100);
        ASSERT_EQ(fast.index(), slow.index()) << what;
        if (const auto* f = std::get_if<ParsedRecord>(&fast)) {
          const auto& n = std::get<ParsedRecord>(slow);
          EXPECT_EQ(f->text, n.text) << what;
          EXPECT_EQ(f->text_field, n.text_field) << what;
          EXPECT_EQ(f->id, n.id) << what;
          EXPECT_EQ(f->title, n.title) << what;
          EXPECT_EQ(f->url, n.url) << what;
          EXPECT_EQ(f->publisher, n.publisher) << what;
          EXPECT_EQ(f->date, n.date) << what;
          EXPECT_EQ(f->invalid_bytes, n.invalid_bytes) << what;
        } else {
          const auto& e = std::get<RecordError>(fast);
          const auto& n = std::get<RecordError>(slow);
          EXPECT_EQ(e.code, n.code) << what;
          EXPECT_EQ(e.message, n.message) << what;
          EXPECT_EQ(e.column, n.column) << what;
        }
      }
    }
  }
}

TEST(Jsonl, NestingDeeperThan512IsAnError) {
  const auto nested = [](size_t depth) {
    return "{\"text\":\"a\",\"id\":" + std::string(depth, '[') +
           std::string(depth, ']') + "}";
  };
  auto ok = ParseJsonRecord(nested(511), JsonFields{});
  ASSERT_TRUE(std::holds_alternative<ParsedRecord>(ok));
  auto deep = ParseJsonRecord(nested(100000), JsonFields{});
  ASSERT_TRUE(std::holds_alternative<RecordError>(deep));
  EXPECT_EQ(std::get<RecordError>(deep).code, "invalid-json");
  EXPECT_EQ(std::get<RecordError>(deep).message,
            "invalid JSON: nested deeper than 512 levels");
  EXPECT_EQ(std::get<RecordError>(deep).column, 17u + 512u);  // 513th level
  // Brackets inside strings do not count.
  auto quoted = ParseJsonRecord("{\"text\":\"" + std::string(1000, '[') + "\"}",
                                JsonFields{});
  EXPECT_TRUE(std::holds_alternative<ParsedRecord>(quoted));
}

TEST(LineReader, SkipsOverlongLinesButKeepsCounting) {
  std::FILE* f = std::tmpfile();
  const std::string big(3000000, 'x');  // spans several 1 MiB buffers
  std::fputs(("short\n" + big + "\nnext\nlast").c_str(), f);
  std::rewind(f);
  LineReader reader(f);
  std::string line;
  uint64_t length;
  ASSERT_TRUE(reader.Next(line, 100, length));
  EXPECT_EQ(line, "short");
  ASSERT_TRUE(reader.Next(line, 100, length));
  EXPECT_EQ(length, big.size());
  EXPECT_EQ(line, "");
  ASSERT_TRUE(reader.Next(line, 100, length));
  EXPECT_EQ(line, "next");
  ASSERT_TRUE(reader.Next(line, 100, length));
  EXPECT_EQ(line, "last");
  EXPECT_FALSE(reader.Next(line, 100, length));
  EXPECT_FALSE(reader.failed());
  std::fclose(f);
}

class TempDir : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/whosaid_batch_test.XXXXXX";
    dir_ = mkdtemp(pattern);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& content) {
    std::filesystem::create_directories(
        std::filesystem::path(dir_ + "/" + name).parent_path());
    std::ofstream(dir_ + "/" + name, std::ios::binary) << content;
  }
  std::string dir_;
};

TEST_F(TempDir, InputsAreSortedFilteredAndTyped) {
  Write("b/z.jsonl", "{}\n");
  Write("a.HTML", "<p>x</p>");
  Write("b/y.txt", "x");
  Write("b/skip.log", "x");
  InputOptions options;
  options.exclude = {"*.log"};
  auto files = ExpandInputs({dir_, dir_ + "/missing", "-"}, options);
  ASSERT_EQ(files.size(), 5u);
  EXPECT_EQ(files[0].path, dir_ + "/a.HTML");
  EXPECT_EQ(files[0].format, v1::INPUT_FORMAT_HTML);
  EXPECT_EQ(files[1].path, dir_ + "/b/y.txt");
  EXPECT_EQ(files[1].format, v1::INPUT_FORMAT_TEXT);
  EXPECT_EQ(files[2].format, v1::INPUT_FORMAT_JSONL);
  ASSERT_TRUE(files[3].error.has_value());
  EXPECT_EQ(files[3].error->code, "not-found");
  EXPECT_EQ(files[4].name, "<stdin>");
  EXPECT_EQ(files[4].format, v1::INPUT_FORMAT_TEXT);
}

TEST_F(TempDir, PipelineKeepsInputOrderForAnyJobsAndSkipsResumedRecords) {
  std::string dump;
  for (int i = 0; i < 200; ++i) {
    dump += i % 17 == 3 ? "{broken\n"
                        : "{\"id\":\"" + std::to_string(i) +
                              "\",\"text\":\"Officials said item " +
                              std::to_string(i) + " was ready.\"}\n";
  }
  Write("d.jsonl", dump);
  Write("e.txt", "Police said it.");
  Result<Analyzer> analyzer = Analyzer::Create();
  ASSERT_TRUE(analyzer.ok());
  const auto inputs = ExpandInputs({dir_}, {});
  auto run = [&](unsigned jobs, const std::unordered_set<std::string>* skip) {
    BatchOptions options;
    options.jobs = jobs;
    options.skip = skip;
    std::vector<std::string> out;
    Status status = RunBatch(*analyzer, inputs, options,
                             [&](v1::Envelope& e, std::string&, uint64_t) {
                               out.push_back(e.SerializeAsString());
                               return OkStatus();
                             });
    EXPECT_TRUE(status.ok()) << status.message();
    return out;
  };
  const auto serial = run(1, nullptr);
  ASSERT_EQ(serial.size(), 201u);
  EXPECT_EQ(run(4, nullptr), serial);
  v1::Envelope fifth;
  ASSERT_TRUE(fifth.ParseFromString(serial[5]));
  EXPECT_EQ(fifth.report().document().id(), "5");
  EXPECT_EQ(fifth.report().document().line(), 6u);
  std::unordered_set<std::string> skip = {RecordKey(fifth.report().document())};
  const auto resumed = run(3, &skip);
  ASSERT_EQ(resumed.size(), 200u);
  EXPECT_EQ(resumed[5], serial[6]);
  // An emit failure stops the batch and is returned.
  BatchOptions options;
  options.jobs = 2;
  int calls = 0;
  Status stopped = RunBatch(
      *analyzer, inputs, options, [&](v1::Envelope&, std::string&, uint64_t) {
        return ++calls == 3 ? Status(StatusCode::kUnreadable, "disk full")
                            : OkStatus();
      });
  EXPECT_EQ(stopped.message(), "disk full");
  EXPECT_EQ(calls, 3);
}

// Documents over the pipeline's byte budget (1 MiB) between small ones: the
// reader and the writer are woken in strides, and neither may wait for
// ever whichever bound holds; the records come out whole and in order.
TEST_F(TempDir, PipelineWithLargeAndSmallDocumentsNeverStalls) {
  std::string dump;
  const std::string large_text(400 << 10, 'a');
  for (int i = 0; i < 150; ++i) {
    const std::string text = i % 10 == 4 ? large_text : "Police said item " + std::to_string(i) + ".";
    dump += "{\"id\":\"" + std::to_string(i) + "\",\"text\":\"" + text + "\"}\n";
  }
  Write("big.jsonl", dump);
  Result<Analyzer> analyzer = Analyzer::Create();
  ASSERT_TRUE(analyzer.ok());
  const auto inputs = ExpandInputs({dir_ + "/big.jsonl"}, {});
  for (unsigned jobs : {1u, 3u}) {
    BatchOptions options;
    options.jobs = jobs;
    options.serialize = [](const v1::Envelope& e) { return e.report().document().id(); };
    std::vector<std::string> ids;
    Status status = RunBatch(*analyzer, inputs, options,
                             [&](v1::Envelope& e, std::string& serialized, uint64_t) {
                               EXPECT_EQ(serialized, e.report().document().id());
                               ids.push_back(serialized);
                               return OkStatus();
                             });
    ASSERT_TRUE(status.ok()) << status.message();
    ASSERT_EQ(ids.size(), 150u) << jobs;
    for (size_t i = 0; i < ids.size(); ++i) EXPECT_EQ(ids[i], std::to_string(i)) << jobs;
  }
}

}  // namespace
}  // namespace whosaid::batch
