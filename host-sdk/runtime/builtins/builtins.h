// The built-in commands, constants, collection member functions and 4D classes that need only values.
#pragma once

#include "builtins/registry.h"

namespace fourd {

void registerBuiltins(Registry& registry);

}  // namespace fourd
