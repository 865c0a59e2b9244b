#include <atomic>
#include <map>
#include <string>
#include <thread>

#include "options.h"
#include "process_stats.h"

namespace loadgen {

namespace {

// The server's highest thread count while the storm lasts, sampled from /proc.
class ThreadPeakSampler {
 public:
  explicit ThreadPeakSampler(int pid) : pid_(pid) {
    if (pid_ > 0) thread_ = std::thread([this] { sample(); });
  }
  ~ThreadPeakSampler() { stop(); }
  long stop() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
    return peak_;
  }

 private:
  void sample() {
    while (!stop_) {
      peak_ = std::max(peak_.load(), readProcessStats(pid_).threads);
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
  const int pid_;
  std::atomic<bool> stop_{false};
  std::atomic<long> peak_{0};
  std::thread thread_;
};

}  // namespace

int runStorm(const Options& o) {
  const long threadsBefore = o.pid > 0 ? readProcessStats(o.pid).threads : 0;
  ThreadPeakSampler sampler(o.pid);
  EventLoop loop(o.client);
  const auto start = Clock::now();
  loop.openConnections(o.connections, o.host, o.port, o.path, [](ClientConnection&, std::string_view) {},
                       after(o.seconds), o.connections);
  const double elapsed = static_cast<double>(microsSince(start)) / 1e6;
  const long threadsPeak = sampler.stop();
  const long threadsAfter = o.pid > 0 ? readProcessStats(o.pid).threads : 0;

  int upgraded = 0, unanswered = 0, pending = 0;
  std::map<int, int> refused;  // by HTTP status
  for (const auto& c : loop.connections()) {
    if (c->state() == ClientConnection::State::Open) ++upgraded;
    else if (c->state() != ClientConnection::State::Closed) ++pending;
    else if (c->status() == 0) ++unanswered;  // reset or closed before any answer
    else ++refused[c->status()];
  }
  std::string statuses;
  for (const auto& [status, count] : refused)
    statuses += (statuses.empty() ? "" : ", ") + ("\"" + std::to_string(status) + "\": " + std::to_string(count));
  std::printf(
      "{\"mode\": \"storm\", \"connections\": %d, \"started\": %zu, \"upgraded\": %d, \"refused\": {%s}, "
      "\"unanswered\": %d, \"pending\": %d, \"seconds\": %.2f, \"threads_before\": %ld, \"threads_peak\": %ld, "
      "\"threads_after\": %ld}\n",
      o.connections, loop.connections().size(), upgraded, statuses.c_str(), unanswered, pending, elapsed,
      threadsBefore, threadsPeak, threadsAfter);
  return 0;
}

}  // namespace loadgen
