#include <doctest/doctest.h>

#include <cctype>
#include <set>

#include "builtin_test_support.h"
#include "values/errors.h"
#include "values/value_ops.h"

using namespace fourd;
using namespace fourd::test;

TEST_CASE("math commands") {
  CHECK(command("Abs", {num(-2.5)}).asNumber() == 2.5);
  CHECK(command("Round", {num(123.456), num(2)}).asNumber() == doctest::Approx(123.46));
  CHECK(command("Round", {num(2.5), num(0)}).asNumber() == 3);
  CHECK(command("Round", {num(1234), num(-2)}).asNumber() == 1200);
  CHECK(command("Trunc", {num(-3.789), num(1)}).asNumber() == doctest::Approx(-3.7));
  CHECK(command("Int", {num(-3.5)}).asNumber() == -4);
  CHECK(command("Round", {num(29.8725), num(3)}).asNumber() == doctest::Approx(29.873).epsilon(1e-12));
  CHECK(command("Round", {num(32345.67), num(-3)}).asNumber() == 32000);
  CHECK(command("Round", {num(-1.5), num(0)}).asNumber() == -2);
  CHECK(command("Trunc", {num(0.29), num(2)}).asNumber() == doctest::Approx(0.29).epsilon(1e-12));
  CHECK(command("Trunc", {num(216.897), num(-1)}).asNumber() == 210);
  CHECK(command("Mod", {num(7), num(3)}).asNumber() == 1);
  CHECK_THROWS_AS(command("Mod", {num(7), num(0)}), RuntimeError);
  CHECK(command("Square root", {num(16)}).asNumber() == 4);
  CHECK(command("Dec", {num(-3.25)}).asNumber() == -0.25);
  CHECK(toText(Value::real(command("Arctan", {num(1)}).asNumber() * 4)) == "3.14159265359");
  CHECK(toText(command("Log", {num(-1)})) == "");
  CHECK(builtins().constant("Pi")->asNumber() == doctest::Approx(3.14159265358979));
  for (int i = 0; i < 100; ++i) {
    int64_t r = command("Random", {}).asLongint();
    CHECK((r >= 0 && r <= 32767));
  }
}

TEST_CASE("Generate UUID gives 32 distinct uppercase hex digits") {
  std::set<std::string> seen;
  for (int i = 0; i < 50; ++i) {
    std::string id = command("Generate UUID", {}).asText();
    REQUIRE(id.size() == 32);
    for (char c : id) CHECK((std::isdigit(static_cast<unsigned char>(c)) || (c >= 'A' && c <= 'F')));
    seen.insert(id);
  }
  CHECK(seen.size() == 50);
}

TEST_CASE("Timestamp is ISO 8601 UTC with milliseconds") {
  std::string ts = command("Timestamp", {}).asText();
  REQUIRE(ts.size() == 24);
  CHECK(ts[4] == '-');
  CHECK(ts[10] == 'T');
  CHECK(ts[19] == '.');
  CHECK(ts.back() == 'Z');
}

TEST_CASE("Milliseconds grows") {
  int64_t a = command("Milliseconds", {}).asLongint();
  CHECK(command("Milliseconds", {}).asLongint() >= a);
}

TEST_CASE("constants and Value type") {
  CHECK(builtins().constant("Is collection")->asLongint() == 42);
  CHECK(builtins().constant("is  NULL")->asLongint() == 255);
  CHECK(builtins().constant("Into system standard outputs")->asLongint() == 6);
  CHECK(builtins().constant("sk trim spaces")->asLongint() == 2);
  CHECK(command("Value type", {text("a")}).asLongint() == 2);
  CHECK(command("Undefined", {Value()}).asBool());
  CHECK_FALSE(command("Undefined", {Value::null()}).asBool());
  bool complete = false;
  CHECK(builtins().isNameOrPrefix("sk ignore", complete));
  CHECK_FALSE(complete);
}

TEST_CASE("arity limits are declared for the evaluator") {
  const CommandDef* def = builtins().command("Substring");
  REQUIRE(def);
  CHECK(def->minArgs == 2);
  CHECK(def->maxArgs == 3);
  CHECK(builtins().command("CONVERT FROM TEXT")->outParams == 4u);
}
