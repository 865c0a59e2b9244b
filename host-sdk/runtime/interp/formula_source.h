// Formula from string: parses and resolves a formula's text at run time.
#pragma once

#include <string>

#include "values/value.h"

namespace fourd {

struct Engine;

// A 4D.Function for `source`; throws RuntimeError on a syntax error.
Value compileFormulaSource(Engine& engine, const std::string& source);

}  // namespace fourd
