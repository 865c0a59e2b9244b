#include <doctest/doctest.h>

#include <Poco/Net/HTTPRequest.h>

#include "protocol/handshake.h"

using Poco::Net::HTTPRequest;
using ws::validateHandshake;

namespace {

HTTPRequest goodRequest() {
  HTTPRequest request(HTTPRequest::HTTP_GET, "/chat?room=1", HTTPRequest::HTTP_1_1);
  request.set("Host", "server.example.com");
  request.set("Upgrade", "websocket");
  request.set("Connection", "Upgrade");
  request.set("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
  request.set("Sec-WebSocket-Version", "13");
  return request;
}

}  // namespace

TEST_CASE("handshake: accept key from RFC 6455 §1.3") {
  CHECK(ws::computeAcceptKey("dGhlIHNhbXBsZSBub25jZQ==") == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
}

TEST_CASE("handshake: a valid request is accepted with its accept key") {
  const auto result = validateHandshake(goodRequest());
  CHECK(result.status == 101);
  CHECK(result.acceptKey == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
  CHECK(result.offeredProtocols.empty());
}

TEST_CASE("handshake: header names and tokens are case-insensitive, token lists are split") {
  HTTPRequest request = goodRequest();
  request.erase("Upgrade");
  request.erase("Connection");
  request.set("upgrade", "WebSocket");
  request.set("connection", "keep-alive, UPGRADE");
  CHECK(validateHandshake(request).status == 101);
  request.set("Upgrade", "h2c, websocket");
  CHECK(validateHandshake(request).status == 101);
}

TEST_CASE("handshake: later HTTP versions are accepted") {
  HTTPRequest request = goodRequest();
  request.setVersion("HTTP/2.0");
  CHECK(validateHandshake(request).status == 101);
}

TEST_CASE("handshake: offered subprotocols from every Sec-WebSocket-Protocol header, trimmed") {
  HTTPRequest request = goodRequest();
  request.add("Sec-WebSocket-Protocol", "chat, superchat");
  request.add("Sec-WebSocket-Protocol", " v2.json ,,");
  const auto result = validateHandshake(request);
  CHECK(result.status == 101);
  CHECK(result.offeredProtocols == std::vector<std::string>{"chat", "superchat", "v2.json"});
}

TEST_CASE("handshake: each broken rule is refused with its status") {
  HTTPRequest request = goodRequest();
  int expected = 400;
  SUBCASE("method other than GET") { request.setMethod(HTTPRequest::HTTP_POST); }
  SUBCASE("HTTP/1.0") { request.setVersion(HTTPRequest::HTTP_1_0); }
  SUBCASE("no Host") { request.erase("Host"); }
  SUBCASE("no Upgrade") { request.erase("Upgrade"); }
  SUBCASE("Upgrade names another protocol") { request.set("Upgrade", "h2c"); }
  SUBCASE("Upgrade token only contains websocket") { request.set("Upgrade", "websocket2"); }
  SUBCASE("no Connection") { request.erase("Connection"); }
  SUBCASE("Connection without Upgrade") { request.set("Connection", "keep-alive"); }
  SUBCASE("no key") { request.erase("Sec-WebSocket-Key"); }
  SUBCASE("key twice") { request.add("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="); }
  SUBCASE("key that is not base64") { request.set("Sec-WebSocket-Key", "not base64 at all!!!!!!!"); }
  SUBCASE("key of 15 bytes") { request.set("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25j"); }
  SUBCASE("key of 17 bytes") { request.set("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZXM="); }
  SUBCASE("empty key") { request.set("Sec-WebSocket-Key", ""); }
  SUBCASE("no version") {
    request.erase("Sec-WebSocket-Version");
    expected = 426;
  }
  SUBCASE("version 8") {
    request.set("Sec-WebSocket-Version", "8");
    expected = 426;
  }
  const auto result = validateHandshake(request);
  CHECK(result.status == expected);
  CHECK_FALSE(result.reason.empty());
  CHECK(result.acceptKey.empty());
}
