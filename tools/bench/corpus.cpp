#include "corpus.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace whosaid::bench {

bool ReadFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = std::move(buffer).str();
  return true;
}

std::vector<std::string> LoadArticles(const std::string& corpora_dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> paths;
  for (const char* sub : {"golden", "sample"}) {
    std::error_code ec;
    for (fs::directory_iterator it(fs::path(corpora_dir) / sub, ec), end;
         !ec && it != end; it.increment(ec)) {
      if (it->path().extension() == ".txt")
        paths.push_back(it->path().string());
    }
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> articles;
  for (const std::string& path : paths) {
    std::string text;
    if (ReadFile(path, text) && !text.empty())
      articles.push_back(std::move(text));
  }
  return articles;
}

std::string MakeNewsText(const std::string& corpora_dir, size_t bytes,
                         unsigned seed) {
  const std::vector<std::string> articles = LoadArticles(corpora_dir);
  if (articles.empty()) return std::string();
  std::string out;
  out.reserve(bytes + 4096);
  uint64_t state = seed * 0x9E3779B97F4A7C15ull + 1;
  std::vector<size_t> order(articles.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  while (out.size() < bytes) {
    // A new shuffle per round (xorshift), so rounds do not line up.
    for (size_t i = order.size(); i > 1; --i) {
      state ^= state << 13;
      state ^= state >> 7;
      state ^= state << 17;
      std::swap(order[i - 1], order[state % i]);
    }
    for (size_t i : order) {
      out += articles[i];
      if (out.back() != '\n') out += '\n';
      out += '\n';
      if (out.size() >= bytes) break;
    }
  }
  return out;
}

std::string RepeatTo(const std::string& text, size_t bytes) {
  std::string out;
  if (text.empty()) return out;
  out.reserve(bytes + text.size() + 2);
  while (out.size() < bytes) {
    out += text;
    out += "\n\n";
  }
  return out;
}

std::vector<std::string> SplitDocuments(const std::string& text,
                                        size_t doc_bytes) {
  std::vector<std::string> docs;
  size_t start = 0;
  while (start < text.size()) {
    size_t cut = std::min(text.size(), start + doc_bytes);
    if (cut < text.size()) {
      const size_t newline = text.find('\n', cut);
      cut = newline == std::string::npos ? text.size() : newline + 1;
    }
    docs.push_back(text.substr(start, cut - start));
    start = cut;
  }
  return docs;
}

std::string QuotationMarks(size_t count) { return std::string(count, '"'); }

std::string OneSentence(const std::string& words_from, size_t count) {
  std::string out;
  size_t pos = 0, words = 0;
  while (words < count && !words_from.empty()) {
    const size_t begin = words_from.find_first_not_of(" \n\t.!?\"", pos);
    if (begin == std::string::npos) {
      pos = 0;
      continue;
    }
    size_t end = words_from.find_first_of(" \n\t.!?\"", begin);
    if (end == std::string::npos) end = words_from.size();
    if (!out.empty()) out += ' ';
    out.append(words_from, begin, end - begin);
    ++words;
    pos = end;
  }
  return out;
}

std::string WithoutSentenceBreaks(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '.' || c == '!' || c == '?') continue;
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

}  // namespace whosaid::bench
