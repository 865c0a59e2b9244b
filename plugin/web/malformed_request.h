#pragma once

#include <Poco/Net/HTTPRequest.h>

namespace wsplugin {

// What RFC 9112 rejects and Poco's parser lets through: a version other than HTTP/1.0 or HTTP/1.1, more than one
// Host field, or none in HTTP/1.1 (§3.2). Answered 400, and the connection closed: what follows a malformed
// request cannot be trusted.
bool isMalformedRequest(const Poco::Net::HTTPRequest& request);

}  // namespace wsplugin
