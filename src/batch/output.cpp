#include "batch/output.hpp"

#include <google/protobuf/util/json_util.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "batch/engine.hpp"

namespace whosaid::batch {
namespace {

Status NotOurs(const std::string& path, const std::string& where) {
  return Status(StatusCode::kInvalidArgument,
                "cannot resume: " + path + where +
                    ": not a whosaid batch output in this format");
}

void Keep(const v1::Envelope& record, ResumeState& state, Rollup* rollup) {
  const v1::Document& doc = record.has_report() ? record.report().document()
                                                : record.error().document();
  state.keys.insert(RecordKey(doc));
  CountRecord(record, state.summary);
  if (rollup) rollup->Add(record);
}

Result<ResumeState> ReadBackProto(const std::string& path, std::istream& in,
                                  Rollup* rollup) {
  ResumeState state;
  std::string buffer;
  uint64_t offset = 0;
  while (true) {
    const uint64_t start = offset;
    uint32_t size = 0;
    int shift = 0;
    int c = 0;
    bool complete = false;
    while ((c = in.get()) != EOF) {
      ++offset;
      size |= static_cast<uint32_t>(c & 0x7F) << shift;
      shift += 7;
      if ((c & 0x80) == 0) {
        complete = true;
        break;
      }
      if (shift > 28) return NotOurs(path, ": byte " + std::to_string(start));
    }
    if (!complete) {  // clean end (nothing read) or a torn size
      state.valid_bytes = start;
      return state;
    }
    buffer.resize(size);
    in.read(buffer.data(), size);
    if (static_cast<uint32_t>(in.gcount()) != size) {  // torn record
      state.valid_bytes = start;
      return state;
    }
    offset += size;
    v1::Envelope record;
    if (!record.ParseFromString(buffer)) {
      return NotOurs(path, ": byte " + std::to_string(start));
    }
    if (record.has_header()) {
      if (start != 0) return NotOurs(path, ": byte " + std::to_string(start));
      state.has_header = true;
    } else if (record.has_summary()) {
      state.valid_bytes = start;  // the rerun writes a fresh one
      return state;
    } else if (record.has_report() || record.has_error()) {
      if (!state.has_header) return NotOurs(path, "");
      Keep(record, state, rollup);
    }
    state.valid_bytes = offset;
  }
}

Result<ResumeState> ReadBackJson(const std::string& path, std::istream& in,
                                 Rollup* rollup) {
  ResumeState state;
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = true;
  std::string line;
  uint64_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (in.eof()) break;  // no "\n": torn by a kill; cut it off
    v1::Envelope record;
    if (!google::protobuf::util::JsonStringToMessage(line, &record, options)
             .ok() ||
        !(record.has_report() || record.has_error())) {
      return NotOurs(path, ":" + std::to_string(line_number));
    }
    Keep(record, state, rollup);
    state.valid_bytes += line.size() + 1;
  }
  return state;
}

}  // namespace

void CountRecord(const v1::Envelope& record, v1::Summary& summary) {
  summary.set_documents(summary.documents() + 1);
  if (record.has_report()) {
    summary.set_reports(summary.reports() + 1);
    // The profile's count: a serialized record in the batch engine no
    // longer holds the attributions themselves (see RunBatch's EmitFn).
    summary.set_attributions(summary.attributions() +
                             record.report().profile().attributions());
  } else {
    summary.set_errors(summary.errors() + 1);
  }
}

Result<ResumeState> ReadBack(const std::string& path, OutputFormat format,
                             Rollup* rollup) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status(StatusCode::kUnreadable,
                  "cannot resume: cannot read " + path);
  }
  try {
    return format == OutputFormat::kProto ? ReadBackProto(path, in, rollup)
                                          : ReadBackJson(path, in, rollup);
  } catch (const std::exception& e) {
    return Status(StatusCode::kInternal,
                  std::string("cannot resume: ") + e.what());
  }
}

BatchWriter::BatchWriter(std::ostream& out, OutputFormat format)
    : out_(out), format_(format) {
  if (format_ == OutputFormat::kProto) {
    delimited_ = std::make_unique<report::DelimitedWriter>(out_);
  }
}

BatchWriter::~BatchWriter() = default;

Status BatchWriter::WriteHeader(const v1::Header& header) {
  if (format_ != OutputFormat::kProto) return OkStatus();
  v1::Envelope record;
  *record.mutable_header() = header;
  return delimited_->Write(record);
}

std::string BatchWriter::Serialize(const v1::Envelope& record) const {
  if (format_ == OutputFormat::kProto) {
    return report::DelimitedWriter::Frame(record);
  }
  std::ostringstream line;
  if (!report::WriteJsonLine(record, line).ok()) return "";
  return std::move(line).str();
}

Status BatchWriter::Write(const v1::Envelope& record) {
  return WriteSerialized(record, Serialize(record));
}

Status BatchWriter::WriteSerialized(const v1::Envelope& record,
                                    const std::string& bytes) {
  if (bytes.empty()) {
    return Status(StatusCode::kInternal, "cannot serialize a record");
  }
  if (written_ == tear_after_) {
    if (format_ == OutputFormat::kProto) (void)delimited_->Flush();
    out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size() / 2));
    out_.flush();
    return Status(StatusCode::kInternal,
                  "stopped on purpose in the middle of record " +
                      std::to_string(written_ + 1));
  }
  CountRecord(record, summary_);
  ++written_;
  if (format_ == OutputFormat::kProto) {
    Status status = delimited_->WriteFramed(bytes);
    if (status.ok() && written_ % 64 == 0) status = delimited_->Flush();
    return status;
  }
  out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out_) return Status(StatusCode::kUnreadable, "cannot write output");
  return OkStatus();
}

Status BatchWriter::Finish() {
  if (format_ == OutputFormat::kProto) {
    v1::Envelope record;
    *record.mutable_summary() = summary_;
    Status status = delimited_->Write(record);
    if (!status.ok()) return status;
    return delimited_->Flush();
  }
  out_.flush();
  if (!out_) return Status(StatusCode::kUnreadable, "cannot write output");
  return OkStatus();
}

}  // namespace whosaid::batch
