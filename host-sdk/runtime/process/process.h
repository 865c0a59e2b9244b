// A 4D process: the state one worker thread runs 4D code with (process variables, error stack and handler,
// shared-value locks, call depth). It is the CallContext that commands and plugins receive.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "interp/call_context.h"
#include "values/class_def.h"
#include "process/process_table.h"
#include "process/shared_values.h"

namespace fourd {

struct Engine;
struct Frame;
class TaskQueue;

// Unwinds a call chain whose error was already reported (no handler, no Try); the worker survives it.
struct CallChainAborted {};

class Process final : public CallContext {
 public:
  Process(Engine& engine, std::string name, ProcessOrigin origin, std::shared_ptr<TaskQueue> queue);
  ~Process() override;

  Value callFormula(const Value& formula, const Value& thisObject, std::vector<Value> args) override;
  Value callFunction(const Value& object, std::string_view member, std::vector<Value> args) override;
  const std::string& projectFolder() const override;
  void setOK(bool succeeded) override;
  std::string_view processName() const override { return name_; }
  int number() const { return number_; }
  std::shared_ptr<Mailbox> mailbox() override;
  std::shared_ptr<void> keepAlive() override;
  Value lastErrors() const override;

  Engine& engine() const { return engine_; }
  // The reference stays valid while 4D code runs: the table grows when a variable is first read, which may
  // happen in the middle of a statement that holds a reference to another one (`var gA:=Value type(gC)`).
  Value& processVariable(int id) {
    if (static_cast<size_t>(id) >= processVars_.size()) processVars_.resize(static_cast<size_t>(id) + 1);
    return processVars_[static_cast<size_t>(id)];
  }

  // The error stack (Last errors) and the ON ERR CALL handler.
  std::vector<ErrorInfo> errors;
  std::string errorHandler;
  bool inErrorHandler = false;
  ErrorInfo handledError;  // what the ON ERR CALL method is called for: Error method, Error line
  int tryDepth = 0;
  // Thrown with deferred: True and not raised yet: the last one is raised when the Try block or the method that
  // threw them ends. Kept apart from `errors`, which a Try clears when it begins. Each names the activation that
  // threw it (Frame::serial), so that a returning method finds its own without every call taking a mark.
  struct DeferredError {
    uint64_t frameSerial;
    ErrorInfo info;
  };
  std::vector<DeferredError> deferredErrors;

  // SET ASSERT ENABLED(...; *): this process's own choice, 0 when it made none (see assert_commands.cpp).
  uint64_t localAssertSetting = 0;

  HeldGroups held;
  Frame* frame = nullptr;  // the innermost activation (Count parameters, error locations)
  uint64_t frameSerial = 0;  // the last activation's serial number (Frame::serial)
  int callDepth = 0;
  // The argument lists of the calls being evaluated, a stack reused call after call (see BorrowedArgs).
  std::vector<Value>* borrowArgList() {
    if (argListsInUse_ == argLists_.size()) [[unlikely]]
      addArgList();
    return argLists_[argListsInUse_++].get();
  }
  void returnArgList(std::vector<Value>* list) {
    list->clear();
    --argListsInUse_;
  }
  // Set by KILL WORKER, ABORT PROCESS BY ID and at shutdown (requestStop); loops and calls check it and unwind.
  std::atomic<bool> stopRequested{false};
  void requestStop();
  // DELAY PROCESS: sleeps until `until` or a stop request, whichever comes first.
  void sleepUntil(std::chrono::steady_clock::time_point until);

 private:
  Engine& engine_;
  std::string name_;
  int number_;
  std::shared_ptr<TaskQueue> queue_;
  std::deque<Value> processVars_;  // a deque: growing it moves no element
  // Each list has its own allocation, so that growing the stack moves no list in use.
  std::vector<std::unique_ptr<std::vector<Value>>> argLists_;
  size_t argListsInUse_ = 0;
  void addArgList();
  std::mutex sleepMutex_;
  std::condition_variable stopped_;  // wakes a sleeping process at once: a stop must not wait out a delay
};

}  // namespace fourd
