// SegmentMap: where each byte of an extracted text came from in its source
// file, so spans found in the text can be reported in the file's bytes.
//
// The extracted text is a sequence of segments. A verbatim segment copies
// source bytes one for one (text byte i ↔ source byte src_begin + i -
// text_begin). Any other segment (a decoded entity "&amp;" → "&", a
// collapsed run of whitespace, a synthesised paragraph break, a JSON escape)
// maps as a whole onto its source range.
//
// Thread-safety: immutable once built; share freely.
#ifndef WHOSAID_BATCH_SEGMENT_MAP_HPP_
#define WHOSAID_BATCH_SEGMENT_MAP_HPP_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace google::protobuf {
class Message;
}

namespace whosaid::batch {

class SegmentMap {
 public:
  struct Segment {
    uint32_t text_begin, text_end;  // in the extracted text
    uint32_t src_begin, src_end;    // in the source file
    bool verbatim;
  };

  // Appends text bytes [text_begin, text_end) mapped onto [src_begin,
  // src_end); merges with the previous segment when both are verbatim and
  // contiguous. Segments must be appended in text order.
  void Add(uint32_t text_begin, uint32_t text_end, uint32_t src_begin,
           uint32_t src_end, bool verbatim);

  // Source range of text bytes [begin, end): the smallest one holding the
  // source of every byte in it (usually the start of the byte at `begin` to
  // the end of the byte at end - 1, but a page's text can come out of
  // source order); an empty range maps to the start of `begin`.
  void Map(uint32_t begin, uint32_t end, uint32_t& src_begin,
           uint32_t& src_end) const;

  const std::vector<Segment>& segments() const { return segments_; }

 private:
  const Segment* Find(uint32_t text_offset) const;
  std::vector<Segment> segments_;
};

// Sets source_begin_byte/source_end_byte on every whosaid.v1.Span anywhere
// inside `message` (found by reflection, so spans in fields added later are
// covered too).
void MapSpansToSource(const SegmentMap& map,
                      google::protobuf::Message& message);

}  // namespace whosaid::batch

#endif  // WHOSAID_BATCH_SEGMENT_MAP_HPP_
