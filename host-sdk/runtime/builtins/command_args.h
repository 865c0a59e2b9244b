// Reading and checking the arguments of built-in commands and member functions, with 4D-like errors.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "builtins/registry.h"
#include "values/errors.h"
#include "values/array_data.h"
#include "values/value.h"

namespace fourd {

// Error numbers our built-ins report. 4D does not document one number per command failure; these follow its
// classic language errors (type mismatch, invalid argument).
namespace error_code {
constexpr int kTypeMismatch = 54;     // an argument of the wrong type
constexpr int kInvalidArgument = 53;  // an argument outside the accepted values
}  // namespace error_code

[[noreturn]] void throwTypeError(std::string_view what, size_t index, std::string_view expected);

// A bare `*` argument (JSON Stringify($o; *), Position(...; *)): the evaluator passes starArgument() for it.
Value starArgument();
bool isStarArgument(const Value& v);

bool hasArg(const std::vector<Value>& args, size_t i);
// Text argument; Undefined and Null read as "".
const std::string& textArg(const std::vector<Value>& args, size_t i, std::string_view what);
// Number argument (Real, Longint or Time; Undefined reads as 0).
double numberArg(const std::vector<Value>& args, size_t i, std::string_view what);
// Its integer part, within ±2^53; a number that is not finite is a 4D error.
int64_t intArg(const std::vector<Value>& args, size_t i, std::string_view what);
// The same, clamped to an int's range: a process number, where one beyond the range names no process.
int processNumberArg(const std::vector<Value>& args, size_t i, std::string_view what);
ObjectData* objectArg(const std::vector<Value>& args, size_t i, std::string_view what);  // null for Null
CollectionData* collectionArg(const std::vector<Value>& args, size_t i, std::string_view what);
const std::string& blobArg(const std::vector<Value>& args, size_t i, std::string_view what);  // the bytes
ArrayData& arrayArg(const std::vector<Value>& args, size_t i, std::string_view what);

void addCommand(Registry& registry, std::string name, CommandFn fn, int minArgs, int maxArgs,
                uint32_t outParams = 0);

}  // namespace fourd
