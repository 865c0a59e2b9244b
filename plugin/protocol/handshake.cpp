#include "protocol/handshake.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/SHA1Engine.h>
#include <Poco/String.h>

#include <sstream>

#include "protocol/header_tokens.h"

namespace ws {

namespace {

// RFC 6455 §1.3: the GUID every server appends to the client's key.
constexpr std::string_view kAcceptGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
constexpr size_t kKeyBytes = 16;

// "HTTP/1.1" or any later version.
bool isHttp11OrLater(const std::string& version) {
  int major = 0;
  int minor = 0;
  char dot = 0;
  std::istringstream in(version.substr(version.rfind('/') + 1));
  if (version.rfind("HTTP/", 0) != 0 || !(in >> major >> dot >> minor) || dot != '.') return false;
  return major > 1 || (major == 1 && minor >= 1);
}

bool decodesToKeyBytes(const std::string& key) {
  // A valid key is exactly 24 characters with its padding (the decoder would skip whitespace).
  if (key.size() != 24) return false;
  std::istringstream in(key);
  Poco::Base64Decoder decoder(in);
  // One byte of room beyond a key's 16 tells a longer encoding apart. The stream turns a decoding exception into
  // badbit; building a std::string straight from the decoder leaked when the decoder threw (found by fuzzing).
  char bytes[kKeyBytes + 1];
  decoder.read(bytes, sizeof bytes);
  return !decoder.bad() && static_cast<size_t>(decoder.gcount()) == kKeyBytes;
}

HandshakeResult refuse(int status, std::string reason) {
  HandshakeResult result;
  result.status = status;
  result.reason = std::move(reason);
  return result;
}

}  // namespace

HandshakeResult validateHandshake(const Poco::Net::HTTPRequest& request) {
  using Poco::Net::HTTPRequest;
  if (request.getMethod() != HTTPRequest::HTTP_GET) return refuse(400, "WebSocket upgrade requires GET");
  if (!isHttp11OrLater(request.getVersion())) return refuse(400, "WebSocket upgrade requires HTTP/1.1 or later");
  if (headerValues(request, "Host").empty()) return refuse(400, "missing Host header");
  if (!hasTokenIgnoringCase(headerTokens(request, "Upgrade"), "websocket"))
    return refuse(400, "Upgrade header does not name websocket");
  if (!hasTokenIgnoringCase(headerTokens(request, "Connection"), "Upgrade"))
    return refuse(400, "Connection header does not contain Upgrade");

  const std::vector<std::string> keys = headerValues(request, "Sec-WebSocket-Key");
  if (keys.size() != 1) return refuse(400, "Sec-WebSocket-Key must be present exactly once");
  const std::string key = Poco::trim(keys.front());
  if (!decodesToKeyBytes(key)) return refuse(400, "Sec-WebSocket-Key is not the base64 encoding of 16 bytes");

  const std::vector<std::string> versions = headerValues(request, "Sec-WebSocket-Version");
  if (versions.size() != 1 || Poco::trim(versions.front()) != "13")
    return refuse(426, "unsupported WebSocket version (Sec-WebSocket-Version: 13 required)");

  HandshakeResult result;
  result.acceptKey = computeAcceptKey(key);
  result.offeredProtocols = headerTokens(request, "Sec-WebSocket-Protocol");
  return result;
}

std::string computeAcceptKey(std::string_view clientKey) {
  Poco::SHA1Engine sha1;
  sha1.update(clientKey.data(), static_cast<unsigned>(clientKey.size()));
  sha1.update(kAcceptGuid.data(), static_cast<unsigned>(kAcceptGuid.size()));
  const Poco::DigestEngine::Digest& digest = sha1.digest();
  return base64(std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()));
}

std::string base64(std::string_view bytes) {
  std::ostringstream out;
  Poco::Base64Encoder encoder(out);
  encoder.rdbuf()->setLineLength(0);
  encoder.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  encoder.close();
  return out.str();
}

}  // namespace ws
