// Upgrade requests a browser would never send, against the echo example (paths "/", "/blob", "/object").
#include <doctest/doctest.h>

#include <Poco/String.h>

#include "raw_client.h"

using raw::RawClient;
using raw::UpgradeRequest;

TEST_CASE("a valid upgrade is answered 101 with the RFC's accept value") {
  RawClient client;
  auto response = client.request(UpgradeRequest{});
  CHECK(response.getStatus() == 101);
  CHECK(response.get("Sec-WebSocket-Accept", "") == raw::kSampleAccept);
  CHECK(Poco::icompare(response.get("Upgrade", ""), "websocket") == 0);
}

TEST_CASE("an unsupported version is answered 426 naming version 13") {
  RawClient client;
  UpgradeRequest request;
  request.version = "8";
  auto response = client.request(request);
  CHECK(response.getStatus() == 426);
  CHECK(response.get("Sec-WebSocket-Version", "") == "13");
}

TEST_CASE("a missing Sec-WebSocket-Key is answered 400") {
  RawClient client;
  UpgradeRequest request;
  request.key.reset();
  CHECK(client.request(request).getStatus() == 400);
}

TEST_CASE("a key that is not 16 bytes of base64 is answered 400") {
  RawClient client;
  UpgradeRequest request;
  request.key = "dG9vIHNob3J0";  // "too short"
  CHECK(client.request(request).getStatus() == 400);
}

TEST_CASE("an upgrade with another method than GET is answered 400") {
  RawClient client;
  UpgradeRequest request;
  request.method = "POST";
  CHECK(client.request(request).getStatus() == 400);
}

TEST_CASE("an upgrade of a path no WebSocket server handles is answered 404") {
  RawClient client;
  UpgradeRequest request;
  request.path = "/no-such-server";
  CHECK(client.request(request).getStatus() == 404);
}

TEST_CASE("the query string does not take part in path matching") {
  RawClient client;
  UpgradeRequest request;
  request.path = "/blob?client=raw";
  CHECK(client.request(request).getStatus() == 101);
}
