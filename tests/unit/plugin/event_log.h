#pragma once
// Collects, for the plugin's unit tests, the events a WebSocket server's worker would get.

#include <doctest/doctest.h>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

#include "net/event_queue.h"

namespace ws_test {

using wsplugin::EventQueue;
using wsplugin::NetEvent;

class EventLog {
 public:
  std::shared_ptr<EventQueue> queue = std::make_shared<EventQueue>([this] {
    std::lock_guard lock(mutex_);
    cv_.notify_all();
  });

  // Waits (at most 5 seconds) for the next event of `kind`; the events before it are skipped.
  NetEvent waitFor(NetEvent::Kind kind) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    std::unique_lock lock(mutex_);
    for (;;) {
      for (auto& event : queue->takeAll()) seen_.push_back(std::move(event));
      for (size_t i = consumed_; i < seen_.size(); ++i)
        if (seen_[i].kind == kind) {
          consumed_ = i + 1;
          return seen_[i];
        }
      if (cv_.wait_for(lock, std::chrono::milliseconds(50)) == std::cv_status::timeout &&
          std::chrono::steady_clock::now() > deadline)
        FAIL("no event of the expected kind arrived");
    }
  }

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  std::vector<NetEvent> seen_;
  size_t consumed_ = 0;
};

}  // namespace ws_test
