#include "protocol/websocket_url.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

namespace ws {

std::string WebSocketUrl::hostHeader() const {
  const std::string name = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  return port == (secure ? 443 : 80) ? name : name + ":" + std::to_string(port);
}

std::optional<WebSocketUrl> parseWebSocketUrl(std::string_view text, std::string& error) {
  Poco::URI uri;
  try {
    uri = Poco::URI(std::string(text));
  } catch (const Poco::Exception& e) {
    error = "\"" + std::string(text) + "\" is not a valid URL (" + e.message() + ")";
    return std::nullopt;
  }
  WebSocketUrl url;
  if (uri.getScheme() == "wss") {
    url.secure = true;
  } else if (uri.getScheme() != "ws") {
    error = "\"" + std::string(text) + "\" is not a ws:// or wss:// URL";
    return std::nullopt;
  }
  if (uri.getHost().empty()) {
    error = "\"" + std::string(text) + "\" names no host";
    return std::nullopt;
  }
  if (!uri.getFragment().empty()) {
    error = "\"" + std::string(text) + "\" has a fragment, which a WebSocket URL may not have";
    return std::nullopt;
  }
  url.host = uri.getHost();
  url.port = uri.getSpecifiedPort() ? uri.getSpecifiedPort() : (url.secure ? 443 : 80);
  url.target = uri.getPathEtc();
  if (url.target.empty() || url.target.front() != '/') url.target.insert(0, "/");
  return url;
}

}  // namespace ws
