// 4D.File and 4D.Folder (developer.4d.com/docs/API/FileClass, FolderClass): immutable handles on a path
// (builtins/file_paths.h) whose properties are read from the disk each time. The path lives in the object's
// native slot, so an object is shared as is with other workers.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "builtins/file_paths.h"
#include "values/class_def.h"

namespace fourd {

// A member function of one of the two classes, called on the object's path.
using EntryFunction = Value (*)(CallContext& ctx, const Value& self, const FsPath& path, std::vector<Value>& args);
using EntryFunctions = std::map<std::string, EntryFunction, std::less<>>;
const EntryFunctions& fileFunctions();    // builtins/file_functions.cpp
const EntryFunctions& folderFunctions();  // builtins/folder_functions.cpp

ClassDef* fileClass();
ClassDef* folderClass();

// A 4D.Folder when `path.folder`, else a 4D.File.
Value fileSystemObject(FsPath path);
// The path of a 4D.File or 4D.Folder; null for any other value.
const FsPath* fsPathOf(const Value& v);
// The argument at `i` must be a 4D.Folder: a type error naming `what` otherwise.
const FsPath& folderArg(const std::vector<Value>& args, size_t i, std::string_view what);

// File(...) and Folder(...), also 4D.File.new() and 4D.Folder.new(): builtins/file_commands.cpp.
Value newFileSystemObject(CallContext& ctx, std::vector<Value>& args, bool folder);

}  // namespace fourd
