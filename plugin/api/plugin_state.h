#pragma once
// What the plugin keeps for the whole host run: its registered classes, the I/O threads, the web server, the
// clients' name resolver, the open clients, the connection ids.

#include <fourd/plugin.hpp>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "net/host_resolver.h"
#include "web/web_server.h"

namespace wsplugin {

struct PluginClasses {
  fd_class webServer = nullptr;
  fd_class webSocketServer = nullptr;
  fd_class webSocketConnection = nullptr;
  fd_class webSocket = nullptr;
};

class WebSocketClient;

class PluginState {
 public:
  static PluginState& instance();

  PluginClasses classes;

  // The host's web server, created on first use with the defaults: port 8080 (or FOURD_HTTP_PORT) and the
  // project's WebFolder/.
  WebServer& webServer(fourd::plugin::Env env);
  // Starts / stops the web server. While it runs, the host stays up (a worker handle of the starter is held).
  WebServer::StartResult startWebServer(fourd::plugin::Env env, WebSettings settings);
  void stopWebServer(fourd::plugin::Env env);
  // Shutdown hook: stops the web server, which terminates every WebSocket server on it, and closes every client.
  void shutdown();

  // The I/O threads the web server's connections and the clients share, started on first use.
  IoThreads& ioThreads();
  HostResolver& resolver() { return resolver_; }
  // A client the shutdown hook must close.
  void addClient(const std::shared_ptr<WebSocketClient>& client);

  uint64_t nextConnectionId() { return nextConnectionId_.fetch_add(1, std::memory_order_relaxed); }

 private:
  IoThreads& ioThreadsLocked();  // under mutex_

  std::mutex mutex_;
  std::unique_ptr<IoThreads> ioThreads_;  // before the web server: its connections live on them until it is gone
  std::unique_ptr<WebServer> webServer_;
  fourd::plugin::Worker keepHostAlive_;
  std::atomic<uint64_t> nextConnectionId_{1};
  std::vector<std::weak_ptr<WebSocketClient>> clients_;  // under mutex_
  // After the web server: goes first at unload, while the I/O threads its answers are posted to still run.
  HostResolver resolver_;
};

}  // namespace wsplugin
