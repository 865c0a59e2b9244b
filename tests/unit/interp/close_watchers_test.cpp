// CloseWatchers: how a plugin holding a worker handle learns the worker ended (fd_host_api.worker_on_end).
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

#include "interp/close_watchers.h"

using namespace fourd;

TEST_CASE("a close watcher is called once when the queue closes, never when cancelled before") {
  CloseWatchers watchers;
  int called = 0, cancelledCalls = 0;
  std::shared_ptr<void> kept = watchers.add([&] { ++called; });
  std::shared_ptr<void> cancelled = watchers.add([&] { ++cancelledCalls; });
  cancelled.reset();
  watchers.fire();
  watchers.fire();
  CHECK(called == 1);
  CHECK(cancelledCalls == 0);
}

TEST_CASE("a watcher added after the close is called at once") {
  CloseWatchers watchers;
  watchers.fire();
  int called = 0;
  std::shared_ptr<void> handle = watchers.add([&] { ++called; });
  CHECK(called == 1);
}

TEST_CASE("a watcher may cancel itself from its own call") {
  CloseWatchers watchers;
  std::shared_ptr<void> handle;
  int called = 0;
  handle = watchers.add([&] {
    ++called;
    handle.reset();
  });
  watchers.fire();
  CHECK(called == 1);
  CHECK(!handle);
}

TEST_CASE("cancelling on another thread waits for a call in progress") {
  CloseWatchers watchers;
  std::atomic<bool> inCall{false}, callReturned{false};
  std::shared_ptr<void> handle = watchers.add([&] {
    inCall = true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    callReturned = true;
  });
  std::thread closer([&] { watchers.fire(); });
  while (!inCall) std::this_thread::yield();
  handle.reset();
  CHECK(callReturned);  // what the call used may be freed now
  closer.join();
}
