#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string>
#include <vector>

#include "options.h"

namespace loadgen {

namespace {

// A client that sends the first half of an upgrade request, then one more byte of a never-ending header line
// each second, and never finishes the request: what a slowloris attack does.
struct SlowClient {
  int fd = -1;
  size_t sent = 0;
  bool closedByServer = false;
  double closedAfter = 0;  // seconds after the storm of slow clients started
};

class SlowClients {
 public:
  SlowClients(const Options& o) : epoll_(::epoll_create1(0)) {
    request_ = "GET " + o.path + " HTTP/1.1\r\nHost: " + o.host + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n";
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(o.port));
    ::inet_pton(AF_INET, o.host.c_str(), &addr.sin_addr);
    clients_.resize(static_cast<size_t>(o.connections));
    for (auto& c : clients_) {
      c.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
      if (c.fd < 0) fail("socket", static_cast<int>(&c - clients_.data()), o.connections);
      ::connect(c.fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
      epoll_event ev{};
      ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
      ev.data.ptr = &c;
      ::epoll_ctl(epoll_, EPOLL_CTL_ADD, c.fd, &ev);
    }
  }
  ~SlowClients() {
    for (auto& c : clients_)
      if (c.fd >= 0) ::close(c.fd);
    ::close(epoll_);
  }

  // Sends what each client is due: the first half of the request at once, then `extra` more bytes.
  void trickle(size_t extra) {
    for (auto& c : clients_) sendDue(c, request_.size() + extra);
  }
  void poll(int timeoutMs) {
    epoll_event events[512];
    int n = ::epoll_wait(epoll_, events, 512, timeoutMs);
    for (int i = 0; i < n; ++i) {
      auto& c = *static_cast<SlowClient*>(events[i].data.ptr);
      if (events[i].events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) drain(c);
      if (!c.closedByServer && (events[i].events & EPOLLOUT)) sendDue(c, due_);
    }
  }
  bool allSentHalf() const {
    return std::all_of(clients_.begin(), clients_.end(),
                       [&](const SlowClient& c) { return c.closedByServer || c.sent >= request_.size(); });
  }
  const std::vector<SlowClient>& clients() const { return clients_; }

 private:
  void sendDue(SlowClient& c, size_t due) {
    due_ = std::max(due_, due);
    while (!c.closedByServer && c.sent < due) {
      char byte = c.sent < request_.size() ? request_[c.sent] : 'x';
      size_t count = c.sent < request_.size() ? request_.size() - c.sent : 1;
      ssize_t n = ::send(c.fd, c.sent < request_.size() ? request_.data() + c.sent : &byte, count, MSG_NOSIGNAL);
      if (n > 0) {
        c.sent += static_cast<size_t>(n);
      } else {
        if (n < 0 && (errno == EAGAIN || errno == ENOTCONN || errno == EINPROGRESS)) return;
        markClosed(c);
      }
    }
  }
  void drain(SlowClient& c) {
    char buffer[4096];
    for (;;) {
      ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
      if (n > 0) continue;  // an answer (400/408) before the close is fine: the server gave up on it
      if (n < 0 && errno == EAGAIN) return;
      markClosed(c);
      return;
    }
  }
  void markClosed(SlowClient& c) {
    if (c.closedByServer) return;
    c.closedByServer = true;
    c.closedAfter = static_cast<double>(microsSince(start_)) / 1e6;
  }

  const Clock::time_point start_ = Clock::now();
  const int epoll_;
  std::string request_;
  size_t due_ = 0;
  std::vector<SlowClient> clients_;
};

}  // namespace

int runSlowHeaders(const Options& o) {
  SlowClients slow(o);
  auto settle = after(10);
  slow.trickle(0);
  while (!slow.allSentHalf() && Clock::now() < settle) slow.poll(10);
  if (!slow.allSentHalf()) fail("slow clients could not send their first half", 0, o.connections);

  // The valid client, while every slow one holds its half-sent request.
  EventLoop loop;
  bool echoed = false;
  auto start = Clock::now();
  int opened = loop.openConnections(1, o.host, o.port, o.path, [&](ClientConnection&, std::string_view) {
    echoed = true;
  }, after(30));
  const double upgradeSeconds = static_cast<double>(microsSince(start)) / 1e6;
  if (opened != 1) fail("the valid client was not upgraded", opened, 1);
  auto echoStart = Clock::now();
  loop.connections().front()->sendText("hello");
  loop.run(after(30), [&] { return echoed; });
  const double echoSeconds = static_cast<double>(microsSince(echoStart)) / 1e6;
  if (!echoed) fail("the valid client got no echo", 1, 1);

  // Then the slow ones trickle a byte a second until the server closes them, or `seconds` pass.
  auto end = after(o.seconds);
  for (size_t extra = 1; Clock::now() < end; ++extra) {
    slow.trickle(extra);
    auto nextByte = after(1);
    while (Clock::now() < std::min(nextByte, end)) slow.poll(50);
    if (std::all_of(slow.clients().begin(), slow.clients().end(), [](const SlowClient& c) { return c.closedByServer; }))
      break;
  }
  int closed = 0;
  double firstClosed = 1e9, lastClosed = 0;
  for (const auto& c : slow.clients()) {
    if (!c.closedByServer) continue;
    ++closed;
    firstClosed = std::min(firstClosed, c.closedAfter);
    lastClosed = std::max(lastClosed, c.closedAfter);
  }
  std::printf(
      "{\"mode\": \"slow-headers\", \"slow_clients\": %d, \"upgrade_seconds\": %.3f, \"echo_seconds\": %.3f, "
      "\"slow_closed\": %d, \"first_closed_after\": %.1f, \"last_closed_after\": %.1f}\n",
      o.connections, upgradeSeconds, echoSeconds, closed, closed ? firstClosed : 0.0, lastClosed);
  return 0;
}

}  // namespace loadgen
