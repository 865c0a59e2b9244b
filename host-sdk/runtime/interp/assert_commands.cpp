// ASSERT, Asserted, SET ASSERT ENABLED and Get assert enabled (commands-legacy/assert, asserted,
// set-assert-enabled, get-assert-enabled).
#include <string>

#include "builtins/command_args.h"
#include "interp/engine.h"
#include "interp/language_command_groups.h"
#include "process/process.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

constexpr int kAssertionFailed = -10518;

Process& proc(CallContext& ctx) { return static_cast<Process&>(ctx); }

// SET ASSERT ENABLED without `*` applies to every process, those that chose for themselves with `*` included:
// each global setting starts a new generation, and a process's own choice holds only within the generation it
// was made in. Both are packed as generation << 1 | enabled.
bool assertsEnabled(Process& p) {
  uint64_t global = p.engine().assertSetting.load(std::memory_order_relaxed);
  if (p.localAssertSetting && (p.localAssertSetting >> 1) == (global >> 1)) return p.localAssertSetting & 1;
  return global & 1;
}

Value setAssertEnabled(CallContext& ctx, std::vector<Value>& args, void*) {
  if (args[0].kind() != Kind::Boolean) throwTypeError("SET ASSERT ENABLED", 0, "a Boolean");
  Process& p = proc(ctx);
  uint64_t enabled = args[0].asBool() ? 1 : 0;
  std::atomic<uint64_t>& global = p.engine().assertSetting;
  if (args.size() > 1 && isStarArgument(args[1])) {
    p.localAssertSetting = (global.load() >> 1) << 1 | enabled;
    return Value();
  }
  uint64_t current = global.load();
  while (!global.compare_exchange_weak(current, ((current >> 1) + 1) << 1 | enabled)) {
  }
  return Value();
}

Value getAssertEnabled(CallContext& ctx, std::vector<Value>&, void*) {
  return Value::boolean(assertsEnabled(proc(ctx)));
}

// Checks an assertion as ASSERT and Asserted do: error -10518 when it is false and assertions are enabled.
bool check(CallContext& ctx, std::vector<Value>& args, std::string_view command) {
  if (args[0].kind() != Kind::Boolean) throwTypeError(command, 0, "a Boolean");
  bool holds = args[0].asBool();
  if (!holds && assertsEnabled(proc(ctx))) {
    std::string message = "Assert failed";
    if (args.size() > 1) message += ": " + toText(args[1]);
    throw RuntimeError(kAssertionFailed, message);
  }
  return holds;
}

Value assertCommand(CallContext& ctx, std::vector<Value>& args, void*) {
  check(ctx, args, "ASSERT");
  return Value();
}

// set-assert-enabled.md: "when assertions are disabled, expressions passed to ASSERT commands are no longer
// evaluated". Asserted still evaluates its own: it returns the expression's value either way (asserted.md).
bool assertSkipped(CallContext& ctx) { return !assertsEnabled(proc(ctx)); }

Value asserted(CallContext& ctx, std::vector<Value>& args, void*) {
  return Value::boolean(check(ctx, args, "Asserted"));
}

}  // namespace

void registerAssertCommands(Registry& registry) {
  CommandDef assertDef;
  assertDef.name = "ASSERT";
  assertDef.fn = &assertCommand;
  assertDef.minArgs = 1;
  assertDef.maxArgs = 2;
  assertDef.skipped = &assertSkipped;
  registry.addCommand(std::move(assertDef));
  addCommand(registry, "Asserted", &asserted, 1, 2);
  addCommand(registry, "SET ASSERT ENABLED", &setAssertEnabled, 1, 2);
  addCommand(registry, "Get assert enabled", &getAssertEnabled, 0, 0);
}

}  // namespace fourd
