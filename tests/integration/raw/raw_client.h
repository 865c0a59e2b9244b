#pragma once
// A deliberately low-level WebSocket client for what real clients refuse to produce: malformed handshakes,
// unmasked or invalid frames, control frames between fragments. Talks to the host whose port is in WS_PORT.

#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/StreamSocket.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "protocol/opcode.h"

namespace raw {

// The RFC 6455 §1.3 sample key and the accept value the RFC derives from it.
inline constexpr std::string_view kSampleKey = "dGhlIHNhbXBsZSBub25jZQ==";
inline constexpr std::string_view kSampleAccept = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";

struct UpgradeRequest {
  std::string method = "GET";
  std::string path = "/";
  std::optional<std::string> version = "13";
  std::optional<std::string> key = std::string(kSampleKey);
  std::string text(uint16_t port) const;
};

struct ServerFrame {
  bool fin = true;
  ws::Opcode opcode = ws::Opcode::Text;
  std::string payload;
};

struct CloseFrame {
  uint16_t code = 0;  // 1005 when the close frame had no payload
  std::string reason;
};

uint16_t serverPort();

class RawClient {
 public:
  RawClient();  // connects to 127.0.0.1:serverPort()

  // Sends the request as is and reads the answer's status line and headers.
  Poco::Net::HTTPResponse request(const UpgradeRequest& request);
  // A valid upgrade of `path`; fails the test unless the answer is 101.
  void open(const std::string& path = "/");

  void sendRaw(std::string_view bytes);
  void sendFrame(ws::Opcode op, std::string_view payload, bool fin = true);  // masked, as a client must

  ServerFrame readFrame();  // fails the test on a masked server frame; throws on timeout or end of stream
  // Reads frames until a close frame (data frames before it are skipped) and returns it.
  CloseFrame readClose();
  // True when the server closes the TCP connection within the receive timeout (after its close frame).
  bool serverClosesConnection();

 private:
  std::string readExactly(size_t size);

  Poco::Net::StreamSocket socket_;
  std::string pending_;  // bytes received but not consumed yet
};

}  // namespace raw
