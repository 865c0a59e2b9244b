#include <doctest/doctest.h>

#include "protocol/frame_writer.h"
#include "recording_sink.h"

using namespace ws;

namespace {

std::string bytes(std::initializer_list<int> values) {
  std::string out;
  for (int value : values) out.push_back(static_cast<char>(value));
  return out;
}

std::string frameOf(Opcode op, size_t size, bool fin = true) {
  std::string out;
  appendFrame(out, op, std::string(size, 'x'), fin);
  return out;
}

}  // namespace

TEST_CASE("writer: the shortest length form is used") {
  CHECK(frameOf(Opcode::Text, 0) == bytes({0x81, 0}));
  CHECK(frameOf(Opcode::Text, 125).substr(0, 2) == bytes({0x81, 125}));
  CHECK(frameOf(Opcode::Text, 125).size() == 2 + 125);
  CHECK(frameOf(Opcode::Binary, 126).substr(0, 4) == bytes({0x82, 126, 0, 126}));
  CHECK(frameOf(Opcode::Binary, 65535).substr(0, 4) == bytes({0x82, 126, 0xFF, 0xFF}));
  CHECK(frameOf(Opcode::Binary, 65535).size() == 4 + 65535);
  CHECK(frameOf(Opcode::Binary, 65536).substr(0, 10) == bytes({0x82, 127, 0, 0, 0, 0, 0, 1, 0, 0}));
  CHECK(frameOf(Opcode::Binary, 65536).size() == 10 + 65536);
}

TEST_CASE("writer: opcode and FIN bit") {
  CHECK(frameOf(Opcode::Text, 0, false)[0] == 0x01);
  CHECK(frameOf(Opcode::Continuation, 0, true)[0] == static_cast<char>(0x80));
  CHECK(frameOf(Opcode::Ping, 0)[0] == static_cast<char>(0x89));
  CHECK(frameOf(Opcode::Pong, 0)[0] == static_cast<char>(0x8A));
  CHECK(frameOf(Opcode::Close, 0)[0] == static_cast<char>(0x88));
}

TEST_CASE("writer: frames are appended to what is already there") {
  std::string out = "prefix";
  appendFrame(out, Opcode::Text, "hi");
  CHECK(out == "prefix" + bytes({0x81, 2}) + "hi");
}

TEST_CASE("writer: close frames") {
  std::string out;
  appendFrame(out, Opcode::Close, closePayload(1005, "ignored"));
  CHECK(out == bytes({0x88, 0}));
  out.clear();
  appendFrame(out, Opcode::Close, closePayload(1000, ""));
  CHECK(out == bytes({0x88, 2, 0x03, 0xE8}));
  out.clear();
  appendFrame(out, Opcode::Close, closePayload(4001, "bye"));
  CHECK(out == bytes({0x88, 5, 0x0F, 0xA1}) + "bye");
}

TEST_CASE("writer: a long close reason is cut to fit 125 bytes without splitting a code point") {
  std::string out;
  appendFrame(out, Opcode::Close, closePayload(1000, std::string(122, 'a') + "€€"));  // € is 3 bytes: 122 + 3 > 123
  CHECK(static_cast<unsigned char>(out[1]) == 2 + 122);
  CHECK(out.substr(4) == std::string(122, 'a'));
  out.clear();
  appendFrame(out, Opcode::Close, closePayload(1000, std::string(200, 'z')));
  CHECK(out.size() == 2 + 125);
}

TEST_CASE("writer: masked frames carry the key and a masked payload") {
  std::string out;
  appendMaskedFrame(out, Opcode::Text, "Hello", 0x37FA213D);
  // RFC 6455 §5.7: a single-frame masked text message "Hello".
  CHECK(out == bytes({0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58}));
}

TEST_CASE("writer: masked frames of every length form parse back") {
  for (size_t size : {0, 3, 125, 126, 65535, 65536, 100003}) {
    CAPTURE(size);
    std::string payload(size, '\0');
    for (size_t i = 0; i < size; ++i) payload[i] = static_cast<char>(i * 7);
    std::string out;
    appendMaskedFrame(out, Opcode::Binary, payload, 0xA1B2C3D4);
    CHECK(ws::test::parseInChunks(out, 9) == std::vector<ws::test::Event>{ws::test::message(Opcode::Binary, payload)});
  }
}
