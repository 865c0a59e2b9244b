#include "web/static_path.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <algorithm>

#include <string>

namespace wsplugin {

namespace {

bool isContainedIn(const std::filesystem::path& file, const std::filesystem::path& root) {
  std::error_code ec;
  auto realFile = std::filesystem::canonical(file, ec);
  if (ec) return false;
  auto realRoot = std::filesystem::canonical(root, ec);
  if (ec) return false;
  auto [rootEnd, fileIt] = std::mismatch(realRoot.begin(), realRoot.end(), realFile.begin(), realFile.end());
  return rootEnd == realRoot.end();
}

}  // namespace

std::optional<std::filesystem::path> resolveStaticPath(const std::filesystem::path& root, std::string_view rawPath) {
  std::filesystem::path file = root;
  size_t start = 0;
  while (start <= rawPath.size()) {
    size_t end = rawPath.find('/', start);
    if (end == std::string_view::npos) end = rawPath.size();
    std::string segment;
    try {
      Poco::URI::decode(std::string(rawPath.substr(start, end - start)), segment);
    } catch (const Poco::Exception&) {
      return std::nullopt;
    }
    if (segment == "..") return std::nullopt;
    if (segment.find_first_of(std::string("/\\\0", 3)) != std::string::npos) return std::nullopt;
    if (!segment.empty() && segment != ".") file /= segment;
    start = end + 1;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec))
    file /= "index.html";
  else if (rawPath.ends_with('/'))
    return std::nullopt;  // "/app.js/" names a folder that is not there
  if (!std::filesystem::is_regular_file(file, ec) || !isContainedIn(file, root)) return std::nullopt;
  return file;
}

}  // namespace wsplugin
