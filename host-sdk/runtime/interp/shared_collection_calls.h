// Collection member functions called on a shared collection: the functions that change it take Use...End use
// themselves (as in 4D), and the data lock keeps readers on other workers safe from a change in progress.
#pragma once

#include <string_view>
#include <vector>

#include "builtins/registry.h"
#include "process/process.h"

namespace fourd {

Value callOnSharedCollection(Process& p, MemberFn fn, CollectionAccess access, const Value& self,
                             std::vector<Value>& args);

}  // namespace fourd
