// One library, several entry points, each breaking the manifest contract in its own way. The folders under
// tests/plugin-abi/plugins/bad/ pick one through their manifest's "entry"; the host must refuse each of them
// and keep nothing they registered.
#include <fourd/plugin.hpp>

#include <iterator>

namespace {

using fourd::plugin::api;
using fourd::plugin::Call;

fd_value nothing(const Call&) { return nullptr; }
void noShutdown(void*) {}

fd_status defineLiar(fd_registrar reg, const char* className, const fd_member* members, size_t count) {
  fd_class cls = nullptr;
  return api().define_class(reg, className, members, count, &cls);
}

}  // namespace

// Registers its declared command, a shutdown hook and its class, plus the method `sneaky` its manifest does not
// declare.
extern "C" FD_EXPORT int fd_liar_registers_undeclared(const fd_host_api* api, fd_registrar reg) {
  fourd::plugin::setApi(api);
  api->on_shutdown(reg, noShutdown, nullptr);
  api->define_command(reg, "LIAR COMMAND", &fourd::plugin::callback<nothing>, nullptr);
  const fd_member members[] = {fourd::plugin::staticMethod<nothing>("new"), fourd::plugin::method<nothing>("sneaky")};
  defineLiar(reg, "Liar", members, std::size(members));
  return 0;
}

// Its manifest also declares the method `missing`, which it never registers.
extern "C" FD_EXPORT int fd_liar_declares_more(const fd_host_api* api, fd_registrar reg) {
  fourd::plugin::setApi(api);
  const fd_member members[] = {fourd::plugin::staticMethod<nothing>("new")};
  defineLiar(reg, "Liar", members, std::size(members));
  return 0;
}

// Registers `size` read-only; its manifest declares it writable.
extern "C" FD_EXPORT int fd_liar_read_only_mismatch(const fd_host_api* api, fd_registrar reg) {
  fourd::plugin::setApi(api);
  const fd_member members[] = {fourd::plugin::staticMethod<nothing>("new"), fourd::plugin::readOnly<nothing>("size")};
  defineLiar(reg, "Liar", members, std::size(members));
  return 0;
}

// Registers everything declared and a shutdown hook, then reports failure.
extern "C" FD_EXPORT int fd_liar_fails(const fd_host_api* api, fd_registrar reg) {
  fourd::plugin::setApi(api);
  api->on_shutdown(reg, noShutdown, nullptr);
  const fd_member members[] = {fourd::plugin::staticMethod<nothing>("new")};
  defineLiar(reg, "Liar", members, std::size(members));
  return 7;
}
