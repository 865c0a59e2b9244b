#include "web/web_server.h"

#include <Poco/Net/NetException.h>
#include <Poco/Net/ServerSocket.h>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <thread>

namespace wsplugin {

namespace {
// Half the cores, since every message also runs 4D code on a worker thread: on 2 cores one I/O thread beside the
// worker spends 7-10% less CPU per echoed message than two (bench/, measured as server CPU per message).
constexpr unsigned kMaxIoThreads = 4;
size_t ioThreadCount() { return std::clamp(std::thread::hardware_concurrency() / 2, 1u, kMaxIoThreads); }
// The kernel caps it (net.core.somaxconn); the acceptor empties the queue as fast as clients fill it, so it
// only matters while the process is out of file descriptors.
constexpr int kListenBacklog = 65535;

// Every connection is a descriptor: as servers do, the soft limit goes up to the hard one. Returns the limit.
rlim_t raiseOpenFileLimit() {
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) return 0;
  if (limit.rlim_cur < limit.rlim_max) {
    rlimit raised = limit;
    raised.rlim_cur = limit.rlim_max;
    if (::setrlimit(RLIMIT_NOFILE, &raised) == 0) limit = raised;
  }
  return limit.rlim_cur;
}
}  // namespace

WebServer::WebServer(WebSettings defaults) : defaults_(std::move(defaults)), ioThreads_(ioThreadCount()) {}

WebServer::~WebServer() { stop(); }

WebServer::StartResult WebServer::start(WebSettings settings) {
  std::lock_guard lock(mutex_);
  StartResult result;
  if (acceptor_) {
    result.errors.push_back("The web server is already running on port " + std::to_string(run_->settings.port));
    return result;
  }
  const std::string address = settings.listenAddress.empty() ? "0.0.0.0" : settings.listenAddress;
  try {
    // SO_REUSEADDR for quick restarts, but not SO_REUSEPORT: a port in use must fail, not be shared.
    Poco::Net::ServerSocket socket;
    socket.bind(Poco::Net::SocketAddress(address, settings.port), true, false);
    socket.listen(kListenBacklog);
    settings.port = socket.address().port();
    run_ = std::make_shared<WebRun>(*this, std::move(settings));
    acceptor_ = std::make_unique<HttpAcceptor>(socket, run_, ioThreads_);
    result.success = true;
  } catch (const Poco::Exception& e) {
    run_.reset();
    result.errors.push_back("The web server cannot listen on " + address + " port " + std::to_string(settings.port) +
                            ": " + e.displayText());
    return result;
  }
  std::fprintf(stderr, "web server: listening on %s port %u; open file limit %llu (each connection takes one)\n",
               address.c_str(), static_cast<unsigned>(run_->settings.port),
               static_cast<unsigned long long>(raiseOpenFileLimit()));
  return result;
}

void WebServer::stop() {
  std::unique_ptr<HttpAcceptor> acceptor;
  std::shared_ptr<WebRun> run;
  std::vector<std::shared_ptr<WebSocketEndpoint>> endpoints;
  {
    std::lock_guard lock(mutex_);
    acceptor = std::move(acceptor_);
    run = std::move(run_);
    endpoints.swap(endpoints_);
  }
  acceptor.reset();  // the port is free once stop() returns
  if (run) {
    // Every HTTP connection of the run ends at its loop's next tick, which comes at once; upgrades waiting for a
    // decision are abandoned with them.
    run->stopped.store(true, std::memory_order_release);
    ioThreads_.tickSoon();
  }
  for (auto& endpoint : endpoints) endpoint->webServerStopped();
}

bool WebServer::isRunning() const {
  std::lock_guard lock(mutex_);
  return acceptor_ != nullptr;
}

WebSettings WebServer::settings() const {
  std::lock_guard lock(mutex_);
  return run_ ? run_->settings : defaults_;
}

bool WebServer::addEndpoint(const std::shared_ptr<WebSocketEndpoint>& endpoint, std::string& error) {
  std::lock_guard lock(mutex_);
  if (!acceptor_) {
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
