// Where 4D.File and 4D.Folder objects point: a path under one of 4D's filesystems ("/PACKAGE/…", "/DATA/…") or
// an absolute path of the machine (developer.4d.com/docs/Concepts/paths). The filesystems are the folders of the
// project the host runs, laid out as 4D lays out a project: Project/ (its Sources/), Resources/, Data/ (its
// Logs/), WebFolder/.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fourd {

struct FsPath {
  std::string system;                 // "PACKAGE", "DATA"…; empty for an absolute path
  std::string systemRoot;             // the real folder the filesystem stands for, without a trailing "/"
  std::vector<std::string> segments;  // below the filesystem (or below "/")
  bool folder = false;

  // What `.path` shows: "/PACKAGE/Logs/x.log", "/DATA/", "/tmp/a/" (a folder ends with "/").
  std::string posix() const;
  // The real path of the machine (`.platformPath`); a folder ends with "/".
  std::string real() const;
  // The real path as system calls take it: without the folder's trailing "/" (but "/" itself).
  std::string entry() const;
  // The last segment (a filesystem's root: its folder's name; "" for "/"): what the name and extension are made of.
  std::string fullName() const;
};

// The real folder of a filesystem name ("PACKAGE", "DATA", "LOGS", "PROJECT", "RESOURCES", "SOURCES") in the
// project folder; nullopt when the name is none of them.
std::optional<std::string> filesystemRoot(const std::string& projectFolder, std::string_view name);

// An absolute path as File() and Folder() take it: POSIX (filesystem names allowed) or, with `platform`, a path
// of this machine (POSIX syntax on Linux, without filesystems). "." and ".." are resolved; nullopt when the text
// is not absolute or climbs above its root.
std::optional<FsPath> parseAbsolutePath(const std::string& projectFolder, std::string_view text, bool folder,
                                        bool platform);
// A path of this machine as the object of it (the parent of a filesystem's root, an alias's target).
FsPath pathOfRealFile(const std::string& real, bool folder);
// `relative` (POSIX, "../" allowed down to the filesystem's root) inside `base`; nullopt when it is absolute or
// climbs above the root.
std::optional<FsPath> childPath(const FsPath& base, std::string_view relative, bool folder);
// The folder holding `path`: the same filesystem, or the real parent of a filesystem's root; nullopt for "/".
std::optional<FsPath> parentPath(const FsPath& path);

}  // namespace fourd
