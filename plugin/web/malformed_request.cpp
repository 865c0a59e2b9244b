#include "web/malformed_request.h"

#include <Poco/String.h>

namespace wsplugin {

bool isMalformedRequest(const Poco::Net::HTTPRequest& request) {
  using Poco::Net::HTTPMessage;
  const std::string& version = request.getVersion();
  if (version != HTTPMessage::HTTP_1_0 && version != HTTPMessage::HTTP_1_1) return true;
  size_t hosts = 0;
  for (const auto& [name, value] : request)
    if (Poco::icompare(name, "Host") == 0) ++hosts;
  return hosts > 1 || (hosts == 0 && version == HTTPMessage::HTTP_1_1);
}

}  // namespace wsplugin
