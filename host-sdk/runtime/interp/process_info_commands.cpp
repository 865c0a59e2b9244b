// What a process learns about processes: Process state, Process number, Count tasks, Count user processes,
// PROCESS PROPERTIES and Process aborted (commands-legacy/process-state, process-number, count-tasks,
// count-user-processes, process-properties, process-aborted).
#include "builtins/command_args.h"
#include "interp/engine.h"
#include "interp/language_command_groups.h"
#include "process/process.h"
#include "values/date_time.h"

namespace fourd {

namespace {

Engine& engineOf(CallContext& ctx) { return static_cast<Process&>(ctx).engine(); }

Value processState(CallContext& ctx, std::vector<Value>& args, void*) {
  auto info = engineOf(ctx).processes.info(processNumberArg(args, 0, "Process state"));
  return Value::longint(static_cast<int>(info ? info->state : ProcessState::DoesNotExist));
}

// Process number(name {; *}): `*` asks a server for its stored procedure's number; the host is that server.
Value processNumber(CallContext& ctx, std::vector<Value>& args, void*) {
  return Value::longint(engineOf(ctx).processes.numberOf(textArg(args, 0, "Process number")));
}

Value countTasks(CallContext& ctx, std::vector<Value>&, void*) {
  return Value::longint(engineOf(ctx).processes.highestAlive());
}

Value countUserProcesses(CallContext& ctx, std::vector<Value>&, void*) {
  return Value::longint(engineOf(ctx).processes.countLiveUserProcesses());
}

Value processAborted(CallContext& ctx, std::vector<Value>&, void*) {
  return Value::boolean(static_cast<Process&>(ctx).stopRequested);
}

// Process info(process) (commands/process-info, 4D 20 R7): the process described in an object, Null for a number
// that names no process. As for PROCESS PROPERTIES, the host measures no CPU time and every process is visible
// and preemptive; it has no sessions (sessionID "") and its numbers are the unique and system IDs.
Value processInfo(CallContext& ctx, std::vector<Value>& args, void*) {
  const int number = processNumberArg(args, 0, "Process info");
  auto info = engineOf(ctx).processes.info(number);
  if (!info) return Value::null();
  auto o = make<ObjectData>();
  o->set("cpuTime", Value::real(0));
  o->set("cpuUsage", Value::real(0));
  o->set("creationDateTime", Value::text(isoTimestamp(info->created)));
  o->set("ID", Value::longint(number));
  o->set("name", Value::text(info->name));
  o->set("number", Value::longint(number));
  o->set("preemptive", Value::boolean(true));
  o->set("sessionID", Value::text(""));
  o->set("state", Value::longint(static_cast<int>(info->state)));
  o->set("systemID", Value::text(std::to_string(number)));
  o->set("type", Value::longint(static_cast<int>(info->origin)));
  o->set("visible", Value::boolean(true));
  return Value::object(std::move(o));
}

// PROCESS PROPERTIES(process; procName; procState; procTime {; procMode {; uniqueID {; origin}}}): an unknown
// process leaves the variables as they were. The host does not measure a process's time: procTime is 0. Every
// process is visible (there is no HIDE PROCESS) and preemptive (each runs on its own thread).
Value processProperties(CallContext& ctx, std::vector<Value>& args, void*) {
  auto number = processNumberArg(args, 0, "PROCESS PROPERTIES");
  auto info = engineOf(ctx).processes.info(number);
  if (!info) return Value();
  args[1] = Value::text(info->name);
  args[2] = Value::longint(static_cast<int>(info->state));
  args[3] = Value::longint(0);
  constexpr int kVisibleBit = 1, kPreemptiveBit = 2;
  if (args.size() > 4)
    args[4] = args[4].kind() == Kind::Boolean ? Value::boolean(true) : Value::longint(kVisibleBit | kPreemptiveBit);
  if (args.size() > 5) args[5] = Value::longint(number);
  if (args.size() > 6) args[6] = Value::longint(static_cast<int>(info->origin));
  return Value();
}

}  // namespace

void registerProcessInfoCommands(Registry& registry) {
  addCommand(registry, "Process state", &processState, 1, 1);
  addCommand(registry, "Process number", &processNumber, 1, 2);
  addCommand(registry, "Count tasks", &countTasks, 0, 0);
  addCommand(registry, "Count user processes", &countUserProcesses, 0, 0);
  addCommand(registry, "Process aborted", &processAborted, 0, 0);
  addCommand(registry, "Process info", &processInfo, 1, 1);
  constexpr uint32_t kOutputs = 0b1111110;  // procName … origin
  addCommand(registry, "PROCESS PROPERTIES", &processProperties, 4, 7, kOutputs);
}

}  // namespace fourd
