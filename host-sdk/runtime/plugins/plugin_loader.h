// Finds plugin folders, loads their libraries and registers what they add, holding each to its manifest.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace fourd {

class Runtime;

// Loads each plugin folder (manifest.json + library) found in `searchDirs` (first match of a plugin name
// wins). Problems print one line to stderr naming plugin and problem; that plugin is skipped.
void loadPlugins(const std::vector<std::string>& searchDirs, Runtime& runtime);

// The same without a Runtime: shutdown hooks go to `addShutdownHook`, problem lines to `problems`.
// A plugin folder is a direct subfolder of a search dir holding manifest.json; missing search dirs are
// skipped. Each folder is visited once per process, and a name is taken by the first folder that declares
// it, even when that plugin fails to load (a broken plugin is reported, not silently replaced by a copy).
// Returns the names of the plugins loaded by this call.
std::vector<std::string> loadPluginFolders(const std::vector<std::string>& searchDirs,
                                           const std::function<void(std::function<void()>)>& addShutdownHook,
                                           std::ostream& problems);

}  // namespace fourd
