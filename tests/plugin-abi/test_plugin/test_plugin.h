// TestPlugin: a plugin that exercises every part of the plugin ABI from 4D code (tests/plugin-abi/programs).
#pragma once

#include <fourd/plugin.hpp>

#include <atomic>
#include <string>

namespace test_plugin {

// The native state behind a 4D.Counter instance. `live` counts instances not yet finalized, so that 4D code
// can observe finalizers (4D.Counter.live()).
struct Counter {
  Counter() { ++live; }
  ~Counter() { --live; }
  Counter(const Counter&) = delete;
  Counter& operator=(const Counter&) = delete;

  double value = 0;
  double step = 1;
  std::string label;
  static inline std::atomic<int> live{0};
};

inline fd_class counterClass = nullptr;

// The host's shutdown hook: tickers stop early, post their final callback, and end before the host exits.
void stopTickers();

fd_status defineCounterClass(fd_registrar reg);
fd_status defineCommands(fd_registrar reg);

// Counter.startTicker(count; handler): a background thread posts `count` ticks to the calling worker.
fd_value startTicker(const fourd::plugin::Call& call);

// "text:abc", "number:3", "collection:[number:1,number:2]": how TEST DESCRIBE shows a value.
std::string describe(const fourd::plugin::Env& env, fd_value value);

}  // namespace test_plugin
