// The legacy BLOB commands that move bytes: COPY BLOB, INSERT IN BLOB, DELETE FROM BLOB
// (docs/commands-legacy/<name>.md). As the other commands that alter a blob, each writes a new blob back into
// the variable (blob_commands.cpp). The pages do not say what an offset beyond the blob does: it is an error.
#include <algorithm>
#include <string>

#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

// A non-negative count or offset, at most `limit`.
size_t boundedArg(const std::vector<Value>& args, size_t i, size_t limit, std::string_view command) {
  int64_t n = intArg(args, i, command);
  if (n < 0 || static_cast<uint64_t>(n) > limit)
    throw RuntimeError(error_code::kInvalidArgument, std::string(command) + ": offset or length outside the BLOB");
  return static_cast<size_t>(n);
}

// COPY BLOB(srcBLOB; dstBLOB; srcOffset; dstOffset; len): the destination grows if needed.
Value copyBlob(CallContext&, std::vector<Value>& args, void*) {
  const std::string& source = blobArg(args, 0, "COPY BLOB");
  std::string destination = blobArg(args, 1, "COPY BLOB");
  size_t from = boundedArg(args, 2, source.size(), "COPY BLOB");
  size_t to = boundedArg(args, 3, kMaxTextBytes, "COPY BLOB");
  size_t count = boundedArg(args, 4, source.size() - from, "COPY BLOB");
  if (destination.size() < to + count) destination.resize(to + count, '\0');
  std::copy_n(source.begin() + static_cast<ptrdiff_t>(from), count, destination.begin() + static_cast<ptrdiff_t>(to));
  args[1] = scalarBlob(std::move(destination));
  return Value();
}

// INSERT IN BLOB(blob; offset; len {; filler}): `len` bytes of `filler` (0 by default, modulo 256) at `offset`.
Value insertInBlob(CallContext&, std::vector<Value>& args, void*) {
  std::string blob = blobArg(args, 0, "INSERT IN BLOB");
  size_t at = boundedArg(args, 1, blob.size(), "INSERT IN BLOB");
  size_t count = boundedArg(args, 2, kMaxTextBytes - blob.size(), "INSERT IN BLOB");
  char filler = hasArg(args, 3) ? static_cast<char>(intArg(args, 3, "INSERT IN BLOB") & 0xFF) : '\0';
  blob.insert(at, count, filler);
  args[0] = scalarBlob(std::move(blob));
  return Value();
}

// DELETE FROM BLOB(blob; offset; len): the blob becomes `len` bytes smaller (what lies beyond its end is not
// deleted).
Value deleteFromBlob(CallContext&, std::vector<Value>& args, void*) {
  std::string blob = blobArg(args, 0, "DELETE FROM BLOB");
  size_t at = boundedArg(args, 1, blob.size(), "DELETE FROM BLOB");
  int64_t count = intArg(args, 2, "DELETE FROM BLOB");
  if (count > 0) blob.erase(at, static_cast<size_t>(std::min<int64_t>(count, static_cast<int64_t>(blob.size() - at))));
  args[0] = scalarBlob(std::move(blob));
  return Value();
}

}  // namespace

void registerBlobEditCommands(Registry& registry) {
  addCommand(registry, "COPY BLOB", &copyBlob, 5, 5, 1u << 1);
  addCommand(registry, "INSERT IN BLOB", &insertInBlob, 3, 4, 1u);
  addCommand(registry, "DELETE FROM BLOB", &deleteFromBlob, 3, 3, 1u);
}

}  // namespace fourd
