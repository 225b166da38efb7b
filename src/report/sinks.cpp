#include "report/sinks.hpp"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/text_format.h>
#include <google/protobuf/util/delimited_message_util.h>
#include <google/protobuf/util/json_util.h>

#include <cstdio>
#include <map>

#include "report/findings.hpp"
#include "report/json_writer.hpp"

namespace whosaid::report {
namespace {

// "SOURCE_TYPE_UNNAMED_OFFICIAL" -> "unnamed official"
std::string Label(const std::string& enum_name, const std::string& prefix) {
  std::string label = enum_name.substr(prefix.size());
  for (char& c : label) c = c == '_' ? ' ' : static_cast<char>(std::tolower(c));
  return label;
}

// Article text for a terminal: C0 and C1 controls (but tab) and the bidi
// controls that reorder a line become visible escapes (\x1b, \u202e), so
// an article cannot move the cursor, recolour the screen or disguise what a
// report says.
std::string Printable(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  char escape[16];
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const auto next = [&](size_t k) {
      return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
    };
    if ((c < 0x20 && c != '\t') || c == 0x7F) {
      std::snprintf(escape, sizeof escape, "\\x%02x", c);
      out += escape;
    } else if (c == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) {  // C1
      std::snprintf(escape, sizeof escape, "\\u%04x", next(1));
      out += escape;
      i += 1;
    } else if (c == 0xE2 && next(1) == 0x80 && next(2) >= 0xAA &&
               next(2) <= 0xAE) {  // U+202A..U+202E embeddings, overrides
      std::snprintf(escape, sizeof escape, "\\u%04x", 0x2000 + next(2) - 0x80);
      out += escape;
      i += 2;
    } else if (c == 0xE2 && next(1) == 0x81 && next(2) >= 0xA6 &&
               next(2) <= 0xA9) {  // U+2066..U+2069 isolates
      std::snprintf(escape, sizeof escape, "\\u%04x", 0x2040 + next(2) - 0x80);
      out += escape;
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string Quoted(const std::string& s) {
  return "\u201c" + Printable(s) + "\u201d";
}

std::string Location(const std::string& name, const v1::Span& span) {
  return name + ":" + std::to_string(span.line()) + ":" +
         std::to_string(span.column());
}

}  // namespace

void WriteText(const v1::Report& report, const std::string& name,
               std::ostream& out, const TextStyle& style) {
  auto sgr = [&](const char* code, const std::string& text) {
    return style.color ? "\x1b[" + std::string(code) + "m" + text + "\x1b[0m"
                       : text;
  };
  const v1::Profile& p = report.profile();
  out << name << ": " << p.attributions() << " attribution"
      << (p.attributions() == 1 ? "" : "s") << " in " << report.sentences_size()
      << " sentence" << (report.sentences_size() == 1 ? "" : "s") << "\n";
  uint32_t by_severity[v1::Severity_ARRAYSIZE] = {};
  for (const v1::Diagnostic& d : report.diagnostics()) {
    if (d.finding()) ++by_severity[d.severity()];
    const std::string where = d.has_location()
                                  ? Location(name, d.location())
                                  : (d.finding() ? name + ":1:1" : name);
    const char* color = d.severity() == v1::SEVERITY_ERROR     ? "1;31"
                        : d.severity() == v1::SEVERITY_WARNING ? "1;35"
                                                               : "1;36";
    out << sgr("1", where + ":") << " "
        << sgr(color, Label(v1::Severity_Name(d.severity()), "SEVERITY_") + ":")
        << " " << Printable(d.message()) << " [" << d.check() << "]\n";
  }
  for (const v1::Attribution& a : report.attributions()) {
    char confidence[16];
    std::snprintf(confidence, sizeof confidence, "%.2f", a.confidence());
    const std::string type = Label(v1::SourceType_Name(a.source_type()), "SOURCE_TYPE_");
    out << "\n"
        << sgr("1", Location(name, a.cue()) + ":") << " "
        << type;
    // (the affiliation unless the type says it already: "media", not
    // "media, media")
    if (a.affiliation() != v1::AFFILIATION_UNSPECIFIED) {
      const std::string affiliation =
          Label(v1::Affiliation_Name(a.affiliation()), "AFFILIATION_");
      if (affiliation != type) out << ", " << affiliation;
    }
    out << " (confidence " << confidence << ", rule " << a.rule() << ")\n";
    if (a.has_source()) out << "  source   " << Quoted(a.source().text()) << "\n";
    if (a.has_antecedent()) {
      out << "  refers   " << Quoted(a.antecedent().text()) << "\n";
    }
    out << "  cue      " << Quoted(a.cue().text()) << "  ("
        << Label(v1::Stance_Name(a.stance()), "STANCE_") << ")\n";
    for (const v1::Conduit& c : a.conduits()) {
      out << "  via      " << Quoted(c.span().text()) << " ("
          << Label(v1::SourceType_Name(c.source_type()), "SOURCE_TYPE_") << ")\n";
    }
    for (const v1::Span& c : a.contents()) {
      out << "  content  " << Quoted(c.text()) << "\n";
    }
    if (a.has_anonymity_reason()) {
      out << "  reason   " << Quoted(a.anonymity_reason().text()) << "\n";
    }
  }
  out << "\n" << sgr("1", "sourcing profile:") << "\n";
  std::string types;
  for (const v1::SourceTypeCount& c : p.by_source_type()) {
    types += (types.empty() ? "" : ", ") +
             Label(v1::SourceType_Name(c.source_type()), "SOURCE_TYPE_") + " " +
             std::to_string(c.count());
  }
  out << "  attributions     " << p.attributions()
      << (types.empty() ? "" : " (" + types + ")") << "\n";
  char share[16];
  std::snprintf(share, sizeof share, "%.0f%%", 100.0 * p.attributed_share());
  out << "  claims           " << p.attributed_claims() << " of " << p.claims()
      << " attributed (" << share << "); " << p.check_worthy_claims()
      << " check-worthy, " << p.unattributed_check_worthy_claims_size()
      << " of them with unsourced check-worthy words\n";
  out << "  named sources    " << p.distinct_named_sources() << " distinct; "
      << p.named_person_attributions() << " attribution"
      << (p.named_person_attributions() == 1 ? "" : "s")
      << " to a named person\n";
  out << "  sources          " << p.distinct_sources() << " distinct"
      << (p.single_source() ? " (single-source article)" : "") << "\n";
  out << "  anonymous        " << p.anonymous_sources() << " ("
      << p.anonymous_with_reason() << " with a reason, "
      << p.anonymous_without_reason() << " without)\n";
  out << "  via conduits     " << p.conduits() << "\n";
  if (p.boilerplate_sentences() > 0) {
    out << "  boilerplate      " << p.boilerplate_sentences() << " sentence"
        << (p.boilerplate_sentences() == 1 ? "" : "s") << " left out\n";
  }
  if (p.unattributed_check_worthy_claims_size() > 0) {
    out << "  check-worthy claims nobody is cited for:\n";
    for (uint32_t index : p.unattributed_check_worthy_claims()) {
      if (index >= static_cast<uint32_t>(report.claims_size())) continue;
      const v1::Claim& claim = report.claims(static_cast<int>(index));
      std::string words;
      for (const v1::Trigger& t : claim.triggers()) {
        if (!IsUnsourcedCheckWorthy(t)) continue;
        words += (words.empty() ? "" : ", ") + Quoted(t.span().text());
      }
      out << "    " << Location(name, claim.span()) << "  " << words << "\n";
    }
  }
  out << "  findings         " << by_severity[v1::SEVERITY_ERROR] << " error"
      << (by_severity[v1::SEVERITY_ERROR] == 1 ? "" : "s") << ", "
      << by_severity[v1::SEVERITY_WARNING] << " warning"
      << (by_severity[v1::SEVERITY_WARNING] == 1 ? "" : "s") << ", "
      << by_severity[v1::SEVERITY_NOTE] << " note"
      << (by_severity[v1::SEVERITY_NOTE] == 1 ? "" : "s") << "\n";
}

Status WriteJsonLine(const google::protobuf::Message& message, std::ostream& out) {
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  options.always_print_primitive_fields = true;
  options.add_whitespace = false;
  Status status = WriteJson(message, options, out);
  if (!status.ok()) return status;
  out << '\n';
  return OkStatus();
}

Status WriteTextproto(const google::protobuf::Message& message, std::ostream& out) {
  std::string text;
  if (!google::protobuf::TextFormat::PrintToString(message, &text)) {
    return Status(StatusCode::kInternal, "cannot write text format");
  }
  out << text;
  return OkStatus();
}

DelimitedWriter::DelimitedWriter(std::ostream& out)
    : out_(out),
      raw_(std::make_unique<google::protobuf::io::OstreamOutputStream>(&out)),
      coded_(std::make_unique<google::protobuf::io::CodedOutputStream>(raw_.get())) {
  // Map fields (Header.options) in key order: the same run, the same bytes.
  coded_->SetSerializationDeterministic(true);
}

DelimitedWriter::~DelimitedWriter() {
  coded_.reset();  // flushes into raw_
  raw_.reset();
}

Status DelimitedWriter::Write(const v1::Envelope& envelope) {
  // Not util::SerializeDelimitedToCodedStream: for records that fit its
  // buffer it serializes without the stream's deterministic flag.
  coded_->WriteVarint32(static_cast<uint32_t>(envelope.ByteSizeLong()));
  envelope.SerializeWithCachedSizes(coded_.get());
  if (coded_->HadError()) {
    return Status(StatusCode::kUnreadable, "cannot write the proto stream");
  }
  return OkStatus();
}

Status DelimitedWriter::WriteFramed(std::string_view framed) {
  coded_->WriteRaw(framed.data(), static_cast<int>(framed.size()));
  if (coded_->HadError()) {
    return Status(StatusCode::kUnreadable, "cannot write the proto stream");
  }
  return OkStatus();
}

std::string DelimitedWriter::Frame(const v1::Envelope& envelope) {
  // Sized once, written in place: a string grown while writing doubles its
  // capacity (a 17 MB report held 48 MB at the peak) and touches fresh
  // pages at every step.
  const size_t body = envelope.ByteSizeLong();
  const size_t header = google::protobuf::io::CodedOutputStream::VarintSize32(
      static_cast<uint32_t>(body));
  std::string framed(header + body, '\0');
  google::protobuf::io::ArrayOutputStream raw(framed.data(), static_cast<int>(framed.size()));
  google::protobuf::io::CodedOutputStream coded(&raw);
  coded.SetSerializationDeterministic(true);
  coded.WriteVarint32(static_cast<uint32_t>(body));
  envelope.SerializeWithCachedSizes(&coded);
  coded.Trim();
  if (coded.HadError() || static_cast<size_t>(coded.ByteCount()) != framed.size()) return "";
  return framed;
}

Status DelimitedWriter::Flush() {
  coded_.reset();  // hands unused buffer back to raw_
  raw_.reset();    // writes what raw_ buffered into out_
  out_.flush();
  raw_ = std::make_unique<google::protobuf::io::OstreamOutputStream>(&out_);
  coded_ = std::make_unique<google::protobuf::io::CodedOutputStream>(raw_.get());
  coded_->SetSerializationDeterministic(true);
  if (!out_) return Status(StatusCode::kUnreadable, "cannot write the proto stream");
  return OkStatus();
}

}  // namespace whosaid::report
