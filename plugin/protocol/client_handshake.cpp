#include "protocol/client_handshake.h"

#include <Poco/Net/HTTPResponse.h>
#include <Poco/String.h>

#include <algorithm>
#include <array>

#include "protocol/handshake.h"
#include "protocol/header_tokens.h"

namespace ws {

namespace {

// Set by upgradeRequestHead itself: the caller's would contradict or duplicate them.
constexpr std::array<std::string_view, 7> kHandshakeHeaders = {
    "Host", "Upgrade", "Connection", "Sec-WebSocket-Key", "Sec-WebSocket-Version", "Sec-WebSocket-Protocol",
    "Sec-WebSocket-Extensions"};

UpgradeAnswer fail(std::string error) {
  UpgradeAnswer answer;
  answer.error = std::move(error);
  return answer;
}

std::string joined(const std::vector<std::string>& values) {
  std::string result;
  for (const std::string& value : values) result += (result.empty() ? "" : ", ") + value;
  return result;
}

}  // namespace

bool isHttpToken(std::string_view text) {
  static constexpr std::string_view kSeparators = "()<>@,;:\\\"/[]?={} \t";
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return c > 32 && c < 127 && kSeparators.find(c) == std::string_view::npos;
  });
}

std::string clientKey(std::string_view sixteenRandomBytes) { return base64(sixteenRandomBytes); }

std::string refusedHeader(std::string_view name, std::string_view value) {
  if (!isHttpToken(name)) return "\"" + std::string(name) + "\" is not a valid header name";
  if (value.find_first_of("\r\n") != std::string_view::npos || value.find('\0') != std::string_view::npos)
    return "the value of " + std::string(name) + " holds a line break";
  for (std::string_view reserved : kHandshakeHeaders)
    if (Poco::icompare(std::string(name), std::string(reserved)) == 0)
      return std::string(name) + " is set by the WebSocket handshake itself";
  return {};
}

std::string upgradeRequestHead(const UpgradeRequest& request, std::string_view key) {
  std::string head = "GET " + request.target + " HTTP/1.1\r\nHost: " + request.host +
                     "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + std::string(key) +
                     "\r\nSec-WebSocket-Version: 13\r\n";
  if (!request.protocols.empty()) head += "Sec-WebSocket-Protocol: " + joined(request.protocols) + "\r\n";
  for (const auto& [name, value] : request.headers) head += name + ": " + value + "\r\n";
  return head + "\r\n";
}

UpgradeAnswer checkUpgradeAnswer(const Poco::Net::HTTPResponse& answer, std::string_view key,
                                 const std::vector<std::string>& protocols) {
  if (answer.getStatus() != Poco::Net::HTTPResponse::HTTP_SWITCHING_PROTOCOLS)
    return fail("the server answered " + std::to_string(static_cast<int>(answer.getStatus())) + " " +
                answer.getReason() + " instead of 101 Switching Protocols");
  if (!hasTokenIgnoringCase(headerTokens(answer, "Upgrade"), "websocket"))
    return fail("the server's answer has no Upgrade: websocket");
  if (!hasTokenIgnoringCase(headerTokens(answer, "Connection"), "Upgrade"))
    return fail("the server's answer has no Connection: Upgrade");
  const std::vector<std::string> accepts = headerValues(answer, "Sec-WebSocket-Accept");
  if (accepts.size() != 1 || Poco::trim(accepts.front()) != computeAcceptKey(key))
    return fail("the server's Sec-WebSocket-Accept does not match the key sent");
  if (!headerTokens(answer, "Sec-WebSocket-Extensions").empty())
    return fail("the server answered with an extension the client did not offer");
  const std::vector<std::string> chosen = headerTokens(answer, "Sec-WebSocket-Protocol");
  if (chosen.size() > 1) return fail("the server chose more than one subprotocol");
  UpgradeAnswer result;
  if (!chosen.empty()) {
    if (std::find(protocols.begin(), protocols.end(), chosen.front()) == protocols.end())
      return fail("the server chose the subprotocol \"" + chosen.front() + "\", which the client did not offer");
    result.protocol = chosen.front();
  }
  result.accepted = true;
  return result;
}

}  // namespace ws
