#include <doctest/doctest.h>

#include <Poco/Net/HTTPResponse.h>

#include "protocol/client_handshake.h"
#include "protocol/handshake.h"
#include "protocol/websocket_url.h"

using Poco::Net::HTTPResponse;

namespace {

const std::string kKey = "dGhlIHNhbXBsZSBub25jZQ==";  // RFC 6455 §1.3's example

HTTPResponse goodAnswer() {
  HTTPResponse answer(HTTPResponse::HTTP_SWITCHING_PROTOCOLS);
  answer.set("Upgrade", "websocket");
  answer.set("Connection", "Upgrade");
  answer.set("Sec-WebSocket-Accept", ws::computeAcceptKey(kKey));
  return answer;
}

}  // namespace

TEST_CASE("client handshake: the request head") {
  ws::UpgradeRequest request{"example.com:8080",
                             "/feed?x=1",
                             {{"Cookie", "a=1; b=2"}, {"X-Twice", "1"}, {"X-Twice", "2"}},
                             {"chat.v2", "chat.v1"}};
  CHECK(ws::upgradeRequestHead(request, kKey) ==
        "GET /feed?x=1 HTTP/1.1\r\nHost: example.com:8080\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
        "Sec-WebSocket-Protocol: chat.v2, chat.v1\r\nCookie: a=1; b=2\r\nX-Twice: 1\r\nX-Twice: 2\r\n\r\n");
  CHECK(ws::clientKey(std::string(16, '\0')) == "AAAAAAAAAAAAAAAAAAAAAA==");
}

TEST_CASE("client handshake: headers the caller may not set") {
  CHECK(ws::refusedHeader("Cookie", "a=1").empty());
  CHECK(!ws::refusedHeader("sec-websocket-key", "x").empty());
  CHECK(!ws::refusedHeader("Host", "x").empty());
  CHECK(!ws::refusedHeader("X-Evil", "a\r\nInjected: 1").empty());
  CHECK(!ws::refusedHeader("Bad Name", "x").empty());
}

TEST_CASE("client handshake: the answer's checks") {
  CHECK(ws::checkUpgradeAnswer(goodAnswer(), kKey, {}).accepted);

  HTTPResponse notFound(HTTPResponse::HTTP_NOT_FOUND);
  CHECK(ws::checkUpgradeAnswer(notFound, kKey, {}).error ==
        "the server answered 404 Not Found instead of 101 Switching Protocols");

  HTTPResponse wrongKey = goodAnswer();
  wrongKey.set("Sec-WebSocket-Accept", ws::computeAcceptKey("AAAAAAAAAAAAAAAAAAAAAA=="));
  CHECK(!ws::checkUpgradeAnswer(wrongKey, kKey, {}).accepted);

  HTTPResponse noUpgrade = goodAnswer();
  noUpgrade.erase("Upgrade");
  CHECK(!ws::checkUpgradeAnswer(noUpgrade, kKey, {}).accepted);

  HTTPResponse extension = goodAnswer();
  extension.set("Sec-WebSocket-Extensions", "permessage-deflate");
  CHECK(!ws::checkUpgradeAnswer(extension, kKey, {}).accepted);

  HTTPResponse chosen = goodAnswer();
  chosen.set("Sec-WebSocket-Protocol", "chat.v1");
  CHECK(ws::checkUpgradeAnswer(chosen, kKey, {"chat.v2", "chat.v1"}).protocol == "chat.v1");
  CHECK(!ws::checkUpgradeAnswer(chosen, kKey, {"chat.v2"}).accepted);
}

TEST_CASE("websocket URL: ws and wss, ports, targets, and what is refused") {
  std::string error;
  auto plain = ws::parseWebSocketUrl("ws://example.com/chat?room=1", error);
  REQUIRE(plain);
  CHECK((!plain->secure && plain->host == "example.com" && plain->port == 80 && plain->target == "/chat?room=1"));
  CHECK(plain->hostHeader() == "example.com");
  auto secure = ws::parseWebSocketUrl("wss://[::1]:8443", error);
  REQUIRE(secure);
  CHECK((secure->secure && secure->host == "::1" && secure->port == 8443 && secure->target == "/"));
  CHECK(secure->hostHeader() == "[::1]:8443");
  CHECK(ws::parseWebSocketUrl("wss://example.com", error)->port == 443);
  for (const char* refused : {"http://example.com/", "ws://", "ws://example.com/#part", "example.com"}) {
    CAPTURE(refused);
    CHECK(!ws::parseWebSocketUrl(refused, error));
  }
}
