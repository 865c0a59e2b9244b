#include "process/worker_pool.h"

namespace fourd {

WorkerPool::~WorkerPool() { stopAll(); }

std::shared_ptr<TaskQueue> WorkerPool::queueFor(const std::string& name) {
  std::lock_guard lock(mutex_);
  if (stopped_) return nullptr;
  auto& slot = workers_[name];
  if (!slot) slot = std::make_unique<Worker>(engine_, name);
  return slot->queue();
}

void WorkerPool::kill(const std::string& name) {
  std::lock_guard lock(mutex_);
  auto it = workers_.find(name);
  if (it == workers_.end()) return;
  it->second->stop();
  killed_.push_back(std::move(it->second));
  workers_.erase(it);
}

void WorkerPool::stopAll() {
  std::map<std::string, std::unique_ptr<Worker>> workers;
  std::vector<std::unique_ptr<Worker>> killed;
  {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    workers.swap(workers_);
    killed.swap(killed_);
  }
  for (auto& [name, worker] : workers) worker->stop();
  for (auto& [name, worker] : workers) worker->join();
  for (auto& worker : killed) worker->join();
}

}  // namespace fourd
