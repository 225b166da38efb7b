#include "checks.hpp"

#include <google/protobuf/text_format.h>
#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/message_differencer.h>

#include <algorithm>
#include <cstdint>
#include <sstream>

#include "analyzer.hpp"
#include "describe_hit.hpp"
#include "grammar/parse.hpp"
#include "report/json_writer.hpp"
#include "report/sinks.hpp"
#include "span_invariants.hpp"
#include "text/normalize.hpp"
#include "text/quotes.hpp"
#include "text/segment.hpp"
#include "text/utf8.hpp"

namespace whosaid::fuzz {

// Well-formed UTF-8 per Unicode table 3-7, written independently of ICU so
// that it can judge SanitizeUtf8 (which uses ICU's U8_NEXT).
bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  while (i < s.size()) {
    const unsigned char c = byte(i);
    size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    for (size_t k = 1; k <= n; ++k) {
      if (i + k >= s.size()) return false;
      const unsigned char d = byte(i + k);
      if (k == 1 ? (d < lo || d > hi) : (d < 0x80 || d > 0xBF)) return false;
    }
    i += n + 1;
  }
  return true;
}

const Analyzer& SharedAnalyzer() {
  static const Analyzer* analyzer = [] {
    Result<Analyzer> a = Analyzer::Create();
    if (!a.ok()) std::abort();
    return new Analyzer(std::move(*a));
  }();
  return *analyzer;
}

namespace {

using Errors = std::vector<std::string>;

std::string Range(uint64_t begin, uint64_t end) {
  return "[" + std::to_string(begin) + "," + std::to_string(end) + ")";
}

bool OnBoundary(std::string_view s, size_t offset) {
  return offset >= s.size() ||
         (static_cast<unsigned char>(s[offset]) & 0xC0) != 0x80;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

const grammar::Grammar& SharedGrammar() {
  static const grammar::Grammar* grammar = [] {
    Result<grammar::Grammar> g = grammar::Grammar::Create();
    if (!g.ok()) std::abort();
    return new grammar::Grammar(std::move(*g));
  }();
  return *grammar;
}

const text::Segmenter& SharedSegmenter() {
  static const text::Segmenter* segmenter = [] {
    const grammar::Lexicon& lexicon = SharedGrammar().lexicon();
    Result<text::Segmenter> s = text::Segmenter::Create(
        lexicon.abbreviations(), lexicon.sentence_starters());
    if (!s.ok()) std::abort();
    return new text::Segmenter(std::move(*s));
  }();
  return *segmenter;
}

void CheckSanitize(std::string_view input, const std::string& s,
                   const std::vector<text::InvalidByte>& invalid,
                   Errors& errors) {
  if (s.size() != input.size()) {
    errors.push_back("SanitizeUtf8 changed the size");
    return;
  }
  size_t next = 0;  // index into invalid
  for (size_t i = 0; i < s.size(); ++i) {
    if (next < invalid.size() && invalid[next].offset == i) {
      if (invalid[next].value != static_cast<unsigned char>(input[i]) ||
          s[i] != text::kSubstituteByte) {
        errors.push_back("invalid byte at " + std::to_string(i) +
                         " misrecorded or not substituted");
      }
      ++next;
    } else if (s[i] != input[i]) {
      errors.push_back("byte " + std::to_string(i) +
                       " changed but not recorded");
      return;
    }
  }
  if (next != invalid.size()) {
    errors.push_back("invalid-byte offsets out of order or out of range");
  }
  if (!IsValidUtf8(s)) errors.push_back("sanitized text is not valid UTF-8");
  if (IsValidUtf8(input) && !invalid.empty()) {
    errors.push_back("valid UTF-8 had bytes replaced");
  }
  std::string again = s;
  if (!text::SanitizeUtf8(again).empty()) {
    errors.push_back("SanitizeUtf8 is not idempotent");
  }
}

// Compares PositionIndex::At at every offset with a straightforward count.
void CheckPositions(const std::string& s, Errors& errors) {
  const text::PositionIndex index(s);
  uint32_t code_points = 0, line = 1, line_start_cp = 0;
  text::Position lead{0, 1, 1};
  for (uint32_t b = 0; b <= s.size(); ++b) {
    const bool continuation =
        b < s.size() && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80;
    if (!continuation)
      lead = {code_points, line, code_points - line_start_cp + 1};
    const text::Position got = index.At(b);
    if (got.code_point != lead.code_point || got.line != lead.line ||
        got.column != lead.column) {
      errors.push_back(
          "PositionIndex::At(" + std::to_string(b) +
          ") = " + std::to_string(got.code_point) + " " +
          std::to_string(got.line) + ":" + std::to_string(got.column) +
          ", expected " + std::to_string(lead.code_point) + " " +
          std::to_string(lead.line) + ":" + std::to_string(lead.column));
      return;
    }
    if (b == s.size()) break;
    if (!continuation) ++code_points;
    if (s[b] == '\n') {
      ++line;
      line_start_cp = code_points;
    }
  }
  if (text::CountCodePoints(s) != code_points) {
    errors.push_back("CountCodePoints disagrees with the index");
  }
}

// Folds s[begin, end) and checks the folded text and its offset maps.
void CheckFold(const std::string& s, uint32_t begin, uint32_t end,
               Errors& errors) {
  const std::string_view slice = std::string_view(s).substr(begin, end - begin);
  Result<text::FoldedText> folded = text::Fold(slice, begin);
  const std::string where = "Fold" + Range(begin, end) + ": ";
  if (!folded.ok()) {
    errors.push_back(where + "failed: " + folded.status().message());
    return;
  }
  const text::FoldedText& f = *folded;
  if (f.source_begin.size() != f.text.size() ||
      f.source_end.size() != f.text.size()) {
    errors.push_back(where + "offset maps and text differ in size");
    return;
  }
  if (!IsValidUtf8(f.text))
    errors.push_back(where + "folded text is not UTF-8");
  if (f.text.find("  ") != std::string::npos) {
    errors.push_back(where + "white space not collapsed");
  }
  for (size_t i = 0; i < f.text.size(); ++i) {
    const char c = f.text[i];
    if ((c >= 'A' && c <= 'Z') || c == '\n' || c == '\t' || c == '\r') {
      errors.push_back(where + "unfolded byte at folded " + std::to_string(i));
      break;
    }
    if (f.source_begin[i] < begin || f.source_begin[i] > f.source_end[i] ||
        f.source_end[i] > end) {
      errors.push_back(where + "folded byte " + std::to_string(i) +
                       " maps to " + Range(f.source_begin[i], f.source_end[i]));
      return;
    }
    if (i > 0 && f.source_begin[i] < f.source_begin[i - 1]) {
      errors.push_back(where + "offset map goes backwards at folded " +
                       std::to_string(i));
      return;
    }
    // Inside a code point the map may go byte for byte (unchanged text);
    // a whole folded code point must map to whole input code points.
    if ((OnBoundary(f.text, i) && !OnBoundary(s, f.source_begin[i])) ||
        (OnBoundary(f.text, i + 1) && !OnBoundary(s, f.source_end[i]))) {
      errors.push_back(where + "folded code point at " + std::to_string(i) +
                       " maps into a UTF-8 sequence");
      return;
    }
  }
  const uint32_t n = static_cast<uint32_t>(f.text.size());
  const uint32_t step = std::max<uint32_t>(1, n / 24);
  for (uint32_t i = 0; i <= n; i += step) {
    for (uint32_t j = 0; j <= n; j += step) {
      const auto [b, e] = f.ToSource(i, j);
      if (n > 0 && (b < begin || b > e || e > end)) {
        errors.push_back(where + "ToSource" + Range(i, j) + " = " +
                         Range(b, e));
        return;
      }
      if (i < j && j <= n && !(b < e)) {
        errors.push_back(where + "ToSource" + Range(i, j) + " is empty");
        return;
      }
    }
  }
  if (text::FoldString(slice) != f.text) {
    errors.push_back(where + "FoldString disagrees with Fold");
  }
}

void CheckQuotations(const std::string& s, Errors& errors) {
  const std::vector<text::Quotation> quotations = text::FindQuotations(s);
  uint32_t previous_close = 0;
  for (size_t k = 0; k < quotations.size(); ++k) {
    const text::Quotation& q = quotations[k];
    const std::string where = "quotation " + Range(q.open, q.close) + ": ";
    if (!(q.open < q.close) || q.close > s.size() || q.open < previous_close) {
      errors.push_back(where + "out of place (previous ended at " +
                       std::to_string(previous_close) + ")");
      return;
    }
    previous_close = q.close;
    if (text::QuoteMarkLengthAt(s, q.open) == 0) {
      errors.push_back(where + "opens without a quotation mark");
    }
    if (q.closed && text::QuoteMarkLengthBefore(s, q.close) == 0) {
      errors.push_back(where + "closed without a quotation mark");
    }
    if (text::QuotationAt(quotations, q.open) != static_cast<int>(k)) {
      errors.push_back(where + "QuotationAt(open) does not find it");
    }
    uint32_t last = q.open;
    for (const text::QuotePiece& p : q.pieces) {
      if (p.begin < last || p.begin > p.end || p.end > q.close ||
          !OnBoundary(s, p.begin) || !OnBoundary(s, p.end)) {
        errors.push_back(where + "piece " + Range(p.begin, p.end) +
                         " out of place");
        return;
      }
      last = p.end;
    }
  }
}

void CheckSegmentation(const std::string& s, Errors& errors) {
  const std::vector<text::ParagraphSpan> paragraphs = text::SplitParagraphs(s);
  uint32_t last = 0;
  for (const text::ParagraphSpan& p : paragraphs) {
    if (p.begin < last || p.begin >= p.end || p.end > s.size() ||
        IsSpace(s[p.begin]) || IsSpace(s[p.end - 1]) ||
        std::string_view(s).substr(p.begin, p.end - p.begin).find('\n') !=
            std::string_view::npos) {
      errors.push_back("paragraph " + Range(p.begin, p.end) + " out of place");
      return;
    }
    last = p.end;
  }
  Result<std::vector<text::SentenceSpan>> sentences =
      SharedSegmenter().Split(s);
  if (!sentences.ok()) {
    errors.push_back("Split failed: " + sentences.status().message());
    return;
  }
  last = 0;
  uint32_t last_paragraph = 0;
  for (const text::SentenceSpan& t : *sentences) {
    const std::string where = "sentence " + Range(t.begin, t.end) + ": ";
    if (t.begin < last || t.begin >= t.end || t.end > s.size() ||
        t.paragraph < last_paragraph || t.paragraph >= paragraphs.size()) {
      errors.push_back(where + "out of place");
      return;
    }
    const text::ParagraphSpan& p = paragraphs[t.paragraph];
    if (t.begin < p.begin || t.end > p.end) {
      errors.push_back(where + "outside its paragraph " +
                       Range(p.begin, p.end));
    }
    if (!OnBoundary(s, t.begin) || !OnBoundary(s, t.end)) {
      errors.push_back(where + "cuts a UTF-8 sequence");
    }
    if (IsSpace(s[t.begin]) || IsSpace(s[t.end - 1])) {
      errors.push_back(where + "starts or ends with white space");
    }
    last = t.end;
    last_paragraph = t.paragraph;
    if (errors.size() > 16) return;
  }
  // The fast path (SentenceBreaker) breaks where ICU's iterator alone does.
  Result<std::vector<text::SentenceSpan>> icu = SharedSegmenter().SplitWithIcuOnly(s);
  if (!icu.ok()) {
    errors.push_back("SplitWithIcuOnly failed: " + icu.status().message());
    return;
  }
  bool same = icu->size() == sentences->size();
  for (size_t i = 0; same && i < icu->size(); ++i) {
    same = (*icu)[i].begin == (*sentences)[i].begin && (*icu)[i].end == (*sentences)[i].end &&
           (*icu)[i].paragraph == (*sentences)[i].paragraph;
  }
  if (!same) {
    errors.push_back("Split gives " + std::to_string(sentences->size()) +
                     " sentences, ICU alone " + std::to_string(icu->size()) +
                     " or other bounds");
    return;
  }
  // Fold each sentence the way the pipeline does (at most 64, to keep the
  // check fast on inputs with many tiny sentences).
  for (size_t i = 0; i < sentences->size() && i < 64; ++i) {
    CheckFold(s, (*sentences)[i].begin, (*sentences)[i].end, errors);
  }
}

bool Equal(const google::protobuf::Message& a,
           const google::protobuf::Message& b, std::string* diff) {
  google::protobuf::util::MessageDifferencer differencer;
  differencer.ReportDifferencesToString(diff);
  return differencer.Compare(a, b);
}

void CheckRoundTrips(const v1::Report& report, Errors& errors) {
  std::string diff;
  v1::Report parsed;
  std::string bytes;
  if (!report.SerializeToString(&bytes) || !parsed.ParseFromString(bytes)) {
    errors.push_back("report does not survive binary serialisation");
  } else if (!Equal(report, parsed, &diff)) {
    errors.push_back("binary round trip differs: " + diff);
  }
  v1::Envelope envelope;
  *envelope.mutable_report() = report;
  std::ostringstream json;
  if (!report::WriteJsonLine(envelope, json).ok()) {
    errors.push_back("WriteJsonLine failed");
  } else {
    v1::Envelope back;
    const std::string line = json.str();
    if (line.empty() || line.back() != '\n' ||
        line.find('\n') != line.size() - 1) {
      errors.push_back("JSON output is not one line");
    }
    diff.clear();
    if (!google::protobuf::util::JsonStringToMessage(line, &back).ok()) {
      errors.push_back("JSON output does not parse back");
    } else if (!Equal(envelope, back, &diff)) {
      errors.push_back("JSON round trip differs: " + diff);
    }
  }
  // Streamed JSON (taken apart at every depth) == protobuf's own.
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  options.always_print_primitive_fields = true;
  std::string whole;
  std::ostringstream streamed;
  if (!google::protobuf::util::MessageToJsonString(envelope, &whole, options)
           .ok() ||
      !report::WriteJson(envelope, options, streamed, 0).ok() ||
      streamed.str() != whole) {
    errors.push_back("streamed JSON differs from MessageToJsonString");
  }
  // Printed whole (WriteJson's own printer, json_writer.cpp) == protobuf's,
  // for the envelope and for the report alone.
  std::ostringstream printed, printed_report;
  std::string whole_report;
  if (!report::WriteJson(envelope, options, printed).ok() || printed.str() != whole) {
    errors.push_back("printed JSON differs from MessageToJsonString");
  }
  if (!google::protobuf::util::MessageToJsonString(report, &whole_report, options).ok() ||
      !report::WriteJson(report, options, printed_report).ok() ||
      printed_report.str() != whole_report) {
    errors.push_back("printed JSON of the report differs from MessageToJsonString");
  }
  std::ostringstream textproto;
  if (!report::WriteTextproto(report, textproto).ok()) {
    errors.push_back("WriteTextproto failed");
  } else {
    v1::Report back;
    diff.clear();
    if (!google::protobuf::TextFormat::ParseFromString(textproto.str(),
                                                       &back)) {
      errors.push_back("text format does not parse back");
    } else if (!Equal(report, back, &diff)) {
      errors.push_back("text format round trip differs: " + diff);
    }
  }
  std::ostringstream readable;
  report::WriteText(report, "fuzz", readable);
  const std::string text = readable.str();
  if (text.empty()) errors.push_back("WriteText wrote nothing");
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F ||
        text.compare(i, 3, "\xe2\x80\xae") == 0) {
      errors.push_back("readable report writes control byte " +
                       std::to_string(c) + " raw");
      break;
    }
  }
}

void CheckReportStructure(const std::string& s,
                          const std::vector<text::InvalidByte>& invalid,
                          const v1::Report& report, Errors& errors) {
  if (report.document().size_bytes() != s.size() ||
      report.document().size_code_points() != text::CountCodePoints(s) ||
      report.document().invalid_utf8_bytes() != invalid.size()) {
    errors.push_back("document sizes disagree with the input");
  }
  // Claims are clauses of sentences (boilerplate sentences have none): each
  // names a sentence that exists, in order.
  uint32_t last_claim_sentence = 0;
  for (const v1::Claim& claim : report.claims()) {
    if (claim.sentence_index() >=
            static_cast<uint32_t>(report.sentences_size()) ||
        claim.sentence_index() < last_claim_sentence) {
      errors.push_back("claims name sentences out of range or out of order");
      break;
    }
    last_claim_sentence = claim.sentence_index();
  }
  uint32_t last = 0;
  for (const v1::Sentence& sentence : report.sentences()) {
    if (sentence.span().begin_byte() < last ||
        sentence.span().begin_byte() >= sentence.span().end_byte()) {
      errors.push_back("sentences overlap or are empty");
      break;
    }
    last = sentence.span().end_byte();
  }
  for (int i = 0; i < report.attributions_size(); ++i) {
    const v1::Attribution& a = report.attributions(i);
    const std::string where = "attribution " + std::to_string(i) + ": ";
    if (a.id() != static_cast<uint32_t>(i))
      errors.push_back(where + "id != index");
    if (a.cue().begin_byte() >= a.cue().end_byte()) {
      errors.push_back(where + "empty cue");
    }
    if (a.sentence_index() >= static_cast<uint32_t>(report.sentences_size())) {
      errors.push_back(where + "sentence_index out of range");
      continue;
    }
    const v1::Span& sentence = report.sentences(a.sentence_index()).span();
    if (a.cue().begin_byte() < sentence.begin_byte() ||
        a.cue().end_byte() > sentence.end_byte()) {
      errors.push_back(where + "cue outside its sentence");
    }
    if (!(a.confidence() >= 0 && a.confidence() <= 1)) {
      errors.push_back(where + "confidence outside [0, 1]");
    }
    uint32_t content_end = 0;
    for (const v1::Span& c : a.contents()) {
      if (c.begin_byte() < content_end) {
        errors.push_back(where + "contents not in text order");
      }
      content_end = c.end_byte();
    }
  }
}

}  // namespace

std::vector<std::string> CheckText(std::string_view input) {
  Errors errors;
  std::string s(input);
  const std::vector<text::InvalidByte> invalid = text::SanitizeUtf8(s);
  CheckSanitize(input, s, invalid, errors);
  if (!errors.empty()) return errors;
  (void)text::LooksBinary(s);
  CheckPositions(s, errors);
  CheckFold(s, 0, static_cast<uint32_t>(s.size()), errors);
  CheckSegmentation(s, errors);
  CheckQuotations(s, errors);
  return errors;
}

std::vector<std::string> CheckGrammar(std::string_view input) {
  Errors errors;
  std::string s(input);
  (void)text::SanitizeUtf8(s);
  Result<text::FoldedText> folded = text::Fold(s);
  if (!folded.ok()) return {"Fold failed: " + folded.status().message()};
  const std::string& f = folded->text;
  const grammar::Grammar& grammar = SharedGrammar();
  const std::vector<grammar::Hit> hits = grammar.FindAll(f);
  uint32_t resume = 0, last_start = 0;
  for (size_t k = 0; k < hits.size(); ++k) {
    const grammar::Hit& h = hits[k];
    const std::string where = std::string("hit ") + std::to_string(k) + " (" +
                              grammar::PatternRuleId(h.pattern) + "): ";
    uint32_t start = UINT32_MAX;
    // (A participle's or coordinated cue's source may be carried from the
    // clause's subject, anywhere before it: "Clinton seemed …, telling the
    // crowd" after the agentless "seemed". Its ranges are checked, but it
    // does not say where the hit starts.)
    const bool carried = h.pattern == grammar::Pattern::kParticipial ||
                         h.pattern == grammar::Pattern::kCoordinated;
    for (const grammar::Range* r :
         {&h.source, &h.cue, &h.recipient, &h.appositive}) {
      if (r->empty()) continue;
      if (r->end > f.size() || !OnBoundary(f, r->begin) ||
          !OnBoundary(f, r->end)) {
        errors.push_back(where + "range " + Range(r->begin, r->end) +
                         " outside the sentence or inside a UTF-8 sequence");
        continue;
      }
      if (!(carried && r == &h.source)) start = std::min(start, r->begin);
      const auto [b, e] = folded->ToSource(r->begin, r->end);
      if (b >= e || e > s.size()) {
        errors.push_back(where + "range " + Range(r->begin, r->end) +
                         " maps to input " + Range(b, e));
      }
    }
    if (h.cue.empty()) errors.push_back(where + "empty cue");
    if (h.content_begin != grammar::kNoContent &&
        (h.content_begin > f.size() || !OnBoundary(f, h.content_begin))) {
      errors.push_back(where + "content_begin " +
                       std::to_string(h.content_begin) + " out of place");
    }
    if (h.cue_entry >= grammar.lexicon().cues().size()) {
      errors.push_back(where + "cue_entry out of range");
    }
    if (start == UINT32_MAX) continue;
    if (start < last_start) errors.push_back(where + "out of order");
    if (start < resume) {
      errors.push_back(where + "starts at " + std::to_string(start) +
                       " inside an earlier hit's source or cue (ends " +
                       std::to_string(resume) + ")");
    }
    last_start = start;
    // (The subject after a sentence-opening participle may start a hit of
    // its own.)
    const uint32_t source_end =
        h.pattern == grammar::Pattern::kParticipial && h.source.begin > h.cue.begin
            ? 0
            : h.source.end;
    resume = std::max({resume, h.cue.end, source_end});
    if (errors.size() > 16) break;
  }
  const std::vector<grammar::Hit> again = grammar.FindAll(f);
  if (again.size() != hits.size())
    errors.push_back("FindAll is not deterministic");
  // The fast way (cue prefilter, word memo, memos shared by the attempts of
  // one window of a long sentence) finds what the rule tried at every word
  // start finds.
  const std::vector<grammar::Hit> exhaustive = grammar.FindAllExhaustive(f);
  for (size_t k = 0; k < std::max(hits.size(), exhaustive.size()); ++k) {
    if (k >= hits.size() || k >= exhaustive.size() ||
        testing::DescribeHit(hits[k]) != testing::DescribeHit(exhaustive[k])) {
      errors.push_back("FindAll hit " + std::to_string(k) + " [" +
                       (k < hits.size() ? testing::DescribeHit(hits[k]) : "none") +
                       "] differs from FindAllExhaustive's [" +
                       (k < exhaustive.size() ? testing::DescribeHit(exhaustive[k]) : "none") + "]");
      break;
    }
  }
  return errors;
}

std::vector<std::string> CheckPipeline(std::string_view input) {
  Errors errors;
  std::string s(input);
  const std::vector<text::InvalidByte> invalid = text::SanitizeUtf8(s);
  const Analyzer& analyzer = SharedAnalyzer();
  Result<v1::Report> report =
      analyzer.Analyze(std::string(input), {"fuzz", "fuzz"});
  if (!report.ok()) {
    const Status& status = report.status();
    if (status.message().empty()) errors.push_back("error without a message");
    if (!(status.code() == StatusCode::kInvalidArgument &&
          text::LooksBinary(s))) {
      errors.push_back(std::string("unexpected error ") +
                       StatusCodeName(status.code()) + ": " + status.message());
    }
    return errors;
  }
  testing::CheckSpans(s, *report, errors);
  CheckReportStructure(s, invalid, *report, errors);
  CheckRoundTrips(*report, errors);
  Result<v1::Report> again =
      analyzer.Analyze(std::string(input), {"fuzz", "fuzz"});
  std::string diff;
  if (!again.ok() || !Equal(*report, *again, &diff)) {
    errors.push_back("a second analysis differs: " + diff);
  }
  return errors;
}

CheckFunction CheckByName(std::string_view name) {
  if (name == "text") return CheckText;
  if (name == "grammar") return CheckGrammar;
  if (name == "pipeline") return CheckPipeline;
  if (name == "jsonl") return CheckJsonl;
  if (name == "html") return CheckHtml;
  return nullptr;
}

}  // namespace whosaid::fuzz
