#include "builtins/file_handle.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "builtins/command_args.h"
#include "builtins/document_text.h"
#include "builtins/file_errors.h"
#include "values/utf8_text.h"

namespace fourd {

namespace {

const char kHandleTag = 0;

// The open file and where the handle is in it. Text is read through a buffer of the whole document, decoded
// once (as the page says), where offsets count characters; blobs and writes count bytes, as the page warns.
struct HandleState {
  Value file;
  std::string path;
  std::string mode;
  std::string charsetName = "UTF-8";
  Charset charset = Charset::Utf8;
  int64_t breakRead = 1, breakWrite = 1;
  int fd = -1;
  int64_t offset = 0;
  bool textLoaded = false;
  std::string text;

  ~HandleState() {
    if (fd >= 0) ::close(fd);
  }
  int64_t fileSize() const {
    struct stat info {};
    return fstat(fd, &info) == 0 ? static_cast<int64_t>(info.st_size) : 0;
  }
  int64_t end() const { return textLoaded ? static_cast<int64_t>(utf16Length(text)) : fileSize(); }
};

const char* const kBreakNames[] = {"", "native", "crlf", "cr", "lf"};

// "native", "crlf", "cr", "lf" (case-sensitive) or their Document with … constants 1 to 4.
int64_t breakModeOption(const Value& v, const char* what) {
  if (v.isText()) {
    for (int64_t i = 1; i <= 4; ++i)
      if (v.asText() == kBreakNames[i]) return i;
  } else if (v.isNumber() && v.asNumber() >= 1 && v.asNumber() <= 4) {
    return static_cast<int64_t>(v.asNumber());
  }
  throw RuntimeError(error_code::kInvalidArgument, std::string("File.open: invalid ") + what);
}

HandleState& stateOf(const Value& self) {
  return *static_cast<HandleState*>(self.asObject()->native->native);
}

void requireWritable(const HandleState& h, const char* what) {
  if (h.mode == "read")
    throw RuntimeError(error_code::kInvalidArgument, std::string(what) + ": the file handle was opened to read");
}

void loadText(HandleState& h) {
  if (h.textLoaded) return;
  int64_t size = h.fileSize();
  std::string bytes(static_cast<size_t>(size), '\0');
  ssize_t got = size > 0 ? pread(h.fd, bytes.data(), bytes.size(), 0) : 0;
  if (got < 0) throwFileError(file_error::kIoError, "FileHandle.readText", "cannot read the file", h.path);
  bytes.resize(static_cast<size_t>(got));
  h.text = convertLineBreaks(decodeDocument(bytes, h.charset), h.breakRead);
  h.textLoaded = true;
  h.offset = std::min<int64_t>(h.offset, static_cast<int64_t>(utf16Length(h.text)));
}

void writeBytes(HandleState& h, const std::string& bytes, const char* what) {
  requireWritable(h, what);
  if (h.textLoaded) {  // the offset counted characters of the buffer: writing goes by bytes
    h.offset = static_cast<int64_t>(byteOffsetOfUnit(h.text, static_cast<size_t>(h.offset)));
    h.textLoaded = false;
  }
  ssize_t written = pwrite(h.fd, bytes.data(), bytes.size(), h.offset);
  if (written != static_cast<ssize_t>(bytes.size()))
    throwFileError(file_error::kIoError, what, "cannot write the file", h.path);
  h.offset += written;
}

std::string encodedText(const HandleState& h, const std::string& text) {
  return encodeDocument(convertLineBreaks(text, h.breakWrite), TextEncoding{h.charset, false});
}

// readText({stopChar}): up to the stop text (left out, and passed over), or to the end; "" and the offset
// unchanged when the stop text is not found.
Value readText(HandleState& h, std::vector<Value>& args) {
  loadText(h);
  size_t start = byteOffsetOfUnit(h.text, static_cast<size_t>(h.offset));
  std::string result;
  if (hasArg(args, 0)) {
    const std::string& stop = textArg(args, 0, "FileHandle.readText");
    size_t at = h.text.find(stop, start);
    if (stop.empty() || at == std::string::npos) return Value::text("");
    h.offset = static_cast<int64_t>(unitsBefore(h.text, at + stop.size()));
    return Value::text(h.text.substr(start, at - start));
  }
  h.offset = static_cast<int64_t>(utf16Length(h.text));
  return Value::text(h.text.substr(start));
}

// readLine(): up to the next line break (CR, LF or CRLF) or the end; the offset passes the break.
Value readLine(HandleState& h) {
  loadText(h);
  size_t start = byteOffsetOfUnit(h.text, static_cast<size_t>(h.offset));
  size_t at = h.text.find_first_of("\r\n", start);
  if (at == std::string::npos) {
    h.offset = static_cast<int64_t>(utf16Length(h.text));
    return Value::text(h.text.substr(start));
  }
  size_t next = at + (h.text.compare(at, 2, "\r\n") == 0 ? 2 : 1);
  h.offset = static_cast<int64_t>(unitsBefore(h.text, next));
  return Value::text(h.text.substr(start, at - start));
}

Value readBlob(HandleState& h, std::vector<Value>& args) {
  int64_t count = std::max<int64_t>(intArg(args, 0, "FileHandle.readBlob"), 0);
  if (h.textLoaded) {
    h.offset = static_cast<int64_t>(byteOffsetOfUnit(h.text, static_cast<size_t>(h.offset)));
    h.textLoaded = false;
  }
  count = std::min(count, std::max<int64_t>(h.fileSize() - h.offset, 0));
  std::string bytes(static_cast<size_t>(count), '\0');
  ssize_t got = count > 0 ? pread(h.fd, bytes.data(), bytes.size(), h.offset) : 0;
  if (got < 0) throwFileError(file_error::kIoError, "FileHandle.readBlob", "cannot read the file", h.path);
  bytes.resize(static_cast<size_t>(got));
  h.offset += got;
  return Value::blob(make<BlobData>(std::move(bytes)));
}

class FileHandleClass : public ClassDef {
 public:
  std::string_view name() const override { return "FileHandle"; }
  std::string_view nameSpace() const override { return "4D"; }

  bool get(CallContext&, const Value& self, std::string_view member, Value& out) override {
    if (!isHandle(self)) return false;
    HandleState& h = stateOf(self);
    if (member == "mode") out = Value::text(h.mode);
    else if (member == "charset") out = Value::text(h.charsetName);
    else if (member == "breakModeRead") out = Value::text(kBreakNames[h.breakRead]);
    else if (member == "breakModeWrite") out = Value::text(kBreakNames[h.breakWrite]);
    else if (member == "file") out = h.file;
    else if (member == "offset") out = Value::real(static_cast<double>(h.offset));
    else if (member == "eof") out = Value::boolean(h.offset >= h.end());
    else return false;
    return true;
  }

  // offset is the one property to write: below 0 it is 0, beyond the end it is the end (FileHandleClass#offset).
  bool set(CallContext& ctx, const Value& self, std::string_view member, const Value& value) override {
    if (!isHandle(self)) return false;
    HandleState& h = stateOf(self);
    if (member == "offset") {
      std::vector<Value> args{value};
      h.offset = std::clamp<int64_t>(intArg(args, 0, "FileHandle.offset"), 0, h.end());
      return true;
    }
    Value current;
    if (get(ctx, self, member, current))
      throw RuntimeError(file_error::kReadOnlyProperty, "4D.FileHandle." + std::string(member) + " is read-only");
    return false;
  }

  bool call(CallContext&, const Value& self, std::string_view member, std::vector<Value>& args,
            Value& out) override {
    if (!isHandle(self)) return false;
    HandleState& h = stateOf(self);
    out = Value();
    if (member == "readText") out = readText(h, args);
    else if (member == "readLine") out = readLine(h);
    else if (member == "readBlob") out = readBlob(h, args);
    else if (member == "writeText") writeBytes(h, encodedText(h, textArg(args, 0, "FileHandle.writeText")), "FileHandle.writeText");
    else if (member == "writeLine") writeBytes(h, encodedText(h, textArg(args, 0, "FileHandle.writeLine") + "\n"), "FileHandle.writeLine");
    else if (member == "writeBlob") writeBytes(h, blobArg(args, 0, "FileHandle.writeBlob"), "FileHandle.writeBlob");
    else if (member == "getSize") out = Value::real(static_cast<double>(h.fileSize()));
    else if (member == "setSize") {
      requireWritable(h, "FileHandle.setSize");
      if (ftruncate(h.fd, std::max<int64_t>(intArg(args, 0, "FileHandle.setSize"), 0)) != 0)
        throwFileError(file_error::kIoError, "FileHandle.setSize", "cannot resize the file", h.path);
      h.textLoaded = false;
    } else {
      return false;
    }
    return true;
  }

  bool hasFunction(std::string_view member) const override {
    static const char* const kFunctions[] = {"readText", "readLine", "readBlob", "writeText", "writeLine",
                                             "writeBlob", "getSize", "setSize"};
    for (const char* f : kFunctions)
      if (member == f) return true;
    return false;
  }
  bool callStatic(CallContext&, std::string_view, std::vector<Value>&, Value&) override { return false; }

 private:
  static bool isHandle(const Value& v) {
    return v.isObject() && v.asObject()->native && v.asObject()->native->tag == &kHandleTag;
  }
};

}  // namespace

ClassDef* fileHandleClass() {
  static const Ref<ClassDef> cls = make<FileHandleClass>();
  return cls.get();
}

Value openFileHandle(const Value& fileObject, const FsPath& path, std::vector<Value>& args) {
  auto state = std::make_unique<HandleState>();
  state->file = fileObject;
  state->path = path.entry();
  state->mode = "read";
  if (hasArg(args, 0) && args[0].isObject()) {
    const ObjectData& options = *args[0].asObject();
    if (const Value* v = options.find("mode")) state->mode = v->isText() ? v->asText() : "";
    if (const Value* v = options.find("charset")) {
      std::vector<Value> charset{*v};
      state->charset = encodingArg(charset, 0, "File.open", TextEncoding{}).charset;
      state->charsetName = v->isText() ? v->asText() : state->charsetName;
    }
    if (const Value* v = options.find("breakModeRead")) state->breakRead = breakModeOption(*v, "breakModeRead");
    if (const Value* v = options.find("breakModeWrite")) state->breakWrite = breakModeOption(*v, "breakModeWrite");
  } else if (hasArg(args, 0)) {
    state->mode = textArg(args, 0, "File.open");
  }
  if (state->mode != "read" && state->mode != "write" && state->mode != "append")
    throw RuntimeError(error_code::kInvalidArgument, "File.open: the mode must be \"read\", \"write\" or \"append\"");
  bool reading = state->mode == "read";
  std::error_code ec;
  if (reading && !std::filesystem::is_regular_file(state->path, ec))
    throwFileError(file_error::kFileNotFound, "File.open", "no such file", state->path);
  if (!reading) std::filesystem::create_directories(std::filesystem::path(state->path).parent_path(), ec);
  state->fd = ::open(state->path.c_str(), reading ? O_RDONLY | O_CLOEXEC : O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  if (state->fd < 0) throwSystemError("File.open", state->path, std::error_code(errno, std::generic_category()));
  if (state->mode == "append") state->offset = state->fileSize();

  Ref<ObjectData> o = make<ObjectData>();
  o->cls = Ref<ClassDef>(fileHandleClass());
  o->native = std::make_unique<NativeSlot>();
  o->native->native = state.release();
  o->native->finalize = [](void* p, void*) { delete static_cast<HandleState*>(p); };
  o->native->tag = &kHandleTag;
  return Value::object(std::move(o));
}

}  // namespace fourd
