// Where the headless host looks for plugin folders, in order.
#pragma once

#include <string>
#include <vector>

namespace fourd::host {

// Each --plugins dir, the project's Plugins/ folder, the build's plugin folder (FOURD_BUILD_PLUGIN_DIR) and
// <executable's folder>/../plugins; folders that do not exist and repeats of the same folder are left out.
std::vector<std::string> pluginSearchPath(const std::vector<std::string>& pluginDirs,
                                          const std::string& projectFolder);

}  // namespace fourd::host
