// A plugin's manifest.json: what the plugin promises to register. The loader holds the library to it.
//
// Format (UTF-8 JSON object; unknown keys are errors, so that a misspelt key cannot silently declare nothing):
//   {
//     "name": "WebSocket",              required, non-empty text: the plugin's name (first folder with a name wins)
//     "version": "1.0.0",               required, non-empty text
//     "description": "...",             optional text, for people
//     "abiVersion": 1,                  required integer: the FD_ABI_VERSION the plugin was built against
//     "entry": "fd_plugin_init",        required C identifier: the exported fd_plugin_init_fn
//     "library": {                      required: the library file, in the plugin's folder, per platform;
//       "linux": "libwebsocket_plugin.so",   the current platform's key is required, the others are optional;
//       "macos": "libwebsocket_plugin.dylib",  a plain file name (no folder part)
//       "windows": "websocket_plugin.dll" },
//     "classes": [                      optional: classes added to the 4D namespace (4D.<name>)
//       { "name": "WebSocketServer",    required identifier, unique
//         "static": ["new"],            optional identifiers: class functions (4D.WebSocketServer.new())
//         "methods": ["terminate"],     optional identifiers: instance functions
//         "properties": [               optional: instance properties
//           { "name": "connections", "readOnly": true } ] } ],   readOnly optional, false by default
//     "commands": ["WEB Server"]        optional: command names (words separated by single spaces), unique
//   }
// Within a class, instance member names (methods and properties) are unique, and so are static names.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace fourd {

struct ManifestProperty {
  std::string name;
  bool readOnly = false;
};

struct ManifestClass {
  std::string name;
  std::vector<std::string> statics;
  std::vector<std::string> methods;
  std::vector<ManifestProperty> properties;
};

struct Manifest {
  std::string name;
  std::string version;
  std::string description;
  int abiVersion = 0;
  std::string entry;
  std::string library;  // the file name for the platform the manifest was read for
  std::vector<ManifestClass> classes;
  std::vector<std::string> commands;

  const ManifestClass* findClass(std::string_view className) const;
};

class ManifestError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// "linux", "macos" or "windows": the key of "library" this host loads.
std::string_view currentPlatform();

// Parses and validates manifest text; throws ManifestError naming the first problem.
Manifest parseManifest(const std::string& json, std::string_view platform = currentPlatform());

// Reads and parses the file; throws ManifestError (also when the file cannot be read).
Manifest readManifest(const std::string& path);

}  // namespace fourd
