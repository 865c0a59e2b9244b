#include "web/static_files.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/DateTimeFormat.h>
#include <Poco/Timestamp.h>
#include <Poco/URI.h>

#include <chrono>

#include "web/mime_types.h"
#include "web/static_path.h"

namespace wsplugin {

namespace {

// The path part of a request target, still percent-encoded.
std::string_view rawPathOf(std::string_view target) {
  return target.substr(0, target.find_first_of("?#"));
}

Poco::Timestamp modificationTime(const std::filesystem::path& file) {
  auto written = std::filesystem::last_write_time(file);
  auto system = std::chrono::file_clock::to_sys(written);
  return Poco::Timestamp(std::chrono::duration_cast<std::chrono::microseconds>(system.time_since_epoch()).count());
}

}  // namespace

HttpAnswer answerStaticRequest(const WebSettings& settings, const Poco::Net::HTTPRequest& request) {
  using Poco::Net::HTTPRequest;
  using Poco::Net::HTTPResponse;
  const std::string& method = request.getMethod();
  if (method != HTTPRequest::HTTP_GET && method != HTTPRequest::HTTP_HEAD) {
    HttpAnswer answer = statusAnswer(HTTPResponse::HTTP_METHOD_NOT_ALLOWED);
    answer.head.set("Allow", "GET, HEAD");
    return answer;
  }
  std::string_view target = request.getURI();
  if (target.empty() || target.front() != '/') return statusAnswer(HTTPResponse::HTTP_BAD_REQUEST);
  std::string path(rawPathOf(target));
  if (path == "/") {
    if (settings.defaultHomepage.empty()) return statusAnswer(HTTPResponse::HTTP_NOT_FOUND);
    path = "/";
    Poco::URI::encode(settings.defaultHomepage, "?#", path);
  }
  auto file = resolveStaticPath(settings.root, path);
  std::error_code error;
  auto size = file ? std::filesystem::file_size(*file, error) : 0;
  HttpAnswer answer;
  if (file && !error) answer.file.open(*file, std::ios::binary);
  if (!answer.file.is_open()) return statusAnswer(HTTPResponse::HTTP_NOT_FOUND);
  answer.head.setVersion(request.getVersion());
  answer.head.setContentType(contentTypeFor(file->filename().string()));
  answer.head.setContentLength64(static_cast<Poco::Int64>(size));
  answer.head.set("Last-Modified", Poco::DateTimeFormatter::format(modificationTime(*file),
                                                                   Poco::DateTimeFormat::HTTP_FORMAT));
  answer.headOnly = method == HTTPRequest::HTTP_HEAD;
  return answer;
}

}  // namespace wsplugin
