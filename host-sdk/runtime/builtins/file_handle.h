// 4D.FileHandle (developer.4d.com/docs/API/FileHandleClass): a file opened by File.open() for reading,
// writing or appending sequentially, closed when the last reference to the handle goes.
#pragma once

#include <vector>

#include "builtins/file_paths.h"
#include "values/class_def.h"

namespace fourd {

ClassDef* fileHandleClass();

// file.open({mode}) or file.open(options) (versioned_docs/version-20/API/FileClass.md#open).
Value openFileHandle(const Value& fileObject, const FsPath& path, std::vector<Value>& args);

}  // namespace fourd
