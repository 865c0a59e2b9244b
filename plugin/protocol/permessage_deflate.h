#pragma once
// permessage-deflate (RFC 7692): the negotiation of its parameters from a client's Sec-WebSocket-Extensions
// offers, and the per-connection compressor and decompressor (zlib, raw DEFLATE, the 00 00 FF FF tail of each
// message left out on the wire).

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace ws {

// What the server allows (the perMessageDeflate option of 4D.WebSocketServer.new()).
struct DeflateOptions {
  bool serverNoContextTakeover = false;  // reset the compressor after each message (less memory, less ratio)
  bool clientNoContextTakeover = false;  // ask the client to reset its compressor after each message
  int serverMaxWindowBits = 15;          // 9 to 15: the compressor's window (zlib cannot compress with 8)
  int clientMaxWindowBits = 15;          // 8 to 15: asked of a client that offers client_max_window_bits
  size_t threshold = 1024;               // smaller messages go uncompressed
};

// What one connection agreed on.
struct DeflateAgreement {
  bool serverNoContextTakeover = false;
  bool clientNoContextTakeover = false;
  int serverMaxWindowBits = 15;
  int clientMaxWindowBits = 15;
  std::string responseHeader;  // the Sec-WebSocket-Extensions value of the 101 answer
};

// The first of the client's offers (`offers`: every Sec-WebSocket-Extensions value, joined by commas) that the
// server can accept under `options`; none (the connection goes uncompressed) when no offer is valid and
// acceptable. An offer with an unknown, repeated or ill-valued parameter is declined (§5.1, §7.1).
std::optional<DeflateAgreement> negotiateDeflate(std::string_view offers, const DeflateOptions& options);

// The client's side: what the server's answer (the Sec-WebSocket-Extensions value of its 101) agreed to; none
// when it is not exactly one valid permessage-deflate (§7.1: the client then fails the connection, or, when the
// answer is empty, goes uncompressed). The agreement's responseHeader is the answer.
std::optional<DeflateAgreement> readDeflateAnswer(std::string_view answer);

class MessageDeflater {
 public:
  MessageDeflater(int windowBits, bool noContextTakeover);
  ~MessageDeflater();
  MessageDeflater(const MessageDeflater&) = delete;
  MessageDeflater& operator=(const MessageDeflater&) = delete;

  // Appends `message` compressed, without its 00 00 FF FF tail, to `out`.
  void compress(std::string_view message, std::string& out);

 private:
  struct Stream;
  Stream& stream();

  const int windowBits_;
  const bool noContextTakeover_;
  std::unique_ptr<Stream> stream_;  // with context takeover, created on first use; else the thread's shared one
};

class MessageInflater {
 public:
  enum class Result { Ok, TooBig, Corrupt };

  explicit MessageInflater(bool noContextTakeover);
  ~MessageInflater();
  MessageInflater(const MessageInflater&) = delete;
  MessageInflater& operator=(const MessageInflater&) = delete;

  // Inflates one fragment of a compressed message, appending to `out`; `last` with the message's final fragment
  // (the 00 00 FF FF tail is added then). Stops as soon as `out` would pass `limit` bytes (TooBig): a small
  // message that inflates to gigabytes costs at most the limit's worth of work and memory.
  Result inflate(std::string_view compressed, bool last, std::string& out, size_t limit);

 private:
  struct Stream;
  Result run(const unsigned char* data, size_t size, std::string& out, size_t limit);

  const bool noContextTakeover_;
  std::unique_ptr<Stream> stream_;
};

}  // namespace ws
