#include "process/worker_threads.h"

#include <utility>
#include <vector>

#include <Poco/Thread.h>

namespace fourd {

namespace {
// Deep 4D recursion is bounded by the evaluator's call depth limit; this leaves it plenty of native stack.
constexpr int kWorkerStackBytes = 256 * 1024 * 1024;
}  // namespace

// Every worker thread started, each running a worker's body or waiting for the next one.
class WorkerThreads {
 public:
  // Destroyed at exit, which ends the waiting threads before exit() goes on to what a thread still alive would
  // race with: the static destructors, and under LeakSanitizer its leak check, which stops every thread of the
  // process and whose tracer crashed on one in CI.
  static WorkerThreads& instance() {
    static WorkerThreads threads;
    return threads;
  }

  ~WorkerThreads() {
    {
      std::lock_guard lock(mutex_);
      exiting_ = true;
      for (auto& slot : slots_) slot->wake.notify_one();
    }
    for (auto& slot : slots_)
      if (Poco::Thread::current() != &slot->thread) slot->thread.join();  // exit() may come from a worker
  }

  void start(WorkerThread& handle, std::function<void()> body) {
    std::lock_guard lock(mutex_);
    Slot* slot;
    if (idle_.empty()) {
      slot = slots_.emplace_back(std::make_unique<Slot>()).get();
      slot->thread.setStackSize(kWorkerStackBytes);
      slot->thread.startFunc([this, slot] { loop(*slot); });
    } else {
      slot = idle_.back();
      idle_.pop_back();
    }
    slot->handle = &handle;
    slot->body = std::move(body);
    slot->wake.notify_one();
  }

 private:
  struct Slot {
    WorkerThread* handle = nullptr;
    std::function<void()> body;
    std::condition_variable wake;
    Poco::Thread thread;
  };

  void loop(Slot& slot) {
    std::unique_lock lock(mutex_);
    for (;;) {
      slot.wake.wait(lock, [&] { return slot.handle != nullptr || exiting_; });
      if (!slot.handle) return;
      WorkerThread* handle = std::exchange(slot.handle, nullptr);
      std::function<void()> body = std::move(slot.body);
      lock.unlock();
      body();
      body = nullptr;  // what the body captured goes before its worker may be destroyed
      lock.lock();
      // Waiting again before the worker learns that it ended: its successor (the next Runtime's main process,
      // say) then finds this thread instead of starting one.
      idle_.push_back(&slot);
      lock.unlock();
      {
        std::lock_guard done(handle->mutex_);
        handle->done_ = true;
        handle->finished_.notify_all();  // under the lock: the handle may be destroyed as soon as join returns
      }
      lock.lock();
    }
  }

  std::mutex mutex_;
  std::vector<std::unique_ptr<Slot>> slots_;
  std::vector<Slot*> idle_;
  bool exiting_ = false;
};

std::unique_ptr<WorkerThread> WorkerThread::start(std::function<void()> body) {
  auto handle = std::make_unique<WorkerThread>();
  WorkerThreads::instance().start(*handle, std::move(body));
  return handle;
}

void WorkerThread::join() {
  std::unique_lock lock(mutex_);
  finished_.wait(lock, [this] { return done_; });
}

}  // namespace fourd
