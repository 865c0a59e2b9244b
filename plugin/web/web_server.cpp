#include "web/web_server.h"

#include <Poco/Net/NetException.h>
#include <Poco/Net/ServerSocket.h>

#include <sys/resource.h>

#include <csignal>

#include <algorithm>
#include <optional>
#include <cstdio>
#include <thread>

namespace wsplugin {

namespace {
// The kernel caps it (net.core.somaxconn); the acceptor empties the queue as fast as clients fill it, so it
// only matters while the process is out of file descriptors.
constexpr int kListenBacklog = 65535;

// SO_REUSEADDR for quick restarts, but not SO_REUSEPORT: a port in use must fail, not be shared.
Poco::Net::ServerSocket listenOn(const std::string& address, uint16_t port) {
  Poco::Net::ServerSocket socket;
  socket.bind(Poco::Net::SocketAddress(address, port), true, false);
  socket.listen(kListenBacklog);
  return socket;
}

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

WebServer::WebServer(WebSettings defaults, IoThreads& io) : defaults_(std::move(defaults)), ioThreads_(io) {}

WebServer::~WebServer() { stop(); }

WebServer::StartResult WebServer::start(WebSettings settings) {
  std::lock_guard lock(mutex_);
  StartResult result;
  if (run_) {
    result.errors.push_back("The web server is already running");
    return result;
  }
  if (!settings.httpEnabled && !settings.httpsEnabled) {
    result.errors.push_back("HTTPEnabled and HTTPSEnabled are both False: nothing would listen");
    return result;
  }
  // Nothing listens half-configured: the certificate is checked before any port is taken.
  TlsContext tls;
  if (settings.httpsEnabled) {
    // OpenSSL writes to its sockets with write(), not send(MSG_NOSIGNAL): a client gone would raise SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    std::string error;
    if (!(tls = makeTlsContext(settings, error))) {
      result.errors.push_back("HTTPS cannot start: " + error);
      return result;
    }
  }
  const std::string address = settings.listenAddress.empty() ? "0.0.0.0" : settings.listenAddress;
  std::optional<Poco::Net::ServerSocket> http, https;
  uint16_t port = settings.httpEnabled ? settings.port : settings.httpsPort;
  try {
    if (settings.httpEnabled) settings.port = (http = listenOn(address, settings.port))->address().port();
    port = settings.httpsPort;
    if (settings.httpsEnabled) settings.httpsPort = (https = listenOn(address, settings.httpsPort))->address().port();
  } catch (const Poco::Exception& e) {
    result.errors.push_back("The web server cannot listen on " + address + " port " + std::to_string(port) + ": " +
                            e.displayText());
    return result;
  }
  run_ = std::make_shared<WebRun>(*this, std::move(settings), std::move(tls));
  if (http) acceptors_.push_back(std::make_unique<HttpAcceptor>(*http, run_, ioThreads_, false));
  if (https) acceptors_.push_back(std::make_unique<HttpAcceptor>(*https, run_, ioThreads_, true));
  result.success = true;
  const rlim_t files = raiseOpenFileLimit();
  if (http) std::fprintf(stderr, "web server: HTTP on %s port %u\n", address.c_str(), run_->settings.port);
  if (https) std::fprintf(stderr, "web server: HTTPS on %s port %u\n", address.c_str(), run_->settings.httpsPort);
  std::fprintf(stderr, "web server: open file limit %llu (each connection takes one)\n",
               static_cast<unsigned long long>(files));
  return result;
}

void WebServer::stop() {
  std::vector<std::unique_ptr<HttpAcceptor>> acceptors;
  std::shared_ptr<WebRun> run;
  std::vector<std::shared_ptr<WebSocketEndpoint>> endpoints;
  {
    std::lock_guard lock(mutex_);
    acceptors.swap(acceptors_);
    run = std::move(run_);
    endpoints.swap(endpoints_);
  }
  acceptors.clear();  // the ports are free once stop() returns
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
  return run_ != nullptr;
}

WebSettings WebServer::settings() const {
  std::lock_guard lock(mutex_);
  return run_ ? run_->settings : defaults_;
}

bool WebServer::addEndpoint(const std::shared_ptr<WebSocketEndpoint>& endpoint, std::string& error) {
  std::lock_guard lock(mutex_);
  if (!run_) {
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
