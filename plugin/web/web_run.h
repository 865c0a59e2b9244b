#pragma once
// One run of the web server, from start() to stop(): what its HTTP connections need, shared with them, since a
// connection may still be ending when the next run starts.

#include <atomic>
#include <chrono>
#include <filesystem>

namespace wsplugin {

class WebServer;

struct WebRun {
  WebRun(WebServer& server, std::filesystem::path root) : server(server), root(std::move(root)) {}

  WebServer& server;  // outlives every run: its I/O threads, where the connections live, go with it
  const std::filesystem::path root;
  std::atomic<bool> stopped{false};
};

}  // namespace wsplugin
