#include "batch/engine.hpp"

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "batch/document.hpp"
#include "batch/line_reader.hpp"
#include "report/arena.hpp"

namespace whosaid::batch {
namespace {

// One document on its way through the pipeline.
struct Work {
  uint64_t seq = 0;
  uint64_t held_bytes = 0;  // bytes.size() when pushed (the pipeline's budget)
  v1::Document document;  // id, origin, line, input_format, source size
  std::string bytes;      // the file, or the JSON line
  std::optional<RecordError> error;
};

std::string TooLarge(uint64_t size, uint64_t limit) {
  return "document is " + std::to_string(size) + " bytes, over the limit of " +
         std::to_string(limit);
}

std::optional<RecordError> ReadWhole(const InputFile& input, uint64_t limit,
                                     std::string& out) {
  if (input.path != "-" && input.size > limit) {
    return RecordError{"too-large", TooLarge(input.size, limit), 0};
  }
  std::FILE* file =
      input.path == "-" ? stdin : std::fopen(input.path.c_str(), "rb");
  if (file == nullptr) {
    return RecordError{"not-found",
                       "cannot read: " + std::string(std::strerror(errno)), 0};
  }
  char buffer[1 << 16];
  uint64_t total = 0;
  bool too_large = false;
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
    total += n;
    if (total > limit) {
      too_large = true;  // keep reading standard input to its end
      out.clear();
      if (input.path != "-") break;
      continue;
    }
    out.append(buffer, n);
  }
  const bool failed = std::ferror(file);
  const int saved_errno = errno;
  if (file != stdin) std::fclose(file);
  if (too_large) return RecordError{"too-large", TooLarge(total, limit), 0};
  if (failed) {
    return RecordError{
        "unreadable", "cannot read: " + std::string(std::strerror(saved_errno)),
        0};
  }
  return std::nullopt;
}

// Frees, on the worker, what a serialized record no longer needs in memory:
// the report's per-span messages are most of its size, and destroying them
// on the single writer thread held batch --jobs 2 back. What emit reads
// stays: the document (but its text), the profile and the diagnostics (but
// their messages and locations: copying those out and freeing them on the
// writer was half of the writer's instructions).
void DropSerializedBulk(v1::Envelope& envelope) {
  if (!envelope.has_report()) return;
  v1::Report& report = *envelope.mutable_report();
  report.clear_attributions();
  report.clear_claims();
  report.clear_sentences();
  report.clear_boilerplate();
  report.mutable_document()->clear_text();
  for (v1::Diagnostic& diagnostic : *report.mutable_diagnostics()) {
    diagnostic.clear_message();
    diagnostic.clear_location();
  }
}

// One document's result, waiting for its turn to be written.
struct Finished {
  v1::Envelope envelope;
  std::string serialized;
  uint64_t source_bytes = 0;
  uint64_t held_bytes = 0;  // the Work's, returned to the budget when written
};

// The bounded pipeline's shared state. Documents in flight (read, not yet
// written) are bounded two ways: `min_docs` are always allowed, whatever
// their size (so memory stays a few times the largest document), and up
// to `max_docs` while their input bytes stay within `byte_budget` (so that
// a stream of small documents does not make every thread wait on every
// other one: with 6 in flight, futex waits cost more than the analysis).
// For the same reason the reader and the writer are woken in strides, not
// per document: a blocked reader once the pipeline is down to half full
// (or below `min_docs`), the writer once half of what is in flight is
// finished (or the input has ended). A woken side then runs without
// waiting while it can. (One wake per document each cost 4 futex calls
// per document, a third of batch --jobs 1's time in system calls.)
// Neither can wait for ever: while the reader is blocked nothing enters,
// so the workers finish everything in flight, which wakes the writer,
// whose writing empties the pipeline, which wakes the reader.
class Pipeline {
 public:
  Pipeline(size_t min_docs, size_t max_docs, uint64_t byte_budget)
      : min_docs_(min_docs), max_docs_(max_docs), byte_budget_(byte_budget) {}

  // Reader side: blocks while the pipeline is full. False when cancelled.
  bool Push(Work work) {
    std::unique_lock lock(mu_);
    work.held_bytes = work.bytes.size();
    space_cv_.wait(lock, [&] {
      return in_flight_ < min_docs_ ||
             (in_flight_ < max_docs_ &&
              held_bytes_ + work.held_bytes <= byte_budget_) ||
             cancelled_;
    });
    if (cancelled_) return false;
    work.seq = pushed_++;
    ++in_flight_;
    held_bytes_ += work.held_bytes;
    queue_.push_back(std::move(work));
    work_cv_.notify_one();
    return true;
  }
  void CloseInput(Status status) {
    std::lock_guard lock(mu_);
    reader_done_ = true;
    reader_status_ = std::move(status);
    work_cv_.notify_all();
    done_cv_.notify_all();
  }

  // Worker side: false when there is no more work. Frees the records the
  // writer has handed back since the last call (after the lock is released).
  bool Pop(Work& work) {
    std::vector<Finished> written;
    std::unique_lock lock(mu_);
    work_cv_.wait(
        lock, [&] { return !queue_.empty() || reader_done_ || cancelled_; });
    written.swap(written_);
    if (queue_.empty() || cancelled_) return false;
    work = std::move(queue_.front());
    queue_.pop_front();
    return true;
  }
  void Done(uint64_t seq, Finished finished) {
    std::lock_guard lock(mu_);
    done_.emplace(seq, std::move(finished));
    if (done_.count(next_) > 0 && (2 * done_.size() >= in_flight_ || reader_done_)) {
      done_cv_.notify_one();
    }
  }

  // Writer side: the next record in order; false at the end.
  bool Next(Finished& finished) {
    std::unique_lock lock(mu_);
    done_cv_.wait(lock, [&] {
      return done_.count(next_) > 0 || (reader_done_ && next_ == pushed_) ||
             cancelled_;
    });
    auto it = done_.find(next_);
    if (it == done_.end()) return false;
    finished = std::move(it->second);
    done_.erase(it);
    ++next_;
    --in_flight_;
    held_bytes_ -= finished.held_bytes;
    if (in_flight_ < min_docs_ ||
        (2 * in_flight_ <= max_docs_ && 2 * held_bytes_ <= byte_budget_)) {
      space_cv_.notify_one();
    }
    return true;
  }
  // Writer side: hands back a record that was written, for a worker to
  // free: freeing its strings and messages was half of the writer's
  // instructions, and the writer is the serial part of the batch.
  void Recycle(Finished finished) {
    std::lock_guard lock(mu_);
    written_.push_back(std::move(finished));
  }
  void Cancel() {
    std::lock_guard lock(mu_);
    cancelled_ = true;
    space_cv_.notify_all();
    work_cv_.notify_all();
    done_cv_.notify_all();
  }
  Status reader_status() {
    std::lock_guard lock(mu_);
    return reader_status_;
  }

 private:
  const size_t min_docs_, max_docs_;
  const uint64_t byte_budget_;
  std::mutex mu_;
  std::condition_variable space_cv_, work_cv_, done_cv_;
  std::deque<Work> queue_;
  std::map<uint64_t, Finished> done_;
  std::vector<Finished> written_;
  uint64_t pushed_ = 0, next_ = 0, in_flight_ = 0, held_bytes_ = 0;
  bool reader_done_ = false, cancelled_ = false;
  Status reader_status_;
};

v1::Document BaseDocument(const InputFile& input, uint32_t line) {
  v1::Document doc;
  doc.set_origin(input.name);
  if (input.format != v1::INPUT_FORMAT_JSONL) doc.set_id(input.name);
  doc.set_input_format(input.format);
  doc.set_line(line);
  return doc;
}

bool Skipped(const BatchOptions& options, const v1::Document& doc) {
  return options.skip != nullptr && !options.skip->empty() &&
         options.skip->count(RecordKey(doc)) > 0;
}

// Reads every document of `input` into the pipeline. False when cancelled.
bool ReadInput(const InputFile& input, const BatchOptions& options,
               Pipeline& pipeline) {
  if (input.format != v1::INPUT_FORMAT_JSONL || input.error) {
    Work work;
    work.document = BaseDocument(input, 0);
    if (Skipped(options, work.document)) return true;
    if (input.error) {
      work.error = input.error;
    } else {
      work.error = ReadWhole(input, options.max_document_bytes, work.bytes);
    }
    work.document.set_source_size_bytes(
        static_cast<uint32_t>(std::min<uint64_t>(
            work.error ? input.size : work.bytes.size(), 0xFFFFFFFFu)));
    return pipeline.Push(std::move(work));
  }
  std::FILE* file =
      input.path == "-" ? stdin : std::fopen(input.path.c_str(), "rb");
  if (file == nullptr) {
    Work work;
    work.document = BaseDocument(input, 0);
    if (Skipped(options, work.document)) return true;
    work.error = RecordError{
        "not-found", "cannot read: " + std::string(std::strerror(errno)), 0};
    return pipeline.Push(std::move(work));
  }
  LineReader reader(file);
  uint32_t line_number = 0;
  std::string line;
  uint64_t line_bytes = 0;
  bool ok = true;
  while (ok && reader.Next(line, options.max_document_bytes, line_bytes)) {
    ++line_number;
    if (line_bytes <= options.max_document_bytes && IsBlankLine(line)) continue;
    Work work;
    work.document = BaseDocument(input, line_number);
    if (Skipped(options, work.document)) continue;
    work.document.set_source_size_bytes(
        static_cast<uint32_t>(std::min<uint64_t>(line_bytes, 0xFFFFFFFFu)));
    if (line_bytes > options.max_document_bytes) {
      work.error = RecordError{
          "too-large", TooLarge(line_bytes, options.max_document_bytes), 0};
    } else {
      work.bytes = std::move(line);
      line.clear();
    }
    ok = pipeline.Push(std::move(work));
  }
  if (ok && reader.failed()) {
    Work work;
    work.document = BaseDocument(input, line_number + 1);
    work.error = RecordError{
        "unreadable", "cannot read: " + std::string(std::strerror(errno)), 0};
    ok = pipeline.Push(std::move(work));
  }
  if (file != stdin) std::fclose(file);
  return ok;
}

}  // namespace

std::string RecordKey(const v1::Document& document) {
  return document.origin() + "\t" + std::to_string(document.line());
}

Status RunBatch(const Analyzer& analyzer, const std::vector<InputFile>& inputs,
                const BatchOptions& options, const EmitFn& emit) {
  const unsigned jobs = std::max(1u, options.jobs);
  // 1 MiB of small documents in flight (about 200 news articles) costs a
  // few tens of MB of reports at most; large documents fall back to
  // 2 * jobs + 2 in flight.
  Pipeline pipeline(2 * jobs + 2, 64 * jobs, 1u << 20);
  std::vector<std::thread> threads;
  try {
    threads.emplace_back([&] {
      try {
        for (const InputFile& input : inputs) {
          if (!ReadInput(input, options, pipeline)) break;
        }
        pipeline.CloseInput(OkStatus());
      } catch (const std::exception& e) {
        pipeline.CloseInput(
            Status(StatusCode::kInternal, std::string("reader: ") + e.what()));
      }
    });
    for (unsigned i = 0; i < jobs; ++i) {
      threads.emplace_back([&] {
        // When records are serialised here, each report is built on this
        // worker's arena and only what the writer reads is copied out.
        std::optional<report::ReportArena> arena;
        if (options.serialize) arena.emplace();
        JsonRecordReader json;
        Work work;
        while (pipeline.Pop(work)) {
          Finished finished;
          finished.source_bytes = work.document.source_size_bytes();
          finished.held_bytes = work.held_bytes;
          v1::Envelope* envelope =
              arena ? arena->NewEnvelope() : &finished.envelope;
          try {
            // A copy of the (small) document: the catch below still needs it.
            AnalyzeDocumentInto(analyzer, options.fields, work.document,
                                std::move(work.bytes), work.error, json, envelope);
          } catch (const std::exception& e) {  // bad_alloc and the like
            *envelope = ErrorEnvelope(
                work.document,
                {"internal", std::string("analysis failed: ") + e.what(), 0});
          }
          if (options.finish && envelope->has_report()) {
            options.finish(*envelope->mutable_report());
          }
          if (options.serialize) {
            finished.serialized = options.serialize(*envelope);
            if (!finished.serialized.empty()) DropSerializedBulk(*envelope);
          }
          if (envelope != &finished.envelope) finished.envelope = *envelope;
          pipeline.Done(work.seq, std::move(finished));
        }
      });
    }
  } catch (const std::exception& e) {  // could not start a thread
    pipeline.Cancel();
    for (std::thread& t : threads) t.join();
    return Status(StatusCode::kInternal,
                  std::string("cannot start threads: ") + e.what());
  }
  Status status;
  Finished finished;
  while (pipeline.Next(finished)) {
    try {
      status =
          emit(finished.envelope, finished.serialized, finished.source_bytes);
    } catch (const std::exception& e) {  // the caller's code: stop cleanly
      status =
          Status(StatusCode::kInternal, std::string("writing: ") + e.what());
    }
    if (!status.ok()) {
      pipeline.Cancel();
      break;
    }
    pipeline.Recycle(std::move(finished));
  }
  for (std::thread& t : threads) t.join();
  if (status.ok()) status = pipeline.reader_status();
  return status;
}

}  // namespace whosaid::batch
