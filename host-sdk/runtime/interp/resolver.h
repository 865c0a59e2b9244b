// The pass between parsing and running: binds locals to frame slots (formula parameters to argument
// positions), process and interprocess variables to table numbers, commands, constants and methods to their
// definitions. Runs once per module; the tree is read-only afterwards.
#pragma once

#include <functional>
#include <string_view>

#include "interp/compiled_function.h"
#include "lang/ast.h"

namespace fourd {

class NameTable;
class Registry;

struct ResolveContext {
  const Registry& registry;
  NameTable& processVariables;
  NameTable& interprocessVariables;
  std::function<const CompiledFunction*(std::string_view key)> findMethod;
};

void resolveFunction(lang::FunctionDecl& decl, CompiledFunction& out, const ResolveContext& ctx);

// A formula that captures nothing (Formula from string): $1..$n are its arguments.
void resolveStandaloneFormula(lang::FormulaExpr& formula, const ResolveContext& ctx);

// Formula frames keep their arguments outside the slots: $N is encoded as slot -2 - (N - 1).
inline int formulaArgumentSlot(int n) { return -1 - n; }
inline int formulaArgumentIndex(int slot) { return -1 - slot; }  // N, for slot < -1

}  // namespace fourd
