#pragma once
// The 4D objects the callbacks receive.

#include <fourd/plugin.hpp>

#include <cstdint>
#include <string_view>

#include "web/websocket_endpoint.h"

namespace wsplugin {

// Signature of the errors this plugin raises or reports, as componentSignature.
inline constexpr const char* kComponentSignature = "WebSocket";

// Error codes this plugin uses in 4D errors and in `errors` collections.
namespace error_code {
constexpr int WebServerNotRunning = 1, BadArgument = 2, NotConnected = 3, OutgoingBufferFull = 4, InvalidJson = 5,
              ProtocolError = 6, WebServerStart = 7, PathInUse = 8, ConnectionFailed = 9, HandlerFailed = 10;
}

// {type: type}
fd_value makeEvent(fourd::plugin::Env env, const char* type);
// [{errCode; message; componentSignature}]
fd_value makeErrors(fourd::plugin::Env env, int code, std::string_view message);
// {type: "error"; errors}
fd_value makeErrorEvent(fourd::plugin::Env env, fd_value errors);
// {type: "message"; data}
fd_value makeMessageEvent(fourd::plugin::Env env, fd_value data);
// {type: "terminate"; code; reason}
fd_value makeTerminateEvent(fourd::plugin::Env env, uint16_t code, std::string_view reason);
// The errors for a message that dataType "object" cannot take.
fd_value makeInvalidJsonErrors(fourd::plugin::Env env);
// {headers; query; url; remoteAddress; protocols}: header and parameter names that repeat give a Collection.
fd_value makeRequest(fourd::plugin::Env env, const UpgradeRequest& request);

}  // namespace wsplugin
