// One activation of a method, class function or formula: its local slots and This.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string_view>
#include <vector>

#include "lang/ast.h"
#include "values/value.h"

namespace fourd {

struct CompiledFunction;

// How a statement ended: blocks stop early on anything but Normal.
enum class Flow : uint8_t { Normal, Break, Continue, Return };

struct Frame {
  // What a call sets is initialized here, not zeroed first and assigned after: every call makes a frame, and the
  // compiler cleared a wholly default-initialized one with `rep stos`, which cost more than the rest of the setup.
  Frame(const CompiledFunction* function, const lang::TypeKind* types, const Value* self, std::vector<Value>* args,
        std::string_view name, int line)
      : slotTypes(types), fn(function), self(self), args(args), name(name), line(line) {}

  Value* slots = nullptr;
  int frameSize = 0;
  const lang::TypeKind* slotTypes = nullptr;  // null: every slot untyped (formulas)
  const CompiledFunction* fn = nullptr;       // null for formulas
  const Value* self = nullptr;                // This; owned by the caller, which outlives the frame
  std::vector<Value>* args = nullptr;         // every argument passed (${n}, Count parameters)
  // ${n} assigned beyond the arguments passed: locals like the others, which change neither Count parameters
  // nor cost memory for the numbers in between.
  std::unique_ptr<std::map<size_t, Value>> unpassedParams;
  std::string_view name;                      // method name for error messages
  int line = 0;                               // the statement being executed
  Value returned;                             // set by `return expr`
  bool hasReturned = false;
  Frame* caller = nullptr;
  uint64_t serial = 0;  // which activation of the process this is: pointers to its locals name it
};

}  // namespace fourd
