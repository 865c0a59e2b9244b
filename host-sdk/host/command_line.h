// The headless host's command line:
// headless-host [--plugins DIR]... [--max-processes N] [--check | --list-commands] PATH
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

#include "interp/runtime.h"

namespace fourd::host {

struct HostOptions {
  std::vector<std::string> pluginDirs;  // searched first, in the order given
  std::string path;                     // project folder or single .4dm file
  size_t maxProcesses = RuntimeConfig::kDefaultMaxProcesses;  // --max-processes
  bool check = false;                   // parse everything, run nothing
  bool listCommands = false;            // print every command the host and its plugins offer, run nothing
  bool help = false;
};

// A command line that cannot be run; the message says why (exit code 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

HostOptions parseCommandLine(int argc, const char* const* argv);
std::string usageText();

}  // namespace fourd::host
