#include "report/json_writer.hpp"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/field_mask.pb.h>
#include <google/protobuf/util/field_mask_util.h>

#include <charconv>
#include <cmath>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/utf8.hpp"

namespace whosaid::report {
namespace {

namespace pb = google::protobuf;

// The members of a JSON object printed by protobuf, as (key, raw value).
std::vector<std::pair<std::string_view, std::string_view>> Members(
    std::string_view json) {
  std::vector<std::pair<std::string_view, std::string_view>> members;
  size_t i = json.find('{') + 1;
  const auto skip_space = [&] {
    while (i < json.size() && (json[i] == ' ' || json[i] == '\n')) ++i;
  };
  while (true) {
    skip_space();
    if (i >= json.size() || json[i] != '"') break;
    const size_t key_begin = ++i;
    while (json[i] != '"') i += json[i] == '\\' ? 2 : 1;
    const std::string_view key = json.substr(key_begin, i - key_begin);
    i = json.find(':', i) + 1;
    skip_space();
    const size_t value_begin = i;
    int depth = 0;
    bool in_string = false;
    for (; i < json.size(); ++i) {
      const char c = json[i];
      if (in_string) {
        if (c == '\\')
          ++i;
        else if (c == '"')
          in_string = false;
      } else if (c == '"') {
        in_string = true;
      } else if (c == '{' || c == '[') {
        ++depth;
      } else if (c == '}' || c == ']') {
        if (depth == 0) break;
        --depth;
      } else if (c == ',' && depth == 0) {
        break;
      }
    }
    size_t value_end = i;
    while (value_end > value_begin &&
           (json[value_end - 1] == ' ' || json[value_end - 1] == '\n')) {
      --value_end;
    }
    members.emplace_back(key,
                         json.substr(value_begin, value_end - value_begin));
    if (i >= json.size() || json[i] != ',') break;
    ++i;
  }
  return members;
}

bool Streamed(const pb::FieldDescriptor* field) {
  return field->cpp_type() == pb::FieldDescriptor::CPPTYPE_MESSAGE;
}

// A copy of a map may iterate in another order, so messages with maps
// (small ones, such as Header) are printed in one piece.
bool HasMap(const pb::Descriptor* descriptor) {
  for (int f = 0; f < descriptor->field_count(); ++f) {
    if (descriptor->field(f)->is_map()) return true;
  }
  return false;
}

// The fast way: the JSON that MessageToJsonString prints with
// preserve_proto_field_names and always_print_primitive_fields (no
// whitespace, enums by name), written straight from the message.
// protobuf's printer serialises the message and reads it back through a
// type resolver: printing a report as JSON took twice as long as
// analysing its text. Whatever this printer does not cover (maps, 64-bit,
// float or bytes fields, a double that is not finite, a string that is
// not UTF-8) makes it return false, and the caller prints that message
// with protobuf. Tests compare the bytes with
// protobuf's (json_writer_test, the pipeline fuzz check).
class FastJson {
 public:
  static bool Covers(const pb::util::JsonPrintOptions& options) {
    return options.preserve_proto_field_names && options.always_print_primitive_fields &&
           !options.add_whitespace && !options.always_print_enums_as_ints;
  }

  explicit FastJson(std::string& out) : out_(out) {}

  bool Message(const pb::Message& message) {
    const pb::Descriptor* descriptor = message.GetDescriptor();
    const pb::Reflection* reflection = message.GetReflection();
    out_ += '{';
    bool first = true;
    for (int f = 0; f < descriptor->field_count(); ++f) {
      const pb::FieldDescriptor* field = descriptor->field(f);
      if (field->is_map()) return false;
      const bool is_message = field->cpp_type() == pb::FieldDescriptor::CPPTYPE_MESSAGE;
      if (!field->is_repeated() && (is_message || field->has_presence()) &&
          !reflection->HasField(message, field)) {
        continue;  // unset: a message, a oneof member, an "optional" scalar
      }
      if (!first) out_ += ',';
      first = false;
      out_ += '"';
      out_ += field->name();  // (names are plain identifiers)
      out_ += "\":";
      if (!field->is_repeated()) {
        if (!Value(message, reflection, field, -1)) return false;
        continue;
      }
      out_ += '[';
      const int n = reflection->FieldSize(message, field);
      for (int i = 0; i < n; ++i) {
        if (i > 0) out_ += ',';
        if (!Value(message, reflection, field, i)) return false;
      }
      out_ += ']';
    }
    out_ += '}';
    return true;
  }

 private:
  // The value of `field` (element `i` of a repeated one, or -1).
  bool Value(const pb::Message& message, const pb::Reflection* reflection,
             const pb::FieldDescriptor* field, int i) {
    using F = pb::FieldDescriptor;
    const bool one = i < 0;
    switch (field->cpp_type()) {
      case F::CPPTYPE_MESSAGE:
        return Message(one ? reflection->GetMessage(message, field)
                           : reflection->GetRepeatedMessage(message, field, i));
      case F::CPPTYPE_STRING: {
        if (field->type() == F::TYPE_BYTES) return false;
        std::string scratch;
        const std::string& value =
            one ? reflection->GetStringReference(message, field, &scratch)
                : reflection->GetRepeatedStringReference(message, field, i, &scratch);
        return String(value);
      }
      case F::CPPTYPE_BOOL:
        out_ += (one ? reflection->GetBool(message, field)
                     : reflection->GetRepeatedBool(message, field, i))
                    ? "true"
                    : "false";
        return true;
      case F::CPPTYPE_UINT32:
        out_ += std::to_string(one ? reflection->GetUInt32(message, field)
                                   : reflection->GetRepeatedUInt32(message, field, i));
        return true;
      case F::CPPTYPE_INT32:
        out_ += std::to_string(one ? reflection->GetInt32(message, field)
                                   : reflection->GetRepeatedInt32(message, field, i));
        return true;
      case F::CPPTYPE_ENUM: {
        const int number = one ? reflection->GetEnumValue(message, field)
                               : reflection->GetRepeatedEnumValue(message, field, i);
        const pb::EnumValueDescriptor* value = field->enum_type()->FindValueByNumber(number);
        if (value == nullptr) {
          out_ += std::to_string(number);  // an unknown value: its number
        } else {
          out_ += '"';
          out_ += value->name();
          out_ += '"';
        }
        return true;
      }
      case F::CPPTYPE_DOUBLE:
        return Double(one ? reflection->GetDouble(message, field)
                          : reflection->GetRepeatedDouble(message, field, i));
      default:
        return false;  // 64-bit integers (quoted), float: not in our schema
    }
  }

  // protobuf's SimpleDtoa: 15 significant digits, or 17 where 15 do not
  // read back as the same double ("%g" style, C locale).
  bool Double(double value) {
    if (!std::isfinite(value)) return false;  // "NaN", "Infinity": protobuf's
    char buffer[64];
    auto printed = std::to_chars(buffer, buffer + sizeof buffer, value,
                                 std::chars_format::general, 15);
    double back = 0;
    std::from_chars(buffer, printed.ptr, back);
    if (back != value) {
      printed = std::to_chars(buffer, buffer + sizeof buffer, value,
                              std::chars_format::general, 17);
    }
    out_.append(buffer, printed.ptr);
    return true;
  }

  // A JSON string as protobuf escapes it: '"', '\\', control characters,
  // '<', '>', DEL and the code points of kEscaped as \uXXXX (lower-case
  // hex; above U+FFFF as a surrogate pair), except \b \t \n \f \r.
  bool String(std::string_view s) {
    out_ += '"';
    size_t i = 0;
    while (i < s.size()) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c < 0x80) {
        size_t run = i;  // plain ASCII goes out in one piece
        while (run < s.size() && IsPlainAscii(static_cast<unsigned char>(s[run]))) ++run;
        if (run > i) {
          out_.append(s.data() + i, run - i);
          i = run;
          continue;
        }
        switch (c) {
          case '"': out_ += "\\\""; break;
          case '\\': out_ += "\\\\"; break;
          case '\b': out_ += "\\b"; break;
          case '\t': out_ += "\\t"; break;
          case '\n': out_ += "\\n"; break;
          case '\f': out_ += "\\f"; break;
          case '\r': out_ += "\\r"; break;
          default: Escape(c);
        }
        ++i;
        continue;
      }
      uint32_t code_point = 0;
      const size_t length = text::DecodeUtf8At(s, i, code_point);
      if (length == 0) return false;  // not UTF-8: protobuf's to report
      if (IsEscaped(code_point)) {
        if (code_point > 0xFFFF) {
          code_point -= 0x10000;
          Escape(0xD800 + (code_point >> 10));
          Escape(0xDC00 + (code_point & 0x3FF));
        } else {
          Escape(code_point);
        }
      } else {
        out_.append(s.data() + i, length);
      }
      i += length;
    }
    out_ += '"';
    return true;
  }

  static bool IsPlainAscii(unsigned char c) {
    return c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '<' && c != '>';
  }

  // Non-ASCII code points protobuf 3.21 escapes (C1 controls and format
  // characters of an older Unicode: U+061C, added later, is not among
  // them). Found by printing every code point with MessageToJsonString;
  // json_writer_test checks the table against it.
  static bool IsEscaped(uint32_t c) {
    static constexpr std::pair<uint32_t, uint32_t> kEscaped[] = {
        {0x0080, 0x009F}, {0x00AD, 0x00AD}, {0x0600, 0x0603}, {0x06DD, 0x06DD},
        {0x070F, 0x070F}, {0x17B4, 0x17B5}, {0x200B, 0x200F}, {0x2028, 0x202E},
        {0x2060, 0x2064}, {0x206A, 0x206F}, {0xFEFF, 0xFEFF}, {0xFFF9, 0xFFFB},
        {0x1D173, 0x1D17A}, {0xE0001, 0xE0001}, {0xE0020, 0xE007F}};
    for (const auto& [low, high] : kEscaped) {
      if (c < low) return false;
      if (c <= high) return true;
    }
    return false;
  }

  void Escape(uint32_t unit) {
    static constexpr char kHex[] = "0123456789abcdef";
    const char escaped[] = {'\\', 'u', kHex[(unit >> 12) & 15], kHex[(unit >> 8) & 15],
                            kHex[(unit >> 4) & 15], kHex[unit & 15]};
    out_.append(escaped, sizeof escaped);
  }

  std::string& out_;
};

Status JsonError(const google::protobuf::util::Status& status) {
  return Status(StatusCode::kInternal,
                "cannot write JSON: " + std::string(status.message()));
}

}  // namespace

Status WriteJson(const pb::Message& message,
                 const pb::util::JsonPrintOptions& options, std::ostream& out,
                 size_t whole_below) {
  if (options.add_whitespace || message.ByteSizeLong() <= whole_below ||
      HasMap(message.GetDescriptor())) {
    std::string json;
    if (FastJson::Covers(options) && FastJson(json).Message(message)) {
      out << json;
      return OkStatus();
    }
    json.clear();
    const auto status = pb::util::MessageToJsonString(message, &json, options);
    if (!status.ok()) return JsonError(status);
    out << json;
    return OkStatus();
  }
  // Print every field that is not a message in one piece (the skeleton),
  // then interleave message fields, written recursively, in field order.
  const pb::Descriptor* descriptor = message.GetDescriptor();
  const pb::Reflection* reflection = message.GetReflection();
  pb::FieldMask mask;
  for (int f = 0; f < descriptor->field_count(); ++f) {
    if (!Streamed(descriptor->field(f))) {
      mask.add_paths(descriptor->field(f)->name());
    }
  }
  std::unique_ptr<pb::Message> skeleton(message.New());
  pb::util::FieldMaskUtil::MergeMessageTo(
      message, mask, pb::util::FieldMaskUtil::MergeOptions(), skeleton.get());
  std::string skeleton_json;
  const auto status =
      pb::util::MessageToJsonString(*skeleton, &skeleton_json, options);
  if (!status.ok()) return JsonError(status);
  const auto members = Members(skeleton_json);
  const char* separator = ",";
  const char* colon = ":";

  out << '{';
  bool first = true;
  const auto key = [&](const pb::FieldDescriptor* field) {
    if (!first) out << separator;
    first = false;
    out << '"'
        << (options.preserve_proto_field_names ? field->name()
                                               : field->json_name())
        << '"' << colon;
  };
  for (int f = 0; f < descriptor->field_count(); ++f) {
    const pb::FieldDescriptor* field = descriptor->field(f);
    const std::string& name =
        options.preserve_proto_field_names ? field->name() : field->json_name();
    if (!Streamed(field)) {
      for (const auto& [k, value] : members) {
        if (k == name) {
          key(field);
          out << value;
        }
      }
      continue;
    }
    if (field->is_repeated()) {
      const int n = reflection->FieldSize(message, field);
      if (n == 0 && !options.always_print_primitive_fields) continue;
      key(field);
      out << '[';
      for (int e = 0; e < n; ++e) {
        if (e > 0) out << separator;
        Status s = WriteJson(reflection->GetRepeatedMessage(message, field, e),
                             options, out, whole_below);
        if (!s.ok()) return s;
      }
      out << ']';
    } else if (reflection->HasField(message, field)) {
      key(field);
      Status s = WriteJson(reflection->GetMessage(message, field), options, out,
                           whole_below);
      if (!s.ok()) return s;
    }
  }
  out << '}';
  return OkStatus();
}

}  // namespace whosaid::report
