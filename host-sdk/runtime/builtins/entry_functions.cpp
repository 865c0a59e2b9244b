#include "builtins/entry_functions.h"

#include <filesystem>

#include "builtins/command_args.h"
#include "builtins/file_errors.h"
#include "builtins/file_operations.h"

namespace fs = std::filesystem;

namespace fourd {

namespace {

constexpr int64_t kOverwrite = 4;  // fk overwrite

// The destination folder argument, which must exist on disk (-120 otherwise).
const FsPath& existingFolderArg(const std::vector<Value>& args, size_t i, std::string_view what) {
  const FsPath& destination = folderArg(args, i, what);
  std::error_code ec;
  if (!fs::is_directory(destination.real(), ec))
    throwFileError(file_error::kFolderNotFound, what, "the destination folder does not exist", destination.real());
  return destination;
}

FsPath placeIn(const FsPath& folder, const std::string& fullName, bool isFolder) {
  FsPath target = folder;
  target.folder = isFolder;
  target.segments.push_back(fullName);
  return target;
}

std::string what(const FsPath& path, const char* function) {
  return std::string(path.folder ? "Folder." : "File.") + function;
}

}  // namespace

// .copyTo(destinationFolder {; newName} {; overwrite}): the name may be left out before fk overwrite.
Value copyEntryTo(CallContext&, const Value&, const FsPath& path, std::vector<Value>& args) {
  std::string fn = what(path, "copyTo");
  const FsPath& destination = existingFolderArg(args, 0, fn);
  bool named = hasArg(args, 1) && args[1].isText();
  std::string name = named ? newNameArg(args, 1, fn) : path.fullName();
  size_t overwriteAt = named ? 2 : 1;
  bool overwrite = hasArg(args, overwriteAt) && (intArg(args, overwriteAt, fn) & kOverwrite) != 0;
  FsPath target = placeIn(destination, name, path.folder);
  copyEntry(path.entry(), target.entry(), overwrite, fn);
  return fileSystemObject(std::move(target));
}

Value moveEntryTo(CallContext&, const Value&, const FsPath& path, std::vector<Value>& args) {
  std::string fn = what(path, "moveTo");
  const FsPath& destination = existingFolderArg(args, 0, fn);
  std::string name = hasArg(args, 1) ? newNameArg(args, 1, fn) : path.fullName();
  FsPath target = placeIn(destination, name, path.folder);
  moveEntry(path.entry(), target.entry(), fn);
  return fileSystemObject(std::move(target));
}

Value renameEntry(CallContext&, const Value&, const FsPath& path, std::vector<Value>& args) {
  std::string fn = what(path, "rename");
  const std::string& name = newNameArg(args, 0, fn);
  std::optional<FsPath> parent = parentPath(path);
  if (!parent) throwFileError(file_error::kBadName, fn, "the root folder cannot be renamed", path.real());
  FsPath target = placeIn(*parent, name, path.folder);
  moveEntry(path.entry(), target.entry(), fn);
  return fileSystemObject(std::move(target));
}

}  // namespace fourd
