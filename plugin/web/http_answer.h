#pragma once
// An HTTP answer as the I/O thread writes it: the head, then a short body or a file's content, streamed.

#include <Poco/Net/HTTPResponse.h>

#include <fstream>
#include <string>

namespace wsplugin {

struct HttpAnswer {
  Poco::Net::HTTPResponse head;
  std::string body;
  std::ifstream file;     // sent after `body`, to its end, with Content-Length set by whoever opened it
  bool headOnly = false;  // HEAD: Content-Length says what GET would send; nothing follows
};

// Answers are HTTP/1.1 unless set otherwise.
// A status with its reason as a short text body; `reason` empty: the standard one.
HttpAnswer statusAnswer(Poco::Net::HTTPResponse::HTTPStatus status, const std::string& reason = "");
// A status with no body at all (refused upgrades).
HttpAnswer emptyAnswer(int status, const std::string& reason = "");
// The head's bytes: status line, fields, the empty line.
std::string headBytes(const Poco::Net::HTTPResponse& head);

}  // namespace wsplugin
