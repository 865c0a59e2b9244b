#include "plugins/env.h"

namespace fourd {

Value errorCollection(const ErrorInfo& error) {
  Ref<ObjectData> entry = make<ObjectData>();
  entry->set("errCode", Value::real(error.code));
  entry->set("message", Value::text(error.message));
  entry->set("componentSignature", Value::text(error.component));
  Ref<CollectionData> errors = make<CollectionData>();
  errors->items.push_back(Value::object(std::move(entry)));
  return Value::collection(std::move(errors));
}

void Env::raise(int code, std::string message) {
  if (raised_) return;
  raised_.emplace();
  raised_->code = code;
  raised_->message = std::move(message);
  raised_->component = component_;
}

void Env::throwIfRaised() {
  if (raised_) throw RuntimeError(*std::exchange(raised_, std::nullopt));
}

Value invokeCallback(CallContext& ctx, const std::string& component, fd_callback callback, void* data,
                     const Value* self, const std::vector<Value>& args) {
  Env env(ctx, component);
  fd_value selfHandle = self ? env.hold(*self) : nullptr;
  std::vector<fd_value> argv;
  argv.reserve(args.size());
  for (const Value& arg : args) argv.push_back(env.hold(arg));
  fd_value result = callback(toHandle(&env), selfHandle, argv.size(), argv.data(), data);
  env.throwIfRaised();
  return result ? *fromHandle(result) : Value();
}

}  // namespace fourd
