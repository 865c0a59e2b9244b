#include "plugin_search_path.h"

#include <algorithm>
#include <filesystem>

namespace fourd::host {

namespace {

namespace fs = std::filesystem;

fs::path executableFolder() {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : self.parent_path();
}

}  // namespace

std::vector<std::string> pluginSearchPath(const std::vector<std::string>& pluginDirs,
                                          const std::string& projectFolder) {
  std::vector<fs::path> candidates(pluginDirs.begin(), pluginDirs.end());
  if (!projectFolder.empty()) candidates.push_back(fs::path(projectFolder) / "Plugins");
#ifdef FOURD_BUILD_PLUGIN_DIR
  candidates.push_back(FOURD_BUILD_PLUGIN_DIR);
#endif
  if (fs::path exeDir = executableFolder(); !exeDir.empty()) candidates.push_back(exeDir / ".." / "plugins");

  std::vector<std::string> dirs;
  std::vector<fs::path> seen;
  for (const fs::path& candidate : candidates) {
    std::error_code ec;
    if (!fs::is_directory(candidate, ec)) continue;
    fs::path canonical = fs::canonical(candidate, ec);
    if (ec || std::find(seen.begin(), seen.end(), canonical) != seen.end()) continue;
    seen.push_back(canonical);
    dirs.push_back(candidate.string());
  }
  return dirs;
}

}  // namespace fourd::host
