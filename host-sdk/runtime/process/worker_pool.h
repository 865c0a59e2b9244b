// The named workers of the host (CALL WORKER creates them on first use) and their orderly end.
#pragma once

#include <cstdint>
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

  // The most processes (workers, New process's, killed ones still finishing) alive at once: each is a thread,
  // and 4D code that starts them in a loop would otherwise exhaust memory. Starting one more raises 4D's "not
  // enough memory" error, as new-process.md says New process does when a process cannot be created.
  void setLimit(size_t maxProcesses);
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
  // Moves the ended processes and killed workers to `ended` (joined by the caller, outside the lock), then
  // checks there is room for one more process.
  void makeRoomLocked(std::vector<std::unique_ptr<Worker>>& ended);
  std::unique_ptr<Worker> startLocked(const std::string& name, ProcessOrigin origin, Worker::Life life);

  std::map<std::string, std::unique_ptr<Worker>> workers_;
  std::vector<std::unique_ptr<Worker>> killed_;  // joined once ended (a worker may kill itself), or at stopAll
  std::vector<std::unique_ptr<Worker>> processes_;  // New process's; those that ended are joined on the next one
  size_t limit_ = SIZE_MAX;
  bool stopped_ = false;
};

}  // namespace fourd
