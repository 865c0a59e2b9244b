// POSIX: the signals are blocked in every thread and one thread takes them with sigwait().
#ifndef _WIN32
#include "signal_waiter.h"

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cstdlib>
#include <iostream>

namespace fourd::host {

namespace {

// Sent by the destructor to wake the waiting thread; never acted upon otherwise.
constexpr int kWakeSignal = SIGUSR2;

std::atomic<bool> stopping{false};

sigset_t handledSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, kWakeSignal);
  return set;
}

}  // namespace

void SignalWaiter::blockSignals() {
  sigset_t set = handledSignals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

SignalWaiter::SignalWaiter(std::function<void()> onSignal)
    : onSignal_(std::move(onSignal)), thread_([this] { run(); }) {}

SignalWaiter::~SignalWaiter() {
  stopping = true;
  pthread_kill(thread_.native_handle(), kWakeSignal);
  thread_.join();
}

void SignalWaiter::run() {
  const sigset_t set = handledSignals();
  bool quitRequested = false;
  for (;;) {
    int signal = 0;
    if (sigwait(&set, &signal) != 0) continue;
    if (stopping) return;
    if (signal == kWakeSignal) continue;
    if (quitRequested) {
      std::cerr << "headless-host: second interrupt, exiting now" << std::endl;
      std::_Exit(130);
    }
    quitRequested = true;
    onSignal_();
  }
}

}  // namespace fourd::host
#endif
