// whosaid_stage_bench: Google Benchmark micro-benchmarks, one per pipeline
// stage, each over the same corpus (one iteration = one pass over every
// document). bytes_per_second is input bytes of the whole corpus per second.
//
//   whosaid_stage_bench [--benchmark_repetitions=5] [google benchmark flags]
//
// The corpus is generated from corpora/ (WHOSAID_BENCH_BYTES bytes, default
// 4 MB, cut into ~5 KB documents) or read from WHOSAID_BENCH_INPUT (a local
// file; never commit one that is not ours).
//
// Every benchmark checks what it counted (sentences, hits, claims), so a
// stage optimised away shows up as an error instead of a fast number.
#include <benchmark/benchmark.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "analyzer.hpp"
#include "attribution/assemble.hpp"
#include "attribution/confidence.hpp"
#include "attribution/source_type.hpp"
#include "claims/claims.hpp"
#include "corpus.hpp"
#include "grammar/parse.hpp"
#include "report/build.hpp"
#include "report/sinks.hpp"
#include "text/normalize.hpp"
#include "text/quotes.hpp"
#include "text/segment.hpp"
#include "text/utf8.hpp"

namespace whosaid::bench {
namespace {

// Keeps a value alive without the in/out asm constraint of
// benchmark::DoNotOptimize(T&), which GCC 12 has been seen to miscompile
// into zero counters (google/benchmark#903).
template <typename T>
void Keep(const T& value) {
  asm volatile("" : : "r,m"(value) : "memory");
}

// Everything the stages need, computed once.
struct Fixture {
  std::vector<std::string> docs;
  size_t bytes = 0;
  grammar::Grammar grammar = *grammar::Grammar::Create();
  text::Segmenter segmenter = *text::Segmenter::Create(
      grammar.lexicon().abbreviations(), grammar.lexicon().sentence_starters());
  claims::ClaimLexicon claim_lexicon = *claims::ClaimLexicon::LoadBuiltin();
  std::vector<std::vector<text::SentenceSpan>> sentences;  // per document
  std::vector<std::vector<text::Quotation>> quotations;
  std::vector<std::string> folded;  // every sentence, folded
  std::vector<std::vector<attribution::Attribution>> found;
  std::vector<v1::Report> reports;

  Fixture() {
    std::string text;
    const char* input = std::getenv("WHOSAID_BENCH_INPUT");
    const char* bytes_env = std::getenv("WHOSAID_BENCH_BYTES");
    const size_t want =
        bytes_env ? std::strtoull(bytes_env, nullptr, 10) : 4'000'000;
    if (input && *input) {
      ReadFile(input, text);
      text = RepeatTo(text, std::min(want, text.size()));
    } else {
      text = MakeNewsText(WHOSAID_CORPORA_DIR, want);
    }
    docs = SplitDocuments(text, 5000);
    for (size_t i = 0; i < docs.size(); ++i) {
      std::string& d = docs[i];
      text::SanitizeUtf8(d);
      bytes += d.size();
      sentences.push_back(*segmenter.Split(d));
      quotations.push_back(text::FindQuotations(d));
      for (const text::SentenceSpan& s : sentences.back()) {
        folded.push_back(std::move(
            text::Fold(std::string_view(d).substr(s.begin, s.end - s.begin),
                       s.begin)
                ->text));
      }
      found.push_back(Attribute(i));
      reports.push_back(*report::BuildReport(
          d, "doc", "bench", sentences.back(), quotations.back(), found.back(),
          {}, claim_lexicon));
    }
  }

  std::vector<attribution::Attribution> Attribute(size_t i) const {
    std::vector<attribution::Attribution> out;
    attribution::SentenceScratch scratch;  // reused, as Analyze does
    for (uint32_t k = 0; k < sentences[i].size(); ++k) {
      (void)attribution::AssembleSentence(grammar, docs[i], quotations[i],
                                          sentences[i][k], k, out, scratch);
    }
    attribution::SourceTyper(grammar.lexicon()).TypeAll(docs[i], out);
    for (attribution::Attribution& a : out) {
      a.confidence = attribution::Confidence(grammar.lexicon(), docs[i], a);
    }
    return out;
  }
};

const Fixture& F() {
  static const Fixture* fixture = new Fixture();
  return *fixture;
}

void Finish(benchmark::State& state, size_t count, const char* what) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(F().bytes));
  state.counters[what] = static_cast<double>(count);
  if (count == 0) state.SkipWithError((std::string("no ") + what).c_str());
}

void BM_Sanitize(benchmark::State& state) {
  size_t invalid = 0, docs = 0;
  std::string copy;
  for (auto _ : state) {
    for (const std::string& d : F().docs) {
      copy.assign(d);
      invalid += text::SanitizeUtf8(copy).size();
      docs += !text::LooksBinary(copy);
    }
  }
  Keep(invalid);
  Finish(state, docs / state.iterations(), "docs");
}

void BM_Fold(benchmark::State& state) {
  size_t folded_bytes = 0;
  text::FoldedText folded;  // reused, as Analyze does
  for (auto _ : state) {
    folded_bytes = 0;
    for (size_t i = 0; i < F().docs.size(); ++i) {
      const std::string_view d = F().docs[i];
      for (const text::SentenceSpan& s : F().sentences[i]) {
        (void)text::FoldInto(d.substr(s.begin, s.end - s.begin), s.begin,
                             folded);
        folded_bytes += folded.text.size();
      }
    }
  }
  Finish(state, folded_bytes, "folded_bytes");
}

void BM_Segment(benchmark::State& state) {
  size_t sentences = 0;
  for (auto _ : state) {
    sentences = 0;
    for (const std::string& d : F().docs)
      sentences += F().segmenter.Split(d)->size();
  }
  Finish(state, sentences, "sentences");
}

void BM_Quotes(benchmark::State& state) {
  size_t quotations = 0;
  for (auto _ : state) {
    quotations = 0;
    for (const std::string& d : F().docs)
      quotations += text::FindQuotations(d).size();
  }
  Finish(state, quotations, "quotations");
}

void BM_GrammarFindAll(benchmark::State& state) {
  size_t hits = 0;
  for (auto _ : state) {
    hits = 0;
    for (const std::string& s : F().folded)
      hits += F().grammar.FindAll(s).size();
  }
  Finish(state, hits, "hits");
}

// Fold + grammar + assembly per sentence, then source typing and confidence:
// the attribution stage as Analyze runs it.
void BM_AttributionStage(benchmark::State& state) {
  size_t attributions = 0;
  for (auto _ : state) {
    attributions = 0;
    for (size_t i = 0; i < F().docs.size(); ++i) {
      attributions += F().Attribute(i).size();
    }
  }
  Finish(state, attributions, "attributions");
}

void BM_SourceTyping(benchmark::State& state) {
  size_t typed = 0;
  for (auto _ : state) {
    typed = 0;
    for (size_t i = 0; i < F().docs.size(); ++i) {
      std::vector<attribution::Attribution> copy = F().found[i];
      attribution::SourceTyper(F().grammar.lexicon())
          .TypeAll(F().docs[i], copy);
      for (attribution::Attribution& a : copy) {
        a.confidence =
            attribution::Confidence(F().grammar.lexicon(), F().docs[i], a);
      }
      typed += copy.size();
    }
  }
  Finish(state, typed, "attributions");
}

// Boilerplate, clauses and their check-worthiness markers, each sentence
// folded and tokenized once (in Analyze the folding is the grammar's, so
// this stage counts it once more than the pipeline spends).
void BM_Claims(benchmark::State& state) {
  size_t clauses = 0;
  claims::FoldedSentence folded;
  claims::DocumentClaims found;
  for (auto _ : state) {
    clauses = 0;
    for (size_t i = 0; i < F().docs.size(); ++i) {
      const std::string_view d = F().docs[i];
      found = {};
      for (size_t k = 0; k < F().sentences[i].size(); ++k) {
        const text::SentenceSpan& s = F().sentences[i][k];
        (void)folded.Reset(d, {s.begin, s.end});
        (void)F().claim_lexicon.AddSentence(
            d, folded, text::AloneInParagraph(F().sentences[i], k), found);
      }
      clauses += found.clauses.size();
      Keep(found.triggers.size());
    }
  }
  Finish(state, clauses, "clauses");
}

// The Report message from the stages' results (claims and findings
// included).
void BM_ReportBuild(benchmark::State& state) {
  size_t claims = 0;
  for (auto _ : state) {
    claims = 0;
    for (size_t i = 0; i < F().docs.size(); ++i) {
      claims += static_cast<size_t>(
          report::BuildReport(F().docs[i], "doc", "bench", F().sentences[i],
                              F().quotations[i], F().found[i], {},
                              F().claim_lexicon)
              ->claims_size());
    }
  }
  Finish(state, claims, "claims");
}

void BM_SerializeProto(benchmark::State& state) {
  std::string sink;
  size_t out_bytes = 0;
  for (auto _ : state) {
    sink.clear();
    {
      google::protobuf::io::StringOutputStream raw(&sink);
      google::protobuf::io::CodedOutputStream coded(&raw);
      for (const v1::Report& r : F().reports) {
        coded.WriteVarint32(static_cast<uint32_t>(r.ByteSizeLong()));
        r.SerializeWithCachedSizes(&coded);
      }
    }
    out_bytes = sink.size();
  }
  Finish(state, out_bytes, "output_bytes");
}

void BM_SerializeJson(benchmark::State& state) {
  std::ostringstream out;
  size_t out_bytes = 0;
  for (auto _ : state) {
    out.str(std::string());
    for (const v1::Report& r : F().reports) (void)report::WriteJsonLine(r, out);
    out_bytes = out.str().size();
  }
  Finish(state, out_bytes, "output_bytes");
}

void BM_Pipeline(benchmark::State& state) {
  static const Analyzer* analyzer = new Analyzer(*Analyzer::Create());
  std::string sink;
  size_t attributions = 0;
  for (auto _ : state) {
    attributions = 0;
    sink.clear();
    google::protobuf::io::StringOutputStream raw(&sink);
    google::protobuf::io::CodedOutputStream coded(&raw);
    for (const std::string& d : F().docs) {
      v1::Report r = *analyzer->Analyze(d, {.id = "doc", .origin = "bench"});
      attributions += static_cast<size_t>(r.attributions_size());
      coded.WriteVarint32(static_cast<uint32_t>(r.ByteSizeLong()));
      r.SerializeWithCachedSizes(&coded);
    }
  }
  Finish(state, attributions, "attributions");
}

BENCHMARK(BM_Sanitize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Fold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Quotes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GrammarFindAll)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AttributionStage)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SourceTyping)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Claims)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReportBuild)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SerializeProto)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SerializeJson)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Pipeline)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace whosaid::bench

BENCHMARK_MAIN();
