#pragma once
// Incremental RFC 6455 parser: bytes in any chunking, whole messages out. A server parses its clients' frames,
// which must be masked; a client parses its server's, which must not be (§5.1: either mistake is a protocol error).
// Every violation is reported as soon as the byte that proves it arrives (a bad header bit at its byte, a text
// message's invalid UTF-8 at the offending byte even mid-frame, an oversized message at its frame header).
// Non-minimal length encodings (e.g. 5 in the 16-bit form) are accepted: RFC 6455 §5.2 makes minimal encoding a
// duty of the sender and gives the receiver no rule, and rejecting them buys nothing.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "protocol/close_codes.h"
#include "protocol/opcode.h"
#include "protocol/permessage_deflate.h"
#include "protocol/utf8.h"

namespace ws {

struct ParserLimits {
  size_t maxMessageSize = 16 * 1024 * 1024;  // sum of a message's fragments
};

class FrameSink {  // what the parser found, in wire order
 public:
  virtual ~FrameSink() = default;
  virtual void onMessage(Opcode opcode, std::string&& payload) = 0;  // Text or Binary, whole, unmasked; Text is valid UTF-8
  virtual void onPing(std::string_view payload) = 0;
  virtual void onPong(std::string_view payload) = 0;
  virtual void onClose(uint16_t code, std::string_view reason) = 0;  // validated; code 1005 when the payload was empty
  virtual void onProtocolError(uint16_t closeCode, std::string_view why) = 0;  // 1002, 1007 or 1009; parser stops
};

// Who sent the frames being parsed.
enum class Sender { Client, Server };

class FrameParser {
 public:
  explicit FrameParser(ParserLimits limits = {}, Sender sender = Sender::Client);
  void feed(const char* data, size_t size, FrameSink& sink);  // consumes everything; stops after close/error
  bool stopped() const;
  // permessage-deflate was negotiated: a message whose first frame has RSV1 set is inflated as it arrives, its
  // limit and UTF-8 checked on what it inflates to (1009, 1007; corrupt data 1007). Before any feed.
  void acceptCompressed(bool clientNoContextTakeover);
  // Bytes held for the data message being assembled.
  size_t held() const { return message_.capacity(); }

 private:
  enum class State { Header, Payload, Stopped };

  // Each read* returns how many bytes it consumed.
  size_t readHeader(const char* data, size_t size, FrameSink& sink);
  bool checkFirstByte(FrameSink& sink);
  bool checkSecondByte(FrameSink& sink);
  void acceptHeader(FrameSink& sink);
  size_t readPayload(const char* data, size_t size, FrameSink& sink);
  void finishFrame(FrameSink& sink);
  void deliverControl(FrameSink& sink);
  void deliverClose(FrameSink& sink);
  void fail(FrameSink& sink, uint16_t code, std::string_view why);
  // A compressed message's next bytes (`last`: its end); false after reporting a failure.
  bool inflate(std::string_view compressed, bool last, FrameSink& sink);
  bool checkUtf8(size_t from, FrameSink& sink);

  ParserLimits limits_;
  const Sender sender_;
  State state_ = State::Header;

  // Current frame header, accumulated byte by byte when it arrives split.
  unsigned char header_[14] = {};
  size_t headerHave_ = 0;
  size_t headerNeed_ = 2;
  bool fin_ = false;
  Opcode opcode_ = Opcode::Continuation;
  uint64_t payloadLength_ = 0;
  uint64_t payloadRead_ = 0;
  bool masked_ = false;
  unsigned char mask_[4] = {};

  // The data message being assembled across fragments.
  bool messageOpen_ = false;
  Opcode messageOpcode_ = Opcode::Text;
  std::string message_;
  Utf8Validator messageUtf8_;
  bool messageCompressed_ = false;
  std::unique_ptr<MessageInflater> inflater_;  // when permessage-deflate was negotiated
  std::string compressed_;                     // a compressed frame's bytes of one read, unmasked

  std::string control_;  // a control frame's payload (at most 125 bytes)
};

}  // namespace ws
