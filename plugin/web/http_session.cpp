#include "web/http_session.h"

#include <Poco/MemoryStream.h>
#include <Poco/String.h>
#include <Poco/Timestamp.h>

#include <sys/socket.h>

#include <cerrno>

#include "net/socket_closing.h"
#include "protocol/http_head.h"
#include "web/malformed_request.h"
#include "web/static_files.h"
#include "web/upgrade_handler.h"

namespace wsplugin {

namespace {
// A request's line and headers beyond this are refused (414 when the line alone is that long, else 431). Poco's
// parser bounds each part further (a field value to 8 KiB, 100 fields).
constexpr size_t kMaxRequestHead = 64 * 1024;
constexpr size_t kFileChunk = 64 * 1024;
}  // namespace

// The bridge from the WebSocket server's worker back to the I/O thread: the decision comes here from any
// thread and continues on the session's loop. The loop's task holds the session until it ran.
class SessionUpgrade final : public PendingUpgrade {
 public:
  SessionUpgrade(std::weak_ptr<HttpSession> session, IoLoop& loop) : session_(std::move(session)), loop_(loop) {}

  bool abandoned() const override { return abandoned_.load(std::memory_order_acquire); }
  void abandon() { abandoned_.store(true, std::memory_order_release); }

  void answer(UpgradeDecision decision) override {
    auto session = session_.lock();
    if (!session || abandoned()) {
      if (decision.connection) decision.connection->abort();
      return;
    }
    loop_.post([session, decision = std::move(decision)]() mutable { session->completeUpgrade(std::move(decision)); });
  }

 private:
  const std::weak_ptr<HttpSession> session_;
  IoLoop& loop_;
  std::atomic<bool> abandoned_{false};
};

HttpSession::HttpSession(Poco::Net::StreamSocket socket, std::shared_ptr<WebRun> run, IoLoop& loop, bool secure)
    : socket_(std::move(socket)),
      fd_(socket_.impl()->sockfd()),
      run_(std::move(run)),
      loop_(loop),
      deadline_(Clock::now() + kRequestDeadline) {
  if (secure) {
    tls_ = std::make_unique<TlsStream>(run_->tls.get(), fd_);
    handshaking_ = true;
  }
}

bool HttpSession::handshakeDone() {
  if (!handshaking_) return true;
  switch (tls_->handshake()) {
    case TlsStream::Handshake::Done: handshaking_ = false; return true;
    case TlsStream::Handshake::Pending: return false;
    case TlsStream::Handshake::Failed: break;
  }
  end();  // plain HTTP, garbage or a refused protocol version on the HTTPS port: nothing to answer in
  return false;
}

void HttpSession::onReadable(char*, size_t, bool peerClosed) {
  switch (state_) {
    case State::ReadingRequest: readRequests(); return;
    // The request was read; what the client sends next stays in the socket (for the WebSocket, after a 101).
    // Only a client that left need be noticed: nobody waits for it any more.
    case State::AwaitingDecision:
      if (peerClosed) end();
      return;
    // The next request is read once this answer is written.
    case State::Answering:
    case State::Ended: return;
  }
}

void HttpSession::onWritable() {
  if (handshaking_) {
    if (handshakeDone()) readRequests();
    return;
  }
  if (state_ != State::Answering) return;
  writeAnswer();
  if (state_ == State::ReadingRequest) readRequests();
}

void HttpSession::onHangup() { end(); }

void HttpSession::onTick(Clock::time_point now) {
  if (state_ == State::Ended) return;
  const bool stopped = run_->stopped.load(std::memory_order_acquire);
  if (state_ == State::AwaitingDecision && (stopped || now >= deadline_)) {
    upgrade_->abandon();
    upgrade_.reset();
    answer(emptyAnswer(503, stopped ? "The web server is stopping" : "The WebSocket server did not answer in time"),
           false);
  } else if (stopped) {
    end();  // downloads too
  } else if (state_ == State::ReadingRequest && now >= deadline_) {
    // An idle keep-alive connection just closes; a request that did not arrive in time is told so.
    if (in_.empty())
      end();
    else
      answer(statusAnswer(Poco::Net::HTTPResponse::HTTP_REQUEST_TIMEOUT), false);
  }
}

void HttpSession::readRequests() {
  char buffer[4096];
  if (!handshakeDone()) return;
  while (state_ == State::ReadingRequest) {
    if (handleBufferedRequest()) continue;
    if (in_.size() >= kMaxRequestHead) {
      bool lineTooLong = in_.find('\n') == std::string::npos;
      in_.clear();
      answer(statusAnswer(lineTooLong ? Poco::Net::HTTPResponse::HTTP_REQUEST_URI_TOO_LONG
                                      : Poco::Net::HTTPResponse::HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE),
             false);
      return;
    }
    ssize_t n = receiveFrom(fd_, tls_.get(), buffer, std::min(sizeof buffer, kMaxRequestHead - in_.size()));
    if (n > 0) {
      in_.append(buffer, static_cast<size_t>(n));
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
    end();  // the client closed, or failed, before a whole request
    return;
  }
}

bool HttpSession::handleBufferedRequest() {
  // Empty lines before a request line are ignored (RFC 9112 §2.2).
  in_.erase(0, in_.find_first_not_of("\r\n"));
  size_t end = ws::httpHeadEnd(in_);
  if (end == std::string::npos) return false;
  Poco::Net::HTTPRequest request;
  try {
    Poco::MemoryInputStream stream(in_.data(), end);
    request.read(stream);
  } catch (const Poco::Exception&) {
    in_.clear();
    answer(statusAnswer(Poco::Net::HTTPResponse::HTTP_BAD_REQUEST), false);
    return true;
  }
  in_.erase(0, end);
  handleRequest(request, request.getChunkedTransferEncoding() || request.getContentLength() > 0);
  return true;
}

void HttpSession::handleRequest(const Poco::Net::HTTPRequest& request, bool hasBody) {
  if (isMalformedRequest(request)) {
    answer(statusAnswer(Poco::Net::HTTPResponse::HTTP_BAD_REQUEST), false);
    return;
  }
  if (Poco::icompare(request.get("Upgrade", ""), "websocket") == 0) {
    startUpgrade(request);
    return;
  }
  // No answer here reads a request body: closing afterwards keeps the body from being parsed as the next request.
  if (request.hasContentLength() && request.getContentLength64() > 0 &&
      static_cast<uint64_t>(request.getContentLength64()) > run_->settings.maxRequestSize) {
    answer(statusAnswer(Poco::Net::HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE), false);
    return;
  }
  answer(answerStaticRequest(run_->settings, request), request.getKeepAlive() && !hasBody);
}

void HttpSession::startUpgrade(const Poco::Net::HTTPRequest& request) {
  std::string remoteAddress;
  try {
    remoteAddress = socket_.peerAddress().host().toString();
  } catch (const Poco::Exception&) {
    end();  // already disconnected
    return;
  }
  UpgradeAttempt attempt = prepareUpgrade(request, remoteAddress, run_->server);
  if (attempt.refusal) {
    answer(std::move(*attempt.refusal), false);
    return;
  }
  state_ = State::AwaitingDecision;
  deadline_ = Clock::now() + attempt.endpoint->handshakeTimeout();
  acceptKey_ = std::move(attempt.acceptKey);
  upgrade_ = std::make_shared<SessionUpgrade>(weak_from_this(), loop_);
  attempt.endpoint->decide(std::move(attempt.request), upgrade_);
}

void HttpSession::completeUpgrade(UpgradeDecision decision) {
  if (state_ != State::AwaitingDecision) {
    if (decision.connection) decision.connection->abort();  // the client was answered (503) or left meanwhile
    return;
  }
  upgrade_.reset();
  if (decision.status != 101) {
    answer(emptyAnswer(decision.status), false);
    return;
  }
  // The WebSocket takes the socket, the 101 answer as its first bytes, and what the client sent after its request.
  state_ = State::Ended;
  fd_ = -1;
  finished_.store(true, std::memory_order_release);
  const std::string answer =
      switchingProtocolsHead(acceptKey_, decision.protocol, decision.connection->extensionsAnswer());
  decision.connection->attach(socket_, answer, in_, std::move(tls_));
  in_.clear();
  loop_.replace(this, std::move(decision.connection));
}

void HttpSession::answer(HttpAnswer answer, bool keepAlive) {
  keepAlive_ = keepAlive;
  answer.head.setKeepAlive(keepAlive);
  answer.head.setDate(Poco::Timestamp());
  out_ += headBytes(answer.head);
  if (!answer.headOnly) {
    out_ += answer.body;
    file_ = std::move(answer.file);
  }
  state_ = State::Answering;
  writeAnswer();
}

void HttpSession::writeAnswer() {
  for (;;) {
    while (outOffset_ < out_.size()) {
      ssize_t n = transmitTo(fd_, tls_.get(), out_.data() + outOffset_, out_.size() - outOffset_);
      if (n > 0) {
        outOffset_ += static_cast<size_t>(n);
      } else if (n < 0 && errno == EINTR) {
        continue;
      } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
        return;  // resumed on writability
      } else {
        end();
        return;
      }
    }
    out_.clear();
    outOffset_ = 0;
    if (!file_.is_open()) break;
    // A file goes a chunk at a time, as the socket takes it: a download holds one chunk, whatever its size.
    out_.resize(kFileChunk);
    file_.read(out_.data(), static_cast<std::streamsize>(out_.size()));
    out_.resize(static_cast<size_t>(file_.gcount()));
    if (out_.empty()) file_.close();
  }
  answerDone();
}

void HttpSession::answerDone() {
  out_ = std::string();
  if (!keepAlive_) {
    end();
    return;
  }
  state_ = State::ReadingRequest;
  deadline_ = Clock::now() + kRequestDeadline;
}

void HttpSession::end() {
  if (state_ == State::Ended) return;
  state_ = State::Ended;
  if (upgrade_) {
    upgrade_->abandon();
    upgrade_.reset();
  }
  file_.close();
  if (tls_) tls_->shutdown();
  closeWithoutReset(socket_);
  fd_ = -1;
  finished_.store(true, std::memory_order_release);
}

}  // namespace wsplugin
