#pragma once
// Reading WebSocket handshake headers the way RFC 7230 lists them, in a request or an answer alike.

#include <string>
#include <vector>

namespace Poco::Net {
class NameValueCollection;
}

namespace ws {

// Every value of a header that may be repeated (Poco keeps repeated names as separate entries).
std::vector<std::string> headerValues(const Poco::Net::NameValueCollection& head, const std::string& name);
// The comma-separated tokens of all the header's values, trimmed, empty ones dropped (RFC 7230 #rule).
std::vector<std::string> headerTokens(const Poco::Net::NameValueCollection& head, const std::string& name);
bool hasTokenIgnoringCase(const std::vector<std::string>& tokens, const std::string& wanted);

}  // namespace ws
