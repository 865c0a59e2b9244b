#include <doctest/doctest.h>

#include <random>

#include "recording_sink.h"

using namespace ws;
using namespace ws::test;

namespace {

// A masked frame whose first byte (FIN, RSV bits, opcode) is given verbatim.
std::string withFirstByte(unsigned char first, std::string_view payload) {
  std::string frame = masked(Opcode::Binary, payload);
  frame[0] = static_cast<char>(first);
  return frame;
}

// Any code on the wire, 1005 and the other invalid ones included (ws::closePayload writes 1005 as no payload).
std::string rawClosePayload(uint16_t code, std::string_view reason = {}) {
  std::string payload{static_cast<char>(code >> 8), static_cast<char>(code & 0xFF)};
  payload.append(reason);
  return payload;
}

std::string patterned(size_t size) {
  std::string text(size, 'a');
  for (size_t i = 0; i < size; ++i) text[i] = static_cast<char>('a' + i % 26);
  return text;
}

}  // namespace

TEST_CASE("parser: a masked frame of every length form round-trips for text and binary") {
  for (size_t size : {0, 1, 125, 126, 127, 1000, 65535, 65536, 200000}) {
    for (Opcode op : {Opcode::Text, Opcode::Binary}) {
      CAPTURE(size);
      const std::string payload = patterned(size);
      const auto events = parseWhole(masked(op, payload));
      REQUIRE(events.size() == 1);
      CHECK(events[0] == message(op, payload));
    }
  }
}

TEST_CASE("parser: binary payloads keep every byte value") {
  std::string payload;
  for (int i = 0; i < 256 * 3; ++i) payload.push_back(static_cast<char>(i));
  CHECK(parseWhole(masked(Opcode::Binary, payload)) == std::vector<Event>{message(Opcode::Binary, payload)});
}

TEST_CASE("parser: ping, pong and close are reported with their payloads") {
  std::string wire = masked(Opcode::Ping, "ping!") + masked(Opcode::Pong, "") + masked(Opcode::Pong, patterned(125)) +
                     masked(Opcode::Close, rawClosePayload(1000, "bye"));
  const std::vector<Event> expected = {{Event::Ping, Opcode::Ping, "ping!", 0},
                                       {Event::Pong, Opcode::Pong, "", 0},
                                       {Event::Pong, Opcode::Pong, patterned(125), 0},
                                       {Event::Close, Opcode::Close, "bye", 1000}};
  CHECK(parseWhole(wire) == expected);
}

TEST_CASE("parser: any chunking, down to one byte at a time, gives the same events") {
  std::string wire = masked(Opcode::Text, "héllo wörld €𝄞") + masked(Opcode::Binary, patterned(70000)) +
                     masked(Opcode::Text, "frag", false) + masked(Opcode::Ping, "p") +
                     masked(Opcode::Continuation, "ment€", false) + masked(Opcode::Continuation, "ed", true) +
                     masked(Opcode::Binary, patterned(300)) + masked(Opcode::Close, rawClosePayload(4000, "done"));
  const auto reference = parseWhole(wire);
  REQUIRE(reference.size() == 6);
  CHECK(reference[2] == Event{Event::Ping, Opcode::Ping, "p", 0});
  CHECK(reference[3] == message(Opcode::Text, "fragment€ed"));
  CHECK(reference[5] == Event{Event::Close, Opcode::Close, "done", 4000});

  for (size_t chunk : {1, 2, 3, 5, 7, 13, 64, 4096}) {
    CAPTURE(chunk);
    CHECK(parseInChunks(wire, chunk) == reference);
  }
  std::mt19937 random(42);
  FrameParser parser;
  RecordingSink sink;
  for (size_t at = 0; at < wire.size();) {
    const size_t take = std::min<size_t>(wire.size() - at, random() % 40 + 1);
    parser.feed(wire.data() + at, take, sink);
    at += take;
  }
  CHECK(sink.events == reference);
}

TEST_CASE("parser: a message that arrives in several reads holds about its size; a header alone holds nothing") {
  const std::string payload = patterned(65536);
  const std::string wire = masked(Opcode::Binary, payload);
  const size_t header = 14;  // 2 bytes, a 64-bit length, the mask
  FrameParser parser;
  RecordingSink sink;
  parser.feed(wire.data(), header, sink);
  CHECK(parser.held() < 64);
  // Most of it, then the rest: plain doubling would hold almost twice the message.
  parser.feed(wire.data() + header, 60000, sink);
  CHECK(parser.held() <= payload.size());
  parser.feed(wire.data() + header + 60000, wire.size() - header - 60000, sink);
  REQUIRE(sink.events.size() == 1);
  CHECK(sink.events[0].payload == payload);
  CHECK(sink.events[0].payload.capacity() < payload.size() + payload.size() / 8);
}

TEST_CASE("parser: fragmented messages with interleaved control frames") {
  SUBCASE("text in three fragments, pings and a pong between them") {
    std::string wire = masked(Opcode::Text, "Hel", false) + masked(Opcode::Ping, "1") +
                       masked(Opcode::Continuation, "lo, ", false) + masked(Opcode::Pong, "2") +
                       masked(Opcode::Continuation, "world", true);
    const std::vector<Event> expected = {{Event::Ping, Opcode::Ping, "1", 0},
                                         {Event::Pong, Opcode::Pong, "2", 0},
                                         message(Opcode::Text, "Hello, world")};
    CHECK(parseWhole(wire) == expected);
  }
  SUBCASE("binary with empty fragments") {
    std::string wire = masked(Opcode::Binary, "", false) + masked(Opcode::Continuation, "ab", false) +
                       masked(Opcode::Continuation, "", false) + masked(Opcode::Continuation, "", true);
    CHECK(parseWhole(wire) == std::vector<Event>{message(Opcode::Binary, "ab")});
  }
  SUBCASE("a code point split across fragments is valid") {
    const std::string euro = "\xE2\x82\xAC";
    std::string wire = masked(Opcode::Text, euro.substr(0, 1), false) +
                       masked(Opcode::Continuation, euro.substr(1, 1), false) +
                       masked(Opcode::Continuation, euro.substr(2), true);
    CHECK(parseInChunks(wire, 1) == std::vector<Event>{message(Opcode::Text, euro)});
  }
  SUBCASE("a close frame inside a fragmented message ends the parse") {
    std::string wire = masked(Opcode::Text, "part", false) + masked(Opcode::Close, "") +
                       masked(Opcode::Continuation, "rest", true);
    CHECK(parseWhole(wire) == std::vector<Event>{{Event::Close, Opcode::Close, "", 1005}});
  }
  SUBCASE("two messages in a row reuse the parser") {
    std::string wire = masked(Opcode::Text, "a", false) + masked(Opcode::Continuation, "b") +
                       masked(Opcode::Binary, "c", false) + masked(Opcode::Continuation, "d");
    CHECK(parseWhole(wire) == std::vector<Event>{message(Opcode::Text, "ab"), message(Opcode::Binary, "cd")});
  }
}

TEST_CASE("parser: non-minimal length encodings are accepted") {
  // 5 bytes announced in the 16-bit and in the 64-bit form.
  const unsigned char key[4] = {0, 0, 0, 0};
  std::string sixteen = {static_cast<char>(0x82), static_cast<char>(0x80 | 126), 0, 5};
  sixteen.append(reinterpret_cast<const char*>(key), 4).append("hello");
  std::string sixtyFour = {static_cast<char>(0x82), static_cast<char>(0x80 | 127), 0, 0, 0, 0, 0, 0, 0, 5};
  sixtyFour.append(reinterpret_cast<const char*>(key), 4).append("hello");
  CHECK(parseWhole(sixteen) == std::vector<Event>{message(Opcode::Binary, "hello")});
  CHECK(parseWhole(sixtyFour) == std::vector<Event>{message(Opcode::Binary, "hello")});
}

TEST_CASE("parser: protocol errors are 1002 and stop the parser") {
  SUBCASE("unmasked client frame") {
    std::string frame;
    appendFrame(frame, Opcode::Text, "hi");
    CHECK(errorCode(parseWhole(frame)) == 1002);
    CHECK(parseInChunks(frame, 1).size() == 1);
  }
  SUBCASE("each reserved bit") {
    for (unsigned char rsv : {0x40, 0x20, 0x10, 0x70}) {
      CAPTURE(rsv);
      CHECK(errorCode(parseWhole(withFirstByte(0x81 | rsv, "x"))) == 1002);
    }
  }
  SUBCASE("each unknown opcode") {
    for (unsigned char op : {3, 4, 5, 6, 7, 0xB, 0xC, 0xD, 0xE, 0xF}) {
      CAPTURE(int(op));
      CHECK(errorCode(parseWhole(withFirstByte(0x80 | op, ""))) == 1002);
      CHECK(errorCode(parseWhole(withFirstByte(0x80 | op, "payload"))) == 1002);
    }
  }
  SUBCASE("control frame with a payload over 125 bytes") {
    for (Opcode op : {Opcode::Ping, Opcode::Pong, Opcode::Close}) {
      CHECK(errorCode(parseWhole(masked(op, patterned(126)))) == 1002);
    }
  }
  SUBCASE("fragmented control frame") {
    for (Opcode op : {Opcode::Ping, Opcode::Pong, Opcode::Close}) {
      CHECK(errorCode(parseWhole(masked(op, "x", false))) == 1002);
    }
  }
  SUBCASE("continuation without a started message") {
    CHECK(errorCode(parseWhole(masked(Opcode::Continuation, "x"))) == 1002);
    CHECK(errorCode(parseWhole(masked(Opcode::Text, "a") + masked(Opcode::Continuation, "b"))) == 1002);
  }
  SUBCASE("new data frame while a fragmented message is open") {
    CHECK(errorCode(parseWhole(masked(Opcode::Text, "a", false) + masked(Opcode::Text, "b"))) == 1002);
    CHECK(errorCode(parseWhole(masked(Opcode::Binary, "a", false) + masked(Opcode::Text, "b"))) == 1002);
  }
  SUBCASE("64-bit length with the top bit set") {
    std::string frame = {static_cast<char>(0x82), static_cast<char>(0x80 | 127), static_cast<char>(0x80), 0, 0, 0, 0,
                         0, 0, 1, 1, 2, 3, 4};
    CHECK(errorCode(parseWhole(frame)) == 1002);
  }
  SUBCASE("the error is reported at the byte that proves it, and nothing after it") {
    std::string wire = masked(Opcode::Text, "ok") + withFirstByte(0xC1, "x") + masked(Opcode::Text, "never");
    FrameParser parser;
    RecordingSink sink;
    const size_t firstFrame = masked(Opcode::Text, "ok").size();
    parser.feed(wire.data(), firstFrame + 1, sink);
    REQUIRE(sink.events.size() == 2);
    CHECK(sink.events[0] == message(Opcode::Text, "ok"));
    CHECK(sink.events[1].code == 1002);
    CHECK(parser.stopped());
    parser.feed(wire.data() + firstFrame + 1, wire.size() - firstFrame - 1, sink);
    CHECK(sink.events.size() == 2);
  }
}

TEST_CASE("parser: text must be valid UTF-8, checked across fragments and failing fast (1007)") {
  SUBCASE("invalid byte in a single frame") {
    CHECK(errorCode(parseWhole(masked(Opcode::Text, "ab\xC0\xAF"))) == 1007);
  }
  SUBCASE("reported as soon as the invalid byte arrives, mid-frame") {
    const std::string payload = "\xCE\xBA\xE1\xBD\xB9\xCF\x83\xCE\xBC\xCE\xB5\xED\xA0\x80" + patterned(100);
    const std::string frame = masked(Opcode::Text, payload);
    const size_t header = frame.size() - payload.size();
    FrameParser parser;
    RecordingSink sink;
    parser.feed(frame.data(), header + 12, sink);  // up to the ED A0 surrogate's second byte
    CHECK(sink.events.empty());
    parser.feed(frame.data() + header + 12, 1, sink);
    CHECK(errorCode(sink.events) == 1007);
  }
  SUBCASE("reported in the fragment that holds the invalid byte, before the message ends") {
    const std::string wire = masked(Opcode::Text, "valid", false) + masked(Opcode::Continuation, "\xF4\x90", false);
    CHECK(errorCode(parseWhole(wire)) == 1007);
  }
  SUBCASE("a message that ends inside a code point") {
    CHECK(errorCode(parseWhole(masked(Opcode::Text, "abc\xE2\x82"))) == 1007);
    const std::string wire = masked(Opcode::Text, "\xE2", false) + masked(Opcode::Continuation, "\x82", true);
    CHECK(errorCode(parseWhole(wire)) == 1007);
  }
  SUBCASE("binary messages are not checked") {
    CHECK(parseWhole(masked(Opcode::Binary, "\xFF\xFE")) == std::vector<Event>{message(Opcode::Binary, "\xFF\xFE")});
  }
  SUBCASE("ping payloads are not checked") {
    CHECK(parseWhole(masked(Opcode::Ping, "\xFF")) == std::vector<Event>{{Event::Ping, Opcode::Ping, "\xFF", 0}});
  }
}

TEST_CASE("parser: maxMessageSize is enforced as soon as a header announces too much (1009)") {
  const ParserLimits limits{1000};
  SUBCASE("a message exactly at the limit passes") {
    CHECK(parseWhole(masked(Opcode::Binary, patterned(1000)), limits).at(0).kind == Event::Message);
  }
  SUBCASE("a single frame over the limit fails at its header, before its payload") {
    const std::string frame = masked(Opcode::Binary, patterned(1001));
    const auto events = parseInChunks(frame.substr(0, 8), 1, limits);  // 2 + 2 length + 4 mask: header only
    CHECK(errorCode(events) == 1009);
  }
  SUBCASE("the sum of fragments counts") {
    const std::string wire = masked(Opcode::Text, patterned(600), false) + masked(Opcode::Ping, "") +
                             masked(Opcode::Continuation, patterned(401), true);
    const auto events = parseWhole(wire, limits);
    REQUIRE(events.size() == 2);
    CHECK(events[0].kind == Event::Ping);
    CHECK(events[1].code == 1009);
  }
  SUBCASE("a 64-bit length far beyond the limit") {
    std::string frame = {static_cast<char>(0x82), static_cast<char>(0x80 | 127), 0x7F, -1, -1, -1, -1, -1, -1, -1,
                         1, 2, 3, 4};
    CHECK(errorCode(parseWhole(frame)) == 1009);
  }
  SUBCASE("control frames do not count towards the message size") {
    const std::string wire = masked(Opcode::Text, patterned(1000), false) + masked(Opcode::Ping, patterned(125)) +
                             masked(Opcode::Continuation, "", true);
    CHECK(parseWhole(wire, limits).size() == 2);
  }
}

TEST_CASE("parser: close payloads") {
  SUBCASE("empty → 1005 with no reason") {
    CHECK(parseWhole(masked(Opcode::Close, "")) == std::vector<Event>{{Event::Close, Opcode::Close, "", 1005}});
  }
  SUBCASE("code only") {
    CHECK(parseWhole(masked(Opcode::Close, rawClosePayload(1001))) ==
          std::vector<Event>{{Event::Close, Opcode::Close, "", 1001}});
  }
  SUBCASE("code and UTF-8 reason, 123 bytes at most") {
    const std::string reason = std::string(121, 'r') + "é";
    CHECK(parseWhole(masked(Opcode::Close, rawClosePayload(3999, reason))) ==
          std::vector<Event>{{Event::Close, Opcode::Close, reason, 3999}});
  }
  SUBCASE("a one-byte payload is a protocol error") {
    CHECK(errorCode(parseWhole(masked(Opcode::Close, "\x03"))) == 1002);
  }
  SUBCASE("every valid code is accepted") {
    for (uint16_t code : {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 3000, 3999, 4000, 4999}) {
      CAPTURE(code);
      CHECK(parseWhole(masked(Opcode::Close, rawClosePayload(code))).at(0).kind == Event::Close);
    }
  }
  SUBCASE("invalid codes are protocol errors") {
    for (uint16_t code : {0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535}) {
      CAPTURE(code);
      CHECK(errorCode(parseWhole(masked(Opcode::Close, rawClosePayload(code)))) == 1002);
    }
  }
  SUBCASE("a reason that is not UTF-8 → 1007") {
    CHECK(errorCode(parseWhole(masked(Opcode::Close, rawClosePayload(1000, "\xCE\xBA\xED\xA0\x80")))) == 1007);
  }
  SUBCASE("nothing is parsed after a close") {
    const std::string wire = masked(Opcode::Close, rawClosePayload(1000)) + masked(Opcode::Text, "late");
    FrameParser parser;
    RecordingSink sink;
    parser.feed(wire.data(), wire.size(), sink);
    CHECK(sink.events.size() == 1);
    CHECK(parser.stopped());
  }
}

namespace {

std::vector<Event> parseCompressed(const std::string& wire, size_t chunk, ParserLimits limits = {}) {
  return parseInChunks(wire, chunk, limits, true);
}

// A compressed message's frame: RSV1 on its first frame only (RFC 7692 §6.1).
std::string compressedFrame(Opcode op, std::string_view payload, bool fin = true, bool first = true) {
  std::string frame = masked(op, payload, fin);
  if (first) frame[0] = static_cast<char>(frame[0] | 0x40);
  return frame;
}

}  // namespace

TEST_CASE("parser with permessage-deflate: a compressed message, whole or fragmented, in any chunking") {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "héllo " + std::to_string(i) + " ";
  MessageDeflater deflater(15, true);
  std::string compressed;
  deflater.compress(text, compressed);
  const size_t half = compressed.size() / 2;
  const std::string fragmented = compressedFrame(Opcode::Text, std::string_view(compressed).substr(0, half), false) +
                                 masked(Opcode::Ping, "between") +
                                 masked(Opcode::Continuation, std::string_view(compressed).substr(half));
  for (size_t chunk : {1, 7, 1000, 1 << 20}) {
    CAPTURE(chunk);
    auto whole = parseCompressed(compressedFrame(Opcode::Text, compressed), chunk);
    REQUIRE(whole.size() == 1);
    CHECK(whole[0] == message(Opcode::Text, text));
    auto pieces = parseCompressed(fragmented, chunk);
    REQUIRE(pieces.size() == 2);
    CHECK(pieces[0].kind == Event::Ping);
    CHECK(pieces[1] == message(Opcode::Text, text));
  }
  // An uncompressed message is still read as it is on the same connection.
  CHECK(parseCompressed(masked(Opcode::Binary, "plain"), 3)[0] == message(Opcode::Binary, "plain"));
}

TEST_CASE("parser with permessage-deflate: RSV1 where it may not be, bad data, bad UTF-8, and bombs") {
  MessageDeflater deflater(15, true);
  std::string hello, badUtf8, bomb;
  deflater.compress("hello", hello);
  deflater.compress("\xc3\x28 invalid", badUtf8);
  deflater.compress(std::string(2 << 20, 'z'), bomb);
  // RSV1 on a continuation or a control frame, or RSV2, stays a protocol error.
  CHECK(errorCode(parseCompressed(compressedFrame(Opcode::Binary, hello, false, false) +
                                      compressedFrame(Opcode::Continuation, "", true, true), 5)) == 1002);
  CHECK(errorCode(parseCompressed(compressedFrame(Opcode::Ping, ""), 5)) == 1002);
  CHECK(errorCode(parseCompressed(withFirstByte(0xA2, hello), 5)) == 1002);
  // Without the extension negotiated, RSV1 is a protocol error as before.
  CHECK(errorCode(parseWhole(compressedFrame(Opcode::Text, hello))) == 1002);
  CHECK(errorCode(parseCompressed(compressedFrame(Opcode::Binary, "\xff\xff\xff\xff garbage"), 4)) == 1007);
  CHECK(errorCode(parseCompressed(compressedFrame(Opcode::Text, badUtf8), 4)) == 1007);
  CHECK(errorCode(parseCompressed(compressedFrame(Opcode::Binary, bomb), 4096, ParserLimits{1 << 20})) == 1009);
}
