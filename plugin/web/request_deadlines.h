#pragma once
// Poco's HTTPServer bounds the time between two received bytes, not the whole request: a client trickling its
// request a byte at a time would hold an HTTP thread for as long as it likes (slowloris). Here a connection that
// waits for a request (line and headers) has a deadline; past it, the reading side of its socket is shut down,
// which ends the blocked read, and with it the connection.

#include <Poco/Net/StreamSocket.h>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <stop_token>
#include <thread>
#include <unordered_map>

namespace wsplugin {

class RequestDeadlines {
 public:
  explicit RequestDeadlines(std::chrono::milliseconds limit);
  RequestDeadlines(const RequestDeadlines&) = delete;
  RequestDeadlines& operator=(const RequestDeadlines&) = delete;

  // An HTTP connection runs on one thread, which is how these tell connections apart.
  // The calling thread's connection now waits for a request on `socket`: it must have read it within the limit.
  void arm(const Poco::Net::StreamSocket& socket);
  // The calling thread's connection has read its request, or ends: no deadline until it is armed again.
  void disarm();
  // Runs `chore` on every tick of the watchdog as well, under its lock, so that once this returns an old chore
  // no longer runs (an empty function stops it). `chore` must not arm or disarm.
  void setTickChore(std::function<void()> chore);

 private:
  using Clock = std::chrono::steady_clock;
  struct Armed {
    int fd;  // a duplicate: see arm()
    Clock::time_point deadline;
  };

  void watch(std::stop_token stop);
  void disarmLocked(std::thread::id thread);

  const Clock::duration limit_;
  std::mutex mutex_;
  std::condition_variable_any tick_;
  std::unordered_map<std::thread::id, Armed> armed_;
  std::function<void()> chore_;
  std::jthread watchdog_;  // last, so that it stops before the rest goes
};

}  // namespace wsplugin
