// Calls from a plugin into 4D code, and errors in both directions.
#include <mutex>

#include "plugins/env.h"
#include "plugins/host_api.h"

namespace fourd {

namespace {

bool isFormula(const Value& v) {
  if (!v.isObject() || !v.asObject()->cls) return false;
  const ClassDef& cls = *v.asObject()->cls;
  return cls.nameSpace() == "4D" && cls.name() == "Function";
}

int hasFunction(fd_env, fd_value object, const char* name) noexcept {
  if (!object || !name || !fromHandle(object)->isObject()) return 0;
  const ObjectData& obj = *fromHandle(object)->asObject();
  if (obj.cls && obj.cls->hasFunction(name)) return 1;
  std::unique_lock<std::recursive_mutex> lock;
  if (obj.shared) lock = std::unique_lock<std::recursive_mutex>(obj.shared->mutex);
  const Value* property = obj.find(name);
  return property && isFormula(*property) ? 1 : 0;
}

fd_status callFunction(fd_env env, fd_value object, const char* name, size_t argc, const fd_value* argv,
                       fd_value* result) noexcept {
  if (result) *result = nullptr;
  if (!env || !object || !name || (argc && !argv) || !fromHandle(object)->isObject()) return FD_INVALID_ARG;
  if (!hasFunction(env, object, name)) return FD_NOT_FOUND;
  std::vector<Value> args;
  args.reserve(argc);
  for (size_t i = 0; i < argc; ++i) {
    if (!argv[i]) return FD_INVALID_ARG;
    args.push_back(*fromHandle(argv[i]));
  }
  Env& e = *fromHandle(env);
  Value out;
  fd_status status = e.guard([&] {
    out = e.context().callFunction(*fromHandle(object), name, std::move(args));
    return FD_OK;
  });
  if (status == FD_OK && result) *result = e.hold(std::move(out));
  return status;
}

void throwError(fd_env env, int code, const char* message) noexcept {
  if (env) fromHandle(env)->raise(code, message ? message : "");
}

fd_value lastErrors(fd_env env) noexcept {
  if (!env) return nullptr;
  Env& e = *fromHandle(env);
  return e.hold(e.lastErrors().isUndefined() ? Value::collection(make<CollectionData>()) : e.lastErrors());
}

}  // namespace

void addCallFunctions(fd_host_api& api) {
  api.has_function = hasFunction;
  api.call_function = callFunction;
  api.throw_error = throwError;
  api.last_errors = lastErrors;
}

}  // namespace fourd
