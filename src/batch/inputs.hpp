// What `whosaid batch` reads: command-line paths expanded into an ordered
// list of input files, each with the format it will be read in.
//
// Directories are walked recursively in byte-wise sorted order of their
// paths, so the order (and the output) does not depend on the file system.
// Include/exclude globs (fnmatch, matched against the path relative to the
// directory given and against the file name) filter files found in
// directories; files named on the command line are always read. A path that
// cannot be read becomes an InputFile carrying the error, so it still yields
// one error record.
//
// Thread-safety: reentrant.
#ifndef WHOSAID_BATCH_INPUTS_HPP_
#define WHOSAID_BATCH_INPUTS_HPP_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "batch/record_error.hpp"
#include "whosaid/v1/report.pb.h"

namespace whosaid::batch {

struct InputFile {
  std::string path;  // "-" is standard input
  std::string name;  // for messages and Document.origin ("<stdin>" for -)
  v1::InputFormat format = v1::INPUT_FORMAT_TEXT;
  uint64_t size = 0;  // bytes, when known (0 for stdin)
  std::optional<RecordError> error;
};

struct InputOptions {
  // UNSPECIFIED: by file name (.jsonl → JSONL, .html/.htm → HTML, else
  // text; standard input is text).
  v1::InputFormat format = v1::INPUT_FORMAT_UNSPECIFIED;
  std::vector<std::string> include;  // empty: every file
  std::vector<std::string> exclude;
};

// The format a file of this name is read in when not forced.
v1::InputFormat FormatForName(std::string_view path);

std::vector<InputFile> ExpandInputs(const std::vector<std::string>& paths,
                                    const InputOptions& options);

}  // namespace whosaid::batch

#endif  // WHOSAID_BATCH_INPUTS_HPP_
