// Rollup: per-publisher and overall sourcing totals of a batch, as CSV.
//
// Columns: publisher, documents, reports, errors, attributions, one count
// per source type (named_person … unknown), claims, attributed_claims,
// share_attributed (attributed_claims / claims over the group, 4 decimals),
// anonymous_sources, anonymous_without_reason (no reason for anonymity
// given), findings (editorial findings: diagnostics with `finding` set). Rows
// are sorted by publisher ("" = no publisher known), then the overall row
// "(all)". Deterministic for a given output.
//
// Thread-safety: one thread.
#ifndef WHOSAID_BATCH_ROLLUP_HPP_
#define WHOSAID_BATCH_ROLLUP_HPP_

#include <array>
#include <cstdint>
#include <map>
#include <ostream>
#include <string>

#include "whosaid/v1/report.pb.h"

namespace whosaid::batch {

class Rollup {
 public:
  void Add(const v1::Envelope& record);
  void WriteCsv(std::ostream& out) const;

 private:
  struct Row {
    uint64_t documents = 0, reports = 0, errors = 0, attributions = 0;
    std::array<uint64_t, 10> by_type{};  // indexed by SourceType value
    uint64_t claims = 0, attributed_claims = 0, anonymous = 0;
    uint64_t anonymous_without_reason = 0, findings = 0;
  };
  static void AddTo(Row& row, const v1::Envelope& record);
  static void WriteRow(std::ostream& out, const std::string& name,
                       const Row& row);
  std::map<std::string, Row> publishers_;
  Row all_;
};

}  // namespace whosaid::batch

#endif  // WHOSAID_BATCH_ROLLUP_HPP_
