// A worker: one thread with its own Process, running the tasks posted to its queue in batches. A process
// started by New process is one too, which ends once its first task (its process method) has returned.
#pragma once

#include <atomic>
#include <memory>
#include <string>

#include "process/process_table.h"
#include "process/task_queue.h"
#include "process/worker_threads.h"

namespace fourd {

struct Engine;
class Process;

class Worker {
 public:
  enum class Life { UntilKilled, FirstTaskOnly };
  Worker(Engine& engine, std::string name, ProcessOrigin origin, Life life = Life::UntilKilled);
  ~Worker();
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;

  const std::string& name() const { return name_; }
  int number() const;
  // True once the worker's loop has returned (join() will not wait).
  bool ended() const { return ended_; }
  std::shared_ptr<TaskQueue> queue() const { return queue_; }
  // Stops taking tasks; the one running is asked to unwind. join() waits until the worker's loop has returned.
  void stop();
  void join();

 private:
  void run();
  void runTask(Task& task);

  Engine& engine_;
  std::string name_;
  Life life_;
  std::atomic<bool> ended_{false};
  std::shared_ptr<TaskQueue> queue_;
  std::unique_ptr<Process> process_;
  std::unique_ptr<WorkerThread> thread_;  // last: started once everything it runs with exists
};

}  // namespace fourd
