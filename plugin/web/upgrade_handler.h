#pragma once

#include <Poco/Net/HTTPRequestHandler.h>

namespace wsplugin {

class WebServer;

// A WebSocket upgrade: validates the handshake, finds the server by path, asks it (its worker's onConnection)
// and answers 101, or 400/403/404/426/503; after 101 the socket goes to an I/O thread and this HTTP thread is free.
class UpgradeHandler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit UpgradeHandler(WebServer& web) : web_(web) {}
  void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;

 private:
  WebServer& web_;
};

}  // namespace wsplugin
