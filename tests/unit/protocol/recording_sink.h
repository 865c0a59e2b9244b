#pragma once
// A FrameSink that records what the parser reported, and helpers to feed a parser in chosen chunk sizes.

#include <algorithm>
#include <string>
#include <vector>

#include "protocol/frame_parser.h"
#include "protocol/frame_writer.h"

namespace ws::test {

struct Event {
  enum Kind { Message, Ping, Pong, Close, Error } kind;
  Opcode opcode = Opcode::Continuation;
  std::string payload;  // message/ping/pong payload, close reason, or error explanation
  uint16_t code = 0;    // close code or error close code

  bool operator==(const Event&) const = default;
};

class RecordingSink : public FrameSink {
 public:
  std::vector<Event> events;

  void onMessage(Opcode opcode, std::string&& payload) override {
    events.push_back({Event::Message, opcode, std::move(payload), 0});
  }
  void onPing(std::string_view payload) override { events.push_back({Event::Ping, Opcode::Ping, std::string(payload), 0}); }
  void onPong(std::string_view payload) override { events.push_back({Event::Pong, Opcode::Pong, std::string(payload), 0}); }
  void onClose(uint16_t code, std::string_view reason) override {
    events.push_back({Event::Close, Opcode::Close, std::string(reason), code});
  }
  void onProtocolError(uint16_t closeCode, std::string_view why) override {
    events.push_back({Event::Error, Opcode::Continuation, std::string(why), closeCode});
  }
};

// Feeds `wire` to a fresh parser `chunk` bytes at a time and returns what it reported. `compressed`: the parser
// negotiated permessage-deflate; `sender`: whose frames it parses (a client parses its server's).
inline std::vector<Event> parseInChunks(const std::string& wire, size_t chunk, ParserLimits limits = {},
                                        bool compressed = false, Sender sender = Sender::Client) {
  FrameParser parser(limits, sender);
  if (compressed) parser.acceptCompressed(false);
  RecordingSink sink;
  for (size_t at = 0; at < wire.size(); at += chunk) {
    parser.feed(wire.data() + at, std::min(chunk, wire.size() - at), sink);
  }
  return sink.events;
}

inline std::vector<Event> parseWhole(const std::string& wire, ParserLimits limits = {}, bool compressed = false,
                                     Sender sender = Sender::Client) {
  return parseInChunks(wire, std::max<size_t>(wire.size(), 1), limits, compressed, sender);
}

inline std::string masked(Opcode op, std::string_view payload, bool fin = true) {
  std::string out;
  appendMaskedFrame(out, op, payload, 0x37FA213D, fin);
  return out;
}

inline Event message(Opcode op, std::string payload) { return {Event::Message, op, std::move(payload), 0}; }

// The error close code of the last event, or 0 when the parser reported no error.
inline uint16_t errorCode(const std::vector<Event>& events) {
  return !events.empty() && events.back().kind == Event::Error ? events.back().code : 0;
}

}  // namespace ws::test
