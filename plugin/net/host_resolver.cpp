#include "net/host_resolver.h"

#include <netdb.h>
#include <sys/socket.h>

namespace wsplugin {

namespace {

// getaddrinfo for a TCP connection to host:port; `flags` AI_NUMERICHOST reads an address without any lookup.
std::vector<Poco::Net::SocketAddress> lookUp(const std::string& host, uint16_t port, int flags, std::string& error) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = flags | AI_ADDRCONFIG;
  addrinfo* found = nullptr;
  std::vector<Poco::Net::SocketAddress> addresses;
  const int result = ::getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found);
  if (result != 0) {
    error = "the host name \"" + host + "\" does not resolve (" + gai_strerror(result) + ")";
    return addresses;
  }
  for (addrinfo* each = found; each; each = each->ai_next)
    if (each->ai_family == AF_INET || each->ai_family == AF_INET6)
      addresses.emplace_back(each->ai_addr, static_cast<poco_socklen_t>(each->ai_addrlen));
  ::freeaddrinfo(found);
  if (addresses.empty()) error = "the host name \"" + host + "\" has no IPv4 or IPv6 address";
  return addresses;
}

}  // namespace

HostResolver::~HostResolver() {
  std::deque<Request> unanswered;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    unanswered.swap(requests_);
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  for (Request& request : unanswered) request.done({}, "the plugin is stopping");
}

void HostResolver::resolve(std::string host, uint16_t port, Done done) {
  std::string error;
  // An address needs no lookup, and an IPv6 one only parses as an address.
  std::vector<Poco::Net::SocketAddress> addresses = lookUp(host, port, AI_NUMERICHOST, error);
  if (!addresses.empty()) {
    done(std::move(addresses), {});
    return;
  }
  {
    std::lock_guard lock(mutex_);
    if (!stopping_) {
      requests_.push_back(Request{std::move(host), port, std::move(done)});
      if (!thread_.joinable()) thread_ = std::thread([this] { run(); });
      wake_.notify_one();
      return;
    }
  }
  done({}, "the plugin is stopping");
}

void HostResolver::run() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [this] { return stopping_ || !requests_.empty(); });
    if (stopping_) return;
    Request request = std::move(requests_.front());
    requests_.pop_front();
    lock.unlock();
    std::string error;
    std::vector<Poco::Net::SocketAddress> addresses = lookUp(request.host, request.port, 0, error);
    request.done(std::move(addresses), std::move(error));
    lock.lock();
  }
}

}  // namespace wsplugin
