// A loaded project: its methods and classes, parsed and resolved, plus the startup method. Read-only once
// loaded, so every worker walks the same trees.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "interp/compiled_function.h"
#include "interp/resolver.h"
#include "interp/user_class.h"
#include "lang/name_oracle.h"

namespace fourd {

class NameTable;

// One source of a project: its file path (which names the method or class and prefixes syntax errors), what it
// defines, and its text.
struct ProjectSource {
  std::string path;
  lang::ModuleKind kind = lang::ModuleKind::Method;
  std::string text;
};

class Project {
 public:
  Project(NameTable& processVariables, NameTable& interprocessVariables);

  // `path`: a project folder, or a single .4dm method (which gets its project's classes and methods when it
  // sits in <project>/Project/Sources/Methods/). Prints every problem to stderr; false when any.
  bool load(const std::string& path);
  // The same from texts already in memory, for tools that run generated code (the evaluator fuzzer): the first
  // source is the method runStartup runs.
  bool load(std::vector<ProjectSource> sources);

  const std::string& folder() const { return folder_; }
  // The folder holding Project/ for a project folder or a method file inside one; a lone method file's own
  // folder. Known before loading, so that the project's Plugins/ folder can be searched first.
  static std::string folderFor(const std::string& path);
  const CompiledFunction* startupMethod() const { return startup_; }
  const CompiledFunction* method(std::string_view name) const;  // case-insensitive
  UserClass* userClass(std::string_view name) const;           // case-sensitive
  const lang::NameOracle& names() const { return oracle_; }
  ResolveContext resolveContext() const;
  // Whether a project method failed to parse: it was loaded as one that raises its first syntax error when
  // called (--check fails on it).
  bool hasBrokenMethods() const { return hasBrokenMethods_; }

 private:
  bool build(const std::vector<ProjectSource>& sources);
  bool parseAll(const std::vector<ProjectSource>& sources);
  bool linkClasses();
  void compileAll();

  NameTable& processVariables_;
  NameTable& interprocessVariables_;
  std::string folder_;
  std::string startupPath_;
  bool hasBrokenMethods_ = false;
  lang::ProjectNameOracle oracle_;
  std::vector<std::shared_ptr<lang::Module>> methodModules_;
  std::unordered_map<std::string, std::unique_ptr<CompiledFunction>> methods_;  // by normalised name
  std::unordered_map<std::string, Ref<UserClass>> classes_;
  const CompiledFunction* startup_ = nullptr;
};

}  // namespace fourd
