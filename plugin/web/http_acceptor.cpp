#include "web/http_acceptor.h"

#include <Poco/Net/StreamSocketImpl.h>

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <atomic>
#include <cstdio>
#include <system_error>

#include "web/http_session.h"

namespace wsplugin {

namespace {
constexpr int kRetryMillis = 100;  // after running out of file descriptors
}

HttpAcceptor::HttpAcceptor(Poco::Net::ServerSocket socket, std::shared_ptr<WebRun> webRun, IoThreads& io,
                           bool secure)
    : socket_(std::move(socket)), run_(std::move(webRun)), io_(io), secure_(secure), wakeFd_(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {
  if (wakeFd_ < 0) throw std::system_error(errno, std::generic_category(), "eventfd");
  socket_.setBlocking(false);
  thread_ = std::thread([this] { run(); });
}

HttpAcceptor::~HttpAcceptor() {
  uint64_t one = 1;
  [[maybe_unused]] ssize_t written = ::write(wakeFd_, &one, sizeof one);
  thread_.join();
  socket_.close();
  ::close(wakeFd_);
}

void HttpAcceptor::run() {
  pollfd fds[2] = {{wakeFd_, POLLIN, 0}, {socket_.impl()->sockfd(), POLLIN, 0}};
  bool accepting = true;
  for (;;) {
    // Out of descriptors, the listening socket stays readable: only the stop request is watched until the retry.
    int n = ::poll(fds, accepting ? 2 : 1, accepting ? -1 : kRetryMillis);
    if (n < 0 && errno != EINTR) return;
    if (fds[0].revents) return;
    accepting = acceptAll();
  }
}

bool HttpAcceptor::acceptAll() {
  for (;;) {
    int fd = ::accept4(socket_.impl()->sockfd(), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd >= 0) {
      IoLoop& loop = io_.next();
      std::shared_ptr<HttpSession> session;
      {
        // Poco counts a socket's owners where ThreadSanitizer cannot see it: this thread lets go of its
        // reference before the I/O thread can use (and close) the socket, so the session is its only owner.
        Poco::Net::StreamSocket socket(new Poco::Net::StreamSocketImpl(fd));
        session = std::make_shared<HttpSession>(socket, run_, loop, secure_);
      }
      loop.add(std::move(session));
      continue;
    }
    switch (errno) {
      case EINTR:
      case ECONNABORTED: continue;
      case EMFILE:
      case ENFILE:
      case ENOBUFS:
      case ENOMEM: {
        static std::atomic<bool> told{false};
        if (!told.exchange(true))
          std::fprintf(stderr, "web server: out of file descriptors; new connections wait in the listen queue\n");
        return false;
      }
      default: return true;  // EAGAIN: the queue is empty
    }
  }
}

}  // namespace wsplugin
