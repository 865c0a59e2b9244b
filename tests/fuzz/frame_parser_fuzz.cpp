// Random bytes into the frame parser, with permessage-deflate negotiated when the first byte is odd (compressed
// messages then inflate), and parsing a server's frames, as a client does, when its second bit is set. Beyond "no crash, no UB", checks what must hold for any input: the same events whatever
// the chunking, valid UTF-8 in every text message, no message over the limit (inflated ones included), only the
// allowed error and close codes, and nothing reported after a close or an error.

#include <cstdlib>
#include <random>

#include "protocol/close_codes.h"
#include "protocol/utf8.h"
#include "recording_sink.h"

using namespace ws;
using namespace ws::test;

namespace {

constexpr size_t kLimit = 64 * 1024;

void require(bool condition) {
  if (!condition) std::abort();
}

void checkInvariants(const std::vector<Event>& events) {
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& event = events[i];
    const bool last = i + 1 == events.size();
    switch (event.kind) {
      case Event::Message:
        require(event.opcode == Opcode::Text || event.opcode == Opcode::Binary);
        require(event.payload.size() <= kLimit);
        require(event.opcode != Opcode::Text || isValidUtf8(event.payload));
        break;
      case Event::Ping:
      case Event::Pong:
        require(event.payload.size() <= 125);
        break;
      case Event::Close:
        require(last);
        require(event.code == close_code::NoStatus || isValidCloseCode(event.code));
        require(isValidUtf8(event.payload));
        break;
      case Event::Error:
        require(last);
        require(event.code == 1002 || event.code == 1007 || event.code == 1009);
        break;
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string wire(reinterpret_cast<const char*>(data), size);
  const ParserLimits limits{kLimit};
  const bool compressed = size > 0 && (data[0] & 1);
  const Sender sender = size > 0 && (data[0] & 2) ? Sender::Server : Sender::Client;
  const auto whole = parseWhole(wire, limits, compressed, sender);
  checkInvariants(whole);

  // The chunk sizes come from the input itself, so the fuzzer explores splits too.
  std::minstd_rand random(size ? data[0] : 1);
  FrameParser parser(limits, sender);
  if (compressed) parser.acceptCompressed(false);
  RecordingSink sink;
  for (size_t at = 0; at < wire.size();) {
    const size_t take = std::min<size_t>(wire.size() - at, random() % 17 + 1);
    parser.feed(wire.data() + at, take, sink);
    at += take;
  }
  require(sink.events == whole);
  return 0;
}
