#include "grammar/lexicon.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "text/normalize.hpp"

namespace whosaid::grammar {

// Defined in the generated lexicon_data.cpp: the embedded TSV files.
extern const std::vector<std::pair<std::string, std::string>>&
EmbeddedLexiconFiles();

size_t WordEnd(std::string_view text, size_t pos) {
  // Runs of word bytes in a tight loop (one table load per byte: the
  // grammar, the prefilter and the source typer call this for every word
  // they read), and the joiner test only where a run stops.
  const char* const p = text.data();
  const size_t n = text.size();
  size_t i = pos;
  for (;;) {
    bool inner_period = false;
    while (i < n && IsWordByte(p[i])) {
      do {
        ++i;
      } while (i < n && IsWordByte(p[i]));
      if (i + 1 < n && text::JoinsWordsAt(p, i)) {
        inner_period |= p[i] == '.';
        ++i;  // the next run starts after the joiner
      } else {
        break;
      }
    }
    if (!inner_period || i >= n || p[i] != '.') return i;
    ++i;  // an abbreviation's last period: "u.s."
    // "u.s.-led", "d.c.-based": a hyphen after it joins the next run.
    if (i + 1 >= n || p[i] != '-' || !IsWordByte(p[i + 1])) return i;
    ++i;
  }
}

namespace {

std::string_view FirstWord(std::string_view key) {
  const size_t end = WordEnd(key, 0);
  return key.substr(0, end == 0 ? key.size() : end);
}

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> fields;
  fields.reserve(
      static_cast<size_t>(std::count(line.begin(), line.end(), '\t')) + 1);
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    fields.emplace_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

// Calls `row(fields, line_number)` for each data row of a TSV text (the
// first line is a header).
template <typename RowFn>
Status ForEachRow(const std::string& name, std::string_view tsv, size_t columns,
                  RowFn row) {
  size_t line_number = 0;
  size_t start = 0;
  while (start < tsv.size()) {
    size_t end = tsv.find('\n', start);
    if (end == std::string_view::npos) end = tsv.size();
    std::string_view line = tsv.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (line_number == 1 || line.empty()) continue;
    std::vector<std::string> fields = SplitTabs(line);
    if (fields.size() < columns || fields[0].empty()) {
      return Status(StatusCode::kInvalidArgument,
                    "lexicon " + name + ":" + std::to_string(line_number) +
                        ": expected " + std::to_string(columns) +
                        " tab-separated columns");
    }
    row(std::move(fields));
  }
  return OkStatus();
}

std::string HashHex(const std::vector<std::pair<std::string, std::string>>& files) {
  uint64_t hash = 1469598103934665603ULL;  // FNV-1a 64
  auto mix = [&hash](std::string_view bytes) {
    for (const char c : bytes) {
      hash ^= static_cast<unsigned char>(c);
      hash *= 1099511628211ULL;
    }
  };
  for (const auto& [name, text] : files) {
    mix(name);
    mix(std::string_view("\0", 1));
    mix(text);
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx",
                static_cast<unsigned long long>(hash));
  return buffer;
}

// True when `kind` is one of `kinds`. Kind names differ in length or first
// byte (cues.tsv: "tell", "cite", "dash", "noun"; "colon", "state"; …), so
// those two tests settle a mismatch without a call to memcmp; MatchAt asks
// this for every candidate entry of every lookup.
bool HasKind(std::span<const std::string_view> kinds, std::string_view kind) {
  for (std::string_view k : kinds) {
    if (k.size() == kind.size() &&
        (k.empty() || (k[0] == kind[0] &&
                       std::memcmp(k.data(), kind.data(), k.size()) == 0))) {
      return true;
    }
  }
  return false;
}

}  // namespace

void PhraseTable::Add(std::string key, std::vector<std::string> fields) {
  if (key.empty()) return;
  // The same form may come once per kind ("reported": speech and agentless).
  // (A flat set and a reused buffer: a few thousand rows load at startup.)
  kind_key_.assign(key);
  kind_key_ += '\t';
  if (!fields.empty()) kind_key_ += fields[0];
  if (!kinds_seen_.Insert(kind_key_, 0)) return;
  const auto index = static_cast<uint32_t>(entries_.size());
  by_key_.Insert(key, index);  // Find() returns the first entry of a form
  const std::string_view first = FirstWord(key);
  auto bucket_index = static_cast<uint32_t>(first_word_buckets_.size());
  if (by_first_word_.Insert(first, bucket_index)) {
    first_word_buckets_.emplace_back();
  } else {
    bucket_index = *by_first_word_.Find(first);
  }
  if (first.size() == 1) {
    single_byte_first_[static_cast<unsigned char>(first[0])] = true;
  }
  max_first_word_bytes_ = std::max(max_first_word_bytes_, first.size());
  max_key_bytes_ = std::max(max_key_bytes_, key.size());
  std::vector<uint32_t>& bucket = first_word_buckets_[bucket_index];
  entries_.push_back({std::move(key), std::move(fields)});
  // Longest key first, in insertion order among equal lengths (what a
  // stable sort after each push gave, without re-sorting the bucket).
  const size_t length = entries_.back().key.size();
  bucket.insert(std::upper_bound(bucket.begin(), bucket.end(), length,
                                 [&](size_t len, uint32_t b) {
                                   return len > entries_[b].key.size();
                                 }),
                index);
}

PhraseMatch PhraseTable::MatchAt(std::string_view text, size_t pos,
                                 std::span<const std::string_view> kinds) const {
  if (kinds.empty()) return MatchAtIf(text, pos, [](uint32_t) { return true; });
  return MatchAtIf(text, pos, [&](uint32_t index) {
    return HasKind(kinds, entries_[index].fields[0]);
  });
}

const PhraseTable::Entry* PhraseTable::Find(std::string_view key) const {
  const uint32_t* index = by_key_.Find(key);
  return index == nullptr ? nullptr : &entries_[*index];
}

std::string_view Lexicon::FunctionKind(std::string_view word) const {
  const PhraseTable::Entry* e = function_words_.Find(word);
  return e ? std::string_view(e->fields[0]) : std::string_view();
}

bool Lexicon::CueAt(std::string_view text, size_t pos) const {
  return static_cast<bool>(cues_.MatchAtIf(
             text, pos, [&](uint32_t index) { return word_cue_[index] != 0; })) &&
         !not_cues_.MatchAt(text, pos);
}

Result<Lexicon> Lexicon::FromTsv(
    const std::vector<std::pair<std::string, std::string>>& files) {
  Lexicon lex;
  for (const auto& [name, tsv] : files) {
    auto add_to = [&](auto& table) {
      return [&table](std::vector<std::string> fields) {
        std::string key = text::FoldString(fields[0]);
        fields.erase(fields.begin());
        table.Add(std::move(key), std::move(fields));
      };
    };
    Status status;
    if (name == "cues.tsv") {
      status = ForEachRow(name, tsv, 4, add_to(lex.cues_));
    } else if (name == "function_words.tsv") {
      status = ForEachRow(name, tsv, 2, add_to(lex.function_words_));
    } else if (name == "source_nouns.tsv") {
      status = ForEachRow(name, tsv, 3, add_to(lex.source_nouns_));
    } else if (name == "anonymity.tsv") {
      status = ForEachRow(name, tsv, 1, add_to(lex.anonymity_));
    } else if (name == "pronouns.tsv") {
      status = ForEachRow(name, tsv, 2, add_to(lex.pronouns_));
    } else if (name == "titles.tsv") {
      status = ForEachRow(name, tsv, 1, add_to(lex.titles_));
    } else if (name == "affiliations.tsv") {
      status = ForEachRow(name, tsv, 2, add_to(lex.affiliations_));
    } else if (name == "head_words.tsv") {
      status = ForEachRow(name, tsv, 2, add_to(lex.head_words_));
    } else if (name == "nesting.tsv") {
      status = ForEachRow(name, tsv, 1, add_to(lex.nesting_));
    } else if (name == "quotative.tsv") {
      status = ForEachRow(name, tsv, 1, add_to(lex.quotative_));
    } else if (name == "gender.tsv") {
      status = ForEachRow(name, tsv, 2, add_to(lex.gender_));
    } else if (name == "audience.tsv") {
      status = ForEachRow(name, tsv, 1, add_to(lex.audience_));
    } else if (name == "expletive.tsv") {
      status = ForEachRow(name, tsv, 1, add_to(lex.expletive_));
    } else if (name == "not_cues.tsv") {
      status = ForEachRow(name, tsv, 1, add_to(lex.not_cues_));
    } else if (name == "calibration.tsv") {
      status = ForEachRow(name, tsv, 4, add_to(lex.calibration_));
    } else if (name == "abbreviations.tsv") {
      status = ForEachRow(name, tsv, 2, [&](std::vector<std::string> fields) {
        if (fields[1] == "title") lex.title_abbreviations_.push_back(fields[0]);
        lex.abbreviations_.push_back(std::move(fields[0]));
      });
    } else {
      status = Status(StatusCode::kInvalidArgument,
                      "lexicon " + name + ": unknown lexicon file");
    }
    if (!status.ok()) return status;
  }
  // Every kind of cue but the nouns and "in" (see CueAt in the header).
  static constexpr std::string_view kWordKinds[] = {
      "speech",           "speech-that", "tell",      "describe",
      "participle",       "cite",        "according", "agentless-passive",
      "agentless-adverb", "colon",       "dash",      "reported-by"};
  lex.word_cue_.resize(lex.cues_.size());
  for (uint32_t i = 0; i < lex.cues_.size(); ++i) {
    const PhraseTable::Entry& e = lex.cues_.entry(i);
    if (std::find(std::begin(kCueKinds), std::end(kCueKinds), e.fields[0]) ==
        std::end(kCueKinds)) {
      return Status(StatusCode::kInvalidArgument,
                    "lexicon cues.tsv: unknown cue kind '" + e.fields[0] + "' of '" + e.key + "'");
    }
    lex.word_cue_[i] = std::find(std::begin(kWordKinds), std::end(kWordKinds),
                                 e.fields[0]) != std::end(kWordKinds);
  }
  lex.after_to_only_.assign(lex.cues_.bucket_count(), 1);
  for (uint32_t bucket = 0; bucket < lex.cues_.bucket_count(); ++bucket) {
    for (const uint32_t entry : lex.cues_.BucketEntries(bucket)) {
      if (lex.cues_.entry(entry).fields[0] != "infinitive") lex.after_to_only_[bucket] = 0;
    }
  }
  lex.opens_not_cue_.assign(lex.cues_.bucket_count(), 0);
  for (uint32_t i = 0; i < lex.not_cues_.size(); ++i) {
    const std::string& phrase = lex.not_cues_.entry(i).key;
    const std::string_view first(phrase.data(), std::min(phrase.find(' '), phrase.size()));
    if (const uint32_t* bucket = lex.cues_.FirstWordBucket(first)) {
      lex.opens_not_cue_[*bucket] = 1;
    }
    for (size_t begin = 0; begin < phrase.size();) {
      const size_t end = std::min(phrase.find(' ', begin), phrase.size());
      lex.not_cue_words_.Insert(std::string_view(phrase).substr(begin, end - begin), 0);
      begin = end + 1;
    }
  }
  for (uint32_t i = 0; i < lex.head_words_.size(); ++i) {
    const PhraseTable::Entry& e = lex.head_words_.entry(i);
    if (e.fields[0] == "floating" || e.fields[0] == "cue-prefix") {
      lex.cue_prefix_phrases_[static_cast<unsigned char>(e.key[0])].push_back(e.key);
    } else if (e.fields[0] == "noun-first") {
      lex.noun_first_words_.Insert(e.key, 0);
      lex.noun_first_bytes_[static_cast<unsigned char>(e.key[0])] = true;
    }
  }
  for (std::vector<std::string>& phrases : lex.cue_prefix_phrases_) {
    std::stable_sort(phrases.begin(), phrases.end(),
                     [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  }
  for (const PhraseTable* table : {&lex.function_words_, &lex.pronouns_}) {
    for (uint32_t i = 0; i < table->size(); ++i) {
      lex.sentence_starters_.push_back(table->entry(i).key);
    }
  }
  std::sort(lex.sentence_starters_.begin(), lex.sentence_starters_.end());
  lex.version_ = HashHex(files);
  return lex;
}

Result<Lexicon> Lexicon::LoadBuiltin() {
  return FromTsv(EmbeddedLexiconFiles());
}

}  // namespace whosaid::grammar
