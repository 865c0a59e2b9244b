#include "event_loop.h"

#include <sys/epoll.h>
#include <unistd.h>

namespace loadgen {

EventLoop::EventLoop(ClientOptions options) : options_(options), epoll_(::epoll_create1(0)) {}
EventLoop::~EventLoop() {
  connections_.clear();
  ::close(epoll_);
}

void EventLoop::watch(ClientConnection& c) {
  epoll_event ev{};
  ev.events = EPOLLIN | EPOLLOUT | EPOLLET;
  ev.data.ptr = &c;
  ::epoll_ctl(epoll_, EPOLL_CTL_ADD, c.fd(), &ev);
}

int EventLoop::openCount() const {
  int open = 0;
  for (const auto& c : connections_) open += c->state() == ClientConnection::State::Open;
  return open;
}

int EventLoop::openConnections(int count, const std::string& host, int port, const std::string& path,
                               const ClientConnection::MessageHandler& onMessage, Clock::time_point deadline,
                               int batch) {
  const size_t first = connections_.size();
  int started = 0;
  while (Clock::now() < deadline) {
    int pending = 0;
    int open = 0;
    for (size_t i = first; i < connections_.size(); ++i) {
      auto state = connections_[i]->state();
      pending += state != ClientConnection::State::Open && state != ClientConnection::State::Closed;
      open += state == ClientConnection::State::Open;
    }
    if (open == count) return open;
    if (started == count && pending == 0) return open;
    while (started < count && pending < batch) {
      auto c = std::make_unique<ClientConnection>(static_cast<int>(connections_.size()), onMessage, options_);
      if (!c->start(host, port, path)) return open;
      watch(*c);
      connections_.push_back(std::move(c));
      ++started;
      ++pending;
    }
    poll(10);
  }
  return openCount();
}

void EventLoop::poll(int timeoutMs) {
  epoll_event events[512];
  int n = ::epoll_wait(epoll_, events, 512, timeoutMs);
  for (int i = 0; i < n; ++i) {
    auto* c = static_cast<ClientConnection*>(events[i].data.ptr);
    if (c->state() == ClientConnection::State::Closed) continue;
    if (events[i].events & (EPOLLOUT | EPOLLERR | EPOLLHUP)) c->onWritable();
    if (events[i].events & (EPOLLIN | EPOLLERR | EPOLLHUP)) c->onReadable();
  }
}

void EventLoop::run(Clock::time_point deadline, const std::function<bool()>& done) {
  while (!done() && Clock::now() < deadline) poll(5);
}

}  // namespace loadgen
