#include "protocol/header_tokens.h"

#include <Poco/Net/NameValueCollection.h>
#include <Poco/String.h>
#include <Poco/StringTokenizer.h>

namespace ws {

std::vector<std::string> headerValues(const Poco::Net::NameValueCollection& head, const std::string& name) {
  std::vector<std::string> values;
  for (const auto& [key, value] : head) {
    if (Poco::icompare(key, name) == 0) values.push_back(value);
  }
  return values;
}

std::vector<std::string> headerTokens(const Poco::Net::NameValueCollection& head, const std::string& name) {
  std::vector<std::string> tokens;
  for (const std::string& value : headerValues(head, name)) {
    Poco::StringTokenizer list(value, ",", Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    tokens.insert(tokens.end(), list.begin(), list.end());
  }
  return tokens;
}

bool hasTokenIgnoringCase(const std::vector<std::string>& tokens, const std::string& wanted) {
  for (const std::string& token : tokens) {
    if (Poco::icompare(token, wanted) == 0) return true;
  }
  return false;
}

}  // namespace ws
