// The loader bound to a Runtime: kept apart so that the loader itself does not depend on the interpreter.
#include <iostream>

#include "interp/runtime.h"
#include "plugins/plugin_loader.h"

namespace fourd {

void loadPlugins(const std::vector<std::string>& searchDirs, Runtime& runtime) {
  loadPluginFolders(
      searchDirs, [&runtime](std::function<void()> hook) { runtime.addShutdownHook(std::move(hook)); }, std::cerr);
}

}  // namespace fourd
