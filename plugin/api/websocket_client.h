#pragma once
// The native side of a 4D.WebSocket client. It lives on the process or worker that created it: callbacks and
// every 4D value are handled there, in drain tasks that dispatch its event queue, fed by its ClientConnector
// until the connection opens and by its Connection after. While it is not closed it holds a handle on that
// worker, so the host stays up, and its 4D object holds it (the native keeps the object for the callbacks'
// first parameter): an open client lives on when 4D code drops it, as in 4D. After onTerminate it lets go of
// its handler, its object and the worker.

#include <fourd/plugin.hpp>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>

#include "api/client_options.h"
#include "api/connection_status.h"
#include "net/client_connector.h"
#include "net/event_queue.h"

namespace wsplugin {

class WebSocketClient final : public std::enable_shared_from_this<WebSocketClient> {
 public:
  // 4D.WebSocket.new(url {; connectionHandler}): returns at once, Connecting. Throws fourd::plugin::Error for a
  // URL that is not ws:// or wss://, or a handler property of the wrong kind.
  static fd_value create(fourd::plugin::Env env, fd_value url, fd_value handler);

  WebSocketClient(fourd::plugin::Env env, uint64_t id, std::string url, fd_value handler, ClientOptions options);

  // For the 4D members, on the worker.
  uint64_t id() const { return id_; }
  const std::string& url() const { return url_; }
  DataType dataType() const { return options_.dataType; }
  fd_value handler(fourd::plugin::Env env) const { return handler_ ? handler_.get(env) : env.null(); }
  ConnectionStatus status() const { return status_; }
  const std::string& protocol() const { return protocol_; }
  void send(fourd::plugin::Env env, fd_value message);
  // 1000, or 3000 to 4999 (checked by the caller). Nothing once Closing or Closed.
  void terminate(uint16_t code, std::string_view reason);
  // Any thread: the host is shutting down; the client closes with 1001 (going away).
  void goAway();

 private:
  // Any thread, on each event the worker can no longer take (KILL WORKER): no callback can run, so the client
  // closes (1001) unseen and, once closed, lets go of its handler, its object and the worker. 4D: "The WebSocket
  // will be valid as long as the form or worker is not closed."
  void abandon();
  // Releases the handler, the 4D object and the worker handle: the client is closed.
  void letGo();
  void drain(fourd::plugin::Env env);
  void dispatch(fourd::plugin::Env env, NetEvent& event);
  void deliverMessage(fourd::plugin::Env env, NetEvent& event);
  void deliverClosed(fourd::plugin::Env env, const NetEvent& event);
  // handler.name($ws; event). A callback that raised an error ends the client: onError, then a close (1011).
  void call(fourd::plugin::Env env, const char* name, fd_value event);
  // onError, at most once, and the close with `closeCode` (nothing to close when the connection never opened).
  void fail(fourd::plugin::Env env, fd_value errors, uint16_t closeCode);

  template <class Fn>
  bool postToWorker(Fn&& fn) const {
    std::lock_guard lock(workerMutex_);
    return worker_.post(std::forward<Fn>(fn));
  }

  const uint64_t id_;
  const std::string url_;
  const ClientOptions options_;
  mutable std::mutex workerMutex_;
  fourd::plugin::Worker worker_;
  fourd::plugin::Ref object_;
  fourd::plugin::Ref handler_;
  std::shared_ptr<EventQueue> events_;
  std::shared_ptr<Connection> net_;
  std::shared_ptr<ClientConnector> connector_;
  // Worker only.
  ConnectionStatus status_ = ConnectionStatus::Connecting;
  std::string protocol_;
  bool opened_ = false;
  bool failed_ = false;
  std::atomic<bool> abandoned_{false};
};

}  // namespace wsplugin
