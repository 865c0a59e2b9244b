// 4D.WebSocketServer: static new(), terminate(), and its read-only properties.
#include <iterator>

#include "api/event_objects.h"
#include "api/plugin_classes.h"
#include "api/plugin_state.h"
#include "api/websocket_server.h"

namespace wsplugin {

using fourd::plugin::Call;

namespace {

std::shared_ptr<WebSocketServer> serverOf(const Call& call) {
  auto server = call.env.unwrapShared<WebSocketServer>(call.self, PluginState::instance().classes.webSocketServer);
  if (!server) throw fourd::plugin::Error("this is not a 4D.WebSocketServer", error_code::BadArgument);
  return server;
}

fd_value create(const Call& call) { return WebSocketServer::create(call.env, call.arg(0), call.arg(1)); }

fd_value terminate(const Call& call) {
  serverOf(call)->terminate();
  return nullptr;
}

fd_value connections(const Call& call) { return serverOf(call)->connections(call.env); }
fd_value dataType(const Call& call) { return call.env.text(dataTypeName(serverOf(call)->options().dataType)); }
fd_value handler(const Call& call) { return serverOf(call)->handler(call.env); }
fd_value path(const Call& call) { return call.env.text(serverOf(call)->path()); }
fd_value terminated(const Call& call) { return call.env.boolean(serverOf(call)->terminated()); }

}  // namespace

fd_status defineWebSocketServer(const fd_host_api& api, fd_registrar reg) {
  using namespace fourd::plugin;
  static const fd_member members[] = {
      staticMethod<create>("new"),         method<terminate>("terminate"), readOnly<connections>("connections"),
      readOnly<dataType>("dataType"),      readOnly<handler>("handler"),   readOnly<path>("path"),
      readOnly<terminated>("terminated"),
  };
  return api.define_class(reg, "WebSocketServer", members, std::size(members),
                          &PluginState::instance().classes.webSocketServer);
}

}  // namespace wsplugin
