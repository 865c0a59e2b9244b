#include "api/websocket_connection.h"

#include "api/message_sending.h"

namespace wsplugin {

using fourd::plugin::Env;

void WebSocketConnection::send(Env env, fd_value message) {
  sendMessage(env, net.get(), status, message, "WebSocketConnection", "client");
}

void WebSocketConnection::release() {
  handler.reset();
  net.reset();
}

void WebSocketConnection::terminate(int code, std::string_view message) {
  if (status != ConnectionStatus::Connected) return;
  status = ConnectionStatus::Closing;
  if (code > 3000 && code <= 4999)
    net->close(static_cast<uint16_t>(code), message);
  else
    net->close(ws::close_code::Normal, "");
}

}  // namespace wsplugin
