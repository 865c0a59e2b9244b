#include "process/activity.h"

#include <chrono>

namespace fourd {

// Every notification happens under the mutex: a waiter that sees the change may let the host destroy this
// Activity as soon as it can lock, so the notifier must be done with the condition variable before unlocking.
void Activity::change(int& counter, int delta) {
  std::lock_guard lock(mutex_);
  counter += delta;
  // Only a settled host can end a wait: waking the waiter for every queued call would cost a context switch.
  if (pending_ == 0 && keepAlives_ == 0) changed_.notify_all();
}

void Activity::callQueued() { change(pending_, 1); }
void Activity::callDone() { change(pending_, -1); }

void Activity::startupFinished() {
  std::lock_guard lock(mutex_);
  startupDone_ = true;
  changed_.notify_all();
}

std::shared_ptr<void> Activity::keepAlive() {
  change(keepAlives_, 1);
  return std::shared_ptr<void>(this, [](Activity* self) { self->change(self->keepAlives_, -1); });
}

void Activity::requestQuit() {
  std::lock_guard lock(mutex_);
  quit_ = true;
  changed_.notify_all();
}

bool Activity::quitRequested() const {
  std::lock_guard lock(mutex_);
  return quit_;
}

bool Activity::waitIdleOrQuit() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return quit_ || idleLocked(); });
  return quit_;
}

void Activity::waitKeepAlivesReleased(double seconds) {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, std::chrono::duration<double>(seconds), [&] { return keepAlives_ == 0 && pending_ == 0; });
}

}  // namespace fourd
