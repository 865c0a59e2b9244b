#include "web/static_file_handler.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "web/mime_types.h"
#include "web/static_path.h"

namespace wsplugin {

namespace {

void answer(Poco::Net::HTTPServerResponse& response, Poco::Net::HTTPResponse::HTTPStatus status) {
  response.setStatusAndReason(status);
  std::string body = response.getReason() + "\n";
  response.setContentType("text/plain; charset=utf-8");
  response.setContentLength(static_cast<std::streamsize>(body.size()));
  response.send() << body;
}

// The path part of a request target, still percent-encoded.
std::string_view rawPathOf(std::string_view target) {
  return target.substr(0, target.find_first_of("?#"));
}

}  // namespace

void StaticFileHandler::handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) {
  using Poco::Net::HTTPRequest;
  using Poco::Net::HTTPResponse;
  // No answer here reads a request body: closing afterwards keeps the keep-alive session from parsing the
  // unread body as the next request.
  if (request.getChunkedTransferEncoding() || request.getContentLength() > 0) response.setKeepAlive(false);
  const std::string& method = request.getMethod();
  if (method != HTTPRequest::HTTP_GET && method != HTTPRequest::HTTP_HEAD) {
    response.set("Allow", "GET, HEAD");
    answer(response, HTTPResponse::HTTP_METHOD_NOT_ALLOWED);
    return;
  }
  std::string_view target = request.getURI();
  if (target.empty() || target.front() != '/') {
    answer(response, HTTPResponse::HTTP_BAD_REQUEST);
    return;
  }
  auto file = resolveStaticPath(root_, rawPathOf(target));
  if (!file) {
    answer(response, HTTPResponse::HTTP_NOT_FOUND);
    return;
  }
  // sendFile sends only the headers for HEAD.
  response.sendFile(file->string(), contentTypeFor(file->filename().string()));
}

}  // namespace wsplugin
