// 4D.WebSocketConnection: send(), terminate(), and its read-only properties.
#include <iterator>

#include "api/event_objects.h"
#include "api/plugin_classes.h"
#include "api/plugin_state.h"
#include "api/websocket_connection.h"

namespace wsplugin {

using fourd::plugin::Call;
using fourd::plugin::Env;

namespace {

std::shared_ptr<WebSocketConnection> connectionOf(const Call& call) {
  auto connection =
      call.env.unwrapShared<WebSocketConnection>(call.self, PluginState::instance().classes.webSocketConnection);
  if (!connection) throw fourd::plugin::Error("this is not a 4D.WebSocketConnection", error_code::BadArgument);
  return connection;
}

fd_value send(const Call& call) {
  connectionOf(call)->send(call.env, call.arg(0));
  return nullptr;
}

// terminate({code; message}) as documented, or terminate(code; message).
fd_value terminate(const Call& call) {
  const Env& env = call.env;
  fd_value first = call.arg(0);
  fd_value code = first;
  fd_value message = call.arg(1);
  if (env.type(first) == FD_OBJECT) {
    code = env.get(first, "code");
    message = env.get(first, "message");
  }
  int closeCode = env.isNullish(code) ? 0 : static_cast<int>(env.numberOf(code, "code"));
  std::string_view closeMessage = env.isNullish(message) ? std::string_view() : env.textOf(message, "message");
  connectionOf(call)->terminate(closeCode, closeMessage);
  return nullptr;
}

fd_value handler(const Call& call) {
  auto connection = connectionOf(call);
  return connection->handler ? connection->handler.get(call.env) : call.env.null();
}
fd_value id(const Call& call) { return call.env.number(static_cast<double>(connectionOf(call)->id)); }
fd_value status(const Call& call) { return call.env.text(statusName(connectionOf(call)->status)); }
fd_value protocol(const Call& call) { return call.env.text(connectionOf(call)->protocol); }

fd_value wss(const Call& call) { return connectionOf(call)->wss.get(call.env); }

}  // namespace

fd_status defineWebSocketConnection(const fd_host_api& api, fd_registrar reg) {
  using namespace fourd::plugin;
  static const fd_member members[] = {
      method<send>("send"),           method<terminate>("terminate"), readOnly<handler>("handler"),
      readOnly<id>("id"),             readOnly<status>("status"),     readOnly<wss>("wss"),
      readOnly<protocol>("protocol"),
  };
  return api.define_class(reg, "WebSocketConnection", members, std::size(members),
                          &PluginState::instance().classes.webSocketConnection);
}

}  // namespace wsplugin
