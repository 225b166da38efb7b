#include "analyzer.hpp"

#include <exception>

#include "attribution/assemble.hpp"
#include "attribution/confidence.hpp"
#include "attribution/source_type.hpp"
#include "claims/claims.hpp"
#include "grammar/parse.hpp"
#include "report/build.hpp"
#include "text/normalize.hpp"
#include "text/quotes.hpp"
#include "text/segment.hpp"
#include "text/utf8.hpp"

namespace whosaid {

const char* Version() { return WHOSAID_VERSION; }

struct Analyzer::Impl {
  AnalyzerOptions options;
  grammar::Grammar grammar;
  text::Segmenter segmenter;
  claims::ClaimLexicon claim_lexicon;
};

Analyzer::Analyzer(std::unique_ptr<const Impl> impl) : impl_(std::move(impl)) {}
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;
Analyzer::~Analyzer() = default;

Result<Analyzer> Analyzer::Create(AnalyzerOptions options) {
  try {
    Result<grammar::Grammar> grammar = grammar::Grammar::Create();
    if (!grammar.ok()) return grammar.status();
    Result<text::Segmenter> segmenter =
        text::Segmenter::Create(grammar->lexicon().abbreviations(),
                                grammar->lexicon().sentence_starters(),
                                grammar->lexicon().title_abbreviations());
    if (!segmenter.ok()) return segmenter.status();
    Result<claims::ClaimLexicon> claim_lexicon =
        claims::ClaimLexicon::LoadBuiltin();
    if (!claim_lexicon.ok()) return claim_lexicon.status();
    return Analyzer(std::make_unique<const Impl>(
        Impl{options, std::move(*grammar), std::move(*segmenter),
             std::move(*claim_lexicon)}));
  } catch (const std::exception& e) {
    return Status(StatusCode::kInternal, std::string("cannot start: ") + e.what());
  }
}

const std::string& Analyzer::lexicon_version() const {
  return impl_->grammar.lexicon().version();
}

Result<v1::Report> Analyzer::Analyze(std::string input,
                                     const DocumentInfo& info) const {
  v1::Report report;
  Status status = AnalyzeInto(std::move(input), info, &report);
  if (!status.ok()) return status;
  return report;
}

Status Analyzer::AnalyzeInto(std::string input, const DocumentInfo& info,
                             v1::Report* out) const {
  try {
    out->Clear();
    if (input.size() > impl_->options.max_document_bytes ||
        input.size() > 0xFFFFFFF0u) {
      return Status(StatusCode::kResourceExhausted,
                    "document is " + std::to_string(input.size()) +
                        " bytes, over the limit of " +
                        std::to_string(impl_->options.max_document_bytes));
    }
    const std::vector<text::InvalidByte> invalid = text::SanitizeUtf8(input);
    if (text::LooksBinary(input)) {
      return Status(StatusCode::kInvalidArgument,
                    "binary file (not UTF-8 text)");
    }
    Result<std::vector<text::SentenceSpan>> sentences =
        impl_->segmenter.Split(input);
    if (!sentences.ok()) return sentences.status();
    const std::vector<text::Quotation> quotations = text::FindQuotations(input);

    // One pass over the sentences, each folded once (into one reused
    // buffer) for the grammar and the claims layer.
    std::vector<attribution::Attribution> found;
    claims::DocumentClaims claims;
    attribution::SentenceScratch scratch;
    claims::FoldedSentence folded_claims;
    for (uint32_t i = 0; i < sentences->size(); ++i) {
      const text::SentenceSpan& sentence = (*sentences)[i];
      Status status = attribution::AssembleSentence(
          impl_->grammar, input, quotations, sentence, i, found, scratch);
      if (!status.ok()) return status;
      folded_claims.Reset(scratch.folded, {sentence.begin, sentence.end});
      status = impl_->claim_lexicon.AddSentence(
          input, folded_claims, text::AloneInParagraph(*sentences, i), claims);
      if (!status.ok()) return status;
    }
    const attribution::SourceTyper typer(impl_->grammar.lexicon());
    typer.TypeAll(input, found);
    for (attribution::Attribution& a : found) {
      typer.Describe(input, a);
      a.confidence = attribution::Confidence(impl_->grammar.lexicon(), input, a);
      a.type_confidence = attribution::TypeConfidence(impl_->grammar.lexicon(), a);
    }
    return report::BuildReportInto(input, info.id, info.origin, *sentences,
                                   quotations, found, invalid,
                                   impl_->claim_lexicon, &claims, out);
  } catch (const std::exception& e) {  // bad_alloc and the like
    return Status(StatusCode::kInternal, std::string("analysis failed: ") + e.what());
  }
}

}  // namespace whosaid
