#pragma once
// A ws:// or wss:// URL as 4D.WebSocket.new() takes it: ws://host[:port]path[?query].

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ws {

struct WebSocketUrl {
  bool secure = false;  // wss://
  std::string host;     // a name, or an address (an IPv6 one without its brackets)
  uint16_t port = 80;
  std::string target;   // path and query, "/" at least
  std::string hostHeader() const;  // host, and :port when it is not the scheme's default
};

// None, with `error` set, for another scheme, no host, a bad port or a fragment (§3: none in a WebSocket URI).
std::optional<WebSocketUrl> parseWebSocketUrl(std::string_view text, std::string& error);

}  // namespace ws
