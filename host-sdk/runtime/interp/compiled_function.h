// What the resolver derives from a method or class function once, before any process runs it: the size of its
// frame, where its parameters and result live, and the declared type of each local slot.
#pragma once

#include <string>
#include <vector>

#include "lang/ast.h"
#include "values/value.h"

namespace fourd {

class UserClass;

struct CompiledFunction {
  const lang::FunctionDecl* decl = nullptr;
  std::string displayName;         // in error messages: "myMethod", "ChatHandler.onOpen"
  int frameSize = 0;
  std::vector<int> paramSlots;     // [i]: slot of parameter i+1 (declared or legacy $i); -1 when unused
  int resultSlot = -1;             // $0 or the declared result variable
  std::vector<lang::TypeKind> slotTypes;  // declared type per slot (None when untyped)
  std::vector<std::pair<int, Value>> initialValues;  // typed locals that are not parameters, with their default
  // A legacy C_xxx(${n}): every parameter from the nth on, named or not, has this type.
  int typedFrom = 0;
  lang::TypeKind typedFromType = lang::TypeKind::None;
  UserClass* owner = nullptr;      // the class of a class function (for Super)
};

}  // namespace fourd
