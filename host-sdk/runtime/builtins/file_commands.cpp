// File() and Folder() (developer.4d.com/docs/API/FileClass#file, FolderClass#folder), their classes and the
// constants of the File and Folder theme.
#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"
#include "builtins/file_handle.h"
#include "builtins/file_objects.h"
#include "interp/call_context.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

constexpr int64_t kPosixPath = 0, kPlatformPath = 1;

// The folder constants of Folder(folderConstant). Those with a filesystem are objects of it ("/LOGS/"); the
// web root is WebFolder/ of the project (README, 4D.WebServer), the user preferences the folder Get 4D folder
// gives; the others (licenses, a remote client's folder, the desktop, the user's documents…) do not exist on
// this server: Null.
enum FolderConstant : int64_t {
  kUserPreferences = 0, kDatabase = 4, kResources = 6, kLogs = 7, kWebRoot = 8, kData = 9, kMobileApps = 10,
};

std::optional<FsPath> folderOfConstant(const std::string& project, int64_t constant) {
  auto inSystem = [&](const char* system, const char* sub = nullptr) {
    std::string text = std::string("/") + system + (sub ? std::string("/") + sub : "");
    return parseAbsolutePath(project, text, true, false);
  };
  switch (constant) {
    case kDatabase: return inSystem("PACKAGE");
    case kResources: return inSystem("RESOURCES");
    case kLogs: return inSystem("LOGS");
    case kData: return inSystem("DATA");
    case kWebRoot: return inSystem("PACKAGE", "WebFolder");
    case kUserPreferences: return pathOfRealFile(*filesystemRoot(project, "DATA") + "/Preferences", true);
    case kMobileApps: return pathOfRealFile(*filesystemRoot(project, "DATA") + "/MobileApps", true);
    default: return std::nullopt;
  }
}

Value fileCommand(CallContext& ctx, std::vector<Value>& args, void*) { return newFileSystemObject(ctx, args, false); }
Value folderCommand(CallContext& ctx, std::vector<Value>& args, void*) { return newFileSystemObject(ctx, args, true); }

}  // namespace

// File(path {; pathType} {; *}) or File(fileConstant {; *}); Folder likewise. The host has no components, so `*`
// changes nothing. No file constant designates a file of this server (its logs are the project's own), so a
// file constant gives Null, as 4D answers for a file that does not exist.
Value newFileSystemObject(CallContext& ctx, std::vector<Value>& args, bool folder) {
  const char* what = folder ? "Folder" : "File";
  if (!hasArg(args, 0)) throwTypeError(what, 0, "a path or a constant");
  if (isNumeric(args[0])) {
    std::optional<FsPath> path = folder ? folderOfConstant(ctx.projectFolder(), intArg(args, 0, what)) : std::nullopt;
    return path ? fileSystemObject(std::move(*path)) : Value::null();
  }
  const std::string& text = textArg(args, 0, what);
  bool platform = hasArg(args, 1) && !isStarArgument(args[1]) && intArg(args, 1, what) == kPlatformPath;
  std::optional<FsPath> path = parseAbsolutePath(ctx.projectFolder(), text, folder, platform);
  if (!path)
    throw RuntimeError(error_code::kInvalidArgument,
                       std::string(what) + ": \"" + text + "\" is not an absolute path (or climbs above its root)");
  return fileSystemObject(std::move(*path));
}

void registerFileCommands(Registry& r) {
  r.addClass(Ref<ClassDef>(fileClass()));
  r.addClass(Ref<ClassDef>(folderClass()));
  r.addClass(Ref<ClassDef>(fileHandleClass()));
  addCommand(r, "File", fileCommand, 1, 3);
  addCommand(r, "Folder", folderCommand, 1, 3);

  struct Entry {
    const char* name;
    int64_t value;
  };
  static const Entry kConstants[] = {
      {"fk posix path", kPosixPath}, {"fk platform path", kPlatformPath},
      {"fk user preferences folder", kUserPreferences}, {"fk licenses folder", 1},
      {"fk remote database folder", 3}, {"fk database folder", kDatabase}, {"fk resources folder", kResources},
      {"fk logs folder", kLogs}, {"fk web root folder", kWebRoot}, {"fk data folder", kData},
      {"fk mobileApps folder", kMobileApps}, {"fk system folder", 100}, {"fk desktop folder", 115},
      {"fk applications folder", 116}, {"fk documents folder", 117},
      {"fk recursive", 1}, {"fk ignore invisible", 8}, {"fk overwrite", 4},
      {"Delete only if empty", 0}, {"Delete with contents", 1},
      {"Document unchanged", 0}, {"Document with native format", 1}, {"Document with CRLF", 2},
      {"Document with CR", 3}, {"Document with LF", 4},
  };
  for (const Entry& c : kConstants) r.addConstant(c.name, Value::longint(c.value));
}

}  // namespace fourd
