// Renders syntax trees as compact S-expressions so that parser tests can state the expected shape in one line.
#pragma once

#include <string>

#include "lang/ast.h"

namespace fourd::lang::test {

std::string dump(const Expr* e);
std::string dump(const Stmt* s);
std::string dump(const Block& b);  // statements separated by spaces

}  // namespace fourd::lang::test
