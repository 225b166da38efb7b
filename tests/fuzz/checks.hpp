// Invariant checks shared by the libFuzzer targets and the regression
// replay driver: each takes arbitrary bytes, runs one layer of whosaid on
// them and returns a description of every invariant it saw broken (empty
// when all hold). A crash, sanitizer report or hang is a failure too.
//
//   std::vector<std::string> errors = CheckPipeline(bytes);
//
// Targets:
//   text      SanitizeUtf8, LooksBinary, PositionIndex, Fold and its offset
//             maps, SplitParagraphs, Segmenter (its fast path against ICU alone),
//             FindQuotations
//   grammar   Grammar::FindAll on the folded input: hits inside it, on
//             code-point boundaries, ordered, never inside an earlier hit's
//             cue or source (but a participle's subject after it)
//   pipeline  Analyzer::Analyze on one document: span invariants
//             (tests/support/span_invariants.hpp), report structure, and
//             binary, JSON and text-format round trips
//   jsonl     batch::ParseJsonRecord and IsBlankLine on one line, under a
//             few field configurations: no exception, valid UTF-8 fields,
//             errors with a code and a column inside the line, the same
//             result as ParseJsonRecordWithNlohmann; the pipeline check on
//             the record's text (checks_readers.cpp)
//   html      batch::ExtractArticle on one page: valid UTF-8 text, a segment
//             map that covers it in order and stays inside the page; the
//             analysis of the text with spans mapped back to the page
//             (checks_readers.cpp)
//
// Thread-safety: the checks share lazily built Grammar, Segmenter and
// Analyzer instances (function-local statics), which are thread-safe.
#ifndef WHOSAID_TESTS_FUZZ_CHECKS_HPP_
#define WHOSAID_TESTS_FUZZ_CHECKS_HPP_

#include <string>
#include <string_view>
#include <vector>

namespace whosaid {
class Analyzer;
}

namespace whosaid::fuzz {

using CheckFunction = std::vector<std::string> (*)(std::string_view input);

std::vector<std::string> CheckText(std::string_view input);
std::vector<std::string> CheckGrammar(std::string_view input);
std::vector<std::string> CheckPipeline(std::string_view input);
std::vector<std::string> CheckJsonl(std::string_view input);
std::vector<std::string> CheckHtml(std::string_view input);

// The check named "text", "grammar", "pipeline", "jsonl" or "html", or
// nullptr.
CheckFunction CheckByName(std::string_view name);

// Helpers shared by the check files.
// Well-formed UTF-8 per Unicode table 3-7 (independent of ICU).
bool IsValidUtf8(std::string_view s);
// One Analyzer for all checks, built on first use.
const Analyzer& SharedAnalyzer();

}  // namespace whosaid::fuzz

#endif  // WHOSAID_TESTS_FUZZ_CHECKS_HPP_
