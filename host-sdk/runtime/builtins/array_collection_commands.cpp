// Arrays to and from collections and object properties: ARRAY TO COLLECTION, COLLECTION TO ARRAY, OB SET
// ARRAY, OB GET ARRAY, OB GET PROPERTY NAMES (docs/commands-legacy/<name>.md). Numbers go into collections and
// objects as Real, as everywhere; elements come back converted to the array's type.
#include <string>

#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"
#include "values/array_data.h"
#include "values/shared_access.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

Value collectionOf(const ArrayData& a) {
  auto c = make<CollectionData>();
  c->items.reserve(a.size());
  for (size_t i = 1; i <= a.size(); ++i) c->items.push_back(toStoredValue(a.items[i]));
  return Value::collection(std::move(c));
}

// The array gets the items' values (or their property `name`, when given), converted to its type.
void fill(ArrayData& a, const std::vector<Value>& items, const std::string* name) {
  resizeArray(a, 0);
  a.items.reserve(items.size() + 1);
  for (const Value& item : items) {
    Value v = item;
    if (name) {
      const Value* property = item.isObject() ? item.asObject()->find(*name) : nullptr;
      v = property ? *property : Value();
    }
    a.items.push_back(toArrayElement(a.type, v.isNull() && a.type != ArrayType::Object ? Value() : v));
  }
}

// ARRAY TO COLLECTION(collection; array {; propertyName}{; array2; propertyName2…})
Value arrayToCollection(CallContext&, std::vector<Value>& args, void*) {
  CollectionData* c = collectionArg(args, 0, "ARRAY TO COLLECTION");
  if (!c) throwTypeError("ARRAY TO COLLECTION", 0, "a collection");
  auto lock = writeLock(c->shared.get());
  c->items.clear();
  if (args.size() == 2) {
    c->items = collectionOf(arrayArg(args, 1, "ARRAY TO COLLECTION")).asCollection()->items;
    return Value();
  }
  for (size_t i = 1; i + 1 < args.size(); i += 2) {
    ArrayData& a = arrayArg(args, i, "ARRAY TO COLLECTION");
    const std::string& name = textArg(args, i + 1, "ARRAY TO COLLECTION");
    if (c->items.size() < a.size()) c->items.resize(a.size());
    for (size_t e = 1; e <= a.size(); ++e) {
      Value& item = c->items[e - 1];
      if (!item.isObject()) item = Value::object(make<ObjectData>());
      item.asObject()->set(name, toStoredValue(a.items[e]));
    }
  }
  return Value();
}

// COLLECTION TO ARRAY(collection; array {; propertyName}{; array2; propertyName2…})
Value collectionToArray(CallContext&, std::vector<Value>& args, void*) {
  CollectionData* c = collectionArg(args, 0, "COLLECTION TO ARRAY");
  if (!c) throwTypeError("COLLECTION TO ARRAY", 0, "a collection");
  auto lock = readLock(c->shared.get());
  if (args.size() == 2) {
    fill(arrayArg(args, 1, "COLLECTION TO ARRAY"), c->items, nullptr);
    return Value();
  }
  for (size_t i = 1; i + 1 < args.size(); i += 2) {
    const std::string& name = textArg(args, i + 1, "COLLECTION TO ARRAY");
    fill(arrayArg(args, i, "COLLECTION TO ARRAY"), c->items, name.empty() ? nullptr : &name);  // "": the elements
  }
  return Value();
}

// OB SET ARRAY(object; property; array): the property becomes a collection of the elements.
Value obSetArray(CallContext&, std::vector<Value>& args, void*) {
  ObjectData* o = objectArg(args, 0, "OB SET ARRAY");
  if (!o) throwTypeError("OB SET ARRAY", 0, "an object");
  Value elements = collectionOf(arrayArg(args, 2, "OB SET ARRAY"));
  auto lock = writeLock(o->shared.get());
  o->set(textArg(args, 1, "OB SET ARRAY"), std::move(elements));
  return Value();
}

// OB GET ARRAY(object; property; array): the array gets the elements of the collection the property holds.
Value obGetArray(CallContext&, std::vector<Value>& args, void*) {
  ObjectData* o = objectArg(args, 0, "OB GET ARRAY");
  ArrayData& a = arrayArg(args, 2, "OB GET ARRAY");
  if (!o) {
    resizeArray(a, 0);
    return Value();
  }
  auto lock = readLock(o->shared.get());
  const Value* property = o->find(textArg(args, 1, "OB GET ARRAY"));
  if (property && property->isCollection())
    fill(a, property->asCollection()->items, nullptr);
  else
    resizeArray(a, 0);
  return Value();
}

// OB GET PROPERTY NAMES(object; arrProperties {; arrTypes}): the names of the object's properties and the type
// of each ("For array attributes, the command returns Is collection": arrays are collections in objects here).
Value obGetPropertyNames(CallContext&, std::vector<Value>& args, void*) {
  ObjectData* o = objectArg(args, 0, "OB GET PROPERTY NAMES");
  ArrayData& names = arrayArg(args, 1, "OB GET PROPERTY NAMES");
  ArrayData* types = hasArg(args, 2) ? &arrayArg(args, 2, "OB GET PROPERTY NAMES") : nullptr;
  std::vector<Value> nameValues, typeValues;
  if (o) {
    auto props = propsOf(*o);
    for (const auto& [name, value] : *props) {
      if (value.isUndefined()) continue;
      nameValues.push_back(Value::text(name));
      typeValues.push_back(Value::longint(valueTypeConstant(value)));
    }
  }
  fill(names, nameValues, nullptr);
  if (types) fill(*types, typeValues, nullptr);
  return Value();
}

}  // namespace

void registerArrayCollectionCommands(Registry& registry) {
  addCommand(registry, "ARRAY TO COLLECTION", &arrayToCollection, 2, -1);
  addCommand(registry, "COLLECTION TO ARRAY", &collectionToArray, 2, -1);
  addCommand(registry, "OB SET ARRAY", &obSetArray, 3, 3);
  addCommand(registry, "OB GET ARRAY", &obGetArray, 3, 3);
  addCommand(registry, "OB GET PROPERTY NAMES", &obGetPropertyNames, 2, 3);
}

}  // namespace fourd
