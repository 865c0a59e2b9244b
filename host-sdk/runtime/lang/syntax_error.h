// A syntax error found by the lexer or the parser; both report every error and keep going.
#pragma once

#include <string>

namespace fourd::lang {

struct SyntaxError {
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;
};

}  // namespace fourd::lang
