#include "web/request_deadlines.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace wsplugin {

namespace {
// A stalled request is cut between the limit and the limit plus one tick.
constexpr auto kTick = std::chrono::seconds(1);
}  // namespace

RequestDeadlines::RequestDeadlines(std::chrono::milliseconds limit)
    : limit_(limit), watchdog_([this](std::stop_token stop) { watch(stop); }) {}

void RequestDeadlines::arm(const Poco::Net::StreamSocket& socket) {
  // A descriptor of our own: the connection closes its descriptor when it ends, possibly just as its deadline
  // passes, and the number may then already name another client's socket. Shutting down a duplicate acts on the
  // same socket, and the duplicate stays ours until we close it.
  int fd = ::fcntl(socket.impl()->sockfd(), F_DUPFD_CLOEXEC, 0);
  std::lock_guard lock(mutex_);
  disarmLocked(std::this_thread::get_id());
  // Out of descriptors: this request keeps only Poco's limit between bytes.
  if (fd >= 0) armed_.emplace(std::this_thread::get_id(), Armed{fd, Clock::now() + limit_});
}

void RequestDeadlines::disarm() {
  std::lock_guard lock(mutex_);
  disarmLocked(std::this_thread::get_id());
}

void RequestDeadlines::setTickChore(std::function<void()> chore) {
  std::lock_guard lock(mutex_);
  chore_ = std::move(chore);
}

void RequestDeadlines::disarmLocked(std::thread::id thread) {
  auto it = armed_.find(thread);
  if (it == armed_.end()) return;
  ::close(it->second.fd);
  armed_.erase(it);
}

void RequestDeadlines::watch(std::stop_token stop) {
  std::unique_lock lock(mutex_);
  for (;;) {
    tick_.wait_for(lock, stop, kTick, [] { return false; });
    if (stop.stop_requested()) return;
    auto now = Clock::now();
    std::erase_if(armed_, [&](const auto& entry) {
      const Armed& armed = entry.second;
      if (armed.deadline > now) return false;
      // Only the reading side: the blocked read returns, and Poco can still answer a half-read request (400).
      ::shutdown(armed.fd, SHUT_RD);
      ::close(armed.fd);
      return true;
    });
    if (chore_) chore_();
  }
}

}  // namespace wsplugin
