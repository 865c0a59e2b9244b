// Arbitrary text into the 4D-language front end: as a method module, as a class module and as a Formula from
// string expression. Beyond "no crash, no UB, no leak", checks what parser.h promises for any input: it never
// throws, a module always comes back, and every syntax error names the file and a 1-based line and column.

#include <cstdlib>
#include <string>
#include <string_view>

#include "builtins/builtins.h"
#include "interp/runtime.h"
#include "lang/parser.h"

using namespace fourd;

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

void checkErrors(const std::vector<lang::SyntaxError>& errors, const std::string& file) {
  for (const lang::SyntaxError& error : errors) {
    require(error.file == file);
    require(error.line >= 1 && error.column >= 1);
    require(!error.message.empty());
  }
}

void parseModule(std::string_view source, const std::string& file, lang::ModuleKind kind,
                 const lang::NameOracle& names) {
  const lang::ParseResult result = lang::parse(source, file, kind, names);
  require(result.module != nullptr);
  require(result.module->kind == kind);
  checkErrors(result.errors, file);
}

}  // namespace

// The lexer asks the registry which words form multi-word command and constant names, so it must be filled
// exactly as in the host.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  registerBuiltins(Registry::global());
  registerLanguageCommands(Registry::global());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view source(reinterpret_cast<const char*>(data), size);
  lang::ProjectNameOracle names;
  names.addMethod("fuzzMethod");
  parseModule(source, "Project/Sources/Methods/fuzzMethod.4dm", lang::ModuleKind::Method, names);
  parseModule(source, "Project/Sources/Classes/FuzzClass.4dm", lang::ModuleKind::Class, names);

  const std::string formulaFile = "formula";
  const lang::ExpressionParseResult expression = lang::parseExpression(source, formulaFile, names);
  require((expression.expr != nullptr) == expression.errors.empty());
  checkErrors(expression.errors, formulaFile);
  return 0;
}
