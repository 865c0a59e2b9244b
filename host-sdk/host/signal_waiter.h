// SIGINT/SIGTERM (Ctrl+C, Ctrl+Break, console close on Windows) as ordinary events: the reaction runs as normal
// code on a thread of its own, never inside a signal handler.
#pragma once

#include <functional>
#include <thread>

namespace fourd::host {

class SignalWaiter {
 public:
  // Must run before any other thread starts, so that every thread inherits the blocked mask.
  static void blockSignals();

  // The first SIGINT/SIGTERM calls `onSignal`; a second one ends the process at once (exit code 130).
  explicit SignalWaiter(std::function<void()> onSignal);
  ~SignalWaiter();
  SignalWaiter(const SignalWaiter&) = delete;
  SignalWaiter& operator=(const SignalWaiter&) = delete;

 private:
  std::function<void()> onSignal_;
#ifndef _WIN32
  void run();
  std::thread thread_;
#endif
};

}  // namespace fourd::host
