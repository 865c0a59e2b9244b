#pragma once
// What the web server needs from a WebSocket server to hand it upgrade requests. Implemented by the 4D
// WebSocketServer (plugin/api); the web layer knows nothing of 4D values.

#include <chrono>
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
  std::string extensionOffers;                // every Sec-WebSocket-Extensions value, joined by commas
};

struct UpgradeDecision {
  int status = 403;                         // 101 accepts; otherwise the HTTP status to answer
  std::string protocol;                     // the subprotocol to answer with, empty for none
  std::shared_ptr<Connection> connection;   // with 101: the connection to attach the socket to
};

// An upgrade request waiting for its decision. Nothing waits on a thread: the answer comes back through this.
class PendingUpgrade {
 public:
  virtual ~PendingUpgrade() = default;
  // Any thread: the client no longer waits (it left, the handshake timeout passed, or the web server stopped),
  // so there is no need to ask 4D code.
  virtual bool abandoned() const = 0;
  // Any thread, once. A connection given with 101 to an abandoned upgrade is aborted, which the server sees as
  // a connection that never opened.
  virtual void answer(UpgradeDecision decision) = 0;
};

class WebSocketEndpoint {
 public:
  virtual ~WebSocketEndpoint() = default;
  // The request path this server takes; empty: every upgrade no other server claims.
  virtual const std::string& path() const = 0;
  // How long an upgrade may wait for decide()'s answer before the client is answered 503.
  virtual std::chrono::milliseconds handshakeTimeout() const = 0;
  // On an I/O thread: must not block; `pending` is answered later, from any thread (or at once).
  virtual void decide(UpgradeRequest request, std::shared_ptr<PendingUpgrade> pending) = 0;
  // Any thread: the web server is stopping (its waiting upgrades are abandoned); the endpoint terminates itself.
  virtual void webServerStopped() = 0;
};

}  // namespace wsplugin
