// One activation of a method, class function or formula: its local slots and This.
#pragma once

#include <string_view>
#include <vector>

#include "lang/ast.h"
#include "values/value.h"

namespace fourd {

struct CompiledFunction;

// How a statement ended: blocks stop early on anything but Normal.
enum class Flow : uint8_t { Normal, Break, Continue, Return };

struct Frame {
  Value* slots = nullptr;
  int frameSize = 0;
  const lang::TypeKind* slotTypes = nullptr;  // null: every slot untyped (formulas)
  const CompiledFunction* fn = nullptr;       // null for formulas
  const Value* self = nullptr;                // This; owned by the caller, which outlives the frame
  std::vector<Value>* args = nullptr;         // every argument passed (${n}, Count parameters)
  std::string_view name;                      // method name for error messages
  int line = 0;                               // the statement being executed
  Value returned;                             // set by `return expr`
  bool hasReturned = false;
  Frame* caller = nullptr;
};

}  // namespace fourd
