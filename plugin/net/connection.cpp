#include "net/connection.h"

#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

#include "net/incoming_budget.h"
#include "net/mask_keys.h"
#include "net/send_batch.h"
#include "net/socket_closing.h"
#include "protocol/frame_writer.h"

namespace wsplugin {

namespace {
// How long a started close handshake may wait for the peer before the socket is dropped (1006), counted from
// the last byte written: a client still reading what was sent before the close frame gets all of it, one that
// stopped reading (or does not answer the close) is dropped. Shorter than the host's shutdown grace period, so
// going-away closes to clients that read finish in time.
constexpr auto kCloseWait = std::chrono::seconds(2);
// Above this, the outgoing buffer is freed once empty rather than kept for reuse.
constexpr size_t kKeptCapacity = 16 * 1024;
// Up to this many unsent bytes, a worker's send waits for the end of its SendBatch.
constexpr size_t kBatchedBytes = 64 * 1024;
// What one wake-up of the I/O thread reads from one socket at most.
constexpr size_t kReadShare = 256 * 1024;
// The host's count of unhandled bytes is one atomic shared by every I/O thread and worker: a connection moves it
// once per read, and gives consumed bytes back in steps of this size (and all of them once nothing is left),
// rather than touching it for every message.
constexpr size_t kHostGiveStep = 64 * 1024;

// What a queued message holds: its payload's allocation and its event.
size_t heldBy(const std::string& payload) { return payload.capacity() + sizeof(NetEvent); }
}  // namespace

Connection::Connection(uint64_t id, ConnectionLimits limits, std::shared_ptr<EventQueue> events,
                       std::optional<Compression> compression, ws::Sender peer)
    : id_(id),
      limits_(limits),
      events_(std::move(events)),
      peer_(peer),
      parser_(ws::ParserLimits{limits.maxMessageSize}, peer),
      extensionsAnswer_(compression ? compression->agreed.responseHeader : std::string()),
      compressionThreshold_(compression ? compression->threshold : 0) {
  if (!compression) return;
  parser_.acceptCompressed(compression->agreed.clientNoContextTakeover);
  deflater_ = std::make_unique<ws::MessageDeflater>(compression->agreed.serverMaxWindowBits,
                                                    compression->agreed.serverNoContextTakeover);
}

Connection::~Connection() {
  std::lock_guard lock(mutex_);
  closeSocketLocked();
  // Messages never dispatched (their server went first) no longer count against the host.
  IncomingBudget::host().give(unhandled_.load() + hostGivePending_);
}

void Connection::attach(Poco::Net::StreamSocket& socket, std::string answer, std::string_view early,
                        std::unique_ptr<TlsStream> tls) {
  {
    std::lock_guard lock(mutex_);
    // The previous owner lets go under the lock: Poco counts owners where ThreadSanitizer cannot see it, and the
    // lock orders that release before any other thread's use of the socket.
    socket_ = socket;
    socket = Poco::Net::StreamSocket();
    tls_ = std::move(tls);
    // Only from here: the HTTP session and the client's handshake read a record at a time, so that nothing they
    // leave unread waits in OpenSSL's buffer, where no readiness event would announce it.
    if (tls_) tls_->readAhead();
    socket_.setBlocking(false);
    socket_.setNoDelay(true);
    fd_ = socket_.impl()->sockfd();
    open_ = true;
    lastRead_ = Clock::now();
    events_->push({NetEvent::Kind::Open, id_, false, {}, 0});
    if (!answer.empty()) writeLocked([&](std::string& out) { out.append(answer); });
  }
  if (!early.empty()) parser_.feed(early.data(), early.size(), *this);
}

bool Connection::watch(int epollFd, int operation) {
  std::lock_guard lock(mutex_);
  epollFd_ = epollFd;
  return rearmLocked(operation);
}

bool Connection::rearmLocked(int operation) {
  return fd_ >= 0 && watchSocket(epollFd_, operation, fd_, this);
}

SendResult Connection::send(ws::Opcode opcode, std::string_view payload) {
  // Compressed on the worker, outside the lock: the I/O thread never waits for zlib. The bound below counts what
  // is held, the compressed bytes.
  std::string compressed;
  const bool compress = deflater_ && payload.size() >= compressionThreshold_;
  if (compress) {
    deflater_->compress(payload, compressed);
    payload = compressed;
  }
  std::lock_guard lock(mutex_);
  if (!open_) return SendResult::NotOpen;
  // A message bigger than the bound still goes out when nothing else waits (an echo of a maxMessageSize message
  // must work); otherwise the unsent bytes stay within the bound.
  if (pendingLocked() > 0 && pendingLocked() + payload.size() > limits_.maxOutgoingBuffer) {
    events_->push({NetEvent::Kind::Error, id_, false,
                   peer_ == ws::Sender::Client ? "the client does not read fast enough: outgoing buffer full"
                                               : "the server does not read fast enough: outgoing buffer full",
                   ws::close_code::PolicyViolation});
    sendCloseLocked(ws::close_code::PolicyViolation, "outgoing buffer full");
    return SendResult::Overflow;
  }
  writeLocked([&](std::string& out) { appendOwnFrame(out, opcode, payload, compress); });
  return SendResult::Sent;
}

void Connection::appendOwnFrame(std::string& out, ws::Opcode opcode, std::string_view payload, bool compressed) const {
  if (peer_ == ws::Sender::Client)
    ws::appendFrame(out, opcode, payload, true, compressed);
  else
    ws::appendMaskedFrame(out, opcode, payload, freshMaskKey(), true, compressed);
}

void Connection::close(uint16_t code, std::string_view reason) {
  std::lock_guard lock(mutex_);
  if (open_) sendCloseLocked(code, reason);
  finishIfDoneLocked();
}

void Connection::flushOrDeferLocked() {
  // Small frames wait for the end of the worker's batch to leave together; a big one goes at once, so that the
  // outgoing bound still counts only what the socket did not take.
  SendBatch* batch = SendBatch::current();
  if (batch && pendingLocked() <= kBatchedBytes) {
    if (!deferred_) batch->defer(shared_from_this());
    deferred_ = true;
  } else {
    flushLocked();
  }
}

void Connection::flushLocked() {
  deferred_ = false;
  const size_t offsetBefore = outOffset_;
  while (pendingLocked() > 0 && fd_ >= 0 && !writeBroken_) {
    ssize_t n = transmitTo(fd_, tls_.get(), out_.data() + outOffset_, pendingLocked());
    if (n > 0) {
      outOffset_ += static_cast<size_t>(n);
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      break;  // the I/O thread resumes on writability
    } else {
      writeBroken_ = true;  // the I/O thread sees the hang-up and reports 1006
    }
  }
  if (closeSent_ && outOffset_ != offsetBefore) closeWaitFrom_ = Clock::now();
  if (pendingLocked() == 0) {
    // An idle connection keeps no big buffer behind.
    if (out_.capacity() > kKeptCapacity) out_ = std::string();
    out_.clear();
    outOffset_ = 0;
  } else if (outOffset_ > out_.size() / 2) {
    out_.erase(0, outOffset_);
    outOffset_ = 0;
  }
}

void Connection::sendCloseLocked(uint16_t code, std::string_view reason) {
  open_ = false;
  if (closeSent_) return;
  closeSent_ = true;
  closeWaitFrom_ = Clock::now();
  // closePayload cuts the reason to what fits a control frame, at a code point's boundary.
  writeLocked([&](std::string& out) { appendOwnFrame(out, ws::Opcode::Close, ws::closePayload(code, reason)); });
}

void Connection::finishIfDoneLocked() {
  if (closeSent_ && closeReceived_ && pendingLocked() == 0) closeSocketLocked();
}

void Connection::closeSocketLocked() {
  open_ = false;
  if (fd_ < 0) return;
  if (tls_) tls_->shutdown();
  closeWithoutReset(socket_);
  fd_ = -1;
  out_ = std::string();
  outOffset_ = 0;
  finished_.store(true, std::memory_order_release);
}

void Connection::consumed(std::string& payload) {
  const size_t bytes = heldBy(payload);
  std::string().swap(payload);
  const size_t left = unhandled_.fetch_sub(bytes) - bytes;
  hostGivePending_ += bytes;
  if (left == 0 || hostGivePending_ >= kHostGiveStep) {
    IncomingBudget::host().give(hostGivePending_);
    hostGivePending_ = 0;
  }
  if (!paused_.load()) return;
  std::lock_guard lock(mutex_);
  if (paused_.load() && mayResumeLocked()) resumeLocked();
}

bool Connection::pauseIfBehindLocked() {
  // A connection with nothing waiting always reads on, so that one message of any size up to maxMessageSize
  // gets through and every paused connection has something whose consumption resumes it.
  const size_t queued = unhandled_.load();
  if (queued == 0) return false;
  // Records OpenSSL read ahead raise no readiness event to resume on: they are read first, which exceeds the
  // bounds by one read-ahead buffer (a record, about 16 KiB) at most.
  if (tlsBufferedLocked()) return false;
  const size_t partial = parser_.held();
  if (queued + partial < limits_.maxIncomingBuffer && !IncomingBudget::host().exhausted()) return false;
  partialWhenPaused_ = partial;
  paused_.store(true);
  if (!mayResumeLocked()) return true;
  paused_.store(false);  // the worker caught up meanwhile, before it could see the pause
  return false;
}

bool Connection::mayResumeLocked() const {
  // Resuming at half the bound, not just under it, lets the next reads fill a batch rather than one message.
  const size_t queued = unhandled_.load();
  return queued == 0 || (queued + partialWhenPaused_ <= limits_.maxIncomingBuffer / 2 &&
                         !IncomingBudget::host().exhausted());
}

void Connection::resumeLocked() {
  paused_.store(false);
  // The client's silence while paused was ours: its timers start again.
  const auto now = Clock::now();
  lastRead_ = now;
  pingSent_ = now;
  closeWaitFrom_ = now;
  // Edge-triggered: bytes that arrived while paused raised no new edge; modifying the registration reports
  // the socket again if it is readable (or the peer has gone), and the I/O thread reads on.
  rearmLocked(EPOLL_CTL_MOD);
}

bool Connection::tlsBufferedLocked() const { return tls_ && tls_->buffered(); }

void Connection::reportClosed(uint16_t code, std::string reason) {
  if (closedReported_) return;
  closedReported_ = true;
  events_->push({NetEvent::Kind::Closed, id_, false, std::move(reason), code});
}

void Connection::onReadable(char* scratch, size_t size, bool peerClosed) {
  size_t readNow = 0;
  for (;;) {
    ssize_t n;
    int error = 0;
    {
      // A worker that completes the close handshake closes the socket: the descriptor is used only under the mutex.
      std::lock_guard lock(mutex_);
      if (fd_ < 0 || paused_.load() || pauseIfBehindLocked()) return;
      // A client that never stops sending (faster than this thread, or than a quick worker) would keep the
      // thread here: past its share, re-arming puts the socket at the back of the ready list, and the other
      // sockets of this thread have their turn first.
      if (readNow >= kReadShare && !tlsBufferedLocked()) {
        rearmLocked(EPOLL_CTL_MOD);
        return;
      }
      n = receiveFrom(fd_, tls_.get(), scratch, size);
      if (n < 0) error = errno;
      if (n > 0) {
        lastRead_ = Clock::now();
        readNow += static_cast<size_t>(n);
        if (closeReceived_) continue;
      }
    }
    if (n > 0) {
      parser_.feed(scratch, static_cast<size_t>(n), *this);
      if (hostTakePending_ > 0) {  // the host's count is shared by every thread: no write when no message ended
        IncomingBudget::host().take(hostTakePending_);
        hostTakePending_ = 0;
      }
      // A short read emptied the socket; with edge triggering, later bytes (or the FIN) signal again, so the
      // recv that would only say EAGAIN is saved. Not when the FIN came with this wake-up: it will not signal
      // again, and only the recv that returns 0 tells; nor over TLS, where a read returns one record at most
      // while more may wait in the socket.
      if (static_cast<size_t>(n) < size && !peerClosed && !tls_) return;
      continue;
    }
    if (n < 0 && error == EINTR) continue;
    if (n < 0 && (error == EAGAIN || error == EWOULDBLOCK)) return;
    onHangup();
    return;
  }
}

void Connection::onWritable() { writePending(); }

void Connection::writePending() {
  std::lock_guard lock(mutex_);
  flushLocked();
  finishIfDoneLocked();
}

void Connection::onHangup() {
  std::lock_guard lock(mutex_);
  // Messages the client sent before it went may still wait unread; the resume reads them, then meets the
  // hang-up again.
  if (paused_.load()) return;
  hangUpLocked();
}

void Connection::abort() {
  std::lock_guard lock(mutex_);
  hangUpLocked();
}

void Connection::hangUpLocked() {
  closeSocketLocked();
  reportClosed(ws::close_code::Abnormal, "");
}

void Connection::onTick(Clock::time_point now) {
  std::lock_guard lock(mutex_);
  // While paused, the client's silence (no pong, no close answer, no frame at all) is the worker's doing, and
  // a broken connection may still hold unread messages: the resume restarts the timers and reads them.
  if (fd_ < 0 || paused_.load()) return;
  if (writeBroken_ || (closeSent_ && now - closeWaitFrom_ > kCloseWait)) {
    hangUpLocked();
    return;
  }
  if (!open_) return;
  if (limits_.pingInterval.count() > 0) {
    if (pingOutstanding_ && now - pingSent_ >= limits_.pingInterval) {
      closeSocketLocked();
      reportClosed(ws::close_code::Abnormal, "no answer to ping");
      return;
    }
    if (!pingOutstanding_ && now - lastRead_ >= limits_.pingInterval) {
      writeLocked([this](std::string& out) { appendOwnFrame(out, ws::Opcode::Ping, ""); });
      pingOutstanding_ = true;
      pingSent_ = now;
    }
  }
  if (limits_.idleTimeout.count() > 0 && now - lastRead_ >= limits_.idleTimeout)
    sendCloseLocked(ws::close_code::GoingAway, "idle timeout");
}

void Connection::onMessage(ws::Opcode opcode, std::string&& payload) {
  // Counted before the push, so that the worker's consumed() never subtracts what is not yet added.
  const size_t bytes = heldBy(payload);
  unhandled_.fetch_add(bytes);
  hostTakePending_ += bytes;
  events_->push({NetEvent::Kind::Message, id_, opcode == ws::Opcode::Binary, std::move(payload), 0});
}

void Connection::onPing(std::string_view payload) {
  std::lock_guard lock(mutex_);
  if (closeSent_) return;
  writeLocked([&](std::string& out) { appendOwnFrame(out, ws::Opcode::Pong, payload); });
}

void Connection::onPong(std::string_view) {
  std::lock_guard lock(mutex_);
  pingOutstanding_ = false;
}

void Connection::onClose(uint16_t code, std::string_view reason) {
  std::lock_guard lock(mutex_);
  closeReceived_ = true;
  // Echo the peer's code (RFC 6455 §5.5.1); 1005 becomes an empty close payload.
  sendCloseLocked(code, "");
  reportClosed(code, std::string(reason));
  finishIfDoneLocked();
}

void Connection::onProtocolError(uint16_t closeCode, std::string_view why) {
  std::lock_guard lock(mutex_);
  closeReceived_ = true;  // the parser stopped: nothing more will be read
  // The close frame waits for the worker, which sends it when it handles this event: the messages read before
  // the bad frame reach onMessage first, and what their handlers send goes out before the close (RFC 6455
  // strict behaviour, Autobahn 4.1.3 and the like).
  events_->push({NetEvent::Kind::Error, id_, false, std::string(why), closeCode});
  reportClosed(closeCode, std::string(why));
}

}  // namespace wsplugin
