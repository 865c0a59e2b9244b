#include "interp/project.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "builtins/registry.h"
#include "lang/parser.h"
#include "process/name_table.h"
#include "values/errors.h"

namespace fourd {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> sourcesIn(const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".4dm") out.push_back(entry.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

bool readFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return true;
}

// <project>/Project/Sources/Methods/x.4dm → <project>; empty when the file is not inside a project.
fs::path projectOfMethodFile(const fs::path& file) {
  fs::path methods = file.parent_path();
  fs::path sources = methods.parent_path();
  fs::path project = sources.parent_path();
  if (methods.filename() == "Methods" && sources.filename() == "Sources" && project.filename() == "Project")
    return project.parent_path();
  return {};
}

}  // namespace

std::string Project::folderFor(const std::string& path) {
  std::error_code ec;
  fs::path target = fs::weakly_canonical(path, ec);
  if (fs::is_directory(target, ec)) return target.string();
  fs::path projectRoot = projectOfMethodFile(target);
  return (projectRoot.empty() ? target.parent_path() : projectRoot).string();
}

Project::Project(NameTable& processVariables, NameTable& interprocessVariables)
    : processVariables_(processVariables), interprocessVariables_(interprocessVariables) {}

bool Project::load(const std::string& path) {
  std::error_code ec;
  fs::path target = fs::weakly_canonical(path, ec);
  std::vector<ProjectSource> files;
  fs::path projectRoot;
  if (fs::is_directory(target, ec)) {
    projectRoot = target;
    if (!fs::is_directory(target / "Project" / "Sources", ec)) {
      std::cerr << path << ": not a project folder (no Project/Sources)" << std::endl;
      return false;
    }
    fs::path startup = target / "Project" / "Sources" / "DatabaseMethods" / "onStartup.4dm";
    if (fs::is_regular_file(startup, ec)) startupPath_ = startup.string();
  } else if (fs::is_regular_file(target, ec) && target.extension() == ".4dm") {
    projectRoot = projectOfMethodFile(target);
    startupPath_ = target.string();
    if (projectRoot.empty()) files.push_back({startupPath_, lang::ModuleKind::Method, {}});
  } else {
    std::cerr << path << ": no such project folder or .4dm file" << std::endl;
    return false;
  }
  folder_ = folderFor(path);
  if (!projectRoot.empty()) {
    fs::path sources = projectRoot / "Project" / "Sources";
    for (auto& f : sourcesIn(sources / "Methods")) files.push_back({f, lang::ModuleKind::Method, {}});
    for (auto& f : sourcesIn(sources / "Classes")) files.push_back({f, lang::ModuleKind::Class, {}});
    if (!startupPath_.empty() && target.extension() != ".4dm")
      files.push_back({startupPath_, lang::ModuleKind::Method, {}});
  }
  bool read = true;
  std::vector<ProjectSource> sources;
  for (ProjectSource& f : files) {
    if (readFile(f.path, f.text)) {
      sources.push_back(std::move(f));
    } else {
      std::cerr << f.path << ": cannot be read" << std::endl;
      read = false;
    }
  }
  if (!read) {
    parseAll(sources);  // still reports the syntax errors of the files that could be read
    return false;
  }
  return build(sources);
}

bool Project::load(std::vector<ProjectSource> sources) {
  if (!sources.empty()) startupPath_ = sources.front().path;
  return build(sources);
}

bool Project::build(const std::vector<ProjectSource>& sources) {
  if (!parseAll(sources) || !linkClasses()) return false;
  compileAll();
  return true;
}

bool Project::parseAll(const std::vector<ProjectSource>& sources) {
  for (const ProjectSource& f : sources)
    if (f.kind == lang::ModuleKind::Method && f.path != startupPath_) oracle_.addMethod(lang::moduleNameFromFile(f.path));
  if (!startupPath_.empty()) oracle_.addMethod(lang::moduleNameFromFile(startupPath_));
  bool ok = true;
  // Method names are case-insensitive, the startup method's included: two methods of one name would share one
  // compiled function, each resolved for the other's tree.
  std::unordered_map<std::string, const std::string*> methodFiles;
  for (const ProjectSource& f : sources) {
    if (f.kind != lang::ModuleKind::Method) continue;
    std::string name = lang::moduleNameFromFile(f.path);
    auto [it, added] = methodFiles.emplace(normalizeName(name), &f.path);
    if (!added) {
      std::cerr << f.path << ": a method of this name is already defined by " << *it->second << std::endl;
      ok = false;
    }
  }
  for (const ProjectSource& f : sources) {
    lang::ParseResult result = lang::parse(f.text, f.path, f.kind, oracle_);
    for (const lang::SyntaxError& e : result.errors)
      std::cerr << e.file << ":" << e.line << ":" << e.column << ": " << e.message << std::endl;
    // 4D runs the methods that parse and reports a method's syntax error when that method runs: one method a
    // project no longer needs (SQL, a missing plugin) does not stop it. The startup method and classes must parse.
    if (!result.errors.empty() && f.kind == lang::ModuleKind::Method && f.path != startupPath_) {
      const lang::SyntaxError& e = result.errors.front();
      methodModules_.push_back(lang::methodRaising(
          f.path, kSyntaxError, "Syntax error in method " + lang::moduleNameFromFile(f.path) + " at line " +
                                    std::to_string(e.line) + ", column " + std::to_string(e.column) + ": " + e.message));
      hasBrokenMethods_ = true;
      continue;
    }
    if (!result.errors.empty()) {
      ok = false;
      continue;
    }
    std::shared_ptr<lang::Module> module = std::move(result.module);
    if (f.kind == lang::ModuleKind::Class) {
      std::string name = module->cls->name;
      classes_[name] = make<UserClass>(std::move(module));
    } else {
      methodModules_.push_back(std::move(module));
    }
  }
  return ok;
}

bool Project::linkClasses() {
  bool ok = true;
  for (auto& [name, cls] : classes_) {
    const lang::ClassDecl& decl = cls->decl();
    if (!decl.hasExtends) continue;
    ClassDef* super = decl.extendsNamespace == "4D" ? Registry::global().fourDClass(decl.extendsName)
                                                    : userClass(decl.extendsName);
    if (!super) {
      std::cerr << name << ": Class extends " << decl.extendsName << ": no such class" << std::endl;
      ok = false;
      continue;
    }
    cls->setSuperclass(Ref<ClassDef>(super));
  }
  for (auto& [name, cls] : classes_) {
    size_t steps = 0;
    for (ClassDef* c = cls.get(); c && ok; c = c->superclass()) {
      if (++steps > classes_.size() + 1) {
        std::cerr << name << ": circular Class extends" << std::endl;
        ok = false;
      }
    }
  }
  // A circle of classes holding references to each other would never be freed.
  if (!ok)
    for (auto& [name, cls] : classes_) cls->setSuperclass({});
  return ok;
}

void Project::compileAll() {
  for (const auto& module : methodModules_) {
    auto fn = std::make_unique<CompiledFunction>();
    fn->decl = module->method.get();
    fn->displayName = module->name;
    if (module->file == startupPath_) startup_ = fn.get();
    methods_[normalizeName(module->name)] = std::move(fn);
  }
  ResolveContext ctx = resolveContext();
  for (const auto& module : methodModules_)
    resolveFunction(*module->method, *methods_.at(normalizeName(module->name)), ctx);
  for (auto& [name, cls] : classes_) cls->compile(ctx);
  for (auto& [name, cls] : classes_) cls->link();
}

const CompiledFunction* Project::method(std::string_view name) const {
  auto it = methods_.find(normalizeName(name));
  return it == methods_.end() ? nullptr : it->second.get();
}

UserClass* Project::userClass(std::string_view name) const {
  auto it = classes_.find(std::string(name));
  return it == classes_.end() ? nullptr : it->second.get();
}

ResolveContext Project::resolveContext() const {
  return ResolveContext{Registry::global(), processVariables_, interprocessVariables_,
                        [this](std::string_view key) { return method(key); }};
}

}  // namespace fourd
