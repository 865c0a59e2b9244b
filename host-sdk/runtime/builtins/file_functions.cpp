// The functions of 4D.File (developer.4d.com/docs/API/FileClass and Document).
#include <filesystem>
#include <fstream>

#include "builtins/command_args.h"
#include "builtins/document_text.h"
#include "builtins/entry_functions.h"
#include "builtins/file_errors.h"
#include "builtins/file_handle.h"
#include "builtins/file_operations.h"

namespace fs = std::filesystem;

namespace fourd {

namespace {

// .create(): False when the file exists or cannot be made (the documentation's "if an error occurred"), the
// folders above it made as needed.
Value createFile(CallContext&, const Value&, const FsPath& path, std::vector<Value>&) {
  std::error_code ec;
  if (fs::exists(fs::symlink_status(path.entry(), ec))) return Value::boolean(false);
  fs::create_directories(fs::path(path.entry()).parent_path(), ec);
  if (ec) return Value::boolean(false);
  std::ofstream out(path.entry(), std::ios::binary);
  return Value::boolean(static_cast<bool>(out));
}

// .delete(): nothing when there is no file.
Value deleteFile(CallContext&, const Value&, const FsPath& path, std::vector<Value>&) {
  std::error_code ec;
  if (fs::is_directory(fs::symlink_status(path.entry(), ec))) return Value();
  fs::remove(path.entry(), ec);
  if (ec) throwSystemError("File.delete", path.entry(), ec);
  return Value();
}

// .getText({charSet {; breakMode}}): UTF-8 unless a BOM says otherwise; line breaks native (LF) by default.
Value getText(CallContext&, const Value&, const FsPath& path, std::vector<Value>& args) {
  TextEncoding encoding = encodingArg(args, 0, "File.getText", TextEncoding{});
  int64_t breaks = breakModeArg(args, 1, "File.getText");
  std::string text = decodeDocument(readDocument(path.entry(), "File.getText"), encoding.charset);
  return Value::text(convertLineBreaks(text, breaks));
}

// .setText(text {; charSet {; breakMode}}): UTF-8 without a BOM by default, as in 4D since 19 R3
// (versioned_docs/version-20/API/FileClass.md#settext).
Value setText(CallContext&, const Value&, const FsPath& path, std::vector<Value>& args) {
  const std::string& text = textArg(args, 0, "File.setText");
  TextEncoding encoding = encodingArg(args, 1, "File.setText", TextEncoding{});
  int64_t breaks = breakModeArg(args, 2, "File.setText");
  writeDocument(path.entry(), encodeDocument(convertLineBreaks(text, breaks), encoding), "File.setText");
  return Value();
}

Value getContent(CallContext&, const Value&, const FsPath& path, std::vector<Value>&) {
  return Value::blob(make<BlobData>(readDocument(path.entry(), "File.getContent")));
}

Value setContent(CallContext&, const Value&, const FsPath& path, std::vector<Value>& args) {
  writeDocument(path.entry(), blobArg(args, 0, "File.setContent"), "File.setContent");
  return Value();
}

// .open({mode}) / .open(options): a 4D.FileHandle.
Value openFile(CallContext&, const Value& self, const FsPath& path, std::vector<Value>& args) {
  return openFileHandle(self, path, args);
}

}  // namespace

const EntryFunctions& fileFunctions() {
  static const EntryFunctions functions = {
      {"create", createFile},   {"delete", deleteFile},       {"getText", getText},       {"setText", setText},
      {"getContent", getContent}, {"setContent", setContent}, {"copyTo", copyEntryTo},   {"moveTo", moveEntryTo},
      {"rename", renameEntry},  {"open", openFile},
  };
  return functions;
}

}  // namespace fourd
