#include "process/process.h"

#include "interp/engine.h"
#include "interp/invoke.h"
#include "process/system_variables.h"
#include "process/task_queue.h"

namespace fourd {

Process::Process(Engine& engine, std::string name, ProcessOrigin origin, std::shared_ptr<TaskQueue> queue)
    : engine_(engine),
      name_(std::move(name)),
      number_(engine.processes.add(name_, origin)),
      queue_(std::move(queue)) {
  // 4D documents no initial value for them; a Longint variable starts at 0.
  processVariable(kOKVariable) = Value::longint(0);
  processVariable(kErrorVariable) = Value::longint(0);
}

Process::~Process() = default;

void Process::addArgList() { argLists_.push_back(std::make_unique<std::vector<Value>>()); }

void Process::requestStop() {
  {
    std::lock_guard lock(sleepMutex_);  // a sleeper between its check and its wait would miss the notify
    stopRequested = true;
  }
  stopped_.notify_all();
}

void Process::sleepUntil(std::chrono::steady_clock::time_point until) {
  std::unique_lock lock(sleepMutex_);
  stopped_.wait_until(lock, until, [this] { return stopRequested.load(); });
}

Value Process::callFormula(const Value& formula, const Value& thisObject, std::vector<Value> args) {
  return invokeFormula(*this, formula, thisObject, args);
}

Value Process::callFunction(const Value& object, std::string_view member, std::vector<Value> args) {
  return callMemberFunction(*this, object, member, args);
}

const std::string& Process::projectFolder() const { return engine_.projectFolder; }

void Process::setOK(bool succeeded) { processVariable(kOKVariable) = Value::longint(succeeded ? 1 : 0); }

std::shared_ptr<Mailbox> Process::mailbox() { return queue_; }

std::shared_ptr<void> Process::keepAlive() { return engine_.activity.keepAlive(); }

Value Process::lastErrors() const {
  auto list = make<CollectionData>();
  for (const ErrorInfo& e : errors) {
    auto o = make<ObjectData>();
    o->set("errCode", Value::real(e.code));
    o->set("message", Value::text(e.message));
    o->set("componentSignature", Value::text(e.component));
    list->items.push_back(Value::object(std::move(o)));
  }
  return Value::collection(std::move(list));
}

}  // namespace fourd
