#pragma once
// The native side of a 4D.WebSocketConnection. Touched only on its server's worker, except `net`, which is
// thread-safe.

#include <fourd/plugin.hpp>

#include <cstdint>
#include <memory>
#include <string>

#include "api/connection_status.h"
#include "net/connection.h"

namespace wsplugin {

struct WebSocketConnection {
  uint64_t id = 0;
  // The parent 4D.WebSocketServer, kept after the close (the server then no longer holds this connection).
  fourd::plugin::Ref wss;
  std::shared_ptr<Connection> net;
  fourd::plugin::Ref handler;  // the connectionHandler onConnection returned
  std::string protocol;        // the negotiated subprotocol, empty for none
  ConnectionStatus status = ConnectionStatus::Connected;

  // After onTerminate. 4D code commonly keeps the connection in its handler (This.ws:=$ws), a cycle through
  // `handler` that only letting go breaks; 4D code that keeps the connection object then sees a Null handler.
  void release();

  // Text → text frame, Blob → binary frame, Object or Collection → text frame of its JSON.
  // Throws fourd::plugin::Error when not Connected, for another type, or when the outgoing buffer is full
  // (the connection then closes with 1008).
  void send(fourd::plugin::Env env, fd_value message);
  // The code and message reach the client only for 3001–4999; otherwise a normal closure (1000).
  void terminate(int code, std::string_view message);
};

}  // namespace wsplugin
