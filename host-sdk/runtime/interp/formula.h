// 4D.Function objects: Formula(expr) and Formula from string(text). A formula keeps its expression tree and
// the values of the caller's locals it uses, copied when it was created.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "lang/ast.h"
#include "values/class_def.h"

namespace fourd {

struct FormulaData {
  const lang::FormulaExpr* expr = nullptr;
  std::vector<std::pair<int, Value>> captured;  // (slot in the formula's frame, value)
  std::shared_ptr<const void> owner;            // keeps what Formula from string parsed alive
  std::string source;
};

// The 4D.Function class (registered in the 4D class store).
ClassDef* functionClass();

Value makeFormula(FormulaData data);
// The formula behind a 4D.Function object; null for anything else.
const FormulaData* formulaOf(const Value& v);
// A copy whose captured values are deep copies, for handing a formula to another worker.
Value copyFormulaForWorker(const Value& formula);

}  // namespace fourd
