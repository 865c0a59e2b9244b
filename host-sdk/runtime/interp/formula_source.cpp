#include "interp/formula_source.h"

#include "interp/engine.h"
#include "interp/formula.h"
#include "interp/project.h"
#include "lang/parser.h"
#include "values/errors.h"

namespace fourd {

Value compileFormulaSource(Engine& engine, const std::string& source) {
  const Project& project = *engine.project;
  lang::ExpressionParseResult parsed = lang::parseExpression(source, "Formula from string", project.names());
  if (!parsed.expr) {
    std::string message = "Syntax error in formula '" + source + "'";
    if (!parsed.errors.empty()) message += ": " + parsed.errors.front().message;
    throw RuntimeError(kSyntaxError, message);
  }
  auto tree = std::make_shared<lang::FormulaExpr>(parsed.expr->pos);
  tree->body = std::move(parsed.expr);
  tree->source = source;
  resolveStandaloneFormula(*tree, project.resolveContext());
  FormulaData data;
  data.expr = tree.get();
  data.source = source;
  data.owner = std::move(tree);
  return makeFormula(std::move(data));
}

}  // namespace fourd
