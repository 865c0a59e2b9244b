// The functions of 4D.Folder (developer.4d.com/docs/API/FolderClass and Directory).
#include <filesystem>

#include "builtins/command_args.h"
#include "builtins/entry_functions.h"
#include "builtins/file_operations.h"
#include "values/value_ops.h"

namespace fs = std::filesystem;

namespace fourd {

namespace {

constexpr int64_t kDeleteWithContents = 1;
constexpr int64_t kRecursive = 1, kIgnoreInvisible = 8;  // fk recursive, fk ignore invisible

// .create(): False when the folder exists or cannot be made; the folders above it are made as needed.
Value createFolder(CallContext&, const Value&, const FsPath& path, std::vector<Value>&) {
  std::error_code ec;
  if (fs::exists(fs::symlink_status(path.entry(), ec))) return Value::boolean(false);
  return Value::boolean(fs::create_directories(path.entry(), ec) && !ec);
}

// .delete({option}): Delete only if empty (the default) or Delete with contents.
Value deleteFolderFn(CallContext&, const Value&, const FsPath& path, std::vector<Value>& args) {
  int64_t option = hasArg(args, 0) ? intArg(args, 0, "Folder.delete") : 0;
  deleteFolder(path.entry(), option == kDeleteWithContents, "Folder.delete");
  return Value();
}

// .file(path) and .folder(path): a relative POSIX path inside this folder; Null when it is not one.
Value childFile(CallContext&, const Value&, const FsPath& path, std::vector<Value>& args) {
  std::optional<FsPath> child = childPath(path, textArg(args, 0, "Folder.file"), false);
  return child ? fileSystemObject(std::move(*child)) : Value::null();
}

Value childFolder(CallContext&, const Value&, const FsPath& path, std::vector<Value>& args) {
  std::optional<FsPath> child = childPath(path, textArg(args, 0, "Folder.folder"), true);
  return child ? fileSystemObject(std::move(*child)) : Value::null();
}

void collect(const FsPath& folder, int64_t options, bool wantFolders, CollectionData& out) {
  FolderEntries listing = folderEntries(folder.entry(), options & kIgnoreInvisible);
  for (const std::string& name : wantFolders ? listing.folders : listing.files) {
    FsPath child = folder;
    child.folder = wantFolders;
    child.segments.push_back(name);
    out.items.push_back(fileSystemObject(std::move(child)));
  }
  if (!(options & kRecursive)) return;
  for (const std::string& name : listing.folders) {
    FsPath sub = folder;
    sub.segments.push_back(name);
    collect(sub, options, wantFolders, out);
  }
}

// .files({options}) and .folders({options}): fk recursive, fk ignore invisible.
Value files(CallContext&, const Value&, const FsPath& path, std::vector<Value>& args) {
  Ref<CollectionData> out = make<CollectionData>();
  collect(path, hasArg(args, 0) ? intArg(args, 0, "Folder.files") : 0, false, *out);
  return Value::collection(std::move(out));
}

Value folders(CallContext&, const Value&, const FsPath& path, std::vector<Value>& args) {
  Ref<CollectionData> out = make<CollectionData>();
  collect(path, hasArg(args, 0) ? intArg(args, 0, "Folder.folders") : 0, true, *out);
  return Value::collection(std::move(out));
}

}  // namespace

const EntryFunctions& folderFunctions() {
  static const EntryFunctions functions = {
      {"create", createFolder}, {"delete", deleteFolderFn}, {"file", childFile},       {"folder", childFolder},
      {"files", files},         {"folders", folders},     {"copyTo", copyEntryTo},   {"moveTo", moveEntryTo},
      {"rename", renameEntry},
  };
  return functions;
}

}  // namespace fourd
