// What all processes of one host run share: the loaded project, the workers, Storage and interprocess
// variables, the exit bookkeeping and the shutdown hooks.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "process/activity.h"
#include "process/name_table.h"
#include "process/process_table.h"
#include "process/worker_pool.h"

namespace fourd {

class Project;

struct Engine {
  Engine();
  ~Engine();

  std::string projectFolder;
  std::unique_ptr<Project> project;
  Activity activity;
  NameTable processVariableNames;
  NameTable interprocessVariableNames;
  Value storage;  // the shared object `Storage` returns
  // SET ASSERT ENABLED for every process: generation << 1 | enabled (see assert_commands.cpp).
  std::atomic<uint64_t> assertSetting{1u << 1 | 1u};

  Value interprocessVariable(int id);
  void setInterprocessVariable(int id, Value v);

  std::mutex hooksMutex;
  std::vector<std::function<void()>> shutdownHooks;

  // The class objects made so far (see classValue): one per class.
  std::mutex classObjectsMutex;
  std::unordered_map<ClassDef*, Value> classObjects;

  ProcessTable processes;
  WorkerPool workers{*this};  // last: its workers use everything above until stopped

 private:
  std::mutex interprocessMutex_;
  std::vector<Value> interprocess_;
};

}  // namespace fourd
