// Registration entries of the table: forwarded to the plugin's Registration.
#include "plugins/host_api.h"
#include "plugins/registration.h"

namespace fourd {

namespace {

fd_status defineClass(fd_registrar reg, const char* name, const fd_member* members, size_t count,
                      fd_class* result) noexcept {
  if (!reg) return FD_INVALID_ARG;
  return fromHandle(reg)->defineClass(name, members, count, result);
}

fd_status defineCommand(fd_registrar reg, const char* name, fd_callback callback, void* data) noexcept {
  if (!reg) return FD_INVALID_ARG;
  return fromHandle(reg)->defineCommand(name, callback, data);
}

fd_status onShutdown(fd_registrar reg, void (*shutdown)(void*), void* data) noexcept {
  if (!reg) return FD_INVALID_ARG;
  return fromHandle(reg)->onShutdown(shutdown, data);
}

}  // namespace

void addRegistrationFunctions(fd_host_api& api) {
  api.define_class = defineClass;
  api.define_command = defineCommand;
  api.on_shutdown = onShutdown;
}

}  // namespace fourd
