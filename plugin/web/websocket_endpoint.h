#pragma once
// What the web server needs from a WebSocket server to hand it upgrade requests. Implemented by the 4D
// WebSocketServer (plugin/api); the web layer knows nothing of 4D values.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "net/connection.h"

namespace wsplugin {

struct UpgradeRequest {
  std::vector<std::pair<std::string, std::string>> headers;  // names lowercased, in arrival order, repeats kept
  std::vector<std::pair<std::string, std::string>> query;    // decoded URL parameters
  std::string url;                                           // the request target as sent
  std::string remoteAddress;
  std::vector<std::string> offeredProtocols;  // Sec-WebSocket-Protocol, in the client's order
};

struct UpgradeDecision {
  int status = 403;                         // 101 accepts; otherwise the HTTP status to answer
  std::string protocol;                     // the subprotocol to answer with, empty for none
  std::shared_ptr<Connection> connection;   // with 101: the connection to attach the socket to
};

class WebSocketEndpoint {
 public:
  virtual ~WebSocketEndpoint() = default;
  // The request path this server takes; empty: every upgrade no other server claims.
  virtual const std::string& path() const = 0;
  // On an HTTP thread: blocks until the server's worker decided (or gave no answer in time).
  virtual UpgradeDecision decide(UpgradeRequest request) = 0;
  // Any thread: the web server is stopping. Upgrades waiting in decide() must return at once (the HTTP server
  // waits for them); the endpoint then terminates itself.
  virtual void webServerStopped() = 0;
};

}  // namespace wsplugin
