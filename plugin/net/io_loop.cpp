#include "net/io_loop.h"

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>
#include <system_error>

namespace wsplugin {

namespace {
constexpr int kMaxEvents = 256;
constexpr int kTickMillis = 1000;
constexpr size_t kReadChunk = 64 * 1024;  // one buffer per loop, never per connection
}  // namespace

IoLoop::IoLoop() : epollFd_(::epoll_create1(EPOLL_CLOEXEC)), wakeFd_(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {
  if (epollFd_ < 0 || wakeFd_ < 0) throw std::system_error(errno, std::generic_category(), "epoll");
  epoll_event ev{};
  ev.events = EPOLLIN;
  ev.data.ptr = nullptr;
  ::epoll_ctl(epollFd_, EPOLL_CTL_ADD, wakeFd_, &ev);
  thread_ = std::thread([this] { run(); });
}

IoLoop::~IoLoop() {
  uint64_t one = 1;
  [[maybe_unused]] ssize_t written = ::write(wakeFd_, &one, sizeof one);
  thread_.join();
  // Only at unload: nobody is left to tell, so the sockets just close with their last owner.
  connections_.clear();
  ::close(wakeFd_);
  ::close(epollFd_);
}

void IoLoop::add(std::shared_ptr<Connection> connection) {
  Connection* raw = connection.get();
  {
    std::lock_guard lock(mutex_);
    connections_.emplace(raw, std::move(connection));
  }
  if (!raw->watch(epollFd_)) {
    raw->abort();
    removeFinished(raw);
  }
}

void IoLoop::run() {
  std::vector<char> scratch(kReadChunk);
  epoll_event events[kMaxEvents];
  auto nextTick = Connection::Clock::now() + std::chrono::milliseconds(kTickMillis);
  for (;;) {
    auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(nextTick - Connection::Clock::now());
    int n = ::epoll_wait(epollFd_, events, kMaxEvents, static_cast<int>(std::max<int64_t>(0, wait.count())));
    if (n < 0 && errno != EINTR) return;
    for (int i = 0; i < n; ++i) {
      auto* connection = static_cast<Connection*>(events[i].data.ptr);
      if (!connection) return;  // the wake-up: stop
      uint32_t flags = events[i].events;
      if (flags & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
        connection->onReadable(scratch.data(), scratch.size(), (flags & (EPOLLRDHUP | EPOLLHUP)) != 0);
      if ((flags & EPOLLOUT) && !connection->finished()) connection->onWritable();
      if ((flags & EPOLLERR) && !connection->finished()) connection->onHangup();
      if (connection->finished()) removeFinished(connection);
    }
    if (Connection::Clock::now() >= nextTick) {
      tick();
      nextTick = Connection::Clock::now() + std::chrono::milliseconds(kTickMillis);
    }
  }
}

void IoLoop::tick() {
  auto now = Connection::Clock::now();
  std::vector<Connection*> finished;
  {
    std::lock_guard lock(mutex_);
    for (auto& [raw, connection] : connections_) {
      raw->onTick(now);
      if (raw->finished()) finished.push_back(raw);
    }
  }
  for (Connection* raw : finished) removeFinished(raw);
}

void IoLoop::removeFinished(Connection* connection) {
  // The socket is closed already, which took it out of the epoll set; the last reference may go here.
  std::shared_ptr<Connection> last;
  std::lock_guard lock(mutex_);
  auto it = connections_.find(connection);
  if (it == connections_.end()) return;
  last = std::move(it->second);
  connections_.erase(it);
}

IoThreads::IoThreads(size_t count) {
  for (size_t i = 0; i < std::max<size_t>(1, count); ++i) loops_.push_back(std::make_unique<IoLoop>());
}

void IoThreads::add(std::shared_ptr<Connection> connection) {
  IoLoop* loop;
  {
    std::lock_guard lock(mutex_);
    loop = loops_[next_++ % loops_.size()].get();
  }
  loop->add(std::move(connection));
}

}  // namespace wsplugin
