// 4D pointers (docs/Concepts/dt_pointer.md): `->var`, `->$local`, `->array`, `->array{n}`. A pointer names its
// variable the way the evaluator finds it (a local's slot in one activation, a process or interprocess variable's
// number), never by address: the evaluator looks the variable up at each use, so a pointer that outlives its
// variable is an error, not a dangling reference.
#pragma once

#include <cstdint>
#include <string>

#include "values/value.h"

namespace fourd {

struct PointerData : HeapCell {
  enum class Target : uint8_t { Nil, Local, ProcessVar, InterprocessVar };
  Target target = Target::Nil;
  int32_t slot = -1;     // the local's slot, or the process or interprocess variable's number
  int64_t element = -1;  // ->array{n}: n; -1: the variable itself
  int64_t column = -1;   // ->array{row}{column} of a two-dimensional array: the column; -1 otherwise
  std::string name;      // as written ("$x", "vText", "<>x"): RESOLVE POINTER and error messages
  // Locals: the activation the variable belongs to (its frame's serial number in that process).
  uint64_t frameSerial = 0;
  int process = 0;      // locals only: the process number (0 otherwise)

  // Pointer = Pointer: the same variable (and element).
  bool sameTarget(const PointerData& o) const {
    return target == o.target && slot == o.slot && element == o.element && column == o.column &&
           frameSerial == o.frameSerial && process == o.process;
  }
};

inline Value Value::pointer(Ref<PointerData> p) { return owning(Kind::Pointer, p.detach()); }
inline PointerData* Value::asPointer() const { return static_cast<PointerData*>(u_.h); }

// The value of a Pointer variable nobody assigned: Is nil pointer is True, and it is falsy.
Value nilPointer();
inline bool isNilPointer(const Value& v) {
  return v.isPointer() && v.asPointer()->target == PointerData::Target::Nil;
}

}  // namespace fourd
