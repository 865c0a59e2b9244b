#include "process/worker_pool.h"

#include <algorithm>
#include <iterator>
#include <string>

#include <Poco/Exception.h>

#include "interp/engine.h"
#include "values/errors.h"

namespace fourd {

WorkerPool::~WorkerPool() { stopAll(); }

void WorkerPool::setLimit(size_t maxProcesses) {
  std::lock_guard lock(mutex_);
  limit_ = maxProcesses;
}

std::shared_ptr<TaskQueue> WorkerPool::queueFor(const std::string& name, ProcessOrigin origin) {
  std::vector<std::unique_ptr<Worker>> ended;
  std::shared_ptr<TaskQueue> queue;
  {
    std::lock_guard lock(mutex_);
    if (stopped_) return nullptr;
    auto it = workers_.find(name);
    if (it == workers_.end()) {
      makeRoomLocked(ended);
      it = workers_.emplace(name, startLocked(name, origin, Worker::Life::UntilKilled)).first;
    }
    queue = it->second->queue();
  }
  for (auto& worker : ended) worker->join();
  return queue;
}

int WorkerPool::startProcess(const std::string& name, Task method, bool unique) {
  std::vector<std::unique_ptr<Worker>> ended;
  int number = 0;
  {
    std::lock_guard lock(mutex_);
    if (stopped_) return 0;
    if (unique) number = engine_.processes.numberOf(name);
    if (number) return number;
    makeRoomLocked(ended);
    auto& worker =
        processes_.emplace_back(startLocked(name, ProcessOrigin::OtherUserProcess, Worker::Life::FirstTaskOnly));
    worker->queue()->post(std::move(method));
    number = worker->number();
  }
  for (auto& worker : ended) worker->join();
  return number;
}

void WorkerPool::makeRoomLocked(std::vector<std::unique_ptr<Worker>>& ended) {
  for (auto* list : {&processes_, &killed_}) {
    auto split = std::stable_partition(list->begin(), list->end(), [](auto& w) { return !w->ended(); });
    std::move(split, list->end(), std::back_inserter(ended));
    list->erase(split, list->end());
  }
  size_t live = workers_.size() + processes_.size() + killed_.size();
  if (live >= limit_)
    throw RuntimeError(kNotEnoughMemory, "No process can start: " + std::to_string(live) +
                                             " are running, the host's limit (headless-host --max-processes)");
}

std::unique_ptr<Worker> WorkerPool::startLocked(const std::string& name, ProcessOrigin origin, Worker::Life life) {
  try {
    return std::make_unique<Worker>(engine_, name, origin, life);
  } catch (const Poco::Exception& e) {  // the system refused a thread
    throw RuntimeError(kNotEnoughMemory, "No process can start: " + e.displayText());
  }
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
