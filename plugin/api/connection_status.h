#pragma once
// The status member of a 4D.WebSocketConnection and of a 4D.WebSocket client, as 4D spells it.

namespace wsplugin {

// A server's connections start Connected; a client starts Connecting.
enum class ConnectionStatus { Connecting, Connected, Closing, Closed };
const char* statusName(ConnectionStatus status);

}  // namespace wsplugin
