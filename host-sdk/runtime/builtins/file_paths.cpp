#include "builtins/file_paths.h"

namespace fourd {

namespace {

std::string joined(const std::vector<std::string>& segments) {
  std::string out;
  for (const std::string& s : segments) out += "/" + s;
  return out;
}

// Adds the segments of a POSIX text to `segments`; false when ".." climbs above the root they are under.
bool appendSegments(std::vector<std::string>& segments, std::string_view text) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('/', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view part = text.substr(start, end - start);
    if (part == "..") {
      if (segments.empty()) return false;
      segments.pop_back();
    } else if (!part.empty() && part != ".") {
      segments.emplace_back(part);
    }
    start = end + 1;
  }
  return true;
}

}  // namespace

std::string FsPath::posix() const {
  std::string out = system.empty() ? joined(segments) : "/" + system + joined(segments);
  if (out.empty()) return "/";
  return folder ? out + "/" : out;
}

std::string FsPath::real() const {
  std::string out = systemRoot + joined(segments);
  if (out.empty()) return "/";
  return folder ? out + "/" : out;
}

std::string FsPath::entry() const {
  std::string out = systemRoot + joined(segments);
  return out.empty() ? "/" : out;
}

std::string FsPath::fullName() const {
  if (!segments.empty()) return segments.back();
  return systemRoot.substr(systemRoot.rfind('/') + 1);  // a filesystem is named after its folder; "/" has no name
}

std::optional<std::string> filesystemRoot(const std::string& projectFolder, std::string_view name) {
  std::string root = projectFolder;
  while (root.size() > 1 && root.back() == '/') root.pop_back();
  if (name == "PACKAGE") return root;
  if (name == "PROJECT") return root + "/Project";
  if (name == "SOURCES") return root + "/Project/Sources";
  if (name == "RESOURCES") return root + "/Resources";
  if (name == "DATA") return root + "/Data";
  if (name == "LOGS") return root + "/Data/Logs";
  return std::nullopt;
}

std::optional<FsPath> parseAbsolutePath(const std::string& projectFolder, std::string_view text, bool folder,
                                        bool platform) {
  if (text.empty() || text.front() != '/') return std::nullopt;
  FsPath path;
  path.folder = folder;
  std::string_view rest = text.substr(1);
  if (!platform) {
    std::string_view first = rest.substr(0, rest.find('/'));
    if (std::optional<std::string> root = filesystemRoot(projectFolder, first)) {
      path.system = std::string(first);
      path.systemRoot = *root;
      rest = rest.substr(first.size());
    }
  }
  if (!appendSegments(path.segments, rest)) return std::nullopt;
  return path;
}

FsPath pathOfRealFile(const std::string& real, bool folder) {
  FsPath path;
  path.folder = folder;
  appendSegments(path.segments, real);
  return path;
}

std::optional<FsPath> childPath(const FsPath& base, std::string_view relative, bool folder) {
  if (!relative.empty() && relative.front() == '/') return std::nullopt;
  FsPath path = base;
  path.folder = folder;
  if (!appendSegments(path.segments, relative)) return std::nullopt;  // ".." stops at the filesystem's root
  return path;
}

std::optional<FsPath> parentPath(const FsPath& path) {
  if (path.segments.empty()) {
    if (path.system.empty()) return std::nullopt;
    FsPath root = pathOfRealFile(path.systemRoot, true);
    return parentPath(root);
  }
  FsPath parent = path;
  parent.folder = true;
  parent.segments.pop_back();
  return parent;
}

}  // namespace fourd
