#pragma once
// The host's web server (4D.WebServer): static files from the root folder, and the WebSocket servers'
// upgrades. One per host run. An acceptor thread takes connections; the I/O threads read their requests, answer
// them and, after an upgrade, carry their WebSockets: no thread ever waits on a client or on 4D code.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "net/io_loop.h"
#include "web/http_acceptor.h"
#include "web/web_run.h"
#include "web/web_settings.h"
#include "web/websocket_endpoint.h"

namespace wsplugin {

class WebServer {
 public:
  struct StartResult {
    bool success = false;
    std::vector<std::string> errors;
  };

  // `defaults`: what start() begins from, and what the settings return to after stop(), as in 4D. `io` carries
  // its connections and must outlive it.
  WebServer(WebSettings defaults, IoThreads& io);
  ~WebServer();

  // Port 0 picks a free port; settings().port then tells which. A missing root folder serves nothing (404) until
  // it appears, as with a project that has no WebFolder yet.
  StartResult start(WebSettings settings);
  // Stops serving and terminates every WebSocket server on it.
  void stop();

  const WebSettings& defaults() const { return defaults_; }
  bool isRunning() const;
  // The running server's settings, or the defaults when stopped.
  WebSettings settings() const;

  // False with `error` set when the web server is not running or the path is taken.
  bool addEndpoint(const std::shared_ptr<WebSocketEndpoint>& endpoint, std::string& error);
  void removeEndpoint(const WebSocketEndpoint* endpoint);
  // The server for an upgrade to `path`: the exact path, else the one without a path; null when none.
  std::shared_ptr<WebSocketEndpoint> endpointFor(const std::string& path) const;
 private:
  const WebSettings defaults_;
  IoThreads& ioThreads_;
  mutable std::mutex mutex_;
  std::shared_ptr<WebRun> run_;  // while running
  std::vector<std::unique_ptr<HttpAcceptor>> acceptors_;  // HTTP, HTTPS or both
  std::vector<std::shared_ptr<WebSocketEndpoint>> endpoints_;
};

}  // namespace wsplugin
