#pragma once
// Readers for the plugin's own options, shared by a server's options object and a client's handler. Each throws
// fourd::plugin::Error naming `owner`.name.

#include <fourd/plugin.hpp>

#include <string>
#include <vector>

namespace wsplugin {

// A non-negative number, rounded down, or `fallback` when absent.
double readCount(fourd::plugin::Env env, fd_value object, const char* name, double fallback,
                 const std::string& owner);
// A Collection of Text, or none when absent.
std::vector<std::string> readTextList(fourd::plugin::Env env, fd_value object, const char* name,
                                      const std::string& owner);

}  // namespace wsplugin
