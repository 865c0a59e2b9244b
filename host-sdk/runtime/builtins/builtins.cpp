#include "builtins/builtins.h"

#include "builtins/builtin_groups.h"

namespace fourd {

void registerBuiltins(Registry& registry) {
  registerConstants(registry);
  registerTextCommands(registry);
  registerMathCommands(registry);
  registerObjectCommands(registry);
  registerJsonCommands(registry);
  registerBlobSupport(registry);
  registerBlobCommands(registry);
  registerBlobEditCommands(registry);
  registerMiscCommands(registry);
  registerDateCommands(registry);
  registerCollectionFunctions(registry);
  registerCollectionCallbackFunctions(registry);
  registerCollectionOrderFunctions(registry);
  registerCollectionQueryFunctions(registry);
  registerArrayCommands(registry);
  registerApplicationCommands(registry);
  registerChoose(registry);
  registerMatchRegex(registry);
  registerHeadlessUi(registry);
  registerFileCommands(registry);
  registerDocumentCommands(registry);
}

}  // namespace fourd
