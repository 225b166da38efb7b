// Proto3 JSON for messages of any size, written piece by piece.
//
// protobuf's MessageToJsonString builds the whole output, and with
// always_print_primitive_fields it first builds a tree of every field: for
// a 50 MB article with half a million spans that took 8 GiB. WriteJson
// prints small messages with MessageToJsonString and big ones field by
// field, each element of a repeated message field on its own, so memory
// stays near the size of the largest element. With the CLI's options
// (proto field names, primitive fields always, no whitespace) a small
// message is printed by WriteJson's own printer, several times faster than
// protobuf's, and by protobuf only where it holds what that printer leaves
// to protobuf (a map, a double that is not finite). The bytes are exactly
// those of MessageToJsonString with the same options
// (tests/unit/json_writer_test, and the pipeline fuzz check). With
// add_whitespace the message is printed in one piece.
//
// Thread-safety: reentrant.
#ifndef WHOSAID_REPORT_JSON_WRITER_HPP_
#define WHOSAID_REPORT_JSON_WRITER_HPP_

#include <google/protobuf/message.h>
#include <google/protobuf/util/json_util.h>

#include <ostream>

#include "status.hpp"

namespace whosaid::report {

// Writes `message` as JSON (no trailing newline). Messages whose binary size
// is at most `whole_below` bytes are printed in one piece.
Status WriteJson(const google::protobuf::Message& message,
                 const google::protobuf::util::JsonPrintOptions& options,
                 std::ostream& out, size_t whole_below = 1 << 20);

}  // namespace whosaid::report

#endif  // WHOSAID_REPORT_JSON_WRITER_HPP_
