// 4D.Counter: static functions, a read-only and writable properties, methods, errors and calls into 4D code.
#include <cmath>
#include <iterator>
#include <vector>

#include "test_plugin.h"

namespace test_plugin {

namespace {

using fourd::plugin::Call;
using fourd::plugin::Error;

// The instance stays alive during the call (the host holds `self`), so a reference is enough.
Counter& self(const Call& call) {
  std::shared_ptr<Counter> counter = call.env.unwrapShared<Counter>(call.self, counterClass);
  if (!counter) throw Error("this is not a 4D.Counter");
  return *counter;
}

// new({start; step; label})
fd_value create(const Call& call) {
  auto counter = std::make_shared<Counter>();
  fd_value options = call.arg(0);
  if (call.env.type(options) == FD_OBJECT) {
    const fourd::plugin::Env& env = call.env;
    if (fd_value v = env.get(options, "start"); !env.isNullish(v)) counter->value = env.numberOf(v, "start");
    if (fd_value v = env.get(options, "step"); !env.isNullish(v)) counter->step = env.numberOf(v, "step");
    if (fd_value v = env.get(options, "label"); !env.isNullish(v)) counter->label = env.textOf(v, "label");
  }
  return call.env.wrapShared(counterClass, std::move(counter));
}

fd_value live(const Call& call) { return call.env.number(Counter::live.load()); }

fd_value isCounter(const Call& call) {
  return call.env.boolean(call.env.unwrapShared<Counter>(call.arg(0), counterClass) != nullptr);
}

fd_value getValue(const Call& call) { return call.env.number(self(call).value); }
fd_value getStep(const Call& call) { return call.env.number(self(call).step); }
fd_value getLabel(const Call& call) { return call.env.text(self(call).label); }

fd_value setStep(const Call& call) {
  double step = call.env.numberOf(call.arg(0), "step");
  if (step == 0 || !std::isfinite(step)) throw Error("step must be a non-zero number", 42);
  self(call).step = step;
  return nullptr;
}

fd_value setLabel(const Call& call) {
  self(call).label = call.env.textOf(call.arg(0), "label");
  return nullptr;
}

fd_value increment(const Call& call) {
  Counter& counter = self(call);
  counter.value += counter.step;
  return call.env.number(counter.value);
}

// fail(code; message): raises the 4D error given.
fd_value fail(const Call& call) {
  int code = static_cast<int>(call.env.numberOf(call.arg(0), "code"));
  call.env.raise(code, std::string(call.env.textOf(call.arg(1), "message")));
  return nullptr;
}

fd_value snapshot(const Call& call) {
  Counter& counter = self(call);
  fd_value result = call.env.object();
  call.env.set(result, "value", call.env.number(counter.value));
  call.env.set(result, "step", call.env.number(counter.step));
  call.env.set(result, "label", call.env.text(counter.label));
  return result;
}

// callBack(object; functionName; args...): object.functionName(args...), with this counter's value appended.
fd_value callBack(const Call& call) {
  std::string name(call.env.textOf(call.arg(1), "function name"));
  std::vector<fd_value> args(call.args.size() > 2 ? call.args.begin() + 2 : call.args.end(), call.args.end());
  args.push_back(call.env.number(self(call).value));
  fd_value result = nullptr;
  fd_status status = fourd::plugin::api().call_function(call.env.raw(), call.arg(0), name.c_str(), args.size(),
                                                        args.data(), &result);
  if (status == FD_NOT_FOUND) throw Error("the object has no function " + name, 43);
  if (status == FD_RAISED) {
    fd_value first = call.env.at(call.env.lastErrors(), 0);
    throw Error("the callback raised: " + std::string(call.env.textOf(call.env.get(first, "message"))), 44);
  }
  if (status != FD_OK) throw Error("call_function failed", 45);
  return result;
}

}  // namespace

fd_status defineCounterClass(fd_registrar reg) {
  using namespace fourd::plugin;
  const fd_member members[] = {
      staticMethod<create>("new"),
      staticMethod<live>("live"),
      staticMethod<isCounter>("isCounter"),
      readOnly<getValue>("value"),
      fd_member{"step", nullptr, &callback<getStep>, &callback<setStep>, 0, nullptr},
      fd_member{"label", nullptr, &callback<getLabel>, &callback<setLabel>, 0, nullptr},
      method<increment>("increment"),
      method<fail>("fail"),
      method<snapshot>("snapshot"),
      method<callBack>("callBack"),
      method<startTicker>("startTicker"),
  };
  return api().define_class(reg, "Counter", members, std::size(members), &counterClass);
}

}  // namespace test_plugin
