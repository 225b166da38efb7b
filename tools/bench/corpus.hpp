// Benchmark inputs: large realistic news text made from the articles in
// corpora/ (which we wrote), or read from a local file, split into
// documents; and the pathological shapes the linearity check feeds in.
//
//   std::string text = MakeNewsText("corpora", 50'000'000);
//   std::vector<std::string> docs = SplitDocuments(text, 5000);
//
// Thread-safety: free functions without shared state.
#ifndef WHOSAID_TOOLS_BENCH_CORPUS_HPP_
#define WHOSAID_TOOLS_BENCH_CORPUS_HPP_

#include <cstddef>
#include <string>
#include <vector>

namespace whosaid::bench {

// The articles (*.txt) under `corpora_dir`/golden and /sample, sorted by
// name. Empty when none can be read.
std::vector<std::string> LoadArticles(const std::string& corpora_dir);

// At least `bytes` bytes of news text: the articles of `corpora_dir` in a
// fixed pseudo-random order (seeded by `seed`), repeated, separated by blank
// lines. Empty when there are no articles.
std::string MakeNewsText(const std::string& corpora_dir, size_t bytes,
                         unsigned seed = 7);

// Repeats `text` (joined by blank lines) up to at least `bytes` bytes.
std::string RepeatTo(const std::string& text, size_t bytes);

// Cuts `text` into documents of about `doc_bytes` bytes, at line breaks.
std::vector<std::string> SplitDocuments(const std::string& text,
                                        size_t doc_bytes);

// Shapes that stress linearity: `count` quotation marks on one line; one
// sentence of `count` words (taken from `words_from`) with no stop; and
// `text` with every sentence-ending character removed.
std::string QuotationMarks(size_t count);
std::string OneSentence(const std::string& words_from, size_t count);
std::string WithoutSentenceBreaks(const std::string& text);

// Reads a whole file; false on failure.
bool ReadFile(const std::string& path, std::string& out);

}  // namespace whosaid::bench

#endif  // WHOSAID_TOOLS_BENCH_CORPUS_HPP_
