#pragma once
// Poco's HTTPServer with a deadline on every request's line and headers (request_deadlines.h): counted from the
// moment a thread takes the connection, and on a keep-alive connection from the end of the previous answer.
// Answers, upgraded WebSockets and long downloads have none. Poco's HTTPServer takes no other connection
// factory, so this is the TCPServer underneath with HTTP connections that arm and disarm the deadline.
// The deadline watchdog also collects the pool's idle threads: Poco's pool only trims itself when it hands out a
// thread, so after a burst of handshakes the threads it grew to would otherwise stay until the next burst.

#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/TCPServer.h>
#include <Poco/SharedPtr.h>
#include <Poco/ThreadPool.h>

#include <chrono>

namespace wsplugin {

class DeadlineRouter;

class DeadlineHttpServer : public Poco::Net::TCPServer {
 public:
  DeadlineHttpServer(Poco::Net::HTTPRequestHandlerFactory::Ptr router, Poco::ThreadPool& threads,
                     const Poco::Net::ServerSocket& socket, Poco::Net::HTTPServerParams::Ptr params,
                     std::chrono::milliseconds requestDeadline);
  ~DeadlineHttpServer() override;

  // As HTTPServer::stopAll: stops accepting; `abortCurrent` also ends the connections being served.
  void stopAll(bool abortCurrent);

 private:
  DeadlineHttpServer(Poco::SharedPtr<DeadlineRouter> router, Poco::ThreadPool& threads,
                     const Poco::Net::ServerSocket& socket, Poco::Net::HTTPServerParams::Ptr params);

  Poco::SharedPtr<DeadlineRouter> router_;
};

}  // namespace wsplugin
