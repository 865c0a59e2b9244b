#include "plugins/plugin_loader.h"

#include <Poco/Exception.h>
#include <Poco/SharedLibrary.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <mutex>
#include <set>

#include "builtins/registry.h"
#include "plugins/host_api.h"
#include "plugins/manifest.h"
#include "plugins/registration.h"

namespace fourd {

namespace fs = std::filesystem;

namespace {

// A plugin that loaded. Immortal: its code may run until the process ends (finalizers of values destroyed at
// exit), and the registry points into its registration.
struct LoadedPlugin {
  Manifest manifest;
  Poco::SharedLibrary library;
  std::unique_ptr<Registration> registration;
};

struct Plugins {
  std::mutex mutex;
  std::set<std::string> claimedNames;
  std::set<fs::path> visitedFolders;
  std::vector<LoadedPlugin*> loaded;
};

Plugins& plugins() {
  static Plugins* all = new Plugins;
  return *all;
}

class LoadFailure : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

std::vector<fs::path> pluginFolders(const std::string& searchDir) {
  std::vector<fs::path> folders;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(searchDir, ec))
    if (entry.is_directory(ec) && fs::is_regular_file(entry.path() / "manifest.json", ec))
      folders.push_back(entry.path());
  std::sort(folders.begin(), folders.end());
  return folders;
}

// Loads the library and runs its entry point; throws LoadFailure. `plugin` keeps what was registered.
void loadLibrary(const fs::path& folder, LoadedPlugin& plugin) {
  const Manifest& m = plugin.manifest;
  if (m.abiVersion != FD_ABI_VERSION)
    throw LoadFailure("built for plugin ABI version " + std::to_string(m.abiVersion) + ", this host implements " +
                      std::to_string(FD_ABI_VERSION));
  const fs::path libraryPath = folder / m.library;
  if (!fs::exists(libraryPath)) throw LoadFailure("library " + m.library + " not found in the plugin folder");
  try {
    plugin.library.load(libraryPath.string());
  } catch (const Poco::Exception& e) {
    throw LoadFailure("cannot load library " + m.library + ": " + e.message());
  }
  if (!plugin.library.hasSymbol(m.entry))
    throw LoadFailure("entry point " + m.entry + " not found in library " + m.library);
  auto entry = reinterpret_cast<fd_plugin_init_fn>(plugin.library.getSymbol(m.entry));
  int rc = 0;
  try {
    rc = entry(&hostApi(), toHandle(plugin.registration.get()));
  } catch (...) {
    throw LoadFailure("entry point " + m.entry + " threw an exception");
  }
  std::string problem = plugin.registration->close(Registry::global());
  if (rc != 0) throw LoadFailure("entry point " + m.entry + " failed (returned " + std::to_string(rc) + ")");
  if (!problem.empty()) throw LoadFailure(problem);
}

// What was registered points into the library's code and data, so it goes before the library does.
void discard(std::unique_ptr<LoadedPlugin> plugin) {
  plugin->registration.reset();
  if (plugin->library.isLoaded()) plugin->library.unload();
}

}  // namespace

std::vector<std::string> loadPluginFolders(const std::vector<std::string>& searchDirs,
                                           const std::function<void(std::function<void()>)>& addShutdownHook,
                                           std::ostream& problems) {
  Plugins& all = plugins();
  std::lock_guard<std::mutex> lock(all.mutex);
  std::vector<std::string> loaded;
  for (const std::string& dir : searchDirs) {
    for (const fs::path& folder : pluginFolders(dir)) {
      std::error_code ec;
      if (!all.visitedFolders.insert(fs::weakly_canonical(folder, ec)).second) continue;
      auto plugin = std::make_unique<LoadedPlugin>();
      std::string name = folder.filename().string();
      try {
        plugin->manifest = readManifest((folder / "manifest.json").string());
        name = plugin->manifest.name;
        if (!all.claimedNames.insert(name).second) continue;
        plugin->registration = std::make_unique<Registration>(plugin->manifest, plugin->manifest.name);
        loadLibrary(folder, *plugin);
      } catch (const std::exception& e) {
        std::string why = e.what();
        std::replace(why.begin(), why.end(), '\n', ' ');  // one line per refused plugin
        problems << "plugin \"" << name << "\" not loaded (" << folder.string() << "): " << why << std::endl;
        discard(std::move(plugin));
        continue;
      }
      plugin->registration->commit(Registry::global(), addShutdownHook);
      loaded.push_back(name);
      all.loaded.push_back(plugin.release());
    }
  }
  return loaded;
}

}  // namespace fourd
