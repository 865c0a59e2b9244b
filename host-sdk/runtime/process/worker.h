// A worker: one thread with its own Process, running the tasks posted to its queue in batches.
#pragma once

#include <memory>
#include <string>

#include "process/task_queue.h"
#include "process/worker_threads.h"

namespace fourd {

struct Engine;
class Process;

class Worker {
 public:
  Worker(Engine& engine, std::string name);
  ~Worker();
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;

  const std::string& name() const { return name_; }
  std::shared_ptr<TaskQueue> queue() const { return queue_; }
  // Stops taking tasks; the one running is asked to unwind. join() waits until the worker's loop has returned.
  void stop();
  void join();

 private:
  void run();
  void runTask(Task& task);

  Engine& engine_;
  std::string name_;
  std::shared_ptr<TaskQueue> queue_;
  std::unique_ptr<Process> process_;
  std::unique_ptr<WorkerThread> thread_;  // last: started once everything it runs with exists
};

}  // namespace fourd
