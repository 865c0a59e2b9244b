#include "api/websocket_connection.h"

#include "api/event_objects.h"

namespace wsplugin {

using fourd::plugin::Env;
using fourd::plugin::Error;

const char* statusName(ConnectionStatus status) {
  switch (status) {
    case ConnectionStatus::Closing: return "Closing";
    case ConnectionStatus::Closed: return "Closed";
    case ConnectionStatus::Connected: break;
  }
  return "Connected";
}

void WebSocketConnection::send(Env env, fd_value message) {
  if (status != ConnectionStatus::Connected)
    throw Error(std::string("WebSocketConnection.send(): the connection is ") + statusName(status) +
                    ", not Connected",
                error_code::NotConnected);
  SendResult result;
  switch (env.type(message)) {
    case FD_TEXT: result = net->send(ws::Opcode::Text, env.textOf(message)); break;
    case FD_BLOB: result = net->send(ws::Opcode::Binary, env.blobOf(message)); break;
    case FD_OBJECT:
    case FD_COLLECTION: result = net->send(ws::Opcode::Text, env.stringify(message)); break;
    default:
      throw Error("WebSocketConnection.send(): the message must be a Text, a Blob or an Object",
                  error_code::BadArgument);
  }
  // NotOpen: the peer is gone and the Closed event is on its way; from 4D's side the send raced the close.
  if (result == SendResult::Overflow) {
    status = ConnectionStatus::Closing;
    throw Error("WebSocketConnection.send(): the client does not read fast enough, its outgoing buffer is full; "
                "the connection is closed (1008)",
                error_code::OutgoingBufferFull);
  }
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
