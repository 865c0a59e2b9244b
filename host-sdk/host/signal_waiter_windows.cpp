// Windows: console control events already arrive on a thread of their own, so the handler reacts directly.
#ifdef _WIN32
#include <windows.h>

#include <atomic>
#include <cstdlib>
#include <iostream>

#include "signal_waiter.h"

namespace fourd::host {

namespace {

std::atomic<std::function<void()>*> callback{nullptr};
std::atomic<bool> quitRequested{false};

BOOL WINAPI onConsoleEvent(DWORD) {
  std::function<void()>* onSignal = callback.load();
  if (!onSignal) return FALSE;
  if (quitRequested.exchange(true)) {
    std::cerr << "headless-host: second interrupt, exiting now" << std::endl;
    std::_Exit(130);
  }
  (*onSignal)();
  return TRUE;
}

}  // namespace

void SignalWaiter::blockSignals() {}

SignalWaiter::SignalWaiter(std::function<void()> onSignal) : onSignal_(std::move(onSignal)) {
  callback = &onSignal_;
  SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

SignalWaiter::~SignalWaiter() {
  SetConsoleCtrlHandler(onConsoleEvent, FALSE);
  callback = nullptr;
}

}  // namespace fourd::host
#endif
