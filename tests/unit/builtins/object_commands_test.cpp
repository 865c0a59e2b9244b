#include <doctest/doctest.h>

#include "builtin_test_support.h"
#include "builtins/json.h"
#include "values/errors.h"

using namespace fourd;
using namespace fourd::test;

TEST_CASE("New object, New collection and OB commands") {
  Value o = command("New object", {text("name"), text("Smith"), text("age"), num(42)});
  CHECK(jsonStringify(o) == R"({"name":"Smith","age":42})");
  CHECK_THROWS_AS(command("New object", {text("lonely")}), RuntimeError);
  CHECK(jsonStringify(command("New collection", {num(1), text("a")})) == R"([1,"a"])");
  CHECK(jsonStringify(command("OB Keys", {o})) == R"(["name","age"])");
  CHECK(jsonStringify(command("OB Values", {o})) == R"(["Smith",42])");
  CHECK(jsonStringify(command("OB Entries", {o})) ==
        R"([{"key":"name","value":"Smith"},{"key":"age","value":42}])");
  CHECK(command("OB Is defined", {o, text("age")}).asBool());
  CHECK_FALSE(command("OB Is defined", {o, text("zip")}).asBool());
  CHECK_FALSE(command("OB Is empty", {o}).asBool());
  CHECK(command("OB Is empty", {Value::null()}).asBool());
  CHECK(command("OB Get type", {o, text("age")}).asLongint() == 1);
  CHECK(command("OB Get type", {o, text("zip")}).asLongint() == 5);
  command("OB REMOVE", {o, text("age")});
  CHECK(jsonStringify(o) == R"({"name":"Smith"})");
  // 4D keeps every number stored in an object or a collection as a Real.
  Value stored = command("New object", {text("n"), Value::longint(1)});
  CHECK(stored.asObject()->find("n")->kind() == Kind::Real);
  CHECK(command("New collection", {Value::longint(1)}).asCollection()->items[0].kind() == Kind::Real);
}

TEST_CASE("JSON commands") {
  Value o = command("JSON Parse", {text(R"({"a":[1,2]})")});
  CHECK(command("JSON Stringify", {o}).asText() == R"({"a":[1,2]})");
  CHECK(command("JSON Stringify", {o, Value::text("*")}).asText() == "{\n\t\"a\": [\n\t\t1,\n\t\t2\n\t]\n}");
  CHECK(command("JSON Parse", {text("42"), num(2)}).asText() == "42");
  CHECK(command("JSON Parse", {text("120.13"), num(9)}).asLongint() == 120);
  CHECK(command("JSON Parse", {text("\"Year 42\""), num(2)}).asText() == "Year 42");
  CHECK(command("JSON Parse", {text("{\"manager\":true}"), num(6)}).asBool());
  CHECK_THROWS_AS(command("JSON Parse", {text("{oops")}), RuntimeError);
}
