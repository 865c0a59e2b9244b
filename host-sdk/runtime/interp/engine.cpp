#include "interp/engine.h"

#include "interp/project.h"
#include "process/shared_values.h"
#include "process/system_variables.h"

namespace fourd {

Engine::Engine() : storage(newSharedObject()) {
  for (const char* key : kSystemVariableKeys) processVariableNames.intern(key);
}

Engine::~Engine() { workers.stopAll(); }

Value Engine::interprocessVariable(int id) {
  std::lock_guard lock(interprocessMutex_);
  return static_cast<size_t>(id) < interprocess_.size() ? interprocess_[static_cast<size_t>(id)] : Value();
}

void Engine::setInterprocessVariable(int id, Value v) {
  std::lock_guard lock(interprocessMutex_);
  if (static_cast<size_t>(id) >= interprocess_.size()) interprocess_.resize(static_cast<size_t>(id) + 1);
  interprocess_[static_cast<size_t>(id)] = std::move(v);
}

}  // namespace fourd
