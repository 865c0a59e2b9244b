#include "plugins/registration.h"

#include <algorithm>

#include "plugins/env.h"

namespace fourd {

namespace {

bool contains(const std::vector<std::string>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string quoted(std::string_view name) { return "'" + std::string(name) + "'"; }

// The kinds of member, as worded in problems; a member matches its declaration when the kinds are equal.
const char* registeredKind(const fd_member& m) {
  if (m.flags & FD_MEMBER_STATIC) return "class function";
  if (m.method) return "function";
  return m.setter ? "writable property" : "read-only property";
}

std::string declaredKind(const ManifestClass& cls, std::string_view name, bool isStatic) {
  if (isStatic) return contains(cls.statics, name) ? "class function" : "";
  if (contains(cls.methods, name)) return "function";
  for (const ManifestProperty& p : cls.properties)
    if (p.name == name) return p.readOnly ? "read-only property" : "writable property";
  return "";
}

}  // namespace

fd_status Registration::refuse(fd_status status, std::string problem) {
  if (problem_.empty()) problem_ = std::move(problem);
  return status;
}

const NativeClass* Registration::findClass(std::string_view name) const {
  for (const Ref<NativeClass>& cls : classes_)
    if (cls->name() == name) return cls.get();
  return nullptr;
}

fd_status Registration::defineClass(const char* name, const fd_member* members, size_t count, fd_class* result) {
  if (!open_) return FD_REFUSED;
  if (!name || (!members && count)) return refuse(FD_INVALID_ARG, "define_class got a NULL name or member table");
  const ManifestClass* declared = manifest_.findClass(name);
  if (!declared) return refuse(FD_REFUSED, "registers class " + quoted(name) + " that the manifest does not declare");
  if (findClass(name)) return refuse(FD_INVALID_ARG, "registers class " + quoted(name) + " twice");
  Ref<NativeClass> cls = make<NativeClass>(name, component_);
  for (size_t i = 0; i < count; ++i) {
    fd_status status = checkMember(*declared, *cls, members[i]);
    if (status != FD_OK) return status;
    cls->addMember(members[i]);
  }
  classes_.push_back(cls);
  if (result) *result = toHandle(cls.get());
  return FD_OK;
}

fd_status Registration::checkMember(const ManifestClass& declared, const NativeClass& cls, const fd_member& m) {
  const std::string where = "class " + declared.name + ": ";
  if (!m.name || !*m.name) return refuse(FD_INVALID_ARG, where + "a member has no name");
  const std::string name = quoted(m.name);
  const bool isStatic = m.flags & FD_MEMBER_STATIC;
  if (m.flags & ~unsigned(FD_MEMBER_STATIC)) return refuse(FD_INVALID_ARG, where + name + " has unknown flags");
  if ((m.method != nullptr) == (m.getter != nullptr))
    return refuse(FD_INVALID_ARG, where + name + " must have exactly one of method and getter");
  if (m.setter && !m.getter) return refuse(FD_INVALID_ARG, where + name + " has a setter but no getter");
  if (isStatic && !m.method) return refuse(FD_INVALID_ARG, where + "static " + name + " must be a method");
  if (isStatic ? cls.staticMember(m.name) : cls.instanceMember(m.name))
    return refuse(FD_INVALID_ARG, where + name + " is registered twice");
  const std::string registered = registeredKind(m);
  const std::string expected = declaredKind(declared, m.name, isStatic);
  if (expected.empty())
    return refuse(FD_REFUSED, where + "registers " + registered + " " + name + " that the manifest does not declare");
  if (expected != registered)
    return refuse(FD_REFUSED,
                  where + name + " is registered as a " + registered + " but the manifest declares a " + expected);
  return FD_OK;
}

fd_status Registration::defineCommand(const char* name, fd_callback callback, void* data) {
  if (!open_) return FD_REFUSED;
  if (!name || !callback) return refuse(FD_INVALID_ARG, "define_command got a NULL name or callback");
  const std::string key = normalizeName(name);
  auto declared = std::find_if(manifest_.commands.begin(), manifest_.commands.end(),
                               [&](const std::string& c) { return normalizeName(c) == key; });
  if (declared == manifest_.commands.end())
    return refuse(FD_REFUSED, "registers command " + quoted(name) + " that the manifest does not declare");
  for (const auto& c : commands_)
    if (normalizeName(c->name) == key) return refuse(FD_INVALID_ARG, "registers command " + quoted(name) + " twice");
  commands_.push_back(std::make_unique<Command>(Command{*declared, callback, data, &component_}));
  return FD_OK;
}

fd_status Registration::onShutdown(void (*shutdown)(void*), void* data) {
  if (!open_) return FD_REFUSED;
  if (!shutdown) return refuse(FD_INVALID_ARG, "on_shutdown got a NULL function");
  shutdownHooks_.push_back([shutdown, data] { shutdown(data); });
  return FD_OK;
}

std::string Registration::firstMissing() const {
  for (const ManifestClass& declared : manifest_.classes) {
    const NativeClass* cls = findClass(declared.name);
    const std::string where = "class " + declared.name;
    if (!cls) return where + " is declared in the manifest but not registered";
    for (const std::string& name : declared.statics)
      if (!cls->staticMember(name))
        return where + ": class function " + quoted(name) + " is declared in the manifest but not registered";
    for (const std::string& name : declared.methods)
      if (!cls->instanceMember(name))
        return where + ": function " + quoted(name) + " is declared in the manifest but not registered";
    for (const ManifestProperty& p : declared.properties)
      if (!cls->instanceMember(p.name))
        return where + ": property " + quoted(p.name) + " is declared in the manifest but not registered";
  }
  for (const std::string& name : manifest_.commands) {
    auto registered = std::find_if(commands_.begin(), commands_.end(),
                                   [&](const auto& c) { return normalizeName(c->name) == normalizeName(name); });
    if (registered == commands_.end())
      return "command " + quoted(name) + " is declared in the manifest but not registered";
  }
  return "";
}

std::string Registration::close(const Registry& registry) {
  open_ = false;
  if (!problem_.empty()) return problem_;
  if (std::string missing = firstMissing(); !missing.empty()) return missing;
  for (const Ref<NativeClass>& cls : classes_)
    if (registry.fourDClass(cls->name())) return "class 4D." + std::string(cls->name()) + " is already defined";
  for (const auto& c : commands_)
    if (registry.command(c->name)) return "command " + quoted(c->name) + " is already defined";
  return "";
}

void Registration::commit(Registry& registry, const std::function<void(std::function<void()>)>& addShutdownHook) {
  for (const Ref<NativeClass>& cls : classes_) registry.addClass(cls);
  for (const auto& c : commands_) registry.addCommand(CommandDef{c->name, &Registration::runCommand, c.get()});
  for (auto& hook : shutdownHooks_) addShutdownHook(std::move(hook));
  shutdownHooks_.clear();
}

Value Registration::runCommand(CallContext& ctx, std::vector<Value>& args, void* data) {
  const Command& c = *static_cast<const Command*>(data);
  return invokeCallback(ctx, *c.component, c.callback, c.data, nullptr, args);
}

}  // namespace fourd
