#include "builtins/file_errors.h"

#include <cerrno>

#include "values/errors.h"

namespace fourd {

void throwFileError(int code, std::string_view what, std::string_view problem, const std::string& path) {
  std::string message(what);
  message.append(": ").append(problem).append(": ").append(path);
  throw RuntimeError(code, std::move(message));
}

void throwSystemError(std::string_view what, const std::string& path, const std::error_code& ec) {
  if (ec.value() == ENOENT) throwFileError(file_error::kFileNotFound, what, "not found", path);
  if (ec.value() == EEXIST) throwFileError(file_error::kDuplicateName, what, "already exists", path);
  if (ec.value() == ENOTEMPTY) throwFileError(file_error::kFolderNotEmpty, what, "the folder is not empty", path);
  throwFileError(file_error::kIoError, what, ec.message(), path);
}

}  // namespace fourd
