#include "protocol/frame_parser.h"

#include <algorithm>

#include "protocol/masking.h"

namespace ws {

namespace {

constexpr size_t kMaxControlPayload = 125;

bool isKnownOpcode(uint8_t op) {
  switch (static_cast<Opcode>(op)) {
    case Opcode::Continuation:
    case Opcode::Text:
    case Opcode::Binary:
    case Opcode::Close:
    case Opcode::Ping:
    case Opcode::Pong:
      return true;
  }
  return false;
}

}  // namespace

FrameParser::FrameParser(ParserLimits limits, Sender sender) : limits_(limits), sender_(sender) {}

bool FrameParser::stopped() const { return state_ == State::Stopped; }

void FrameParser::acceptCompressed(bool clientNoContextTakeover) {
  inflater_ = std::make_unique<MessageInflater>(clientNoContextTakeover);
}

void FrameParser::feed(const char* data, size_t size, FrameSink& sink) {
  while (size > 0 && state_ != State::Stopped) {
    const size_t used = state_ == State::Header ? readHeader(data, size, sink) : readPayload(data, size, sink);
    data += used;
    size -= used;
  }
}

size_t FrameParser::readHeader(const char* data, size_t size, FrameSink& sink) {
  size_t used = 0;
  while (used < size && headerHave_ < headerNeed_) {
    header_[headerHave_++] = static_cast<unsigned char>(data[used++]);
    if (headerHave_ == 1 && !checkFirstByte(sink)) return used;
    if (headerHave_ == 2 && !checkSecondByte(sink)) return used;
  }
  if (headerHave_ == headerNeed_) acceptHeader(sink);
  return used;
}

bool FrameParser::checkFirstByte(FrameSink& sink) {
  const unsigned char byte = header_[0];
  const uint8_t op = byte & 0x0F;
  // RSV1 marks a compressed message, on its first frame only (RFC 7692 §6).
  const bool compressedStart = (byte & 0x40) && inflater_ &&
                               (static_cast<Opcode>(op) == Opcode::Text || static_cast<Opcode>(op) == Opcode::Binary);
  if ((byte & 0x70) && !((byte & 0x70) == 0x40 && compressedStart)) {
    fail(sink, close_code::ProtocolError, "reserved bits set without a negotiated extension");
    return false;
  }
  if (!isKnownOpcode(op)) {
    fail(sink, close_code::ProtocolError, "unknown opcode");
    return false;
  }
  fin_ = (byte & 0x80) != 0;
  opcode_ = static_cast<Opcode>(op);
  if (isControl(opcode_) && !fin_) {
    fail(sink, close_code::ProtocolError, "fragmented control frame");
    return false;
  }
  if (opcode_ == Opcode::Continuation && !messageOpen_) {
    fail(sink, close_code::ProtocolError, "continuation frame without a message to continue");
    return false;
  }
  if ((opcode_ == Opcode::Text || opcode_ == Opcode::Binary) && messageOpen_) {
    fail(sink, close_code::ProtocolError, "new data frame while a fragmented message is open");
    return false;
  }
  return true;
}

bool FrameParser::checkSecondByte(FrameSink& sink) {
  const unsigned char byte = header_[1];
  masked_ = (byte & 0x80) != 0;
  if (sender_ == Sender::Client && !masked_) {
    fail(sink, close_code::ProtocolError, "client frame not masked");
    return false;
  }
  if (sender_ == Sender::Server && masked_) {
    fail(sink, close_code::ProtocolError, "server frame masked");
    return false;
  }
  const unsigned char length7 = byte & 0x7F;
  if (isControl(opcode_) && length7 > kMaxControlPayload) {
    fail(sink, close_code::ProtocolError, "control frame payload over 125 bytes");
    return false;
  }
  const size_t extendedLength = length7 == 126 ? 2 : length7 == 127 ? 8 : 0;
  headerNeed_ = 2 + extendedLength + (masked_ ? 4 : 0);
  return true;
}

void FrameParser::acceptHeader(FrameSink& sink) {
  const unsigned char length7 = header_[1] & 0x7F;
  const size_t extendedLength = headerNeed_ - 2 - (masked_ ? 4 : 0);
  if (extendedLength == 0) {
    payloadLength_ = length7;
  } else {
    payloadLength_ = 0;
    for (size_t i = 0; i < extendedLength; ++i) payloadLength_ = (payloadLength_ << 8) | header_[2 + i];
    if (payloadLength_ >> 63) {
      fail(sink, close_code::ProtocolError, "64-bit payload length with the most significant bit set");
      return;
    }
  }
  if (masked_) std::copy_n(header_ + 2 + extendedLength, 4, mask_);
  headerHave_ = 0;
  headerNeed_ = 2;
  payloadRead_ = 0;

  if (isControl(opcode_)) {
    control_.clear();
  } else {
    if (opcode_ != Opcode::Continuation) {
      messageOpen_ = true;
      messageOpcode_ = opcode_;
      messageCompressed_ = (header_[0] & 0x40) != 0;
      message_.clear();
      messageUtf8_.reset();
    }
    // message_ never exceeds the limit, so the subtraction cannot wrap. A compressed message is checked on what
    // it inflates to, as it inflates.
    if (!messageCompressed_ && payloadLength_ > limits_.maxMessageSize - message_.size()) {
      fail(sink, close_code::TooBig, "message larger than the configured maximum");
      return;
    }
    // No reserve() from the announced length: a header alone would make us allocate up to the limit.
  }

  if (payloadLength_ == 0) {
    finishFrame(sink);
  } else {
    state_ = State::Payload;
  }
}

size_t FrameParser::readPayload(const char* data, size_t size, FrameSink& sink) {
  const size_t take = static_cast<size_t>(std::min<uint64_t>(size, payloadLength_ - payloadRead_));
  if (!isControl(opcode_) && messageCompressed_) {
    compressed_.assign(data, take);
    if (masked_) applyMask(compressed_.data(), take, mask_, payloadRead_ & 3);
    payloadRead_ += take;
    if (!inflate(compressed_, false, sink)) return take;
    if (payloadRead_ == payloadLength_) {
      state_ = State::Header;
      finishFrame(sink);
    }
    return take;
  }
  std::string& target = isControl(opcode_) ? control_ : message_;
  const size_t start = target.size();
  // The last frame of a message grows by doubling too, but not past its end: a message that arrives in several
  // reads then holds its size, not up to twice that, and a header alone still allocates nothing. (Earlier
  // fragments keep plain doubling: a reallocation per fragment would copy a many-fragment message again and
  // again.)
  if (fin_ && start + take > target.capacity()) {
    const size_t frameEnd = start + static_cast<size_t>(payloadLength_ - payloadRead_);
    // reserve() on the string itself would round up to twice its capacity; on an empty one it is exact.
    std::string grown;
    grown.reserve(std::max(start + take, std::min(2 * target.capacity(), frameEnd)));
    grown.append(target);
    target.swap(grown);
  }
  target.append(data, take);
  if (masked_) applyMask(target.data() + start, take, mask_, payloadRead_ & 3);
  payloadRead_ += take;

  if (!isControl(opcode_) && !checkUtf8(start, sink)) return take;
  if (payloadRead_ == payloadLength_) {
    state_ = State::Header;
    finishFrame(sink);
  }
  return take;
}

void FrameParser::finishFrame(FrameSink& sink) {
  if (isControl(opcode_)) {
    deliverControl(sink);
    return;
  }
  if (!fin_) return;
  if (messageCompressed_ && !inflate({}, true, sink)) return;
  if (messageOpcode_ == Opcode::Text && !messageUtf8_.complete()) {
    fail(sink, close_code::InvalidData, "text message ends inside a UTF-8 sequence");
    return;
  }
  messageOpen_ = false;
  std::string whole = std::move(message_);
  message_.clear();
  sink.onMessage(messageOpcode_, std::move(whole));
}

void FrameParser::deliverControl(FrameSink& sink) {
  switch (opcode_) {
    case Opcode::Ping:
      sink.onPing(control_);
      break;
    case Opcode::Pong:
      sink.onPong(control_);
      break;
    default:
      deliverClose(sink);
      break;
  }
}

void FrameParser::deliverClose(FrameSink& sink) {
  if (control_.empty()) {
    state_ = State::Stopped;
    sink.onClose(close_code::NoStatus, {});
    return;
  }
  if (control_.size() == 1) {
    fail(sink, close_code::ProtocolError, "close payload of one byte");
    return;
  }
  const uint16_t code = static_cast<uint16_t>((static_cast<unsigned char>(control_[0]) << 8) |
                                              static_cast<unsigned char>(control_[1]));
  if (!isValidCloseCode(code)) {
    fail(sink, close_code::ProtocolError, "invalid close code " + std::to_string(code));
    return;
  }
  const std::string_view reason = std::string_view(control_).substr(2);
  if (!isValidUtf8(reason)) {
    fail(sink, close_code::InvalidData, "close reason is not valid UTF-8");
    return;
  }
  state_ = State::Stopped;
  sink.onClose(code, reason);
}

bool FrameParser::checkUtf8(size_t from, FrameSink& sink) {
  if (messageOpcode_ != Opcode::Text || messageUtf8_.feed(std::string_view(message_).substr(from))) return true;
  fail(sink, close_code::InvalidData, "text message is not valid UTF-8");
  return false;
}

bool FrameParser::inflate(std::string_view compressed, bool last, FrameSink& sink) {
  const size_t start = message_.size();
  const MessageInflater::Result result = inflater_->inflate(compressed, last, message_, limits_.maxMessageSize);
  // What inflated before a failure is judged first, as it would have been had it come in an earlier read: the
  // verdict must not depend on how the bytes were split.
  if (!checkUtf8(start, sink)) return false;
  switch (result) {
    case MessageInflater::Result::Ok: return true;
    case MessageInflater::Result::TooBig:
      fail(sink, close_code::TooBig, "message larger than the configured maximum once inflated");
      return false;
    case MessageInflater::Result::Corrupt: break;
  }
  fail(sink, close_code::InvalidData, "compressed message is not valid DEFLATE data");
  return false;
}

void FrameParser::fail(FrameSink& sink, uint16_t code, std::string_view why) {
  state_ = State::Stopped;
  sink.onProtocolError(code, why);
}

}  // namespace ws
