// The legacy BLOB commands that write and read numbers and text at a byte offset (docs/commands-legacy/<name>.md):
// SET BLOB SIZE, INTEGER TO BLOB, LONGINT TO BLOB, REAL TO BLOB, TEXT TO BLOB, BLOB to integer, BLOB to
// longint, BLOB to real, BLOB to text. A blob value is immutable (it may be a 4D.Blob shared elsewhere): a
// command that alters a Blob variable writes a new blob back into it. An offset passed as a variable is
// advanced past the bytes read or written; `*` instead of an offset appends.
#include <algorithm>
#include <cstring>
#include <string>
#include <type_traits>

#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

constexpr int64_t kMacintoshByteOrdering = 1;  // big-endian; Native (0) and PC (2) orderings are little-endian here
constexpr int64_t kUtf8CString = 4, kUtf8TextWithLength = 5, kUtf8TextWithoutLength = 6;

// Where the bytes go: the offset argument at `i` (advanced afterwards), `*` for the end, or 0.
size_t offsetArg(const std::vector<Value>& args, size_t i, size_t size, std::string_view command) {
  if (!hasArg(args, i)) return 0;
  if (isStarArgument(args[i])) return size;
  int64_t offset = intArg(args, i, command);
  if (offset < 0) throw RuntimeError(error_code::kInvalidArgument, std::string(command) + ": negative offset");
  return static_cast<size_t>(offset);
}

std::string ordered(std::string bytes, int64_t byteOrder) {
  if (byteOrder == kMacintoshByteOrdering) std::reverse(bytes.begin(), bytes.end());
  return bytes;
}

template <class T>
std::string bytesOf(T value) {
  std::string out(sizeof(T), '\0');
  std::memcpy(out.data(), &value, sizeof(T));
  return out;
}

// Writes `bytes` into the blob argument 1 at the offset argument `offsetIndex`, and advances that offset.
void writeInto(std::vector<Value>& args, const std::string& bytes, size_t offsetIndex, std::string_view command) {
  // Without an offset or `*`, the value replaces the whole blob ("the size of the BLOB is adjusted").
  const std::string& current = blobArg(args, 1, command);
  std::string blob = hasArg(args, offsetIndex) ? current : std::string();
  size_t at = offsetArg(args, offsetIndex, blob.size(), command);
  if (at > kMaxTextBytes || bytes.size() > kMaxTextBytes) throw RuntimeError(kNotEnoughMemory, "BLOB too large");
  if (blob.size() < at + bytes.size()) blob.resize(at + bytes.size(), '\0');
  blob.replace(at, bytes.size(), bytes);
  args[1] = scalarBlob(std::move(blob));
  if (hasArg(args, offsetIndex) && !isStarArgument(args[offsetIndex]))
    args[offsetIndex] = Value::longint(static_cast<int64_t>(at + bytes.size()));
}

template <class T>
Value numberToBlob(CallContext&, std::vector<Value>& args, void* name) {
  auto command = static_cast<const char*>(name);
  double number = numberArg(args, 0, command);
  T value = std::is_floating_point_v<T> ? static_cast<T>(number) : static_cast<T>(truncatedInteger(number));
  writeInto(args, ordered(bytesOf(value), intArg(args, 2, command)), 3, command);
  return Value();
}

// Reads `count` bytes of the blob argument 0 at the offset argument `offsetIndex`, and advances that offset.
std::string readFrom(std::vector<Value>& args, size_t count, size_t offsetIndex, std::string_view command) {
  const std::string& blob = blobArg(args, 0, command);
  size_t at = offsetArg(args, offsetIndex, blob.size(), command);
  if (at > blob.size() || blob.size() - at < count)
    throw RuntimeError(error_code::kInvalidArgument, std::string(command) + ": reading beyond the end of the BLOB");
  std::string bytes = blob.substr(at, count);
  if (hasArg(args, offsetIndex)) args[offsetIndex] = Value::longint(static_cast<int64_t>(at + count));
  return bytes;
}

template <class T>
Value blobToNumber(CallContext&, std::vector<Value>& args, void* name) {
  auto command = static_cast<const char*>(name);
  int64_t byteOrder = intArg(args, 1, command);
  std::string bytes = ordered(readFrom(args, sizeof(T), 2, command), byteOrder);
  T value;
  std::memcpy(&value, bytes.data(), sizeof(T));
  return std::is_floating_point_v<T> ? Value::real(static_cast<double>(value)) : Value::longint(value);
}

// SET BLOB SIZE(blob; size {; filler})
Value setBlobSize(CallContext&, std::vector<Value>& args, void*) {
  std::string blob = blobArg(args, 0, "SET BLOB SIZE");
  int64_t size = intArg(args, 1, "SET BLOB SIZE");
  if (size < 0 || static_cast<size_t>(size) > kMaxTextBytes) throw RuntimeError(kNotEnoughMemory, "BLOB too large");
  char filler = hasArg(args, 2) ? static_cast<char>(intArg(args, 2, "SET BLOB SIZE")) : '\0';
  blob.resize(static_cast<size_t>(size), filler);
  args[0] = scalarBlob(std::move(blob));
  return Value();
}

int64_t utf8Format(const std::vector<Value>& args, size_t i, std::string_view command) {
  int64_t format = intArg(args, i, command);
  if (format < kUtf8CString || format > kUtf8TextWithoutLength)
    throw RuntimeError(error_code::kInvalidArgument, std::string(command) + ": only the UTF8 text formats are supported");
  return format;
}

// TEXT TO BLOB(text; blob {; textFormat {; offset | *}}): without a format, a C string (4D's default is Mac C
// string, the same bytes for ASCII text; the Mac character set is not supported).
Value textToBlob(CallContext&, std::vector<Value>& args, void*) {
  std::string text = textArg(args, 0, "TEXT TO BLOB");
  int64_t format = hasArg(args, 2) ? utf8Format(args, 2, "TEXT TO BLOB") : kUtf8CString;
  if (format == kUtf8CString) text.push_back('\0');
  // The length comes first, most significant byte first, as the page's example shows it ("Café" --> $00 00 00 05…).
  if (format == kUtf8TextWithLength) text = ordered(bytesOf(static_cast<int32_t>(text.size())), kMacintoshByteOrdering) + text;
  writeInto(args, text, 3, "TEXT TO BLOB");
  return Value();
}

// BLOB to text(blob; textFormat {; offset {; textLength}}): the offset ends after what was read (a C string's
// terminating zero included).
Value blobToText(CallContext&, std::vector<Value>& args, void*) {
  const std::string& blob = blobArg(args, 0, "BLOB to text");
  int64_t format = utf8Format(args, 1, "BLOB to text");
  size_t at = offsetArg(args, 2, blob.size(), "BLOB to text");
  if (at > blob.size()) throw RuntimeError(error_code::kInvalidArgument, "BLOB to text: offset beyond the end of the BLOB");
  size_t begin = at, count = blob.size() - at, end = blob.size();
  if (format == kUtf8CString) {
    size_t zero = blob.find('\0', at);
    if (zero != std::string::npos) {
      count = zero - at;
      end = zero + 1;
    }
  } else if (format == kUtf8TextWithLength) {
    if (count < 4) throw RuntimeError(error_code::kInvalidArgument, "BLOB to text: no length at the offset");
    int32_t length;
    std::memcpy(&length, ordered(blob.substr(at, 4), kMacintoshByteOrdering).data(), 4);
    begin = at + 4;
    count = std::min(static_cast<size_t>(std::max(length, 0)), blob.size() - begin);
    end = begin + count;
  } else if (hasArg(args, 3)) {
    count = std::min(count, static_cast<size_t>(std::max<int64_t>(intArg(args, 3, "BLOB to text"), 0)));
    end = begin + count;
  }
  if (hasArg(args, 2)) args[2] = Value::longint(static_cast<int64_t>(end));
  return Value::text(blob.substr(begin, count));
}

template <class T>
void addNumberCommands(Registry& registry, const char* toBlob, const char* fromBlob) {
  registry.addCommand({toBlob, &numberToBlob<T>, const_cast<char*>(toBlob), 3, 4, 0b1010});
  registry.addCommand({fromBlob, &blobToNumber<T>, const_cast<char*>(fromBlob), 2, 3, 0b100});
}

}  // namespace

void registerBlobCommands(Registry& registry) {
  addCommand(registry, "SET BLOB SIZE", &setBlobSize, 2, 3, 1u);
  addNumberCommands<int16_t>(registry, "INTEGER TO BLOB", "BLOB to integer");
  addNumberCommands<int32_t>(registry, "LONGINT TO BLOB", "BLOB to longint");
  addNumberCommands<double>(registry, "REAL TO BLOB", "BLOB to real");
  addCommand(registry, "TEXT TO BLOB", &textToBlob, 2, 4, 0b1010);
  addCommand(registry, "BLOB to text", &blobToText, 2, 4, 0b100);
}

}  // namespace fourd
