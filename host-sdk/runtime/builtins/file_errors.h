// The errors of file and folder operations. 4D reports the file manager's codes of the classic Mac OS, which
// its documentation quotes (-43 "file not found" in Test path name, -47 and -120 in Folder.delete()).
#pragma once

#include <string>
#include <string_view>
#include <system_error>

namespace fourd {

namespace file_error {
constexpr int kIoError = -36;
constexpr int kBadName = -37;
constexpr int kFileNotFound = -43;
constexpr int kFolderNotEmpty = -47;
constexpr int kDuplicateName = -48;
constexpr int kFolderNotFound = -120;
constexpr int kReadOnlyProperty = -10722;  // assigning a property of a File, Folder or FileHandle (the host's own)
}  // namespace file_error

// "<what>: <problem>: <path>", with the code.
[[noreturn]] void throwFileError(int code, std::string_view what, std::string_view problem, const std::string& path);
// A failure the system reported: a missing file or folder gets its code, anything else -36 with the reason.
[[noreturn]] void throwSystemError(std::string_view what, const std::string& path, const std::error_code& ec);

}  // namespace fourd
