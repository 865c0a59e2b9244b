// The areas registerBuiltins() is made of, one source file each.
#pragma once

#include "builtins/registry.h"

namespace fourd {

void registerTextCommands(Registry& registry);
void registerMathCommands(Registry& registry);
void registerObjectCommands(Registry& registry);
void registerJsonCommands(Registry& registry);
void registerBlobSupport(Registry& registry);
void registerBlobCommands(Registry& registry);
void registerBlobEditCommands(Registry& registry);
void registerConstants(Registry& registry);
void registerMiscCommands(Registry& registry);
void registerDateCommands(Registry& registry);
void registerCollectionFunctions(Registry& registry);
void registerCollectionCallbackFunctions(Registry& registry);
void registerCollectionOrderFunctions(Registry& registry);
void registerCollectionQueryFunctions(Registry& registry);
void registerArrayCommands(Registry& registry);  // with the two below
void registerArrayDeclarations(Registry& registry);
void registerArrayCollectionCommands(Registry& registry);
void registerApplicationCommands(Registry& registry);
void registerChoose(Registry& registry);
void registerMatchRegex(Registry& registry);
void registerHeadlessUi(Registry& registry);
void registerFileCommands(Registry& registry);  // File, Folder and their classes
void registerDocumentCommands(Registry& registry);

}  // namespace fourd
