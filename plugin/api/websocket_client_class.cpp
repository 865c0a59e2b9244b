// 4D.WebSocket, the client: static new(), send(), terminate(), and its read-only properties, as 4D documents
// them (developer.4d.com, API/WebSocketClass), plus `protocol`, this plugin's own.
#include <iterator>

#include "api/event_objects.h"
#include "api/plugin_classes.h"
#include "api/plugin_state.h"
#include "api/websocket_client.h"
#include "protocol/close_codes.h"

namespace wsplugin {

using fourd::plugin::Call;
using fourd::plugin::Env;
using fourd::plugin::Error;

namespace {

std::shared_ptr<WebSocketClient> clientOf(const Call& call) {
  auto client = call.env.unwrapShared<WebSocketClient>(call.self, PluginState::instance().classes.webSocket);
  if (!client) throw Error("this is not a 4D.WebSocket", error_code::BadArgument);
  return client;
}

fd_value create(const Call& call) { return WebSocketClient::create(call.env, call.arg(0), call.arg(1)); }

fd_value send(const Call& call) {
  clientOf(call)->send(call.env, call.arg(0));
  return nullptr;
}

// terminate({code {; reason}}): 4D takes 1000 or a code from 3000 to 4999, and 1000 when none is given.
fd_value terminate(const Call& call) {
  const Env& env = call.env;
  int code = ws::close_code::Normal;
  if (!env.isNullish(call.arg(0))) {
    const double given = env.numberOf(call.arg(0), "code");
    if (given != ws::close_code::Normal && !(given >= 3000 && given <= 4999))
      throw Error("WebSocket.terminate(): the code must be 1000 or from 3000 to 4999", error_code::BadArgument);
    code = static_cast<int>(given);
  }
  std::string_view reason = env.isNullish(call.arg(1)) ? std::string_view() : env.textOf(call.arg(1), "reason");
  clientOf(call)->terminate(static_cast<uint16_t>(code), reason);
  return nullptr;
}

fd_value dataType(const Call& call) { return call.env.text(dataTypeName(clientOf(call)->dataType())); }
fd_value handler(const Call& call) { return clientOf(call)->handler(call.env); }
fd_value id(const Call& call) { return call.env.number(static_cast<double>(clientOf(call)->id())); }
fd_value status(const Call& call) { return call.env.text(statusName(clientOf(call)->status())); }
fd_value url(const Call& call) { return call.env.text(clientOf(call)->url()); }
fd_value protocol(const Call& call) { return call.env.text(clientOf(call)->protocol()); }

}  // namespace

fd_status defineWebSocket(const fd_host_api& api, fd_registrar reg) {
  using namespace fourd::plugin;
  static const fd_member members[] = {
      staticMethod<create>("new"),     method<send>("send"),       method<terminate>("terminate"),
      readOnly<dataType>("dataType"),  readOnly<handler>("handler"), readOnly<id>("id"),
      readOnly<status>("status"),      readOnly<url>("url"),         readOnly<protocol>("protocol"),
  };
  return api.define_class(reg, "WebSocket", members, std::size(members), &PluginState::instance().classes.webSocket);
}

}  // namespace wsplugin
