#include "api/plugin_state.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <thread>

#include "api/websocket_client.h"

namespace wsplugin {

namespace {

constexpr uint16_t kDefaultHttpPort = 8080;

// Half the cores, since every message also runs 4D code on a worker thread: on 2 cores one I/O thread beside the
// worker spends 7-10% less CPU per echoed message than two (bench/, measured as server CPU per message).
constexpr unsigned kMaxIoThreads = 4;
size_t ioThreadCount() { return std::clamp(std::thread::hardware_concurrency() / 2, 1u, kMaxIoThreads); }

// FOURD_HTTP_PORT overrides the default port, so tests can pick free ports.
uint16_t defaultHttpPort() {
  const char* fromEnvironment = std::getenv("FOURD_HTTP_PORT");
  if (!fromEnvironment || !*fromEnvironment) return kDefaultHttpPort;
  try {
    int port = std::stoi(fromEnvironment);
    if (port >= 0 && port <= 65535) return static_cast<uint16_t>(port);
  } catch (const std::exception&) {
  }
  return kDefaultHttpPort;
}

}  // namespace

PluginState& PluginState::instance() {
  static PluginState state;
  return state;
}

WebServer& PluginState::webServer(fourd::plugin::Env env) {
  std::lock_guard lock(mutex_);
  if (!webServer_) {
    WebSettings defaults;
    defaults.port = defaultHttpPort();
    defaults.root = std::filesystem::path(env.projectFolder()) / "WebFolder" / "";
    // 4D looks for key.pem and cert.pem next to the Project folder (developer.4d.com, Admin/tls).
    defaults.certificateFolder = std::filesystem::path(env.projectFolder());
    webServer_ = std::make_unique<WebServer>(std::move(defaults), ioThreadsLocked());
  }
  return *webServer_;
}

IoThreads& PluginState::ioThreads() {
  std::lock_guard lock(mutex_);
  return ioThreadsLocked();
}

IoThreads& PluginState::ioThreadsLocked() {
  if (!ioThreads_) ioThreads_ = std::make_unique<IoThreads>(ioThreadCount());
  return *ioThreads_;
}

WebServer::StartResult PluginState::startWebServer(fourd::plugin::Env env, WebSettings settings) {
  WebServer::StartResult result = webServer(env).start(std::move(settings));
  std::lock_guard lock(mutex_);
  if (result.success) keepHostAlive_ = fourd::plugin::Worker(env);
  return result;
}

void PluginState::stopWebServer(fourd::plugin::Env env) {
  webServer(env).stop();
  std::lock_guard lock(mutex_);
  keepHostAlive_.reset();
}

void PluginState::shutdown() {
  std::unique_lock lock(mutex_);
  WebServer* web = webServer_.get();
  std::vector<std::weak_ptr<WebSocketClient>> clients;
  clients.swap(clients_);
  lock.unlock();
  if (web) web->stop();
  for (auto& weak : clients)
    if (auto client = weak.lock()) client->goAway();
  lock.lock();
  keepHostAlive_.reset();
}

void PluginState::addClient(const std::shared_ptr<WebSocketClient>& client) {
  std::lock_guard lock(mutex_);
  // Clients that went are forgotten as new ones come, so the list stays as long as the open ones at most twice.
  if (clients_.size() >= 64 && clients_.size() == clients_.capacity())
    clients_.erase(std::remove_if(clients_.begin(), clients_.end(), [](auto& weak) { return weak.expired(); }),
                   clients_.end());
  clients_.push_back(client);
}

}  // namespace wsplugin
