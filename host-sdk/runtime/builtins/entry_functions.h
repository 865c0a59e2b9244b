// The functions File and Folder objects share: copyTo(), moveTo(), rename() (developer.4d.com/docs/API/Document,
// Directory, FileClass#moveto, FolderClass#rename). Each returns the object of the entry's new place.
#pragma once

#include <vector>

#include "builtins/file_objects.h"

namespace fourd {

Value copyEntryTo(CallContext& ctx, const Value& self, const FsPath& path, std::vector<Value>& args);
Value moveEntryTo(CallContext& ctx, const Value& self, const FsPath& path, std::vector<Value>& args);
Value renameEntry(CallContext& ctx, const Value& self, const FsPath& path, std::vector<Value>& args);

}  // namespace fourd
