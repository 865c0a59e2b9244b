#include "web/upgrade_handler.h"

#include <Poco/String.h>
#include <Poco/URI.h>

#include "protocol/handshake.h"
#include "web/web_server.h"

namespace wsplugin {

namespace {

UpgradeRequest describe(const Poco::Net::HTTPRequest& request, const Poco::URI& uri, const std::string& remoteAddress,
                        std::vector<std::string> offeredProtocols) {
  UpgradeRequest described;
  for (const auto& [name, value] : request) {
    described.headers.emplace_back(Poco::toLower(name), value);
    if (Poco::icompare(name, "Sec-WebSocket-Extensions") == 0)
      described.extensionOffers += (described.extensionOffers.empty() ? "" : ", ") + value;
  }
  for (auto& [name, value] : uri.getQueryParameters()) described.query.emplace_back(name, value);
  described.url = request.getURI();
  described.remoteAddress = remoteAddress;
  described.offeredProtocols = std::move(offeredProtocols);
  return described;
}

}  // namespace

UpgradeAttempt prepareUpgrade(const Poco::Net::HTTPRequest& request, const std::string& remoteAddress,
                              const WebServer& web) {
  UpgradeAttempt attempt;
  ws::HandshakeResult handshake = ws::validateHandshake(request);
  if (handshake.status != 101) {
    attempt.refusal = emptyAnswer(handshake.status, handshake.reason);
    if (handshake.status == 426) attempt.refusal->head.set("Sec-WebSocket-Version", "13");
    return attempt;
  }
  Poco::URI uri;
  try {
    uri = Poco::URI(request.getURI());
  } catch (const Poco::Exception&) {
    attempt.refusal = emptyAnswer(400, "Invalid request target");
    return attempt;
  }
  attempt.endpoint = web.endpointFor(uri.getPath());
  if (!attempt.endpoint) {
    attempt.refusal = emptyAnswer(404, "No WebSocket server on this path");
    return attempt;
  }
  attempt.request = describe(request, uri, remoteAddress, std::move(handshake.offeredProtocols));
  attempt.acceptKey = std::move(handshake.acceptKey);
  return attempt;
}

std::string switchingProtocolsHead(const std::string& acceptKey, const std::string& protocol,
                                   const std::string& extensions) {
  Poco::Net::HTTPResponse response(Poco::Net::HTTPMessage::HTTP_1_1, Poco::Net::HTTPResponse::HTTP_SWITCHING_PROTOCOLS);
  response.set("Upgrade", "websocket");
  response.set("Connection", "Upgrade");
  response.set("Sec-WebSocket-Accept", acceptKey);
  if (!protocol.empty()) response.set("Sec-WebSocket-Protocol", protocol);
  if (!extensions.empty()) response.set("Sec-WebSocket-Extensions", extensions);
  return headBytes(response);
}

}  // namespace wsplugin
