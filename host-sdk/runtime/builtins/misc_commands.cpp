// Commands about types, identifiers and time.
#include <chrono>
#include <cstdio>
#include <random>

#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"
#include "values/array_data.h"
#include "values/date_time.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

const auto kStartTime = std::chrono::steady_clock::now();

Value valueTypeCmd(CallContext&, std::vector<Value>& args, void*) {
  return Value::longint(valueTypeConstant(args[0]));
}

Value undefinedCmd(CallContext&, std::vector<Value>& args, void*) {
  return Value::boolean(args.empty() || args[0].isUndefined());
}

Value generateUuidCmd(CallContext&, std::vector<Value>&, void*) {
  // A random (version 4) UUID written as 4D does: 32 uppercase hex digits, no dashes.
  thread_local std::mt19937_64 engine{std::random_device{}() ^ (uint64_t(std::random_device{}()) << 32)};
  uint64_t hi = engine(), lo = engine();
  hi = (hi & ~0xF000ull) | 0x4000ull;
  lo = (lo & ~(0xC000ull << 48)) | (0x8000ull << 48);
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llX%016llX", static_cast<unsigned long long>(hi),
                static_cast<unsigned long long>(lo));
  return Value::text(buf);
}

Value millisecondsCmd(CallContext&, std::vector<Value>&, void*) {
  auto elapsed = std::chrono::steady_clock::now() - kStartTime;
  return Value::longint(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count());
}

Value timestampCmd(CallContext&, std::vector<Value>&, void*) {
  return Value::text(isoTimestamp(std::chrono::system_clock::now()));
}

// Type(variable): an array gives its array type (docs/commands-legacy/type.md), anything else what Value type
// gives (the host keeps no declared type apart from the value).
Value typeCmd(CallContext&, std::vector<Value>& args, void*) {
  if (!args[0].isArray()) return Value::longint(valueTypeConstant(args[0]));
  const ArrayData& a = *args[0].asArray();
  if (a.twoDimensional) return Value::longint(13);  // Array 2D
  switch (a.type) {
    case ArrayType::Text: return Value::longint(18);
    case ArrayType::Longint: return Value::longint(16);
    case ArrayType::Integer: return Value::longint(15);
    case ArrayType::Real: return Value::longint(14);
    case ArrayType::Boolean: return Value::longint(22);
    case ArrayType::Object: return Value::longint(39);
    case ArrayType::Pointer: return Value::longint(20);
    case ArrayType::Blob: return Value::longint(31);
    case ArrayType::Date: return Value::longint(17);
    case ArrayType::Time: return Value::longint(32);
  }
  return Value::longint(valueTypeConstant(args[0]));
}

}  // namespace

void registerMiscCommands(Registry& r) {
  addCommand(r, "Type", typeCmd, 1, 1);
  addCommand(r, "Value type", valueTypeCmd, 1, 1);
  addCommand(r, "Undefined", undefinedCmd, 1, 1);
  addCommand(r, "Generate UUID", generateUuidCmd, 0, 0);
  addCommand(r, "Milliseconds", millisecondsCmd, 0, 0);
  addCommand(r, "Timestamp", timestampCmd, 0, 0);
}

}  // namespace fourd
