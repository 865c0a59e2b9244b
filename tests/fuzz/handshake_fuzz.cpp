// Raw HTTP request bytes, parsed the way the server parses them (Poco's HTTPRequest::read), then validated.
// A request the validator accepts must carry exactly one well-formed key and get its accept key.

#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/String.h>

#include <cstdlib>
#include <sstream>

#include "protocol/handshake.h"

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  Poco::Net::HTTPRequest request;
  try {
    request.read(in);
  } catch (const Poco::Exception&) {
    return 0;  // not an HTTP request: the server answers 400 before any WebSocket check
  }
  const ws::HandshakeResult result = ws::validateHandshake(request);
  require(result.status == 101 || result.status == 400 || result.status == 426);
  if (result.status == 101) {
    const std::string key = Poco::trim(request.get("Sec-WebSocket-Key"));
    require(result.acceptKey == ws::computeAcceptKey(key));
    require(result.acceptKey.size() == 28);
    require(request.getMethod() == "GET");
  } else {
    require(!result.reason.empty() && result.acceptKey.empty());
  }
  return 0;
}
