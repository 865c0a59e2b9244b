#include "command_line.h"

#include <filesystem>
#include <string_view>

namespace fourd::host {

const char* usageText() {
  return "usage: headless-host [--plugins DIR]... [--check | --list-commands] PATH\n"
         "  PATH           a project folder (holding Project/) or a single .4dm method file\n"
         "  --plugins DIR  look for plugin folders in DIR first (repeatable, searched in order), then in\n"
         "                 PATH's Plugins/ folder and the build's plugin folder\n"
         "  --check        load plugins and parse the project, report syntax errors, run nothing\n"
         "  --list-commands  load plugins and print every command they and the host offer, one a line\n"
         "                 (those the headless rule answers followed by a tab and \"headless rule\"), then\n"
         "                 every class of the 4D namespace and of the language, followed by a tab and \"class\"\n"
         "  --help         show this text\n";
}

HostOptions parseCommandLine(int argc, const char* const* argv) {
  namespace fs = std::filesystem;
  HostOptions options;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      options.help = true;
    } else if (arg == "--check") {
      options.check = true;
    } else if (arg == "--list-commands") {
      options.listCommands = true;
    } else if (arg == "--plugins" || arg.starts_with("--plugins=")) {
      std::string dir;
      if (arg == "--plugins") {
        if (i + 1 >= argc) throw UsageError("--plugins needs a directory");
        dir = argv[++i];
      } else {
        dir = std::string(arg.substr(std::string_view("--plugins=").size()));
      }
      if (!fs::is_directory(dir)) throw UsageError("--plugins: " + dir + " is not a directory");
      options.pluginDirs.push_back(dir);
    } else if (arg.starts_with("-") && arg != "-") {
      throw UsageError("unknown option " + std::string(arg));
    } else if (!options.path.empty()) {
      throw UsageError("only one PATH may be given (got " + options.path + " and " + std::string(arg) + ")");
    } else {
      options.path = arg;
    }
  }
  if (options.help) return options;
  if (options.path.empty()) throw UsageError("PATH is missing");
  if (!fs::exists(options.path)) throw UsageError(options.path + " does not exist");
  return options;
}

}  // namespace fourd::host
