// The legacy commands of the System Documents theme that real projects call (docs/commands-legacy/<name>.md).
// Their paths are of the platform's syntax, POSIX on Linux; a relative path is relative to the database folder
// (the project folder, as Get 4D folder(Database folder) gives it), and a path ending with "/" names a folder.
#include <cctype>
#include <cstring>
#include <filesystem>
#include <utility>

#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"
#include "builtins/document_text.h"
#include "builtins/file_errors.h"
#include "builtins/file_operations.h"
#include "builtins/ok_result.h"
#include "interp/call_context.h"
#include "values/array_data.h"
#include "values/value_ops.h"

namespace fs = std::filesystem;

namespace fourd {

namespace {

constexpr int64_t kIsAFolder = 0, kIsADocument = 1;
constexpr int64_t kRecursiveParsing = 1, kAbsolutePath = 2, kPosixPathOption = 4, kIgnoreInvisible = 8;

struct DocumentPath {
  std::string path;  // without a trailing "/" (but "/")
  bool folder;       // written with a trailing "/"
};

DocumentPath documentPathArg(CallContext& ctx, const std::vector<Value>& args, size_t i, std::string_view what) {
  std::string text = textArg(args, i, what);
  if (text.empty()) throw RuntimeError(error_code::kInvalidArgument, std::string(what) + ": the path is empty");
  DocumentPath out;
  out.folder = text.back() == '/';
  while (text.size() > 1 && text.back() == '/') text.pop_back();
  out.path = text.front() == '/' ? text : (fs::path(ctx.projectFolder()) / text).string();
  return out;
}

Value documentToText(CallContext& ctx, std::vector<Value>& args, void*) {
  std::string path = documentPathArg(ctx, args, 0, "Document to text").path;
  // Without a BOM or a character set, 4D reads the system's default set (ANSI, MacRoman): on Linux, UTF-8.
  TextEncoding encoding = encodingArg(args, 1, "Document to text", TextEncoding{});
  int64_t breaks = breakModeArg(args, 2, "Document to text");
  return Value::text(convertLineBreaks(decodeDocument(readDocument(path, "Document to text"), encoding.charset), breaks));
}

// DOCUMENT TO BLOB(document; blob) and BLOB TO DOCUMENT(document; blob): the whole file, byte for byte. "OK is set
// to 1 if the document is correctly loaded [written], otherwise OK is set to 0 and an error is generated"
// (commands-legacy/document-to-blob, blob-to-document).
Value documentToBlob(CallContext& ctx, std::vector<Value>& args, void*) {
  OKResult ok(ctx);
  std::string path = documentPathArg(ctx, args, 0, "DOCUMENT TO BLOB").path;
  blobArg(args, 1, "DOCUMENT TO BLOB");
  args[1] = scalarBlob(readDocument(path, "DOCUMENT TO BLOB"));
  ok.succeeded();
  return Value();
}

Value blobToDocument(CallContext& ctx, std::vector<Value>& args, void*) {
  OKResult ok(ctx);
  std::string path = documentPathArg(ctx, args, 0, "BLOB TO DOCUMENT").path;
  writeDocument(path, blobArg(args, 1, "BLOB TO DOCUMENT"), "BLOB TO DOCUMENT");
  ok.succeeded();
  return Value();
}

// TEXT TO DOCUMENT(fileName; text {; charSet {; breakMode}}): UTF-8 without a BOM by default.
Value textToDocument(CallContext& ctx, std::vector<Value>& args, void*) {
  std::string path = documentPathArg(ctx, args, 0, "TEXT TO DOCUMENT").path;
  const std::string& text = textArg(args, 1, "TEXT TO DOCUMENT");
  TextEncoding encoding = encodingArg(args, 2, "TEXT TO DOCUMENT", TextEncoding{});
  int64_t breaks = breakModeArg(args, 3, "TEXT TO DOCUMENT");
  writeDocument(path, encodeDocument(convertLineBreaks(text, breaks), encoding), "TEXT TO DOCUMENT");
  return Value();
}

Value testPathName(CallContext& ctx, std::vector<Value>& args, void*) {
  std::string path = documentPathArg(ctx, args, 0, "Test path name").path;
  std::error_code ec;
  if (fs::is_directory(path, ec)) return Value::longint(kIsAFolder);
  if (fs::is_regular_file(path, ec)) return Value::longint(kIsADocument);
  return Value::longint(file_error::kFileNotFound);
}

// CREATE FOLDER(folderPath {; *}): without `*` the folders above must exist (-120); with it they are made, and
// what follows the last "/" is a document's name, ignored.
Value createFolderCmd(CallContext& ctx, std::vector<Value>& args, void*) {
  OKResult ok(ctx);  // "Modifies variables: OK, error" (commands-legacy/create-folder)
  bool hierarchy = hasArg(args, 1);
  DocumentPath target = documentPathArg(ctx, args, 0, "CREATE FOLDER");
  std::string folder = hierarchy && !target.folder ? fs::path(target.path).parent_path().string() : target.path;
  std::error_code ec;
  if (hierarchy) {
    fs::create_directories(folder, ec);
  } else {
    if (!fs::is_directory(fs::path(folder).parent_path(), ec))
      throwFileError(file_error::kFolderNotFound, "CREATE FOLDER", "the enclosing folder does not exist", folder);
    fs::create_directory(folder, ec);
  }
  if (ec) throwSystemError("CREATE FOLDER", folder, ec);
  ok.succeeded();
  return Value();
}

// DELETE DOCUMENT(document): "Deleting a document sets the OK system variable to 1. If DELETE DOCUMENT can't delete
// the document, the OK system variable is set to 0" (commands-legacy/delete-document).
Value deleteDocument(CallContext& ctx, std::vector<Value>& args, void*) {
  OKResult ok(ctx);
  std::string path = documentPathArg(ctx, args, 0, "DELETE DOCUMENT").path;
  std::error_code ec;
  if (!fs::is_regular_file(fs::symlink_status(path, ec)) && !fs::is_symlink(fs::symlink_status(path, ec)))
    throwFileError(file_error::kFileNotFound, "DELETE DOCUMENT", "no such document", path);
  fs::remove(path, ec);
  if (ec) throwSystemError("DELETE DOCUMENT", path, ec);
  ok.succeeded();
  return Value();
}

// DELETE FOLDER(folder {; deleteOption}): as Folder.delete() (Delete only if empty, Delete with contents).
// "Modifies variables: OK, error" (commands-legacy/delete-folder).
Value deleteFolderCmd(CallContext& ctx, std::vector<Value>& args, void*) {
  OKResult ok(ctx);
  std::string path = documentPathArg(ctx, args, 0, "DELETE FOLDER").path;
  deleteFolder(path, hasArg(args, 1) && intArg(args, 1, "DELETE FOLDER") == 1, "DELETE FOLDER");
  ok.succeeded();
  return Value();
}

Value getDocumentSize(CallContext& ctx, std::vector<Value>& args, void*) {
  std::string path = documentPathArg(ctx, args, 0, "Get document size").path;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec))
    throwFileError(file_error::kFileNotFound, "Get document size", "no such document", path);
  auto size = fs::file_size(path, ec);
  if (ec) throwSystemError("Get document size", path, ec);
  return Value::real(static_cast<double>(size));
}

// COPY DOCUMENT(source; destination {; newName} {; *}): a destination ending with "/" is the folder to copy
// into; newName replaces the copy's name; `*` replaces what is there.
Value copyDocument(CallContext& ctx, std::vector<Value>& args, void*) {
  DocumentPath source = documentPathArg(ctx, args, 0, "COPY DOCUMENT");
  DocumentPath destination = documentPathArg(ctx, args, 1, "COPY DOCUMENT");
  bool overwrite = !args.empty() && isStarArgument(args.back()) && args.size() > 2;
  bool renamed = hasArg(args, 2) && !isStarArgument(args[2]);
  fs::path target(destination.path);
  if (destination.folder) target /= fs::path(source.path).filename();
  if (renamed) target.replace_filename(textArg(args, 2, "COPY DOCUMENT"));
  std::error_code ec;
  if (!fs::is_directory(target.parent_path(), ec))
    throwFileError(file_error::kFolderNotFound, "COPY DOCUMENT", "the destination folder does not exist",
                   target.parent_path().string());
  copyEntry(source.path, target.string(), overwrite, "COPY DOCUMENT");
  return Value();
}

// "Modifies variables: OK, error" (commands-legacy/move-document).
Value moveDocument(CallContext& ctx, std::vector<Value>& args, void*) {
  OKResult ok(ctx);
  std::string source = documentPathArg(ctx, args, 0, "MOVE DOCUMENT").path;
  std::string destination = documentPathArg(ctx, args, 1, "MOVE DOCUMENT").path;
  moveEntry(source, destination, "MOVE DOCUMENT");
  ok.succeeded();
  return Value();
}

// The names DOCUMENT LIST and FOLDER LIST fill their array with, each folder's before its subfolders'. Relative
// names of subfolders' entries start with the separator in the platform's syntax, not with Posix path (both
// "/"-separated on Linux).
void listNames(const std::string& folder, const std::string& prefix, int64_t options, bool wantFolders,
               std::vector<std::string>& out) {
  FolderEntries entries = folderEntries(folder, options & kIgnoreInvisible);
  for (const std::string& name : wantFolders ? entries.folders : entries.files) out.push_back(prefix + name);
  if (!(options & kRecursiveParsing)) return;
  bool separatorFirst = prefix.empty() && !(options & kPosixPathOption);
  for (const std::string& name : entries.folders) {
    std::string sub = separatorFirst ? "/" : prefix;
    sub.append(name).append("/");
    listNames(folder + "/" + name, sub, options, wantFolders, out);
  }
}

void fillList(CallContext& ctx, std::vector<Value>& args, bool wantFolders, const char* what) {
  std::string folder = documentPathArg(ctx, args, 0, what).path;
  ArrayData& array = arrayArg(args, 1, what);
  if (array.type != ArrayType::Text || array.twoDimensional) throwTypeError(what, 1, "a Text array");
  int64_t options = hasArg(args, 2) ? intArg(args, 2, what) : 0;
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) throwFileError(file_error::kFolderNotFound, what, "no such folder", folder);
  std::string prefix;
  if (options & kAbsolutePath) prefix = folder == "/" ? "/" : folder + "/";
  std::vector<std::string> names;
  listNames(folder, prefix, options, wantFolders, names);
  resizeArray(array, names.size());
  for (size_t i = 0; i < names.size(); ++i) array.items[i + 1] = Value::text(std::move(names[i]));
}

Value documentList(CallContext& ctx, std::vector<Value>& args, void*) {
  fillList(ctx, args, false, "DOCUMENT LIST");
  return Value();
}

Value folderList(CallContext& ctx, std::vector<Value>& args, void*) {
  fillList(ctx, args, true, "FOLDER LIST");
  return Value();
}

// On Linux the system's syntax is POSIX: the two conversions change nothing but the URL encoding `*` asks
// for (Convert path system to POSIX encodes, Convert path POSIX to system decodes).
Value systemToPosix(CallContext&, std::vector<Value>& args, void*) {
  const std::string& path = textArg(args, 0, "Convert path system to POSIX");
  if (!hasArg(args, 1)) return Value::text(path);
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || std::strchr("/-._~", c)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return Value::text(std::move(out));
}

Value posixToSystem(CallContext&, std::vector<Value>& args, void*) {
  const std::string& path = textArg(args, 0, "Convert path POSIX to system");
  if (!hasArg(args, 1)) return Value::text(path);
  std::string out;
  for (size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '%' && i + 2 < path.size() && std::isxdigit(static_cast<unsigned char>(path[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(path[i + 2]))) {
      out += static_cast<char>(std::stoi(path.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += path[i];
    }
  }
  return Value::text(std::move(out));
}

}  // namespace

void registerDocumentCommands(Registry& r) {
  addCommand(r, "Document to text", documentToText, 1, 3);
  addCommand(r, "TEXT TO DOCUMENT", textToDocument, 2, 4);
  addCommand(r, "DOCUMENT TO BLOB", documentToBlob, 2, 2, 1u << 1);
  addCommand(r, "BLOB TO DOCUMENT", blobToDocument, 2, 2);
  addCommand(r, "Test path name", testPathName, 1, 1);
  addCommand(r, "CREATE FOLDER", createFolderCmd, 1, 2);
  addCommand(r, "DELETE DOCUMENT", deleteDocument, 1, 1);
  addCommand(r, "DELETE FOLDER", deleteFolderCmd, 1, 2);
  addCommand(r, "Get document size", getDocumentSize, 1, 2);
  addCommand(r, "COPY DOCUMENT", copyDocument, 2, 4);
  addCommand(r, "MOVE DOCUMENT", moveDocument, 2, 2);
  addCommand(r, "DOCUMENT LIST", documentList, 2, 3);
  addCommand(r, "FOLDER LIST", folderList, 2, 2);
  addCommand(r, "Convert path system to POSIX", systemToPosix, 1, 2);
  addCommand(r, "Convert path POSIX to system", posixToSystem, 1, 2);
  // Select document's options (commands-legacy/select-document): the command needs a screen, but code builds
  // its options in expressions that must run.
  for (const auto& [name, value] : {std::pair{"Multiple files", 1}, {"Package open", 2}, {"Package selection", 4},
                                    {"Allow alias files", 8}, {"Use sheet window", 16}, {"File name entry", 32}})
    r.addConstant(name, Value::longint(value));
  r.addConstant("Is a document", Value::longint(kIsADocument));
  r.addConstant("Is a folder", Value::longint(kIsAFolder));
  r.addConstant("Recursive parsing", Value::longint(kRecursiveParsing));
  r.addConstant("Absolute path", Value::longint(kAbsolutePath));
  r.addConstant("Posix path", Value::longint(kPosixPathOption));
  r.addConstant("Ignore invisible", Value::longint(kIgnoreInvisible));
  r.addConstant("Folder separator", Value::text("/"));
}

}  // namespace fourd
