#pragma once
// The options object of 4D.WebSocketServer.new(): path and dataType from 4D, plus this plugin's limits.

#include <fourd/plugin.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "api/data_type.h"
#include "net/connection.h"
#include "protocol/permessage_deflate.h"

namespace wsplugin {

struct ServerOptions {
  std::string path;  // empty: every upgrade not claimed by a server with that exact path
  DataType dataType = DataType::Text;
  ConnectionLimits limits;
  size_t maxConnections = 0;  // 0: unlimited; beyond, upgrades get 503
  std::chrono::seconds handshakeTimeout{10};  // how long an upgrade waits for onConnection's answer (then 503)
  std::vector<std::string> protocols;  // subprotocols accepted, in preference order
  std::optional<ws::DeflateOptions> deflate;  // permessage-deflate allowed (perMessageDeflate); off by default
};

// Throws fourd::plugin::Error naming the bad option.
ServerOptions readServerOptions(fourd::plugin::Env env, fd_value options);

}  // namespace wsplugin
