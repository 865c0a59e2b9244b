// CALL WORKER and the other commands about processes, workers, shared values and quitting.
#include <algorithm>
#include <chrono>
#include <thread>

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

// CALL WORKER(name; formula or method name {; param}...)
Value callWorker(CallContext& ctx, std::vector<Value>& args, void*) {
  Process& p = proc(ctx);
  const std::string& name = textArg(args, 0, "CALL WORKER");
  std::vector<Value> params;
  for (size_t i = 2; i < args.size(); ++i) params.push_back(forWorker(args[i]));
  std::function<void(CallContext&)> task;
  if (formulaOf(args[1])) {
    Value formula = copyFormulaForWorker(args[1]);
    task = [formula, params](CallContext& worker) mutable { invokeFormula(proc(worker), formula, Value(), params); };
  } else {
    const std::string& methodName = textArg(args, 1, "CALL WORKER");
    const CompiledFunction* method = p.engine().project->method(methodName);
    if (!method) throw RuntimeError(kMethodNotFound, "CALL WORKER: method not found: " + methodName);
    task = [method, params](CallContext& worker) { callMethod(proc(worker), *method, params); };
  }
  auto queue = p.engine().workers.queueFor(name);
  if (!queue || !queue->post(std::move(task)))
    throw RuntimeError(-10741, "CALL WORKER: the worker '" + name + "' is not available");
  return Value();
}

Value killWorker(CallContext& ctx, std::vector<Value>& args, void*) {
  Process& p = proc(ctx);
  std::string name = args.empty() ? std::string(p.processName()) : textArg(args, 0, "KILL WORKER");
  p.engine().workers.kill(name);
  return Value();
}

Value currentProcess(CallContext& ctx, std::vector<Value>&, void*) { return Value::longint(proc(ctx).number()); }

Value currentProcessName(CallContext& ctx, std::vector<Value>&, void*) {
  return Value::text(std::string(ctx.processName()));
}

// DELAY PROCESS(process; ticks): the current process sleeps; a stop request ends the wait early.
Value delayProcess(CallContext& ctx, std::vector<Value>& args, void*) {
  Process& p = proc(ctx);
  double seconds = numberArg(args, args.size() - 1, "DELAY PROCESS") / kTicksPerSecond;
  if (!(seconds > 0)) return Value();
  // Waited as a century at most: the clock counts nanoseconds in 64 bits, which a longer delay would overflow.
  constexpr double kLongestDelaySeconds = 100.0 * 365 * 24 * 3600;
  seconds = std::min(seconds, kLongestDelaySeconds);
  using Clock = std::chrono::steady_clock;
  auto until = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
  while (!p.stopRequested && Clock::now() < until)
    std::this_thread::sleep_for(std::min<Clock::duration>(until - Clock::now(), std::chrono::milliseconds(10)));
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
  addCommand(registry, "Current process", &currentProcess, 0, 0);
  addCommand(registry, "Current process name", &currentProcessName, 0, 0);
  addCommand(registry, "DELAY PROCESS", &delayProcess, 1, 2);
  addCommand(registry, "QUIT 4D", &quit4D, 0, 1);
  addCommand(registry, "New shared object", &newSharedObjectCommand, 0, -1);
  addCommand(registry, "New shared collection", &newSharedCollectionCommand, 0, -1);
  addCommand(registry, "Storage", &storage, 0, 0);
}

}  // namespace fourd
