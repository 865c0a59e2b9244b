#pragma once
// One WebSocket connection after the upgrade, on either side: a server's connection to a client, or a 4D.WebSocket
// client's to its server (whose frames it masks, and whose masked frames are a protocol error). The I/O thread that
// owns it reads, parses, answers pings, runs the close handshake and closes the socket; the worker (the server's, or
// the client's process) sends and starts closes, and closes the socket when its close completes the handshake. Both
// sides meet under the connection's mutex, which also guards every use of the descriptor.
//
// Inbound backpressure: what has been read but not yet handed to the handler is bounded (maxIncomingBuffer per
// connection, IncomingBudget for the host). At the bound the I/O thread stops reading, so TCP holds the client back;
// the worker, having handed enough over, re-arms the socket in the I/O thread's epoll set, which reports it readable
// again if bytes wait.

#include <Poco/Net/StreamSocket.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "net/event_queue.h"
#include "net/io_handler.h"
#include "net/tls_stream.h"
#include "protocol/frame_parser.h"
#include "protocol/permessage_deflate.h"

namespace wsplugin {

struct ConnectionLimits {
  size_t maxMessageSize = 16 * 1024 * 1024;
  size_t maxOutgoingBuffer = 8 * 1024 * 1024;  // unsent bytes one connection may hold
  size_t maxIncomingBuffer = 1024 * 1024;      // bytes read and not yet handed to the handler, beyond one message
  std::chrono::seconds idleTimeout{0};         // 0: never close a silent connection
  std::chrono::seconds pingInterval{0};        // 0: no keep-alive pings
};

enum class SendResult { Sent, NotOpen, Overflow };

// permessage-deflate as one connection agreed it.
struct Compression {
  ws::DeflateAgreement agreed;
  size_t threshold = 1024;  // smaller messages go uncompressed
};

class Connection final : public IoHandler, private ws::FrameSink, public std::enable_shared_from_this<Connection> {
 public:

  // `peer`: who is at the other end; a server's connections have clients there.
  Connection(uint64_t id, ConnectionLimits limits, std::shared_ptr<EventQueue> events,
             std::optional<Compression> compression = std::nullopt, ws::Sender peer = ws::Sender::Client);
  ~Connection() override;

  uint64_t id() const { return id_; }
  // The Sec-WebSocket-Extensions value of the 101 answer; empty without an extension.
  const std::string& extensionsAnswer() const { return extensionsAnswer_; }

  // The I/O thread that will own it (or before it owns it): takes the socket, leaving `socket` empty, whose
  // first outgoing bytes are `answer` (the 101 answer, when it is not sent yet), and its TLS when it came on the
  // HTTPS port. Announces Open before any other event, then parses `early`, bytes the client sent right after
  // its request.
  void attach(Poco::Net::StreamSocket& socket, std::string answer = {}, std::string_view early = {},
              std::unique_ptr<TlsStream> tls = nullptr);
  int fd() const override { return fd_; }
  // Registers (or, taking over a socket, re-registers) the attached socket in an I/O thread's edge-triggered
  // epoll set, which it keeps to re-arm itself after a pause; false when that failed.
  bool watch(int epollFd, int operation) override;

  // Worker: queue a data frame (writing at once when nothing is waiting). Overflow closes the connection with
  // 1008 and reports an error event.
  SendResult send(ws::Opcode opcode, std::string_view payload);
  // Worker: start the close handshake; the Closed event comes when the peer answers or the wait times out.
  void close(uint16_t code, std::string_view reason);
  // Worker at the end of a SendBatch, I/O thread on writability: writes what waits, then closes the socket
  // when the close handshake is complete.
  void writePending();
  // Worker: the handler is done with a Message event's payload. Frees it, and resumes reading when the
  // connection was paused and enough has now been handed over.
  void consumed(std::string& payload);
  // Any thread: the socket has been closed (or was never attached and got abandoned).
  bool finished() const override { return finished_.load(std::memory_order_acquire); }

  // I/O thread.
  void onReadable(char* scratch, size_t size, bool peerClosed) override;
  void onWritable() override;
  // The socket reported an error. A paused connection first reads what waits, at its resume.
  void onHangup() override;
  void onTick(Clock::time_point now) override;
  // Closes the socket with 1006 reported, when the I/O loop stops.
  void abort();

 private:
  void onMessage(ws::Opcode opcode, std::string&& payload) override;
  void onPing(std::string_view payload) override;
  void onPong(std::string_view payload) override;
  void onClose(uint16_t code, std::string_view reason) override;
  void onProtocolError(uint16_t closeCode, std::string_view why) override;

  // Each *Locked function needs mutex_ held.
  // Appends what `encode` writes to the outgoing bytes. When nothing was waiting (or only what a batch holds
  // back), writes at once, or when the current thread is dispatching a batch, once the batch ends.
  template <class Encode>
  void writeLocked(Encode encode) {
    if (fd_ < 0 || writeBroken_) return;
    bool wasIdle = pendingLocked() == 0;
    encode(out_);
    if (wasIdle || deferred_) flushOrDeferLocked();
  }
  // A frame of ours: unmasked from a server, masked with a fresh key from a client.
  void appendOwnFrame(std::string& out, ws::Opcode opcode, std::string_view payload, bool compressed = false) const;
  void flushOrDeferLocked();
  void flushLocked();
  void sendCloseLocked(uint16_t code, std::string_view reason);
  void finishIfDoneLocked();
  void closeSocketLocked();
  void hangUpLocked();  // closes the socket, reporting 1006
  void reportClosed(uint16_t code, std::string reason);
  size_t pendingLocked() const { return out_.size() - outOffset_; }
  // I/O thread: stops reading at the bounds; true when it did.
  bool pauseIfBehindLocked();
  bool tlsBufferedLocked() const;  // records OpenSSL read ahead and has yet to decrypt
  bool mayResumeLocked() const;
  void resumeLocked();
  bool rearmLocked(int operation);

  const uint64_t id_;
  const ConnectionLimits limits_;
  const std::shared_ptr<EventQueue> events_;
  const ws::Sender peer_;
  ws::FrameParser parser_;  // I/O thread only
  const std::string extensionsAnswer_;
  std::unique_ptr<ws::MessageDeflater> deflater_;  // the worker's, in send()
  const size_t compressionThreshold_;
  // Bytes of the Message events pushed and not yet consumed (payloads and the events themselves).
  std::atomic<size_t> unhandled_{0};
  // Set and cleared under mutex_; read without it by consumed(), whose decrement of unhandled_ and this read
  // pair with the I/O thread's store and re-read in pauseIfBehindLocked (sequentially consistent), so that a
  // pause and a hand-over that cross are never both missed.
  std::atomic<bool> paused_{false};
  size_t hostTakePending_ = 0;  // I/O thread: this read's messages, added to the host's count after the read
  size_t hostGivePending_ = 0;  // worker: consumed, not yet given back to the host's count

  std::mutex mutex_;
  Poco::Net::StreamSocket socket_;
  int fd_ = -1;
  std::unique_ptr<TlsStream> tls_;
  int epollFd_ = -1;
  size_t partialWhenPaused_ = 0;  // the parser's unfinished message, which does not grow while paused
  std::string out_;  // bytes not yet written, from outOffset_ on
  size_t outOffset_ = 0;
  bool deferred_ = false;  // out_ waits for the end of a worker's SendBatch
  bool open_ = false;           // attached and no close frame sent yet
  bool closeSent_ = false;
  bool closeReceived_ = false;  // or: nothing more will be read (protocol error)
  bool writeBroken_ = false;
  Clock::time_point lastRead_;
  Clock::time_point pingSent_;
  bool pingOutstanding_ = false;
  Clock::time_point closeWaitFrom_;  // the close frame was queued, or, after that, bytes were last written
  std::atomic<bool> finished_{false};
  bool closedReported_ = false;
};

}  // namespace wsplugin
