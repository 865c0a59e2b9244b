#pragma once
// send() of a 4D.WebSocketConnection and of a 4D.WebSocket client: a 4D value becomes a frame.

#include <fourd/plugin.hpp>

#include "api/connection_status.h"
#include "net/connection.h"

namespace wsplugin {

// Text → a text frame, Blob → a binary frame, Object or Collection → a text frame of its JSON. Throws
// fourd::plugin::Error, naming `className`, when `status` is not Connected, for another type, or when the
// outgoing buffer is full (`status` then becomes Closing: the connection closes with 1008). `peer` names the
// other end in that error ("client", "server"). `net` is null once the connection went (never when Connected).
void sendMessage(fourd::plugin::Env env, Connection* net, ConnectionStatus& status, fd_value message,
                 const char* className, const char* peer);

}  // namespace wsplugin
