#include "batch/rollup.hpp"

#include <cstdio>

namespace whosaid::batch {
namespace {

// RFC 4180 quoting when needed.
std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

void Rollup::AddTo(Row& row, const v1::Envelope& record) {
  ++row.documents;
  if (!record.has_report()) {
    ++row.errors;
    return;
  }
  const v1::Report& report = record.report();
  ++row.reports;
  const v1::Profile& p = report.profile();
  row.attributions += p.attributions();
  for (const v1::SourceTypeCount& c : p.by_source_type()) {
    if (c.source_type() >= 0 &&
        c.source_type() < static_cast<int>(row.by_type.size())) {
      row.by_type[static_cast<size_t>(c.source_type())] += c.count();
    }
  }
  row.claims += p.claims();
  row.attributed_claims += p.attributed_claims();
  row.anonymous += p.anonymous_sources();
  row.anonymous_without_reason += p.anonymous_without_reason();
  for (const v1::Diagnostic& d : report.diagnostics()) {
    row.findings += d.finding() ? 1 : 0;
  }
}

void Rollup::Add(const v1::Envelope& record) {
  const v1::Document& doc = record.has_report() ? record.report().document()
                                                : record.error().document();
  AddTo(publishers_[doc.publisher()], record);
  AddTo(all_, record);
}

void Rollup::WriteRow(std::ostream& out, const std::string& name,
                      const Row& row) {
  out << CsvField(name) << ',' << row.documents << ',' << row.reports << ','
      << row.errors << ',' << row.attributions;
  for (size_t t = 1; t < row.by_type.size(); ++t) out << ',' << row.by_type[t];
  char share[32];
  std::snprintf(share, sizeof share, "%.4f",
                row.claims == 0 ? 0.0
                                : static_cast<double>(row.attributed_claims) /
                                      static_cast<double>(row.claims));
  out << ',' << row.claims << ',' << row.attributed_claims << ',' << share
      << ',' << row.anonymous << ',' << row.anonymous_without_reason << ','
      << row.findings << '\n';
}

void Rollup::WriteCsv(std::ostream& out) const {
  out << "publisher,documents,reports,errors,attributions";
  for (int t = 1; t < 10; ++t) {
    std::string name = v1::SourceType_Name(static_cast<v1::SourceType>(t));
    name = name.substr(std::string("SOURCE_TYPE_").size());
    for (char& c : name) c = static_cast<char>(std::tolower(c));
    out << ',' << name;
  }
  out << ",claims,attributed_claims,share_attributed,anonymous_sources,"
         "anonymous_without_reason,findings\n";
  for (const auto& [name, row] : publishers_) WriteRow(out, name, row);
  WriteRow(out, "(all)", all_);
}

}  // namespace whosaid::batch
