#include "builtins/file_objects.h"

#include <unistd.h>

#include <filesystem>

#include "builtins/command_args.h"
#include "builtins/file_errors.h"
#include "builtins/file_operations.h"

namespace fs = std::filesystem;

namespace fourd {

namespace {

const char kPathTag = 0;

size_t extensionStart(const std::string& fullName) {
  size_t dot = fullName.rfind('.');
  return dot == std::string::npos || dot == 0 ? fullName.size() : dot;  // ".profile" is a name, not an extension
}

// What an alias leads to: its target's object, a file or a folder as the target is; itself when not an alias.
Value originalOf(const Value& self, const FsPath& path) {
  std::error_code ec;
  std::string real = path.entry();
  if (!fs::is_symlink(real, ec)) return self;
  fs::path target = fs::weakly_canonical(real, ec);
  if (ec) return self;
  return fileSystemObject(pathOfRealFile(target.string(), fs::is_directory(target, ec)));
}

// The properties of both classes (developer.4d.com/docs/API/Document, Directory); false for another name.
bool commonProperty(const Value& self, const FsPath& path, std::string_view member, Value& out) {
  std::error_code ec;
  std::string fullName = path.fullName();
  if (member == "fullName") out = Value::text(fullName);
  else if (member == "name") out = Value::text(fullName.substr(0, extensionStart(fullName)));
  else if (member == "extension") out = Value::text(fullName.substr(extensionStart(fullName)));
  else if (member == "path") out = Value::text(path.posix());
  else if (member == "platformPath") out = Value::text(path.real());
  else if (member == "isFile") out = Value::boolean(!path.folder);
  else if (member == "isFolder") out = Value::boolean(path.folder);
  else if (member == "hidden") out = Value::boolean(!fullName.empty() && fullName.front() == '.');
  else if (member == "isAlias") out = Value::boolean(fs::is_symlink(path.entry(), ec));
  else if (member == "original") out = originalOf(self, path);
  else if (member == "parent") {
    std::optional<FsPath> parent = parentPath(path);
    out = parent ? fileSystemObject(std::move(*parent)) : Value::null();
  } else if (member == "exists") {
    out = Value::boolean(path.folder ? fs::is_directory(path.entry(), ec) : fs::is_regular_file(path.entry(), ec));
  } else if (member == "modificationDate" || member == "modificationTime" || member == "creationDate" ||
             member == "creationTime") {
    EntryTimes t = entryTimes(path.entry());
    if (member == "modificationDate") out = Value::date(t.modificationDate);
    else if (member == "modificationTime") out = Value::time(t.modificationTime);
    else if (member == "creationDate") out = Value::date(t.creationDate);
    else out = Value::time(t.creationTime);
  } else {
    return false;
  }
  return true;
}

class EntryClass : public ClassDef {
 public:
  EntryClass(bool folder, const EntryFunctions& functions) : folder_(folder), functions_(functions) {}

  std::string_view name() const override { return folder_ ? "Folder" : "File"; }
  std::string_view nameSpace() const override { return "4D"; }

  bool get(CallContext&, const Value& self, std::string_view member, Value& out) override {
    const FsPath* path = fsPathOf(self);
    if (!path) return false;
    if (commonProperty(self, *path, member, out)) return true;
    std::error_code ec;
    if (!folder_ && member == "size") {
      auto size = fs::is_regular_file(path->entry(), ec) ? fs::file_size(path->entry(), ec) : 0;
      out = Value::real(ec ? 0 : static_cast<double>(size));
    } else if (!folder_ && member == "isWritable") {
      out = Value::boolean(fs::is_regular_file(path->entry(), ec) && access(path->entry().c_str(), W_OK) == 0);
    } else if (folder_ && member == "isPackage") {
      out = Value::boolean(false);  // packages are a macOS notion
    } else {
      return false;
    }
    return true;
  }

  // Every property is read-only; a name that is no property stays a plain property of the object.
  bool set(CallContext& ctx, const Value& self, std::string_view member, const Value&) override {
    Value current;
    if (get(ctx, self, member, current))
      throw RuntimeError(file_error::kReadOnlyProperty, "4D." + std::string(name()) + "." + std::string(member) + " is read-only");
    return false;
  }

  bool call(CallContext& ctx, const Value& self, std::string_view member, std::vector<Value>& args,
            Value& out) override {
    const FsPath* path = fsPathOf(self);
    auto it = functions_.find(member);
    if (!path || it == functions_.end()) return false;
    out = it->second(ctx, self, *path, args);
    return true;
  }
  bool hasFunction(std::string_view member) const override { return functions_.count(member) != 0; }

  bool callStatic(CallContext& ctx, std::string_view member, std::vector<Value>& args, Value& out) override {
    if (member != "new") return false;
    out = newFileSystemObject(ctx, args, folder_);
    return true;
  }

 private:
  bool folder_;
  const EntryFunctions& functions_;
};

}  // namespace

ClassDef* fileClass() {
  static const Ref<ClassDef> cls = make<EntryClass>(false, fileFunctions());
  return cls.get();
}

ClassDef* folderClass() {
  static const Ref<ClassDef> cls = make<EntryClass>(true, folderFunctions());
  return cls.get();
}

Value fileSystemObject(FsPath path) {
  Ref<ObjectData> o = make<ObjectData>();
  o->cls = Ref<ClassDef>(path.folder ? folderClass() : fileClass());
  o->native = std::make_unique<NativeSlot>();
  o->native->native = new FsPath(std::move(path));
  o->native->finalize = [](void* p, void*) { delete static_cast<FsPath*>(p); };
  o->native->tag = &kPathTag;
  return Value::object(std::move(o));
}

const FsPath* fsPathOf(const Value& v) {
  if (!v.isObject()) return nullptr;
  const NativeSlot* slot = v.asObject()->native.get();
  return slot && slot->tag == &kPathTag ? static_cast<const FsPath*>(slot->native) : nullptr;
}

const FsPath& folderArg(const std::vector<Value>& args, size_t i, std::string_view what) {
  const FsPath* path = hasArg(args, i) ? fsPathOf(args[i]) : nullptr;
  if (!path || !path->folder) throwTypeError(what, i, "a 4D.Folder");
  return *path;
}

}  // namespace fourd
