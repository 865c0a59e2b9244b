// The load generator's command line, and what every mode's code shares: deadlines and the JSON failure line.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "event_loop.h"

namespace loadgen {

struct Options {
  std::string mode = "echo";
  std::string host = "127.0.0.1";
  int port = 0;
  std::string path = "/";
  int connections = 100;
  int inFlight = 1;
  size_t size = 32;
  double seconds = 5;
  double warmup = 1;
  int rounds = 50;
  int messages = 1500;
  int pid = 0;
  ClientOptions client;  // --tls, --deflate
  bool json = false;     // --json: echo a JSON document of --size bytes instead of a run of one letter
};

inline Clock::time_point after(double seconds) {
  return Clock::now() + std::chrono::microseconds(static_cast<int64_t>(seconds * 1e6));
}

inline int64_t microsSince(Clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - t).count();
}

[[noreturn]] inline void fail(const char* what, int opened, int wanted) {
  std::printf("{\"error\": \"%s\", \"opened\": %d, \"wanted\": %d}\n", what, opened, wanted);
  std::exit(1);
}

// Clients that connect all at once, as real ones do, rather than a batch at a time.
int runStorm(const Options& o);
// Clients that send half a request and stall, then one valid client: how long its upgrade takes.
int runSlowHeaders(const Options& o);

}  // namespace loadgen
