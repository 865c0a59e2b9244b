// A 4D.WebSocket client's side of a Connection over real loopback sockets, without a host: every frame it sends is
// masked with a key of its own, pings are answered masked, the close handshake runs both ways, and a masked frame
// from the server is a protocol error.
#include <doctest/doctest.h>

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>

#include <set>

#include "event_log.h"
#include "net/connection.h"
#include "net/io_loop.h"
#include "ws_test_client.h"

using namespace wsplugin;
using namespace ws_test;

namespace {

// A client-side connection on an I/O thread, and the server's socket talking to it.
struct ClientFixture {
  EventLog log;
  IoThreads io{1};
  Poco::Net::StreamSocket server;
  std::shared_ptr<Connection> connection;

  ClientFixture() {
    Poco::Net::ServerSocket listener(Poco::Net::SocketAddress("127.0.0.1", 0));
    Poco::Net::StreamSocket ours;
    ours.connect(Poco::Net::SocketAddress("127.0.0.1", listener.address().port()));
    server = listener.acceptConnection();
    server.setReceiveTimeout(Poco::Timespan(5, 0));
    connection = std::make_shared<Connection>(9, ConnectionLimits{}, log.queue, std::nullopt, ws::Sender::Server);
    connection->attach(ours);
    io.add(connection);
    CHECK(log.waitFor(NetEvent::Kind::Open).connectionId == 9);
  }
};

}  // namespace

TEST_CASE("client connection: every frame is masked, each with a fresh key") {
  ClientFixture f;
  std::set<uint32_t> keys;
  for (int i = 0; i < 50; ++i)
    REQUIRE(f.connection->send(ws::Opcode::Text, "message " + std::to_string(i)) == SendResult::Sent);
  for (int i = 0; i < 50; ++i) {
    Frame frame = readFrame(f.server);
    CHECK(frame.masked);
    CHECK(frame.payload == "message " + std::to_string(i));
    keys.insert(frame.maskKey);
  }
  CHECK(keys.size() == 50);
}

TEST_CASE("client connection: unmasked server messages become events; a ping is answered with a masked pong") {
  ClientFixture f;
  sendUnmasked(f.server, ws::Opcode::Text, "from the server");
  sendUnmasked(f.server, ws::Opcode::Ping, "p");
  CHECK(f.log.waitFor(NetEvent::Kind::Message).payload == "from the server");
  Frame pong = readFrame(f.server);
  CHECK(pong.opcode == 0xA);
  CHECK(pong.masked);
  CHECK(pong.payload == "p");
}

TEST_CASE("client connection: the close handshake it starts, with its code and reason") {
  ClientFixture f;
  f.connection->close(4001, "bye");
  Frame close = readFrame(f.server);
  CHECK(close.opcode == 0x8);
  CHECK(close.masked);
  CHECK(close.payload == closePayload(4001, "bye"));
  sendUnmasked(f.server, ws::Opcode::Close, closePayload(4001, ""));
  NetEvent closed = f.log.waitFor(NetEvent::Kind::Closed);
  CHECK(closed.code == 4001);
}

TEST_CASE("client connection: a masked frame from the server is a protocol error (1002)") {
  ClientFixture f;
  sendMasked(f.server, ws::Opcode::Text, "masked");
  NetEvent error = f.log.waitFor(NetEvent::Kind::Error);
  CHECK(error.code == 1002);
  CHECK(error.payload == "server frame masked");
}
