#include "report/json_writer.hpp"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/field_mask.pb.h>
#include <google/protobuf/util/field_mask_util.h>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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
