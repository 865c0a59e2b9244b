// The one protocol through which the evaluator reaches members of class instances and classes, whoever
// defined the class: user classes (Classes/*.4dm), built-in classes (4D.Function, 4D.Blob) and plugin classes.
#pragma once

#include <string_view>
#include <vector>

#include "values/value.h"

namespace fourd {

class CallContext;

// A built-in function called on a value as a member ($c.push(1), $blob.slice(0; 2)).
using MemberFn = Value (*)(CallContext& ctx, const Value& self, std::vector<Value>& args);

class ClassDef : public HeapCell {
 public:
  // False when reading or writing a property of an instance never involves the class (no computed properties,
  // no native members): the evaluator then goes to the object's own properties directly.
  bool interceptsProperties() const { return interceptsProperties_; }

  virtual std::string_view name() const = 0;       // "ChatHandler", "WebSocketServer"
  virtual std::string_view nameSpace() const = 0;  // "cs" or "4D"
  virtual ClassDef* superclass() const { return nullptr; }

  // Instance members. Each returns false when the class has no such member, so that the caller falls back to
  // the object's plain properties. They throw RuntimeError for errors (e.g. assigning a read-only property).
  virtual bool get(CallContext& ctx, const Value& self, std::string_view member, Value& out) = 0;
  virtual bool set(CallContext& ctx, const Value& self, std::string_view member, const Value& value) = 0;
  virtual bool call(CallContext& ctx, const Value& self, std::string_view member, std::vector<Value>& args,
                    Value& out) = 0;
  virtual bool hasFunction(std::string_view member) const = 0;

  // Class-level members: `new` and static functions (cs.Name.new(...), 4D.WebSocketServer.new(...)).
  virtual bool callStatic(CallContext& ctx, std::string_view member, std::vector<Value>& args, Value& out) = 0;

 protected:
  bool interceptsProperties_ = true;
};

// True when `cls` is `target` or inherits from it.
inline bool inheritsFrom(const ClassDef* cls, const ClassDef* target) {
  for (; cls; cls = cls->superclass())
    if (cls == target) return true;
  return false;
}

}  // namespace fourd
