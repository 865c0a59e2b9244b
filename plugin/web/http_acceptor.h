#pragma once
// The thread that accepts the web server's connections, as fast as they come, and hands each to an I/O thread as
// an HTTP session: accepting is all it does, so a storm of clients waits neither for 4D code nor for other clients'
// requests. When the process runs out of file descriptors it retries every 100 ms, the clients waiting in the
// listen queue meanwhile.

#include <Poco/Net/ServerSocket.h>

#include <memory>
#include <thread>

#include "net/io_loop.h"
#include "web/web_run.h"

namespace wsplugin {

class HttpAcceptor {
 public:
  // `socket` listens already; `secure`: its connections speak TLS, with the run's context.
  HttpAcceptor(Poco::Net::ServerSocket socket, std::shared_ptr<WebRun> webRun, IoThreads& io, bool secure);
  // Stops accepting and closes the listening socket before it returns.
  ~HttpAcceptor();
  HttpAcceptor(const HttpAcceptor&) = delete;
  HttpAcceptor& operator=(const HttpAcceptor&) = delete;

 private:
  void run();
  // Accepts until the queue is empty; false when out of descriptors.
  bool acceptAll();

  Poco::Net::ServerSocket socket_;
  const std::shared_ptr<WebRun> run_;
  IoThreads& io_;
  const bool secure_;
  int wakeFd_ = -1;  // eventfd: stop
  std::thread thread_;
};

}  // namespace wsplugin
