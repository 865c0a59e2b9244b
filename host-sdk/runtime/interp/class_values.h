// Classes as values: `cs` and `4D` (class stores), and `cs.Name` / `4D.Name` (class objects answering new(),
// name, superclass and static functions). All of them are objects whose ClassDef forwards to the class.
#pragma once

#include "values/class_def.h"

namespace fourd {

// The one object standing for `cls` in the calling process's host (so that cs.A = cs.A holds).
Value classValue(CallContext& ctx, ClassDef* cls);
// The class a class object stands for; null when `v` is not a class object.
ClassDef* classOfValue(const Value& v);

// `cs`: the user classes of the project of the calling process.
Value userClassStore();
// `4D`: the built-in and plugin classes of the registry.
Value fourDClassStore();

}  // namespace fourd
