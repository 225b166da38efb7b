// Article text out of an HTML page (gumbo, HTML5 parsing), keeping where
// every byte came from.
//
// Extraction order, first that yields text wins:
//   1. "json-ld": the articleBody of a <script type="application/ld+json">
//      object (also inside @graph or arrays), JSON escapes decoded;
//   2. "article": the text of the first <article> (or [itemprop=articleBody]);
//   3. "paragraphs": the text of every <p> in the page.
// Inside elements, runs of whitespace collapse to one space and block
// elements (p, div, h1–h6, li, br, …) become line breaks, which whosaid reads
// as paragraph ends. Scripts, styles and templates are skipped.
//
// The page must be valid UTF-8 (sanitise first: SanitizeUtf8 keeps offsets).
//
// Thread-safety: reentrant.
#ifndef WHOSAID_BATCH_HTML_HPP_
#define WHOSAID_BATCH_HTML_HPP_

#include <string>
#include <string_view>

#include "batch/segment_map.hpp"

namespace whosaid::batch {

struct ExtractedArticle {
  std::string text;
  std::string method;  // "json-ld", "article", "paragraphs", or "" (none)
  SegmentMap map;      // text bytes → page bytes
  // Metadata from JSON-LD (headline, url, publisher.name, datePublished),
  // else the <title>.
  std::string title, url, publisher, date;
};

ExtractedArticle ExtractArticle(std::string_view html);

}  // namespace whosaid::batch

#endif  // WHOSAID_BATCH_HTML_HPP_
