// What File and Folder functions and the legacy document commands do to the disk, with 4D's errors
// (builtins/file_errors.h). Paths are real paths of the machine.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "values/value.h"

namespace fourd {

// The whole content of a file; -43 when there is no file there.
std::string readDocument(const std::string& path, std::string_view what);
// Replaces the file's content, creating the file and the folders above it as needed.
void writeDocument(const std::string& path, std::string_view bytes, std::string_view what);
// Moves (or renames) a file or folder to `to`, which must not exist (-48); across volumes by copying.
void moveEntry(const std::string& from, const std::string& to, std::string_view what);
// Copies a file, or a folder with its contents, to `to`; an existing file there is an error (-48) unless
// `overwrite`.
void copyEntry(const std::string& from, const std::string& to, bool overwrite, std::string_view what);
// Deletes a folder: only when empty (-47 otherwise, -120 when missing), or with everything in it (nothing to do
// when missing), as Folder.delete() and DELETE FOLDER do.
void deleteFolder(const std::string& path, bool withContents, std::string_view what);

// The names in a folder, files (aliases included: they are not resolved) and folders apart, each sorted so
// that listings are alike on every machine; invisible (dot) names left out when asked.
struct FolderEntries {
  std::vector<std::string> files, folders;
};
FolderEntries folderEntries(const std::string& path, bool ignoreInvisible);

// A new name argument: not empty, no "/" or ":" (developer.4d.com/docs/API/FileClass#rename), else -37.
const std::string& newNameArg(const std::vector<Value>& args, size_t i, std::string_view what);

// The file's dates as 4D shows them: local day and seconds since local midnight; the null date and 0 when
// the entry does not exist. Creation is the birth time where the file system keeps one, else the last change.
struct EntryTimes {
  int64_t modificationDate, modificationTime, creationDate, creationTime;
};
EntryTimes entryTimes(const std::string& path);

}  // namespace fourd
