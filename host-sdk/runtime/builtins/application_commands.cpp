// The application and environment commands, answered as 4D Server 20 R3 on Linux would answer them: the host
// is a server with no screen, so it is neither macOS nor Windows, and its folders are those of the project.
#include <string>

#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"
#include "interp/call_context.h"

namespace fourd {

namespace {

// Application type (commands-legacy/application-type).
constexpr int64_t k4DServer = 5;

// 4D 20 R3: the release that has every WebSocket class the host offers (the server came in R2, the client's
// handler options in R3). Short form: version, R number, revision; long form: "F" (final), then 3 digits of
// build that this host has none of.
constexpr const char* kShortVersion = "2030";
constexpr const char* kLongVersion = "F0002030";

// Get 4D folder selectors (commands-legacy/get-4d-folder).
enum FolderKind : int64_t {
  kActive4DFolder = 0,
  kLicensesFolder = 1,
  k4DClientDatabaseFolder = 3,
  kDatabaseFolder = 4,
  kDatabaseFolderUnixSyntax = 5,
  kCurrentResourcesFolder = 6,
  kLogsFolder = 7,
  kHtmlRootFolder = 8,
  kDataFolder = 9,
  kMobileAppsFolder = 10,
};

// Get database parameter selectors a server project reads (commands-legacy/get-database-parameter).
constexpr int64_t k4DServerTimeout = 13;
constexpr int64_t k4DRemoteModeTimeout = 14;
constexpr int64_t kPortID = 15;
constexpr double kDefaultWebPort = 8080;  // WEB START SERVER's default port (README, 4D.WebServer)

Value isMacOS(CallContext&, std::vector<Value>&, void*) { return Value::boolean(false); }
Value isWindows(CallContext&, std::vector<Value>&, void*) { return Value::boolean(false); }
Value applicationType(CallContext&, std::vector<Value>&, void*) { return Value::longint(k4DServer); }

// Application version {(buildNum {; *})}: `Application version(*)` alone asks for the long form too.
Value applicationVersion(CallContext&, std::vector<Value>& args, void*) {
  bool longForm = !args.empty() && isStarArgument(args.back());
  if (!args.empty() && !isStarArgument(args[0])) args[0] = Value::longint(0);
  return Value::text(longForm ? kLongVersion : kShortVersion);
}

// Every folder lies in the project (the folder holding Project/), with the layout of a 4D project: Data/ next
// to Project/, its Logs/ and MobileApps/ inside it, Resources/ and WebFolder/ beside it. A folder path ends with
// its separator, as 4D's do. Licenses and the client's local folder do not exist on this server: "".
std::string folderPath(const std::string& project, int64_t kind) {
  std::string root = project.empty() || project.back() == '/' ? project : project + "/";
  switch (kind) {
    case kActive4DFolder: return root + "Data/Preferences/";
    case kDatabaseFolder:
    case kDatabaseFolderUnixSyntax: return root;
    case kCurrentResourcesFolder: return root + "Resources/";
    case kLogsFolder: return root + "Data/Logs/";
    case kHtmlRootFolder: return root + "WebFolder/";
    case kDataFolder: return root + "Data/";
    case kMobileAppsFolder: return root + "Data/MobileApps/";
    default: return "";
  }
}

// Get 4D folder {(folder {; options} {; *})}: the host has no components, so `*` changes nothing.
Value get4DFolder(CallContext& ctx, std::vector<Value>& args, void*) {
  int64_t kind = hasArg(args, 0) && !isStarArgument(args[0]) ? intArg(args, 0, "Get 4D folder") : kActive4DFolder;
  return Value::text(folderPath(ctx.projectFolder(), kind));
}

// Get database parameter(selector {; stringValue}): the timeouts are 0 ("no timeout": no client ever connects
// to this server), the web port is the one WEB START SERVER uses. Other selectors, like those 4D does not know,
// give 0. The table argument of the legacy form does not exist here (no tables).
Value getDatabaseParameter(CallContext&, std::vector<Value>& args, void*) {
  int64_t selector = intArg(args, 0, "Get database parameter");
  if (hasArg(args, 1)) args[1] = Value::text("");
  return Value::real(selector == kPortID ? kDefaultWebPort : 0);
}

}  // namespace

void registerApplicationCommands(Registry& r) {
  addCommand(r, "Is macOS", isMacOS, 0, 0);
  addCommand(r, "Is Windows", isWindows, 0, 0);
  addCommand(r, "Application type", applicationType, 0, 0);
  addCommand(r, "Application version", applicationVersion, 0, 2, 1u << 0);
  addCommand(r, "Get 4D folder", get4DFolder, 0, 3);
  addCommand(r, "Get database parameter", getDatabaseParameter, 1, 2, 1u << 1);

  struct Entry {
    const char* name;
    int64_t value;
  };
  static const Entry kConstants[] = {
      {"4D Local mode", 0}, {"4D Volume desktop", 1}, {"4D Desktop", 3}, {"4D Remote mode", 4},
      {"4D Server", k4DServer}, {"tool4d", 6},
      {"Active 4D Folder", kActive4DFolder}, {"Licenses folder", kLicensesFolder},
      {"4D Client database folder", k4DClientDatabaseFolder}, {"Database folder", kDatabaseFolder},
      {"Database folder Unix syntax", kDatabaseFolderUnixSyntax},
      {"Current resources folder", kCurrentResourcesFolder}, {"Logs folder", kLogsFolder},
      {"HTML Root folder", kHtmlRootFolder}, {"Data folder", kDataFolder},
      {"MobileApps folder", kMobileAppsFolder},
      {"4D Server timeout", k4DServerTimeout}, {"4D Remote mode timeout", k4DRemoteModeTimeout},
      {"Port ID", kPortID},
  };
  for (const Entry& c : kConstants) r.addConstant(c.name, Value::longint(c.value));
}

}  // namespace fourd
