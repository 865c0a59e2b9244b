// The named workers of the host (CALL WORKER creates them on first use) and their orderly end.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "process/worker.h"

namespace fourd {

class WorkerPool {
 public:
  explicit WorkerPool(Engine& engine) : engine_(engine) {}
  ~WorkerPool();

  // The queue of the worker called `name`, started now when it does not exist yet. Null after stopAll().
  std::shared_ptr<TaskQueue> queueFor(const std::string& name, ProcessOrigin origin = ProcessOrigin::WorkerProcess);
  // New process: runs `method` on a process of its own, which ends when it returns; its number, or 0 after
  // stopAll(). With `unique`, a live process called `name` is reused instead: its number.
  int startProcess(const std::string& name, Task method, bool unique);
  // ABORT PROCESS BY ID: the process (or worker) stops as a killed worker does; false when none is live.
  bool abort(int number);
  // KILL WORKER: the worker stops after its current task; its pending calls are dropped. By number, false when
  // no worker has it.
  void kill(const std::string& name);
  bool kill(int number);
  void stopAll();

 private:
  Engine& engine_;
  std::mutex mutex_;
  void killLocked(std::map<std::string, std::unique_ptr<Worker>>::iterator it);

  std::map<std::string, std::unique_ptr<Worker>> workers_;
  std::vector<std::unique_ptr<Worker>> killed_;  // joined at stopAll: a worker may kill itself
  std::vector<std::unique_ptr<Worker>> processes_;  // New process's; those that ended are joined on the next one
  bool stopped_ = false;
};

}  // namespace fourd
