#include "batch/segment_map.hpp"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>

#include <algorithm>

#include "whosaid/v1/report.pb.h"

namespace whosaid::batch {

void SegmentMap::Add(uint32_t text_begin, uint32_t text_end, uint32_t src_begin,
                     uint32_t src_end, bool verbatim) {
  if (text_end <= text_begin) return;
  if (!segments_.empty()) {
    Segment& last = segments_.back();
    if (verbatim && last.verbatim && last.text_end == text_begin &&
        last.src_end == src_begin) {
      last.text_end = text_end;
      last.src_end = src_end;
      return;
    }
  }
  segments_.push_back({text_begin, text_end, src_begin, src_end, verbatim});
}

const SegmentMap::Segment* SegmentMap::Find(uint32_t text_offset) const {
  if (segments_.empty()) return nullptr;
  auto it = std::upper_bound(
      segments_.begin(), segments_.end(), text_offset,
      [](uint32_t offset, const Segment& s) { return offset < s.text_begin; });
  if (it == segments_.begin()) return &segments_.front();
  return &*std::prev(it);
}

void SegmentMap::Map(uint32_t begin, uint32_t end, uint32_t& src_begin,
                     uint32_t& src_end) const {
  const Segment* first = Find(begin);
  if (first == nullptr) {
    src_begin = src_end = 0;
    return;
  }
  if (begin >= first->text_end) {  // past the end of the text
    src_begin = first->src_end;
  } else {
    src_begin = first->verbatim ? first->src_begin + (begin - first->text_begin)
                                : first->src_begin;
  }
  src_end = src_begin;
  if (end <= begin) return;
  // HTML5 tree building can reorder text (table text is "foster-parented"
  // before its table), so segments need not ascend in the source: take the
  // smallest source range holding every byte of [begin, end).
  const Segment* last = Find(end - 1);
  for (const Segment* s = first; s <= last; ++s) {
    const uint32_t from = std::max(begin, s->text_begin);
    const uint32_t to = std::min(end, s->text_end);
    if (from >= to) continue;
    src_begin =
        std::min(src_begin, s->verbatim ? s->src_begin + (from - s->text_begin)
                                        : s->src_begin);
    src_end =
        std::max(src_end, s->verbatim ? s->src_begin + (to - s->text_begin)
                                      : s->src_end);
  }
}

void MapSpansToSource(const SegmentMap& map,
                      google::protobuf::Message& message) {
  if (message.GetDescriptor() == v1::Span::descriptor()) {
    auto& span = static_cast<v1::Span&>(message);
    uint32_t src_begin = 0, src_end = 0;
    map.Map(span.begin_byte(), span.end_byte(), src_begin, src_end);
    span.set_source_begin_byte(src_begin);
    span.set_source_end_byte(src_end);
    return;
  }
  const google::protobuf::Reflection* reflection = message.GetReflection();
  std::vector<const google::protobuf::FieldDescriptor*> fields;
  reflection->ListFields(message, &fields);
  for (const google::protobuf::FieldDescriptor* field : fields) {
    if (field->cpp_type() !=
        google::protobuf::FieldDescriptor::CPPTYPE_MESSAGE) {
      continue;
    }
    if (field->is_repeated()) {
      const int n = reflection->FieldSize(message, field);
      for (int i = 0; i < n; ++i) {
        MapSpansToSource(
            map, *reflection->MutableRepeatedMessage(&message, field, i));
      }
    } else {
      MapSpansToSource(map, *reflection->MutableMessage(&message, field));
    }
  }
}

}  // namespace whosaid::batch
