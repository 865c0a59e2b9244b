#include "net/client_connector.h"

#include <Poco/Exception.h>
#include <Poco/MemoryStream.h>
#include <Poco/Net/HTTPResponse.h>
#include <sys/epoll.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>

#include "net/host_resolver.h"
#include "net/io_loop.h"
#include "net/mask_keys.h"
#include "net/socket_closing.h"
#include "protocol/close_codes.h"
#include "protocol/http_head.h"

namespace wsplugin {

namespace {

// An answer's head longer than this is no WebSocket server's.
constexpr size_t kMaxAnswerHead = 64 * 1024;
constexpr size_t kKeyBytes = 16;

std::string seconds(std::chrono::milliseconds timeout) {
  std::ostringstream out;
  out << static_cast<double>(timeout.count()) / 1000;
  return out.str();
}

}  // namespace

ClientConnector::ClientConnector(ClientTarget target, std::shared_ptr<Connection> connection,
                                 std::shared_ptr<EventQueue> events, IoLoop& loop, HostResolver& resolver)
    : target_(std::move(target)),
      connection_(std::move(connection)),
      events_(std::move(events)),
      loop_(loop),
      resolver_(resolver),
      key_(ws::clientKey(randomBytes(kKeyBytes))),
      deadline_(Clock::now() + target_.timeout) {}

ClientConnector::~ClientConnector() { closeSocket(); }

void ClientConnector::start() {
  auto self = shared_from_this();
  loop_.post([self] {
    self->loop_.add(self);
    self->resolver_.resolve(
        self->target_.url.host, self->target_.url.port,
        [weak = std::weak_ptr<ClientConnector>(self)](std::vector<Poco::Net::SocketAddress> addresses,
                                                      std::string error) {
          auto connector = weak.lock();
          if (!connector) return;
          connector->loop_.post([connector, addresses = std::move(addresses), error = std::move(error)]() mutable {
            if (connector->state_ != State::Resolving) return;
            if (addresses.empty()) {
              connector->fail(error);
              return;
            }
            connector->addresses_ = std::move(addresses);
            connector->state_ = State::Connecting;
            connector->connectNext();
          });
        });
  });
}

void ClientConnector::onLoop(std::function<void()> task) { loop_.post(std::move(task)); }

void ClientConnector::cancel(uint16_t code, std::string reason) {
  auto self = shared_from_this();
  loop_.post([self, code, reason = std::move(reason)] {
    switch (self->state_) {
      case State::HandedOver: self->connection_->close(code, reason); return;
      case State::Failed: return;
      default: break;
    }
    self->state_ = State::Failed;
    self->closeSocket();
    self->events_->push({NetEvent::Kind::Closed, self->connection_->id(), false,
                         "terminated before the connection opened", ws::close_code::Abnormal});
    self->finished_.store(true, std::memory_order_release);
  });
}

bool ClientConnector::watch(int epollFd, int operation) {
  epollFd_ = epollFd;
  return fd_ < 0 || watchSocket(epollFd, operation, fd_, this);
}

void ClientConnector::connectNext() {
  while (nextAddress_ < addresses_.size()) {
    const Poco::Net::SocketAddress& address = addresses_[nextAddress_++];
    try {
      socket_ = Poco::Net::StreamSocket(address.family());
      socket_.connectNB(address);
    } catch (const Poco::Exception& e) {
      lastConnectError_ = e.displayText();
      closeSocket();
      continue;
    }
    fd_ = socket_.impl()->sockfd();
    if (!watchSocket(epollFd_, EPOLL_CTL_ADD, fd_, this)) {
      fail(std::string("cannot watch the socket: ") + std::strerror(errno));
      return;
    }
    return;
  }
  fail("cannot connect to " + target_.url.hostHeader() + ": " + lastConnectError_);
}

void ClientConnector::advance() {
  if (state_ == State::Connecting && !connectionEstablished()) return;
  if (state_ == State::TlsHandshaking && !tlsDone()) return;
  if (state_ == State::Sending) requestSent();
}

bool ClientConnector::connectionEstablished() {
  if (const int error = socket_.impl()->socketError()) {
    lastConnectError_ = std::strerror(error);
    closeSocket();
    connectNext();
    return false;
  }
  sockaddr_storage peer{};
  socklen_t length = sizeof peer;
  if (::getpeername(fd_, reinterpret_cast<sockaddr*>(&peer), &length) != 0) return false;  // still connecting
  socket_.setNoDelay(true);
  if (target_.tls) {
    tls_ = std::make_unique<TlsStream>(target_.tls.get(), fd_, target_.url.host);
    state_ = State::TlsHandshaking;
  } else {
    state_ = State::Sending;
  }
  out_ = ws::upgradeRequestHead(target_.request, key_);
  return true;
}

bool ClientConnector::tlsDone() {
  switch (tls_->handshake()) {
    case TlsStream::Handshake::Done: state_ = State::Sending; return true;
    case TlsStream::Handshake::Pending: return false;
    case TlsStream::Handshake::Failed: break;
  }
  fail("the TLS handshake with " + target_.url.hostHeader() + " failed: " + tls_->failure());
  return false;
}

bool ClientConnector::requestSent() {
  while (outOffset_ < out_.size()) {
    const ssize_t n = transmitTo(fd_, tls_.get(), out_.data() + outOffset_, out_.size() - outOffset_);
    if (n > 0) {
      outOffset_ += static_cast<size_t>(n);
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      return false;
    } else {
      fail("the connection to " + target_.url.hostHeader() + " broke while sending the upgrade request");
      return false;
    }
  }
  out_ = std::string();
  state_ = State::Reading;
  return true;
}

void ClientConnector::onReadable(char* scratch, size_t size, bool) {
  advance();
  if (state_ == State::Reading) readAnswer(scratch, size);
}

void ClientConnector::onWritable() { advance(); }

void ClientConnector::onHangup() {
  if (state_ == State::Connecting) {
    advance();
  } else if (state_ != State::Upgraded && state_ != State::HandedOver && state_ != State::Failed) {
    fail("the connection to " + target_.url.hostHeader() + " was reset before the upgrade");
  }
}

void ClientConnector::readAnswer(char* scratch, size_t size) {
  for (;;) {
    const ssize_t n = receiveFrom(fd_, tls_.get(), scratch, size);
    if (n > 0) {
      const size_t searched = in_.size();
      in_.append(scratch, static_cast<size_t>(n));
      const size_t end = ws::httpHeadEnd(in_, searched);
      if (end != std::string::npos) {
        judgeAnswer(end);
        return;
      }
      if (in_.size() > kMaxAnswerHead) {
        fail("the server's answer to the upgrade has a head over 64 KiB");
        return;
      }
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
    fail(n == 0 ? "the server closed the connection without answering the upgrade"
                : "the connection to " + target_.url.hostHeader() + " was reset before the upgrade was answered");
    return;
  }
}

void ClientConnector::judgeAnswer(size_t headEnd) {
  Poco::Net::HTTPResponse answer;
  try {
    Poco::MemoryInputStream head(in_.data(), headEnd);
    answer.read(head);
  } catch (const Poco::Exception&) {
    fail("the server's answer to the upgrade is not HTTP");
    return;
  }
  ws::UpgradeAnswer verdict = ws::checkUpgradeAnswer(answer, key_, target_.request.protocols);
  if (!verdict.accepted) {
    fail(verdict.error);
    return;
  }
  protocol_ = std::move(verdict.protocol);
  state_ = State::Upgraded;
  // Not from inside this readiness event: the hand-over replaces this handler in the loop, which still uses it
  // until the event is done.
  loop_.post([self = shared_from_this(), early = in_.substr(headEnd)] { self->handOver(early); });
  in_ = std::string();
}

void ClientConnector::handOver(std::string early) {
  if (state_ != State::Upgraded) return;  // terminated meanwhile
  state_ = State::HandedOver;
  fd_ = -1;
  finished_.store(true, std::memory_order_release);
  connection_->attach(socket_, {}, early, std::move(tls_));
  loop_.replace(this, connection_);
}

void ClientConnector::onTick(Clock::time_point now) {
  if (now < deadline_) return;
  const std::string within = " within " + seconds(target_.timeout) + " s";
  switch (state_) {
    case State::Resolving: fail("the host name \"" + target_.url.host + "\" was not resolved" + within); return;
    case State::Connecting: fail("no connection to " + target_.url.hostHeader() + within); return;
    case State::TlsHandshaking: fail("no TLS handshake with " + target_.url.hostHeader() + within); return;
    case State::Sending:
    case State::Reading: fail("the server did not answer the upgrade" + within); return;
    default: return;
  }
}

void ClientConnector::fail(const std::string& error) {
  if (state_ == State::Failed || state_ == State::HandedOver) return;
  state_ = State::Failed;
  closeSocket();
  events_->push({NetEvent::Kind::Error, connection_->id(), false, error, 0});
  events_->push({NetEvent::Kind::Closed, connection_->id(), false, error, ws::close_code::Abnormal});
  finished_.store(true, std::memory_order_release);
}

void ClientConnector::closeSocket() {
  if (fd_ < 0) return;
  tls_.reset();
  closeWithoutReset(socket_);
  fd_ = -1;
}

}  // namespace wsplugin
