// Classes as values: `cs` and `4D` (class stores), and `cs.Name` / `4D.Name` (class objects answering new(),
// name, superclass and static functions). All of them are objects whose ClassDef forwards to the class.
#pragma once

#include <string>
#include <vector>

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

// The classes of 4D's reference the evaluator provides itself, not the registry: Class (what cs.Name and 4D.Name
// are) and Collection (collections, whose member functions the registry holds by name).
std::vector<std::string> languageClassNames();

}  // namespace fourd
