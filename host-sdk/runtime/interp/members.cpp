#include "interp/members.h"

#include <cmath>
#include <string>

#include "process/process.h"
#include "process/shared_values.h"
#include "values/class_def.h"
#include "values/errors.h"
#include "values/shared_access.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

constexpr int kNullObjectError = -10716;
constexpr int kNotAnObjectError = -10741;

[[noreturn]] void notAnObject(const Value& v, std::string_view name) {
  if (v.isNull()) throw RuntimeError(kNullObjectError, "Cannot use property '" + std::string(name) + "' of Null");
  throw RuntimeError(kNotAnObjectError, "'" + std::string(name) + "' is not a property of a " +
                                            std::string(v.isText() ? "text" : v.isNumber() ? "number" : "value"));
}

size_t collectionIndex(const Value& index) {
  if (!index.isNumber()) throw RuntimeError(-10731, "A collection index must be a number");
  double i = index.asNumber();
  if (i < 0 || std::isnan(i)) throw RuntimeError(-10731, "Collection index out of range: " + toText(index));
  return static_cast<size_t>(truncatedInteger(i));
}

Value prepareForContainer(Process& p, const Ref<SharedGroup>& group, Value v) {
  if (!group) return toStoredValue(std::move(v));
  requireHeld(p.held, group.get());
  return adoptIntoGroup(toStoredValue(std::move(v)), group);
}

}  // namespace

Value getMember(Process& p, const Value& object, std::string_view name) {
  switch (object.kind()) {
    case Kind::Object: {
      ObjectData* o = object.asObject();
      if (o->cls) {
        Value out;
        if (o->cls->get(p, object, name, out)) return out;
      }
      auto lock = readLock(o->shared.get());
      const Value* v = o->find(name);
      return v ? *v : Value();
    }
    case Kind::Collection:
      if (name == "length") {
        const CollectionData* c = object.asCollection();
        auto lock = readLock(c->shared.get());
        return Value::real(static_cast<double>(c->items.size()));
      }
      return Value();
    case Kind::Blob:
      if (name == "size") return Value::real(static_cast<double>(object.asBlob()->bytes.size()));
      return Value();
    case Kind::Undefined:
    case Kind::Null:
      // 4D: `var $o : Object` then `$o.a` reads undefined, no error; the length of an undefined collection is 0.
      return name == "length" ? Value::real(0) : Value();
    default: notAnObject(object, name);
  }
}

void setMember(Process& p, const Value& object, std::string_view name, Value v) {
  if (!object.isObject()) {
    if (object.isCollection() && name == "length") throw RuntimeError(-10700, "length is read-only");
    notAnObject(object, name);
  }
  ObjectData* o = object.asObject();
  if (o->cls && o->cls->set(p, object, name, v)) return;
  Value stored = prepareForContainer(p, o->shared, std::move(v));
  auto lock = writeLock(o->shared.get());
  o->set(name, std::move(stored));
}

Value getIndexed(Process& p, const Value& object, const Value& index) {
  if (object.isCollection()) {
    size_t i = collectionIndex(index);
    const CollectionData* c = object.asCollection();
    {
      auto lock = readLock(c->shared.get());
      if (i < c->items.size()) return c->items[i];
    }
    throw RuntimeError(-10731, "Collection index out of range: " + toText(index));
  }
  if (object.isObject()) {
    if (!index.isText()) throw RuntimeError(-10741, "An object property name must be a text");
    return getMember(p, object, index.asText());
  }
  if (object.isUndefined() || object.isNull()) {
    // A number reads an element: a collection must have been instantiated for that (developer.4d.com, Concepts,
    // Collection, "Instantiation"); a name reads a property, undefined on a Null object as with the dot.
    if (index.isNumber())
      throw RuntimeError(kNullObjectError, "Cannot read element " + toText(index) + " of a Null collection");
    return Value();
  }
  notAnObject(object, toText(index));
}

void setIndexed(Process& p, const Value& object, const Value& index, Value v) {
  if (object.isCollection()) {
    CollectionData* c = object.asCollection();
    size_t i = collectionIndex(index);
    Value stored = prepareForContainer(p, c->shared, std::move(v));
    auto lock = writeLock(c->shared.get());
    if (i >= kMaxElements) throw RuntimeError(kNotEnoughMemory, "Collection index too large: " + toText(index));
    if (i >= c->items.size()) c->items.resize(i + 1, Value::null());
    c->items[i] = std::move(stored);
    return;
  }
  if (object.isObject()) {
    if (!index.isText()) throw RuntimeError(-10741, "An object property name must be a text");
    setMember(p, object, index.asText(), std::move(v));
    return;
  }
  notAnObject(object, toText(index));
}

}  // namespace fourd
