// A plugin class (4D.<name>) built from the fd_member descriptors the plugin registered. The evaluator reaches
// it only through ClassDef; instances are ObjectData whose native slot is tagged with this class.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "plugins/abi_handles.h"
#include "values/class_def.h"

namespace fourd {

class NativeClass final : public ClassDef {
 public:
  // An assignment to a property without setter raises this 4D error code.
  static constexpr int kReadOnlyError = -10722;

  // `component` (the plugin's name) must outlive the class.
  NativeClass(std::string name, const std::string& component) : name_(std::move(name)), component_(component) {}

  // Members are added while the plugin registers; the class is immutable once it is in the registry.
  void addMember(const fd_member& member);
  const fd_member* instanceMember(std::string_view name) const;
  const fd_member* staticMember(std::string_view name) const;

  std::string_view name() const override { return name_; }
  std::string_view nameSpace() const override { return "4D"; }
  bool get(CallContext& ctx, const Value& self, std::string_view member, Value& out) override;
  bool set(CallContext& ctx, const Value& self, std::string_view member, const Value& value) override;
  bool call(CallContext& ctx, const Value& self, std::string_view member, std::vector<Value>& args,
            Value& out) override;
  bool hasFunction(std::string_view member) const override;
  bool callStatic(CallContext& ctx, std::string_view member, std::vector<Value>& args, Value& out) override;

  // A new instance owning `native`; `finalize(native, hint)` runs when the last reference to it goes.
  Value wrap(void* native, fd_finalize finalize, void* hint);
  // The native pointer when `value` is an instance of this class, else nullptr.
  void* unwrap(const Value& value) const;

 private:
  std::string name_;
  const std::string& component_;
  std::map<std::string, fd_member, std::less<>> instance_;
  std::map<std::string, fd_member, std::less<>> statics_;
};

}  // namespace fourd
