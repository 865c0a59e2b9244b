#include "fake_context.h"

namespace fourd::testing {

bool FakeMailbox::post(std::function<void(CallContext&)> task) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (closed_) return false;
  tasks_.push_back(std::move(task));
  return true;
}

size_t FakeMailbox::runQueued(CallContext& ctx) {
  std::deque<std::function<void(CallContext&)>> batch;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    batch.swap(tasks_);
  }
  for (auto& task : batch) task(ctx);
  return batch.size();
}

void FakeMailbox::close() {
  std::deque<std::function<void(CallContext&)>> dropped;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
    dropped.swap(tasks_);
  }
  closeWatchers_.fire();
}

bool FakeHandler::call(CallContext&, const Value&, std::string_view member, std::vector<Value>& args, Value& out) {
  std::string entry(member);
  for (const Value& arg : args) entry += ":" + (arg.isText() ? arg.asText() : std::to_string(int(arg.asNumber())));
  calls.push_back(entry);
  if (member == "explode") throw RuntimeError(500, "boom");
  out = Value::text(entry);
  return true;
}

bool FakeHandler::hasFunction(std::string_view member) const {
  return member == "greet" || member == "explode" || member == "onTick" || member == "onDone";
}

Value FakeHandler::newInstance() {
  Ref<ObjectData> obj = make<ObjectData>();
  obj->cls = make<FakeHandler>();
  return Value::object(obj);
}

Value FakeContext::callFormula(const Value&, const Value&, std::vector<Value>) {
  throw RuntimeError(1, "the fake context has no formulas");
}

Value FakeContext::callFunction(const Value& object, std::string_view member, std::vector<Value> args) {
  Value out;
  ClassDef* cls = object.isObject() ? object.asObject()->cls.get() : nullptr;
  if (!cls || !cls->call(*this, object, member, args, out)) throw RuntimeError(2, "no such function");
  return out;
}

std::shared_ptr<void> FakeContext::keepAlive() {
  std::shared_ptr<void> held = keepAlive_.lock();
  if (!held) {
    held = std::make_shared<int>(0);
    keepAlive_ = held;
  }
  return held;
}

Value FakeContext::lastErrors() const { return Value::collection(make<CollectionData>()); }

}  // namespace fourd::testing
