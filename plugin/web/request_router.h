#pragma once

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include <filesystem>

namespace wsplugin {

class WebServer;

// Malformed requests are answered 400; upgrade requests (Upgrade: websocket) go to the WebSocket servers,
// everything else to the static files.
class RequestRouter : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  RequestRouter(WebServer& web, std::filesystem::path root) : web_(web), root_(std::move(root)) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

 private:
  WebServer& web_;
  std::filesystem::path root_;
};

}  // namespace wsplugin
