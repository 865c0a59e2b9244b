#pragma once
// One run of the web server, from start() to stop(): what its HTTP connections need, shared with them, since a
// connection may still be ending when the next run starts.

#include <atomic>
#include <chrono>
#include <filesystem>

#include "web/tls_context.h"
#include "web/web_settings.h"

namespace wsplugin {

class WebServer;

struct WebRun {
  WebRun(WebServer& server, WebSettings settings, TlsContext tls)
      : server(server), settings(std::move(settings)), tls(std::move(tls)) {}

  WebServer& server;  // outlives every run: its I/O threads, where the connections live, go with it
  const WebSettings settings;
  const TlsContext tls;  // with HTTPS
  std::atomic<bool> stopped{false};
};

}  // namespace wsplugin
