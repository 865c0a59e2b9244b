#pragma once
// The native side of a 4D.WebSocketConnection. Touched only on its server's worker, except `net`, which is
// thread-safe.

#include <fourd/plugin.hpp>

#include <cstdint>
#include <memory>
#include <string>

#include "net/connection.h"

namespace wsplugin {

class WebSocketServer;

enum class ConnectionStatus { Connected, Closing, Closed };
const char* statusName(ConnectionStatus status);

struct WebSocketConnection {
  uint64_t id = 0;
  std::weak_ptr<WebSocketServer> server;
  std::shared_ptr<Connection> net;
  fourd::plugin::Ref handler;  // the connectionHandler onConnection returned
  std::string protocol;        // the negotiated subprotocol, empty for none
  ConnectionStatus status = ConnectionStatus::Connected;

  // Text → text frame, Blob → binary frame, Object or Collection → text frame of its JSON.
  // Throws fourd::plugin::Error when not Connected, for another type, or when the outgoing buffer is full
  // (the connection then closes with 1008).
  void send(fourd::plugin::Env env, fd_value message);
  // The code and message reach the client only for 3001–4999; otherwise a normal closure (1000).
  void terminate(int code, std::string_view message);
};

}  // namespace wsplugin
