#include "attribution/assemble.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <limits>
#include <optional>

#include "attribution/names.hpp"
#include "attribution/outlet.hpp"
#include "text/chars.hpp"
#include "text/dateline.hpp"
#include "text/normalize.hpp"
#include "text/quotes.hpp"
#include "text/search.hpp"

namespace whosaid::attribution {
namespace {

using grammar::Hit;
using grammar::Pattern;

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool IsTrailingPunct(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
         c == '?' || IsSpaceByte(c);
}

// Length of an en or em dash or a horizontal bar ending at `end`
// (exclusive), or 0.
size_t DashBefore(std::string_view text, size_t end) {
  if (end < 3 || static_cast<unsigned char>(text[end - 3]) != 0xE2 ||
      static_cast<unsigned char>(text[end - 2]) != 0x80) {
    return 0;
  }
  const auto c = static_cast<unsigned char>(text[end - 1]);
  return c == 0x93 || c == 0x94 || c == 0x95 ? 3 : 0;
}

// True when a dash aside opens right before `pos` (after spaces): an em
// or en dash, a horizontal bar, or a spaced "-" or "--".
bool DashOpensAt(std::string_view text, uint32_t floor, uint32_t pos) {
  while (pos > floor && text[pos - 1] == ' ') --pos;
  if (pos - floor >= 3 && DashBefore(text, pos)) return true;
  return pos - floor >= 2 && text[pos - 1] == '-' &&
         (text[pos - 2] == ' ' || (text[pos - 2] == '-' && pos - floor >= 3 && text[pos - 3] == ' '));
}

// Where the next dash (as DashOpensAt) starts in [from, limit), or limit.
uint32_t NextDash(std::string_view text, uint32_t from, uint32_t limit) {
  for (uint32_t i = from; i < limit; ++i) {
    if (text[i] == ' ' && i + 2 < limit && text[i + 1] == '-' &&
        (text[i + 2] == ' ' || text[i + 2] == '-')) {
      return i;
    }
    if (i + 3 <= limit && DashBefore(text, i + 3)) return i;
  }
  return limit;
}

// Length of the white space starting at `pos`: an ASCII space byte or a
// no-break space (U+00A0, which web text puts around dashes), else 0.
size_t SpaceAt(std::string_view text, size_t pos) {
  if (IsSpaceByte(text[pos])) return 1;
  return pos + 1 < text.size() && static_cast<unsigned char>(text[pos]) == 0xC2 &&
                 static_cast<unsigned char>(text[pos + 1]) == 0xA0
             ? 2
             : 0;
}

// Length of the white space ending at `end` (exclusive), as SpaceAt.
size_t SpaceBefore(std::string_view text, size_t end) {
  if (end == 0) return 0;
  if (IsSpaceByte(text[end - 1])) return 1;
  return end >= 2 && static_cast<unsigned char>(text[end - 2]) == 0xC2 &&
                 static_cast<unsigned char>(text[end - 1]) == 0xA0
             ? 2
             : 0;
}

// Shrinks `span` past white space, trailing punctuation and stray
// quotation marks at either end. A mark is stray only when its partner lies
// outside the span: trimming never splits a quotation (the cuts were
// "painful but necessary." keeps its closing `."`).
ByteSpan Trim(std::string_view text, ByteSpan span) {
  const ByteSpan whole = span;
  while (span.begin < span.end) {
    if (size_t space = SpaceAt(text, span.begin); space && span.begin + space <= span.end) {
      span.begin += static_cast<uint32_t>(space);
    } else if (text[span.begin] == ',' || text[span.begin] == ':') {
      ++span.begin;
    } else if (size_t mark = text::QuoteMarkLengthAt(text, span.begin);
               mark && span.begin + mark <= span.end) {
      span.begin += static_cast<uint32_t>(mark);
    } else {
      break;
    }
  }
  // (Whether the span opens a bracket, found once: trimming its end never
  // drops an opening one.)
  const bool opens_bracket =
      text.substr(span.begin, span.end - span.begin).find('(') != std::string_view::npos;
  while (span.end > span.begin) {
    size_t mark = 0;
    if (IsTrailingPunct(text[span.end - 1])) {
      --span.end;
    } else if (text[span.end - 1] == ')' && !opens_bracket) {
      --span.end;  // the close of a bracket the span opened inside of
    } else if ((mark = SpaceBefore(text, span.end)) ||
               (mark = text::QuoteMarkLengthBefore(text, span.end)) ||
               (mark = DashBefore(text, span.end))) {
      if (span.end - mark < span.begin) break;
      span.end -= static_cast<uint32_t>(mark);
    } else {
      break;
    }
  }
  const text::QuoteBalance balance = text::BalanceOf(text, span.begin, span.end);
  if (balance.unclosed > 0) {
    // The first mark the trimming dropped, if it closes one left open.
    uint32_t i = span.end;
    while (i < whole.end && text::QuoteMarkLengthAt(text, i) == 0) ++i;
    const size_t mark = i < whole.end ? text::QuoteMarkLengthAt(text, i) : 0;
    if (mark != 0 && i + mark <= whole.end &&
        text::BalanceOf(text, span.begin, i + mark).unclosed < balance.unclosed) {
      span.end = i + static_cast<uint32_t>(mark);
    }
  }
  if (balance.unopened > 0) {
    // The last mark the trimming dropped, if it opens one closed inside.
    uint32_t i = span.begin;
    while (i > whole.begin && text::QuoteMarkLengthBefore(text, i) == 0) --i;
    const size_t mark = i > whole.begin ? text::QuoteMarkLengthBefore(text, i) : 0;
    if (mark != 0 && i - mark >= whole.begin &&
        text::BalanceOf(text, i - mark, span.end).unopened < balance.unopened) {
      span.begin = i - static_cast<uint32_t>(mark);
    }
  }
  return span;
}

// Offset of the first non-space byte at or after `pos`.
uint32_t SkipSpaces(std::string_view text, uint32_t pos, uint32_t limit) {
  while (pos < limit) {
    const size_t space = SpaceAt(text, pos);
    if (space == 0 || pos + space > limit) break;
    pos += static_cast<uint32_t>(space);
  }
  return pos;
}

// The quotation holding `offset` if it is closed (or continued), else null.
const text::Quotation* ClosedQuotationAt(
    const std::vector<text::Quotation>& quotations, uint32_t offset) {
  const int index = text::QuotationAt(quotations, offset);
  if (index < 0) return nullptr;
  const text::Quotation& q = quotations[static_cast<size_t>(index)];
  return q.closed ? &q : nullptr;
}

void AppendPieces(std::string_view text, const text::Quotation& q,
                  std::vector<ByteSpan>& contents) {
  for (const text::QuotePiece& piece : q.pieces) {
    ByteSpan span = Trim(text, {piece.begin, piece.end});
    if (!span.empty()) contents.push_back(span);
  }
}

// Where the words of `sentence` start: after a dateline opening it ("HALIFAX,
// Nova Scotia — …" was filed there, nothing said), but not past `limit`.
uint32_t AfterDateline(std::string_view text, const text::SentenceSpan& sentence,
                       uint32_t limit) {
  const text::Dateline dateline = text::DatelineAt(text, sentence.begin, sentence.end);
  return dateline.end != 0 ? std::min(dateline.end, limit) : sentence.begin;
}

// A quotation that opens after a word of its sentence is part of what was
// said: "He was a “respected manager,” Boistard said" reports the whole
// clause, from the sentence's start (after a dateline) to the closing mark,
// as PolNeAR marks it (104 of 110 such quotations on train). Empty for a
// quotation that opens its sentence or spans paragraphs. Input bytes.
ByteSpan ClauseAroundQuotation(std::string_view text, const text::SentenceSpan& sentence,
                               const text::Quotation& q) {
  if (q.pieces.size() != 1 || q.open < sentence.begin + 2 || text[q.open - 1] != ' ' ||
      !std::isalnum(static_cast<unsigned char>(text[q.open - 2]))) {
    return {};
  }
  return Trim(text, {AfterDateline(text, sentence, q.open), q.close});
}

// The quotation that ends right before `pos` (ignoring spaces and commas
// between), or null.
const text::Quotation* QuotationEndingBefore(
    std::string_view text, const std::vector<text::Quotation>& quotations,
    uint32_t pos) {
  while (pos > 0) {
    const size_t space = text[pos - 1] == ',' ? 1 : SpaceBefore(text, pos);
    if (space == 0) break;
    pos -= static_cast<uint32_t>(space);
  }
  if (pos == 0) return nullptr;
  const text::Quotation* q = ClosedQuotationAt(quotations, pos - 1);
  return q && q->close == pos ? q : nullptr;
}

// "“…,” she said. “…”": the quotation opening the next sentence, when the
// attribution ends its own sentence (`hit_end` to `sentence_end` holds only
// punctuation, or a short circumstance: "she said on Tuesday.", "she said
// in an interview.") and the quotation ends its paragraph, so no one else
// is named as its speaker (PolNeAR gives both quotations to the speaker in
// 640 of 784 such train cases). Null otherwise.
// (Or an aside after a comma, of up to 16 words: on the speaker, "said
// Maria Alvarez, who sponsored the measure.", "said Jean Park, 67, a
// retired teacher.", or on the saying, "Clinton said, drawing gasps from
// the crowd." In PolNeAR train the next quotation is the speaker's after
// 49 of 60 such asides.)
const text::Quotation* QuotationAfterSentence(std::string_view text,
                                              const std::vector<text::Quotation>& quotations,
                                              uint32_t hit_end, uint32_t sentence_end) {
  constexpr int kMaxCircumstanceWords = 6;
  constexpr int kMaxAsideWords = 16;
  const bool aside = hit_end + 2 < sentence_end && text[hit_end] == ',' && text[hit_end + 1] == ' ';
  int words = 0;
  for (uint32_t i = hit_end + (aside ? 1 : 0); i < sentence_end; ++i) {
    const char c = text[i];
    if (c == ' ') {
      if (i + 1 < sentence_end && text[i + 1] != ' ' && text[i + 1] != '.' &&
          ++words > (aside ? kMaxAsideWords : kMaxCircumstanceWords)) {
        return nullptr;
      }
    } else if (aside && (c == ',' || c == '.' || c == '-' || c == '\'')) {
      continue;  // (the commas and abbreviations of an aside)
    } else if (!text::IsWordByte(c) && !text::IsWordJoiner(c)) {
      return nullptr;  // a comma, a quotation mark, a colon: more than a circumstance
    }
  }
  uint32_t open = sentence_end;
  while (open < text.size() && (text[open] == ' ' || text[open] == '\t')) ++open;
  if (open >= text.size()) return nullptr;
  const int index = text::QuotationAt(quotations, open);
  if (index < 0) return nullptr;
  const text::Quotation& q = quotations[static_cast<size_t>(index)];
  if (q.open != open || !q.closed) return nullptr;
  uint32_t after = q.close;
  while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
  return after >= text.size() || text[after] == '\n' || text[after] == '\r' ? &q : nullptr;
}

// "“This,” he said, pointing at the map, “is where the levee broke.”": a
// quotation in the same sentence that goes on in lower case after a short
// aside of the saying (up to 12 words, no quotation mark), so it continues
// the one before. Null otherwise.
const text::Quotation* QuotationContinuedAfterAside(std::string_view text,
                                                    const std::vector<text::Quotation>& quotations,
                                                    uint32_t hit_end, uint32_t sentence_end) {
  constexpr int kMaxAsideWords = 12;
  uint32_t i = SkipSpaces(text, hit_end, sentence_end);
  if (i < sentence_end && text[i] == ',') ++i;
  int words = 0;
  bool in_word = false;
  for (; i < sentence_end && text[i] != ','; ++i) {
    const char c = text[i];
    const bool word_byte = text::IsWordByte(c) || text::IsWordJoiner(c);
    if (!word_byte && c != ' ') return nullptr;
    if (word_byte && !in_word && ++words > kMaxAsideWords) return nullptr;
    in_word = word_byte;
  }
  if (words == 0 || i >= sentence_end) return nullptr;
  const uint32_t open = SkipSpaces(text, i + 1, sentence_end);
  const int index = text::QuotationAt(quotations, open);
  if (index < 0) return nullptr;
  const text::Quotation& q = quotations[static_cast<size_t>(index)];
  if (q.open != open || q.pieces.empty()) return nullptr;
  const uint32_t first = SkipSpaces(text, q.pieces.front().begin, q.pieces.front().end);
  return first < q.pieces.front().end && text[first] >= 'a' && text[first] <= 'z' ? &q : nullptr;
}

// The quotation that opens at `pos` (after spaces and one comma), or null.
const text::Quotation* QuotationOpeningAt(
    std::string_view text, const std::vector<text::Quotation>& quotations,
    uint32_t pos, uint32_t limit) {
  pos = SkipSpaces(text, pos, limit);
  if (pos < limit && (text[pos] == ',' || text[pos] == ':')) {
    pos = SkipSpaces(text, pos + 1, limit);
  }
  if (pos >= text.size()) return nullptr;
  const int index = text::QuotationAt(quotations, pos);
  if (index < 0) return nullptr;
  const text::Quotation& q = quotations[static_cast<size_t>(index)];
  return q.open == pos ? &q : nullptr;
}

v1::Stance StanceOf(std::string_view word) {
  if (word == "distancing") return v1::STANCE_DISTANCING;
  if (word == "warning") return v1::STANCE_WARNING;
  if (word == "hedged") return v1::STANCE_HEDGED;
  if (word == "concern") return v1::STANCE_CONCERN;
  if (word == "endorsing") return v1::STANCE_ENDORSING;
  return v1::STANCE_NEUTRAL;
}

// True when `begin` follows one of grammar::kClauseJoiners: it opens a
// clause of its own, joined to the one before.
bool OpensJoinedClause(std::string_view text, uint32_t begin) {
  const std::string_view before = text.substr(0, begin);
  return std::any_of(std::begin(grammar::kClauseJoiners), std::end(grammar::kClauseJoiners),
                     [&](std::string_view joiner) { return before.ends_with(joiner); });
}

// The attribution of out[first…] whose content holds out[j]'s cue, the one
// with the narrowest such piece when several do; out.size() if none. (A
// later host only when it is not itself inside out[j]'s content: of two that
// hold each other's cue, the earlier one is the host.)
size_t HostOf(const std::vector<Attribution>& out, size_t first, size_t j) {
  auto piece_holding = [](const Attribution& host, uint32_t pos) -> const ByteSpan* {
    for (const ByteSpan& c : host.contents) {
      if (c.begin <= pos && pos < c.end) return &c;
    }
    return nullptr;
  };
  size_t host = out.size();
  uint32_t narrowest = std::numeric_limits<uint32_t>::max();
  for (size_t i = first; i < out.size(); ++i) {
    const ByteSpan* piece = i == j ? nullptr : piece_holding(out[i], out[j].cue.begin);
    if (piece == nullptr || (i > j && piece_holding(out[j], out[i].cue.begin) != nullptr)) {
      continue;
    }
    if (piece->end - piece->begin < narrowest) {
      narrowest = piece->end - piece->begin;
      host = i;
    }
  }
  return host;
}

// Drops, from out[first..], attributions whose cue lies inside the content
// of another one of the same sentence (earlier, or later as "…, according
// to aides"), unless their cue is a reporting verb (grammar/lexicon/
// nesting.tsv) or their source is carried from the main clause ("…,
// saying", "and said", "…, said X"). "Trump told the Post that he
// supported X": "supported" is part of what Trump said, not a second
// attribution; "officials said the minister told them X" is one.
// On PolNeAR train such nested non-reporting cues were right in 18% of
// predictions, nested reporting verbs in 35%. A participle after "by" or
// "for" is the manner of the host's act or its reason, whatever its verb:
// "Trump responded to the tweet by calling Alwaleed "dopey"", "He said the
// campaign would win them over by arguing that …", "blamed the paper for
// reporting that …" (on PolNeAR train right in 14 of 46 predictions). After
// "before", "while" or "after" it is the speaker's next act: "criticized the
// plan while insisting that …" stays.
void DropNestedStances(const grammar::Lexicon& lexicon, std::string_view text, size_t first,
                       std::vector<Attribution>& out) {
  auto after_by_or_for = [&](const Attribution& a) {
    const std::string word = text::FoldString(grammar::PreviousWord(text, a.cue.begin));
    return word == "by" || word == "for";
  };
  auto nested = [&](size_t j) {
    const Attribution& a = out[j];
    if (a.rule == "participial") {
      if (!after_by_or_for(a)) return false;
    } else if (a.rule == "coordinated" || a.rule == "cue-source" || a.rule == "dash-source" ||
               lexicon.nesting().Find(a.cue_lemma) != nullptr) {
      return false;
    }
    return HostOf(out, first, j) != out.size();
  };
  // Decided on the list as it was: a dropped attribution still hides the
  // ones nested in its own content.
  // (Only this sentence's attributions: `out` holds the whole document's,
  // and sizing by it made each sentence cost the document so far.)
  if (out.size() - first < 2) return;  // nothing to nest in
  std::vector<bool> drop(out.size() - first, false);
  for (size_t j = first; j < out.size(); ++j) drop[j - first] = nested(j);
  size_t kept = first;
  for (size_t j = first; j < out.size(); ++j) {
    if (drop[j - first]) continue;
    if (kept != j) out[kept] = std::move(out[j]);
    ++kept;
  }
  out.resize(kept);
}

// An attribution nested in what "according to X" reports reaches the
// article through X: "“…,” Sanders said, according to CNN" is Sanders
// through CNN; "According to the police report, Marsh told officers …" and
// "According to a Ledger poll, 51 percent of voters said …" are relayed by
// the report and the poll. X becomes the nested attribution's last conduit.
// Only for "according to": inside a saying, a nested speaker is as often
// the host's own ("Ruiz said she told donors …"), and a source carried from
// the main clause ("…, explaining") is the host's. In the 840
// PolNeAR train articles this gave 63 conduits; 34 of 40 read were right,
// the rest came from an "according to" content reaching too far back.
void RelayNestedThroughAccordingTo(size_t first, std::vector<Attribution>& out) {
  for (size_t j = first; j < out.size(); ++j) {
    Attribution& a = out[j];
    const size_t host = HostOf(out, first, j);
    if (host == out.size() || !a.source || !out[host].source ||
        out[host].rule != "according-to" || a.rule == "participial" || a.rule == "coordinated") {
      continue;
    }
    // (Before a candidate outlet beside the cue, which the typer looks for
    // last: "said in an interview with CNN, according to the Ledger".)
    const bool candidate = !a.conduits.empty() && a.conduits.back().outlet_only;
    a.conduits.insert(a.conduits.end() - (candidate ? 1 : 0),
                      {*out[host].source, v1::SOURCE_TYPE_UNSPECIFIED, /*outlet_only=*/false,
                       /*host=*/true});
  }
}

// The possessor of a noun cue's source: where a capitalised possessive
// ("Trump's", "Clinton’s") follows a lower-case word that is no
// determiner, the run of capitalised words ending in it ("Biden rubbished
// Trump's claim", "The friendly audience cheered Clinton's attacks": the
// grammar, on folded text, cannot tell the verb from a name's words).
// Else `source` as it is ("FBI Director James Comey's", "the former
// staffer's").
ByteSpan CapitalisedPossessor(const grammar::Lexicon& lexicon, std::string_view text,
                              ByteSpan source) {
  const std::string_view s = text.substr(source.begin, source.end - source.begin);
  auto capitalised = [](std::string_view word) {
    return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
  };
  // The words from the last one back, while they are capitalised.
  size_t run = s.size();  // where the capitalised run starts
  for (size_t end = s.size(); end > 0;) {
    const size_t space = s.rfind(' ', end - 1);
    const size_t word_begin = space == std::string_view::npos ? 0 : space + 1;
    const std::string_view word = s.substr(word_begin, end - word_begin);
    if (!capitalised(word)) {
      // (no capitalised possessive, or a phrase opened by a determiner)
      if (run == s.size() || (word_begin == 0 && lexicon.FunctionKind(word) == "determiner")) {
        return source;
      }
      return {source.begin + static_cast<uint32_t>(run), source.end};
    }
    run = word_begin;
    if (space == std::string_view::npos) break;
    end = space;
  }
  return source;
}

// True when a one-word source is a lower-case gerund: "sparking fears
// among economists", "winning favor from super PACs", "having referred to
// him as": the verb of a cue noun or of a participle, not who speaks. (In
// the original text: a name may end so, "Beijing", "Schilling".)
bool GerundSource(std::string_view source) {
  if (!grammar::LooksLikeParticiple(source) || source[0] < 'a' || source[0] > 'z' ||
      source.find(' ') != std::string_view::npos) {
    return false;
  }
  return source != "something" && source != "anything" && source != "nothing" &&
         source != "everything";
}

// True when a colon lead-in's source names a speaker: every word
// capitalised ("Pence: …", "Sen. Ted Cruz: …", "WALLACE: …"; before a
// quotation, an "and" between names too: "Frank Newport and Jim Harter:
// "We found …"", where "Netanyahu and Obama: A tortured relationship" is a
// heading), or a poll or
// report ("A new poll: …"); not a heading ("Its job: …", "Cool the
// rhetoric: …", "Voter participation: …", whose lead-ins were right in 10
// of 56 train predictions).
bool NamesASpeaker(const grammar::Lexicon& lexicon, std::string_view folded_source,
                   std::string_view source, bool before_quotation) {
  const size_t last = folded_source.rfind(' ');
  if (lexicon.IsHeadWord(folded_source.substr(last == std::string_view::npos ? 0 : last + 1),
                         "evidence")) {
    return true;
  }
  for (size_t i = 0; i < source.size(); ++i) {
    const bool word_start = i == 0 || source[i - 1] == ' ';
    if (word_start && source[i] >= 'a' && source[i] <= 'z' &&
        !(before_quotation && i > 0 && source.substr(i, 4) == "and ")) {
      return false;
    }
  }
  return true;
}

// What follows a verb of saying at `content_begin` of the folded
// sentence, when it opens with a circumstance of the saying (a place, an
// occasion or a topic: "in an interview", "on Twitter", "of Apple").
struct Circumstance {
  uint32_t end = 0;          // where the circumstance ends (folded); 0: none
  uint32_t that_clause = 0;  // where a that-clause after it starts; 0: none
  bool to_recipient = false;  // it opens with whom it was said to: "to aides"
};

// True for a folded object pronoun: "him", "them" (after a verb of saying,
// whom it was said to).
bool IsObjectPronoun(std::string_view word) {
  return word == "him" || word == "her" || word == "them" || word == "me" || word == "us";
}

// True for a folded relative pronoun that opens an aside: "who", "whose",
// "which".
bool IsRelativePronoun(std::string_view word) {
  return word == "who" || word == "whose" || word == "which";
}

// The end of `rest` (folded, after a verb of saying) when all it holds
// before the clause ends is an "-ly" adverb or an object pronoun: "“…?” he
// asks rhetorically.", "“…,” she urged them." (what was said stands
// elsewhere); else 0.
size_t MannerOrObjectEnd(std::string_view rest) {
  const size_t end = std::min(rest.find_first_of(",.;:!?\"("), rest.size());
  const std::string_view clause = rest.substr(0, end);
  if (clause.empty() || clause.find(' ') != std::string_view::npos) return 0;
  const bool manner = grammar::LooksLikeLyAdverb(clause);
  return manner || IsObjectPronoun(clause) ? end : 0;
}

// "…” Trump said on Twitter.", "she said in an interview on Saturday.",
// "Trump said of Apple in February, …": the circumstance runs to the
// clause end, and what was said stands before it or after a comma. "said
// in an interview that …": what was said is the that-clause.
Circumstance CircumstanceAt(const grammar::Lexicon& lexicon, std::string_view text,
                           const text::FoldedText& folded_text, uint32_t content_begin,
                           bool to_recipient) {
  const std::string_view folded = folded_text.text;
  if (content_begin >= folded.size() ||
      (content_begin >= 5 && folded.substr(content_begin - 5, 5) == "that ")) {
    return {};
  }
  const std::string_view rest = folded.substr(content_begin);
  if (const size_t end = MannerOrObjectEnd(rest); end != 0) {
    return {content_begin + static_cast<uint32_t>(end), 0};
  }
  // "has said repeatedly that …": a manner adverb, then the that-clause.
  if (const size_t space = rest.find(' ');
      space != std::string_view::npos && rest.substr(space, 6) == " that " &&
      grammar::LooksLikeLyAdverb(rest.substr(0, space))) {
    return {content_begin + static_cast<uint32_t>(space),
            content_begin + static_cast<uint32_t>(space + 6)};
  }
  static constexpr std::string_view kPrepositions[] = {
      "in ", "on ", "of ", "at ", "during ", "after ", "while ",
      "via ", "through ", "from ", "when ", "as ", "before ", "with "};
  // "said to reporters", "wrote to Sullivan", "complained to aides": a
  // recipient, a determiner, a capitalised name or a noun for people
  // (source_nouns.tsv) after "to" (not "claimed to find", "hoped to").
  const bool recipient = [&] {
    if (!to_recipient || !rest.starts_with("to ")) return false;
    const size_t space = rest.find(' ', 3);
    const std::string_view next =
        rest.substr(3, space == std::string_view::npos ? space : space - 3);
    if (IsObjectPronoun(next) || next == "the" || next == "a" || next == "an" ||
        next == "his" || next == "their" || next == "its" || next == "my" || next == "our" ||
        next == "reporters" || lexicon.source_nouns().Find(next) != nullptr) {
      return true;
    }
    const uint32_t at = content_begin + 3;
    return at < folded.size() && std::isupper(static_cast<unsigned char>(
                                     text[folded_text.source_begin[at]]));
  }();
  // "has pushed for months", "said for years": a duration.
  const bool duration = [&] {
    for (std::string_view d : {"for months", "for years", "for decades", "for weeks", "for days",
                               "for several ", "for many ", "for the past ", "for a long time"}) {
      if (rest.starts_with(d)) return true;
    }
    return false;
  }();
  if (!recipient && !duration &&
      std::none_of(std::begin(kPrepositions), std::end(kPrepositions),
                   [&](std::string_view p) { return rest.starts_with(p); })) {
    return {};
  }
  // ("said at least 40 people died": a figure opens what was said.)
  for (std::string_view figure : {"at least ", "at most ", "in fact", "in all ", "on average"}) {
    if (rest.starts_with(figure)) return {};
  }
  const size_t end = std::min(rest.find_first_of(",.;:!?\"("), rest.size());
  const std::string_view clause = rest.substr(0, end);
  if (const size_t that = clause.find(" that "); that != std::string_view::npos) {
    return {content_begin + static_cast<uint32_t>(that),
            content_begin + static_cast<uint32_t>(that + 6), recipient};
  }
  // ("said via email that, “Of course …”": the clause after the comma.)
  if (clause.ends_with(" that") && end < rest.size()) {
    uint32_t after = content_begin + static_cast<uint32_t>(end) + 1;
    while (after < folded.size() && folded[after] == ' ') ++after;
    return {content_begin + static_cast<uint32_t>(end) - 5, after};
  }
  // ("tweeted on May 2: “…”", "said in a statement, “…”": the quotation
  // after it.)
  if (end + 1 < rest.size() && (rest[end] == ':' || rest[end] == ',') &&
      std::count(clause.begin(), clause.end(), ' ') <= 12) {
    size_t quote = end + 1;
    while (quote < rest.size() && rest[quote] == ' ') ++quote;
    if (quote < rest.size() && rest[quote] == '"') {
      return {content_begin + static_cast<uint32_t>(end),
              content_begin + static_cast<uint32_t>(quote)};
    }
  }
  // ("said on CNN's "State of the Union" that …": a quoted title inside
  // the circumstance, the that-clause after it.)
  if (end < rest.size() && rest[end] == '"') {
    const size_t close = rest.find('"', end + 1);
    if (close != std::string_view::npos && close - end < 80 &&
        rest.substr(close + 1, 6) == " that ") {
      return {content_begin + static_cast<uint32_t>(close + 1),
              content_begin + static_cast<uint32_t>(close + 7)};
    }
  }
  // ("said at a stop in Toledo, Ohio, that …": the clause comes later.)
  if (rest.find(", that ") != std::string_view::npos ||
      std::count(clause.begin(), clause.end(), ' ') > 12 ||
      (end < rest.size() && rest[end] == '"')) {
    return {};
  }
  return {content_begin + static_cast<uint32_t>(end), 0};
}

// The circumstance after a source-cue hit's cue (CircumstanceAt). Only
// reporting verbs (nesting.tsv) take one so ("relying on", "believe in"
// take their object), but any verb may take a quotation after its
// circumstance ("posted on Facebook: “…”"), or a that-clause after a
// channel (head_words.tsv kind "channel": "acknowledged in a memo to staff
// that …", "contended in its letter that …"; not "believes in a God that
// …", "relies on a report that …", where "that" opens a relative).
// True when `pred` holds for some word of `words` (folded, space-separated).
template <typename Pred>
bool AnyWord(std::string_view words, Pred pred) {
  while (!words.empty()) {
    const size_t space = words.find(' ');
    if (pred(words.substr(0, space))) return true;
    words.remove_prefix(space == std::string_view::npos ? words.size() : space + 1);
  }
  return false;
}

// (A cue that takes whom it addresses or what it expresses, audience.tsv,
// may have up to three such words before its that-clause: "warned
// investors that …", "warned him that …", "expressed deep concern that …";
// not a subject pronoun or a verb, which open a clause: "warned it is clear
// that …".)
Circumstance AudienceBeforeThat(const grammar::Lexicon& lexicon, std::string_view folded,
                                uint32_t content_begin) {
  const std::string_view rest = folded.substr(content_begin);
  const size_t that = rest.substr(0, 40).find(" that ");
  if (that == std::string_view::npos) return {};
  const std::string_view words = rest.substr(0, that);
  if (std::count(words.begin(), words.end(), ' ') > 2) return {};
  const bool clause = AnyWord(words, [&](std::string_view word) {
    const std::string_view kind = lexicon.FunctionKind(word);
    return word.empty() || !grammar::IsWordByte(word[0]) ||
           (!IsObjectPronoun(word) &&
            (lexicon.pronouns().Find(word) != nullptr ||
             (!kind.empty() && kind != "determiner" && kind != "adverb")));
  });
  if (clause) return {};
  return {content_begin + static_cast<uint32_t>(that),
          content_begin + static_cast<uint32_t>(that + 6)};
}

// True when circumstance `c` is whom the cue was said to, a person or an
// outlet right before its that-clause: "complained to aides that …",
// "joked to Janet Yellen that …", "admitted to the newspaper that …"; not
// what the cue answers or accepts, "responded to reports that …",
// "acquiesced to the narrative that …", where "that" opens the noun's own
// clause. Any cue may take such a recipient.
bool ToPersonBeforeThat(const grammar::Lexicon& lexicon, std::string_view text,
                        const text::FoldedText& folded, const Circumstance& c) {
  // (A capital on "That" is a title's: "Responded To X In A Way That …".)
  if (!c.to_recipient || c.end == 0 ||
      text::IsAsciiUpper(text[folded.source_begin[c.that_clause - 5]])) {
    return false;
  }
  const std::string_view before = std::string_view(folded.text).substr(0, c.end);
  const size_t space = before.rfind(' ');
  const size_t at = space == std::string_view::npos ? 0 : space + 1;
  const std::string_view word = before.substr(at);
  if (IsObjectPronoun(word)) return true;
  if (text::IsAsciiUpper(text[folded.source_begin[at]])) return true;
  return lexicon.source_nouns().Find(word) != nullptr &&
         !lexicon.IsHeadWord(word, "reporting") && !lexicon.IsHeadWord(word, "evidence");
}

Circumstance CircumstanceOfCue(const grammar::Lexicon& lexicon, std::string_view text,
                               const text::FoldedText& folded, const Hit& hit,
                               std::string_view cue_lemma) {
  if (hit.content_begin == grammar::kNoContent) return {};
  // ("added to his lead" grows it: no one is told)
  const Circumstance c =
      CircumstanceAt(lexicon, text, folded, hit.content_begin, cue_lemma != "add");
  if (c.that_clause == 0 && lexicon.audience().Find(cue_lemma) != nullptr) {
    const Circumstance audience = AudienceBeforeThat(lexicon, folded.text, hit.content_begin);
    if (audience.that_clause != 0) return audience;
  }
  const bool saying = lexicon.nesting().Find(cue_lemma) != nullptr;
  if (saying || (c.that_clause != 0 && (folded.text[c.that_clause] == '"' ||
                                        ToPersonBeforeThat(lexicon, text, folded, c)))) {
    return c;
  }
  if (c.that_clause == 0) return {};
  const std::string_view circumstance = std::string_view(folded.text)
                                            .substr(hit.content_begin,
                                                    c.that_clause - hit.content_begin);
  const bool channel = AnyWord(circumstance, [&](std::string_view word) {
    return lexicon.IsHeadWord(word, "channel");
  });
  return channel ? c : Circumstance{};
}

// True when `gap`, the text between a source and its aside, is ", " alone
// or a relative clause and its comma (" who designed the bridge, ").
bool AsideFollowsSource(std::string_view gap) {
  if (gap == ", ") return true;
  return (gap.starts_with(" who ") || gap.starts_with(" that ")) && gap.ends_with(", ") &&
         gap.find(',') == gap.size() - 2;
}

// The input bytes of folded range [begin, end).
ByteSpan ToSource(const text::FoldedText& folded, uint32_t begin, uint32_t end) {
  auto [b, e] = folded.ToSource(begin, end);
  return ByteSpan{b, e};
}

// Sets the cue span and what the cue's lexicon row says of it.
void SetCue(const grammar::Lexicon& lexicon, uint32_t entry, ByteSpan cue, Attribution& a) {
  const auto& row = lexicon.cues().entry(entry);
  a.cue = cue;
  a.cue_lemma = row.fields[1];
  a.stance = StanceOf(row.fields[2]);
}

// "Salceda, citing data from the State Department, said …": an aside that
// opens with a participle is an attribution of its own, by the same source
// (PolNeAR marks both), its content the rest of the aside. One that opens
// with an agentless cue has no source: "Cruz, when asked what is wrong,
// responded …".
std::optional<Attribution> AsideOpeningCue(const grammar::Lexicon& lexicon,
                                           std::string_view text,
                                           const text::FoldedText& folded,
                                           const grammar::Hit& hit,
                                           const Attribution& main) {
  if (hit.appositive.empty() || !main.source) return std::nullopt;
  static const std::vector<std::string_view> kKinds = {"participle", "cite", "agentless-passive",
                                                       "agentless-adverb"};
  const grammar::PhraseMatch m = lexicon.cues().MatchAt(folded.text, hit.appositive.begin, kKinds);
  if (!m || hit.appositive.begin + m.length >= hit.appositive.end) return std::nullopt;
  const bool agentless = lexicon.cues().entry(m.entry).fields[0].starts_with("agentless");
  Attribution a;
  a.sentence = main.sentence;
  a.rule = grammar::PatternRuleId(agentless ? grammar::Pattern::kAgentless
                                            : grammar::Pattern::kParticipial);
  SetCue(lexicon, m.entry,
         ToSource(folded, hit.appositive.begin, hit.appositive.begin + m.length), a);
  if (!agentless) a.source = main.source;
  const ByteSpan content =
      Trim(text, ToSource(folded, hit.appositive.begin + m.length, hit.appositive.end));
  if (content.empty()) return std::nullopt;
  a.contents.push_back(content);
  return a;
}

// Where the words of folded [at, end) start after the time phrase they
// open with, if any: time words (function_words.tsv kind "time": "yesterday",
// "Tuesday morning"), after "on", "last", "this" or "earlier" ("on
// Tuesday", "last week"). Else `at`.
uint32_t SkipLeadingTime(const grammar::Lexicon& lexicon, std::string_view f, uint32_t at,
                         uint32_t end) {
  auto word_end = [&](uint32_t pos) { return static_cast<uint32_t>(grammar::WordEnd(f, pos)); };
  auto is_time = [&](uint32_t pos) {
    return pos < end && lexicon.FunctionKind(f.substr(pos, word_end(pos) - pos)) == "time";
  };
  uint32_t pos = at;
  const std::string_view first = f.substr(pos, word_end(pos) - pos);
  if ((first == "on" || first == "last" || first == "this" || first == "earlier") &&
      is_time(word_end(pos) + 1)) {
    pos = word_end(pos) + 1;
  }
  if (!is_time(pos)) return at;
  while (is_time(pos)) pos = word_end(pos) + 1;
  return std::min(pos, end);
}

// "Mr. Trump, who said last week that the judge was biased, criticized
// …": an aside that is a relative clause with a reporting verb is an
// attribution of its own, its source the relative word (typing resolves
// it), its content the rest of the aside.
std::optional<Attribution> AsideRelative(const grammar::Lexicon& lexicon,
                                         std::string_view text,
                                         const text::FoldedText& folded,
                                         const grammar::Hit& hit,
                                         const Attribution& main) {
  if (hit.appositive.empty() || !main.source) return std::nullopt;
  // (After an inverted source, "said Lin, who said …", the grammar finds
  // the relative clause's own attribution: its aside stands after the hit.)
  if (hit.pattern == grammar::Pattern::kCueSource) return std::nullopt;
  const std::string_view f = folded.text;
  const uint32_t begin = hit.appositive.begin;
  const uint32_t end = hit.appositive.end;
  uint32_t relative_end;
  if (f.substr(begin, 4) == "who ") {
    relative_end = begin + 3;
  } else if (f.substr(begin, 6) == "which ") {
    relative_end = begin + 5;
  } else {
    return std::nullopt;
  }
  // A time first is no part of the cue ("who on Tuesday endorsed"); then
  // auxiliaries and adverbs are ("who has repeatedly said").
  const uint32_t cue_begin = SkipLeadingTime(lexicon, f, relative_end + 1, end);
  uint32_t at = cue_begin;
  for (int words = 0; words < 4 && at < end; ++words) {
    const auto word_end = static_cast<uint32_t>(grammar::WordEnd(f, at));
    const std::string_view word = f.substr(at, word_end - at);
    const std::string_view kind = lexicon.FunctionKind(word);
    if (kind != "aux" && kind != "adverb" && !grammar::LooksLikeLyAdverb(word)) break;
    at = word_end + 1;
  }
  static const std::vector<std::string_view> kKinds = {"speech", "tell", "speech-that"};
  const grammar::PhraseMatch m = lexicon.cues().MatchAt(f, at, kKinds);
  if (!m || at + m.length >= end) return std::nullopt;
  // (not_cues.tsv: "who requested anonymity", "who asked not to be named"
  // are terms of speaking, nothing said)
  if (const grammar::PhraseMatch no = lexicon.not_cues().MatchAt(f, at);
      no && no.length > m.length) {
    return std::nullopt;
  }
  uint32_t content_begin = at + m.length;
  while (content_begin < end && f[content_begin] == ' ') ++content_begin;
  if (f.substr(content_begin, 5) == "that ") content_begin += 5;
  const ByteSpan content = Trim(text, ToSource(folded, content_begin, end));
  if (content.empty()) return std::nullopt;
  Attribution a;
  a.sentence = main.sentence;
  a.rule = grammar::PatternRuleId(grammar::Pattern::kSourceCue);
  SetCue(lexicon, m.entry, ToSource(folded, cue_begin, at + m.length), a);
  a.source = ToSource(folded, begin, relative_end);
  a.contents.push_back(content);
  return a;
}

// `span` without a last phrase that says how it was said: "… would fail in
// a note to clients", "… a disaster in a statement on Monday" (head_words
// kind "channel" after "in", its determiners and at most one word; then at
// most five words opening with a function word or a participle, no comma,
// no quotation mark). PolNeAR's annotators put such a phrase in the cue or
// nowhere (99 of 114 on train), never in what was said; a quotation keeps
// its words.
ByteSpan WithoutTrailingChannel(const grammar::Lexicon& lexicon, std::string_view text,
                                const std::vector<text::Quotation>& quotations, ByteSpan span) {
  constexpr size_t kMaxWordsAfter = 5;
  const std::string_view s = text.substr(span.begin, span.end - span.begin);
  const size_t in = s.rfind(" in ");
  if (in == std::string_view::npos || in == 0 ||
      text::QuotationAt(quotations, span.begin + static_cast<uint32_t>(in)) >= 0) {
    return span;
  }
  // (determiners, one word and the channel before the words after it)
  constexpr size_t kMaxWords = kMaxWordsAfter + 4;
  std::vector<std::string> words;
  for (size_t i = in + 4; i < s.size();) {
    if (words.size() == kMaxWords) return span;
    const size_t end = grammar::WordEnd(s, i);
    if (end == i) return span;  // a mark: a comma, a quotation, a bracket
    words.push_back(text::FoldString(s.substr(i, end - i)));
    if (end < s.size() && s[end] != ' ') return span;
    i = end + 1;
  }
  // (After a function word the phrase is what was said: "he was in an
  // interview", "not in a statement")
  const std::string_view head = s.substr(0, in);
  const std::string previous = text::FoldString(head.substr(head.rfind(' ') + 1));
  if (!lexicon.FunctionKind(previous).empty()) return span;
  size_t w = 0;
  while (w < words.size() && lexicon.FunctionKind(words[w]) == "determiner") ++w;
  if (w < words.size() && !lexicon.IsHeadWord(words[w], "channel")) ++w;  // "a brief interview"
  // ("a phone interview", "a telephone call": the last channel word heads it)
  while (w + 1 < words.size() && lexicon.IsHeadWord(words[w], "channel") &&
         lexicon.IsHeadWord(words[w + 1], "channel")) {
    ++w;
  }
  if (w >= words.size() || !lexicon.IsHeadWord(words[w], "channel") ||
      words.size() - w - 1 > kMaxWordsAfter) {
    return span;
  }
  // (The channel ends its noun phrase: a function word or a participle
  // may follow it, "in an interview with CNN", "in an interview published
  // Saturday", not a noun it modifies, "in the email discussions".)
  if (w + 1 < words.size() && lexicon.FunctionKind(words[w + 1]).empty() &&
      !grammar::IsPastShaped(words[w + 1])) {
    return span;
  }
  const ByteSpan before = Trim(text, {span.begin, span.begin + static_cast<uint32_t>(in)});
  return before.empty() ? span : before;
}

// Appends what follows a cue whose content starts at input byte `begin`:
// the quotation opening there, else the words up to the sentence end, cut
// short where the main clause's subject starts ("Citing fears of
// terrorism, Trump proposed …"), where a dash aside closes, or, when
// `ends_at_comma` (the content of an opening phrase: "in what X described
// as …", "when pressed by X about …", "asked whether …"), at a comma. A
// short object before a colon names the quotation after it; a colon
// ending its paragraph leads into the next one's quotation.
void AppendContentAfter(std::string_view text, const std::vector<text::Quotation>& quotations,
                        const text::SentenceSpan& sentence, bool ends_at_comma, uint32_t begin,
                        uint32_t hit_begin, const std::optional<ByteSpan>& source,
                        std::vector<ByteSpan>& contents) {
  if (const text::Quotation* q =
          QuotationOpeningAt(text, quotations, begin, sentence.end)) {
    AppendPieces(text, *q, contents);
    return;
  }
  uint32_t end = sentence.end;
  // "Citing fears of terrorism, Trump proposed …": the content ends
  // where its speaker, the main clause's subject, starts.
  if (source && source->begin > begin) end = source->begin;
  // "his ideals - critics would call them messianic - it has …": an
  // attribution inside a dash aside ends with the aside.
  if (DashOpensAt(text, sentence.begin, hit_begin)) {
    end = std::min(end, NextDash(text, begin, end));
  }
  if (ends_at_comma) {
    // (the first comma outside a quotation, "asked whether they would
    // "preserve bargaining, civil service …" if elected, Smith said"; or
    // one closing it, with its mark: "in what he called "a bold plan,"
    // the mayor …")
    for (size_t comma = text.find(',', begin); comma < end; comma = text.find(',', comma + 1)) {
      const int q = text::QuotationAt(quotations, static_cast<uint32_t>(comma));
      if (q < 0) {
        end = static_cast<uint32_t>(comma);
        break;
      }
      const text::Quotation& quote = quotations[static_cast<size_t>(q)];
      if (quote.closed && text::QuoteMarkLengthAt(text, comma + 1) == quote.close - comma - 1) {
        end = std::min(end, quote.close);
        break;
      }
    }
  }
  // "issued the following statement: “…”": an object before a colon
  // that leads into a quotation only names what was said.
  // (At most four words before the colon: "the following statement:",
  // not "she posted a message about why no one should be surprised:".)
  const std::string_view head = text.substr(begin, end - begin);
  const size_t colon = head.find(':');
  const bool short_object =
      colon != std::string_view::npos &&
      std::count(head.begin(), head.begin() + static_cast<std::ptrdiff_t>(colon), ' ') <= 3;
  const auto after_colon_at = begin + static_cast<uint32_t>(colon) + 1;
  const text::Quotation* after_colon =
      short_object ? QuotationOpeningAt(text, quotations, after_colon_at, sentence.end) : nullptr;
  ByteSpan span = Trim(text, {begin, end});
  // "He said:⏎⏎“We have …”", "issued the following statement:⏎⏎“…”": a
  // colon ending its sentence, after nothing or a short object, leads into
  // the quotation that opens the next one.
  const bool colon_before_content =
      begin > 0 && text[begin - 1 - (begin > 1 && text[begin - 1] == ' ')] == ':';
  const bool colon_ends_sentence =
      span.empty() ? colon_before_content
                   : short_object && after_colon == nullptr &&
                         Trim(text, {after_colon_at, end}).empty();
  const text::Quotation* next =
      colon_ends_sentence
          ? QuotationOpeningAt(text, quotations,
                               SkipSpaces(text, sentence.end, static_cast<uint32_t>(text.size())),
                               static_cast<uint32_t>(text.size()))
          : nullptr;
  if (after_colon != nullptr) {
    AppendPieces(text, *after_colon, contents);
  } else if (next != nullptr) {
    AppendPieces(text, *next, contents);
  } else if (!span.empty()) {
    contents.push_back(span);
  }
}

// Where the clause ending at input byte `end` starts: after the last
// subordinating word (head_words.tsv kind "subordinator") in [begin, end),
// or comma when `at_commas`. "… complaints since the plan was announced":
// the plan.
uint32_t ClauseStart(const grammar::Lexicon& lexicon, std::string_view text, uint32_t begin,
                     uint32_t end, bool at_commas) {
  uint32_t start = begin;
  for (uint32_t i = begin; i < end;) {
    if (text[i] == ',' && at_commas) {
      start = i + 1;
      ++i;
      continue;
    }
    if (!grammar::IsWordByte(text[i])) {
      ++i;
      continue;
    }
    const auto word_end =
        static_cast<uint32_t>(grammar::WordEnd(text.substr(0, end), i));
    // (Subordinators are short ASCII words: lower-cased in place, no
    // folded copy per word.)
    std::array<char, 12> lower;
    const std::string_view word = text.substr(i, word_end - i);
    if (word.size() <= lower.size()) {
      std::transform(word.begin(), word.end(), lower.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      });
      if (lexicon.IsHeadWord({lower.data(), word.size()}, "subordinator")) start = word_end;
    }
    i = std::max(word_end, i + 1);
  }
  return start;
}

// True when `phrase` is one or two words that join it to what came
// before and say nothing ("But", "And so", "Still,"; head_words.tsv kind
// "connective").
bool IsConnectiveOnly(const grammar::Lexicon& lexicon, std::string_view phrase) {
  const std::string folded = text::FoldString(phrase);
  std::string_view rest = folded;
  for (int words = 0; words < 2 && !rest.empty(); ++words) {
    const size_t end = grammar::WordEnd(rest, 0);
    if (!lexicon.IsHeadWord(rest.substr(0, end), "connective")) return false;
    rest.remove_prefix(end);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',')) rest.remove_prefix(1);
  }
  return rest.empty();
}

// The phrase after "through " at `pos` (input bytes) when it names a person
// the source spoke through: a determiner or possessive, up to two more
// words and a role that source_nouns.tsv lists as an unnamed official
// ("a spokesman", "his lawyer", "a senior aide"); empty otherwise ("through
// the night", "through official channels").
constexpr std::string_view kThrough = "through ";
ByteSpan RelayAt(const grammar::Lexicon& lexicon, std::string_view text, uint32_t pos,
                 uint32_t limit) {
  if (pos >= limit || !text.substr(pos, limit - pos).starts_with(kThrough)) return {};
  uint32_t at = pos + static_cast<uint32_t>(kThrough.size());
  const uint32_t begin = at;
  for (int words = 0; words < 4 && at < limit; ++words) {
    const size_t end = grammar::WordEnd(text, at);
    if (end == at) return {};
    const std::string word = text::FoldString(text.substr(at, end - at));
    if (words == 0 && lexicon.FunctionKind(word) != "determiner" &&
        !grammar::IsPossessiveWord(word)) {
      return {};
    }
    if (const auto* role = lexicon.source_nouns().Find(word);
        words > 0 && role != nullptr && role->fields[0] == "UNNAMED_OFFICIAL") {
      return {begin, static_cast<uint32_t>(end)};
    }
    if (end >= limit || text[end] != ' ') return {};
    at = static_cast<uint32_t>(end) + 1;
  }
  return {};
}

// "said through a spokesman that …", "told the Post through a spokeswoman
// that …", "Smith, through his lawyer, denied …", "denied it through his
// attorney": the person the source spoke through relays what was said,
// nearest to the source (before an outlet told). A recipient that ran on
// over "through" ends before it; no content holds it.
void AddRelayThrough(const grammar::Lexicon& lexicon, std::string_view text,
                     const text::SentenceSpan& sentence, Attribution& a) {
  ByteSpan relay;
  if (!a.conduits.empty()) {
    ByteSpan& told = a.conduits.front().span;
    const std::string_view phrase = text.substr(told.begin, told.end - told.begin);
    if (const size_t through = text::Find(phrase, " through "); through != std::string_view::npos) {
      relay = RelayAt(lexicon, text, told.begin + static_cast<uint32_t>(through) + 1, told.end);
      if (!relay.empty()) told.end = told.begin + static_cast<uint32_t>(through);
    } else {
      relay = RelayAt(lexicon, text, SkipSpaces(text, told.end, sentence.end), sentence.end);
    }
  } else {
    relay = RelayAt(lexicon, text, SkipSpaces(text, a.cue.end, sentence.end), sentence.end);
  }
  if (relay.empty() && a.appositive) {
    relay = RelayAt(lexicon, text, a.appositive->begin, a.appositive->end);
  }
  // (After the content: "denied the allegations through his attorney.")
  for (size_t k = 0; relay.empty() && k < a.contents.size(); ++k) {
    const std::string_view piece =
        text.substr(a.contents[k].begin, a.contents[k].end - a.contents[k].begin);
    const size_t through = text::RFind(piece, " through ");
    if (through == std::string_view::npos) continue;
    const ByteSpan found = RelayAt(lexicon, text,
                                   a.contents[k].begin + static_cast<uint32_t>(through) + 1,
                                   a.contents[k].end);
    if (!found.empty() && found.end == a.contents[k].end) relay = found;
  }
  if (relay.empty()) return;
  const uint32_t through_begin = relay.begin - static_cast<uint32_t>(kThrough.size());
  for (ByteSpan& piece : a.contents) {
    if (piece.begin == through_begin) {
      uint32_t after = SkipSpaces(text, relay.end, piece.end);
      if (text.substr(after, std::min<uint32_t>(5, piece.end - after)) == "that ") after += 5;
      piece.begin = after;
    } else if (piece.end == relay.end) {
      piece = Trim(text, {piece.begin, through_begin});
    }
  }
  std::erase_if(a.contents, [](const ByteSpan& piece) { return piece.begin >= piece.end; });
  Conduit c{relay, v1::SOURCE_TYPE_UNSPECIFIED};
  c.relay = true;
  a.conduits.insert(a.conduits.begin(), c);
}

// True when the word right before `pos` (input bytes, past spaces) is a
// preposition (function_words.tsv kind "np-internal", but "and"): "in", "for".
bool AfterPreposition(const grammar::Lexicon& lexicon, std::string_view text, uint32_t pos) {
  const std::string word = text::FoldString(grammar::PreviousWord(text, pos));
  return word != "and" && lexicon.FunctionKind(word) == "np-internal";
}

// True when `source` (input bytes) ends in an attributive adjective
// (head_words.tsv kind "attributive"): "a larger say", "preys on our worst
// fears", "the vain hope that …" — the cue word is the noun it modifies,
// and the phrase is no subject. (The word as written, not folded: a
// capitalised one is a name's, "Jim Best said".)
bool EndsInAttributive(const grammar::Lexicon& lexicon, std::string_view text, ByteSpan source) {
  const std::string_view phrase = text.substr(source.begin, source.end - source.begin);
  const size_t space = phrase.rfind(' ');
  if (space == std::string_view::npos) return false;  // "most said": a pronoun's use
  return lexicon.IsHeadWord(phrase.substr(space + 1), "attributive");
}

// True when a word of `phrase` (input bytes) names a person's role
// (Lexicon::NamesRole): "a maritime economist", "a former prime minister",
// "another envoy", not "the rise in deficits".
bool NamesRole(const grammar::Lexicon& lexicon, std::string_view phrase) {
  for (size_t at = 0; at < phrase.size();) {
    const size_t end = std::min(phrase.find(' ', at), phrase.size());
    if (lexicon.NamesRole(text::FoldString(phrase.substr(at, end - at)))) return true;
    at = end + 1;
  }
  return false;
}

// True when `word` is an auxiliary or a be-form (function_words.tsv kinds
// "aux" and "passive").
bool IsAuxiliaryOrBeForm(const grammar::Lexicon& lexicon, std::string_view word) {
  const std::string_view kind = lexicon.FunctionKind(text::FoldString(word));
  return kind == "aux" || kind == "passive";
}

// True when `word` is an auxiliary, a be-form or an adverb: a word of a
// verb group, no subject.
bool IsVerbGroupWord(const grammar::Lexicon& lexicon, std::string_view word) {
  const std::string folded = text::FoldString(word);
  return IsAuxiliaryOrBeForm(lexicon, folded) || lexicon.FunctionKind(folded) == "adverb" ||
         (folded.size() > 4 && folded.ends_with("ly"));
}

// `span` without the auxiliaries, be-forms and adverbs that end it ("the
// bill was not", "he has long been") unless nothing else is left.
ByteSpan WithoutTrailingVerbWords(const grammar::Lexicon& lexicon, std::string_view text,
                                  ByteSpan span) {
  while (span.end > span.begin) {
    const std::string_view words = text.substr(span.begin, span.end - span.begin);
    const size_t space = words.rfind(' ');
    if (space == std::string_view::npos || !IsVerbGroupWord(lexicon, words.substr(space + 1))) {
      break;
    }
    span = Trim(text, {span.begin, span.begin + static_cast<uint32_t>(space)});
  }
  return span;
}

// True when `span` is all words of a verb group ("has", "was also"):
// after a comma, what a subject left before it.
bool OnlyVerbGroup(const grammar::Lexicon& lexicon, std::string_view text, ByteSpan span) {
  const ByteSpan rest = WithoutTrailingVerbWords(lexicon, text, span);
  const std::string_view word = text.substr(rest.begin, rest.end - rest.begin);
  return !word.empty() && word.find(' ') == std::string_view::npos &&
         IsVerbGroupWord(lexicon, word);
}

// True when `span` (after a comma) is an article, at most three words and
// a relative "that" or "which": an appositive that sums up the clause
// before, the writer's words ("…, officials said, a move that could
// …"), not more of what was said.
bool SummativeAppositive(std::string_view text, ByteSpan span) {
  // (Its first words are enough: the piece may run to the sentence's end.)
  constexpr uint32_t kMaxBytes = 80;
  const std::string folded = text::FoldString(
      text.substr(span.begin, std::min(span.end - span.begin, kMaxBytes)));
  if (!folded.starts_with("a ") && !folded.starts_with("an ")) return false;
  size_t pos = folded.find(' ') + 1;
  for (int words = 0; words <= 3 && pos < folded.size(); ++words) {
    const size_t end = grammar::WordEnd(folded, pos);
    const std::string_view word = std::string_view(folded).substr(pos, end - pos);
    if (words > 0 && (word == "that" || word == "which")) return true;
    if (end >= folded.size() || folded[end] != ' ') return false;
    pos = end + 1;
  }
  return false;
}

// Appends the content around an attribution of `pattern` with none after
// its cue: the words before where the pattern starts ("CONTENT, Smith
// said.", "CONTENT, as Smith noted.") and those after a comma or colon that
// follows it ("The plan, Smith said, will fail."). Input bytes; `after_hit`
// is where the pattern's words end.
// - An agentless passive speaks for its clause's subject alone: "… since the
//   plan was announced" (after the clause's last comma or subordinating
//   word), and nothing after it.
// - A passive's agent speaks for the passive's subject: from the clause's
//   subordinating word ("…, where the deal was opposed by Republicans"),
//   after its last comma unless only a verb group stands there ("Earlier
//   in the day, Trump was attacked by …"; "Mr. Bush, the governor, was
//   beaten by …" keeps the aside), without the be-form, auxiliaries and
//   adverbs, and nothing after the agent.
// - After an inverted source or a passive's agent, words that open with a
//   determiner or a relative "who" are its aside, not content: "…, said
//   David Autor, a professor of economics at M.I.T.", "…, said the
//   official, who was not authorized to speak", "… was attacked by
//   Sanders, who cites them".
void AppendContentAround(const grammar::Lexicon& lexicon, std::string_view text,
                         const text::SentenceSpan& sentence, uint32_t pattern_start,
                         uint32_t after_hit, Pattern pattern, std::vector<ByteSpan>& contents) {
  const bool clause_only = pattern == Pattern::kAgentless;
  const bool passive_agent = pattern == Pattern::kPassiveBy;
  const bool aside_after = pattern == Pattern::kCueSource || passive_agent;
  // (…, according to three people, who spoke on condition of anonymity: a
  // relative clause only, "…, according to the office, the deficit rises"
  // has its content after the comma)
  const bool relative_after = pattern == Pattern::kAccordingTo;
  const uint32_t before_begin =
      clause_only || passive_agent
          ? ClauseStart(lexicon, text, sentence.begin, pattern_start, /*at_commas=*/clause_only)
          : sentence.begin;
  // (A source right after "that" is inside a clause of another's: "wrote
  // in a message that the embassy posted in French" gives the embassy
  // nothing before it.)
  const std::string_view word_before =
      grammar::PreviousWord(text.substr(0, pattern_start), pattern_start);
  const bool after_that = !clause_only && !passive_agent &&
                          word_before.data() >= text.data() + sentence.begin &&
                          (word_before == "that" || word_before == "That");
  uint32_t before_start = after_that ? pattern_start : before_begin;
  if (before_start == sentence.begin) before_start = AfterDateline(text, sentence, pattern_start);
  ByteSpan before = Trim(text, {before_start, pattern_start});
  // (A passive's content is its subject, without the be-form, auxiliaries
  // and adverbs before the participle: "Cruz was also endorsed by …" holds
  // "Cruz", "That effort has long been championed by …" "That effort".)
  // The subject is after the clause's last comma when any word but a verb
  // word stands there ("Earlier in the day, Trump was attacked by …"; not
  // "…, were interpreted by some").
  if (passive_agent) {
    before = WithoutTrailingVerbWords(lexicon, text, before);
    const uint32_t after_comma =
        ClauseStart(lexicon, text, before_start, pattern_start, /*at_commas=*/true);
    // (An adverb alone is no subject: "The memo, first reported by
    // Politico, outlines …" holds "The memo".)
    const ByteSpan subject =
        WithoutTrailingVerbWords(lexicon, text, Trim(text, {after_comma, pattern_start}));
    if (after_comma > before_start && !subject.empty() &&
        !IsVerbGroupWord(lexicon, text.substr(subject.begin, subject.end - subject.begin))) {
      before = subject;
    }
  }
  // (A connective alone is no content: "But the numbers tell …", "And so
  // the mayor said …".)
  if (!before.empty() &&
      !IsConnectiveOnly(lexicon, text.substr(before.begin, before.end - before.begin))) {
    contents.push_back(before);
  }
  // (What follows a passive's comma is another clause: "No deal was
  // announced, and it was unclear …".)
  // (Nor for a passive with its subject before it: "The bill, opposed by
  // Democrats, never became law" holds "The bill".)
  if (clause_only || (passive_agent && !contents.empty())) return;
  const uint32_t after_begin = SkipSpaces(text, after_hit, sentence.end);
  if (after_begin < sentence.end && (text[after_begin] == ',' || text[after_begin] == ':')) {
    ByteSpan after = Trim(text, {after_begin + 1, sentence.end});
    if (after.empty()) return;
    // (A quotation after the comma is what was said, whatever its first
    // word: "Said Comey, “The thought …”".)
    const bool quoted =
        text::QuoteMarkLengthAt(text, SkipSpaces(text, after_begin + 1, sentence.end)) != 0;
    if (text[after_begin] == ',' && !quoted && SummativeAppositive(text, after)) return;
    if ((aside_after || relative_after) && text[after_begin] == ',' && !quoted) {
      // (After "according to X," a phrase opening with a determiner and
      // naming a role is X's aside, up to its comma: "…, according to Dennis
      // Ross, a former envoy, was a decision …" says "was a decision …";
      // then a relative clause may follow it.)
      for (bool past_aside = false;;) {
        const std::string_view rest = text.substr(after.begin, after.end - after.begin);
        const size_t word_end = grammar::WordEnd(rest, 0);
        const std::string word = text::FoldString(rest.substr(0, word_end));
        const bool relative = IsRelativePronoun(word);
        const std::string_view kind = lexicon.FunctionKind(word);
        const bool determiner =
            kind == "determiner" || (relative_after && (kind == "quantifier" || word == "another"));
        if (word_end >= rest.size() || rest[word_end] != ' ') break;
        if (relative || (aside_after && determiner)) return;
        if (!relative_after || !determiner || past_aside) break;
        const size_t comma = rest.find(", ");
        if (!NamesRole(lexicon, rest.substr(0, comma))) break;
        if (comma == std::string_view::npos) return;
        after = Trim(text, {after.begin + static_cast<uint32_t>(comma) + 1, after.end});
        if (after.empty()) return;
        past_aside = true;
      }
    }
    contents.push_back(after);
  }
}

// "The FBI is reportedly making arrangements …": an adverb speaks for its
// whole clause, the words before it (from the clause's start) as well as
// those after it, as PolNeAR marks it; "Reportedly, several banks have …":
// all after its comma. So does a passive before an infinitive: "The change
// is expected to play out …". Input bytes.
void AppendClauseAroundCue(const grammar::Lexicon& lexicon, std::string_view text,
                           const text::SentenceSpan& sentence, ByteSpan cue,
                           std::vector<ByteSpan>& contents) {
  const uint32_t after = SkipSpaces(text, cue.end, sentence.end);
  if (contents.empty() && after < sentence.end && text[after] == ',') {
    const ByteSpan rest = Trim(text, {after + 1, sentence.end});
    if (!rest.empty()) contents.push_back(rest);
  }
  // (From the clause's last comma, unless only the verb group stands
  // after it: "Her brother, the filmmaker Tunde Okonjo, has reportedly
  // bought …".)
  ByteSpan before = Trim(
      text, {ClauseStart(lexicon, text, sentence.begin, cue.begin, /*at_commas=*/true), cue.begin});
  if (before.empty() && cue.begin > sentence.begin) {
    // (An aside closing right before the cue: "The drug, which has been
    // sold since the 1990s, is thought to …" holds the subject and its
    // aside.)
    const size_t comma = text.find_last_not_of(' ', cue.begin - 1);
    const size_t open = comma != std::string_view::npos && comma > sentence.begin &&
                                text[comma] == ','
                            ? text.rfind(", ", comma - 1)
                            : std::string_view::npos;
    // (An aside opens with a relative or a determiner: not "… has been on
    // a mission, reportedly winning …", a clause of its own.)
    const auto opens_aside = [&] {
      const std::string word =
          text::FoldString(text.substr(open + 2, grammar::WordEnd(text, open + 2) - open - 2));
      return IsRelativePronoun(word) || lexicon.FunctionKind(word) == "determiner";
    };
    if (open != std::string_view::npos && open > sentence.begin && opens_aside()) {
      const auto subject_end = static_cast<uint32_t>(open);
      before = Trim(text, {ClauseStart(lexicon, text, sentence.begin, subject_end,
                                       /*at_commas=*/true),
                           static_cast<uint32_t>(comma)});
    }
  } else if (!before.empty() && OnlyVerbGroup(lexicon, text, before)) {
    before = Trim(text, {ClauseStart(lexicon, text, sentence.begin, cue.begin,
                                     /*at_commas=*/false),
                         cue.begin});
  }
  // (A relative pronoun alone names nothing: "her advisers, who
  // reportedly dismissed …" holds what follows the adverb.)
  const std::string folded_before =
      text::FoldString(text.substr(before.begin, before.end - before.begin));
  if (!before.empty() && !contents.empty() && before.end <= contents.front().begin &&
      !IsConnectiveOnly(lexicon, folded_before) && !IsRelativePronoun(folded_before) &&
      folded_before != "that") {
    contents.insert(contents.begin(), before);
  }
}

// `content` with the "that" before it when it is one lower-case word: no
// clause follows that "that", it is what the word's about ("denied that
// account.", "rejected that claim, saying …") or the clause's subject
// ("said that works"). The grammar, on folded text, cannot tell "that
// claim," from "that Congress, not the courts, …".
ByteSpan WithDemonstrative(std::string_view text, ByteSpan content) {
  const std::string_view word = text.substr(content.begin, content.end - content.begin);
  if (content.begin < 5 || word.empty() || word[0] < 'a' || word[0] > 'z' ||
      word.find(' ') != std::string_view::npos || text.substr(content.begin - 5, 5) != "that ") {
    return content;
  }
  return {content.begin - 5, content.end};
}

// True when [begin, end) holds a colon or a quotation mark: what leads
// into words said ("added warily: …", "added the caption, which reads, “…").
bool LeadsIntoWords(std::string_view text, uint32_t begin, uint32_t end) {
  for (uint32_t i = begin; i < end; ++i) {
    if (text[i] == ':' || text::QuoteMarkLengthAt(text, i) != 0) return true;
  }
  return false;
}

// True when one of the first five words of `phrase` is an auxiliary or a
// be-form (function_words.tsv kinds "aux" and "passive"): a clause ("the
// plan would fail"), not a plain object ("160 guards along the route").
bool OpensClause(const grammar::Lexicon& lexicon, std::string_view phrase) {
  size_t at = 0;
  for (int words = 0; words < 5 && at < phrase.size(); ++words) {
    const size_t end = std::min(phrase.find(' ', at), phrase.size());
    if (IsAuxiliaryOrBeForm(lexicon, phrase.substr(at, end - at))) return true;
    at = end + 1;
  }
  return false;
}

// True when what follows a cue up to `end` leads into words said: a "that"
// up to the content's first word ("added that, in …"), a colon or a
// quotation mark ("added warily: …", "added the caption, which reads, “…");
// not a plain object ("organizers added 160 guards", "the aide who wrote
// the memo"). Input bytes; `cue_end` <= `content_begin` <= `end`.
bool ReportsWords(std::string_view text, uint32_t cue_end, uint32_t content_begin, uint32_t end) {
  const std::string_view to_content =
      text.substr(cue_end, std::min<uint32_t>(content_begin + 5, end) - cue_end);
  return to_content.find("that") != std::string_view::npos || LeadsIntoWords(text, cue_end, end);
}

// Drops, from out[first..], the acts and stances of relative clauses: they
// describe whom the clause is about ("Walsh, who endorsed Cruz last week,
// said …", "a lawyer who is challenging the mayor", "the aide who wrote the
// memo"), their cue lemma of head_words.tsv kind "background". (PolNeAR
// train: 34 of 102 such predictions right; the same verbs in a main clause
// 80%.) What such a clause reports stays ("Okafor, who wrote that the ferry
// was unsafe, …", "who wrote: "…"": ReportsWords).
void DropRelativeBackground(const grammar::Lexicon& lexicon, std::string_view text, size_t first,
                            std::vector<Attribution>& out) {
  auto background = [&](const Attribution& a) {
    if (!a.source || a.source->end - a.source->begin != 3 ||
        text::FoldString(text.substr(a.source->begin, 3)) != "who" ||
        !lexicon.IsHeadWord(a.cue_lemma, "background")) {
      return false;
    }
    // (Only what stands before the content: a quotation inside it is no
    // lead-in.)
    return a.contents.empty() || a.contents.front().begin < a.cue.end ||
           !ReportsWords(text, a.cue.end, a.contents.front().begin, a.contents.front().begin);
  };
  out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), background),
            out.end());
}

// True when `quote`, which ends right before an attribution starting at
// input byte `hit_begin`, is what its speaker said. Not a quoted name
// mid-clause when words follow the cue ("Speaking on ABC's “This Week,”
// Carson admitted that …" admitted what follows), nor a quotation that
// ended the previous sentence unless this one is just the attribution
// ("“Why?” Trump said." keeps its quotation).
bool SpokenBefore(std::string_view text, const text::SentenceSpan& sentence,
                  const text::Quotation& quote, bool content_after, uint32_t hit_begin) {
  if (content_after && quote.open > 0) {
    uint32_t before_open = quote.open;
    while (before_open > 0 && text[before_open - 1] == ' ') --before_open;
    const char c = before_open > 0 ? text[before_open - 1] : '\n';
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || (c & 0x80) != 0) {
      return false;
    }
  }
  return !(quote.close <= sentence.begin &&
           !(!content_after && SkipSpaces(text, sentence.begin, sentence.end) == hit_begin));
}

// True when [begin, comma) is a short phrase right after "that", up to the
// clause's first comma, opened by a preposition (head_words.tsv kind
// "clause-opener"): "that in the meeting, Syria agreed …", "that during
// the talks, the board …".
bool OpensThatClauseWithAdjunct(const grammar::Lexicon& lexicon, std::string_view text,
                                uint32_t begin, size_t comma) {
  if (begin < 5 || text.substr(begin - 5, 5) != "that ") return false;
  const std::string_view phrase = text.substr(begin, comma - begin);
  return phrase.find(',') == std::string_view::npos &&
         std::count(phrase.begin(), phrase.end(), ' ') < 6 &&
         lexicon.IsHeadWord(text::FoldString(phrase.substr(0, phrase.find(' '))),
                            "clause-opener");
}

// True for a bare name (names.hpp IsBareName), or one after a lower-case
// role of at most two words whose last is a title or a source noun
// (titles.tsv, source_nouns.tsv): "Maria Lopez", "economist Rachel Bloom",
// "campaign spokesman Jeff Weaver", "Lily Voss, 24"; not "like Mr. Ryan".
bool IsRoleAndName(const grammar::Lexicon& lexicon, std::string_view phrase) {
  // (An age after the name is the name's: "Lily Voss, 24".)
  if (const size_t comma = phrase.rfind(", "); comma != std::string_view::npos &&
      phrase.size() > comma + 2 && phrase.size() - comma - 2 <= 3 &&
      std::all_of(phrase.begin() + static_cast<std::ptrdiff_t>(comma) + 2, phrase.end(),
                  [](char c) { return text::IsAsciiDigit(c); })) {
    phrase = phrase.substr(0, comma);
  }
  if (IsBareName(phrase)) return true;
  for (int role_words = 1; role_words <= 2; ++role_words) {
    const size_t space = phrase.find(' ');
    if (space == std::string_view::npos || text::IsAsciiUpper(phrase[0])) return false;
    const std::string role = text::FoldString(phrase.substr(0, space));
    phrase.remove_prefix(space + 1);
    if (IsBareName(phrase) && phrase.find(' ') != std::string_view::npos) {
      if (lexicon.titles().Find(role) != nullptr ||
          lexicon.source_nouns().Find(role) != nullptr) {
        return true;
      }
      // (Or a modifier of a name that opens with a title: "state Del.
      // Marcia Price", "retired Gen. Ana Ruiz"; not a preposition's object,
      // "like Mr. Ryan".)
      const std::string first = text::FoldString(phrase.substr(0, phrase.find(' ')));
      return lexicon.titles().Find(first) != nullptr && lexicon.FunctionKind(role).empty() &&
             !lexicon.IsHeadWord(role, "adjunct-opener") &&
             !lexicon.IsHeadWord(role, "clause-opener");
    }
  }
  return false;
}

// The aside after a passive's agent: the words from the comma after
// `agent` to the next comma, when a lower-case word other than "and" or
// "or" follows that one ("by her son, Daniel Voss, who said"); not a list's
// next item ("by the media, Rupert Murdoch, Fox News, …").
std::optional<ByteSpan> AgentAside(std::string_view text, const text::SentenceSpan& sentence,
                                   ByteSpan agent) {
  if (text.substr(agent.end, 2) != ", ") return std::nullopt;
  const uint32_t begin = agent.end + 2;
  const size_t comma = std::min(text.find(',', begin), size_t{sentence.end});
  const uint32_t next = static_cast<uint32_t>(comma) + 2;  // after the aside's comma
  if (next >= sentence.end || text::IsAsciiUpper(text[next]) || text.substr(next, 4) == "and " ||
      text.substr(next, 3) == "or ") {
    return std::nullopt;
  }
  return ByteSpan{begin, static_cast<uint32_t>(comma)};
}

// An outlet named beside the cue may relay the source as a told recipient
// does: "said in an interview with CNN", "In an interview with The
// Atlantic, Smith said" (outlet.hpp). Recorded as a candidate, which the
// source typer keeps only if it types the name an outlet.
void AddOutletBesideCue(const grammar::Lexicon& lexicon, std::string_view text,
                        const text::SentenceSpan& sentence, Attribution& a) {
  if (!a.source || !a.conduits.empty()) return;
  const uint32_t after =
      std::max(a.cue.end, a.source->begin > a.cue.begin ? a.source->end : a.cue.end);
  std::optional<ByteSpan> name = NameAfterChannel(lexicon, text, after);
  if (!name) name = NameInOpeningChannel(lexicon, text, sentence.begin, a.source->begin);
  if (name) a.conduits.push_back({*name, v1::SOURCE_TYPE_UNSPECIFIED, /*outlet_only=*/true});
}

// Where a dash aside closes before `start` (input bytes, where a later
// attribution starts), when [begin, start) holds an even number of dashes
// (DashOpensAt's kinds) and at most one word stands between the last of
// them and `start`: "taxes ― as was true ― Trump boasted" gives the second
// dash. Else `start`.
uint32_t ClosedDashAsideBefore(std::string_view text, uint32_t begin, uint32_t start) {
  size_t dashes = 0;
  uint32_t last = start;
  for (uint32_t d = NextDash(text, begin, start); d < start; d = NextDash(text, d + 2, start)) {
    ++dashes;
    last = d;
  }
  if (dashes < 2 || dashes % 2 != 0) return start;
  uint32_t after = last;
  while (after < start) {  // past the dash and its spaces (SpaceAt: no-break ones too)
    if (const size_t space = SpaceAt(text, after)) {
      after += static_cast<uint32_t>(space);
    } else if (text[after] == '-') {
      ++after;
    } else if (after + 3 <= start && DashBefore(text, after + 3) != 0) {
      after += 3;
    } else {
      break;
    }
  }
  const std::string_view gap = text.substr(after, start - after);
  const size_t space = gap.find(' ');
  return space == std::string_view::npos || space + 1 == gap.size() ? last : start;
}

// A content running into a later comma-separated attribution of the same
// sentence (out[first…]) ends at that comma or semicolon; one directly
// after the cue is nested and stays inside. (A content of one piece, or the
// last piece of an agentless adverb's.)
void EndContentsBeforeLaterAttributions(const grammar::Lexicon& lexicon, std::string_view text,
                                        size_t first,
                                        std::vector<Attribution>& out) {
  for (size_t i = first; i < out.size(); ++i) {
    // "The plan failed, officials said, adding that …": a piece after the
    // cue that opens with another attribution's cue is that one's, not
    // more of this content (PolNeAR train: 7 of 8 such pieces wrong).
    std::vector<ByteSpan>& pieces = out[i].contents;
    if (pieces.size() >= 2 && out[i].rule != "agentless" &&
        pieces.back().begin >= out[i].cue.end &&
        std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                    [&](const Attribution& other) {
                      return other.cue.begin == pieces.back().begin;
                    })) {
      pieces.pop_back();
    }
    // (Only an agentless adverb's content is in two pieces around its cue,
    // "The FBI is reportedly making …", and may run on in the second.)
    if (out[i].contents.size() != 1 &&
        (out[i].contents.empty() || out[i].rule != "agentless")) {
      continue;
    }
    ByteSpan& content = out[i].contents.back();
    for (size_t j = i + 1; j < out.size(); ++j) {
      const bool carried = out[j].rule == "participial" || out[j].rule == "coordinated";
      const uint32_t start = out[j].source && !carried
                                 ? std::min(out[j].source->begin, out[j].cue.begin)
                                 : out[j].cue.begin;
      if (start <= content.begin || start >= content.end) continue;
      const std::string_view run_in = text.substr(content.begin, start - content.begin);
      // (Not the comma of a number: "from 100,000 to 250,000".)
      size_t comma = run_in.rfind(',');
      while (comma != std::string_view::npos && comma > 0 &&
             text::JoinsWordsAt(text.data(), content.begin + comma)) {
        comma = run_in.rfind(',', comma - 1);
      }
      // "had argued the tax would hurt families; supporters said it was
      // …": a semicolon before it ends a clause (PolNeAR train: no gold
      // content runs past one into another attribution).
      const size_t semicolon = run_in.rfind(';');
      // (So does an open bracket: "… 250,000 refugees (Obama has proposed
      // accepting 10,000)", the writer's aside.)
      const size_t bracket = run_in.rfind('(');
      const bool open_bracket =
          bracket != std::string_view::npos && run_in.find(')', bracket) == std::string_view::npos;
      size_t stop =
          open_bracket && (semicolon == std::string_view::npos || bracket > semicolon) ? bracket
                                                                                        : semicolon;
      // (So does a dash aside closed right before its clause: "noted that
      // Trump had not paid taxes ― as was true for a few years ― Trump
      // boasted, …", "… ― while Clinton has slammed …".)
      const uint32_t dash = ClosedDashAsideBefore(text, content.begin, start);
      if (dash != start &&
          (stop == std::string_view::npos || dash - content.begin > stop)) {
        stop = dash - content.begin;
      }
      if (stop != std::string_view::npos && (comma == std::string_view::npos || stop > comma)) {
        content = Trim(text, {content.begin, content.begin + static_cast<uint32_t>(stop)});
        break;
      }
      // "acknowledged that the fee was steep but insisted …": a cue joined
      // without a comma ends the content where its pattern, the "and",
      // "but" or "yet", begins; so does one after the content's last comma
      // ("said that the minister, Martin Hale, met them and offered …").
      if (out[j].rule == "coordinated" && out[j].pattern_begin > content.begin &&
          (comma == std::string_view::npos || out[j].pattern_begin > content.begin + comma)) {
        content = Trim(text, {content.begin, out[j].pattern_begin});
        break;
      }
      if (comma == std::string_view::npos) continue;
      // "told the Journal that in the meeting, Syria agreed to …": a
      // prepositional phrase opening a that-clause is no clause of its own.
      if (OpensThatClauseWithAdjunct(lexicon, text, content.begin, content.begin + comma)) {
        continue;
      }
      // (A closing mark right after the comma stays with its quotation:
      // 'said it was "careful and narrow," but noted …'; Trim keeps it
      // only when it closes a quotation the content opened.)
      uint32_t cut = content.begin + static_cast<uint32_t>(comma) + 1;
      cut += static_cast<uint32_t>(text::QuoteMarkLengthAt(text, cut));
      content = Trim(text, {content.begin, cut});
      break;
    }
  }
}

}  // namespace

Status AssembleSentence(const grammar::Grammar& grammar, std::string_view text,
                        const std::vector<text::Quotation>& quotations,
                        const text::SentenceSpan& sentence,
                        uint32_t sentence_index, std::vector<Attribution>& out) {
  SentenceScratch scratch;
  return AssembleSentence(grammar, text, quotations, sentence, sentence_index,
                          out, scratch);
}

Status AssembleSentence(const grammar::Grammar& grammar, std::string_view text,
                        const std::vector<text::Quotation>& quotations,
                        const text::SentenceSpan& sentence,
                        uint32_t sentence_index, std::vector<Attribution>& out,
                        SentenceScratch& scratch) {
  if (Status status = text::FoldInto(
          text.substr(sentence.begin, sentence.end - sentence.begin),
          sentence.begin, scratch.folded);
      !status.ok()) {
    return status;
  }
  const text::FoldedText* const folded = &scratch.folded;
  // (FindCapitalisedNames clears it first.)
  std::vector<uint32_t>& names = scratch.names;
  FindCapitalisedNames(text, *folded, grammar.lexicon(), names);
  const std::vector<Hit> hits =
      grammar.FindAll(folded->text, names, scratch.find);
  const size_t first_new = out.size();
  auto to_source = [&](grammar::Range r) { return ToSource(*folded, r.begin, r.end); };
  // The source of the first kept hit that names its clause's speaker: a
  // participle belongs to the main clause ("Byrne wrote the agents knew
  // …, saying": Byrne).
  std::optional<ByteSpan> clause_speaker;
  for (const Hit& hit : hits) {
    Attribution a;
    a.sentence = sentence_index;
    a.rule = grammar::PatternRuleId(hit.pattern);
    a.pattern_begin = folded->source_begin[hit.start];
    SetCue(grammar.lexicon(), hit.cue_entry, to_source(hit.cue), a);
    // Words inside a direct quotation belong to the quoted speaker, except
    // a transcript's speaker tag opening it ("“WALLACE: Do you …”").
    // (A quotation continued over paragraphs has one piece per paragraph,
    // each of which may open with a speaker tag.)
    if (const text::Quotation* q = ClosedQuotationAt(quotations, a.cue.begin)) {
      const bool opens_transcript =
          hit.pattern == Pattern::kColonLeadIn && !hit.source.empty() &&
          std::any_of(q->pieces.begin(), q->pieces.end(), [&](const text::QuotePiece& p) {
            return SkipSpaces(text, p.begin, a.cue.begin) == to_source(hit.source).begin;
          });
      if (!opens_transcript) continue;
    }
    if (!hit.source.empty()) {
      const ByteSpan source = to_source(hit.source);
      if (!GerundSource(text.substr(source.begin, source.end - source.begin))) {
        a.source = source;
      } else if (hit.pattern == Pattern::kSourceCue) {
        a.rule = grammar::PatternRuleId(Pattern::kAgentless);  // "sparking fears among …"
      }
    }
    if (hit.pattern == Pattern::kPossessiveNoun && a.source) {
      a.source = CapitalisedPossessor(grammar.lexicon(), text, *a.source);
    }
    // Right after another cue's "in", "on" or "at", a phrase is where that
    // one spoke, no subject: "said in a statement issued …", "said on the
    // MSNBC show".
    if (hit.pattern == Pattern::kSourceCue && a.source &&
        std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first_new), out.end(),
                    [&](const Attribution& before) {
                      const std::string_view gap =
                          before.cue.end < a.source->begin
                              ? text.substr(before.cue.end, a.source->begin - before.cue.end)
                              : std::string_view();
                      return gap == " in " || gap == " on " || gap == " at ";
                    })) {
      continue;
    }
    if (hit.pattern == Pattern::kColonLeadIn) {
      const std::string_view folded_text = folded->text;
      if (!NamesASpeaker(grammar.lexicon(),
                         folded_text.substr(hit.source.begin, hit.source.end - hit.source.begin),
                         text.substr(a.source->begin, a.source->end - a.source->begin),
                         grammar::ContentOpensQuotation(hit, folded_text))) {
        continue;
      }
    }
    if (!hit.appositive.empty()) a.appositive = to_source(hit.appositive);
    // A name in the aside right after the source is the speaker's: the
    // source runs on to it ("the union's president, Maria Lopez, told" has
    // the source "the union's president, Maria Lopez"; "the report's
    // author, economist Rachel Bloom"). A passive's agent, which the grammar
    // reads without asides, has one too: "was confirmed by her son, Daniel
    // Voss, who said …" (AgentAside).
    std::optional<ByteSpan> aside = a.appositive;
    if (!aside && a.source && hit.pattern == Pattern::kPassiveBy) {
      aside = AgentAside(text, sentence, *a.source);
    }
    // (Or after a relative clause: "The engineer who designed the bridge,
    // Paul Ortiz, said".)
    if (a.source && aside && aside->begin >= a.source->end &&
        AsideFollowsSource(text.substr(a.source->end, aside->begin - a.source->end)) &&
        IsRoleAndName(grammar.lexicon(), text.substr(aside->begin, aside->end - aside->begin))) {
      a.source->end = aside->end;
    }
    if (hit.pattern == Pattern::kReportedBy && !hit.recipient.empty()) {
      // "as first reported by Politico, citing two officials": the officials
      // speak, through Politico.
      a.conduits.push_back({*a.source, v1::SOURCE_TYPE_UNSPECIFIED});
      a.source = to_source(hit.recipient);
    } else if (!hit.recipient.empty()) {
      a.conduits.push_back({to_source(hit.recipient), v1::SOURCE_TYPE_UNSPECIFIED});
    }
    if (grammar::CarriesMainClauseSource(hit.pattern)) {
      // "…, saying X": the main clause's speaker, else its subject (or the
      // subject of a clause joined after the speaker's: Hit::own_subject).
      if (clause_speaker && !hit.own_subject) {
        a.source = clause_speaker;
      } else if (!a.source) {
        continue;
      }
      // "It is understood that the minister met them and offered …": the
      // "it" of an impersonal cue names no one to carry.
      if (std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first_new), out.end(),
                      [&](const Attribution& before) {
                        return !before.source && before.cue.begin == a.source->begin;
                      })) {
        continue;
      }
      // (Right after another attribution's cue and source and a comma, that
      // speaker: "…, a Chinese official said, adding that …".)
      if (hit.pattern == Pattern::kParticipial && out.size() > first_new) {
        const Attribution& before = out.back();
        const uint32_t end = before.source ? std::max(before.cue.end, before.source->end)
                                           : 0;
        if (before.source && end + 2 == a.cue.begin && text.substr(end, 2) == ", ") {
          a.source = before.source;
        }
      }
    }
    const uint32_t hit_begin = a.source ? std::min(a.source->begin, a.cue.begin)
                                        : a.cue.begin;
    const uint32_t hit_end = std::max(a.cue.end, a.source ? a.source->end : 0u);
    // An inverted cue opening the sentence: "Said Lee, a medic: “…”". The
    // aside of its source is the hit's too.
    const bool opening_inverted = hit.pattern == Pattern::kCueSource &&
                                  SkipSpaces(text, sentence.begin, sentence.end) == a.cue.begin;
    const uint32_t aside_end = opening_inverted && a.appositive ? a.appositive->end : 0u;
    const uint32_t hit_end_all = std::max(
        {hit_end, aside_end, a.conduits.empty() ? 0u : a.conduits[0].span.end});

    // What was said may follow the hit after a colon or a comma: "Said
    // Ellis: …", "Said Comey, “…”".
    const uint32_t after_hit = SkipSpaces(text, hit_end_all, sentence.end);
    const bool colon_lead_in = after_hit < sentence.end && text[after_hit] == ':';
    const text::Quotation* const quote_after =
        after_hit < sentence.end && text[after_hit] == ','
            ? QuotationOpeningAt(text, quotations, SkipSpaces(text, after_hit + 1, sentence.end),
                                 sentence.end)
            : nullptr;
    const bool quote_after_comma = quote_after != nullptr;
    // (A participle or coordinated cue speaks for the main clause's source,
    // which may stand right after a quotation: "“…,” Trump said, adding
    // that …" says what follows "adding", not the quotation.)
    const bool carried = grammar::CarriesMainClauseSource(hit.pattern);
    // (Nor does a quoted phrase right before it: "said things “should be
    // wrapped up by Cleveland,” referring to the convention" refers to the
    // convention.)
    const text::Quotation* quote_before =
        carried && hit.content_begin != grammar::kNoContent
            ? nullptr
            : QuotationEndingBefore(text, quotations, carried ? a.cue.begin : hit_begin);
    const Circumstance circumstance_after =
        hit.pattern == Pattern::kSourceCue && folded->source_begin[hit.start] >= hit_begin
            ? CircumstanceOfCue(grammar.lexicon(), text, *folded, hit, a.cue_lemma)
            : Circumstance{};
    const uint32_t circumstance_end = circumstance_after.end;
    const bool circumstance = circumstance_end != 0 && circumstance_after.that_clause == 0;
    const bool content_after = hit.content_begin != grammar::kNoContent && !circumstance;
    // (Leading into a quotation, it speaks for that one, all of it, not for
    // one before: "“…” ¶ Said Lee: “…”".)
    const text::Quotation* led_quote =
        opening_inverted ? QuotationOpeningAt(text, quotations, hit_end_all, sentence.end)
                         : nullptr;
    // (A quotation after the cue's comma that goes on in lower case
    // continues one before it: "The terminal was “a liability,” he said,
    // “and now …”" said both; not "On “Hannity,” Cruz said, “If we …”".)
    const bool continued_quote = quote_after && !quote_after->pieces.empty() &&
                                 text[quote_after->pieces.front().begin] >= 'a' &&
                                 text[quote_after->pieces.front().begin] <= 'z';
    if (quote_before && (led_quote || !SpokenBefore(text, sentence, *quote_before,
                                                    content_after && !continued_quote,
                                                    hit_begin))) {
      quote_before = nullptr;
    }
    if (hit.pattern == Pattern::kObjectRelative) {
      // "the agreement, which Putin opposed": the relative word.
      const uint32_t word_end =
          static_cast<uint32_t>(grammar::WordEnd(folded->text, hit.start));
      a.contents.push_back(to_source({hit.start, word_end}));
    } else if (content_after && !quote_before) {
      const uint32_t content_begin = circumstance_after.that_clause != 0
                                         ? circumstance_after.that_clause
                                         : hit.content_begin;
      const uint32_t begin = content_begin >= folded->text.size()
                                 ? sentence.end
                                 : folded->source_begin[content_begin];
      // "In what X described as CONTENT, the main clause …", "When
      // pressed by Holt about CONTENT, Trump …", "Asked whether CONTENT,
      // Rubio gave …": the content of a phrase before the main clause.
      // (A relative clause set off by commas ends at its closing comma:
      // "The workers, who marched and called for a strike vote, went home".)
      const bool in_relative_clause =
          a.source && a.source->end - a.source->begin == 3 &&
          text.substr(a.source->begin, 3) == "who" && a.source->begin >= 2 &&
          text.substr(a.source->begin - 2, 2) == ", ";
      const bool ends_at_comma =
          hit.pattern == Pattern::kInWhatDescribedAs || hit.pattern == Pattern::kPassiveBy ||
          (hit.pattern == Pattern::kAgentless && a.cue_lemma == "ask") || in_relative_clause;
      const size_t first_content = a.contents.size();
      AppendContentAfter(text, quotations, sentence, ends_at_comma, begin, hit_begin, a.source,
                         a.contents);
      for (size_t k = first_content; k < a.contents.size(); ++k) {
        a.contents[k] = WithoutTrailingChannel(grammar.lexicon(), text, quotations, a.contents[k]);
      }
      // "add" has a sense of its own before a plain object ("the budget adds
      // money", "organizers added 160 guards"): there it speaks only when a
      // colon or a quotation follows. (PolNeAR train: 10 of 16 such uses
      // were no cue.) A clause is what was said: "he added the plan would
      // fail".
      if (hit.pattern == Pattern::kSourceCue && a.cue_lemma == "add" &&
          !ReportsWords(text, a.cue.end, begin, sentence.end) &&
          !OpensClause(grammar.lexicon(), text.substr(begin, sentence.end - begin))) {
        continue;
      }
    } else if (hit.pattern == Pattern::kAccordingTo &&
               SkipSpaces(text, sentence.begin, sentence.end) == hit_begin) {
      // "According to X, CONTENT." ("According to X, a glaciologist,
      // CONTENT.": past the aside.)
      const uint32_t from = a.appositive ? std::max(hit_end, a.appositive->end) : hit_end;
      ByteSpan span = Trim(text, {from, sentence.end});
      if (!span.empty()) a.contents.push_back(span);
    } else if (const text::Quotation* q = quote_before) {
      if (const ByteSpan clause = ClauseAroundQuotation(text, sentence, *q); !clause.empty()) {
        a.contents.push_back(clause);  // "He was a “respected manager,” Smith said"
      } else {
        AppendPieces(text, *q, a.contents);  // "“…,” Smith said"
      }
      if (const text::Quotation* after =
              QuotationOpeningAt(text, quotations, hit_end_all, sentence.end)) {
        AppendPieces(text, *after, a.contents);  // “…,” Smith said, “…”
      } else if (const text::Quotation* continued = QuotationContinuedAfterAside(
                     text, quotations, hit_end_all, sentence.end)) {
        AppendPieces(text, *continued, a.contents);  // “…,” Smith said, nodding, “and …”
      } else if (const text::Quotation* next = QuotationAfterSentence(
                     text, quotations, hit_end_all, sentence.end)) {
        AppendPieces(text, *next, a.contents);  // “…,” Smith said. “…”
      }
    } else if (led_quote) {
      AppendPieces(text, *led_quote, a.contents);
    } else if (hit.pattern == Pattern::kSourceCue && a.source &&
               AfterPreposition(grammar.lexicon(), text, a.source->begin)) {
      // A source right after a preposition is its object: with nothing
      // said after the cue, "denied any wrongdoing in a statement posted to
      // its website" holds no saying of the statement's.
      continue;
    } else {
      // (Past a circumstance of the saying: "…, Okafor said in an
      // interview, adding …".)
      const uint32_t content_after_from =
          circumstance && circumstance_end < folded->text.size()
              ? folded->source_begin[circumstance_end]
              : hit_end_all;
      AppendContentAround(grammar.lexicon(), text, sentence,
                          std::min(hit_begin, folded->source_begin[hit.start]), content_after_from,
                          hit.pattern, a.contents);
      if (a.contents.empty() && circumstance) {
        // Nothing else: the circumstance is all there is to point at.
        const ByteSpan rest = Trim(text, {folded->source_begin[hit.content_begin], sentence.end});
        if (!rest.empty()) a.contents.push_back(rest);
      }
    }
    // ("reportedly", "allegedly"; not "appears to", "when asked", which
    // share their kind) (A passive before an infinitive speaks for its
    // subject too: "The change is expected to play out …", "The drug,
    // sold since the 1990s, is thought to …", as PolNeAR marks them.)
    if (hit.pattern == Pattern::kAgentless) {
      const std::string_view cue_text = text.substr(a.cue.begin, a.cue.end - a.cue.begin);
      const std::string_view kind = grammar.lexicon().cues().entry(hit.cue_entry).fields[0];
      if ((kind == "agentless-adverb" && cue_text.ends_with("ly") &&
           cue_text.find(' ') == std::string_view::npos) ||
          (kind == "agentless-passive" && cue_text.ends_with(" to"))) {
        AppendClauseAroundCue(grammar.lexicon(), text, sentence, a.cue, a.contents);
      }
    }
    // "Trump said." opening a sentence speaks only for the quotation
    // before it: without one it is a headline fragment, not an attribution
    // ("Hope Hicks, a spokeswoman, …" is no "hope"), unless a colon or a
    // comma leads into what was said ("Said Ellis: …", "Said Comey, “…”").
    // (It still names the speaker a later participle speaks for: "Trump
    // continued, saying he was right".)
    // (A speaker of a clause joined to the first one's takes over: "Protest
    // groups say …, and the ACLU has sued the city, saying …".)
    if ((!clause_speaker || (a.source && OpensJoinedClause(text, a.source->begin))) &&
        a.source && grammar::NamesClauseSpeaker(hit, folded->text)) {
      clause_speaker = a.source;
    }
    if ((hit.pattern == Pattern::kSourceCue || hit.pattern == Pattern::kCueSource ||
         hit.pattern == Pattern::kDashSource) &&
        hit.content_begin == grammar::kNoContent && !quote_before && !colon_lead_in &&
        !quote_after_comma &&
        SkipSpaces(text, sentence.begin, sentence.end) == hit_begin) {
      continue;
    }
    if (a.source && hit.pattern != Pattern::kPossessiveNoun &&
        EndsInAttributive(grammar.lexicon(), text, *a.source)) {
      continue;
    }
    // (The aside's cue comes first: attributions stay in text order.)
    if (std::optional<Attribution> aside =
            AsideOpeningCue(grammar.lexicon(), text, *folded, hit, a)) {
      AddOutletBesideCue(grammar.lexicon(), text, sentence, *aside);
      out.push_back(std::move(*aside));
    } else if (std::optional<Attribution> relative =
                   AsideRelative(grammar.lexicon(), text, *folded, hit, a)) {
      AddOutletBesideCue(grammar.lexicon(), text, sentence, *relative);
      out.push_back(std::move(*relative));
    }
    AddRelayThrough(grammar.lexicon(), text, sentence, a);
    AddOutletBesideCue(grammar.lexicon(), text, sentence, a);
    out.push_back(std::move(a));
  }
  EndContentsBeforeLaterAttributions(grammar.lexicon(), text, first_new, out);
  for (size_t i = first_new; i < out.size(); ++i) {
    if (!out[i].contents.empty()) {
      out[i].contents.front() = WithDemonstrative(text, out[i].contents.front());
    }
  }
  DropNestedStances(grammar.lexicon(), text, first_new, out);
  DropRelativeBackground(grammar.lexicon(), text, first_new, out);
  RelayNestedThroughAccordingTo(first_new, out);
  return OkStatus();
}

}  // namespace whosaid::attribution
