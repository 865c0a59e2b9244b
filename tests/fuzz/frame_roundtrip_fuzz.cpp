// Structured round trip: the fuzzer picks messages (opcode, payload, how to fragment, where to put pings, mask
// keys); the writer encodes them as masked client frames; the parser, fed in fuzzer-chosen chunks, must report
// exactly those messages and pings, or a 1007 at the first text message that is not valid UTF-8.

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdlib>

#include "protocol/utf8.h"
#include "recording_sink.h"

using namespace ws;
using namespace ws::test;

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider input(data, size);
  std::string wire;
  std::vector<Event> expected;
  bool failed = false;

  const int messages = input.ConsumeIntegralInRange(0, 8);
  for (int m = 0; m < messages && !failed; ++m) {
    const Opcode op = input.ConsumeBool() ? Opcode::Text : Opcode::Binary;
    const std::string payload = input.ConsumeRandomLengthString(70000);
    const int fragments = input.ConsumeIntegralInRange(1, 5);
    size_t at = 0;
    for (int f = 0; f < fragments; ++f) {
      const bool last = f + 1 == fragments;
      const size_t take = last ? payload.size() - at : input.ConsumeIntegralInRange<size_t>(0, payload.size() - at);
      appendMaskedFrame(wire, f == 0 ? op : Opcode::Continuation, std::string_view(payload).substr(at, take),
                        input.ConsumeIntegral<uint32_t>(), last);
      at += take;
      if (!last && input.ConsumeBool()) {
        const std::string ping = input.ConsumeRandomLengthString(125);
        appendMaskedFrame(wire, Opcode::Ping, ping, input.ConsumeIntegral<uint32_t>());
        // A ping is delivered before the message it interrupts, unless the message already failed its UTF-8 check
        // in a fragment before the ping.
        Utf8Validator prefix;
        if (op == Opcode::Text && !prefix.feed(std::string_view(payload).substr(0, at))) continue;
        expected.push_back({Event::Ping, Opcode::Ping, ping, 0});
      }
    }
    if (op == Opcode::Text && !isValidUtf8(payload)) {
      expected.push_back({Event::Error, Opcode::Continuation, {}, 1007});
      failed = true;
    } else {
      expected.push_back(message(op, payload));
    }
  }

  FrameParser parser;
  RecordingSink sink;
  const size_t chunk = input.ConsumeIntegralInRange<size_t>(1, 4096);
  for (size_t at = 0; at < wire.size(); at += chunk) parser.feed(wire.data() + at, std::min(chunk, wire.size() - at), sink);

  require(sink.events.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    if (expected[i].kind == Event::Error) {
      require(sink.events[i].kind == Event::Error && sink.events[i].code == expected[i].code);
    } else {
      require(sink.events[i] == expected[i]);
    }
  }
  return 0;
}
