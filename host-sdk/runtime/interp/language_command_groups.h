// The parts registerLanguageCommands() is made of.
#pragma once

#include "builtins/registry.h"

namespace fourd {

void registerProcessCommands(Registry& registry);  // workers, processes, shared values, QUIT 4D
void registerPointerCommands(Registry& registry);  // Is nil pointer, Get pointer, RESOLVE POINTER

}  // namespace fourd
