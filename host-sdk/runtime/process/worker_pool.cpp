#include "process/worker_pool.h"

#include <algorithm>
#include <iterator>

#include "interp/engine.h"

namespace fourd {

WorkerPool::~WorkerPool() { stopAll(); }

std::shared_ptr<TaskQueue> WorkerPool::queueFor(const std::string& name, ProcessOrigin origin) {
  std::lock_guard lock(mutex_);
  if (stopped_) return nullptr;
  auto& slot = workers_[name];
  if (!slot) slot = std::make_unique<Worker>(engine_, name, origin);
  return slot->queue();
}

int WorkerPool::startProcess(const std::string& name, Task method, bool unique) {
  std::vector<std::unique_ptr<Worker>> finished;
  int number = 0;
  {
    std::lock_guard lock(mutex_);
    if (stopped_) return 0;
    if (unique) number = engine_.processes.numberOf(name);
    if (number) return number;
    auto split = std::stable_partition(processes_.begin(), processes_.end(), [](auto& w) { return !w->ended(); });
    std::move(split, processes_.end(), std::back_inserter(finished));
    processes_.erase(split, processes_.end());
    auto& worker = processes_.emplace_back(
        std::make_unique<Worker>(engine_, name, ProcessOrigin::OtherUserProcess, Worker::Life::FirstTaskOnly));
    worker->queue()->post(std::move(method));
    number = worker->number();
  }
  for (auto& worker : finished) worker->join();
  return number;
}

bool WorkerPool::abort(int number) {
  if (kill(number)) return true;
  std::lock_guard lock(mutex_);
  for (auto& worker : processes_) {
    if (worker->number() != number || worker->ended()) continue;
    worker->stop();
    return true;
  }
  return false;
}

void WorkerPool::kill(const std::string& name) {
  std::lock_guard lock(mutex_);
  auto it = workers_.find(name);
  if (it != workers_.end()) killLocked(it);
}

bool WorkerPool::kill(int number) {
  std::lock_guard lock(mutex_);
  for (auto it = workers_.begin(); it != workers_.end(); ++it) {
    if (it->second->number() != number) continue;
    killLocked(it);
    return true;
  }
  return false;
}

void WorkerPool::killLocked(std::map<std::string, std::unique_ptr<Worker>>::iterator it) {
  it->second->stop();
  killed_.push_back(std::move(it->second));
  workers_.erase(it);
}

void WorkerPool::stopAll() {
  std::map<std::string, std::unique_ptr<Worker>> workers;
  std::vector<std::unique_ptr<Worker>> killed;
  std::vector<std::unique_ptr<Worker>> processes;
  {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    workers.swap(workers_);
    killed.swap(killed_);
    processes.swap(processes_);
  }
  for (auto& [name, worker] : workers) worker->stop();
  for (auto& worker : processes) worker->stop();
  for (auto& [name, worker] : workers) worker->join();
  for (auto& worker : killed) worker->join();
  for (auto& worker : processes) worker->join();
}

}  // namespace fourd
