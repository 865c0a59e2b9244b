#include "web/malformed_request.h"

#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/String.h>

namespace wsplugin {

bool isMalformedRequest(const Poco::Net::HTTPServerRequest& request) {
  using Poco::Net::HTTPMessage;
  const std::string& version = request.getVersion();
  if (version != HTTPMessage::HTTP_1_0 && version != HTTPMessage::HTTP_1_1) return true;
  size_t hosts = 0;
  for (const auto& [name, value] : request)
    if (Poco::icompare(name, "Host") == 0) ++hosts;
  return hosts > 1 || (hosts == 0 && version == HTTPMessage::HTTP_1_1);
}

void MalformedRequestHandler::handleRequest(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse& response) {
  response.setVersion(Poco::Net::HTTPMessage::HTTP_1_1);
  response.setKeepAlive(false);
  response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_BAD_REQUEST);
  response.setContentLength(0);
  response.send();
}

}  // namespace wsplugin
