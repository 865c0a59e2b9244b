#pragma once
// The native side of a 4D.WebSocketServer. It lives on the worker that created it: callbacks, connection
// objects and every 4D value are handled there, in drain tasks that dispatch the I/O threads' events in
// batches. The I/O threads reach it only through decide() (answered later, from the worker) and the thread-safe
// event queue.

#include <fourd/plugin.hpp>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>

#include "api/server_options.h"
#include "api/websocket_connection.h"
#include "net/event_queue.h"
#include "web/websocket_endpoint.h"

namespace wsplugin {

class WebServer;

class WebSocketServer final : public WebSocketEndpoint, public std::enable_shared_from_this<WebSocketServer> {
 public:
  // 4D.WebSocketServer.new(handler; options): registers on the running web server and posts onOpen.
  static fd_value create(fourd::plugin::Env env, fd_value handler, fd_value options);

  WebSocketServer(fourd::plugin::Env env, fd_value handler, ServerOptions options, WebServer& web);

  // For the 4D members, on the worker.
  fd_value handler(fourd::plugin::Env env) const { return handler_ ? handler_.get(env) : env.null(); }
  fd_value connections(fourd::plugin::Env env) const;
  const ServerOptions& options() const { return options_; }
  bool terminated() const { return terminated_.load(); }
  // Closes every connection (1001); onTerminate follows once they have all closed.
  void terminate();

  const std::string& path() const override { return options_.path; }
  std::chrono::milliseconds handshakeTimeout() const override { return options_.handshakeTimeout; }
  void decide(UpgradeRequest request, std::shared_ptr<PendingUpgrade> pending) override;
  void webServerStopped() override;

 private:
  struct Slot {
    std::shared_ptr<WebSocketConnection> connection;
    fourd::plugin::Ref object;  // the 4D.WebSocketConnection
    bool opened = false;
    bool failed = false;  // a connection error was reported: no second one
  };
  void answerUpgrade(fourd::plugin::Env env, const UpgradeRequest& request, std::shared_ptr<Connection> net,
                     PendingUpgrade& pending);
  UpgradeDecision askHandler(fourd::plugin::Env env, const UpgradeRequest& request, std::shared_ptr<Connection> net);
  std::string chooseProtocol(fourd::plugin::Env env, fd_value connectionHandler,
                             const std::vector<std::string>& offered) const;

  void drain(fourd::plugin::Env env);
  void dispatch(fourd::plugin::Env env, NetEvent& event);
  void deliverMessage(fourd::plugin::Env env, Slot& slot, NetEvent& event);
  void deliverClosed(fourd::plugin::Env env, uint64_t id, const NetEvent& event);
  void finishIfDone(fourd::plugin::Env env);

  // See callHandler (api/handler_calls.h).
  void callConnectionHandler(fourd::plugin::Env env, Slot& slot, const char* name, fd_value event);
  void callServerHandler(fourd::plugin::Env env, const char* name, fd_value event);
  void reportServerError(fourd::plugin::Env env, const std::string& statusText, fd_value errors);

  template <class Fn>
  bool postToWorker(Fn&& fn) const {
    std::lock_guard lock(workerMutex_);
    return worker_.post(std::forward<Fn>(fn));
  }

  const ServerOptions options_;
  WebServer& web_;
  mutable std::mutex workerMutex_;
  fourd::plugin::Worker worker_;  // held while the server runs, so the host stays up
  fourd::plugin::Ref object_;
  fourd::plugin::Ref handler_;
  std::shared_ptr<EventQueue> events_;
  std::map<uint64_t, Slot> slots_;  // worker only, by connection id (so `connections` lists oldest first)
  std::atomic<size_t> connectionCount_{0};
  std::atomic<bool> terminated_{false};
  bool finished_ = false;
};

}  // namespace wsplugin
