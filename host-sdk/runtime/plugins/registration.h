// What a plugin registers from its entry point (fd_registrar), held to its manifest. Nothing reaches the
// host's registry until commit(), so a refused plugin leaves no trace.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "builtins/registry.h"
#include "plugins/manifest.h"
#include "plugins/native_class.h"

namespace fourd {

class Registration {
 public:
  // `component` (the plugin's name) must outlive the registration and everything registered.
  Registration(const Manifest& manifest, const std::string& component)
      : manifest_(manifest), component_(component) {}

  fd_status defineClass(const char* name, const fd_member* members, size_t count, fd_class* result);
  fd_status defineCommand(const char* name, fd_callback callback, void* data);
  fd_status onShutdown(void (*shutdown)(void*), void* data);

  // Ends registration: later calls are refused. Returns the first problem (a registration the manifest does not
  // declare or that disagrees with it, something declared but not registered, a name the host already has),
  // or an empty string when the plugin may be committed.
  std::string close(const Registry& registry);
  // Adds the classes and commands to `registry` and the shutdown hooks to `addShutdownHook`.
  void commit(Registry& registry, const std::function<void(std::function<void()>)>& addShutdownHook);

 private:
  struct Command {
    std::string name;
    fd_callback callback;
    void* data;
    const std::string* component;
  };

  fd_status refuse(fd_status status, std::string problem);
  fd_status checkMember(const ManifestClass& declared, const NativeClass& cls, const fd_member& member);
  std::string firstMissing() const;
  const NativeClass* findClass(std::string_view name) const;
  static Value runCommand(CallContext& ctx, std::vector<Value>& args, void* data);

  const Manifest& manifest_;
  const std::string& component_;
  bool open_ = true;
  std::string problem_;
  std::vector<Ref<NativeClass>> classes_;
  std::vector<std::unique_ptr<Command>> commands_;  // stable addresses: CommandDef::data points at them
  std::vector<std::function<void()>> shutdownHooks_;
};

}  // namespace fourd
