// Decides when the host may exit: startup finished, no worker call pending, no keep-alive held; or a quit was
// requested. Every counter change wakes the waiter.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>

namespace fourd {

class Activity {
 public:
  void callQueued();
  void callDone();
  void startupFinished();
  std::shared_ptr<void> keepAlive();
  void requestQuit();
  bool quitRequested() const;

  // Blocks until idle or quit; true when a quit was requested.
  bool waitIdleOrQuit();
  // Blocks until no keep-alive is held or `seconds` passed.
  void waitKeepAlivesReleased(double seconds);

 private:
  bool idleLocked() const { return startupDone_ && pending_ == 0 && keepAlives_ == 0; }
  void change(int& counter, int delta);

  mutable std::mutex mutex_;
  std::condition_variable changed_;
  int pending_ = 0;
  int keepAlives_ = 0;
  bool startupDone_ = false;
  bool quit_ = false;
};

}  // namespace fourd
