#include "flood_run.h"

#include <cstdio>
#include <string_view>

#include "event_loop.h"
#include "latency_recorder.h"
#include "process_stats.h"

namespace loadgen {

namespace {

// The flooding client keeps at most this much queued in its own buffer: the kernel's buffers and the server's
// reading decide the pace, not the load generator's memory.
constexpr size_t kQueuedHighWater = 256 * 1024;
constexpr auto kEchoEvery = std::chrono::milliseconds(10);
constexpr int kWarmUpMessages = 20;

Clock::time_point after(double seconds) {
  return Clock::now() + std::chrono::microseconds(static_cast<int64_t>(seconds * 1e6));
}

int64_t microsSince(Clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - t).count();
}

int fail(const char* what) {
  std::printf("{\"error\": \"%s\"}\n", what);
  return 1;
}

class Flood {
 public:
  explicit Flood(const FloodOptions& o) : o_(o), message_(o.size, 'x') {}

  int run() {
    auto onReport = [this](ClientConnection&, std::string_view data) { report_.assign(data); };
    auto onEcho = [this](ClientConnection&, std::string_view) {
      if (measuring_) echoes_.add(microsSince(echoSentAt_));
      echoWaiting_ = false;
    };
    if (loop_.openConnections(1, o_.host, o_.port, o_.path, onReport, after(30)) != 1) return fail("connect");
    if (loop_.openConnections(1, o_.host, o_.port, o_.path + "?role=echo", onEcho, after(30)) != 1)
      return fail("connect");
    // Warm-up: the server's threads, allocator and caches, before its memory is measured.
    if (!flood(kWarmUpMessages)) return fail("no report after the warm-up");
    bool peakReset = o_.pid > 0 && resetPeakRss(o_.pid);
    ProcessStats before = o_.pid > 0 ? readProcessStats(o_.pid) : ProcessStats{};
    measuring_ = true;
    auto start = Clock::now();
    if (!flood(o_.messages)) return fail("no report: messages lost or the server too slow");
    double seconds = static_cast<double>(microsSince(start)) / 1e6;
    ProcessStats peak = o_.pid > 0 ? readProcessStats(o_.pid) : ProcessStats{};
    long handled = 0, outOfOrder = 0;
    std::sscanf(report_.c_str(), "handled %ld outOfOrder %ld", &handled, &outOfOrder);
    auto p = [&](double q) { return static_cast<long long>(echoes_.percentile(q)); };
    std::printf(
        "{\"mode\": \"flood\", \"messages\": %d, \"size\": %zu, \"handled\": %ld, \"out_of_order\": %ld, "
        "\"seconds\": %.2f, \"rss_before_kib\": %ld, \"rss_peak_kib\": %ld, \"rss_peak_increase_mib\": %.1f, "
        "\"peak_reset\": %s, \"echoes\": %zu, \"echo_p50_us\": %lld, \"echo_p99_us\": %lld, \"echo_max_us\": %lld}\n",
        o_.messages, o_.size, handled - kWarmUpMessages, outOfOrder, seconds, before.rssKiB, peak.peakRssKiB,
        static_cast<double>(peak.peakRssKiB - before.rssKiB) / 1024.0, peakReset ? "true" : "false",
        echoes_.count(), p(50), p(99), p(100));
    return 0;
  }

 private:
  // Sends `count` more numbered messages, then "report", pinging on the echo client meanwhile; true once the
  // server's handler answered the report.
  bool flood(int count) {
    ClientConnection& flooder = *loop_.connections()[0];
    ClientConnection& echo = *loop_.connections()[1];
    const int end = next_ + count;
    bool reportSent = false;
    report_.clear();
    auto nextEcho = Clock::now();
    loop_.run(after(o_.timeout), [&] {
      while (next_ < end && flooder.unsent() < kQueuedHighWater) {
        char digits[16];
        std::snprintf(digits, sizeof digits, "%08d", next_++);
        message_.replace(0, 8, digits, 8);
        flooder.sendText(message_);
      }
      if (next_ == end && !reportSent) {
        flooder.sendText("report");
        reportSent = true;
      }
      if (!echoWaiting_ && Clock::now() >= nextEcho) {
        echoSentAt_ = Clock::now();
        nextEcho = echoSentAt_ + kEchoEvery;
        echoWaiting_ = true;
        echo.sendText("ping");
      }
      return !report_.empty();
    });
    return !report_.empty();
  }

  const FloodOptions& o_;
  EventLoop loop_;
  std::string message_;
  int next_ = 0;
  std::string report_;
  bool measuring_ = false;
  bool echoWaiting_ = false;
  Clock::time_point echoSentAt_;
  LatencyRecorder echoes_;
};

}  // namespace

int runFlood(const FloodOptions& options) { return Flood(options).run(); }

}  // namespace loadgen
