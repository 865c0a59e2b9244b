#include "net/io_loop.h"

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace wsplugin {

namespace {
constexpr int kMaxEvents = 256;
constexpr auto kTick = std::chrono::seconds(1);
constexpr size_t kReadChunk = 64 * 1024;  // one buffer per loop, never per connection

void wake(int fd) {
  uint64_t one = 1;
  [[maybe_unused]] ssize_t written = ::write(fd, &one, sizeof one);
}
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
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake(wakeFd_);
  thread_.join();
  // Only at unload: nobody is left to tell, so the sockets just close with their last owner.
  tasks_.clear();
  handlers_.clear();
  ::close(wakeFd_);
  ::close(epollFd_);
}

void IoLoop::add(std::shared_ptr<IoHandler> handler) {
  IoHandler* raw = handler.get();
  {
    std::lock_guard lock(mutex_);
    handlers_.emplace(raw, std::move(handler));
  }
  if (!raw->watch(epollFd_, EPOLL_CTL_ADD)) {
    raw->onHangup();
    removeFinished(raw);
  }
}

void IoLoop::post(std::function<void()> task) {
  bool wasEmpty;
  {
    std::lock_guard lock(mutex_);
    wasEmpty = tasks_.empty();
    tasks_.push_back(std::move(task));
  }
  if (wasEmpty) wake(wakeFd_);
}

void IoLoop::replace(IoHandler* current, std::shared_ptr<IoHandler> next) {
  IoHandler* raw = next.get();
  std::shared_ptr<IoHandler> last;  // released after the lock
  {
    std::lock_guard lock(mutex_);
    auto it = handlers_.find(current);
    if (it != handlers_.end()) {
      last = std::move(it->second);
      handlers_.erase(it);
    }
    handlers_.emplace(raw, std::move(next));
  }
  if (!raw->watch(epollFd_, EPOLL_CTL_MOD)) {
    raw->onHangup();
    removeFinished(raw);
  }
}

void IoLoop::tickSoon() {
  post([this] { tick(); });
}

void IoLoop::run() {
  std::vector<char> scratch(kReadChunk);
  epoll_event events[kMaxEvents];
  auto nextTick = IoHandler::Clock::now() + kTick;
  for (;;) {
    auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(nextTick - IoHandler::Clock::now());
    int n = ::epoll_wait(epollFd_, events, kMaxEvents, static_cast<int>(std::max<int64_t>(0, wait.count())));
    if (n < 0 && errno != EINTR) return;
    bool woken = false;
    for (int i = 0; i < n; ++i) {
      auto* handler = static_cast<IoHandler*>(events[i].data.ptr);
      if (!handler) {
        woken = true;  // posted tasks, or stopping: after the batch
        continue;
      }
      uint32_t flags = events[i].events;
      if (flags & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
        handler->onReadable(scratch.data(), scratch.size(), (flags & (EPOLLRDHUP | EPOLLHUP)) != 0);
      if ((flags & EPOLLOUT) && !handler->finished()) handler->onWritable();
      if ((flags & EPOLLERR) && !handler->finished()) handler->onHangup();
      if (handler->finished()) removeFinished(handler);
    }
    // After the batch, never inside it: a task may replace or drop a handler the batch still points to.
    if (woken) {
      std::lock_guard lock(mutex_);
      if (stopping_) return;
    }
    if (woken) runPostedTasks();
    if (IoHandler::Clock::now() >= nextTick) {
      tick();
      nextTick = IoHandler::Clock::now() + kTick;
    }
  }
}

void IoLoop::runPostedTasks() {
  uint64_t count;
  [[maybe_unused]] ssize_t read = ::read(wakeFd_, &count, sizeof count);
  std::vector<std::function<void()>> tasks;
  {
    std::lock_guard lock(mutex_);
    tasks.swap(tasks_);
  }
  for (auto& task : tasks) task();
}

void IoLoop::tick() {
  auto now = IoHandler::Clock::now();
  std::vector<std::shared_ptr<IoHandler>> handlers;
  {
    std::lock_guard lock(mutex_);
    handlers.reserve(handlers_.size());
    for (auto& [raw, handler] : handlers_) handlers.push_back(handler);
  }
  // Outside the lock: a handler's tick may post, add or replace.
  for (auto& handler : handlers) {
    handler->onTick(now);
    if (handler->finished()) removeFinished(handler.get());
  }
}

void IoLoop::removeFinished(IoHandler* handler) {
  // The socket is closed already, which took it out of the epoll set; the last reference may go here.
  std::shared_ptr<IoHandler> last;
  std::lock_guard lock(mutex_);
  auto it = handlers_.find(handler);
  if (it == handlers_.end()) return;
  last = std::move(it->second);
  handlers_.erase(it);
}

IoThreads::IoThreads(size_t count) {
  for (size_t i = 0; i < std::max<size_t>(1, count); ++i) loops_.push_back(std::make_unique<IoLoop>());
}

IoLoop& IoThreads::next() {
  std::lock_guard lock(mutex_);
  return *loops_[next_++ % loops_.size()];
}

void IoThreads::tickSoon() {
  for (auto& loop : loops_) loop->tickSoon();
}

}  // namespace wsplugin
