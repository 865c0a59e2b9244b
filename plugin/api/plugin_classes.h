#pragma once
// Registration of what the manifest declares: the four 4D classes and the web server commands.

#include <fourd/plugin_abi.h>

namespace wsplugin {

fd_status defineWebServer(const fd_host_api& api, fd_registrar reg);
fd_status defineWebSocketServer(const fd_host_api& api, fd_registrar reg);
fd_status defineWebSocketConnection(const fd_host_api& api, fd_registrar reg);
fd_status defineWebSocket(const fd_host_api& api, fd_registrar reg);

}  // namespace wsplugin
