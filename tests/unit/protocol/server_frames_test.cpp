// The parser as a client uses it: frames from the server, which must not be masked (RFC 6455 §5.1).
#include <doctest/doctest.h>

#include "protocol/frame_parser.h"
#include "protocol/frame_writer.h"
#include "recording_sink.h"

using namespace ws;
using namespace ws::test;

namespace {

std::vector<Event> parseFromServer(const std::string& wire, size_t chunk) {
  return parseInChunks(wire, chunk, {}, false, Sender::Server);
}

std::string unmasked(Opcode op, std::string_view payload, bool fin = true) {
  std::string out;
  appendFrame(out, op, payload, fin);
  return out;
}

}  // namespace

TEST_CASE("server frames: unmasked fragments around a ping, in any chunking, give the message and the ping") {
  const std::string big(70000, 'x');
  const std::string wire = unmasked(Opcode::Text, "Hel", false) + unmasked(Opcode::Ping, "p") +
                           unmasked(Opcode::Continuation, "lo", true) + unmasked(Opcode::Binary, big) +
                           unmasked(Opcode::Close, closePayload(1000, "bye"));
  const std::vector<Event> expected = {{Event::Ping, Opcode::Ping, "p", 0},
                                       {Event::Message, Opcode::Text, "Hello", 0},
                                       {Event::Message, Opcode::Binary, big, 0},
                                       {Event::Close, Opcode::Close, "bye", 1000}};
  for (size_t chunk : {size_t{1}, size_t{7}, wire.size()}) {
    CAPTURE(chunk);
    CHECK(parseFromServer(wire, chunk) == expected);
  }
}

TEST_CASE("server frames: a masked one is a protocol error, and a server's parser still takes only masked ones") {
  std::string masked;
  appendMaskedFrame(masked, Opcode::Text, "hi", 0x01020304);
  CHECK(parseFromServer(masked, masked.size()) ==
        std::vector<Event>{{Event::Error, Opcode::Continuation, "server frame masked", 1002}});
  CHECK(errorCode(parseWhole(unmasked(Opcode::Text, "hi"))) == 1002);
}

TEST_CASE("server frames: invalid UTF-8 and a close without a code") {
  CHECK(errorCode(parseFromServer(unmasked(Opcode::Text, "a\xff"), 1)) == 1007);
  CHECK(parseFromServer(unmasked(Opcode::Close, ""), 1) == std::vector<Event>{{Event::Close, Opcode::Close, "", 1005}});
}
