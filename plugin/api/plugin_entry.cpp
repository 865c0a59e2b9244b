// The entry point the manifest names: checks the host's ABI, registers the classes and commands, and hooks
// shutdown so the servers and the clients close their connections (1001) and deliver their last callbacks.
#include <fourd/plugin.hpp>

#include "api/plugin_classes.h"
#include "api/plugin_state.h"

extern "C" FD_EXPORT int fd_plugin_init(const fd_host_api* api, fd_registrar reg) {
  using namespace wsplugin;
  if (!api || api->abi_version != FD_ABI_VERSION || api->struct_size < sizeof(fd_host_api)) return 1;
  fourd::plugin::setApi(api);
  for (auto define : {&defineWebServer, &defineWebSocketServer, &defineWebSocketConnection, &defineWebSocket})
    if (define(*api, reg) != FD_OK) return 1;
  if (api->on_shutdown(reg, [](void*) { PluginState::instance().shutdown(); }, nullptr) != FD_OK) return 1;
  return 0;
}
