#include "command_line.h"

#include <charconv>
#include <filesystem>
#include <optional>
#include <string_view>

namespace fourd::host {

std::string usageText() {
  return "usage: headless-host [--plugins DIR]... [--max-processes N] [--check | --list-commands] PATH\n"
         "  PATH           a project folder (holding Project/) or a single .4dm method file\n"
         "  --plugins DIR  look for plugin folders in DIR first (repeatable, searched in order), then in\n"
         "                 PATH's Plugins/ folder and the build's plugin folder\n"
         "  --max-processes N  at most N processes alive at once (workers and New process's; default " +
         std::to_string(RuntimeConfig::kDefaultMaxProcesses) +
         "):\n"
         "                 starting one more is 4D error -108\n"
         "  --check        load plugins and parse the project, report syntax errors, run nothing\n"
         "  --list-commands  load plugins and print every command they and the host offer, one a line\n"
         "                 (those the headless rule answers followed by a tab and \"headless rule\"), then\n"
         "                 every class of the 4D namespace and of the language, followed by a tab and \"class\"\n"
         "  --help         show this text\n";
}

namespace {

// The value of an option given as `--name VALUE` or `--name=VALUE`; nullopt when `arg` is another option.
std::optional<std::string> optionValue(std::string_view name, int argc, const char* const* argv, int& i) {
  std::string_view arg = argv[i];
  if (arg == name) {
    if (i + 1 >= argc) throw UsageError(std::string(name) + " needs a value");
    return std::string(argv[++i]);
  }
  if (arg.starts_with(name) && arg.size() > name.size() && arg[name.size()] == '=')
    return std::string(arg.substr(name.size() + 1));
  return std::nullopt;
}

size_t positiveCount(std::string_view option, const std::string& text) {
  size_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value == 0)
    throw UsageError(std::string(option) + ": " + text + " is not a positive whole number");
  return value;
}

}  // namespace

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
    } else if (auto dir = optionValue("--plugins", argc, argv, i)) {
      if (!fs::is_directory(*dir)) throw UsageError("--plugins: " + *dir + " is not a directory");
      options.pluginDirs.push_back(*dir);
    } else if (auto count = optionValue("--max-processes", argc, argv, i)) {
      options.maxProcesses = positiveCount("--max-processes", *count);
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
