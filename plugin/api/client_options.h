#pragma once
// What a 4D.WebSocket client reads from its connectionHandler besides the callbacks: 4D's dataType and headers,
// and this plugin's own protocols, connectTimeout, maxMessageSize, maxOutgoingBuffer and maxIncomingBuffer.

#include <fourd/plugin.hpp>

#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "api/data_type.h"
#include "net/connection.h"

namespace wsplugin {

struct ClientOptions {
  DataType dataType = DataType::Text;
  std::vector<std::pair<std::string, std::string>> headers;  // a Collection value gives the name once per element
  std::vector<std::string> protocols;                        // offered, in preference order
  std::chrono::seconds connectTimeout{10};                   // until the 101, the name's resolution included
  ConnectionLimits limits;
};

// Throws fourd::plugin::Error naming the bad property (connectionHandler.headers.Host…).
ClientOptions readClientOptions(fourd::plugin::Env env, fd_value handler);

}  // namespace wsplugin
