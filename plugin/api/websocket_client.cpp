#include "api/websocket_client.h"

#include "api/event_objects.h"
#include "api/handler_calls.h"
#include "api/message_sending.h"
#include "api/plugin_state.h"
#include "net/send_batch.h"
#include "net/tls_client_context.h"
#include "protocol/close_codes.h"

namespace wsplugin {

using fourd::plugin::Env;
using fourd::plugin::Error;
using fourd::plugin::Raised;
using fourd::plugin::Ref;

namespace {

// RFC 6455 §7.4.1: the endpoint met a condition that prevented it from going on (here, its own 4D code failed).
constexpr uint16_t kHandlerFailed = 1011;
// What a client whose "object" handler received a text that is not JSON closes with: data it cannot accept.
constexpr uint16_t kUnacceptableData = 1003;

ClientTarget makeTarget(const ws::WebSocketUrl& url, const ClientOptions& options) {
  ClientTarget target;
  target.url = url;
  target.request.host = url.hostHeader();
  target.request.target = url.target;
  target.request.headers = options.headers;
  target.request.protocols = options.protocols;
  target.timeout = options.connectTimeout;
  if (url.secure) {
    std::string error;
    target.tls = clientTlsContext(error);
    if (!target.tls) throw Error("4D.WebSocket.new(): wss:// is not available: " + error, error_code::ConnectionFailed);
  }
  return target;
}

}  // namespace

WebSocketClient::WebSocketClient(Env env, uint64_t id, std::string url, fd_value handler, ClientOptions options)
    : id_(id), url_(std::move(url)), options_(std::move(options)), worker_(env) {
  if (!env.isNullish(handler)) handler_ = Ref(env, handler);
}

fd_value WebSocketClient::create(Env env, fd_value url, fd_value handler) {
  if (env.type(url) != FD_TEXT)
    throw Error("4D.WebSocket.new(): the first parameter must be the URL, a Text", error_code::BadArgument);
  std::string error;
  std::optional<ws::WebSocketUrl> parsed = ws::parseWebSocketUrl(env.textOf(url), error);
  if (!parsed) throw Error("4D.WebSocket.new(): " + error, error_code::BadArgument);
  if (!env.isNullish(handler) && env.type(handler) != FD_OBJECT)
    throw Error("4D.WebSocket.new(): the connectionHandler must be an Object", error_code::BadArgument);
  ClientOptions options = readClientOptions(env, handler);
  ClientTarget target = makeTarget(*parsed, options);

  PluginState& state = PluginState::instance();
  auto client = std::make_shared<WebSocketClient>(env, state.nextConnectionId(), std::string(env.textOf(url)),
                                                  handler, std::move(options));
  client->events_ = std::make_shared<EventQueue>([weak = std::weak_ptr<WebSocketClient>(client)] {
    if (auto self = weak.lock())
      if (!self->postToWorker([self](Env env) { self->drain(env); })) self->abandon();
  });
  client->net_ = std::make_shared<Connection>(client->id_, client->options_.limits, client->events_, std::nullopt,
                                              ws::Sender::Server);
  client->connector_ = std::make_shared<ClientConnector>(std::move(target), client->net_, client->events_,
                                                         state.ioThreads().next(), state.resolver());
  fd_value object = env.wrapShared(state.classes.webSocket, client);
  client->object_ = Ref(env, object);
  state.addClient(client);
  client->connector_->start();
  // A client that hears nothing would otherwise learn of KILL WORKER only at an event that may never come. Its
  // I/O thread does the abandoning, as on a failed post: the host calls this with its worker locks held.
  std::lock_guard lock(client->workerMutex_);
  client->worker_.onEnd([weak = std::weak_ptr<WebSocketClient>(client)] {
    if (auto self = weak.lock()) self->connector_->onLoop([self] { self->abandon(); });
  });
  return object;
}

void WebSocketClient::send(Env env, fd_value message) {
  sendMessage(env, net_.get(), status_, message, "WebSocket", "server");
}

void WebSocketClient::terminate(uint16_t code, std::string_view reason) {
  switch (status_) {
    case ConnectionStatus::Connecting: connector_->cancel(code, std::string(reason)); break;
    case ConnectionStatus::Connected: net_->close(code, reason); break;
    case ConnectionStatus::Closing:
    case ConnectionStatus::Closed: return;
  }
  status_ = ConnectionStatus::Closing;
}

void WebSocketClient::goAway() {
  auto self = shared_from_this();
  postToWorker([self](Env) { self->terminate(ws::close_code::GoingAway, "going away"); });
}

void WebSocketClient::abandon() {
  // Nobody drains the queue any more: taking the events here lets the next push call this again.
  bool closed = false;
  for (const NetEvent& event : events_->takeAll()) closed = closed || event.kind == NetEvent::Kind::Closed;
  // Posted to the I/O thread: this runs inside a push, which the connection may make under its own lock.
  if (!abandoned_.exchange(true)) connector_->cancel(ws::close_code::GoingAway, "going away");
  if (!closed) return;
  // Only now: the host may exit once the worker handle goes, and the I/O thread must be done with the close
  // (its frame's mask comes from OpenSSL, which exit() cleans up).
  letGo();
}

void WebSocketClient::drain(Env env) {
  auto keep = shared_from_this();
  // What the callbacks send while a batch is dispatched leaves in one write when it ends.
  SendBatch batch;
  for (NetEvent& event : events_->takeAll()) dispatch(env, event);
}

void WebSocketClient::dispatch(Env env, NetEvent& event) {
  if (status_ == ConnectionStatus::Closed) return;  // nothing after onTerminate
  switch (event.kind) {
    case NetEvent::Kind::Open:
      protocol_ = connector_->protocol();
      // terminate() before the open: the connector closes the connection; onTerminate follows alone.
      if (status_ != ConnectionStatus::Connecting) return;
      status_ = ConnectionStatus::Connected;
      opened_ = true;
      call(env, "onOpen", makeEvent(env, "open"));
      return;
    case NetEvent::Kind::Message:
      if (opened_ && !failed_) deliverMessage(env, event);
      net_->consumed(event.payload);
      return;
    case NetEvent::Kind::Error: {
      const int errCode = event.code == 0 ? error_code::ConnectionFailed : error_code::ProtocolError;
      fail(env, makeErrors(env, errCode, event.payload), event.code);
      return;
    }
    case NetEvent::Kind::Closed: deliverClosed(env, event); return;
  }
}

void WebSocketClient::deliverMessage(Env env, NetEvent& event) {
  fd_value data = messageData(env, options_.dataType, event.binary, event.payload);
  if (!data) {
    fail(env, makeInvalidJsonErrors(env), kUnacceptableData);
    return;
  }
  call(env, "onMessage", makeMessageEvent(env, data));
}

void WebSocketClient::deliverClosed(Env env, const NetEvent& event) {
  // A connection that ended without a close handshake that this client did not start failed (a reset, a server
  // gone without its close frame), as browsers report it: an error, then the close.
  if (event.code == ws::close_code::Abnormal && status_ == ConnectionStatus::Connected)
    fail(env, makeErrors(env, error_code::ConnectionFailed, "the connection closed abnormally (1006)"), 0);
  status_ = ConnectionStatus::Closed;
  call(env, "onTerminate", makeTerminateEvent(env, event.code, event.payload));
  // A handler that keeps its client (This.ws:=$ws) and the client's object that keeps this native are cycles
  // that only letting go breaks; 4D code that keeps the client then reads a Null handler.
  letGo();
}

void WebSocketClient::letGo() {
  handler_.reset();
  object_.reset();
  std::lock_guard lock(workerMutex_);
  worker_.reset();
}

void WebSocketClient::call(Env env, const char* name, fd_value event) {
  if (!handler_) return;
  try {
    env.call(handler_.get(env), name, {object_.get(env), event});
  } catch (const Raised&) {
    if (status_ != ConnectionStatus::Closed)
      fail(env, env.lastErrors(), status_ == ConnectionStatus::Connecting ? 0 : kHandlerFailed);
  }
}

void WebSocketClient::fail(Env env, fd_value errors, uint16_t closeCode) {
  if (closeCode != 0 && net_) net_->close(closeCode, "");
  if (status_ == ConnectionStatus::Connected) status_ = ConnectionStatus::Closing;
  if (failed_) return;
  failed_ = true;
  if (handler_) callOnError(env, handler_.get(env), object_.get(env), errors);
}

}  // namespace wsplugin
