#pragma once

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>

namespace wsplugin {

// What RFC 9112 rejects and Poco lets through: a version other than HTTP/1.0 or HTTP/1.1 (Poco would answer
// in whatever version the client wrote), more than one Host field, or none in HTTP/1.1 (§3.2).
bool isMalformedRequest(const Poco::Net::HTTPServerRequest& request);

// Answers 400 in HTTP/1.1 and closes the connection: what follows a malformed request cannot be trusted.
class MalformedRequestHandler : public Poco::Net::HTTPRequestHandler {
 public:
  void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
};

}  // namespace wsplugin
