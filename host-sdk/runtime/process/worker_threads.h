// The threads workers run on. A thread whose worker ended waits for the next worker instead of ending, so a
// process has as many worker threads as it ever had workers at once: starting a thread with a worker's stack
// (and, under the sanitizers, mapping its shadow) costs more than a short worker's whole life, and workers come
// and go with KILL WORKER, with each Runtime of a process (the evaluator fuzzer runs one per input). The waiting
// threads end when the process exits.
#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace fourd {

class WorkerThread {
 public:
  // Runs `body` on a waiting thread, or on a new one.
  static std::unique_ptr<WorkerThread> start(std::function<void()> body);
  // Returns once `body` has returned (its thread may already be running the next worker).
  void join();

 private:
  friend class WorkerThreads;
  std::mutex mutex_;
  std::condition_variable finished_;
  bool done_ = false;
};

}  // namespace fourd
