// The plugin's connection and I/O threads over real loopback sockets, without a host: what a client sends
// becomes events, what the worker sends reaches the client, and the close handshake, protocol errors, abrupt
// hang-ups, the outgoing-buffer bound and inbound backpressure behave as documented.
#include <doctest/doctest.h>

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>

#include <sys/ioctl.h>

#include <chrono>
#include <thread>

#include "net/connection.h"
#include "net/incoming_budget.h"
#include "net/io_loop.h"
#include "event_log.h"
#include "ws_test_client.h"

using namespace wsplugin;
using namespace ws_test;

namespace {

// A connection on an I/O thread and the client socket talking to it.
struct Fixture {
  EventLog log;
  IoThreads io{1};
  Poco::Net::StreamSocket client;
  std::shared_ptr<Connection> connection;

  // `socketBuffer`: when set, the kernel buffers between the two ends are about that small, so that what the
  // client has not read waits in the connection's own outgoing buffer.
  explicit Fixture(ConnectionLimits limits = {}, int socketBuffer = 0) {
    Poco::Net::ServerSocket listener(Poco::Net::SocketAddress("127.0.0.1", 0));
    if (socketBuffer > 0) {
      client = Poco::Net::StreamSocket(Poco::Net::SocketAddress::IPv4);
      client.setReceiveBufferSize(socketBuffer);  // before connecting: the window is negotiated then
    }
    client.connect(Poco::Net::SocketAddress("127.0.0.1", listener.address().port()));
    client.setReceiveTimeout(Poco::Timespan(5, 0));
    connection = std::make_shared<Connection>(7, limits, log.queue);
    Poco::Net::StreamSocket accepted = listener.acceptConnection();
    if (socketBuffer > 0) accepted.setSendBufferSize(socketBuffer);
    connection->attach(accepted);
    io.add(connection);
    CHECK(log.waitFor(NetEvent::Kind::Open).connectionId == 7);
  }
};

}  // namespace

TEST_CASE("client messages become events, in order, whole") {
  Fixture f;
  sendMasked(f.client, ws::Opcode::Text, "hello");
  sendMasked(f.client, ws::Opcode::Binary, std::string("\0\1\2", 3));
  NetEvent text = f.log.waitFor(NetEvent::Kind::Message);
  CHECK(text.payload == "hello");
  CHECK_FALSE(text.binary);
  NetEvent binary = f.log.waitFor(NetEvent::Kind::Message);
  CHECK(binary.payload == std::string("\0\1\2", 3));
  CHECK(binary.binary);
}

TEST_CASE("what the worker sends reaches the client") {
  Fixture f;
  CHECK(f.connection->send(ws::Opcode::Text, "Welcome") == SendResult::Sent);
  std::string big(300000, 'x');
  CHECK(f.connection->send(ws::Opcode::Binary, big) == SendResult::Sent);
  Frame welcome = readFrame(f.client);
  CHECK(welcome.opcode == 0x1);
  CHECK(welcome.payload == "Welcome");
  Frame large = readFrame(f.client);
  CHECK(large.opcode == 0x2);
  CHECK(large.payload == big);
}

TEST_CASE("a ping is answered with a pong carrying its payload") {
  Fixture f;
  sendMasked(f.client, ws::Opcode::Ping, "are you there");
  Frame pong = readFrame(f.client);
  CHECK(pong.opcode == 0xA);
  CHECK(pong.payload == "are you there");
}

TEST_CASE("the client's close is echoed, reported with its code and reason, and the socket closed") {
  Fixture f;
  sendMasked(f.client, ws::Opcode::Text, "last words");
  sendMasked(f.client, ws::Opcode::Close, closePayload(1000, "bye"));
  CHECK(f.log.waitFor(NetEvent::Kind::Message).payload == "last words");
  NetEvent closed = f.log.waitFor(NetEvent::Kind::Closed);
  CHECK(closed.code == 1000);
  CHECK(closed.payload == "bye");
  Frame echo = readFrame(f.client);
  CHECK(echo.opcode == 0x8);
  CHECK(echo.payload == closePayload(1000, ""));
  char byte;
  CHECK(f.client.receiveBytes(&byte, 1) == 0);
  CHECK(f.connection->send(ws::Opcode::Text, "too late") == SendResult::NotOpen);
}

TEST_CASE("a close without a code is reported as 1005 and echoed empty") {
  Fixture f;
  sendMasked(f.client, ws::Opcode::Close, "");
  CHECK(f.log.waitFor(NetEvent::Kind::Closed).code == 1005);
  Frame echo = readFrame(f.client);
  CHECK(echo.opcode == 0x8);
  CHECK(echo.payload.empty());
}

TEST_CASE("a protocol error is reported first; the worker's reply to earlier messages precedes the close") {
  Fixture f;
  std::string frames;
  ws::appendMaskedFrame(frames, ws::Opcode::Text, "before", 0x01020304);
  ws::appendFrame(frames, ws::Opcode::Text, "not masked");
  f.client.sendBytes(frames.data(), static_cast<int>(frames.size()));
  CHECK(f.log.waitFor(NetEvent::Kind::Message).payload == "before");
  NetEvent error = f.log.waitFor(NetEvent::Kind::Error);
  CHECK(error.code == 1002);
  CHECK(f.log.waitFor(NetEvent::Kind::Closed).code == 1002);
  // What the worker does with those events: answer the message, then close with the error's code.
  CHECK(f.connection->send(ws::Opcode::Text, "reply") == SendResult::Sent);
  f.connection->close(error.code, error.payload);
  CHECK(readFrame(f.client).payload == "reply");
  Frame close = readFrame(f.client);
  CHECK(close.opcode == 0x8);
  CHECK(close.payload.substr(0, 2) == closePayload(1002, ""));
}

TEST_CASE("the server's close sends its code and reason and ends when the client answers") {
  Fixture f;
  f.connection->close(4001, "go away");
  Frame close = readFrame(f.client);
  CHECK(close.opcode == 0x8);
  CHECK(close.payload == closePayload(4001, "go away"));
  CHECK(f.connection->send(ws::Opcode::Text, "after close") == SendResult::NotOpen);
  sendMasked(f.client, ws::Opcode::Close, closePayload(4001, ""));
  CHECK(f.log.waitFor(NetEvent::Kind::Closed).code == 4001);
}

namespace {

// 16 messages of 64 KiB, sent before the close, wait in the connection's buffer behind small socket buffers.
constexpr int kSmallSocketBuffer = 16 * 1024;
constexpr int kBacklogMessages = 16;
const std::string kBacklogMessage(64 * 1024, 'z');

void sendBacklogThenClose(Fixture& f) {
  for (int i = 0; i < kBacklogMessages; ++i)
    REQUIRE(f.connection->send(ws::Opcode::Binary, kBacklogMessage) == SendResult::Sent);
  f.connection->close(1000, "done");
}

}  // namespace

TEST_CASE("a client slowly draining a backlog gets all of it, then the close frame, long past the close wait") {
  Fixture f({}, kSmallSocketBuffer);
  sendBacklogThenClose(f);
  // 64 KiB every 0.25 s: about 4 s, twice the close wait; bytes keep being written all along.
  for (int i = 0; i < kBacklogMessages; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
    Frame message = readFrame(f.client);
    REQUIRE(message.opcode == 0x2);
    REQUIRE(message.payload.size() == kBacklogMessage.size());
  }
  Frame close = readFrame(f.client);
  CHECK(close.opcode == 0x8);
  CHECK(close.payload == closePayload(1000, "done"));
  sendMasked(f.client, ws::Opcode::Close, closePayload(1000, ""));
  CHECK(f.log.waitFor(NetEvent::Kind::Closed).code == 1000);
}

TEST_CASE("a client that reads nothing after the server's close is dropped (1006) once the close wait passes") {
  Fixture f({}, kSmallSocketBuffer);
  auto started = std::chrono::steady_clock::now();
  sendBacklogThenClose(f);
  CHECK(f.log.waitFor(NetEvent::Kind::Closed).code == 1006);
  auto waited = std::chrono::steady_clock::now() - started;
  CHECK(waited >= std::chrono::seconds(2));  // the close wait, then the I/O thread's next one-second tick
  CHECK(waited < std::chrono::seconds(4));
}

TEST_CASE("a client that vanishes without a close is reported as 1006") {
  Fixture f;
  f.client.close();
  CHECK(f.log.waitFor(NetEvent::Kind::Closed).code == 1006);
}

TEST_CASE("a client that does not read is closed with 1008 when its outgoing buffer is full") {
  ConnectionLimits limits;
  limits.maxOutgoingBuffer = 256 * 1024;
  Fixture f(limits);
  std::string chunk(64 * 1024, 'y');
  SendResult result = SendResult::Sent;
  for (int i = 0; i < 100000 && result == SendResult::Sent; ++i) result = f.connection->send(ws::Opcode::Binary, chunk);
  CHECK(result == SendResult::Overflow);
  NetEvent error = f.log.waitFor(NetEvent::Kind::Error);
  CHECK(error.code == 1008);
  CHECK(f.connection->send(ws::Opcode::Text, "more") == SendResult::NotOpen);
}

TEST_CASE("keep-alive pings go out on a silent connection") {
  ConnectionLimits limits;
  limits.pingInterval = std::chrono::seconds(1);
  Fixture f(limits);
  Frame ping = readFrame(f.client);
  CHECK(ping.opcode == 0x9);
}

namespace {

// Inbound backpressure: a client thread sends numbered 64 KiB messages while the test plays a worker that is
// late, or that catches up.
constexpr size_t kIncomingBound = 256 * 1024;
constexpr size_t kFloodMessage = 64 * 1024;

std::string numbered(int index, size_t size = kFloodMessage) {
  std::string payload = std::to_string(index);
  payload.resize(size, '.');
  return payload;
}

struct Flood {
  Fixture& f;
  std::thread client;
  const size_t size;
  std::vector<NetEvent> others;  // what consumeAll saw besides messages

  Flood(Fixture& fixture, int messages, size_t messageSize = kFloodMessage) : f(fixture), size(messageSize) {
    client = std::thread([this, messages] {
      for (int i = 0; i < messages; ++i) sendMasked(f.client, ws::Opcode::Binary, numbered(i, size));
    });
  }
  ~Flood() { allSent(); }
  void allSent() {
    if (client.joinable()) client.join();
  }

  // What the connection queued once it stopped reading: once `atLeast` messages arrived (on a busy machine that
  // can take a while), it is given `settle` more to read what it will.
  std::vector<NetEvent> held(size_t atLeast, std::chrono::milliseconds settle = std::chrono::milliseconds(300)) {
    std::vector<NetEvent> events;
    auto take = [&] {
      for (NetEvent& event : f.log.queue->takeAll()) events.push_back(std::move(event));
    };
    for (auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
         events.size() < atLeast && std::chrono::steady_clock::now() < deadline; take())
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    std::this_thread::sleep_for(settle);
    take();
    return events;
  }

  // Plays the worker: consumes `first`, then every later message, checking order; returns how many arrived.
  int consumeAll(std::vector<NetEvent> first, int expected) {
    int next = 0;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    for (std::vector<NetEvent> batch = std::move(first);; batch = f.log.queue->takeAll()) {
      for (NetEvent& event : batch) {
        if (event.kind != NetEvent::Kind::Message) {
          others.push_back(std::move(event));
          continue;
        }
        REQUIRE(event.payload == numbered(next, size));
        ++next;
        f.connection->consumed(event.payload);
      }
      if (next == expected || std::chrono::steady_clock::now() > deadline) return next;
      if (batch.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }
};

size_t payloadBytes(const std::vector<NetEvent>& events) {
  size_t bytes = 0;
  for (const NetEvent& event : events) bytes += event.payload.size();
  return bytes;
}

}  // namespace

TEST_CASE("a client faster than its worker is read up to maxIncomingBuffer, then to the end as the worker catches up") {
  ConnectionLimits limits;
  limits.maxIncomingBuffer = kIncomingBound;
  Fixture f(limits);
  constexpr int kMessages = 64;  // 4 MiB
  Flood flood(f, kMessages);
  std::vector<NetEvent> held = flood.held(1);
  // The bound, plus at most the rest of the 64 KiB read that crossed it.
  CHECK(payloadBytes(held) < kIncomingBound + 64 * 1024);
  CHECK(held.size() < size_t{kMessages});
  CHECK(flood.consumeAll(std::move(held), kMessages) == kMessages);
}

TEST_CASE("hundreds of pauses and resumes lose nothing: every 64 KiB message through a one-byte bound") {
  ConnectionLimits limits;
  limits.maxIncomingBuffer = 1;  // a pause after nearly every message, a resume at each hand-over
  Fixture f(limits);
  constexpr int kMessages = 200;
  Flood flood(f, kMessages);
  CHECK(flood.consumeAll({}, kMessages) == kMessages);
}

TEST_CASE("one message bigger than maxIncomingBuffer is still read whole") {
  ConnectionLimits limits;
  limits.maxIncomingBuffer = 1024;
  Fixture f(limits);
  Flood flood(f, 3);
  std::vector<NetEvent> held = flood.held(1);
  CHECK(held.size() == 1);
  CHECK(flood.consumeAll(std::move(held), 3) == 3);
}

TEST_CASE("a connection paused for its worker is neither idle nor pinged to death") {
  ConnectionLimits limits;
  limits.maxIncomingBuffer = kFloodMessage;
  limits.idleTimeout = std::chrono::seconds(1);
  limits.pingInterval = std::chrono::seconds(1);
  Fixture f(limits);
  constexpr int kMessages = 8;
  Flood flood(f, kMessages);
  // Past both timeouts (a tick each second), while the client's bytes wait unread.
  std::vector<NetEvent> held = flood.held(1, std::chrono::milliseconds(2500));
  CHECK(f.connection->send(ws::Opcode::Text, "still open") == SendResult::Sent);
  CHECK(flood.consumeAll(std::move(held), kMessages) == kMessages);
}

TEST_CASE("a client that resets the connection while paused still has every message it sent delivered, then 1006") {
  ConnectionLimits limits;
  limits.maxIncomingBuffer = 1;
  Fixture f(limits);
  constexpr int kMessages = 8;
  Flood flood(f, kMessages, 4096);
  flood.allSent();
  // A reset throws away what the client's kernel has not sent yet: wait until it all reached the server's.
  int unsent = 1;
  for (int i = 0; i < 500 && unsent > 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    ::ioctl(f.client.impl()->sockfd(), TIOCOUTQ, &unsent);
  }
  REQUIRE(unsent == 0);
  f.client.setLinger(true, 0);  // close() now sends a reset
  f.client.close();
  std::vector<NetEvent> held = flood.held(1);
  CHECK(flood.consumeAll(std::move(held), kMessages) == kMessages);
  for (auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
       flood.others.empty() && std::chrono::steady_clock::now() < deadline;) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    for (NetEvent& event : f.log.queue->takeAll()) flood.others.push_back(std::move(event));
  }
  REQUIRE(flood.others.size() == 1);
  CHECK(flood.others[0].kind == NetEvent::Kind::Closed);
  CHECK(flood.others[0].code == 1006);
}

TEST_CASE("messages read but never handed over stop counting against the host when their connection goes") {
  {
    Fixture f;
    Flood flood(f, 4);
    flood.held(4);
    CHECK(IncomingBudget::host().held() >= int64_t{4 * kFloodMessage});
  }
  CHECK(IncomingBudget::host().held() == 0);
}
