#include "web/http_answer.h"

#include <sstream>

namespace wsplugin {

HttpAnswer emptyAnswer(int status, const std::string& reason) {
  auto code = static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status);
  HttpAnswer answer;
  answer.head.setVersion(Poco::Net::HTTPMessage::HTTP_1_1);
  answer.head.setStatusAndReason(code, reason.empty() ? Poco::Net::HTTPResponse::getReasonForStatus(code) : reason);
  answer.head.setContentLength(0);
  return answer;
}

HttpAnswer statusAnswer(Poco::Net::HTTPResponse::HTTPStatus status, const std::string& reason) {
  HttpAnswer answer = emptyAnswer(status, reason);
  answer.body = answer.head.getReason() + "\n";
  answer.head.setContentType("text/plain; charset=utf-8");
  answer.head.setContentLength(static_cast<std::streamsize>(answer.body.size()));
  return answer;
}

std::string headBytes(const Poco::Net::HTTPResponse& head) {
  std::ostringstream out;
  head.write(out);
  return std::move(out).str();
}

}  // namespace wsplugin
