#pragma once
// Readers for the plugin's own options, shared by a server's options object and a client's handler. Each throws
// fourd::plugin::Error naming `owner`.name.

#include <fourd/plugin.hpp>

#include <string>
#include <vector>

#include "net/connection.h"

namespace wsplugin {

// A non-negative number, rounded down, or `fallback` when absent.
double readCount(fourd::plugin::Env env, fd_value object, const char* name, double fallback,
                 const std::string& owner);
// A Collection of Text, or none when absent.
std::vector<std::string> readTextList(fourd::plugin::Env env, fd_value object, const char* name,
                                      const std::string& owner);

// maxMessageSize, maxOutgoingBuffer and maxIncomingBuffer into `limits`; 0 or absent keeps the default (a
// connection that takes or sends nothing is no use).
void readSizeLimits(fourd::plugin::Env env, fd_value object, const std::string& owner, ConnectionLimits& limits);

}  // namespace wsplugin
