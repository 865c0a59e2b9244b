// Entering 4D code: methods, class functions, formulas and member functions, each in a fresh frame of the
// calling process.
#pragma once

#include <string_view>
#include <vector>

#include "interp/compiled_function.h"
#include "values/value.h"

namespace fourd {

class Process;

// A method or class function with `self` as This; returns its result.
Value invokeFunction(Process& p, const CompiledFunction& fn, const Value& self, std::vector<Value>& args);
// A project method (This is Null).
Value callMethod(Process& p, const CompiledFunction& fn, std::vector<Value> args);
// A 4D.Function object.
Value invokeFormula(Process& p, const Value& formula, const Value& self, std::vector<Value>& args);
// object.member(args): class functions, formula-valued properties, collection and blob functions.
Value callMemberFunction(Process& p, const Value& object, std::string_view member, std::vector<Value>& args);

}  // namespace fourd
