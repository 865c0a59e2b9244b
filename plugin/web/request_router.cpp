#include "web/request_router.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/String.h>

#include "web/malformed_request.h"
#include "web/static_file_handler.h"
#include "web/upgrade_handler.h"

namespace wsplugin {

Poco::Net::HTTPRequestHandler* RequestRouter::createRequestHandler(const Poco::Net::HTTPServerRequest& request) {
  if (isMalformedRequest(request)) return new MalformedRequestHandler;
  if (Poco::icompare(request.get("Upgrade", ""), "websocket") == 0) return new UpgradeHandler(web_);
  return new StaticFileHandler(root_);
}

}  // namespace wsplugin
