// The commands that need the interpreter: output, errors, formulas and classes, processes and workers, shared
// values.
#include <string>

#include "builtins/command_args.h"
#include "interp/class_values.h"
#include "interp/console_output.h"
#include "interp/engine.h"
#include "interp/formula.h"
#include "interp/language_command_groups.h"
#include "interp/runtime.h"
#include "process/process.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

constexpr int64_t kIntoSystemStandardOutputs = 6;

Process& proc(CallContext& ctx) { return static_cast<Process&>(ctx); }

Value alert(CallContext&, std::vector<Value>& args, void*) {
  printText(toText(args[0]) + "\n");
  return Value();
}

// LOG EVENT({outputType;} message{; importance}): only the standard outputs destination prints here. Unlike 4D,
// which writes the message as is, the host ends it with a line break, as ALERT does: tests and operators read
// the output line by line, live.
Value logEvent(CallContext&, std::vector<Value>& args, void*) {
  bool typed = args[0].isNumber() && args.size() >= 2;
  int64_t output = typed ? intArg(args, 0, "LOG EVENT") : 0;
  if (output == kIntoSystemStandardOutputs) printText(toText(args[1]) + "\n");
  return Value();
}

Value onErrCall(CallContext& ctx, std::vector<Value>& args, void*) {
  proc(ctx).errorHandler = textArg(args, 0, "ON ERR CALL");
  return Value();
}

Value methodCalledOnError(CallContext& ctx, std::vector<Value>&, void*) {
  return Value::text(proc(ctx).errorHandler);
}

Value lastErrors(CallContext& ctx, std::vector<Value>&, void*) { return ctx.lastErrors(); }

// The system variables an ON ERR CALL method reads (commands-legacy/on-err-call) besides Error (a process
// variable, process/system_variables.h): the method and line where the error occurred. Read only: 4D code cannot
// assign them here. Error formula, the text of the statement, is "": the host keeps no source text once a project
// is loaded.
Value errorMethod(CallContext& ctx, std::vector<Value>&, void*) {
  return Value::text(proc(ctx).handledError.method);
}
Value errorLine(CallContext& ctx, std::vector<Value>&, void*) { return Value::longint(proc(ctx).handledError.line); }
Value errorFormula(CallContext&, std::vector<Value>&, void*) { return Value::text(""); }

Value obInstanceOf(CallContext&, std::vector<Value>& args, void*) {
  ClassDef* target = classOfValue(args[1]);
  if (!target) throwTypeError("OB Instance of", 1, "a class");
  if (args[0].isBlob() && !args[0].asBlob()->scalar)  // a Blob variable's value is not an object
    return Value::boolean(inheritsFrom(Registry::global().fourDClass("Blob"), target));
  if (!args[0].isObject()) return Value::boolean(false);
  return Value::boolean(inheritsFrom(args[0].asObject()->cls.get(), target));
}

Value obClass(CallContext& ctx, std::vector<Value>& args, void*) {
  ClassDef* cls = args[0].isObject() ? args[0].asObject()->cls.get() : nullptr;
  return cls ? classValue(ctx, cls) : Value::null();
}

}  // namespace

void registerLanguageCommands(Registry& registry) {
  addCommand(registry, "ALERT", &alert, 1, 2);
  addCommand(registry, "LOG EVENT", &logEvent, 1, 3);
  addCommand(registry, "ON ERR CALL", &onErrCall, 1, 2);
  addCommand(registry, "Method called on error", &methodCalledOnError, 0, 1);
  addCommand(registry, "Last errors", &lastErrors, 0, 0);
  addCommand(registry, "Error method", &errorMethod, 0, 0);
  addCommand(registry, "Error line", &errorLine, 0, 0);
  addCommand(registry, "Error formula", &errorFormula, 0, 0);
  addCommand(registry, "OB Instance of", &obInstanceOf, 2, 2);
  addCommand(registry, "OB Class", &obClass, 1, 1);
  registry.addClass(Ref<ClassDef>(functionClass()));
  registerProcessCommands(registry);
  registerProcessInfoCommands(registry);
  registerPointerCommands(registry);
  registerAssertCommands(registry);
  registerMethodCommands(registry);
  registerCopyCommands(registry);
}

}  // namespace fourd
