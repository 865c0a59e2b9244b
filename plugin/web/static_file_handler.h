#pragma once

#include <Poco/Net/HTTPRequestHandler.h>

#include <filesystem>

namespace wsplugin {

// GET and HEAD of the root folder's files; 404 when missing or outside the root, 405 for other methods.
class StaticFileHandler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit StaticFileHandler(std::filesystem::path root) : root_(std::move(root)) {}
  void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;

 private:
  std::filesystem::path root_;
};

}  // namespace wsplugin
