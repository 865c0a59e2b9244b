// CALL WORKER and the other commands about processes, workers, shared values and quitting.
#include <algorithm>
#include <chrono>

#include "builtins/command_args.h"
#include "interp/engine.h"
#include "interp/formula.h"
#include "interp/invoke.h"
#include "interp/language_command_groups.h"
#include "interp/project.h"
#include "interp/members.h"
#include "process/process.h"
#include "process/shared_values.h"
#include "process/task_queue.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

constexpr int kMethodNotFound = -10724;
constexpr double kTicksPerSecond = 60.0;

Process& proc(CallContext& ctx) { return static_cast<Process&>(ctx); }

// What crosses to another worker: shared values by reference, everything else copied (a copied class instance
// keeps its class, a copied formula its own copies of the captured values).
Value forWorker(const Value& v) {
  if (sharedGroupOf(v)) return v;
  if (formulaOf(v)) return copyFormulaForWorker(v);
  return deepCopy(v);
}

// The parameters args[first, end) as another process receives them.
std::vector<Value> paramsForWorker(const std::vector<Value>& args, size_t first, size_t end) {
  std::vector<Value> params;
  for (size_t i = first; i < end; ++i) params.push_back(forWorker(args[i]));
  return params;
}

// A task calling the project method named by args[index] with `params`, on the process that runs it.
Task methodTask(Process& p, std::vector<Value>& args, size_t index, std::vector<Value> params, const char* command) {
  const std::string& methodName = textArg(args, index, command);
  const CompiledFunction* method = p.engine().project->method(methodName);
  if (!method) throw RuntimeError(kMethodNotFound, std::string(command) + ": method not found: " + methodName);
  return [method, params = std::move(params)](CallContext& target) { callMethod(proc(target), *method, params); };
}

// CALL WORKER(name; formula or method name {; param}...)
Value callWorker(CallContext& ctx, std::vector<Value>& args, void*) {
  Process& p = proc(ctx);
  const std::string& name = textArg(args, 0, "CALL WORKER");
  std::vector<Value> params = paramsForWorker(args, 2, args.size());
  Task task;
  if (formulaOf(args[1])) {
    Value formula = copyFormulaForWorker(args[1]);
    task = [formula, params](CallContext& worker) mutable { invokeFormula(proc(worker), formula, Value(), params); };
  } else {
    task = methodTask(p, args, 1, std::move(params), "CALL WORKER");
  }
  auto queue = p.engine().workers.queueFor(name);
  if (!queue || !queue->post(std::move(task)))
    throw RuntimeError(-10741, "CALL WORKER: the worker '" + name + "' is not available");
  return Value();
}

// New process(method; stack; name {; param...} {; *}) (commands-legacy/new-process). The stack size is not
// used: every process of the host gets the worker threads' stack, which the call depth limit already bounds.
Value newProcess(CallContext& ctx, std::vector<Value>& args, void*) {
  Process& p = proc(ctx);
  numberArg(args, 1, "New process");
  bool unique = args.size() > 3 && isStarArgument(args.back());
  size_t end = unique ? args.size() - 1 : args.size();
  std::string name = args.size() > 2 ? textArg(args, 2, "New process") : std::string();
  Task task = methodTask(p, args, 0, paramsForWorker(args, 3, end), "New process");
  int number = p.engine().workers.startProcess(name, std::move(task), unique);
  if (!number) throw RuntimeError(-10741, "New process: the host is quitting; no process can start");
  return Value::longint(number);
}

// ABORT PROCESS BY ID(uniqueID): the host's numbers are its unique IDs; an unknown one does nothing.
Value abortProcessById(CallContext& ctx, std::vector<Value>& args, void*) {
  proc(ctx).engine().workers.abort(processNumberArg(args, 0, "ABORT PROCESS BY ID"));
  return Value();
}

// KILL WORKER {(name or number)} (commands/kill-worker): a name or number that is no worker's does nothing.
Value killWorker(CallContext& ctx, std::vector<Value>& args, void*) {
  Process& p = proc(ctx);
  if (!args.empty() && args[0].isNumber())
    p.engine().workers.kill(processNumberArg(args, 0, "KILL WORKER"));
  else
    p.engine().workers.kill(args.empty() ? std::string(p.processName()) : textArg(args, 0, "KILL WORKER"));
  return Value();
}

Value currentProcess(CallContext& ctx, std::vector<Value>&, void*) { return Value::longint(proc(ctx).number()); }

Value currentProcessName(CallContext& ctx, std::vector<Value>&, void*) {
  return Value::text(std::string(ctx.processName()));
}

// DELAY PROCESS(process; ticks): the current process sleeps, state Delayed; a stop request ends the wait early.
// A process that does not exist is not delayed, as documented; delaying another live process is not supported.
Value delayProcess(CallContext& ctx, std::vector<Value>& args, void*) {
  Process& p = proc(ctx);
  if (args.size() > 1) {
    auto target = processNumberArg(args, 0, "DELAY PROCESS");
    if (target != p.number()) {
      auto info = p.engine().processes.info(target);
      if (!info || info->state == ProcessState::Aborted) return Value();
      throw RuntimeError(error_code::kInvalidArgument,
                         "DELAY PROCESS: only the current process can be delayed here, not process " +
                             std::to_string(target));
    }
  }
  double seconds = numberArg(args, args.size() - 1, "DELAY PROCESS") / kTicksPerSecond;
  if (!(seconds > 0)) return Value();
  // Waited as a century at most: the clock counts nanoseconds in 64 bits, which a longer delay would overflow.
  constexpr double kLongestDelaySeconds = 100.0 * 365 * 24 * 3600;
  seconds = std::min(seconds, kLongestDelaySeconds);
  using Clock = std::chrono::steady_clock;
  auto until = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
  p.engine().processes.setState(p.number(), ProcessState::Delayed);
  p.sleepUntil(until);
  p.engine().processes.setState(p.number(), ProcessState::Executing);
  return Value();
}

Value quit4D(CallContext& ctx, std::vector<Value>&, void*) {
  proc(ctx).engine().activity.requestQuit();
  return Value();
}

Value newSharedObjectCommand(CallContext&, std::vector<Value>& args, void*) {
  if (args.size() % 2) throw RuntimeError(error_code::kInvalidArgument, "New shared object expects name/value pairs");
  Value object = newSharedObject();
  ObjectData* o = object.asObject();
  for (size_t i = 0; i < args.size(); i += 2)
    o->set(textArg(args, i, "New shared object"), adoptIntoGroup(toStoredValue(args[i + 1]), o->shared));
  return object;
}

Value newSharedCollectionCommand(CallContext&, std::vector<Value>& args, void*) {
  Value collection = newSharedCollection();
  CollectionData* c = collection.asCollection();
  for (const Value& v : args) c->items.push_back(adoptIntoGroup(toStoredValue(v), c->shared));
  return collection;
}

Value storage(CallContext& ctx, std::vector<Value>&, void*) { return proc(ctx).engine().storage; }

}  // namespace

void registerProcessCommands(Registry& registry) {
  addCommand(registry, "CALL WORKER", &callWorker, 2, -1);
  addCommand(registry, "KILL WORKER", &killWorker, 0, 1);
  addCommand(registry, "New process", &newProcess, 2, -1);
  addCommand(registry, "ABORT PROCESS BY ID", &abortProcessById, 1, 1);
  addCommand(registry, "Current process", &currentProcess, 0, 0);
  addCommand(registry, "Current process name", &currentProcessName, 0, 0);
  addCommand(registry, "DELAY PROCESS", &delayProcess, 1, 2);
  addCommand(registry, "QUIT 4D", &quit4D, 0, 1);
  addCommand(registry, "New shared object", &newSharedObjectCommand, 0, -1);
  addCommand(registry, "New shared collection", &newSharedCollectionCommand, 0, -1);
  addCommand(registry, "Storage", &storage, 0, 0);
}

}  // namespace fourd
