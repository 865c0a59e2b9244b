#include "builtins/file_operations.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "builtins/command_args.h"
#include "builtins/file_errors.h"
#include "values/date_time.h"

namespace fs = std::filesystem;

namespace fourd {

std::string readDocument(const std::string& path, std::string_view what) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) throwFileError(file_error::kFileNotFound, what, "no such file", path);
  if (auto size = fs::file_size(path, ec); !ec && size > kMaxTextBytes)
    throw RuntimeError(kNotEnoughMemory, std::string(what) + ": the file is larger than a text or a BLOB may be: " + path);
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throwFileError(file_error::kIoError, what, "cannot read the file", path);
  return bytes;
}

void writeDocument(const std::string& path, std::string_view bytes, std::string_view what) {
  std::error_code ec;
  fs::path target(path);
  if (fs::is_directory(target, ec)) throwFileError(file_error::kDuplicateName, what, "a folder has this name", path);
  fs::create_directories(target.parent_path(), ec);
  if (ec) throwSystemError(what, target.parent_path().string(), ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throwFileError(file_error::kIoError, what, "cannot write the file", path);
}

void moveEntry(const std::string& from, const std::string& to, std::string_view what) {
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(from, ec))) throwFileError(file_error::kFileNotFound, what, "not found", from);
  if (fs::exists(fs::symlink_status(to, ec))) throwFileError(file_error::kDuplicateName, what, "already exists", to);
  fs::rename(from, to, ec);
  if (ec.value() == EXDEV) {
    copyEntry(from, to, false, what);
    fs::remove_all(from, ec);
  }
  if (ec) throwSystemError(what, from, ec);
}

void copyEntry(const std::string& from, const std::string& to, bool overwrite, std::string_view what) {
  std::error_code ec;
  if (!fs::exists(from, ec)) throwFileError(file_error::kFileNotFound, what, "not found", from);
  if (!overwrite && fs::exists(to, ec)) throwFileError(file_error::kDuplicateName, what, "already exists", to);
  auto options = fs::copy_options::recursive | fs::copy_options::copy_symlinks |
                 (overwrite ? fs::copy_options::overwrite_existing : fs::copy_options::none);
  fs::copy(from, to, options, ec);
  if (ec) throwSystemError(what, to, ec);
}

void deleteFolder(const std::string& path, bool withContents, std::string_view what) {
  std::error_code ec;
  if (withContents) {
    fs::remove_all(path, ec);
  } else {
    if (!fs::is_directory(path, ec)) throwFileError(file_error::kFolderNotFound, what, "no such folder", path);
    if (!fs::is_empty(path, ec)) throwFileError(file_error::kFolderNotEmpty, what, "the folder is not empty", path);
    fs::remove(path, ec);
  }
  if (ec) throwSystemError(what, path, ec);
}

FolderEntries folderEntries(const std::string& path, bool ignoreInvisible) {
  FolderEntries entries;
  std::error_code ec;
  for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (ignoreInvisible && name.front() == '.') continue;
    std::error_code kind;
    (!it->is_symlink(kind) && it->is_directory(kind) ? entries.folders : entries.files).push_back(name);
  }
  std::sort(entries.files.begin(), entries.files.end());
  std::sort(entries.folders.begin(), entries.folders.end());
  return entries;
}

const std::string& newNameArg(const std::vector<Value>& args, size_t i, std::string_view what) {
  const std::string& name = textArg(args, i, what);
  if (name.empty() || name == "." || name == ".." || name.find_first_of("/:") != std::string::npos ||
      name.find('\0') != std::string::npos)
    throw RuntimeError(file_error::kBadName, std::string(what) + ": invalid name \"" + name + "\"");
  return name;
}

namespace {

void localDayAndTime(time_t when, int64_t& day, int64_t& seconds) {
  std::tm local{};
  localtime_r(&when, &local);
  day = daysFromCivil(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
  seconds = local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec;
}

}  // namespace

EntryTimes entryTimes(const std::string& path) {
  EntryTimes times{kNullDate, 0, kNullDate, 0};
  struct statx info {};
  if (statx(AT_FDCWD, path.c_str(), 0, STATX_MTIME | STATX_BTIME | STATX_CTIME, &info) != 0) return times;
  localDayAndTime(static_cast<time_t>(info.stx_mtime.tv_sec), times.modificationDate, times.modificationTime);
  const statx_timestamp& born = (info.stx_mask & STATX_BTIME) ? info.stx_btime : info.stx_ctime;
  localDayAndTime(static_cast<time_t>(born.tv_sec), times.creationDate, times.creationTime);
  return times;
}

}  // namespace fourd
