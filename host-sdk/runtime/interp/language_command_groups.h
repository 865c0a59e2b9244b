// The parts registerLanguageCommands() is made of.
#pragma once

#include "builtins/registry.h"

namespace fourd {

void registerProcessCommands(Registry& registry);  // workers, processes, shared values, QUIT 4D
void registerProcessInfoCommands(Registry& registry);  // Process state, Count tasks, PROCESS PROPERTIES...
void registerPointerCommands(Registry& registry);  // Is nil pointer, Get pointer, RESOLVE POINTER
void registerAssertCommands(Registry& registry);   // ASSERT and the switch that disables assertions
void registerMethodCommands(Registry& registry);   // Current method name, Count parameters, EXECUTE METHOD
void registerCopyCommands(Registry& registry);     // OB Copy and collection.copy(), which resolve pointers

}  // namespace fourd
