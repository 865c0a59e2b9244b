// JSON as 4D writes and reads it (JSON Stringify / JSON Parse).
#pragma once

#include <string>
#include <string_view>

#include "values/value.h"

namespace fourd {

// Exactly what JSON Stringify(v) returns; `pretty` is JSON Stringify(v; *) (tab-indented).
std::string jsonStringify(const Value& v, bool pretty = false);

// JSON Parse(text): numbers become Real, objects keep key order. Throws RuntimeError when the text is invalid.
Value jsonParse(std::string_view text);

}  // namespace fourd
