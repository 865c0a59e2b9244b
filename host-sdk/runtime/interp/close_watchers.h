// Callbacks waiting for a worker's queue to close: how a plugin learns that KILL WORKER (or the host stopping)
// ended the worker it holds, when it has nothing to post that would tell it.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace fourd {

class CloseWatchers {
 public:
  // Calls `ended` once, from fire(); at once, on this thread, when fire() has already run (the handle is then
  // empty). Destroying the handle cancels the call; on another thread than the call's it waits for the call to
  // return, so what `ended` uses may be freed right after.
  std::shared_ptr<void> add(std::function<void()> ended);
  // Calls every waiting callback, on this thread, once.
  void fire();

 private:
  struct Watch {
    explicit Watch(std::function<void()> f) : ended(std::move(f)) {}
    std::recursive_mutex mutex;  // recursive: the callback may cancel its own watch (a plugin releasing its handle)
    std::function<void()> ended;
  };
  // The handle add() returns. Clearing `ended` under the watch's lock is what waits for a call in progress.
  struct Subscription {
    explicit Subscription(std::shared_ptr<Watch> w) : watch(std::move(w)) {}
    ~Subscription() {
      std::lock_guard lock(watch->mutex);
      watch->ended = nullptr;
    }
    std::shared_ptr<Watch> watch;
  };
  std::mutex mutex_;
  std::vector<std::weak_ptr<Watch>> watches_;  // the handles own them: a cancelled watch expires here
  static constexpr size_t kFirstPrune = 16;
  size_t pruneAt_ = kFirstPrune;
  bool fired_ = false;
};

}  // namespace fourd
