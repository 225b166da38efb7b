# Writes OUTPUT, a C++ file that embeds every TSV in LEXICON_DIR as a raw
# string literal, returned by whosaid::grammar::EmbeddedLexiconFiles().
file(GLOB tsv_files RELATIVE ${LEXICON_DIR} ${LEXICON_DIR}/*.tsv)
list(SORT tsv_files)
set(body "")
foreach(name IN LISTS tsv_files)
  file(READ ${LEXICON_DIR}/${name} content)
  string(FIND "${content}" ")tsv\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${name} contains the raw-string terminator )tsv\"")
  endif()
  string(APPEND body "      {\"${name}\", R\"tsv(${content})tsv\"},\n")
endforeach()
file(WRITE ${OUTPUT}.tmp
"// Generated from grammar/lexicon/*.tsv by embed_lexicons.cmake. Do not edit.
#include <string>
#include <utility>
#include <vector>

namespace whosaid::grammar {

const std::vector<std::pair<std::string, std::string>>& EmbeddedLexiconFiles() {
  static const std::vector<std::pair<std::string, std::string>> files = {
${body}  };
  return files;
}

}  // namespace whosaid::grammar
")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
