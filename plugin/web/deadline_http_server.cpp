#include "web/deadline_http_server.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerConnection.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/TCPServerConnectionFactory.h>

#include <memory>

#include "web/request_deadlines.h"

namespace wsplugin {

namespace {

// Answers the request, then starts the deadline of the next one on the same connection.
class AnswerThenRearm : public Poco::Net::HTTPRequestHandler {
 public:
  AnswerThenRearm(RequestDeadlines& deadlines, Poco::Net::HTTPRequestHandler* handler)
      : deadlines_(deadlines), handler_(handler) {}

  void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override {
    handler_->handleRequest(request, response);
    // After an upgrade the session no longer holds the socket: it belongs to an I/O thread, and no HTTP request
    // will come on it.
    auto& socket = dynamic_cast<Poco::Net::HTTPServerRequestImpl&>(request).socket();
    if (socket.impl()->initialized()) deadlines_.arm(socket);
  }

 private:
  RequestDeadlines& deadlines_;
  std::unique_ptr<Poco::Net::HTTPRequestHandler> handler_;
};

}  // namespace

// Poco calls the handler factory once a request's line and headers are read: there its deadline ends. Being the
// factory the connections know, it is also where their stop event is raised.
class DeadlineRouter : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  DeadlineRouter(Poco::Net::HTTPRequestHandlerFactory::Ptr router, std::chrono::milliseconds requestDeadline)
      : router_(std::move(router)), deadlines_(requestDeadline) {}

  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override {
    deadlines_.disarm();
    return new AnswerThenRearm(deadlines_, router_->createRequestHandler(request));
  }

  void stopConnections(bool abortCurrent) { serverStopped(this, abortCurrent); }
  RequestDeadlines& deadlines() { return deadlines_; }

 private:
  Poco::Net::HTTPRequestHandlerFactory::Ptr router_;
  RequestDeadlines deadlines_;
};

namespace {

// An HTTP connection whose first request has a deadline from the start.
class DeadlineConnection : public Poco::Net::HTTPServerConnection {
 public:
  DeadlineConnection(const Poco::Net::StreamSocket& socket, Poco::Net::HTTPServerParams::Ptr params,
                     Poco::SharedPtr<DeadlineRouter> router)
      : HTTPServerConnection(socket, params, router), router_(std::move(router)) {}

  void run() override {
    // Disarmed on every way out, exceptions included (a client gone while it was answered).
    struct DisarmAtEnd {
      RequestDeadlines& deadlines;
      ~DisarmAtEnd() { deadlines.disarm(); }
    } disarmAtEnd{router_->deadlines()};
    router_->deadlines().arm(socket());
    HTTPServerConnection::run();
  }

 private:
  Poco::SharedPtr<DeadlineRouter> router_;  // shared: a connection may outlive the server that accepted it
};

class DeadlineConnectionFactory : public Poco::Net::TCPServerConnectionFactory {
 public:
  DeadlineConnectionFactory(Poco::Net::HTTPServerParams::Ptr params, Poco::SharedPtr<DeadlineRouter> router)
      : params_(std::move(params)), router_(std::move(router)) {}

  Poco::Net::TCPServerConnection* createConnection(const Poco::Net::StreamSocket& socket) override {
    return new DeadlineConnection(socket, params_, router_);
  }

 private:
  Poco::Net::HTTPServerParams::Ptr params_;
  Poco::SharedPtr<DeadlineRouter> router_;
};

}  // namespace

DeadlineHttpServer::DeadlineHttpServer(Poco::Net::HTTPRequestHandlerFactory::Ptr router, Poco::ThreadPool& threads,
                                       const Poco::Net::ServerSocket& socket, Poco::Net::HTTPServerParams::Ptr params,
                                       std::chrono::milliseconds requestDeadline)
    : DeadlineHttpServer(new DeadlineRouter(std::move(router), requestDeadline), threads, socket, std::move(params)) {}

DeadlineHttpServer::DeadlineHttpServer(Poco::SharedPtr<DeadlineRouter> router, Poco::ThreadPool& threads,
                                       const Poco::Net::ServerSocket& socket, Poco::Net::HTTPServerParams::Ptr params)
    : TCPServer(new DeadlineConnectionFactory(params, router), threads, socket, params), router_(std::move(router)) {
  router_->deadlines().setTickChore([&threads] { threads.collect(); });
}

// The router may outlive this server (a connection still ending holds it), the pool need not.
DeadlineHttpServer::~DeadlineHttpServer() { router_->deadlines().setTickChore({}); }

void DeadlineHttpServer::stopAll(bool abortCurrent) {
  stop();
  router_->stopConnections(abortCurrent);
}

}  // namespace wsplugin
