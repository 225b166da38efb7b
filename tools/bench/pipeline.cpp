// whosaid_bench: the whole pipeline on one thread, text in -> full
// whosaid.v1 reports out (claims and findings included, written by the
// CLI's own sink as its length-delimited Envelope stream or JSON lines, to
// a stream that counts and discards the bytes), reporting MB/s
// (10^6 input bytes per second), documents per second and peak RSS.
//
//   whosaid_bench [--input FILE] [--bytes N] [--doc-bytes N] [--runs N]
//                 [--format proto|json] [--corpora DIR]
//   whosaid_bench --linearity [--big-bytes N] [--runs N]
//   whosaid_bench --generate N > news.txt   # the generated input itself
//
// Without --input the text is generated from corpora/ (our own articles).
// Each figure is the median of --runs runs (default 5); the machine is
// noisy, so compare builds in paired, alternating runs.
//
// Beside the pipeline it times ICU's sentence iterator alone over the same
// documents (text::Segmenter::CountIcuSentences), as many runs right after
// the pipeline's, and prints the pipeline's speed as a share of it: issue
// 7's goal is >= 80 MB/s and at least half of that ICU speed, both
// measured here, in the same window of this noisy machine.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

#include "analyzer.hpp"
#include "corpus.hpp"
#include "report/arena.hpp"
#include "report/sinks.hpp"
#include "text/segment.hpp"

namespace {

using whosaid::Analyzer;
using Clock = std::chrono::steady_clock;

struct Options {
  std::string input;
  std::string corpora = WHOSAID_CORPORA_DIR;
  size_t bytes = 20'000'000;
  size_t doc_bytes = 5000;
  size_t big_bytes = 50'000'000;
  int runs = 5;
  bool json = false;
  bool linearity = false;
  size_t generate = 0;
};

[[noreturn]] void Usage(const char* message) {
  std::fprintf(stderr, "whosaid_bench: error: %s\n", message);
  std::exit(2);
}

Options Parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) Usage(("missing value after " + arg).c_str());
      return argv[++i];
    };
    if (arg == "--input")
      o.input = value();
    else if (arg == "--corpora")
      o.corpora = value();
    else if (arg == "--bytes")
      o.bytes = std::stoull(value());
    else if (arg == "--doc-bytes")
      o.doc_bytes = std::stoull(value());
    else if (arg == "--big-bytes")
      o.big_bytes = std::stoull(value());
    else if (arg == "--runs")
      o.runs = std::max(1, std::stoi(value()));
    else if (arg == "--format")
      o.json = value() == "json";
    else if (arg == "--linearity")
      o.linearity = true;
    else if (arg == "--generate")
      o.generate = std::stoull(value());
    else
      Usage(("unknown option " + arg).c_str());
  }
  return o;
}

double PeakRssMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2]
                      : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Counts the bytes written to it and keeps none: the bench writes through
// the CLI's own sink (report::DelimitedWriter over an ostream, JSON lines
// through report::WriteJsonLine) as if to /dev/null, so that output costs
// what streaming it costs, not the growth of a buffer holding all of it.
class CountingBuf : public std::streambuf {
 public:
  size_t count() const { return count_; }
  void Reset() { count_ = 0; }

 protected:
  int_type overflow(int_type c) override {
    if (c != traits_type::eof()) ++count_;
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char*, std::streamsize n) override {
    count_ += static_cast<size_t>(n);
    return n;
  }

 private:
  size_t count_ = 0;
};

// Analyses and serialises every document once; returns seconds.
double RunOnce(const Analyzer& analyzer, const std::vector<std::string>& docs,
               bool json, size_t& attributions, size_t& output_bytes) {
  CountingBuf buf;
  std::ostream out(&buf);
  size_t found = 0;
  const auto start = Clock::now();
  {
    whosaid::report::DelimitedWriter writer(out);
    // As the CLI does: each report built on one reused arena.
    whosaid::report::ReportArena arena;
    for (size_t i = 0; i < docs.size(); ++i) {
      whosaid::v1::Envelope& envelope = *arena.NewEnvelope();
      const whosaid::Status status = analyzer.AnalyzeInto(
          docs[i], {.id = "doc", .origin = "bench"}, envelope.mutable_report());
      if (!status.ok()) {
        std::fprintf(stderr, "whosaid_bench: error: document %zu: %s\n", i,
                     status.message().c_str());
        std::exit(1);
      }
      found += static_cast<size_t>(envelope.report().attributions_size());
      const whosaid::Status written =
          json ? whosaid::report::WriteJsonLine(envelope, out) : writer.Write(envelope);
      if (!written.ok()) {
        std::fprintf(stderr, "whosaid_bench: error: %s\n", written.message().c_str());
        std::exit(1);
      }
    }
  }  // the writer flushes its last buffer
  const double seconds =
      std::chrono::duration<double>(Clock::now() - start).count();
  attributions = found;
  output_bytes = buf.count();
  return seconds;
}

// ICU's sentence breaks over every document once (Segmenter::
// CountIcuSentences, no whosaid rules on top); returns seconds.
double IcuSentencesOnce(const whosaid::text::Segmenter& segmenter,
                        const std::vector<std::string>& docs) {
  const auto start = Clock::now();
  const whosaid::Result<size_t> sentences = segmenter.CountIcuSentences(docs);
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  if (!sentences.ok()) Usage(sentences.status().message().c_str());
  return seconds;
}

struct Measure {
  double seconds = 0;  // median
  double mb_per_s = 0;
  double docs_per_s = 0;
  size_t bytes = 0;
  size_t docs = 0;
  size_t attributions = 0;
  size_t output_bytes = 0;
  double icu_mb_per_s = 0;  // ICU sentence breaks alone (`icu` given), median
};

Measure Time(const Analyzer& analyzer, const std::vector<std::string>& docs,
             int runs, bool json, const whosaid::text::Segmenter* icu = nullptr) {
  Measure m;
  for (const std::string& d : docs) m.bytes += d.size();
  m.docs = docs.size();
  std::vector<double> times;
  std::vector<double> icu_times;
  for (int r = 0; r < runs; ++r) {
    times.push_back(
        RunOnce(analyzer, docs, json, m.attributions, m.output_bytes));
  }
  // (After the pipeline's runs, not between them: ICU's tables would push
  // the lexicons out of the caches before every run.)
  for (int r = 0; icu != nullptr && r < runs; ++r) {
    icu_times.push_back(IcuSentencesOnce(*icu, docs));
  }
  m.seconds = Median(times);
  m.mb_per_s = static_cast<double>(m.bytes) / 1e6 / m.seconds;
  m.docs_per_s = static_cast<double>(m.docs) / m.seconds;
  if (icu != nullptr) m.icu_mb_per_s = static_cast<double>(m.bytes) / 1e6 / Median(icu_times);
  return m;
}

std::string LoadText(const Options& o, size_t bytes) {
  std::string text;
  if (!o.input.empty()) {
    if (!whosaid::bench::ReadFile(o.input, text)) {
      Usage(("cannot read " + o.input).c_str());
    }
    return whosaid::bench::RepeatTo(text, std::min(bytes, text.size()));
  }
  text = whosaid::bench::MakeNewsText(o.corpora, bytes);
  if (text.empty()) Usage(("no articles under " + o.corpora).c_str());
  return text;
}

void PrintRow(const char* name, const Measure& m, double base_s_per_mb) {
  const double s_per_mb = m.seconds / (static_cast<double>(m.bytes) / 1e6);
  std::printf("| %-34s | %6.1f | %8.1f | %8zu | %8.2f | %9.1f | %10.4f | %5.2f |\n",
              name, static_cast<double>(m.bytes) / 1e6,
              static_cast<double>(m.output_bytes) / 1e6, m.docs, m.mb_per_s,
              m.docs_per_s, s_per_mb,
              base_s_per_mb > 0 ? s_per_mb / base_s_per_mb : 1.0);
  std::fflush(stdout);
}

void Linearity(const Analyzer& analyzer, const Options& o) {
  using namespace whosaid::bench;
  const std::string big = LoadText(o, o.big_bytes);
  std::printf(
      "| input | MB in | MB out | docs | MB/s | docs/s | s per MB | vs 5 KB docs |\n");
  std::printf("|---|---:|---:|---:|---:|---:|---:|---:|\n");
  const Measure small =
      Time(analyzer,
           SplitDocuments(big.substr(0, std::min(big.size(), o.bytes)), 5000),
           o.runs, o.json);
  const double base = small.seconds / (static_cast<double>(small.bytes) / 1e6);
  PrintRow("5 KB documents", small, base);
  PrintRow("one document (--big-bytes)", Time(analyzer, {big}, o.runs, o.json),
           base);
  // Each shape at two sizes: the per-MB cost must not grow with size.
  struct Shape {
    const char* name;
    std::string text;
  };
  const Shape shapes[] = {
      {"10^5 quotation marks, one line", QuotationMarks(100'000)},
      {"10^6 quotation marks, one line", QuotationMarks(1'000'000)},
      {"one sentence of 10^4 words", OneSentence(big, 10'000)},
      {"one sentence of 10^5 words", OneSentence(big, 100'000)},
      {"no sentence breaks, 1 MB",
       WithoutSentenceBreaks(big.substr(0, 1'000'000))},
      {"no sentence breaks, 10 MB",
       WithoutSentenceBreaks(big.substr(0, 10'000'000))},
  };
  for (const Shape& shape : shapes) {
    PrintRow(shape.name, Time(analyzer, {shape.text}, o.runs, o.json), base);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = Parse(argc, argv);
  if (o.generate > 0) {
    const std::string text = LoadText(o, o.generate);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
  }
  whosaid::Result<Analyzer> analyzer = Analyzer::Create();
  if (!analyzer.ok()) Usage(analyzer.status().message().c_str());
  std::printf("# whosaid_bench: one thread, %s output, median of %d runs\n",
              o.json ? "JSON" : "length-delimited proto", o.runs);
  if (o.linearity) {
    Linearity(*analyzer, o);
  } else {
    const std::string text = LoadText(o, o.bytes);
    // (No abbreviations: ICU's own breaks, the reference.)
    const whosaid::Result<whosaid::text::Segmenter> icu = whosaid::text::Segmenter::Create({}, {});
    if (!icu.ok()) Usage(icu.status().message().c_str());
    const Measure m =
        Time(*analyzer, whosaid::bench::SplitDocuments(text, o.doc_bytes),
             o.runs, o.json, &*icu);
    std::printf("input        %.1f MB in %zu documents of ~%zu bytes\n",
                static_cast<double>(m.bytes) / 1e6, m.docs, o.doc_bytes);
    std::printf("attributions %zu\n", m.attributions);
    std::printf("output       %.1f MB\n", static_cast<double>(m.output_bytes) / 1e6);
    std::printf("median       %.3f s\n", m.seconds);
    std::printf("throughput   %.2f MB/s, %.0f docs/s\n", m.mb_per_s,
                m.docs_per_s);
    const double share = m.mb_per_s / m.icu_mb_per_s;
    std::printf("icu          %.1f MB/s: ICU sentence breaks alone, same documents\n",
                m.icu_mb_per_s);
    std::printf("goal         %s: >= 80 MB/s and >= 0.50 of icu; the pipeline is %.3f of it\n",
                m.mb_per_s >= 80 && share >= 0.5 ? "met" : "not met", share);
  }
  std::printf("peak RSS     %.1f MiB\n", PeakRssMiB());
  return 0;
}
