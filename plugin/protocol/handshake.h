#pragma once
// Server side of the opening handshake (RFC 6455 §4.2).

#include <string>
#include <string_view>
#include <vector>

namespace Poco::Net {
class HTTPRequest;
}

namespace ws {

struct HandshakeResult {
  int status = 101;  // 101 when valid, otherwise the HTTP status to answer with
  std::string reason;
  std::string acceptKey;
  std::vector<std::string> offeredProtocols;
};

// RFC 6455 §4.2.1 checks on a parsed request: GET, HTTP/1.1+, Host, Upgrade: websocket, Connection contains
// Upgrade, Sec-WebSocket-Key (base64 of 16 bytes), Sec-WebSocket-Version 13 (else 426).
HandshakeResult validateHandshake(const Poco::Net::HTTPRequest& request);
std::string computeAcceptKey(std::string_view clientKey);
// Base64 without line breaks.
std::string base64(std::string_view bytes);

}  // namespace ws
