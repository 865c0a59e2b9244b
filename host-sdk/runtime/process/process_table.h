// The processes of one host run, by number: what Process state, Process number, Count tasks, Count user
// processes and PROCESS PROPERTIES read from any process. Numbers start at 1 in creation order and are never
// reused, so a number is also the process's unique ID; an ended process keeps its slot, state Aborted, while a
// live process has a higher number.
#pragma once

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace fourd {

// Process state's constants (commands-legacy/process-state).
enum class ProcessState { DoesNotExist = -100, Aborted = -1, Executing = 0, Delayed = 1 };

// The Process Type constants the host's processes have (commands-legacy/process-properties, origin).
enum class ProcessOrigin { MainProcess = -1, OtherUserProcess = 4, WorkerProcess = 5 };

struct ProcessInfo {
  std::string name;
  ProcessState state;
  ProcessOrigin origin;
  std::chrono::system_clock::time_point created;
};

class ProcessTable {
 public:
  int add(std::string name, ProcessOrigin origin);
  // The process stopped running 4D code: Aborted from now on, and no longer reachable by number.
  void ended(int number);
  void setState(int number, ProcessState state);

  // Nothing beyond the highest live number: process-state.md counts a process as existing "in the range 1 to
  // Count tasks".
  std::optional<ProcessInfo> info(int number) const;
  // The live process of that name, 0 when none.
  int numberOf(const std::string& name) const;
  int highestAlive() const;
  int countLiveUserProcesses() const;

 private:
  struct Entry {
    ProcessInfo info;
    bool alive;
  };
  int highestAliveLocked() const;

  mutable std::mutex mutex_;
  std::vector<Entry> entries_;  // entries_[number - 1]
};

}  // namespace fourd
