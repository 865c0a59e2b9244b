#include "api/websocket_server.h"

#include <algorithm>
#include <cstring>

#include "api/event_objects.h"
#include "api/handler_calls.h"
#include "api/plugin_state.h"
#include "net/send_batch.h"

namespace wsplugin {

using fourd::plugin::Env;
using fourd::plugin::Error;
using fourd::plugin::Raised;
using fourd::plugin::Ref;

namespace {

constexpr uint16_t kServerGoingAway = ws::close_code::GoingAway;

UpgradeDecision refusal(int status) { return UpgradeDecision{status, {}, nullptr}; }

}  // namespace

WebSocketServer::WebSocketServer(Env env, fd_value handler, ServerOptions options, WebServer& web)
    : options_(std::move(options)), web_(web), worker_(env), handler_(env, handler) {}

fd_value WebSocketServer::create(Env env, fd_value handler, fd_value options) {
  if (env.type(handler) != FD_OBJECT)
    throw Error("4D.WebSocketServer.new(): the first parameter must be the handler object", error_code::BadArgument);
  if (!env.hasFunction(handler, "onConnection"))
    throw Error("4D.WebSocketServer.new(): the handler has no onConnection function", error_code::BadArgument);
  ServerOptions parsed = readServerOptions(env, options);
  WebServer& web = PluginState::instance().webServer(env);
  auto server = std::make_shared<WebSocketServer>(env, handler, std::move(parsed), web);
  server->events_ = std::make_shared<EventQueue>([weak = std::weak_ptr<WebSocketServer>(server)] {
    if (auto self = weak.lock()) self->postToWorker([self](Env env) { self->drain(env); });
  });
  fd_value object = env.wrapShared(PluginState::instance().classes.webSocketServer, server);
  std::string error;
  if (!web.addEndpoint(server, error)) {
    std::lock_guard lock(server->workerMutex_);
    server->worker_.reset();
    throw Error("4D.WebSocketServer.new(): " + error,
                web.isRunning() ? error_code::PathInUse : error_code::WebServerNotRunning);
  }
  server->object_ = Ref(env, object);
  server->postToWorker([server](Env env) { server->callServerHandler(env, "onOpen", makeEvent(env, "open")); });
  return object;
}

fd_value WebSocketServer::connections(Env env) const {
  fd_value list = env.collection();
  for (const auto& [id, slot] : slots_)
    if (slot.opened && slot.connection->status == ConnectionStatus::Connected) env.push(list, slot.object.get(env));
  return list;
}

void WebSocketServer::terminate() {
  auto keep = shared_from_this();
  if (terminated_.exchange(true)) return;
  web_.removeEndpoint(this);
  for (auto& [id, slot] : slots_) {
    if (slot.connection->status == ConnectionStatus::Connected) slot.connection->status = ConnectionStatus::Closing;
    slot.connection->net->close(kServerGoingAway, "server terminated");
  }
  // Later, not inside the terminate() call: callbacks never run nested in the 4D code that caused them.
  postToWorker([keep](Env env) { keep->finishIfDone(env); });
}

void WebSocketServer::webServerStopped() {
  auto self = shared_from_this();
  postToWorker([self](Env) { self->terminate(); });
}

void WebSocketServer::decide(UpgradeRequest request, std::shared_ptr<PendingUpgrade> pending) {
  if (terminated_ || (options_.maxConnections && connectionCount_ >= options_.maxConnections)) {
    pending->answer(refusal(503));
    return;
  }
  std::optional<Compression> compression;
  if (options_.deflate)
    if (auto agreed = ws::negotiateDeflate(request.extensionOffers, *options_.deflate))
      compression = Compression{std::move(*agreed), options_.deflate->threshold};
  auto net = std::make_shared<Connection>(PluginState::instance().nextConnectionId(), options_.limits, events_,
                                          std::move(compression));
  auto self = shared_from_this();
  bool posted = postToWorker([self, pending, net, request = std::move(request)](Env env) {
    self->answerUpgrade(env, request, net, *pending);
  });
  if (!posted) pending->answer(refusal(503));
}

void WebSocketServer::answerUpgrade(Env env, const UpgradeRequest& request, std::shared_ptr<Connection> net,
                                    PendingUpgrade& pending) {
  // A client that left, or was answered 503 meanwhile, is not shown to onConnection. One that goes while
  // onConnection runs gets its connection aborted by answer(): the server forgets it unseen.
  if (pending.abandoned()) return;
  pending.answer(askHandler(env, request, std::move(net)));
}

UpgradeDecision WebSocketServer::askHandler(Env env, const UpgradeRequest& request, std::shared_ptr<Connection> net) {
  if (terminated_ || finished_) return refusal(503);
  if (options_.maxConnections && connectionCount_ >= options_.maxConnections) return refusal(503);
  fd_value event = makeEvent(env, "connection");
  env.set(event, "request", makeRequest(env, request));
  fd_value connectionHandler;
  try {
    connectionHandler = env.call(handler_.get(env), "onConnection", {object_.get(env), event});
  } catch (const Raised&) {
    reportServerError(env, "onConnection raised an error; the client was refused", env.lastErrors());
    return refusal(403);
  }
  if (env.type(connectionHandler) != FD_OBJECT) {
    // Null and Undefined are the documented refusal; any other value is a mistake the developer must see.
    if (!env.isNullish(connectionHandler))
      reportServerError(env, "onConnection returned neither an object nor Null; the client was refused",
                        makeErrors(env, error_code::BadArgument,
                                   "onConnection must return the connection handler object (or Null to refuse)"));
    return refusal(403);
  }

  auto connection = std::make_shared<WebSocketConnection>();
  connection->id = net->id();
  connection->wss = Ref(env, object_.get(env));
  connection->net = net;
  connection->handler = Ref(env, connectionHandler);
  connection->protocol = chooseProtocol(env, connectionHandler, request.offeredProtocols);
  fd_value object = env.wrapShared(PluginState::instance().classes.webSocketConnection, connection);
  std::string protocol = connection->protocol;
  uint64_t id = connection->id;
  slots_.emplace(id, Slot{std::move(connection), Ref(env, object)});
  ++connectionCount_;
  return UpgradeDecision{101, std::move(protocol), std::move(net)};
}

std::string WebSocketServer::chooseProtocol(Env env, fd_value connectionHandler,
                                            const std::vector<std::string>& offered) const {
  auto isOffered = [&](std::string_view protocol) {
    return std::find(offered.begin(), offered.end(), protocol) != offered.end();
  };
  fd_value chosen = env.get(connectionHandler, "protocol");
  if (env.type(chosen) == FD_TEXT && isOffered(env.textOf(chosen))) return std::string(env.textOf(chosen));
  for (const std::string& protocol : options_.protocols)
    if (isOffered(protocol)) return protocol;
  return {};
}

void WebSocketServer::drain(Env env) {
  auto keep = shared_from_this();
  std::vector<NetEvent> events = events_->takeAll();
  auto event = events.begin();
  while (event != events.end()) {
    // What the callbacks send while one client's run of events is dispatched leaves when the run ends, in one
    // write per connection: many replies cost one system call, and no reply waits for other clients' events.
    SendBatch batch;
    uint64_t client = event->connectionId;
    for (; event != events.end() && event->connectionId == client; ++event) dispatch(env, *event);
  }
}

void WebSocketServer::dispatch(Env env, NetEvent& event) {
  if (event.kind == NetEvent::Kind::Closed) {
    deliverClosed(env, event.connectionId, event);
    return;
  }
  auto it = slots_.find(event.connectionId);
  if (it == slots_.end()) return;
  Slot& slot = it->second;
  switch (event.kind) {
    case NetEvent::Kind::Open:
      if (terminated_) {
        // Accepted while the server was closing: it closes unseen, without callbacks.
        slot.connection->status = ConnectionStatus::Closing;
        slot.connection->net->close(kServerGoingAway, "server terminated");
        return;
      }
      slot.opened = true;
      callConnectionHandler(env, slot, "onOpen", makeEvent(env, "open"));
      return;
    case NetEvent::Kind::Message:
      if (slot.opened) deliverMessage(env, slot, event);
      slot.connection->net->consumed(event.payload);
      return;
    case NetEvent::Kind::Error: {
      // The I/O thread left the close to us, after the messages queued before the error (see
      // Connection::onProtocolError); a close already sent makes this a no-op.
      slot.connection->net->close(event.code, event.payload);
      if (!slot.opened || slot.failed) return;
      slot.failed = true;
      callConnectionHandler(env, slot, "onError",
                            makeErrorEvent(env, makeErrors(env, error_code::ProtocolError, event.payload)));
      return;
    }
    case NetEvent::Kind::Closed: return;
  }
}

void WebSocketServer::deliverMessage(Env env, Slot& slot, NetEvent& event) {
  fd_value data = messageData(env, options_.dataType, event.binary, event.payload);
  if (!data) {
    callConnectionHandler(env, slot, "onError", makeErrorEvent(env, makeInvalidJsonErrors(env)));
    return;
  }
  callConnectionHandler(env, slot, "onMessage", makeMessageEvent(env, data));
}

void WebSocketServer::deliverClosed(Env env, uint64_t id, const NetEvent& event) {
  auto it = slots_.find(id);
  if (it == slots_.end()) return;
  Slot slot = std::move(it->second);
  slots_.erase(it);
  --connectionCount_;
  slot.connection->status = ConnectionStatus::Closed;
  if (slot.opened) callConnectionHandler(env, slot, "onTerminate", makeTerminateEvent(env, event.code, event.payload));
  slot.connection->release();
  finishIfDone(env);
}

void WebSocketServer::finishIfDone(Env env) {
  if (!terminated_ || !slots_.empty() || finished_) return;
  finished_ = true;
  callServerHandler(env, "onTerminate", makeEvent(env, "terminate"));
  // The 4D object and this native hold each other, and 4D code commonly keeps the server in its handler
  // (This.wss:=$wss): cycles that only letting go breaks. 4D code that keeps the server then sees a Null handler.
  object_.reset();
  handler_.reset();
  std::lock_guard lock(workerMutex_);
  worker_.reset();
}

void WebSocketServer::callConnectionHandler(Env env, Slot& slot, const char* name, fd_value event) {
  callHandler(env, slot.connection->handler.get(env), slot.object.get(env), name, event);
}

void WebSocketServer::callServerHandler(Env env, const char* name, fd_value event) {
  try {
    env.call(handler_.get(env), name, {object_.get(env), event});
  } catch (const Raised&) {
    if (std::strcmp(name, "onError") != 0)
      reportServerError(env, std::string(name) + " raised an error", env.lastErrors());
  }
}

void WebSocketServer::reportServerError(Env env, const std::string& statusText, fd_value errors) {
  fd_value target = handler_.get(env);
  if (!env.hasFunction(target, "onError")) return;
  fd_value errorEvent = makeEvent(env, "error");
  env.set(errorEvent, "statusText", env.text(statusText));
  env.set(errorEvent, "errors", errors);
  try {
    env.call(target, "onError", {object_.get(env), errorEvent});
  } catch (const Raised&) {
    // onError itself failed: its error is on the error stack; nothing further to report to.
  }
}

}  // namespace wsplugin
