#include "test_plugin.h"

extern "C" FD_EXPORT int fd_test_plugin_init(const fd_host_api* api, fd_registrar reg) {
  if (api->abi_version != FD_ABI_VERSION || api->struct_size < sizeof(fd_host_api)) return 1;
  fourd::plugin::setApi(api);
  if (test_plugin::defineCounterClass(reg) != FD_OK) return 2;
  if (api->on_shutdown(reg, [](void*) { test_plugin::stopTickers(); }, nullptr) != FD_OK) return 4;
  return test_plugin::defineCommands(reg) == FD_OK ? 0 : 3;
}
