#include "report/arena.hpp"

namespace whosaid::report {
namespace {

google::protobuf::ArenaOptions Options(char* initial_block) {
  google::protobuf::ArenaOptions options;
  options.initial_block = initial_block;
  options.initial_block_size = ReportArena::kInitialBlockBytes;
  // Blocks past the first: a large document's report grows in big steps
  // rather than the default 8 KiB ones.
  options.start_block_size = 64 << 10;
  options.max_block_size = 1 << 20;
  return options;
}

}  // namespace

ReportArena::ReportArena()
    : initial_block_(new char[kInitialBlockBytes]),
      arena_(Options(initial_block_.get())) {}

v1::Envelope* ReportArena::NewEnvelope() {
  arena_.Reset();
  return google::protobuf::Arena::CreateMessage<v1::Envelope>(&arena_);
}

v1::Report* ReportArena::NewReport() {
  arena_.Reset();
  return google::protobuf::Arena::CreateMessage<v1::Report>(&arena_);
}

}  // namespace whosaid::report
