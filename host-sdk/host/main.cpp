// headless-host: runs a 4D-like project (or one method file) with its plugins, without any user interface.
#include <iostream>
#include <utility>

#include "allocator.h"
#include "builtins/registry.h"
#include "command_line.h"
#include "interp/class_values.h"
#include "interp/runtime.h"
#include "lang/parser.h"
#include "plugin_search_path.h"
#include "plugins/plugin_loader.h"
#include "signal_waiter.h"

int main(int argc, char** argv) {
  using namespace fourd;
  host::tuneAllocator();
  host::HostOptions options;
  try {
    options = host::parseCommandLine(argc, argv);
  } catch (const host::UsageError& e) {
    std::cerr << "headless-host: " << e.what() << "\n" << host::usageText();
    return 2;
  }
  if (options.help) {
    std::cout << host::usageText();
    return 0;
  }

  host::SignalWaiter::blockSignals();
  RuntimeConfig config{options.path};
  config.maxProcesses = options.maxProcesses;
  Runtime runtime(std::move(config));
  host::SignalWaiter signals([&runtime] { runtime.requestQuit(); });
  loadPlugins(host::pluginSearchPath(options.pluginDirs, runtime.projectFolder()), runtime);
  if (options.listCommands) {
    for (const CommandDef* command : Registry::global().commands())
      std::cout << command->name << (command->headless ? "\theadless rule" : "") << '\n';
    for (const std::string& name : lang::languageCommandNames()) std::cout << name << '\n';
    for (const std::string& name : Registry::global().classNames()) std::cout << name << "\tclass\n";
    for (const std::string& name : languageClassNames()) std::cout << name << "\tclass\n";
    return 0;
  }
  if (!runtime.load()) return 1;
  if (options.check) return runtime.parsedCleanly() ? 0 : 1;

  bool ok = runtime.runStartup();
  runtime.waitForExit();
  return ok ? 0 : 1;
}
