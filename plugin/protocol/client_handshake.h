#pragma once
// Client side of the opening handshake (RFC 6455 §4.1): the upgrade request, and the checks on the server's
// answer that make the client fail the connection.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Poco::Net {
class HTTPResponse;
}

namespace ws {

struct UpgradeRequest {
  std::string host;    // the Host header: host, and :port when not the scheme's default
  std::string target;  // path and query
  std::vector<std::pair<std::string, std::string>> headers;  // the caller's own, in order (a name may repeat)
  std::vector<std::string> protocols;                        // Sec-WebSocket-Protocol, in preference order
};

// An RFC 7230 token: what a header name and a subprotocol name must be.
bool isHttpToken(std::string_view text);
// The Sec-WebSocket-Key for 16 bytes that the caller drew at random (§4.1: a fresh nonce per connection).
std::string clientKey(std::string_view sixteenRandomBytes);
// The request's head, up to and including the blank line.
std::string upgradeRequestHead(const UpgradeRequest& request, std::string_view key);
// Empty when the caller's header may be sent; else why not (a name the handshake sets itself, or a name or value
// that would break the request's framing).
std::string refusedHeader(std::string_view name, std::string_view value);

struct UpgradeAnswer {
  bool accepted = false;
  std::string error;     // why not, naming the status or the header at fault
  std::string protocol;  // the subprotocol the server chose, empty for none
};

// §4.1's checks on the answer to a request with `key` that offered `protocols` and no extension: 101, Upgrade:
// websocket, Connection: Upgrade, the accept key, no extension, and a subprotocol only among those offered.
UpgradeAnswer checkUpgradeAnswer(const Poco::Net::HTTPResponse& answer, std::string_view key,
                                 const std::vector<std::string>& protocols);

}  // namespace ws
