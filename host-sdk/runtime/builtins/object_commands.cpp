// Commands that build and inspect objects and collections.
#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"
#include "values/shared_access.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

ObjectData& requireObject(const std::vector<Value>& args, size_t i, std::string_view what) {
  ObjectData* o = objectArg(args, i, what);
  if (!o) throw RuntimeError(error_code::kInvalidArgument, std::string(what) + ": the object is null");
  return *o;
}

void setPairs(ObjectData& o, std::vector<Value>& args, size_t first, std::string_view what) {
  if ((args.size() - first) % 2 != 0)
    throw RuntimeError(error_code::kInvalidArgument, std::string(what) + ": property names and values go in pairs");
  for (size_t i = first; i < args.size(); i += 2) {
    const std::string& name = textArg(args, i, what);
    Value stored = toStoredValue(std::move(args[i + 1]));
    auto lock = writeLock(o.shared.get());
    o.set(name, std::move(stored));
  }
}

// New shared object and New shared collection are process commands (interp/process_commands.cpp): their
// values join a lock group.
Value newObjectCmd(CallContext&, std::vector<Value>& args, void*) {
  auto o = make<ObjectData>();
  setPairs(*o, args, 0, "New object");
  return Value::object(std::move(o));
}

Value newCollectionCmd(CallContext&, std::vector<Value>& args, void*) {
  auto c = make<CollectionData>();
  c->items.reserve(args.size());
  for (Value& v : args) c->items.push_back(toStoredValue(std::move(v)));
  return Value::collection(std::move(c));
}

template <class Make>
Value mapProps(const std::vector<Value>& args, std::string_view what, Make make) {
  auto out = fourd::make<CollectionData>();
  if (ObjectData* o = objectArg(args, 0, what)) {
    auto props = propsOf(*o);
    out->items.reserve(props->size());
    for (const auto& [key, value] : *props)
      if (!value.isUndefined()) out->items.push_back(make(key, value));
  }
  return Value::collection(std::move(out));
}

Value obKeysCmd(CallContext&, std::vector<Value>& args, void*) {
  return mapProps(args, "OB Keys", [](const std::string& key, const Value&) { return Value::text(key); });
}

Value obValuesCmd(CallContext&, std::vector<Value>& args, void*) {
  return mapProps(args, "OB Values", [](const std::string&, const Value& value) { return value; });
}

Value obEntriesCmd(CallContext&, std::vector<Value>& args, void*) {
  return mapProps(args, "OB Entries", [](const std::string& key, const Value& value) {
    auto entry = make<ObjectData>();
    entry->props.emplace_back("key", Value::text(key));
    entry->props.emplace_back("value", value);
    return Value::object(std::move(entry));
  });
}

Value obIsDefinedCmd(CallContext&, std::vector<Value>& args, void*) {
  ObjectData* o = objectArg(args, 0, "OB Is defined");
  if (!hasArg(args, 1)) return Value::boolean(o != nullptr);
  if (!o) return Value::boolean(false);
  std::optional<Value> v = readProperty(*o, textArg(args, 1, "OB Is defined"));
  return Value::boolean(v && !v->isUndefined());
}

Value obIsEmptyCmd(CallContext&, std::vector<Value>& args, void*) {
  ObjectData* o = objectArg(args, 0, "OB Is empty");
  if (!o) return Value::boolean(true);
  auto props = propsOf(*o);
  for (const auto& [key, value] : *props)
    if (!value.isUndefined()) return Value::boolean(false);
  return Value::boolean(true);
}

Value obRemoveCmd(CallContext&, std::vector<Value>& args, void*) {
  ObjectData& o = requireObject(args, 0, "OB REMOVE");
  const std::string& name = textArg(args, 1, "OB REMOVE");
  auto lock = writeLock(o.shared.get());
  o.remove(name);
  return Value();
}

Value obSetCmd(CallContext&, std::vector<Value>& args, void*) {
  setPairs(requireObject(args, 0, "OB SET"), args, 1, "OB SET");
  return Value();
}

// developer.4d.com/docs/commands-legacy/ob-set-null: stores null in the property, created when missing.
Value obSetNullCmd(CallContext&, std::vector<Value>& args, void*) {
  ObjectData& o = requireObject(args, 0, "OB SET NULL");
  const std::string& name = textArg(args, 1, "OB SET NULL");
  auto lock = writeLock(o.shared.get());
  o.set(name, Value::null());
  return Value();
}

// developer.4d.com/docs/commands-legacy/ob-is-shared: True for a shared object or collection.
Value obIsSharedCmd(CallContext&, std::vector<Value>& args, void*) {
  const Value& v = args[0];
  if (v.isObject()) return Value::boolean(v.asObject()->shared != nullptr);
  if (v.isCollection()) return Value::boolean(v.asCollection()->shared != nullptr);
  if (v.isNull()) return Value::boolean(false);
  throwTypeError("OB Is shared", 0, "an object or a collection");
}

Value obGetCmd(CallContext&, std::vector<Value>& args, void*) {
  ObjectData* o = objectArg(args, 0, "OB Get");
  if (!o) return Value();
  Value v = readProperty(*o, textArg(args, 1, "OB Get")).value_or(Value());
  return hasArg(args, 2) ? convertToValueType(v, intArg(args, 2, "OB Get")) : v;
}

Value obGetTypeCmd(CallContext&, std::vector<Value>& args, void*) {
  ObjectData* o = objectArg(args, 0, "OB Get type");
  std::optional<Value> v = o ? readProperty(*o, textArg(args, 1, "OB Get type")) : std::nullopt;
  return Value::longint(valueTypeConstant(v.value_or(Value())));
}

}  // namespace

void registerObjectCommands(Registry& r) {
  addCommand(r, "New object", newObjectCmd, 0, -1);
  addCommand(r, "New collection", newCollectionCmd, 0, -1);
  addCommand(r, "OB Keys", obKeysCmd, 1, 1);
  addCommand(r, "OB Values", obValuesCmd, 1, 1);
  addCommand(r, "OB Entries", obEntriesCmd, 1, 1);
  addCommand(r, "OB Is defined", obIsDefinedCmd, 1, 2);
  addCommand(r, "OB Is empty", obIsEmptyCmd, 1, 1);
  addCommand(r, "OB REMOVE", obRemoveCmd, 2, 2);
  addCommand(r, "OB SET", obSetCmd, 3, -1);
  addCommand(r, "OB SET NULL", obSetNullCmd, 2, 2);
  addCommand(r, "OB Is shared", obIsSharedCmd, 1, 1);
  addCommand(r, "OB Get", obGetCmd, 2, 3);
  addCommand(r, "OB Get type", obGetTypeCmd, 2, 2);
}

}  // namespace fourd
