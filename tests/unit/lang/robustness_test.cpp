// Hostile input ends in syntax errors with positions, never in a crash, a hang or a stack overflow.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "fake_names.h"
#include "lang/parser.h"

namespace fourd::lang {

TEST_CASE("robustness: deep nesting is a syntax error, not a stack overflow") {
  std::string parens = "$a:=" + std::string(100000, '(') + "1";
  ParseResult r = parse(parens, "deep.4dm", ModuleKind::Method, test::commonNames());
  REQUIRE_FALSE(r.errors.empty());
  CHECK(r.errors[0].message == "nesting too deep");

  std::string minus = "$a:=" + std::string(100000, '-') + "1";
  CHECK_FALSE(parse(minus, "deep.4dm", ModuleKind::Method, test::commonNames()).errors.empty());

  std::string ifs;
  for (int i = 0; i < 5000; ++i) ifs += "If (True)\n";
  for (int i = 0; i < 5000; ++i) ifs += "End if\n";
  CHECK_FALSE(parse(ifs, "deep.4dm", ModuleKind::Method, test::commonNames()).errors.empty());

  std::string fine;
  for (int i = 0; i < 100; ++i) fine += "If (True)\n";
  for (int i = 0; i < 100; ++i) fine += "End if\n";
  CHECK(parse(fine, "ok.4dm", ModuleKind::Method, test::commonNames()).errors.empty());
}

TEST_CASE("robustness: random fragments always yield a module and positioned errors") {
  static const char* kFragments[] = {
      "If", "(", ")", "End if", "Else", "Case of", ":", "End case", "For each", "End for each", "For", "While",
      "Repeat", "Until", "Try", "Catch", "End try", "Use", "End use", "var", "$a", "$b", ";", ":=", "+=", "+", "*",
      "\\", "\n", "\\\n", "\"text", "\"ok\"", "{", "}", "[", "]", ".", "x", "ALERT", "Formula", "Function",
      "Class constructor", "property", "return", "throw", "?", "#DECLARE", "/*", "*/", "//", "1.5", "0x", "<>g",
      "${", "Is text:K8:3", "ALERT:C41", "Super", "This", "4D", "cs", "&&", "||", "->", "`", " ",
  };
  std::mt19937 rng(12345);
  std::uniform_int_distribution<size_t> pick(0, std::size(kFragments) - 1);
  std::uniform_int_distribution<int> length(1, 40);
  for (int round = 0; round < 3000; ++round) {
    std::string src;
    for (int n = length(rng); n > 0; --n) src += std::string(kFragments[pick(rng)]) + (rng() % 3 ? "" : " ");
    ModuleKind kind = round % 2 ? ModuleKind::Class : ModuleKind::Method;
    ParseResult r = parse(src, "fuzz.4dm", kind, test::commonNames());
    REQUIRE(r.module);
    for (const auto& e : r.errors) {
      CHECK(e.line >= 1);
      CHECK(e.column >= 1);
      CHECK_FALSE(e.message.empty());
    }
    ExpressionParseResult x = parseExpression(src, "fuzz", test::commonNames());
    CHECK((x.expr != nullptr) == x.errors.empty());
  }
}

}  // namespace fourd::lang
