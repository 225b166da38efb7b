#include "batch/inputs.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace whosaid::batch {
namespace {

namespace fs = std::filesystem;

bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(
            s[s.size() - suffix.size() + i])) != suffix[i]) {
      return false;
    }
  }
  return true;
}

bool Matches(const std::vector<std::string>& globs, const std::string& relative,
             const std::string& file_name) {
  for (const std::string& g : globs) {
    if (fnmatch(g.c_str(), relative.c_str(), 0) == 0 ||
        fnmatch(g.c_str(), file_name.c_str(), 0) == 0) {
      return true;
    }
  }
  return false;
}

InputFile Failed(const std::string& path, std::string code,
                 std::string message) {
  InputFile f;
  f.path = f.name = path;
  f.format = FormatForName(path);
  f.error = RecordError{std::move(code), std::move(message), 0};
  return f;
}

}  // namespace

v1::InputFormat FormatForName(std::string_view path) {
  if (EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson")) {
    return v1::INPUT_FORMAT_JSONL;
  }
  if (EndsWith(path, ".html") || EndsWith(path, ".htm"))
    return v1::INPUT_FORMAT_HTML;
  return v1::INPUT_FORMAT_TEXT;
}

std::vector<InputFile> ExpandInputs(const std::vector<std::string>& paths,
                                    const InputOptions& options) {
  std::vector<InputFile> out;
  auto add = [&](const std::string& path, uint64_t size) {
    InputFile f;
    f.path = path;
    f.name = path == "-" ? "<stdin>" : path;
    f.size = size;
    f.format = options.format != v1::INPUT_FORMAT_UNSPECIFIED ? options.format
               : path == "-" ? v1::INPUT_FORMAT_TEXT
                             : FormatForName(path);
    out.push_back(std::move(f));
  };
  for (const std::string& path : paths) {
    if (path == "-") {
      add(path, 0);
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      out.push_back(Failed(
          path, "not-found",
          "cannot read: " +
              (ec ? ec.message() : std::string("No such file or directory"))));
      continue;
    }
    if (!fs::is_directory(status)) {
      const uintmax_t size = fs::file_size(path, ec);
      add(path, ec ? 0 : size);
      continue;
    }
    std::vector<std::pair<std::string, uint64_t>> found;
    fs::recursive_directory_iterator it(path, ec), end;
    if (ec) {
      out.push_back(
          Failed(path, "unreadable", "cannot read directory: " + ec.message()));
      continue;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) break;
      std::error_code file_ec;
      if (!it->is_regular_file(file_ec)) continue;
      const std::string file = it->path().string();
      const std::string relative = it->path().lexically_relative(path).string();
      const std::string file_name = it->path().filename().string();
      if (!options.include.empty() &&
          !Matches(options.include, relative, file_name)) {
        continue;
      }
      if (Matches(options.exclude, relative, file_name)) continue;
      const uintmax_t size = it->file_size(file_ec);
      found.emplace_back(file, file_ec ? 0 : size);
    }
    std::sort(found.begin(), found.end());
    for (auto& [file, size] : found) add(file, size);
    if (ec) {
      out.push_back(
          Failed(path, "unreadable", "cannot read directory: " + ec.message()));
    }
  }
  return out;
}

}  // namespace whosaid::batch
