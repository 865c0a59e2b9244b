#include "process/process_table.h"

namespace fourd {

int ProcessTable::add(std::string name, ProcessOrigin origin) {
  std::lock_guard lock(mutex_);
  entries_.push_back({{std::move(name), ProcessState::Executing, origin, std::chrono::system_clock::now()}, true});
  return static_cast<int>(entries_.size());
}

void ProcessTable::ended(int number) {
  std::lock_guard lock(mutex_);
  Entry& e = entries_.at(static_cast<size_t>(number - 1));
  e.info.state = ProcessState::Aborted;
  e.alive = false;
}

void ProcessTable::setState(int number, ProcessState state) {
  std::lock_guard lock(mutex_);
  Entry& e = entries_.at(static_cast<size_t>(number - 1));
  if (e.alive) e.info.state = state;
}

std::optional<ProcessInfo> ProcessTable::info(int number) const {
  std::lock_guard lock(mutex_);
  if (number < 1 || number > highestAliveLocked()) return std::nullopt;
  return entries_[static_cast<size_t>(number - 1)].info;
}

int ProcessTable::numberOf(const std::string& name) const {
  std::lock_guard lock(mutex_);
  for (size_t i = 0; i < entries_.size(); ++i)
    if (entries_[i].alive && entries_[i].info.name == name) return static_cast<int>(i + 1);
  return 0;
}

int ProcessTable::highestAlive() const {
  std::lock_guard lock(mutex_);
  return highestAliveLocked();
}

int ProcessTable::highestAliveLocked() const {
  for (size_t i = entries_.size(); i > 0; --i)
    if (entries_[i - 1].alive) return static_cast<int>(i);
  return 0;
}

int ProcessTable::countLiveUserProcesses() const {
  std::lock_guard lock(mutex_);
  int count = 0;
  for (const Entry& e : entries_)
    if (e.alive && static_cast<int>(e.info.origin) >= 0) ++count;
  return count;
}

}  // namespace fourd
