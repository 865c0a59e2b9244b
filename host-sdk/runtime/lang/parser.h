// The parser: a whole .4dm file into a Module, or one expression (Formula from string) into an Expr.
// Never throws for bad input: every syntax error is returned with file, line and column, and parsing resumes at
// the next line, so one run reports all of them.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/ast.h"
#include "lang/name_oracle.h"
#include "lang/syntax_error.h"

namespace fourd::lang {

struct ParseResult {
  std::unique_ptr<Module> module;  // always set; do not run it when `errors` is not empty
  std::vector<SyntaxError> errors;
};

// `fileName` names the module (folders and the .4dm extension are dropped) and is copied into each error.
ParseResult parse(std::string_view source, std::string fileName, ModuleKind kind, const NameOracle& names);

struct ExpressionParseResult {
  ExprPtr expr;  // null when there were errors
  std::vector<SyntaxError> errors;
};

// An expression, or an assignment (an AssignExpr whose value is the assigned value), as Formula from string takes.
ExpressionParseResult parseExpression(std::string_view source, std::string fileName, const NameOracle& names);

// The 4D commands the language itself handles rather than the command registry (keywords such as This, Formula,
// True; Not; the C_xxx declarations), lowercase: with the registry's, what the host offers.
std::vector<std::string> languageCommandNames();

// "Project/Sources/Classes/ChatHandler.4dm" -> "ChatHandler".
std::string moduleNameFromFile(std::string_view fileName);

// A method module of `fileName` whose body is `throw(code; message)`: what a project method that does not parse
// becomes, so that the methods that do parse run and calling this one raises its syntax error.
std::unique_ptr<Module> methodRaising(std::string fileName, int code, const std::string& message);

}  // namespace fourd::lang
