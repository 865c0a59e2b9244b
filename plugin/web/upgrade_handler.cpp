#include "web/upgrade_handler.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include "protocol/handshake.h"
#include "web/web_server.h"

namespace wsplugin {

namespace {

void refuse(Poco::Net::HTTPServerResponse& response, int status, const std::string& reason) {
  response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status),
                              reason.empty() ? Poco::Net::HTTPResponse::getReasonForStatus(
                                                   static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status))
                                             : reason);
  response.setContentLength(0);
  response.send();
}

UpgradeRequest describe(const Poco::Net::HTTPServerRequest& request, const Poco::URI& uri,
                        std::vector<std::string> offeredProtocols) {
  UpgradeRequest described;
  for (const auto& [name, value] : request) described.headers.emplace_back(Poco::toLower(name), value);
  for (auto& [name, value] : uri.getQueryParameters()) described.query.emplace_back(name, value);
  described.url = request.getURI();
  described.remoteAddress = request.clientAddress().host().toString();
  described.offeredProtocols = std::move(offeredProtocols);
  return described;
}

}  // namespace

void UpgradeHandler::handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) {
  ws::HandshakeResult handshake = ws::validateHandshake(request);
  if (handshake.status != 101) {
    if (handshake.status == 426) response.set("Sec-WebSocket-Version", "13");
    refuse(response, handshake.status, handshake.reason);
    return;
  }
  Poco::URI uri;
  try {
    uri = Poco::URI(request.getURI());
  } catch (const Poco::Exception&) {
    refuse(response, 400, "Invalid request target");
    return;
  }
  auto endpoint = web_.endpointFor(uri.getPath());
  if (!endpoint) {
    refuse(response, 404, "No WebSocket server on this path");
    return;
  }
  UpgradeDecision decision = endpoint->decide(describe(request, uri, std::move(handshake.offeredProtocols)));
  if (decision.status != 101) {
    refuse(response, decision.status, "");
    return;
  }
  try {
    response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_SWITCHING_PROTOCOLS);
    response.set("Upgrade", "websocket");
    response.set("Connection", "Upgrade");
    response.set("Sec-WebSocket-Accept", handshake.acceptKey);
    if (!decision.protocol.empty()) response.set("Sec-WebSocket-Protocol", decision.protocol);
    response.setContentLength(Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH);
    response.send().flush();
    auto& impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl&>(request);
    decision.connection->attach(impl.detachSocket());
    web_.ioThreads().add(decision.connection);
  } catch (const std::exception&) {
    decision.connection->abort();  // the server forgets a connection that never opened
  }
}

}  // namespace wsplugin
