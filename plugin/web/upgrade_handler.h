#pragma once
// A WebSocket upgrade request before and after 4D code decides: the handshake checked (RFC 6455 §4.2), the server
// found by path, and the 101 answer.

#include <Poco/Net/HTTPRequest.h>

#include <memory>
#include <optional>
#include <string>

#include "web/http_answer.h"
#include "web/websocket_endpoint.h"

namespace wsplugin {

class WebServer;

struct UpgradeAttempt {
  std::optional<HttpAnswer> refusal;  // 400, 404 or 426 at once; otherwise the endpoint decides
  std::shared_ptr<WebSocketEndpoint> endpoint;
  UpgradeRequest request;
  std::string acceptKey;
};

UpgradeAttempt prepareUpgrade(const Poco::Net::HTTPRequest& request, const std::string& remoteAddress,
                              const WebServer& web);
// The 101 answer's bytes; `protocol` and `extensions` empty for none.
std::string switchingProtocolsHead(const std::string& acceptKey, const std::string& protocol,
                                   const std::string& extensions);

}  // namespace wsplugin
