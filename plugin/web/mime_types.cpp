#include "web/mime_types.h"

#include <Poco/String.h>

#include <array>
#include <utility>

namespace wsplugin {

std::string contentTypeFor(std::string_view fileName) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 22> kTypes{{
      {"html", "text/html; charset=utf-8"},
      {"htm", "text/html; charset=utf-8"},
      {"css", "text/css; charset=utf-8"},
      {"js", "text/javascript; charset=utf-8"},
      {"mjs", "text/javascript; charset=utf-8"},
      {"json", "application/json"},
      {"map", "application/json"},
      {"txt", "text/plain; charset=utf-8"},
      {"xml", "application/xml"},
      {"svg", "image/svg+xml"},
      {"png", "image/png"},
      {"jpg", "image/jpeg"},
      {"jpeg", "image/jpeg"},
      {"gif", "image/gif"},
      {"webp", "image/webp"},
      {"ico", "image/x-icon"},
      {"wasm", "application/wasm"},
      {"woff", "font/woff"},
      {"woff2", "font/woff2"},
      {"pdf", "application/pdf"},
      {"mp3", "audio/mpeg"},
      {"mp4", "video/mp4"},
  }};
  size_t dot = fileName.rfind('.');
  size_t slash = fileName.find_last_of("/\\");
  if (dot != std::string_view::npos && (slash == std::string_view::npos || dot > slash)) {
    std::string extension = Poco::toLower(std::string(fileName.substr(dot + 1)));
    for (const auto& [known, type] : kTypes)
      if (known == extension) return std::string(type);
  }
  return "application/octet-stream";
}

}  // namespace wsplugin
