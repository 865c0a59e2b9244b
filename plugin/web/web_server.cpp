#include "web/web_server.h"

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/ServerSocket.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "web/request_router.h"

namespace wsplugin {

namespace {
constexpr int kMinHttpThreads = 2;
// Each HTTP request (a WebSocket handshake included) holds a thread while it is read; requests that stall or
// trickle in hold theirs up to the request deadline, so the bound is generous enough that dozens of them do not
// lock out valid clients. Open WebSockets hold none.
constexpr int kMaxHttpThreads = 64;
// A thread of the pool with no request for this long leaves it (collected within the next second), so that
// after a burst of handshakes the thread count returns to its minimum.
constexpr int kHttpThreadIdleSeconds = 5;
// Between two received bytes, and for a whole request's line and headers.
constexpr auto kRequestTimeout = std::chrono::seconds(10);
// Half the cores, since every message also runs 4D code on a worker thread: on 2 cores one I/O thread beside the
// worker spends 7-10% less CPU per echoed message than two (bench/, measured as server CPU per message).
constexpr unsigned kMaxIoThreads = 4;
size_t ioThreadCount() { return std::clamp(std::thread::hardware_concurrency() / 2, 1u, kMaxIoThreads); }
// Generous, so that thousands of clients connecting at once wait in line instead of being turned away.
constexpr int kListenBacklog = 1024;
constexpr int kMaxQueuedConnections = 4096;
}  // namespace

WebServer::WebServer(uint16_t defaultPort, std::filesystem::path defaultRoot)
    : defaultPort_(defaultPort),
      defaultRoot_(std::move(defaultRoot)),
      port_(defaultPort_),
      root_(defaultRoot_),
      threads_("WebServer", kMinHttpThreads, kMaxHttpThreads, kHttpThreadIdleSeconds),
      ioThreads_(ioThreadCount()) {}

WebServer::~WebServer() { stop(); }

WebServer::StartResult WebServer::start(uint16_t port, std::filesystem::path rootFolder) {
  std::lock_guard lock(mutex_);
  StartResult result;
  if (server_) {
    result.errors.push_back("The web server is already running on port " + std::to_string(port_));
    return result;
  }
  try {
    // SO_REUSEADDR for quick restarts, but not SO_REUSEPORT: a port in use must fail, not be shared.
    Poco::Net::ServerSocket socket;
    socket.bind(Poco::Net::SocketAddress("0.0.0.0", port), true, false);
    socket.listen(kListenBacklog);
    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(kMaxHttpThreads);
    params->setMaxQueued(kMaxQueuedConnections);
    params->setKeepAlive(true);
    params->setTimeout(Poco::Timespan(kRequestTimeout.count(), 0));
    params->setThreadIdleTime(Poco::Timespan(kHttpThreadIdleSeconds, 0));
    server_ = std::make_unique<DeadlineHttpServer>(new RequestRouter(*this, rootFolder), threads_, socket, params,
                                                   kRequestTimeout);
    server_->start();
    port_ = socket.address().port();
    root_ = std::move(rootFolder);
    result.success = true;
  } catch (const Poco::Exception& e) {
    server_.reset();
    result.errors.push_back("The web server cannot listen on port " + std::to_string(port) + ": " + e.displayText());
  }
  return result;
}

void WebServer::stop() {
  std::unique_ptr<DeadlineHttpServer> server;
  std::vector<std::shared_ptr<WebSocketEndpoint>> endpoints;
  {
    std::lock_guard lock(mutex_);
    server = std::move(server_);
    endpoints.swap(endpoints_);
  }
  // Endpoints first: they release upgrades waiting for a worker, which stopAll() would otherwise wait for.
  for (auto& endpoint : endpoints) endpoint->webServerStopped();
  if (server) server->stopAll(true);
}

bool WebServer::isRunning() const {
  std::lock_guard lock(mutex_);
  return server_ != nullptr;
}

uint16_t WebServer::port() const {
  std::lock_guard lock(mutex_);
  return port_;
}

std::filesystem::path WebServer::rootFolder() const {
  std::lock_guard lock(mutex_);
  return root_;
}

bool WebServer::addEndpoint(const std::shared_ptr<WebSocketEndpoint>& endpoint, std::string& error) {
  std::lock_guard lock(mutex_);
  if (!server_) {
    error = "The web server is not running: start it (WEB START SERVER or WEB Server.start()) before creating a "
            "4D.WebSocketServer";
    return false;
  }
  for (const auto& existing : endpoints_) {
    if (existing->path() == endpoint->path()) {
      error = existing->path().empty() ? "A WebSocket server without path is already running"
                                       : "A WebSocket server is already running on the path " + existing->path();
      return false;
    }
  }
  endpoints_.push_back(endpoint);
  return true;
}

void WebServer::removeEndpoint(const WebSocketEndpoint* endpoint) {
  std::lock_guard lock(mutex_);
  std::erase_if(endpoints_, [&](const auto& existing) { return existing.get() == endpoint; });
}

std::shared_ptr<WebSocketEndpoint> WebServer::endpointFor(const std::string& path) const {
  std::lock_guard lock(mutex_);
  std::shared_ptr<WebSocketEndpoint> fallback;
  for (const auto& endpoint : endpoints_) {
    if (endpoint->path() == path) return endpoint;
    if (endpoint->path().empty()) fallback = endpoint;
  }
  return fallback;
}

}  // namespace wsplugin
