#pragma once
// Name resolution for the 4D.WebSocket clients, off the workers and the I/O threads: getaddrinfo blocks for as
// long as the DNS takes. An address is read at once, on the caller's thread; a name goes to one resolver thread,
// started at the first name and joined when the resolver goes (at unload), which resolves names in turn. A
// client does not wait longer than its connect timeout whatever the DNS does; a resolution still running then
// holds the resolver thread only until getaddrinfo's own timeouts end it.

#include <Poco/Net/SocketAddress.h>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace wsplugin {

class HostResolver {
 public:
  // The addresses of the host, in getaddrinfo's order; none, with `error` set, when it does not resolve.
  using Done = std::function<void(std::vector<Poco::Net::SocketAddress> addresses, std::string error)>;

  HostResolver() = default;
  ~HostResolver();  // names not resolved yet are answered with an error
  HostResolver(const HostResolver&) = delete;
  HostResolver& operator=(const HostResolver&) = delete;

  // Any thread. `done` runs on the caller's thread for an address, on the resolver thread for a name.
  void resolve(std::string host, uint16_t port, Done done);

 private:
  struct Request {
    std::string host;
    uint16_t port;
    Done done;
  };
  void run();

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Request> requests_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace wsplugin
