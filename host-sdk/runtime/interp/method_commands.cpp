// Commands about the method being run: Current method name, Count parameters, EXECUTE METHOD.
#include <string>

#include "builtins/command_args.h"
#include "builtins/ok_result.h"
#include "interp/compiled_function.h"
#include "interp/engine.h"
#include "interp/frame.h"
#include "interp/invoke.h"
#include "interp/language_command_groups.h"
#include "interp/project.h"
#include "process/process.h"

namespace fourd {

namespace {

constexpr int kMethodNotFound = -10724;

Process& proc(CallContext& ctx) { return static_cast<Process&>(ctx); }

// As commands-legacy/current-method-name lists them: "MethodName", "ClassName.FunctionName" and
// "ClassName:constructor". A formula reports the method that runs it.
Value currentMethodName(CallContext& ctx, std::vector<Value>&, void*) {
  const Frame* frame = proc(ctx).frame;
  if (!frame) return Value::text("");
  const CompiledFunction* fn = frame->fn;
  if (fn && fn->owner && fn->decl->kind == lang::FunctionKind::Constructor)
    return Value::text(std::string(fn->owner->name()) + ":constructor");
  return Value::text(std::string(frame->name));
}

Value countParameters(CallContext& ctx, std::vector<Value>&, void*) {
  const Frame* frame = proc(ctx).frame;
  return Value::longint(frame && frame->args ? static_cast<int64_t>(frame->args->size()) : 0);
}

// EXECUTE METHOD(methodName {; result | *} {; param}...): `result` (argument 2) receives what the method
// returns; `*` says there is none; "If this command is executed correctly, the system variable OK is set to 1;
// otherwise, it is set to 0" (commands-legacy/execute-method).
Value executeMethod(CallContext& ctx, std::vector<Value>& args, void*) {
  OKResult ok(ctx);
  Process& p = proc(ctx);
  const std::string& name = textArg(args, 0, "EXECUTE METHOD");
  const CompiledFunction* method = p.engine().project->method(name);
  if (!method) throw RuntimeError(kMethodNotFound, "EXECUTE METHOD: method not found: " + name);
  std::vector<Value> params(args.size() > 2 ? args.begin() + 2 : args.end(), args.end());
  Value result = callMethod(p, *method, std::move(params));
  if (args.size() > 1 && !isStarArgument(args[1])) args[1] = std::move(result);
  ok.succeeded();
  return Value();
}

}  // namespace

void registerMethodCommands(Registry& registry) {
  addCommand(registry, "Current method name", &currentMethodName, 0, 0);
  addCommand(registry, "Count parameters", &countParameters, 0, 0);
  addCommand(registry, "EXECUTE METHOD", &executeMethod, 1, -1, 1u << 1);
}

}  // namespace fourd
