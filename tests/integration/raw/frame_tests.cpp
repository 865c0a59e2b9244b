// Frames real clients never send, against the echo example's text server on "/".
#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include "protocol/frame_writer.h"
#include "raw_client.h"

using raw::RawClient;
using ws::Opcode;

namespace {

constexpr size_t kMaxMessageSize = 16 * 1024 * 1024;  // ws::ParserLimits' default

void checkClosedWith(RawClient& client, uint16_t code) {
  CHECK(client.readClose().code == code);
  CHECK_MESSAGE(client.serverClosesConnection(), "the server closes TCP after its close frame");
}

std::string frameHeader(uint8_t first, uint64_t maskedLength) {
  std::string header{static_cast<char>(first), static_cast<char>(0x80 | 127)};
  for (int shift = 56; shift >= 0; shift -= 8) header += static_cast<char>((maskedLength >> shift) & 0xff);
  return header + std::string(4, '\0');  // zero mask key: the payload goes as is
}

}  // namespace

TEST_CASE("text and binary messages are echoed") {
  RawClient client;
  client.open("/");
  client.sendFrame(Opcode::Text, "raw hello");
  auto text = client.readFrame();
  CHECK(text.opcode == Opcode::Text);
  CHECK(text.fin);
  CHECK(text.payload == "raw hello");
  client.sendFrame(Opcode::Binary, std::string("\x00\xff\x10", 3));
  auto binary = client.readFrame();
  CHECK(binary.opcode == Opcode::Binary);
  CHECK(binary.payload == std::string("\x00\xff\x10", 3));
}

TEST_CASE("a ping is answered by a pong with the same payload") {
  RawClient client;
  client.open("/");
  client.sendFrame(Opcode::Ping, "are you there?");
  auto pong = client.readFrame();
  CHECK(pong.opcode == Opcode::Pong);
  CHECK(pong.payload == "are you there?");
  client.sendFrame(Opcode::Ping, "");
  auto emptyPong = client.readFrame();
  CHECK(emptyPong.opcode == Opcode::Pong);
  CHECK(emptyPong.payload.empty());
}

TEST_CASE("a fragmented message with a ping between its fragments") {
  RawClient client;
  client.open("/");
  client.sendFrame(Opcode::Text, "frag", false);
  client.sendFrame(Opcode::Ping, "between");
  client.sendFrame(Opcode::Continuation, "men", false);
  client.sendFrame(Opcode::Continuation, "ted ✓", true);
  bool gotPong = false;
  bool gotEcho = false;
  for (int frames = 0; frames < 2; ++frames) {
    auto frame = client.readFrame();
    if (frame.opcode == Opcode::Pong) {
      CHECK(frame.payload == "between");
      gotPong = true;
    } else {
      CHECK(frame.opcode == Opcode::Text);
      CHECK(frame.payload == "fragmented ✓");
      gotEcho = true;
    }
  }
  CHECK(gotPong);
  CHECK(gotEcho);
}

TEST_CASE("a UTF-8 character split across fragments is valid") {
  RawClient client;
  client.open("/");
  const std::string euro = "\xe2\x82\xac";
  client.sendFrame(Opcode::Text, euro.substr(0, 1), false);
  client.sendFrame(Opcode::Continuation, euro.substr(1), true);
  auto echo = client.readFrame();
  CHECK(echo.payload == euro);
}

TEST_CASE("the close handshake echoes the client's code, then the server closes TCP") {
  RawClient client;
  client.open("/");
  client.sendFrame(Opcode::Close, std::string("\x03\xe8" "bye", 5));  // 1000, "bye"
  checkClosedWith(client, 1000);
}

TEST_CASE("an unmasked client frame closes with 1002") {
  RawClient client;
  client.open("/");
  std::string unmasked;
  ws::appendFrame(unmasked, Opcode::Text, "not masked");
  client.sendRaw(unmasked);
  checkClosedWith(client, 1002);
}

TEST_CASE("invalid UTF-8 in a text message closes with 1007") {
  RawClient client;
  client.open("/");
  client.sendFrame(Opcode::Text, "bad \xc3\x28 byte");
  checkClosedWith(client, 1007);
}

TEST_CASE("invalid UTF-8 across fragments closes with 1007") {
  RawClient client;
  client.open("/");
  client.sendFrame(Opcode::Text, "ok so far \xe2\x82", false);
  client.sendFrame(Opcode::Continuation, "\x28 not a continuation byte", true);
  checkClosedWith(client, 1007);
}

TEST_CASE("a message over the size limit closes with 1009") {
  SUBCASE("announced by one frame's length") {
    RawClient client;
    client.open("/");
    client.sendRaw(frameHeader(0x82, kMaxMessageSize + 1));
    checkClosedWith(client, 1009);
  }
  SUBCASE("reached by the sum of its fragments") {
    RawClient client;
    client.open("/");
    const std::string half(kMaxMessageSize / 2 + 1, 'x');
    client.sendFrame(Opcode::Binary, half, false);
    client.sendRaw(frameHeader(0x00, half.size()));
    checkClosedWith(client, 1009);
  }
}

TEST_CASE("protocol violations close with 1002") {
  RawClient client;
  client.open("/");
  SUBCASE("reserved bit set without an extension") {
    client.sendRaw(std::string("\xc1\x80\x00\x00\x00\x00", 6));
  }
  SUBCASE("unknown opcode") {
    client.sendFrame(static_cast<Opcode>(0x3), "?");
  }
  SUBCASE("continuation without a message to continue") {
    client.sendFrame(Opcode::Continuation, "orphan");
  }
  SUBCASE("new data frame while a fragmented message is open") {
    client.sendFrame(Opcode::Text, "first", false);
    client.sendFrame(Opcode::Text, "second");
  }
  SUBCASE("fragmented control frame") {
    client.sendFrame(Opcode::Ping, "half", false);
  }
  SUBCASE("control frame longer than 125 bytes") {
    client.sendFrame(Opcode::Ping, std::string(126, 'p'));
  }
  SUBCASE("close code that may not be sent") {
    client.sendFrame(Opcode::Close, std::string("\x03\xed", 2));  // 1005
  }
  checkClosedWith(client, 1002);
}
