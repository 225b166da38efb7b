#include "batch/html.hpp"

#include <gumbo.h>

#include <cctype>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

#include "text/utf8.hpp"

namespace whosaid::batch {
namespace {

using nlohmann::json;

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

size_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Builds the extracted text and its segment map. With `collapse`, runs of
// whitespace become one space and Break() a single line break; neither is
// emitted at the start or the end.
class TextBuilder {
 public:
  explicit TextBuilder(bool collapse) : collapse_(collapse) {}

  // Appends `bytes` taken from source [src_begin, src_end).
  void Add(std::string_view bytes, uint32_t src_begin, uint32_t src_end,
           bool verbatim) {
    if (collapse_ && bytes.size() == 1 && IsSpace(bytes[0])) {
      if (!pending_space_ && !pending_break_) {
        pending_space_ = true;
        pending_src_ = src_begin;
      }
      return;
    }
    Flush(src_begin);
    const auto at = static_cast<uint32_t>(text_.size());
    text_.append(bytes);
    map_.Add(at, static_cast<uint32_t>(text_.size()), src_begin, src_end,
             verbatim);
  }

  void Break(uint32_t src) {
    if (!pending_break_) {
      pending_break_ = true;
      pending_space_ = false;
      pending_src_ = src;
    }
  }

  std::string& text() { return text_; }
  SegmentMap& map() { return map_; }

 private:
  void Flush(uint32_t src) {
    if (text_.empty()) {
      pending_space_ = pending_break_ = false;
      return;
    }
    if (pending_break_ || pending_space_) {
      const auto at = static_cast<uint32_t>(text_.size());
      text_ += pending_break_ ? '\n' : ' ';
      const uint32_t from = std::min(pending_src_, src);
      map_.Add(at, at + 1, from, std::max(from + 1, src), false);
    }
    pending_space_ = pending_break_ = false;
  }

  bool collapse_;
  bool pending_space_ = false, pending_break_ = false;
  uint32_t pending_src_ = 0;
  std::string text_;
  SegmentMap map_;
};

// Length of an HTML character reference at the start of `s` ("&amp;",
// "&#8217;", "&#x2019;"), or 0.
size_t EntityLength(std::string_view s) {
  if (s.size() < 3 || s[0] != '&') return 0;
  size_t i = 1;
  if (s[i] == '#') {
    ++i;
    if (i < s.size() && (s[i] == 'x' || s[i] == 'X')) ++i;
  }
  const size_t start = i;
  while (i < s.size() && i < 40 &&
         std::isalnum(static_cast<unsigned char>(s[i])))
    ++i;
  if (i == start) return 0;
  if (i < s.size() && s[i] == ';') return i + 1;
  return i;  // legacy entity without ';' ("&nbsp")
}

// True for a reference that decodes to "&" itself ("&amp;", "&#38;").
bool IsAmpReference(std::string_view s) {
  return s.substr(0, 5) == "&amp;" || s.substr(0, 5) == "&#38;" ||
         s.substr(0, 6) == "&#x26;" || s.substr(0, 6) == "&#X26;";
}

// Appends a text node: `decoded` is gumbo's text (entities decoded, CR LF
// folded), `original` the source bytes at `offset`. Aligns the two so that
// plain bytes map one for one and each entity maps onto its reference.
void AddTextNode(TextBuilder& builder, std::string_view decoded,
                 std::string_view original, uint32_t offset) {
  size_t i = 0, j = 0;
  while (i < decoded.size()) {
    if (j < original.size() && original[j] == '\r' && decoded[i] == '\n') {
      ++j;  // CR LF → LF: the CR maps nowhere
      continue;
    }
    const bool amp_reference = j < original.size() && original[j] == '&' &&
                               IsAmpReference(original.substr(j));
    if (j < original.size() && decoded[i] == original[j] && !amp_reference) {
      builder.Add(decoded.substr(i, 1), offset + static_cast<uint32_t>(j),
                  offset + static_cast<uint32_t>(j + 1), true);
      ++i, ++j;
      continue;
    }
    const size_t entity =
        j < original.size() ? EntityLength(original.substr(j)) : 0;
    if (entity > 0) {
      const size_t n = Utf8Length(static_cast<unsigned char>(decoded[i]));
      std::string_view ch = decoded.substr(i, n);
      const auto src = offset + static_cast<uint32_t>(j);
      if (ch == "\xC2\xA0") ch = " ";  // &nbsp; reads as a space
      builder.Add(ch, src, src + static_cast<uint32_t>(entity), false);
      i += n;
      j += entity;
      continue;
    }
    // Cannot align (should not happen): map the rest onto the rest.
    const auto src =
        offset + static_cast<uint32_t>(std::min(j, original.size()));
    for (; i < decoded.size(); ++i) {
      builder.Add(decoded.substr(i, 1), src,
                  offset + static_cast<uint32_t>(original.size()), false);
    }
  }
}

bool IsSkipped(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE ||
         tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_TEMPLATE ||
         tag == GUMBO_TAG_HEAD;
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HR:
      return true;
    default:
      return false;
  }
}

void AddElementText(TextBuilder& builder, const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
      node->type == GUMBO_NODE_CDATA) {
    const GumboText& t = node->v.text;
    AddTextNode(builder, t.text, {t.original_text.data, t.original_text.length},
                static_cast<uint32_t>(t.start_pos.offset));
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboElement& e = node->v.element;
  if (IsSkipped(e.tag)) return;
  const bool block = IsBlock(e.tag);
  if (block) builder.Break(static_cast<uint32_t>(e.start_pos.offset));
  for (unsigned i = 0; i < e.children.length; ++i) {
    AddElementText(builder, static_cast<const GumboNode*>(e.children.data[i]));
  }
  if (block) builder.Break(static_cast<uint32_t>(e.end_pos.offset));
}

std::string Attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* a =
      gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : "";
}

// Depth-first visit of every element.
template <typename F>
void ForEachElement(const GumboNode* node, F&& visit) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
    return;
  if (node->type == GUMBO_NODE_ELEMENT && !visit(node)) return;
  const GumboVector& children = node->type == GUMBO_NODE_ELEMENT
                                    ? node->v.element.children
                                    : node->v.document.children;
  for (unsigned i = 0; i < children.length; ++i) {
    ForEachElement(static_cast<const GumboNode*>(children.data[i]), visit);
  }
}

// The recursive walks below give up deeper than this: JSON-LD is shallow,
// and a page of 10^5 nested "[" must not overflow the stack.
constexpr int kMaxJsonDepth = 64;

std::string JsonText(const json& v, int depth = 0) {
  if (depth > kMaxJsonDepth) return "";
  if (v.is_string()) return v.get<std::string>();
  if (v.is_object() && v.contains("name"))
    return JsonText(v["name"], depth + 1);
  if (v.is_array() && !v.empty()) return JsonText(v[0], depth + 1);
  return "";
}

const json* FindArticleObject(const json& v, int depth = 0) {
  if (depth > kMaxJsonDepth) return nullptr;
  if (v.is_object()) {
    auto body = v.find("articleBody");
    if (body != v.end() && body->is_string() &&
        !body->get<std::string>().empty()) {
      return &v;
    }
    for (const auto& [key, child] : v.items()) {
      if (const json* found = FindArticleObject(child, depth + 1)) return found;
    }
  } else if (v.is_array()) {
    for (const json& child : v) {
      if (const json* found = FindArticleObject(child, depth + 1)) return found;
    }
  }
  return nullptr;
}

// Decodes the JSON string literal whose first content byte is raw[at],
// mapping decoded bytes onto source bytes (raw starts at page `offset`).
// Returns false on a malformed literal.
bool DecodeJsonString(std::string_view raw, size_t at, uint32_t offset,
                      TextBuilder& builder) {
  auto hex4 = [&](size_t p, uint32_t& v) {
    if (p + 4 > raw.size()) return false;
    v = 0;
    for (size_t k = p; k < p + 4; ++k) {
      const char c = raw[k];
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= static_cast<uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f')
        v |= static_cast<uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        v |= static_cast<uint32_t>(c - 'A' + 10);
      else
        return false;
    }
    return true;
  };
  size_t i = at;
  while (i < raw.size() && raw[i] != '"') {
    const auto src = offset + static_cast<uint32_t>(i);
    if (raw[i] != '\\') {
      builder.Add(raw.substr(i, 1), src, src + 1, true);
      ++i;
      continue;
    }
    if (i + 1 >= raw.size()) return false;
    std::string decoded;
    size_t length = 2;
    switch (raw[i + 1]) {
      case 'n':
        decoded = "\n";
        break;
      case 't':
        decoded = "\t";
        break;
      case 'r':
        decoded = "\r";
        break;
      case 'b':
        decoded = "\b";
        break;
      case 'f':
        decoded = "\f";
        break;
      case '"':
      case '\\':
      case '/':
        decoded = std::string(1, raw[i + 1]);
        break;
      case 'u': {
        uint32_t c;
        if (!hex4(i + 2, c)) return false;
        length = 6;
        uint32_t low;
        if (c >= 0xD800 && c < 0xDC00 && raw.substr(i + 6, 2) == "\\u" &&
            hex4(i + 8, low) && low >= 0xDC00 && low < 0xE000) {
          c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
          length = 12;
        } else if (c >= 0xD800 && c < 0xE000) {
          c = 0xFFFD;  // a lone surrogate
        }
        text::AppendUtf8(decoded, c);
        break;
      }
      default:
        return false;
    }
    builder.Add(decoded, src, src + static_cast<uint32_t>(length), false);
    i += length;
  }
  return i < raw.size();
}

// Tries JSON-LD articleBody in the <script> `node`.
bool TryJsonLd(const GumboNode* node, ExtractedArticle& out) {
  if (node->v.element.children.length != 1) return false;
  const auto* child =
      static_cast<const GumboNode*>(node->v.element.children.data[0]);
  if (child->type != GUMBO_NODE_TEXT) return false;
  const GumboText& t = child->v.text;
  const std::string_view raw(t.original_text.data, t.original_text.length);
  const json doc = json::parse(raw.begin(), raw.end(), nullptr, false);
  if (doc.is_discarded()) return false;
  const json* article = FindArticleObject(doc);
  if (article == nullptr) return false;
  const std::string body = (*article)["articleBody"].get<std::string>();
  // Find the literal in the raw script to map its bytes; fall back to one
  // coarse segment when it cannot be matched.
  TextBuilder builder(false);
  bool mapped = false;
  for (size_t key = raw.find("\"articleBody\"");
       key != std::string_view::npos && !mapped;
       key = raw.find("\"articleBody\"", key + 1)) {
    size_t p = key + 13;
    while (p < raw.size() && IsSpace(raw[p])) ++p;
    if (p >= raw.size() || raw[p] != ':') continue;
    ++p;
    while (p < raw.size() && IsSpace(raw[p])) ++p;
    if (p >= raw.size() || raw[p] != '"') continue;
    TextBuilder attempt(false);
    if (DecodeJsonString(raw, p + 1, static_cast<uint32_t>(t.start_pos.offset),
                         attempt) &&
        attempt.text() == body) {
      builder = std::move(attempt);
      mapped = true;
    }
  }
  if (!mapped) {
    const auto src = static_cast<uint32_t>(t.start_pos.offset);
    builder.Add(body, src, src + static_cast<uint32_t>(raw.size()), false);
  }
  out.text = std::move(builder.text());
  out.map = std::move(builder.map());
  out.method = "json-ld";
  if (article->contains("headline"))
    out.title = JsonText((*article)["headline"]);
  if (article->contains("url")) out.url = JsonText((*article)["url"]);
  if (article->contains("publisher"))
    out.publisher = JsonText((*article)["publisher"]);
  if (article->contains("datePublished"))
    out.date = JsonText((*article)["datePublished"]);
  return true;
}

}  // namespace

ExtractedArticle ExtractArticle(std::string_view html) {
  ExtractedArticle out;
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> parsed(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  std::string page_title;
  const GumboNode* article = nullptr;
  std::vector<const GumboNode*> scripts, paragraphs;
  ForEachElement(parsed->document, [&](const GumboNode* node) {
    const GumboElement& e = node->v.element;
    if (e.tag == GUMBO_TAG_SCRIPT) {
      if (Attribute(node, "type").find("ld+json") != std::string::npos) {
        scripts.push_back(node);
      }
      return false;
    }
    if (e.tag == GUMBO_TAG_TITLE && page_title.empty() &&
        e.children.length == 1) {
      const auto* c = static_cast<const GumboNode*>(e.children.data[0]);
      if (c->type == GUMBO_NODE_TEXT) page_title = c->v.text.text;
    }
    if (article == nullptr && (e.tag == GUMBO_TAG_ARTICLE ||
                               Attribute(node, "itemprop") == "articleBody")) {
      article = node;
    }
    if (e.tag == GUMBO_TAG_P) {
      paragraphs.push_back(node);
      return false;  // a <p> inside a <p> is not a second paragraph
    }
    return e.tag != GUMBO_TAG_STYLE && e.tag != GUMBO_TAG_TEMPLATE &&
           e.tag != GUMBO_TAG_NOSCRIPT;
  });
  for (const GumboNode* script : scripts) {
    if (TryJsonLd(script, out)) break;
  }
  if (out.method.empty() && article != nullptr) {
    TextBuilder builder(true);
    AddElementText(builder, article);
    if (!builder.text().empty()) {
      out.text = std::move(builder.text());
      out.map = std::move(builder.map());
      out.method = "article";
    }
  }
  if (out.method.empty() && !paragraphs.empty()) {
    TextBuilder builder(true);
    for (const GumboNode* p : paragraphs) AddElementText(builder, p);
    if (!builder.text().empty()) {
      out.text = std::move(builder.text());
      out.map = std::move(builder.map());
      out.method = "paragraphs";
    }
  }
  if (out.title.empty()) out.title = page_title;
  return out;
}

}  // namespace whosaid::batch
